"""Which imported operations page, and how: the spec's ``paging`` section.

Alibaba's metadata does not say that an operation pages; its parameter names do, the
same way across products and in any capitalisation:

- token: a ``NextToken`` request member with ``MaxResults`` for the page size, and a
  ``NextToken`` in the answer;
- page number: ``PageNumber`` (or ``PageNo``) with ``PageSize``, and ``TotalCount`` (or
  ``Total``) in the answer.

An operation offering both pages by token (the style Alibaba recommends where it has
both). The item list is recorded only when the answer holds exactly one list besides
the paging fields: a top-level array, or a wrapper object whose only member is an array
(``Videos: {Video: [...]}``, how Alibaba's XML-minded answers wrap lists). With two or
more candidates the section names none and a note lists them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..instances import Resolver
from .notes import Category, Notes

# section key -> (side, accepted names in lower case, kind)
_TOKEN = {
    "request_token": ("input", ("nexttoken",), "string"),
    "page_size": ("input", ("maxresults",), "integer"),
    "response_token": ("output", ("nexttoken",), "string"),
}
_PAGE_NUMBER = {
    "page_number": ("input", ("pagenumber", "pageno"), "integer"),
    "page_size": ("input", ("pagesize",), "integer"),
    "total_count": ("output", ("totalcount", "total"), "integer"),
}
_STYLES = (("token", _TOKEN), ("page_number", _PAGE_NUMBER))


def _kind(node: Any, resolve: Resolver) -> Any:
    resolved = resolve(node) if isinstance(node, Mapping) else None
    return resolved.get("type") if resolved is not None else None


def _find(members: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    """Members whose wire name is one of ``names`` in any capitalisation, by preference."""
    found: list[str] = []
    for wanted in names:
        found.extend(wire for wire in members if wire.lower() == wanted)
    return found


def _match(
    style: Mapping[str, tuple[str, tuple[str, ...], str]],
    sides: Mapping[str, Mapping[str, Any]],
    resolve: Resolver,
    notes: Notes,
    response_pointer: str,
) -> dict[str, str] | None:
    """The members of one style, or None when the operation does not page that way."""
    chosen: dict[str, str] = {}
    for key, (side, names, kind) in style.items():
        found = _find(sides[side], names)
        if not found:
            return None
        wire = found[0]
        if _kind(sides[side][wire], resolve) != kind:
            notes.add(
                f"/{wire}" if side == "input" else f"{response_pointer}/{wire}",
                Category.PAGING,
                f"'{wire}' looks like paging's {key.replace('_', ' ')} but is not"
                f" {kind}; the operation is imported without paging",
            )
            return None
        chosen[key] = wire
    return chosen


def item_lists(
    output: Mapping[str, Any], resolve: Resolver, skip: frozenset[str]
) -> list[list[str]]:
    """Paths to each list of the answer: top-level arrays and one-array wrappers."""
    found: list[list[str]] = []
    for wire, node in output.items():
        if wire in skip:
            continue
        resolved = resolve(node) if isinstance(node, Mapping) else None
        if resolved is None:
            continue
        if resolved.get("type") == "array":
            found.append([wire])
        elif resolved.get("type") == "object":
            inner = resolved.get("members")
            if isinstance(inner, Mapping) and len(inner) == 1:
                ((name, child),) = inner.items()
                child_node = resolve(child) if isinstance(child, Mapping) else None
                if child_node is not None and child_node.get("type") == "array":
                    found.append([wire, name])
    return found


def detect_paging(
    input_members: Mapping[str, Any],
    output_members: Mapping[str, Any],
    resolve: Resolver,
    notes: Notes,
    response_pointer: str = "/responses/200",
) -> dict[str, Any] | None:
    """The ``paging`` section of an operation with these members, or None."""
    sides = {"input": input_members, "output": output_members}
    for style, members in _STYLES:
        chosen = _match(members, sides, resolve, notes, response_pointer)
        if chosen is None:
            continue
        section: dict[str, Any] = {"style": style, **chosen}
        skip = frozenset(
            wire for key, wire in chosen.items() if members[key][0] == "output"
        )
        lists = item_lists(output_members, resolve, skip)
        if len(lists) == 1:
            section["items"] = lists[0]
        elif lists:
            named = ", ".join("/".join(path) for path in lists)
            notes.add(
                response_pointer,
                Category.PAGING,
                f"the answer holds several lists ({named}); paging names no item"
                " list, so the client offers pages but not items",
            )
        return section
    return None
