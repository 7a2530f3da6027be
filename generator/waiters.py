"""Waiters in the IR: an operation's ``waiters`` section, read once the spec has passed
its checks (``spec_checks.waiters``), with the status path also spelled as model
attributes for the generated client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import NO_TEXT, Shape, Text, Waiter
from .spec_checks.waiters import EVERY_ITEM, waiter_method

__all__ = ["build_waiters", "python_path"]


def python_path(shape: Shape, steps: tuple[str, ...]) -> tuple[str, ...]:
    """The model attributes along ``steps`` (wire names; ``"*"`` kept as it is)."""
    names: list[str] = []
    for step in steps:
        if step == EVERY_ITEM:
            assert shape.items is not None, "checked: '*' follows a list"
            shape = shape.items
            names.append(EVERY_ITEM)
            continue
        member = next(m for m in shape.members if m.wire_name == step)
        names.append(member.python_name)
        shape = member.shape
    return tuple(names)


def _text(raw: Any) -> Text:
    if not isinstance(raw, Mapping):
        return NO_TEXT
    return Text(zh=raw.get("zh"), en=raw.get("en"))


def build_waiters(raw: Any, output: Shape) -> tuple[Waiter, ...]:
    """The operation's waiters, in name order (deterministic output)."""
    if not isinstance(raw, Mapping):
        return ()
    waiters = []
    for name in sorted(raw):
        entry = raw[name]
        steps = tuple(entry["status"])
        waiters.append(
            Waiter(
                name=name,
                method_name=waiter_method(name),
                status_path=steps,
                python_path=python_path(output, steps),
                success=tuple(entry["success"]),
                failure=tuple(entry.get("failure", ())),
                interval=float(entry["interval"]),
                max_wait=float(entry["max_wait"]),
                description=_text(entry.get("description")),
            )
        )
    return tuple(waiters)
