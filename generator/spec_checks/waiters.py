"""Checks of an operation's ``waiters`` beyond the meta-schema: the status path leads
through the output to a scalar, the terminal values fit its type (and enum), success and
failure do not overlap, and the ``wait_until_<name>`` method is free."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .. import naming
from ..diagnostics import SourcePosition
from ..load import LoadedFile, NodePath, NodeRef
from ..reserved import method_name_problem
from .common import ShapeTable, mapping

__all__ = ["EVERY_ITEM", "WAIT_KEYWORD", "check_waiters", "waiter_method"]

# The status path's step for "every item of this list".
EVERY_ITEM = "*"
# The keyword argument a waiter method takes besides the operation's own.
WAIT_KEYWORD = "deadline"
_SCALARS = {"string": str, "integer": int, "boolean": bool}

Report = Callable[..., None]


def _a(kind: object) -> str:
    text = str(kind)
    return f"an {text}" if text[:1] in ("a", "e", "i", "o", "u") else f"a {text}"


def waiter_method(name: str) -> str:
    """``AIImageJobsComplete`` -> ``wait_until_ai_image_jobs_complete``."""
    return f"wait_until_{naming.snake_case(name)}"


def _status_kind(
    report: Report,
    path: NodePath,
    steps: list[Any],
    output: Mapping[str, Any],
    table: ShapeTable,
) -> Mapping[str, Any] | None:
    """The resolved type node the status path ends at, or None (reported)."""
    node: Mapping[str, Any] | None = {"type": "object", **output}
    for index, step in enumerate(steps):
        node = table.resolve(node) if node is not None else None
        if node is None or not isinstance(step, str):
            return None
        kind = node.get("type")
        if step == EVERY_ITEM:
            if kind != "array":
                report(
                    path + (index,),
                    f"'{EVERY_ITEM}' stands for every item of a list, but this is"
                    f" {_a(kind)}",
                )
                return None
            node = mapping(node.get("items"))
            continue
        members = mapping(node.get("members"))
        if kind != "object" or step not in members:
            known = ", ".join(sorted(members)) if kind == "object" else ""
            report(
                path + (index,),
                f"no member '{step}' here"
                + (f" (members: {known})" if known else f" (this is {_a(kind)})"),
            )
            return None
        node = mapping(members[step])
    node = table.resolve(node) if node is not None else None
    if node is None:
        return None
    if node.get("type") not in _SCALARS:
        report(
            path,
            "the status path must end at a string, integer or boolean, not"
            f" {_a(node.get('type'))}",
        )
        return None
    return node


def _check_values(
    report: Report, path: NodePath, waiter: Mapping[str, Any], node: Mapping[str, Any]
) -> None:
    kind = str(node.get("type"))
    wanted = _SCALARS[kind]
    enum = node.get("enum")
    seen: dict[Any, str] = {}
    for part in ("success", "failure"):
        values = waiter.get(part)
        if not isinstance(values, list):
            continue
        for index, value in enumerate(values):
            where = path + (part, index)
            if isinstance(value, bool) is not (wanted is bool) or not isinstance(
                value, wanted
            ):
                report(where, f"{value!r} is not a {kind}, the type of the status")
                continue
            if isinstance(enum, list) and value not in enum:
                report(
                    where,
                    f"{value!r} is not one of the status's enum values"
                    f" ({', '.join(map(str, enum))}); add it there if the service"
                    " answers it",
                )
            key = (type(value), value)
            if key in seen:
                report(where, f"{value!r} is already a {seen[key]} value")
            seen[key] = part


def check_waiters(
    loaded: LoadedFile,
    report: Report,
    root: NodePath,
    operation: Mapping[str, Any],
    table: ShapeTable,
    methods: dict[str, NodeRef],
) -> None:
    waiters = operation.get("waiters")
    if not isinstance(waiters, Mapping):
        return
    output = mapping(operation.get("output"))
    inputs = mapping(mapping(operation.get("input")).get("members"))
    takes = {
        naming.member_name(wire, mapping(node).get("python_name"))
        for wire, node in inputs.items()
        if isinstance(wire, str)
    }
    for name, waiter in waiters.items():
        if not isinstance(name, str) or not isinstance(waiter, Mapping):
            continue
        path = root + ("waiters", name)
        method = waiter_method(name)
        problem = method_name_problem(method)
        if problem is not None:
            report(path, problem, key=True)
        elif method in methods:
            report(
                path,
                f"method name '{method}' is also the method at {methods[method]};"
                " rename the waiter",
                key=True,
            )
        else:
            methods[method] = loaded.ref(path, key=True)
        if WAIT_KEYWORD in takes:
            report(
                path,
                f"the operation has a parameter named '{WAIT_KEYWORD}', the waiter"
                " method's own keyword; set python_name on that member",
                key=True,
            )
        steps = waiter.get("status")
        if isinstance(steps, list) and steps:
            node = _status_kind(report, path + ("status",), steps, output, table)
            if node is not None:
                _check_values(report, path, waiter, node)
        interval, max_wait = waiter.get("interval"), waiter.get("max_wait")
        if (
            isinstance(interval, (int, float))
            and isinstance(max_wait, (int, float))
            and max_wait < interval
        ):
            report(
                path + ("max_wait",),
                f"max_wait ({max_wait:g} s) is shorter than one interval"
                f" ({interval:g} s)",
            )
