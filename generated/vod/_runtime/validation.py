"""Small helpers the generated validators call; each rule means what JSON Schema says."""

from __future__ import annotations

import json
import re
from datetime import datetime
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
]

MISSING: Any = object()
INVALID: Any = object()

_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$"
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
    """RFC 3339 date-time (``2020-10-15T03:30:03Z``), with a real calendar date."""
    if _DATE_TIME.match(text) is None:
        return False
    try:
        datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def json_document(text: str) -> Any:
    """The JSON document inside a string, or ``INVALID``."""
    try:
        return json.loads(text)
    except ValueError:
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
