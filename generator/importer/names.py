"""Class names unique per service and Python method names unique per client.

The linter derives a class name for every inline structure from its owner and member
(``GetVideoInfoResponse`` + ``Video`` -> ``GetVideoInfoResponseVideo``) and rejects a
name used twice. Inline shapes of an operation start with the operation's name, so
clashes are rare, but a member name can still produce another class's name. This module
walks the documents the way the linter does and gives each clashing structure a
``class_name`` of its own; enums cannot be renamed, so a clashing enum is dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import naming
from ..reserved import class_name_problem, method_name_problem
from .notes import Category, Notes
from .operations import ImportedOperation


def _declares_structure(node: Mapping[str, Any]) -> bool:
    return node.get("type") == "object" and bool(node.get("members"))


class _Claims:
    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.notes: Notes | None = None

    def _note(self, pointer: str, category: Category, message: str) -> None:
        if self.notes is not None:
            self.notes.add(pointer, category, message)

    def structure(self, node: dict[str, Any], candidate: str, pointer: str) -> str:
        name, suffix = candidate, 2
        while name in self.taken or class_name_problem(name) is not None:
            name, suffix = f"{candidate}{suffix}", suffix + 1
        if name != candidate:
            node["class_name"] = name
            self._note(
                pointer,
                Category.CLASS_NAME,
                f"class name {candidate} is taken by another shape; using {name}",
            )
        self.taken.add(name)
        return name

    def enum(self, node: dict[str, Any], class_name: str, pointer: str) -> None:
        if class_name not in self.taken:
            self.taken.add(class_name)
            return
        node.pop("enum", None)
        node.pop("enum_descriptions", None)
        self._note(
            pointer,
            Category.ENUM,
            f"enum class name {class_name} is taken by another shape; enum dropped",
        )

    def members(self, node: Mapping[str, Any], class_name: str, pointer: str) -> None:
        members = node.get("members")
        for wire, member in (members if isinstance(members, dict) else {}).items():
            if not isinstance(member, dict) or "ref" in member:
                continue
            member_pointer = f"{pointer}/{wire}"
            nested = naming.nested_class_name(class_name, wire)
            if member.get("enum"):
                self.enum(
                    member, naming.enum_class_name(class_name, wire), member_pointer
                )
            if _declares_structure(member):
                own = self.structure(
                    member, member.get("class_name") or nested, member_pointer
                )
                self.members(member, own, member_pointer)
            else:
                self.inner(member, nested, member_pointer)

    def inner(self, node: Mapping[str, Any], class_name: str, pointer: str) -> None:
        for key, role, step in (
            ("items", "Item", "*"),
            ("values", "Value", "*"),
            ("json", "", ""),
        ):
            child = node.get(key)
            if not isinstance(child, dict) or "ref" in child:
                continue
            nested = child.get("class_name") or class_name + role
            child_pointer = f"{pointer}/{step}" if step else pointer
            if child.get("enum"):
                # Enums of list items are named after the item (the builder's rule).
                self.enum(child, nested, child_pointer)
            if _declares_structure(child):
                own = self.structure(child, nested, child_pointer)
                self.members(child, own, child_pointer)
            else:
                self.inner(child, nested, child_pointer)


def assign_names(
    shapes: dict[str, Any], operations: list[ImportedOperation], service_notes: Notes
) -> None:
    """Make every class name and operation method name unique, in place."""
    imported = [op for op in operations if op.document is not None]
    taken = set(shapes)
    for op in imported:
        taken.update((op.name + "Request", op.name + "Response"))
    claims = _Claims(taken)
    claims.notes = service_notes
    for name, node in shapes.items():
        if isinstance(node, dict):
            claims.members(node, name, f"/components/schemas/{name}")
            claims.inner(node, name, f"/components/schemas/{name}")
    methods: set[str] = set()
    for op in imported:
        claims.notes = op.notes
        operation = op.document["operation"] if op.document else {}
        claims.members(operation["input"], op.name + "Request", "")
        claims.members(operation["output"], op.name + "Response", op.response_pointer)
        method = naming.snake_case(op.name)
        reserved = method_name_problem(method)
        if method in methods or reserved is not None:
            base, suffix = method, 2
            while method in methods or method_name_problem(method) is not None:
                method, suffix = f"{base}_{suffix}", suffix + 1
            operation["python_name"] = method
            reason = reserved or f"method name {base} is taken by another operation"
            op.notes.add("/", Category.PYTHON_NAME, f"{reason}; using {method}")
        methods.add(method)
