"""OpenAPI's parameter styles, both ways: values to path, query, header and cookie text
(the client) and that text back to values (the offline server).

The rules are OpenAPI 3.1's "Style Values" table (RFC 6570 for ``simple``, ``label``,
``matrix`` and ``form``). Values arrive as wire data (``to_wire``): scalars, lists of
scalars and objects of scalars; a nested list or object inside one travels as JSON text,
which no style defines. Every piece of a value is percent-encoded; only the delimiters a
style adds stay literal, so a comma inside a value never splits it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote

__all__ = [
    "Json",
    "cookie_header",
    "header_text",
    "parse_scalar",
    "path_text",
    "query_fragments",
    "read_cookie",
    "read_header",
    "read_path",
    "read_query",
    "text",
]


def text(value: object) -> str:
    """One scalar as text: booleans ``true``/``false``, integral floats without ``.0``."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _enc(value: object) -> str:
    return quote(text(value), safe="")


def _pairs(value: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return [(key, item) for key, item in value.items() if item is not None]


def path_text(name: str, value: Any, style: str, explode: bool) -> str:
    """A path variable's replacement, percent-encoded (``/`` too)."""
    if isinstance(value, Mapping):
        pairs = _pairs(value)
        if style == "matrix":
            if explode:
                return "".join(f";{_enc(k)}={_enc(v)}" for k, v in pairs)
            flat = ",".join(f"{_enc(k)},{_enc(v)}" for k, v in pairs)
            return f";{_enc(name)}={flat}"
        inner = "=" if explode else ","
        joiner = "." if style == "label" and explode else ","
        body = joiner.join(f"{_enc(k)}{inner}{_enc(v)}" for k, v in pairs)
        return f".{body}" if style == "label" else body
    if isinstance(value, (list, tuple)):
        items = [_enc(item) for item in value]
        if style == "matrix":
            if explode:
                return "".join(f";{_enc(name)}={item}" for item in items)
            return f";{_enc(name)}={','.join(items)}"
        if style == "label":
            return "." + ("." if explode else ",").join(items)
        return ",".join(items)
    if style == "matrix":
        return f";{_enc(name)}={_enc(value)}"
    if style == "label":
        return f".{_enc(value)}"
    return _enc(value)


_DELIMITERS = {"spaceDelimited": "%20", "pipeDelimited": "|"}


def query_fragments(name: str, value: Any, style: str, explode: bool) -> list[str]:
    """``name=value`` fragments of one query parameter, already percent-encoded."""
    key = _enc(name)
    if style == "json":
        return [f"{key}={_enc(_json(value))}"]
    if style == "deepObject":
        if not isinstance(value, Mapping):
            raise ValueError(f"deepObject parameter {name!r} needs an object")
        return [f"{key}%5B{_enc(k)}%5D={_enc(v)}" for k, v in _pairs(value)]
    if isinstance(value, Mapping):
        pairs = _pairs(value)
        if explode:
            return [f"{_enc(k)}={_enc(v)}" for k, v in pairs]
        joiner = _DELIMITERS.get(style, ",")
        return [
            key + "=" + joiner.join(f"{_enc(k)}{joiner}{_enc(v)}" for k, v in pairs)
        ]
    if isinstance(value, (list, tuple)):
        if explode:
            return [f"{key}={_enc(item)}" for item in value]
        joiner = _DELIMITERS.get(style, ",")
        return [key + "=" + joiner.join(_enc(item) for item in value)]
    return [f"{key}={_enc(value)}"]


def header_text(value: Any, explode: bool, style: str = "simple") -> str:
    """A header's value by the ``simple`` style (no percent-encoding: header text)."""
    if style == "json":
        return json.dumps(value, separators=(",", ":"))  # ASCII: a header is latin-1
    if isinstance(value, Mapping):
        inner = "=" if explode else ","
        return ",".join(f"{k}{inner}{text(v)}" for k, v in _pairs(value))
    if isinstance(value, (list, tuple)):
        return ",".join(text(item) for item in value)
    return text(value)


def cookie_header(cookies: Sequence[tuple[str, Any]]) -> str:
    """The ``Cookie`` header of ``form``-style, unexploded cookie values; a value
    given as ``Json`` is sent as percent-encoded JSON text."""
    pieces = []
    for name, value in cookies:
        if isinstance(value, Json):
            joined = _enc(_json(value.value))
        elif isinstance(value, Mapping):
            joined = ",".join(f"{_enc(k)},{_enc(v)}" for k, v in _pairs(value))
        elif isinstance(value, (list, tuple)):
            joined = ",".join(_enc(item) for item in value)
        else:
            joined = _enc(value)
        pieces.append(f"{name}={joined}")
    return "; ".join(pieces)


class Json:
    """A cookie value to be sent as JSON text (``content: application/json``)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Json) and other.value == self.value

    def __repr__(self) -> str:
        return f"Json({self.value!r})"


# ---- reading back (the offline server) -------------------------------------------------


def parse_scalar(raw: str, kind: str) -> Any:
    """Text as the declared scalar kind; text that is not one stays text, so the
    validator names the broken rule rather than this reader guessing."""
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            number = float(raw)
            return int(number) if number.is_integer() and "." not in raw else number
    except ValueError:
        return raw
    if kind == "boolean":
        return {"true": True, "false": False}.get(raw, raw)
    if kind in ("object", "array", "map", "any"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


class Shape:
    """How a parameter's value is built: its kind, its items' kind, its fields' kinds."""

    __slots__ = ("kind", "item", "fields")

    def __init__(
        self, kind: str, item: str = "string", fields: Mapping[str, str] | None = None
    ) -> None:
        self.kind = kind
        self.item = item
        self.fields = dict(fields or {})

    def field(self, name: str) -> str:
        return self.fields.get(name, self.item)


def _list(parts: Sequence[str], shape: Shape) -> list[Any]:
    return [parse_scalar(part, shape.item) for part in parts]


def _object(pairs: Sequence[tuple[str, str]], shape: Shape) -> dict[str, Any]:
    return {key: parse_scalar(value, shape.field(key)) for key, value in pairs}


def _alternating(parts: Sequence[str]) -> list[tuple[str, str]]:
    return list(zip(parts[0::2], parts[1::2]))


def _split(raw: str, separator: str) -> list[str]:
    return [unquote(part) for part in raw.split(separator)] if raw else []


def read_path(raw: str, name: str, style: str, explode: bool, shape: Shape) -> Any:
    """The value of a path variable from its still-encoded text."""
    if style == "label":
        raw = raw[1:] if raw.startswith(".") else raw
        separator = "." if explode else ","
    elif style == "matrix":
        if shape.kind in ("object", "map") and explode:
            pairs = [p.split("=", 1) for p in raw.split(";") if p]
            return _object([(unquote(k), unquote(v)) for k, v in pairs], shape)
        if shape.kind == "array" and explode:
            return _list(
                [unquote(p.split("=", 1)[1]) for p in raw.split(";") if "=" in p],
                shape,
            )
        raw = raw.split("=", 1)[1] if "=" in raw else ""
        separator = ","
    else:
        separator = ","
    if shape.kind == "array":
        return _list(_split(raw, separator), shape)
    if shape.kind in ("object", "map"):
        if explode:
            pairs = [part.split("=", 1) for part in raw.split(separator) if part]
            return _object([(unquote(k), unquote(v)) for k, v in pairs], shape)
        return _object(_alternating(_split(raw, ",")), shape)
    return parse_scalar(unquote(raw), shape.kind)


def read_query(
    pairs: Sequence[tuple[str, str]],
    name: str,
    style: str,
    explode: bool,
    shape: Shape,
) -> Any:
    """The value of one query parameter from the decoded pairs; None when absent.
    An exploded object's fields are top-level pairs: those named by its fields."""
    if style == "deepObject":
        prefix = f"{name}["
        found = [
            (key[len(prefix) : -1], value)
            for key, value in pairs
            if key.startswith(prefix) and key.endswith("]")
        ]
        return _object(found, shape) if found else None
    if shape.kind in ("object", "map") and explode:
        found = [(k, v) for k, v in pairs if k in shape.fields]
        return _object(found, shape) if found else None
    values = [value for key, value in pairs if key == name]
    if not values:
        return None
    if style == "json":
        return parse_scalar(values[-1], "any")
    separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
    if shape.kind == "array":
        if explode:
            return _list(values, shape)
        return _list(values[-1].split(separator) if values[-1] else [], shape)
    if shape.kind in ("object", "map"):
        return _object(_alternating(values[-1].split(separator)), shape)
    return parse_scalar(values[-1], shape.kind)


def read_header(raw: str, explode: bool, shape: Shape, style: str = "simple") -> Any:
    if style == "json":
        return parse_scalar(raw, "any")
    if shape.kind == "array":
        return _list([part.strip() for part in raw.split(",")] if raw else [], shape)
    if shape.kind in ("object", "map"):
        if explode:
            pairs = [part.split("=", 1) for part in raw.split(",") if "=" in part]
            return _object([(k.strip(), v) for k, v in pairs], shape)
        return _object(_alternating([p.strip() for p in raw.split(",")]), shape)
    return parse_scalar(raw, shape.kind)


def read_cookie(header: str, name: str, shape: Shape, style: str = "form") -> Any:
    """A ``form``-style, unexploded cookie's value from the ``Cookie`` header."""
    for piece in header.split(";"):
        key, _, raw = piece.strip().partition("=")
        if key != name:
            continue
        if style == "json":
            return parse_scalar(unquote(raw), "any")
        if shape.kind == "array":
            return _list(_split(raw, ","), shape)
        if shape.kind in ("object", "map"):
            return _object(_alternating(_split(raw, ",")), shape)
        return parse_scalar(unquote(raw), shape.kind)
    return None
