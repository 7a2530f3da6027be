"""Base class and decoding helpers shared by every generated model.

Generated classes decode their own scalar members with straight-line code and keep
nested objects, lists and maps as sent until a property reads them (``_LAZY``); these
helpers cover values nested in lists and maps, errors, dates and JSON carried inside
strings. They are on the hot path of every response, so each is a few comparisons.
"""

from __future__ import annotations

import enum
import json
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    NewType,
    NoReturn,
    Self,
    TypeAlias,
    TypeVar,
)

from .errors import ResponseParseError, UnknownVariantError
from .redaction import HIDDEN

if TYPE_CHECKING:  # pragma: no cover
    from .lenient import ParseProblem
    from .raw import RawResponse

JsonValue: TypeAlias = Any
"""Any JSON value (the recursive type is spelled loosely on purpose)."""

T = TypeVar("T")
Decoder: TypeAlias = Callable[[object, str, str | None], T]
"""``decode(value, path, request_id)``: a checked value, or ResponseParseError."""


UndocumentedStr = NewType("UndocumentedStr", str)
"""A value of a string enum that the spec does not list (one the service added later).

An answer's enum field is typed ``TheEnum | UndocumentedStr``: a type checker keeps the
enum (``TheEnum | str`` would collapse to ``str``, the enum being a ``str``), and the
value is still an ordinary ``str`` at run time.
"""
UndocumentedInt = NewType("UndocumentedInt", int)
"""A value of an integer enum that the spec does not list."""


class Unset(enum.Enum):
    """Marks a lazily decoded value that has not been decoded yet."""

    UNSET = 0


UNSET = Unset.UNSET

FIRST_READ = threading.RLock()
"""Held while a lazily decoded member is decoded on its first read, so that threads
reading it at once all get the one decoded object. Reentrant: a decoder may read
another model's member."""


class Null(enum.Enum):
    """The type of ``NULL``: given for a nullable member, the request sends an explicit
    JSON ``null`` (``None`` leaves the member out)."""

    NULL = 0

    def __repr__(self) -> str:
        return "NULL"


NULL = Null.NULL


def not_null(value: T | Null | None) -> T | None:
    """A nullable member's value as a model holds it: NULL is held as None (and named
    by ``null_names`` for ``sent_null``)."""
    return None if value is NULL else value


def null_names(given: Sequence[tuple[str, object]]) -> frozenset[str]:
    """The names of ``(name, value)`` pairs given NULL."""
    return frozenset(name for name, value in given if value is NULL)


def nulls_in(data: Mapping[str, Any], nullable: Mapping[str, str]) -> frozenset[str]:
    """Attributes of the ``nullable`` members (wire name -> attribute) that ``data``
    holds as an explicit null."""
    return frozenset(
        name for wire, name in nullable.items() if wire in data and data[wire] is None
    )


class Model:
    """Base of generated models: equality, repr and wire-shaped dicts by declared fields."""

    # The HTTP answer an operation's response was read from (unset on other models),
    # and, set only by lenient parsing (see ``lenient``), what did not fit the spec;
    # the nullable members an answer sent as an explicit null.
    __slots__ = ("_raw", "_parse_problems", "_nulls")
    _raw: RawResponse
    _parse_problems: tuple[ParseProblem, ...]
    _nulls: frozenset[str]
    # Public attribute names that define a model's value, in declaration order.
    _FIELDS: ClassVar[tuple[str, ...]] = ()
    # Wire name -> attribute of each member a decoded value is stored in as it is.
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    # Fields the spec marks secret (credentials, passwords, tokens): repr hides them.
    _SECRETS: ClassVar[frozenset[str]] = frozenset()
    # Members decoded on first read (nested objects, lists and maps): parsing keeps
    # their wire value, so an answer costs little more than json.loads until read.
    _LAZY: ClassVar[tuple[str, ...]] = ()

    @property
    def raw(self) -> RawResponse | None:
        """The HTTP answer (status, headers, body) this response was read from; None
        for nested models and models built by hand. Its repr shows no header value
        and no body."""
        try:
            return self._raw
        except AttributeError:
            return None

    @property
    def parse_problems(self) -> tuple[ParseProblem, ...]:
        """The fields of this answer that did not fit the spec, each holding the value
        as sent: filled by a client built with ``parsing="lenient"``, else empty."""
        return getattr(self, "_parse_problems", ())

    def sent_null(self, field: str) -> bool:
        """Whether the answer sent the nullable member ``field`` (an attribute name) as
        an explicit JSON null; its attribute is None then, as when it is absent."""
        return field in getattr(self, "_nulls", ())

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every model overrides it
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self._FIELDS)

    def __hash__(self) -> int:
        raise TypeError(f"unhashable type: '{type(self).__name__}'")

    def __repr__(self) -> str:
        secrets = self._SECRETS
        shown = ", ".join(
            f"{name}={HIDDEN}" if name in secrets else f"{name}={value!r}"
            for name, value in ((name, getattr(self, name)) for name in self._FIELDS)
            if value is not None
        )
        return f"{type(self).__name__}({shown})"


class ResponseModel(Model):
    """Base of an operation's response model: a whole answer body parsed into it.

    The three entry points are the same for every response, so they live here once
    rather than in each generated class; each class brings its own ``from_wire`` and
    the ``_XML_SHAPE`` of its answer."""

    __slots__ = ()
    # The answer's XML layout for ``xml_decode``: set beside each generated response.
    _XML_SHAPE: ClassVar[dict[str, Any]] = {}

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> Self:  # pragma: no cover - every response overrides it
        raise NotImplementedError

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from a wire-shaped dict (``json.loads`` of a response body)."""
        return cls.from_wire(data, "", request_id_of(data))

    @classmethod
    def from_json(cls, data: bytes | str) -> Self:
        """Parse a JSON response body; raises ResponseParseError with the field path."""
        wire = loads_json(data)
        return cls.from_wire(wire, "", request_id_of(wire))

    @classmethod
    def from_xml(cls, data: bytes | str) -> Self:
        """Parse an XML response body (Alibaba's flattened lists); safe against XML
        attacks."""
        from .xml_decode import decode_xml

        wire = decode_xml(data, cls._XML_SHAPE)
        return cls.from_wire(wire, "", request_id_of(wire))


def kind(value: object) -> str:
    """The JSON name of a value's type, as messages show it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def wrong_kind(
    path: str, expected: str, value: object, request_id: str | None
) -> NoReturn:
    raise ResponseParseError(
        f"{path or '/'}: expected {expected}, got {kind(value)}",
        path=path or "/",
        request_id=request_id,
    )


def as_str(value: object, path: str, request_id: str | None) -> str:
    if value.__class__ is not str:
        wrong_kind(path, "string", value, request_id)
    return value


def as_int(value: object, path: str, request_id: str | None) -> int:
    if value.__class__ is not int:
        wrong_kind(path, "integer", value, request_id)
    return value


def as_float(value: object, path: str, request_id: str | None) -> float:
    if value.__class__ is float:
        return value
    if value.__class__ is not int:
        wrong_kind(path, "number", value, request_id)
    return float(value)


def as_bool(value: object, path: str, request_id: str | None) -> bool:
    if value.__class__ is not bool:
        wrong_kind(path, "boolean", value, request_id)
    return value


def as_object(value: object, path: str, request_id: str | None) -> dict[str, Any]:
    if value.__class__ is not dict:
        wrong_kind(path, "object", value, request_id)
    return value


def as_list(value: object, path: str, request_id: str | None) -> list[Any]:
    if value.__class__ is not list:
        wrong_kind(path, "array", value, request_id)
    return value


def as_any(value: object, path: str, request_id: str | None) -> Any:
    return value


def list_of(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> list[T]:
    """A JSON array, each item decoded at ``path/index``."""
    if value.__class__ is not list:
        wrong_kind(path, "array", value, request_id)
    try:
        # Items are decoded without a path of their own: building "path/index" for
        # every item of a large answer costs more than decoding most items.
        return [decode(item, path, request_id) for item in value]
    except ResponseParseError:
        pass
    # Decoding has no side effects, so the failing item is found again, with its path.
    return [
        decode(item, f"{path}/{index}", request_id) for index, item in enumerate(value)
    ]


def list_or_empty(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> list[T]:
    """A response member's list: absent means empty."""
    if value is None:
        return []
    return list_of(value, path, request_id, decode)


def placed_list_of(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> list[T]:
    """``list_of`` for items that keep their path (models with members decoded on
    first read, whose errors must name the item): each gets ``path/index``."""
    if value.__class__ is not list:
        wrong_kind(path, "array", value, request_id)
    return [
        decode(item, f"{path}/{index}", request_id) for index, item in enumerate(value)
    ]


def placed_list_or_empty(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> list[T]:
    """``list_or_empty`` whose items keep their path (see ``placed_list_of``)."""
    if value is None:
        return []
    return placed_list_of(value, path, request_id, decode)


def map_of(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> dict[str, T]:
    """A JSON object of like values, each decoded at ``path/key``."""
    if value.__class__ is not dict:
        wrong_kind(path, "object", value, request_id)
    try:
        return {key: decode(item, path, request_id) for key, item in value.items()}
    except ResponseParseError:
        pass
    # As in list_of: the failing value is decoded again, this time with its path.
    return {
        key: decode(item, f"{path}/{escape(key)}", request_id)
        for key, item in value.items()
    }


def placed_map_of(
    value: object, path: str, request_id: str | None, decode: Decoder[T]
) -> dict[str, T]:
    """``map_of`` whose values keep their path (see ``placed_list_of``)."""
    if value.__class__ is not dict:
        wrong_kind(path, "object", value, request_id)
    return {
        key: decode(item, f"{path}/{escape(key)}", request_id)
        for key, item in value.items()
    }


def list_decoder(decode: Decoder[T], placed: bool = False) -> Decoder[list[T]]:
    """A decoder of arrays of what ``decode`` decodes (for lists nested in lists);
    ``placed``: each item gets its own path (see ``placed_list_of``)."""
    decode_items = placed_list_of if placed else list_of

    def decode_list(value: object, path: str, request_id: str | None) -> list[T]:
        return decode_items(value, path, request_id, decode)

    return decode_list


def map_decoder(decode: Decoder[T], placed: bool = False) -> Decoder[dict[str, T]]:
    """A decoder of objects of like values (for maps nested in lists or maps)."""
    decode_values = placed_map_of if placed else map_of

    def decode_map(value: object, path: str, request_id: str | None) -> dict[str, T]:
        return decode_values(value, path, request_id, decode)

    return decode_map


def read_all(value: object) -> None:
    """Decode now every member of ``value`` that waits for its first read, at any depth,
    so that an answer that does not fit the spec raises here (lenient parsing and
    JSON-in-string members need to know at once). Iterative: free-form data nested
    deeper than the recursion limit is walked too."""
    pending: list[object] = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, Model):
            # Each member is read here, in declaration order, as eager decoding
            # met them; the stack takes them reversed so they are walked in order.
            pending.extend(reversed([getattr(item, name) for name in item._LAZY]))
        elif isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            pending.extend(reversed(item.values()))


Variant: TypeAlias = tuple[Callable[[Any], bool], Decoder[Any]]
"""``(fits, decode)`` of one variant of a union: whether a wire value fits it (every
rule of its JSON Schema), and its decoder."""


def one_of(
    value: object,
    path: str,
    request_id: str | None,
    variants: Sequence[Variant],
    exactly_one: bool,
    name: str,
) -> Any:
    """A union's value, decoded by the variant it fits: exactly one (``oneOf``,
    ``exactly_one``) or the first that fits (``anyOf``)."""
    if not exactly_one:
        for fits, decode in variants:
            if fits(value):
                return decode(value, path, request_id)
    fitting = [decode for fits, decode in variants if fits(value)]
    if len(fitting) == 1:
        return fitting[0](value, path, request_id)
    where = path or "/"
    problem = (
        f"fits {len(fitting)} of the {len(variants)} variants of {name}, and exactly"
        " one is allowed"
        if fitting
        else f"fits none of the {len(variants)} variants of {name}"
    )
    raise ResponseParseError(f"{where}: {problem}", path=where, request_id=request_id)


def tagged(
    value: object,
    path: str,
    request_id: str | None,
    discriminator: str,
    variants: Mapping[str, Decoder[Any]],
    name: str,
) -> Any:
    """A union's value, decoded by the variant its ``discriminator`` member names;
    an unknown name raises UnknownVariantError at the union's path."""
    if value.__class__ is not dict:
        wrong_kind(path, "object", value, request_id)
    tag = value.get(discriminator)
    decode = variants.get(tag) if tag.__class__ is str else None
    if decode is None:
        where = path or "/"
        known = ", ".join(sorted(variants))
        raise UnknownVariantError(
            f"{where}: {discriminator} {str(tag)[:40]!r} names no variant of {name}"
            f" (known: {known})",
            discriminator=discriminator,
            value=tag,
            path=where,
            request_id=request_id,
        )
    return decode(value, path, request_id)


def enum_decoder(members: Mapping[Any, Any], check: Decoder[Any]) -> Decoder[Any]:
    """A decoder of enum values: the member for a known value, else the value itself."""

    def decode_enum(value: object, path: str, request_id: str | None) -> Any:
        return members.get(check(value, path, request_id), value)

    return decode_enum


def enum_member(members: Mapping[Any, Any], value: Any) -> Any:
    """The enum member of a value a caller gave (a model holds the member, as decoding
    gives it); any other value as given, for the validator to judge."""
    try:
        return members.get(value, value)
    except TypeError:  # unhashable: not an enum value at all
        return value


def as_date_time(value: object, path: str, request_id: str | None) -> datetime | None:
    """An aware UTC datetime; an empty string means no value. Naive text is taken as UTC."""
    text = as_str(value, path, request_id)
    if not text:
        return None
    try:
        # RFC 3339 allows lower-case "t" and "z"; fromisoformat only the upper-case.
        parsed = datetime.fromisoformat(text.upper())
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=timezone.utc)
        return parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError):  # overflow: year 1 with a positive offset
        raise ResponseParseError(
            f"{path}: {text[:40]!r} is not a date-time",
            path=path,
            request_id=request_id,
        ) from None


def format_date_time(value: datetime | None) -> str | None:
    """The wire form of a datetime: UTC, ``Z``, fractions only when present."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    text = value.replace(tzinfo=None).isoformat()
    return f"{text}Z"


def decode_json_text(raw: str | None) -> JsonValue:
    """The document inside a JSON-in-string field; ``None`` when absent or not JSON."""
    if not raw:
        return None
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # too deep counts as not JSON
        return None


def encode_json_text(value: object) -> str:
    """Compact JSON text for a JSON-in-string field given as data or as a model."""
    if isinstance(value, str):
        return value
    return json.dumps(to_wire(value), ensure_ascii=False, separators=(",", ":"))


def to_wire(value: object) -> Any:
    """Wire-shaped data for a model, a datetime, or a nested list/dict of them."""
    if isinstance(value, Model):
        return value.to_dict()
    if value is NULL:
        return None
    if isinstance(value, datetime):
        return format_date_time(value)
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    if isinstance(value, Mapping):
        return {key: to_wire(item) for key, item in value.items()}
    return value


def split_joined(value: Sequence[Any] | str | None, separator: str) -> Any:
    """Accept ``"a,b"`` where a list is expected; surrounding blanks are dropped.

    A value of another type is kept as given, so the validator can name it.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return [part.strip() for part in value.split(separator)]
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def as_given_list(value: Sequence[Any] | None) -> Any:
    """A list copy of a sequence; a value of another type is kept for the validator."""
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def escape(key: str) -> str:
    """A JSON-pointer segment (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def request_id_of(wire: object) -> str | None:
    if isinstance(wire, dict):
        value = wire.get("RequestId")
        if isinstance(value, str):
            return value
    return None


def loads_json(data: bytes | str, request_id: str | None = None) -> Any:
    """Parse a JSON body, turning every failure into a ResponseParseError."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError) as error:  # UnicodeDecodeError is a ValueError
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
        reason = (
            "nests arrays or objects deeper than a parser may follow"
            if isinstance(error, RecursionError)
            else f"is not valid JSON: {error}"
        )
        raise ResponseParseError(
            f"response {reason}",
            path="/",
            request_id=request_id,
            excerpt=text[:200],
        ) from None
