"""Small helpers the generated validators call; each rule means what JSON Schema says."""

from __future__ import annotations

import json
import re
from calendar import monthrange
from typing import Any

from .errors import Violation
from .model import escape, kind

__all__ = [
    "INVALID",
    "MISSING",
    "escape",
    "has_duplicates",
    "inside_json",
    "is_date_time",
    "is_integer",
    "is_number",
    "json_document",
    "kind_message",
    "utf8_length",
]

MISSING: Any = object()
INVALID: Any = object()

# RFC 3339 section 5.6 ``date-time``; ranges are checked below. ASCII digits only, and
# ``\Z`` rather than ``$``, which would also accept a trailing newline.
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?"
    r"(?:[Zz]|[+-](\d{2}):(\d{2}))\Z",
    re.ASCII,
)


def kind_message(expected: str, value: object) -> str:
    return f"expected {expected}, got {kind(value)}"


def is_integer(value: object) -> bool:
    """JSON Schema integers: ``1`` and ``1.0``, never ``true``."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_date_time(text: str) -> bool:
    """RFC 3339 date-time (``2020-10-15T03:30:03Z``) naming a real calendar date.

    Leap seconds (``:60``) are refused, as Python's datetime and jsonschema's format
    checker refuse them.
    """
    match = _DATE_TIME.match(text)
    if match is None:
        return False
    year, month, day, hour, minute, second, off_hour, off_minute = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) and year != "0000"):
        return False
    if int(day) > monthrange(int(year), int(month))[1]:
        return False
    if int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        return False
    return off_hour is None or (int(off_hour) <= 23 and int(off_minute) <= 59)


def utf8_length(text: str) -> int:
    """Bytes of ``text`` in UTF-8; a lone surrogate (only a JSON escape can make one)
    counts the three bytes it would take, instead of failing to encode."""
    return len(text.encode("utf-8", "surrogatepass"))


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def json_document(text: str) -> Any:
    """The JSON document inside a string, or ``INVALID``.

    RFC 8259 JSON only: Python's ``NaN``/``Infinity`` extensions are refused, and a
    document nested too deeply to decode counts as not decodable.
    """
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return INVALID


def inside_json(path: str, violations: list[Violation]) -> list[Violation]:
    """Violations found inside a JSON-in-string member, reported at the member."""
    return [
        Violation(
            path,
            f"inside its JSON text at {violation.path or '/'}: {violation.message}",
        )
        for violation in violations
    ]


def _canonical(value: object) -> object:
    """A hashable form in which equal JSON values are equal and types stay apart."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(_canonical(item) for item in value))
    if isinstance(value, dict):
        return (
            "object",
            frozenset((key, _canonical(item)) for key, item in value.items()),
        )
    return (type(value).__name__, value)


def has_duplicates(items: list[Any]) -> bool:
    seen = set()
    for item in items:
        key = _canonical(item)
        if key in seen:
            return True
        seen.add(key)
    return False
