"""One metadata operation as one spec operation document.

Request parameters are converted strictly: a parameter the spec cannot express would
leave a client that cannot send what the API needs, so the operation is skipped. Response
fields, examples, errors and texts are converted leniently: what does not fit is dropped
and reported, and the operation is still written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import naming
from ..instances import Resolver
from .paging import detect_paging
from .demos import import_demos
from .duplicates import merge_duplicates
from .errors import operation_errors
from .gateway_errors import gateway_status
from .notes import Category, Notes
from .shapes import ShapeConverter, ordered, ref_target, text

_OPERATION_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_ACTION = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
# The only authentication a spec operation can have: the signed AccessKey of the protocol.
_ACCESS_KEY: list[dict[str, list[Any]]] = [{"AK": []}]
# Security schemes under which a caller proves itself inside the request (an OIDC token,
# a SAML assertion) or not at all: such an operation is sent unsigned.
_UNSIGNED_SCHEMES = frozenset({"Anonymous", "ARS_OIDC", "ARS_SAML"})
METHODS = ("POST", "GET")
SCHEMES = ("https", "http")

# Operation keys read below. The others listed here carry nothing a client or its docs
# use: console classification (operationType, systemTags) and a synchronous/asynchronous
# marker that does not change the call (staticInfo).
_READ_KEYS = frozenset(
    {
        "path",
        "consumes",
        "produces",
        "methods",
        "schemes",
        "security",
        "deprecated",
        "parameters",
        "responses",
        "responseDemo",
        "title",
        "summary",
        "description",
        "requestParamsDescription",
        "responseParamsDescription",
        "extraInfo",
        "errorCodes",
    }
)
_IGNORED_KEYS = frozenset({"operationType", "systemTags", "staticInfo"})
_PARAMETER_KEYS = frozenset({"name", "in", "style", "schema", "allowEmptyValue"})


@dataclass
class ImportedOperation:
    """The spec document of one operation (``None`` when skipped) and its notes."""

    name: str
    document: dict[str, Any] | None
    notes: Notes
    methods: tuple[str, ...] = METHODS
    schemes: tuple[str, ...] = SCHEMES
    # Where response fields are in the metadata, for notes about them.
    response_pointer: str = "/responses/200"


@dataclass(frozen=True)
class Context:
    """What every operation of a service needs: shared schemas and how to resolve them."""

    shape_names: Mapping[str, str]
    schemas: Mapping[str, Any]
    resolve: Resolver
    # The operation importer of the service's protocol (RPC unless said otherwise).
    importer: type[OperationImporter] = field(default_factory=lambda: OperationImporter)


def _joined(*parts: Any) -> dict[str, str] | None:
    texts = [part.strip() for part in parts if isinstance(part, str) and part.strip()]
    return {"zh": "\n\n".join(texts)} if texts else None


def spec_name(raw_name: str) -> str | None:
    """The spec's operation name for an action name, if it can have one."""
    if _OPERATION_NAME.fullmatch(raw_name) and len(raw_name) <= 100:
        return raw_name
    if _ACTION.fullmatch(raw_name) and len(raw_name) <= 100:
        # The action keeps its spelling on the wire; only the spec name is capitalised.
        return raw_name[0].upper() + raw_name[1:]
    return None


def _spec_name(raw_name: str, notes: Notes) -> str | None:
    name = spec_name(raw_name)
    if name is not None:
        return name
    notes.add(
        "/",
        Category.NAME,
        f"operation name {raw_name!r} cannot be an action name",
        fatal=True,
    )
    return None


def _choices(
    raw: Any, known: tuple[str, ...], what: str, notes: Notes
) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        return known
    given = {str(item).strip().lower() for item in raw}
    chosen = tuple(item for item in known if item.lower() in given)
    for item in sorted(given - {item.lower() for item in known}):
        notes.add(
            f"/{what}",
            Category.BINDING,
            f"{what[:-1]} {item!r} cannot be expressed; ignored",
        )
    return chosen


class OperationImporter:
    """Imports one ``alibaba-rpc`` operation; another protocol overrides the methods
    that read its request binding (``_methods``, ``_add_parameter``, ``_binding``) and
    its answer (``_output``, ``_answer``)."""

    # What the example reader accepts; a protocol answering in JSON only says so.
    example_formats: tuple[str, ...] = ("json", "xml")
    # Keys read by protocols other than this one: noted, since they carry nothing here.
    foreign_keys: frozenset[str] = frozenset({"path", "consumes", "produces"})

    def __init__(self, raw_name: str, api: Mapping[str, Any], context: Context) -> None:
        self.raw_name = raw_name
        self.api = api
        self.context = context
        self.notes = Notes(raw_name)
        self.response_pointer = "/responses/200"
        self.anonymous = False

    def run(self) -> ImportedOperation:
        name = _spec_name(self.raw_name, self.notes)
        for key in sorted(self.api):
            if (
                key not in _READ_KEYS and key not in _IGNORED_KEYS
            ) or key in self.foreign_keys:
                self.notes.add(
                    f"/{key}",
                    Category.UNSUPPORTED_KEY,
                    f"metadata key '{key}' has no equivalent in the spec; ignored",
                )
        methods = self._methods()
        schemes = self._schemes()
        self._security()
        input_members, parameters = self._parameters()
        output = self._output()
        if name is None or input_members is None or output is None or self.notes.fatal:
            return ImportedOperation(self.raw_name, None, self.notes)
        errors = operation_errors(self.api, self.notes)
        examples = import_demos(
            self.api.get("responseDemo"),
            self._answer(output),
            self.context.resolve,
            lambda code: errors.status_of(code) or gateway_status(code),
            self.notes,
            self.example_formats,
        )
        operation: dict[str, Any] = {"name": name}
        for key, value in (
            ("title", text(self.api.get("title"))),
            ("summary", text(self.api.get("summary"))),
            (
                "description",
                _joined(self.api.get("description"), self.api.get("extraInfo")),
            ),
        ):
            if value:
                operation[key] = value
        if self.api.get("deprecated") is True:
            operation["deprecated"] = True
        structure: dict[str, Any] = {}
        request_text = text(self.api.get("requestParamsDescription"))
        if request_text:
            structure["description"] = request_text
        structure["members"] = {
            wire: ordered(member) for wire, member in input_members.items()
        }
        operation["input"] = structure
        operation["output"] = output
        paging = detect_paging(
            structure["members"],
            output["members"],
            self.context.resolve,
            self.notes,
            self.response_pointer,
        )
        if paging is not None:
            operation["paging"] = paging
        definitions = errors.definitions()
        if definitions:
            operation["errors"] = definitions
        operation["binding"] = self._binding(methods, parameters)
        if examples:
            operation["examples"] = examples
        return ImportedOperation(
            name,
            {"operation": operation},
            self.notes,
            methods,
            schemes,
            self.response_pointer,
        )

    # -- protocol hooks ------------------------------------------------------------------

    def _schemes(self) -> tuple[str, ...]:
        return _choices(self.api.get("schemes"), SCHEMES, "schemes", self.notes)

    def _methods(self) -> tuple[str, ...]:
        methods = _choices(self.api.get("methods"), METHODS, "methods", self.notes)
        if not methods:
            # The RPC gateway finds the operation by its Action, whatever the method.
            methods = METHODS
            self.notes.add(
                "/methods",
                Category.BINDING,
                "no HTTP method the protocol can use; sent as RPC calls are"
                f" ({', '.join(METHODS)})",
            )
        return methods

    def _binding(
        self, methods: tuple[str, ...], parameters: dict[str, dict[str, str]]
    ) -> dict[str, Any]:
        binding: dict[str, Any] = {"action": self.raw_name}
        if len(methods) == 1:
            binding["method"] = methods[0]
        if self.anonymous:
            binding["anonymous"] = True
        if parameters:
            binding["parameters"] = parameters
        return {"alibaba-rpc": binding}

    def _answer(self, output: dict[str, Any]) -> dict[str, Any]:
        """The type node a documented answer must match."""
        return {"type": "object", **output}

    def _security(self) -> None:
        security = self.api.get("security")
        self.anonymous = self._unsigned(security)
        if self.anonymous:
            return
        if security is not None and security != _ACCESS_KEY:
            self.notes.add(
                "/security",
                Category.BINDING,
                f"security {security!r} cannot be expressed; the client signs with"
                " an AccessKey",
            )

    def _unsigned(self, security: object) -> bool:
        """Whether the protocol sends the operation unsigned (RPC can; see ROA's)."""
        return (
            isinstance(security, list)
            and bool(security)
            and all(
                isinstance(entry, dict) and entry and set(entry) <= _UNSIGNED_SCHEMES
                for entry in security
            )
        )

    def _converter(self, *, strict: bool) -> ShapeConverter:
        return ShapeConverter(
            self.notes,
            self.context.shape_names,
            self.context.resolve,
            strict=strict,
        )

    def _parameters(
        self,
    ) -> tuple[dict[str, Any] | None, dict[str, dict[str, str]]]:
        raw = self.api.get("parameters")
        members: dict[str, Any] = {}
        styles: dict[str, dict[str, str]] = {}
        converter = self._converter(strict=True)
        for index, parameter in merge_duplicates(raw, self.notes):
            if not isinstance(parameter, Mapping):
                self.notes.add(
                    f"/parameters/{index}",
                    Category.MALFORMED,
                    "parameter is not a JSON object",
                    fatal=True,
                )
                continue
            name = parameter.get("name")
            pointer = f"/{name}"
            problem = (
                naming.wire_name_problem(name)
                if isinstance(name, str)
                else "is empty or has white space"
            )
            if not isinstance(name, str) or problem is not None:
                self.notes.add(
                    f"/parameters/{index}",
                    Category.NAME,
                    f"parameter name {name!r} {problem}",
                    fatal=True,
                )
                continue
            self._parameter_keys(parameter, pointer)
            self._add_parameter(name, parameter, pointer, converter, members, styles)
        converter.unique_python_names(members, "")
        return (None if self.notes.fatal else members), styles

    def _add_parameter(
        self,
        name: str,
        parameter: Mapping[str, Any],
        pointer: str,
        converter: ShapeConverter,
        members: dict[str, Any],
        bindings: dict[str, dict[str, str]],
    ) -> None:
        """Add the input member(s) and binding settings of one parameter."""
        if not self._location(parameter.get("in"), pointer):
            return
        member = converter.member(parameter.get("schema"), pointer)
        if member is None:
            return
        style = self._style(parameter.get("style"), member, pointer)
        if style is False:
            return
        members[name] = member
        if isinstance(style, str):
            bindings[name] = {"style": style}

    def _parameter_keys(self, parameter: Mapping[str, Any], pointer: str) -> None:
        for key in sorted(parameter):
            if key not in _PARAMETER_KEYS:
                self.notes.add(
                    f"{pointer}/{key}",
                    Category.UNSUPPORTED_KEY,
                    f"parameter key '{key}' has no equivalent in the spec; ignored",
                )
        if parameter.get("allowEmptyValue") is True:
            self.notes.add(
                pointer,
                Category.UNSUPPORTED_KEY,
                "'allowEmptyValue' cannot be expressed; an empty value is sent as given",
            )

    def _location(self, location: Any, pointer: str) -> bool:
        if location in (None, "query"):
            return True
        if location == "formData":
            # The RPC gateway reads form fields and query parameters alike; the client
            # sends every parameter in the query string.
            self.notes.add(
                pointer,
                Category.LOCATION,
                "documented as a form field; sent in the query string",
            )
            return True
        self.notes.add(
            pointer,
            Category.LOCATION,
            f"parameter location {location!r} cannot be expressed for alibaba-rpc",
            fatal=True,
        )
        return False

    def _style(
        self, style: Any, member: Mapping[str, Any], pointer: str
    ) -> str | None | bool:
        """The binding style of a parameter: a style, ``None`` for the default, or ``False``."""
        node = self.context.resolve(member) or {}
        kind = node.get("type")
        items = node.get("items")
        item_node = self.context.resolve(items) if isinstance(items, Mapping) else None
        item_kind = item_node.get("type") if item_node else None
        if style is None:
            if kind in ("array", "object", "map"):
                assumed = spec_style("flat", kind, item_kind)
                self.notes.add(
                    pointer,
                    Category.STYLE_ASSUMED,
                    f"no style given for a {kind}; sent as '{assumed}', flattened as"
                    " the official SDKs do",
                )
                return assumed
            return None
        chosen = spec_style(style, kind, item_kind)
        if chosen is False:
            shown = f" for a {kind}" if style in _FLATTENED + ("simple",) else ""
            self.notes.add(
                pointer,
                Category.UNSUPPORTED_STYLE,
                f"unsupported style {style!r}{shown}",
                fatal=True,
            )
        return chosen

    def _output(self) -> dict[str, Any] | None:
        schema = self._response_schema()
        if schema is None:
            self.notes.add(
                "/responses",
                Category.RESPONSE,
                "no success response schema; the output has no members",
            )
            return {"members": {}}
        node = self._response_node(schema)
        if node is None or node.get("type") != "object":
            self.notes.add(
                self.response_pointer,
                Category.RESPONSE,
                "the response is not a JSON object; only object responses can be"
                " expressed",
                fatal=True,
            )
            return None
        return self._object_output(schema, node)

    def _response_schema(self) -> Any:
        """The schema of the success response (``None`` if there is none); sets
        :attr:`response_pointer` and notes what else the responses say."""
        responses = self.api.get("responses")
        responses = responses if isinstance(responses, Mapping) else {}
        success_keys = sorted(
            key for key in responses if str(key).isdigit() and str(key).startswith("2")
        )
        chosen = (
            "200"
            if "200" in responses
            else next((key for key in success_keys if responses[key]), None)
        )
        for key in sorted(responses):
            if key != chosen and responses[key]:
                self.notes.add(
                    f"/responses/{key}",
                    Category.RESPONSE,
                    f"a response for status {key} cannot be expressed; ignored",
                )
        pointer = f"/responses/{chosen}"
        self.response_pointer = pointer
        response = responses.get(chosen) if chosen is not None else None
        schema = response.get("schema") if isinstance(response, Mapping) else None
        if isinstance(response, Mapping):
            for key in sorted(response):
                if key != "schema" and response[key]:
                    self.notes.add(
                        f"{pointer}/{key}",
                        Category.UNSUPPORTED_KEY,
                        f"response key '{key}' has no equivalent in the spec; ignored",
                    )
        if isinstance(schema, Mapping):
            target = ref_target(schema.get("$ref"))
            if target is not None and isinstance(
                self.context.schemas.get(target), Mapping
            ):
                return self.context.schemas[target]
        return schema

    def _response_node(self, schema: Any) -> dict[str, Any] | None:
        return self._converter(strict=False).node(schema, self.response_pointer)

    def _object_output(self, schema: Any, node: Mapping[str, Any]) -> dict[str, Any]:
        """The output of an object answer: its members."""
        pointer = self.response_pointer
        for key in sorted(node):
            if key not in ("type", "description", "members", "additional_members"):
                self.notes.add(
                    pointer,
                    Category.RESPONSE,
                    f"'{key}' of the response as a whole cannot be expressed; dropped",
                )
        output: dict[str, Any] = {}
        description = _joined(
            schema.get("description") if isinstance(schema, Mapping) else None,
            self.api.get("responseParamsDescription"),
        )
        if description:
            output["description"] = description
        output["members"] = {
            wire: ordered(member) for wire, member in node.get("members", {}).items()
        }
        if node.get("additional_members") is False:
            output["additional_members"] = False
        return output


# The official SDKs send "repeatList" and "flat" parameters through one flattening:
# Name.1=..., Name.1.Key=... for lists and Name.Key=... for objects.
_FLATTENED = ("repeatList", "flat")
_SCALARS = ("string", "integer", "number", "boolean")


def spec_style(style: Any, kind: Any, item_kind: Any) -> str | None | bool:
    """The spec style for a metadata style: a style, ``None`` (simple) or ``False``."""
    if style == "json":
        return "json"
    if style == "simple":
        if kind in _SCALARS:
            return None
        return "comma" if kind == "array" and item_kind in _SCALARS else False
    if style in _FLATTENED:
        if kind == "array":
            return "repeat_list"
        if kind in ("object", "map"):
            return "flat"
        return None if kind in _SCALARS else False
    return False


def import_operation(raw_name: str, api: Any, context: Context) -> ImportedOperation:
    """One operation, read by the importer of the service's protocol."""
    if not isinstance(api, Mapping):
        notes = Notes(raw_name)
        notes.add("/", Category.MALFORMED, "operation is not a JSON object", fatal=True)
        return ImportedOperation(raw_name, None, notes)
    return context.importer(raw_name, api, context).run()
