"""An ROA operation's ``in: body`` parameter as input members.

The metadata declares the JSON body as one parameter. When it is an object with
properties, each property becomes an input member of its own (``in: body``), so the
client method takes them as keyword arguments, as the official SDKs do. Any other body (a
list, a scalar, a free-form object) is one member that is the whole body (``in:
payload``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .notes import Category, Notes
from .shapes import ShapeConverter, ref_target

# What the binding can name as a body field's wire name.
_FIELD_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class BodyMember:
    """One input member made from the body: its member name, type node and settings."""

    name: str
    node: dict[str, Any]
    settings: dict[str, str]


def _resolved(schema: Any, schemas: Mapping[str, Any]) -> Any:
    """A body given as a ``$ref`` to a shared schema is read through it."""
    if isinstance(schema, Mapping):
        target = ref_target(schema.get("$ref"))
        if target is not None and isinstance(schemas.get(target), Mapping):
            return schemas[target]
    return schema


def _member_name(wire: str, taken: set[str], parameter: str) -> str:
    """``wire``, or, when a path, query or header member has that name, one prefixed
    with the body parameter's name (the wire name is kept in the binding)."""
    if wire not in taken:
        return wire
    base = f"{parameter}_{wire}"
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}_{suffix}", suffix + 1
    return name


def body_members(
    name: str,
    parameter: Mapping[str, Any],
    pointer: str,
    converter: ShapeConverter,
    schemas: Mapping[str, Any],
    taken: set[str],
    notes: Notes,
) -> list[BodyMember] | None:
    """The members of one body parameter; ``None`` when its schema cannot be expressed
    (the converter has said why)."""
    schema = _resolved(parameter.get("schema"), schemas)
    style = parameter.get("style")
    properties = schema.get("properties") if isinstance(schema, Mapping) else None
    if (
        isinstance(schema, Mapping)
        and schema.get("type") in ("object", None)
        and isinstance(properties, Mapping)
        and properties
    ):
        if style not in (None, "json"):
            notes.add(
                pointer,
                Category.UNSUPPORTED_STYLE,
                f"body style {style!r} cannot be expressed; its members are sent as"
                " fields of the JSON body, as the official SDKs send them",
            )
        if schema.get("required") is True and not any(
            isinstance(item, Mapping) and item.get("required") is True
            for item in properties.values()
        ):
            notes.add(
                pointer,
                Category.REQUIRED,
                "the body is required but none of its members is; each member is"
                " optional and an empty body is sent as {}",
            )
        found: list[BodyMember] = []
        for wire, item in properties.items():
            if not isinstance(wire, str) or not _FIELD_NAME.match(wire):
                notes.add(
                    f"{pointer}/{wire}",
                    Category.NAME,
                    f"body field name {wire!r} cannot be sent as written",
                    fatal=True,
                )
                return None
            node = converter.member(item, f"{pointer}/{wire}")
            if node is None:
                return None
            member = _member_name(wire, taken, name)
            settings = {"in": "body"}
            if member != wire:
                settings["wire_name"] = wire
                notes.add(
                    f"{pointer}/{wire}",
                    Category.NAME,
                    f"body field '{wire}' has the name of another parameter; its"
                    f" argument is '{member}'",
                )
            taken.add(member)
            found.append(BodyMember(member, node, settings))
        return found
    node = converter.member(parameter.get("schema"), pointer)
    if node is None:
        return None
    # The whole body has no wire name: the member is only the argument's name.
    member = _member_name(name, taken, "body")
    taken.add(member)
    return [BodyMember(member, node, {"in": "payload"})]
