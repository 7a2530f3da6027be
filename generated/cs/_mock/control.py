"""The offline server's HTTP control: ``POST /_mock/faults`` queues what the Python
methods queue, under the same names.

``{"kind": "fail", "status": 500}`` calls ``server.fail(status=500)``; every kind is a
method of ``MockServer`` and every other key one of its keyword arguments. A body that
is not such an object gets a 400 answer saying what is accepted, never a Python error
text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["CONTROL_KINDS", "ControlError", "parse_control"]

# kind (a MockServer method) -> its arguments and their JSON types; ``*`` marks a
# required one.
CONTROL_KINDS: Mapping[str, Mapping[str, str]] = {
    "throttle": {
        "count": "integer",
        "retry_after": "number",
        "code": "string",
        "status": "integer",
    },
    "fail": {
        "count": "integer",
        "status": "integer",
        "code": "string",
        "message": "string",
        "example": "string",
    },
    "delay": {"seconds": "number*", "count": "integer"},
    "drop_connection": {"count": "integer"},
    "truncate": {
        "count": "integer",
        "keep_bytes": "integer",
        "declare_full_length": "boolean",
    },
}

_EXAMPLE = '{"kind": "fail", "status": 500}'


class ControlError(ValueError):
    """A control request that cannot be carried out; the message says what is accepted."""


def _kinds() -> str:
    return ", ".join(CONTROL_KINDS)


def _fits(value: object, expected: str) -> bool:
    if expected == "boolean":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if expected == "integer":
        return isinstance(value, int)
    if expected == "number":
        return isinstance(value, (int, float))
    return isinstance(value, str)


def parse_control(body: bytes) -> tuple[str, dict[str, Any]]:
    """``(kind, keyword arguments)`` of a control body; raises ``ControlError``."""
    try:
        spec = json.loads(body or b"null")
    except (ValueError, UnicodeDecodeError):
        raise ControlError(f"the body must be a JSON object such as {_EXAMPLE}")
    if not isinstance(spec, dict):
        raise ControlError(f"the body must be a JSON object such as {_EXAMPLE}")
    kind = spec.pop("kind", None)
    if kind is None:
        raise ControlError(f'"kind" is missing: one of {_kinds()} (e.g. {_EXAMPLE})')
    if not isinstance(kind, str) or kind not in CONTROL_KINDS:
        raise ControlError(f"unknown fault kind {kind!r}: one of {_kinds()}")
    accepted = CONTROL_KINDS[kind]
    for name, value in spec.items():
        if name not in accepted:
            raise ControlError(f"{kind} takes {', '.join(accepted)}; not {name!r}")
        expected = accepted[name].rstrip("*")
        if not _fits(value, expected):
            raise ControlError(f"{kind}: {name} must be a JSON {expected}")
    for name, expected in accepted.items():
        if expected.endswith("*") and name not in spec:
            raise ControlError(f"{kind} needs {name!r} ({expected.rstrip('*')})")
    return kind, spec
