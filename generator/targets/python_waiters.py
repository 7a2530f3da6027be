"""The Python side of waiters: the generated ``waiters`` module (one ``WaiterInfo`` per
waiter) and the pieces of each ``wait_until_<state>`` client method."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import naming
from ..filters import docblock, py_literal, py_str
from ..model import Operation, Service, Waiter
from ..render import OutputFile, Renderer

__all__ = ["constant_name", "render_files", "waiter_methods"]


def constant_name(waiter: Waiter) -> str:
    return naming.snake_case(waiter.name).upper()


def _values(values: tuple[Any, ...]) -> str:
    inner = ", ".join(py_literal(value) for value in values)
    return f"frozenset(({inner},))" if values else "frozenset()"


def _definition(waiter: Waiter) -> list[str]:
    path = ", ".join(py_str(step) for step in waiter.python_path)
    return [
        f"{constant_name(waiter)} = WaiterInfo(",
        f"    name={py_str(waiter.name)},",
        f"    path=({path},),",
        f"    success={_values(waiter.success)},",
        f"    failure={_values(waiter.failure)},",
        f"    interval={waiter.interval!r},",
        f"    max_wait={waiter.max_wait!r},",
        ")",
    ]


def _docstring(operation: Operation, waiter: Waiter) -> str:
    status = ".".join(waiter.status_path)
    success = ", ".join(map(str, waiter.success))
    failure = ", ".join(map(str, waiter.failure)) or "none"
    return docblock(
        f"Call {operation.python_name} every {waiter.interval:g} s until {status}"
        f" is {success} (every one of them, for a list).",
        waiter.description,
        f"Failure values: {failure}. ``deadline``: a Deadline or seconds from now"
        f" (default {waiter.max_wait:g} s); every poll ends by it too.",
        "Returns the response that satisfied the waiter.\n\nRaises:\n"
        "    WaiterFailedError: the status reached a failure value.\n"
        "    WaiterTimeoutError: the deadline came first.\n"
        "    ApiError: a poll failed as the operation's call does.",
        indent=8,
    )


def waiter_methods(service: Service) -> dict[str, list[dict[str, str]]]:
    """Per operation name, the pieces of its waiter methods."""
    return {
        operation.name: [
            {
                "method": waiter.method_name,
                "constant": constant_name(waiter),
                "docstring": _docstring(operation, waiter),
            }
            for waiter in operation.waiters
        ]
        for operation in service.operations
    }


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> list[OutputFile]:
    waiters = [w for operation in service.operations for w in operation.waiters]
    if not waiters:
        return []
    lines: list[str] = []
    for waiter in sorted(waiters, key=constant_name):
        lines += ["", "", *_definition(waiter)]
    exported = sorted(constant_name(waiter) for waiter in waiters)
    return [
        OutputFile(
            f"{service.package}/waiters.py",
            renderer.render(
                "python/waiters.py.j2",
                definition_lines=lines,
                exported=exported,
                **context,
            ),
        )
    ]
