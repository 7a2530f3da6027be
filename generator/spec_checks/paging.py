"""Checks of an operation's ``paging`` section beyond the meta-schema: every member it
names exists where it must (input or output) with the kind paging needs, the members of
the other style are absent, and ``items`` leads through objects to a list."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..load import NodePath
from .common import mapping

Resolve = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]
Report = Callable[..., None]

# key -> (side, kinds it may have, what it is for)
_MEMBERS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "request_token": ("input", ("string",), "the token a request sends"),
    "page_size": ("input", ("integer",), "how many items a page holds"),
    "page_number": ("input", ("integer",), "the page asked for"),
    "response_token": ("output", ("string",), "the token of the next page"),
    "total_count": ("output", ("integer",), "how many items all pages hold"),
}
_STYLE_ONLY = {
    "token": ("request_token", "response_token"),
    "page_number": ("page_number", "total_count"),
}


def _names(members: Mapping[str, Any]) -> str:
    return ", ".join(sorted(members)) or "none"


def check_paging(
    operation: Mapping[str, Any], resolve: Resolve, root: NodePath, report: Report
) -> None:
    paging = operation.get("paging")
    if not isinstance(paging, Mapping):
        return
    path = root + ("paging",)
    style = paging.get("style")
    for other, keys in _STYLE_ONLY.items():
        if other == style or style not in _STYLE_ONLY:
            continue  # an unknown style is the meta-schema's to report
        for key in keys:
            if key in paging:
                report(
                    path + (key,),
                    f"'{key}' belongs to {other} paging; this operation pages by {style}",
                    key=True,
                )
    sides = {
        side: mapping(mapping(operation.get(side)).get("members"))
        for side in ("input", "output")
    }
    for key, (side, kinds, purpose) in _MEMBERS.items():
        name = paging.get(key)
        if not isinstance(name, str):
            continue
        members = sides[side]
        if name not in members:
            report(
                path + (key,),
                f"{key} '{name}' ({purpose}) is not a member of the {side}"
                f" (members: {_names(members)})",
            )
            continue
        node = resolve(mapping(members[name]))
        kind = node.get("type") if node is not None else None
        if kind not in kinds:
            report(
                path + (key,),
                f"{key} '{name}' must be {' or '.join(kinds)}, but the {side} member"
                f" is {kind or 'unresolved'}",
            )
    items = paging.get("items")
    if isinstance(items, list):
        _check_items(items, sides["output"], resolve, path + ("items",), report)


def _check_items(
    items: list[Any],
    members: Mapping[str, Any],
    resolve: Resolve,
    path: NodePath,
    report: Report,
) -> None:
    """``items`` names output members, each inside the previous, ending at a list."""
    node: Mapping[str, Any] | None = None
    for index, name in enumerate(items):
        if not isinstance(name, str):
            return
        if name not in members:
            where = "the output" if index == 0 else f"'{items[index - 1]}'"
            report(
                path + (index,),
                f"items: '{name}' is not a member of {where}"
                f" (members: {_names(members)})",
            )
            return
        node = resolve(mapping(members[name]))
        if node is None:
            return
        if index < len(items) - 1:
            if node.get("type") != "object":
                report(
                    path + (index,),
                    f"items: '{name}' is {node.get('type')}, so it holds no member"
                    f" '{items[index + 1]}'",
                )
                return
            members = mapping(node.get("members"))
    if node is not None and node.get("type") != "array":
        report(
            path + (len(items) - 1,),
            f"items: '{items[-1]}' must be the item list (an array), but it is"
            f" {node.get('type')}",
        )


def paging_methods(operation: Mapping[str, Any], method: str) -> tuple[str, ...]:
    """The client methods paging adds to an operation's ``method``."""
    paging = operation.get("paging")
    if not isinstance(paging, Mapping):
        return ()
    if isinstance(paging.get("items"), list):
        return (f"{method}_pages", f"{method}_items")
    return (f"{method}_pages",)
