"""The IR of an operation's ``paging`` section, read from spec data that passed the checks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import Member, Paging, Shape


def _member(shape: Shape, wire_name: Any) -> Member | None:
    return shape.member(wire_name) if isinstance(wire_name, str) else None


def item_path(output: Shape, names: Any) -> tuple[Member, ...]:
    """The output members from the answer down to its item list, in order."""
    path: list[Member] = []
    shape = output
    for name in names or ():
        member = shape.member(name)
        path.append(member)
        shape = member.shape
    return tuple(path)


def build_paging(raw: Any, input_shape: Shape, output_shape: Shape) -> Paging | None:
    """``None`` when the operation declares no paging."""
    if not isinstance(raw, Mapping):
        return None
    return Paging(
        style=raw["style"],
        page_size=input_shape.member(raw["page_size"]),
        request_token=_member(input_shape, raw.get("request_token")),
        response_token=_member(output_shape, raw.get("response_token")),
        page_number=_member(input_shape, raw.get("page_number")),
        total_count=_member(output_shape, raw.get("total_count")),
        items=item_path(output_shape, raw.get("items")),
    )
