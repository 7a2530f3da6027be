"""Documented values (examples, defaults, enum values, limits) made to fit their types.

Metadata writes almost every value as a string (``"100"`` for an integer). A value is
converted only when the conversion is exact; otherwise the caller drops it and says so.
Whether a converted value fits its type node is decided by the linter's own checker
(:func:`generator.instances.problems`), so what the importer keeps, the linter accepts.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..instances import Resolver, problems

_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


@dataclass(frozen=True)
class Converted:
    """A value converted to its type, or the reason it could not be."""

    value: object = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _show(raw: object) -> str:
    text = repr(raw)
    return text if len(text) <= 60 else text[:57] + "..."


def _is_int(raw: object) -> bool:
    return isinstance(raw, int) and not isinstance(raw, bool)


def number(raw: object) -> int | float | None:
    """``raw`` as a JSON number when it is one or spells one exactly."""
    if _is_int(raw):
        return raw  # type: ignore[return-value]
    if isinstance(raw, float):
        return raw if math.isfinite(raw) else None
    if isinstance(raw, str) and _INTEGER.match(raw):
        return int(raw)
    if isinstance(raw, str) and _NUMBER.match(raw):
        value = float(raw)
        return value if math.isfinite(value) else None
    return None


def count(raw: object) -> int | None:
    """A non-negative whole number (a length or an item count)."""
    value = number(raw)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, int) and value >= 0 else None


def convert_scalar(raw: object, kind: str | None) -> Converted:
    """``raw`` as a value of ``kind``, converting only what converts exactly."""
    if kind == "string":
        if isinstance(raw, str):
            return Converted(raw)
        if _is_int(raw):
            return Converted(str(raw))
    elif kind == "integer":
        if _is_int(raw):
            return Converted(raw)
        if isinstance(raw, float) and raw.is_integer():
            return Converted(int(raw))
        if isinstance(raw, str) and _INTEGER.match(raw):
            return Converted(int(raw))
    elif kind == "number":
        value = number(raw)
        if value is not None:
            return Converted(value)
    elif kind == "boolean":
        if isinstance(raw, bool):
            return Converted(raw)
        if isinstance(raw, str) and raw.lower() in ("true", "false"):
            return Converted(raw.lower() == "true")
    elif kind in ("array", "object", "map"):
        decoded: object = raw
        if isinstance(raw, str):
            try:
                decoded = json.loads(raw)
            except ValueError:
                return Converted(
                    problem=f"{_show(raw)} is not a JSON {_json_word(kind)}"
                )
        wanted = list if kind == "array" else dict
        if isinstance(decoded, wanted):
            return Converted(decoded)
    elif kind == "any":
        return Converted(raw)
    return Converted(problem=f"{_show(raw)} is not {_article(kind)}")


def _json_word(kind: str) -> str:
    return "array" if kind == "array" else "object"


def _article(kind: str | None) -> str:
    return {
        "string": "a string",
        "integer": "an integer",
        "number": "a number",
        "boolean": "true or false",
        "array": "a JSON array",
        "object": "a JSON object",
        "map": "a JSON object",
    }.get(str(kind), f"a {kind}")


def convert_value(raw: object, node: Mapping[str, Any], resolve: Resolver) -> Converted:
    """``raw`` converted to ``node``'s type and checked against every rule of ``node``."""
    resolved = resolve(node)
    kind = resolved.get("type") if resolved is not None else None
    converted = convert_scalar(raw, kind if isinstance(kind, str) else None)
    if not converted.ok:
        return converted
    plain = {key: item for key, item in node.items() if key != "required"}
    for pointer, message in problems(plain, converted.value, resolve):
        where = "" if pointer in ("", "/") else f" at {pointer}"
        return Converted(problem=f"{_show(raw)}{where}: {message}")
    return converted
