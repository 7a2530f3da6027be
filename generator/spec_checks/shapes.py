"""Checks of type nodes: facets that fit their type, references, names of classes and
members, numeric ranges, enums, nesting depth and member examples."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .. import naming
from ..diagnostics import Diagnostic
from ..instances import problems
from ..load import LoadedFile, NodePath
from ..nesting import MAX_NESTING, Heights
from ..patterns import pattern_problem
from ..reserved import class_name_problem, member_name_problem

from .common import (
    ShapeTable,
    mapping,
    declares_structure,
    is_number,
    CheckerState,
)

_COMMON_FACETS = frozenset(
    {
        "type",
        "ref",
        "title",
        "description",
        "example",
        "default",
        "deprecated",
        "required",
        "python_name",
        "secret",
        "nullable",
        "read_only",
        "write_only",
    }
)
_REF_FACETS = frozenset(
    {
        "ref",
        "title",
        "description",
        "example",
        "deprecated",
        "required",
        "python_name",
        "secret",
        "nullable",
        "read_only",
        "write_only",
    }
)
_NUMERIC_FACETS = frozenset(
    {
        "format",
        "enum",
        "enum_descriptions",
        "minimum",
        "maximum",
        "exclusive_minimum",
        "exclusive_maximum",
    }
)
KIND_FACETS: dict[str, frozenset[str]] = {
    "string": frozenset(
        {
            "format",
            "enum",
            "enum_descriptions",
            "min_length",
            "max_length",
            "max_bytes",
            "pattern",
            "json",
        }
    ),
    "integer": _NUMERIC_FACETS,
    "number": _NUMERIC_FACETS,
    "boolean": frozenset(),
    "object": frozenset(
        {"members", "any_of_required", "additional_members", "class_name"}
    ),
    "array": frozenset({"items", "min_items", "max_items", "unique_items"}),
    "map": frozenset({"values"}),
    "any": frozenset(),
    "union": frozenset({"variants", "match", "discriminator", "mapping"}),
}
KIND_FORMATS: dict[str, frozenset[str]] = {
    "string": frozenset({"date-time", "binary"}),
    "integer": frozenset({"int32", "int64"}),
    "number": frozenset({"float", "double"}),
}


class ShapeChecks(CheckerState):
    """Type-node checks of one service (see ``ServiceChecker``)."""

    def _claim_class(
        self, loaded: LoadedFile, path: NodePath, class_name: str, *, key: bool = False
    ) -> None:
        here = loaded.ref(path, key=key)
        problem = class_name_problem(class_name)
        if problem is not None:
            self.diagnostics.append(Diagnostic(here.position(), problem))
            return
        first = self.class_names.get(class_name)
        if first is not None and not first.same_node(here):
            self.diagnostics.append(
                Diagnostic(
                    here.position(),
                    f"class name '{class_name}' is already used at {first}",
                )
            )
            return
        self.class_names[class_name] = here

    def _check_nesting(
        self,
        loaded: LoadedFile,
        table: ShapeTable,
        roots: list[tuple[NodePath, Any]],
    ) -> bool:
        """Report every root nested past the limit; whether any was."""
        heights = Heights(table.lookup, table.names())
        found = False
        for path, node in roots:
            found = found or heights.of(node) > MAX_NESTING
            crossing = heights.crossing(node, path)
            if crossing is not None:
                self.report(
                    loaded,
                    crossing,
                    f"nested {heights.of(node)} levels deep (lists, maps, structures"
                    f" and JSON text, counted through refs); at most {MAX_NESTING}"
                    " are supported",
                )
        return found

    def _check_identifier(self, loaded: LoadedFile, path: NodePath, name: str) -> None:
        if not naming.is_identifier(name):
            self.report(loaded, path, f"'{name}' is not a valid Python identifier")
            return
        problem = member_name_problem(name)
        if problem is not None:
            self.report(loaded, path, problem)

    def check_node(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Any,
        table: ShapeTable,
        class_name: str,
    ) -> None:
        """Semantic checks of one type node and everything inside it."""
        if not isinstance(node, Mapping):
            return
        if "ref" in node:
            self._check_ref_node(loaded, path, node, table)
            return
        kind = node.get("type")
        if not isinstance(kind, str) or kind not in KIND_FACETS:
            return
        allowed = _COMMON_FACETS | KIND_FACETS[kind]
        for facet in node:
            if facet not in allowed:
                self.report(
                    loaded,
                    path + (facet,),
                    f"'{facet}' does not apply to type '{kind}'",
                    key=True,
                )
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt not in KIND_FORMATS.get(kind, frozenset()):
            self.report(
                loaded,
                path + ("format",),
                f"format '{fmt}' does not apply to type '{kind}'",
            )
        own = ("operation", "input", "members")
        if (
            fmt == "binary"
            and kind == "string"
            and path[-4:-1] != own
            # a list of files: each item one part of a multipart body
            and not (path[-1] == "items" and path[-5:-2] == own)
        ):
            # A file is an upload argument: nothing else can hold an open file.
            self.report(
                loaded,
                path + ("format",),
                "format 'binary' (a file) applies only to an operation's own input"
                " members (or their list's items)",
            )
        if kind == "array" and "items" not in node:
            self.report(loaded, path, "a list needs 'items'")
        if kind == "map" and "values" not in node:
            self.report(loaded, path, "a map needs 'values'")
        self._check_ranges(loaded, path, node)
        self._check_enum(loaded, path, node, kind)
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            problem = pattern_problem(pattern)
            if problem is not None:
                self.report(loaded, path + ("pattern",), problem)
        if kind == "object":
            self._check_members(loaded, path, node, table, class_name)
        if isinstance(node.get("items"), Mapping):
            self._nested(
                loaded, path + ("items",), node["items"], table, class_name, "Item"
            )
        if isinstance(node.get("values"), Mapping):
            self._nested(
                loaded, path + ("values",), node["values"], table, class_name, "Value"
            )
        if isinstance(node.get("json"), Mapping):
            self._nested(loaded, path + ("json",), node["json"], table, class_name, "")
        if kind == "union":
            self._check_union(loaded, path, node, table, class_name)
        for facet in ("example", "default"):
            if facet in node:
                self._check_value(
                    loaded, path + (facet,), node, node[facet], table, facet
                )

    def _check_union(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: ShapeTable,
        class_name: str,
    ) -> None:
        """Variants: refs to named objects, or inline scalars, lists and maps (an inline
        object would need a class name of its own); a discriminator is a member of every
        variant, and its mapping names variants."""
        variants = node.get("variants")
        if not isinstance(variants, list):
            self.report(loaded, path, "a union needs 'variants'")
            return
        names: list[str | None] = []
        for index, variant in enumerate(variants):
            where = path + ("variants", index)
            if not isinstance(variant, Mapping):
                names.append(None)
                continue
            names.append(
                variant["ref"] if isinstance(variant.get("ref"), str) else None
            )
            if "ref" not in variant and variant.get("type") in ("object", "union"):
                self.report(
                    loaded,
                    where,
                    f"an inline {variant.get('type')} cannot be a variant; name it in"
                    " 'shapes' and refer to it",
                )
                continue
            self.check_node(loaded, where, variant, table, f"{class_name}{index}")
        discriminator = node.get("discriminator")
        if isinstance(discriminator, str):
            for index, name in enumerate(names):
                target = table.resolve(variants[index]) if name else None
                members = mapping(mapping(target).get("members"))
                if (
                    target is None
                    or target.get("type") != "object"
                    or discriminator not in members
                ):
                    self.report(
                        loaded,
                        path + ("variants", index),
                        f"with discriminator '{discriminator}' every variant must"
                        f" refer to an object with that member",
                    )
        for value, target_name in mapping(node.get("mapping")).items():
            if target_name not in names:
                self.report(
                    loaded,
                    path + ("mapping", value),
                    f"'{target_name}' is not one of the union's variants",
                )
        if "mapping" in node and not isinstance(discriminator, str):
            self.report(loaded, path + ("mapping",), "a mapping needs a discriminator")

    def _nested(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: ShapeTable,
        owner_class: str,
        role: str,
    ) -> None:
        nested_class = mapping(node).get("class_name") or (owner_class + role)
        if declares_structure(node) or (
            isinstance(node.get("enum"), list) and "ref" not in node
        ):
            self._claim_class(loaded, path, str(nested_class))
        self.check_node(loaded, path, node, table, str(nested_class))

    def _check_ref_node(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: ShapeTable,
    ) -> None:
        name = node["ref"]
        for facet in node:
            if facet not in _REF_FACETS:
                self.report(
                    loaded,
                    path + (facet,),
                    f"'{facet}' cannot be combined with 'ref' (put it on shape '{name}')",
                    key=True,
                )
        if not isinstance(name, str):
            return
        if table.lookup(name) is None:
            self.report(loaded, path + ("ref",), f"reference to unknown shape '{name}'")
        elif table.resolve(node) is None:
            self.report(
                loaded,
                path + ("ref",),
                f"shape '{name}' is only a reference to itself",
            )
        elif self._is_recursive(name, table) and self._endless(name, table):
            self.report(
                loaded,
                path + ("ref",),
                f"shape '{name}' holds itself through required members only: no"
                " value of it could end (make one member optional, or a list or map)",
            )
        if "example" in node:
            self._check_value(
                loaded, path + ("example",), node, node["example"], table, "example"
            )

    def _endless(self, name: str, table: ShapeTable) -> bool:
        """Whether every value of ``name`` must hold another: it reaches itself through
        required members (or union variants that all do) and no list or map."""

        def must_hold(node: Any, seen: frozenset[str]) -> bool:
            if not isinstance(node, Mapping):
                return False
            if isinstance(node.get("ref"), str):
                target = node["ref"]
                if target == name:
                    return True
                if target in seen:
                    return False
                return must_hold(table.lookup(target), seen | {target})
            if node.get("type") == "union":
                variants = node.get("variants") or []
                return bool(variants) and all(must_hold(v, seen) for v in variants)
            return any(
                isinstance(member, Mapping)
                and member.get("required") is True
                and not member.get("nullable")
                and must_hold(member, seen)
                for member in mapping(node.get("members")).values()
            )

        return must_hold(table.lookup(name), frozenset({name}))

    def _is_recursive(self, name: str, table: ShapeTable) -> bool:
        def refs(node: Any) -> Iterator[str]:
            if isinstance(node, Mapping):
                if isinstance(node.get("ref"), str):
                    yield node["ref"]
                for key in ("items", "values", "json"):
                    yield from refs(node.get(key))
                for variant in node.get("variants") or ():
                    yield from refs(variant)
                for member in mapping(node.get("members")).values():
                    yield from refs(member)

        stack, seen = [name], set()
        while stack:
            current = stack.pop()
            for target in refs(table.lookup(current)):
                if target == name:
                    return True
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return False

    def _check_ranges(
        self, loaded: LoadedFile, path: NodePath, node: Mapping[str, Any]
    ) -> None:
        for low, high in (
            ("minimum", "maximum"),
            ("min_length", "max_length"),
            ("min_items", "max_items"),
        ):
            lower, upper = node.get(low), node.get(high)
            if is_number(lower) and is_number(upper) and lower > upper:
                self.report(
                    loaded,
                    path + (low,),
                    f"{low} ({lower}) is greater than {high} ({upper})",
                )

    def _check_enum(
        self, loaded: LoadedFile, path: NodePath, node: Mapping[str, Any], kind: str
    ) -> None:
        values = node.get("enum")
        if isinstance(values, list):
            for index, value in enumerate(values):
                for _, message in problems({"type": kind}, value, lambda n: n):
                    self.report(
                        loaded,
                        path + ("enum", index),
                        f"enum value {value!r}: {message}",
                    )
            names: dict[str, object] = {}
            for index, value in enumerate(values):
                constant = naming.constant_case(str(value))
                if constant in names and names[constant] != value:
                    self.report(
                        loaded,
                        path + ("enum", index),
                        f"enum values {names[constant]!r} and {value!r} both become {constant}",
                    )
                names[constant] = value
        descriptions = node.get("enum_descriptions")
        if isinstance(descriptions, Mapping):
            declared = (
                {str(value) for value in values} if isinstance(values, list) else set()
            )
            for value in descriptions:
                if str(value) not in declared:
                    self.report(
                        loaded,
                        path + ("enum_descriptions", value),
                        f"description for {value!r}, which is not an enum value",
                        key=True,
                    )

    def _check_members(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: ShapeTable,
        class_name: str,
    ) -> None:
        members = mapping(node.get("members"))
        python_names: dict[str, str] = {}
        for wire_name, member in members.items():
            member_path = path + ("members", wire_name)
            override = mapping(member).get("python_name")
            if isinstance(override, str):
                self._check_identifier(loaded, member_path + ("python_name",), override)
            python_name = naming.member_name(
                wire_name, override if isinstance(override, str) else None
            )
            derived_problem = (
                None if isinstance(override, str) else member_name_problem(python_name)
            )
            if derived_problem is not None:
                # A name the runtime's Model gained after naming's own table.
                self.report(
                    loaded,
                    member_path,
                    f"member '{wire_name}': Python name {derived_problem}",
                    key=True,
                )
            if python_name in python_names:
                self.report(
                    loaded,
                    member_path,
                    f"members '{python_names[python_name]}' and '{wire_name}' both become"
                    f" Python name '{python_name}'; set python_name on one of them",
                    key=True,
                )
            python_names[python_name] = wire_name
            if not isinstance(member, Mapping):
                continue
            if isinstance(member.get("enum"), list) and "ref" not in member:
                self._claim_class(
                    loaded,
                    member_path + ("enum",),
                    naming.enum_class_name(class_name, wire_name),
                )
            if declares_structure(member) and "ref" not in member:
                nested_class = member.get("class_name") or naming.nested_class_name(
                    class_name, wire_name
                )
                self._claim_class(loaded, member_path, str(nested_class), key=True)
                self.check_node(loaded, member_path, member, table, str(nested_class))
            else:
                self.check_node(
                    loaded,
                    member_path,
                    member,
                    table,
                    naming.nested_class_name(class_name, wire_name),
                )
        groups = node.get("any_of_required")
        if isinstance(groups, list):
            for group_index, group in enumerate(groups):
                for name_index, name in enumerate(
                    group if isinstance(group, list) else []
                ):
                    if name not in members:
                        self.report(
                            loaded,
                            path + ("any_of_required", group_index, name_index),
                            f"any_of_required names '{name}', which is not a member",
                        )

    def _check_value(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        value: Any,
        table: ShapeTable,
        what: str,
    ) -> None:
        if self.too_deep:
            return
        plain = {key: item for key, item in node.items() if key not in ("required",)}
        for pointer, message in problems(plain, value, table.resolve):
            suffix = f" at {pointer}" if pointer != "/" else ""
            self.report(
                loaded,
                path,
                f"{what} does not match its declared shape{suffix}: {message}",
            )
