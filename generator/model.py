"""The intermediate representation every target reads.

Plain frozen dataclasses with tuples (never dicts or sets) so that iteration order is
explicit and two builds of the same spec compare equal. Shapes know nothing about how
they travel: the wire binding of an operation is attached separately by a protocol module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ScalarKind = Literal["string", "integer", "number", "boolean"]
ShapeKind = Literal[
    "string", "integer", "number", "boolean", "object", "array", "map", "any", "union"
]
JsonScalar = str | int | float | bool
# Examples are JSON-like data; the recursive type is spelled loosely on purpose.
JsonValue = object


@dataclass(frozen=True, slots=True)
class Text:
    """Human text in Chinese and English; either may be missing."""

    zh: str | None = None
    en: str | None = None

    def get(self, language: str) -> str:
        """The text in ``language``, falling back to the other language, else ``""``."""
        preferred = self.zh if language == "zh" else self.en
        fallback = self.en if language == "zh" else self.zh
        return preferred or fallback or ""

    def __bool__(self) -> bool:
        return bool(self.zh or self.en)


NO_TEXT = Text()


@dataclass(frozen=True, slots=True)
class EnumValue:
    value: JsonScalar
    python_name: str
    description: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class Constraints:
    """Validation rules; ``None`` (or empty) means the rule is absent."""

    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    exclusive_maximum: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    max_bytes: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    any_of_required: tuple[tuple[str, ...], ...] = ()

    def __bool__(self) -> bool:
        return self != Constraints()


NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True, slots=True)
class Shape:
    """The type of a value.

    ``class_name`` is set for objects that become classes (named shapes, operation
    inputs and outputs, and inline objects with declared members). ``json_content`` is set
    for strings that carry a JSON document, and describes the decoded document.
    """

    kind: ShapeKind
    format: str | None = None
    name: str | None = None
    class_name: str | None = None
    description: Text = NO_TEXT
    title: Text = NO_TEXT
    example: JsonValue | None = None
    default: JsonValue | None = None
    enum: tuple[EnumValue, ...] = ()
    enum_class_name: str | None = None
    constraints: Constraints = NO_CONSTRAINTS
    items: Shape | None = None
    values: Shape | None = None
    members: tuple[Member, ...] = ()
    additional_members: bool = True
    # Set only by an explicit ``additional_members: true``: a request may then carry
    # members the spec does not declare. Without it, an object sent in a request holds
    # declared members only, since a misspelt key would reach the service unread.
    undeclared_members_sent: bool = False
    json_content: Shape | None = None
    deprecated: bool = False
    # A union (``kind == "union"``): the value is one of ``variants``. ``match`` says
    # how many may fit ("one": exactly one, as ``oneOf``; "any": at least one, the first
    # fitting one is taken). With a ``discriminator`` (a member of every variant),
    # ``mapping`` pairs its values with variant indexes.
    variants: tuple[Shape, ...] = ()
    match: Literal["one", "any"] = "one"
    discriminator: str | None = None
    mapping: tuple[tuple[str, int], ...] = ()
    # The name a union's decoder is generated under: its shape's name, else its owner
    # class and member (``OrderPayment``).
    union_name: str | None = None

    @property
    def is_scalar(self) -> bool:
        return self.kind in ("string", "integer", "number", "boolean")

    @property
    def is_structure(self) -> bool:
        return self.kind == "object" and self.class_name is not None

    @property
    def closed_when_sent(self) -> bool:
        """Whether this object, nested in a request, refuses undeclared members."""
        return (
            self.kind == "object"
            and bool(self.members)
            and not self.undeclared_members_sent
        )

    def member(self, wire_name: str) -> Member:
        for candidate in self.members:
            if candidate.wire_name == wire_name:
                return candidate
        raise KeyError(wire_name)


@dataclass(frozen=True, slots=True)
class Member:
    wire_name: str
    python_name: str
    shape: Shape
    required: bool = False
    description: Text = NO_TEXT
    example: JsonValue | None = None
    deprecated: bool = False
    # A credential, password or token: never shown in reprs or messages.
    secret: bool = False
    # JSON null is a value of its own here (OpenAPI ``nullable``): an answer's null is
    # told apart from an absent member, and a request may send one (``NULL``).
    nullable: bool = False
    # OpenAPI ``readOnly``: answers carry it, a request may not; ``writeOnly``: requests
    # carry it, answers are not read for it.
    read_only: bool = False
    write_only: bool = False


@dataclass(frozen=True, slots=True)
class ErrorDefinition:
    code: str
    http_status: int | None = None
    message: str | None = None
    description: Text = NO_TEXT
    # The spec's word on retrying this error; None leaves it to the runtime's rule
    # (throttling, HTTP 5xx, ServiceUnavailable, InternalError).
    retryable: bool | None = None


@dataclass(frozen=True, slots=True)
class RequestExample:
    name: str
    input: JsonValue
    wire: str | None = None
    title: Text = NO_TEXT
    description: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class ResponseExample:
    name: str
    format: Literal["json", "xml"]
    body: str
    http_status: int = 200
    title: Text = NO_TEXT
    description: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class ErrorExample:
    name: str
    format: Literal["json", "xml"]
    body: str
    http_status: int
    code: str
    request_id: str | None = None
    title: Text = NO_TEXT
    description: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class Examples:
    requests: tuple[RequestExample, ...] = ()
    responses: tuple[ResponseExample, ...] = ()
    errors: tuple[ErrorExample, ...] = ()


# Where an input member travels in an HTTP request:
#   path     substituted into the path template's ``{wire_name}``
#   query    a query parameter (or several, by style)
#   header   a request header
#   cookie   a cookie of the request's Cookie header
#   body     one member of the request body document (a JSON object or a form)
#   payload  the whole request body
Location = Literal["path", "query", "header", "cookie", "body", "payload"]
LOCATIONS: tuple[Location, ...] = (
    "path",
    "query",
    "header",
    "cookie",
    "body",
    "payload",
)
BodyFormat = Literal["json", "form"]


@dataclass(frozen=True, slots=True)
class ProtocolDetails:
    """What a protocol records beyond the neutral HTTP binding; each protocol that
    needs more subclasses it (its facets are the only readers)."""


NO_DETAILS = ProtocolDetails()


@dataclass(frozen=True, slots=True)
class HttpParameter:
    """One input member and where and how it travels.

    ``style`` names how a value becomes text (``simple``, ``comma``, ``repeat_list``,
    ``flat``, ``json``); which styles a location allows is the protocol's rule.
    """

    member: Member
    location: Location
    wire_name: str
    style: str


@dataclass(frozen=True, slots=True)
class HttpConstant:
    """A fixed query parameter or header every request of the operation carries."""

    location: Literal["query", "header"]
    name: str
    value: str


@dataclass(frozen=True, slots=True)
class HttpBinding:
    """How one operation travels over HTTP, whatever its protocol.

    ``name`` is what the service calls the operation on the wire (RPC's ``Action``,
    ROA's ``x-acs-action``). ``response_payload`` names the output member that is the
    whole answer body (an array, a string), when there is one.
    """

    name: str
    method: str
    path: str
    parameters: tuple[HttpParameter, ...] = ()
    constants: tuple[HttpConstant, ...] = ()
    body_format: BodyFormat | None = None
    response_payload: str | None = None
    details: ProtocolDetails = NO_DETAILS

    def located(self, *locations: Location) -> tuple[HttpParameter, ...]:
        return tuple(p for p in self.parameters if p.location in locations)


@dataclass(frozen=True, slots=True)
class ServiceBinding:
    """How every operation of a service travels: URL schemes, the ways requests are
    authenticated (``v1``/``v3`` signatures, ``bearer``...) and answer formats."""

    schemes: tuple[str, ...]
    auth_schemes: tuple[str, ...]
    default_auth_scheme: str
    response_formats: tuple[str, ...] = ("json",)
    default_response_format: str = "json"
    details: ProtocolDetails = NO_DETAILS


NO_HTTP_BINDING = HttpBinding(name="", method="POST", path="/")
NO_SERVICE_BINDING = ServiceBinding(
    schemes=("https",), auth_schemes=("none",), default_auth_scheme="none"
)


@dataclass(frozen=True, slots=True)
class Waiter:
    """Polling an operation until its status reaches a terminal value.

    ``status_path`` holds wire names from the output to the status (``"*"``: every item
    of a list) and ``python_path`` the same steps as model attributes.
    """

    name: str
    method_name: str
    status_path: tuple[str, ...]
    python_path: tuple[str, ...]
    success: tuple[JsonScalar, ...]
    failure: tuple[JsonScalar, ...]
    interval: float
    max_wait: float
    description: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class Paging:
    """How an operation pages: its paging members of the input (``request_token``,
    ``page_number``, ``page_size``) and of the output (``response_token``,
    ``total_count``), and ``items``, the output members leading to the item list (empty
    when the spec does not name it)."""

    style: Literal["token", "page_number"]
    page_size: Member
    request_token: Member | None = None
    response_token: Member | None = None
    page_number: Member | None = None
    total_count: Member | None = None
    items: tuple[Member, ...] = ()

    @property
    def item_shape(self) -> Shape | None:
        return self.items[-1].shape.items if self.items else None


@dataclass(frozen=True, slots=True)
class Operation:
    name: str
    python_name: str
    input: Shape
    output: Shape
    title: Text = NO_TEXT
    summary: Text = NO_TEXT
    description: Text = NO_TEXT
    deprecated: bool = False
    debug_url: str | None = None
    error_center_url: str | None = None
    errors: tuple[ErrorDefinition, ...] = ()
    examples: Examples = Examples()
    # Set from the service protocol's binding section when the service is built.
    binding: HttpBinding = NO_HTTP_BINDING
    source: str = ""
    waiters: tuple[Waiter, ...] = ()
    paging: Paging | None = None


@dataclass(frozen=True, slots=True)
class Endpoints:
    global_host: str
    regional_host: str | None = None
    regions: tuple[str, ...] = ()
    # (region, host) of regions whose host does not follow ``regional_host``.
    hosts: tuple[tuple[str, str], ...] = ()
    # ``{region_id}`` pattern of the VPC hosts, when the spec names one.
    vpc_host: str | None = None

    def public_hosts(self) -> list[str]:
        """The global host, then each region's host, once each."""
        hosts = [self.global_host]
        if self.regional_host:
            hosts += [
                self.regional_host.replace("{region_id}", region)
                for region in self.regions
            ]
        hosts += [host for _, host in self.hosts]
        return list(dict.fromkeys(hosts))


@dataclass(frozen=True, slots=True)
class Service:
    product: str
    api_version: str
    package: str
    client_name: str
    protocol: str
    title: Text
    endpoints: Endpoints
    summary: Text = NO_TEXT
    description: Text = NO_TEXT
    errors: tuple[ErrorDefinition, ...] = ()
    operations: tuple[Operation, ...] = ()
    binding: ServiceBinding = NO_SERVICE_BINDING
    source: str = ""
    # Every class-backed object shape in the service, sorted by class name.
    structures: tuple[Shape, ...] = field(default=())
    # The service-level named shapes (``service.shapes``), sorted by name: operations
    # refer to them, so each has one class for the whole service.
    shared_shapes: tuple[Shape, ...] = field(default=())
