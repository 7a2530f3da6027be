"""Every check a spec must pass before it becomes a model, reported all at once.

Stage one applies the meta-schema (and each protocol's binding schema). Stage two checks
what a schema cannot say: references, names, facets that fit their type, and examples that
match their declared shapes. Both stages are written to keep going after a problem, so a
spec author sees every problem of every file in one run.
"""

from __future__ import annotations

import json
import keyword
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from . import naming
from .diagnostics import Diagnostic, SourcePosition
from . import xml_examples
from .instances import problems
from .load import LoadedFile, NodePath, load_file
from .metaschema import spec_schema
from .nesting import MAX_NESTING, Heights
from .paths import RESERVED_TOP_LEVEL
from .patterns import pattern_problem
from .reserved import class_name_problem, member_name_problem, method_name_problem
from .protocols import PROTOCOLS, ProtocolBinding, protocol_named
from .schema_check import check_against_schema

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
}
KIND_FORMATS: dict[str, frozenset[str]] = {
    "string": frozenset({"date-time"}),
    "integer": frozenset({"int32", "int64"}),
    "number": frozenset({"float", "double"}),
}


@dataclass
class ServiceFiles:
    """A service file and the operation files that belong to it."""

    service: LoadedFile
    operations: list[LoadedFile] = field(default_factory=list)


@dataclass
class SpecTree:
    services: list[ServiceFiles]
    diagnostics: list[Diagnostic]


def _display_path(file_path: Path) -> str:
    try:
        return str(file_path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(file_path)


def _spec_files(spec_dir: Path) -> list[Path]:
    found = [*spec_dir.rglob("*.yaml"), *spec_dir.rglob("*.yml")]
    return sorted(path for path in found if path.is_file())


def load_tree(spec_dir: Path) -> SpecTree:
    """Load every YAML file under ``spec_dir`` and check it; never raises for bad input."""
    diagnostics: list[Diagnostic] = []
    if not spec_dir.is_dir():
        position = SourcePosition(_display_path(spec_dir), 1, 1)
        return SpecTree([], [Diagnostic(position, "spec folder not found")])
    services: dict[Path, ServiceFiles] = {}
    operations: list[tuple[Path, LoadedFile]] = []
    for file_path in _spec_files(spec_dir):
        loaded, problems_found = load_file(file_path, _display_path(file_path))
        diagnostics.extend(problems_found)
        if loaded is None:
            continue
        diagnostics.extend(check_against_schema(loaded, loaded.data, spec_schema()))
        if not isinstance(loaded.data, dict):
            continue
        if "service" in loaded.data:
            services[file_path.parent] = ServiceFiles(loaded)
        elif "operation" in loaded.data:
            operations.append((file_path, loaded))
    for file_path, loaded in operations:
        owner = next(
            (services[folder] for folder in file_path.parents if folder in services),
            None,
        )
        if owner is None:
            diagnostics.append(
                Diagnostic(
                    loaded.position(()),
                    "operation file has no service.yaml in its folder or any parent folder",
                )
            )
            continue
        owner.operations.append(loaded)
    if not services and not diagnostics:
        position = SourcePosition(_display_path(spec_dir), 1, 1)
        diagnostics.append(Diagnostic(position, "no service file found"))
    tree = SpecTree([services[key] for key in sorted(services)], diagnostics)
    diagnostics.extend(_check_distinct_services(tree.services))
    for service_files in tree.services:
        diagnostics.extend(_ServiceChecker(service_files).run())
    return tree


def _check_distinct_services(services: list[ServiceFiles]) -> Iterator[Diagnostic]:
    """Each service owns its product's and its package's folders in the output."""
    claimed: dict[tuple[str, str], SourcePosition] = {}
    for files in services:
        service = _mapping(_mapping(files.service.data).get("service"))
        product = service.get("product")
        package = service.get("package") or (
            naming.make_safe(product) if isinstance(product, str) else None
        )
        for key, value in (("product", product), ("package", package)):
            if not isinstance(value, str):
                continue
            where = ("service", key) if key in service else ("service", "product")
            position = files.service.position(where)
            first = claimed.get((key, value))
            if first is not None:
                yield Diagnostic(
                    position,
                    f"{key} '{value}' is already the {key} of the service at {first};"
                    " each service needs its own",
                )
                continue
            claimed[(key, value)] = position
            if value in RESERVED_TOP_LEVEL:
                yield Diagnostic(
                    position,
                    f"{key} '{value}' is the name of a folder the generator writes"
                    f" for every service ({', '.join(sorted(RESERVED_TOP_LEVEL))})",
                )
            elif key == "package" and (
                keyword.iskeyword(value) or value.startswith("_")
            ):
                yield Diagnostic(
                    position,
                    f"package '{value}' cannot be imported as a Python package name",
                )


class _ShapeTable:
    """Named shapes visible from one operation: its own, then the service's."""

    def __init__(self, *tables: Mapping[str, Any]) -> None:
        self._tables = tables

    def names(self) -> list[str]:
        return [name for table in self._tables for name in table]

    def lookup(self, name: str) -> Mapping[str, Any] | None:
        for table in self._tables:
            candidate = table.get(name)
            if isinstance(candidate, Mapping):
                return candidate
        return None

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any] | None:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("ref"), str):
            name = node["ref"]
            if name in seen:
                return None
            seen.add(name)
            target = self.lookup(name)
            if target is None:
                return None
            node = target
        return node if isinstance(node, Mapping) else None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class _ServiceChecker:
    def __init__(self, files: ServiceFiles) -> None:
        self.files = files
        self.diagnostics: list[Diagnostic] = []
        self.protocol: ProtocolBinding | None = None
        self.class_names: dict[str, SourcePosition] = {}
        self.methods: dict[str, SourcePosition] = {}
        # Past the nesting limit, examples are not checked (the check would recurse as
        # deeply as the shapes go); the nesting diagnostic says what to fix.
        self.service_too_deep = False
        self.too_deep = False
        self.service = _mapping(_mapping(files.service.data).get("service"))
        self.service_shapes = _mapping(self.service.get("shapes"))

    def report(
        self, loaded: LoadedFile, path: NodePath, message: str, *, key: bool = False
    ) -> None:
        self.diagnostics.append(Diagnostic(loaded.position(path, key=key), message))

    def reporter(self, loaded: LoadedFile) -> Callable[..., None]:
        def report(path: NodePath, message: str, *, key: bool = False) -> None:
            self.report(loaded, path, message, key=key)

        return report

    def run(self) -> list[Diagnostic]:
        loaded = self.files.service
        protocol_name = self.service.get("protocol")
        protocol = (
            protocol_named(protocol_name) if isinstance(protocol_name, str) else None
        )
        if isinstance(protocol_name, str) and protocol is None:
            known = ", ".join(sorted(PROTOCOLS))
            self.report(
                loaded,
                ("service", "protocol"),
                f"unknown protocol '{protocol_name}' (known: {known})",
            )
        self.protocol = protocol
        binding = self.service.get("binding", {})
        if protocol is not None:
            self._check_binding_section(
                loaded,
                ("service", "binding"),
                binding,
                protocol.name,
                protocol.service_schema,
            )
        self._check_errors(loaded, ("service", "errors"), self.service.get("errors"))
        table = _ShapeTable(self.service_shapes)
        self.service_too_deep = self._check_nesting(
            loaded,
            table,
            [
                (("service", "shapes", name), node)
                for name, node in self.service_shapes.items()
            ],
        )
        self.too_deep = self.service_too_deep
        for name, node in self.service_shapes.items():
            self._claim_class(
                loaded, ("service", "shapes", name), _shape_class(name, node), key=True
            )
            self.check_node(loaded, ("service", "shapes", name), node, table, name)
        names: dict[str, SourcePosition] = {}
        routes: dict[str, SourcePosition] = {}
        for operation_file in self.files.operations:
            self._check_operation(operation_file, protocol, names, routes)
        return self.diagnostics

    def _check_binding_section(
        self,
        loaded: LoadedFile,
        path: NodePath,
        binding: Any,
        protocol: str,
        schema: Mapping[str, Any],
    ) -> None:
        if not isinstance(binding, Mapping):
            return
        for name, section in binding.items():
            if name != protocol:
                self.report(
                    loaded,
                    path + (name,),
                    f"binding for '{name}', but the service protocol is '{protocol}'",
                    key=True,
                )
                continue
            self.diagnostics.extend(
                check_against_schema(loaded, section, schema, path + (name,))
            )

    def _check_errors(self, loaded: LoadedFile, path: NodePath, errors: Any) -> None:
        if not isinstance(errors, list):
            return
        seen: set[str] = set()
        for index, error in enumerate(errors):
            code = _mapping(error).get("code")
            if isinstance(code, str):
                if code in seen:
                    self.report(
                        loaded, path + (index, "code"), f"duplicate error code '{code}'"
                    )
                seen.add(code)

    def _claim_class(
        self, loaded: LoadedFile, path: NodePath, class_name: str, *, key: bool = False
    ) -> None:
        position = loaded.position(path, key=key)
        problem = class_name_problem(class_name)
        if problem is not None:
            self.diagnostics.append(Diagnostic(position, problem))
            return
        first = self.class_names.get(class_name)
        if first is not None and first != position:
            self.diagnostics.append(
                Diagnostic(
                    position, f"class name '{class_name}' is already used at {first}"
                )
            )
            return
        self.class_names[class_name] = position

    def _check_operation(
        self,
        loaded: LoadedFile,
        protocol: Any,
        names: dict[str, SourcePosition],
        routes: dict[str, SourcePosition],
    ) -> None:
        operation = _mapping(_mapping(loaded.data).get("operation"))
        name = operation.get("name")
        if not isinstance(name, str):
            return
        root: NodePath = ("operation",)
        position = loaded.position(root + ("name",))
        if name in names:
            self.report(
                loaded,
                root + ("name",),
                f"duplicate operation '{name}' (first at {names[name]})",
            )
        names[name] = position
        python_name = operation.get("python_name")
        method_path = root + (
            "python_name" if isinstance(python_name, str) else "name",
        )
        method = (
            python_name if isinstance(python_name, str) else naming.snake_case(name)
        )
        problem = method_name_problem(method)
        if problem is not None:
            self.report(loaded, method_path, problem)
        elif method in self.methods:
            self.report(
                loaded,
                method_path,
                f"method name '{method}' is also the method of the operation at"
                f" {self.methods[method]}; set python_name on one of them",
            )
        else:
            self.methods[method] = loaded.position(method_path)
        shapes = _mapping(operation.get("shapes"))
        table = _ShapeTable(shapes, self.service_shapes)
        roots: list[tuple[NodePath, Any]] = [
            (root + ("shapes", shape_name), node) for shape_name, node in shapes.items()
        ]
        roots.extend(
            (root + (part,), {"type": "object", **_mapping(operation.get(part))})
            for part in ("input", "output")
        )
        self.too_deep = (
            self._check_nesting(loaded, table, roots) or self.service_too_deep
        )
        for shape_name, node in shapes.items():
            if shape_name in self.service_shapes:
                self.report(
                    loaded,
                    root + ("shapes", shape_name),
                    f"shape '{shape_name}' is also defined in the service file",
                    key=True,
                )
            self._claim_class(
                loaded,
                root + ("shapes", shape_name),
                _shape_class(shape_name, node),
                key=True,
            )
            self.check_node(
                loaded, root + ("shapes", shape_name), node, table, shape_name
            )
        for part, suffix in (("input", "Request"), ("output", "Response")):
            structure = _mapping(operation.get(part))
            class_name = name + suffix
            self._claim_class(loaded, root + (part,), class_name)
            self.check_node(
                loaded,
                root + (part,),
                {"type": "object", **structure},
                table,
                class_name,
            )
        self._check_errors(loaded, root + ("errors",), operation.get("errors"))
        binding = operation.get("binding", {})
        if protocol is not None:
            self._check_binding_section(
                loaded,
                root + ("binding",),
                binding,
                protocol.name,
                protocol.operation_schema,
            )
            section = _mapping(_mapping(binding).get(protocol.name))
            route = protocol.route(section, name)
            if route is not None:
                key, label = route
                if key in routes:
                    self.report(
                        loaded,
                        root + ("binding",),
                        f"duplicate {label} (first at {routes[key]})",
                    )
                routes[key] = position
            input_members = _mapping(_mapping(operation.get("input")).get("members"))
            protocol.check_operation(
                section,
                input_members,
                table.resolve,
                root + ("binding", protocol.name),
                self.reporter(loaded),
            )
            protocol.check_response(
                section,
                _mapping(_mapping(operation.get("output")).get("members")),
                table.resolve,
                root + ("binding", protocol.name),
                self.reporter(loaded),
            )
        self._check_examples(loaded, operation, table)

    def _check_nesting(
        self,
        loaded: LoadedFile,
        table: _ShapeTable,
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
        table: _ShapeTable,
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
        for facet in ("example", "default"):
            if facet in node:
                self._check_value(
                    loaded, path + (facet,), node, node[facet], table, facet
                )

    def _nested(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: _ShapeTable,
        owner_class: str,
        role: str,
    ) -> None:
        nested_class = _mapping(node).get("class_name") or (owner_class + role)
        if _declares_structure(node) or (
            isinstance(node.get("enum"), list) and "ref" not in node
        ):
            self._claim_class(loaded, path, str(nested_class))
        self.check_node(loaded, path, node, table, str(nested_class))

    def _check_ref_node(
        self,
        loaded: LoadedFile,
        path: NodePath,
        node: Mapping[str, Any],
        table: _ShapeTable,
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
        elif table.resolve(node) is None or self._is_recursive(name, table):
            self.report(
                loaded,
                path + ("ref",),
                f"shape '{name}' refers to itself; recursive shapes are not supported",
            )
        if "example" in node:
            self._check_value(
                loaded, path + ("example",), node, node["example"], table, "example"
            )

    def _is_recursive(self, name: str, table: _ShapeTable) -> bool:
        def refs(node: Any) -> Iterator[str]:
            if isinstance(node, Mapping):
                if isinstance(node.get("ref"), str):
                    yield node["ref"]
                for key in ("items", "values", "json"):
                    yield from refs(node.get(key))
                for member in _mapping(node.get("members")).values():
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
            if _is_number(lower) and _is_number(upper) and lower > upper:
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
        table: _ShapeTable,
        class_name: str,
    ) -> None:
        members = _mapping(node.get("members"))
        python_names: dict[str, str] = {}
        for wire_name, member in members.items():
            member_path = path + ("members", wire_name)
            override = _mapping(member).get("python_name")
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
            if _declares_structure(member) and "ref" not in member:
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
        table: _ShapeTable,
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

    def _check_examples(
        self, loaded: LoadedFile, operation: Mapping[str, Any], table: _ShapeTable
    ) -> None:
        if self.too_deep:
            return
        examples = _mapping(operation.get("examples"))
        root: NodePath = ("operation", "examples")
        input_node = {"type": "object", **_mapping(operation.get("input"))}
        output_node = {"type": "object", **_mapping(operation.get("output"))}
        seen: dict[str, NodePath] = {}
        for group in ("requests", "responses", "errors"):
            entries = examples.get(group)
            for index, example in enumerate(
                entries if isinstance(entries, list) else []
            ):
                name = _mapping(example).get("name")
                if isinstance(name, str):
                    if name in seen:
                        self.report(
                            loaded,
                            root + (group, index, "name"),
                            f"duplicate example name '{name}'",
                        )
                    seen[name] = root + (group, index)
        for index, example in enumerate(_list(examples.get("requests"))):
            example_input = _mapping(example).get("input")
            if isinstance(example_input, Mapping):
                for pointer, message in problems(
                    input_node, example_input, table.resolve, sending=True
                ):
                    self.report(
                        loaded,
                        root + ("requests", index, "input"),
                        f"request example does not match the input shape at {pointer}: {message}",
                    )
        for index, example in enumerate(_list(examples.get("responses"))):
            self._check_response_example(
                loaded,
                root + ("responses", index),
                _mapping(example),
                output_node,
                table,
                self._response_payload(operation),
            )
        for index, example in enumerate(_list(examples.get("errors"))):
            self._check_error_example(
                loaded, root + ("errors", index), _mapping(example)
            )

    def _response_payload(self, operation: Mapping[str, Any]) -> str | None:
        if self.protocol is None:
            return None
        section = _mapping(_mapping(operation.get("binding")).get(self.protocol.name))
        return self.protocol.response_payload(section)

    def _check_response_example(
        self,
        loaded: LoadedFile,
        path: NodePath,
        example: Mapping[str, Any],
        output_node: Mapping[str, Any],
        table: _ShapeTable,
        payload: str | None,
    ) -> None:
        """``payload``: the output member that is the whole answer, if one is."""
        body, fmt = example.get("body"), example.get("format")
        if not isinstance(body, str):
            return
        if fmt == "json":
            try:
                data: object = json.loads(body)
            except ValueError as error:
                self.report(
                    loaded, path + ("body",), f"JSON example does not parse: {error}"
                )
                return
            if payload is not None:
                data = {payload: data}
            found: list[tuple[str, str]] = []
        elif fmt == "xml":
            try:
                element = xml_examples.parse(body)
            except xml_examples.XmlExampleError as error:
                self.report(
                    loaded, path + ("body",), f"XML example does not parse: {error}"
                )
                return
            descriptor = xml_examples.node_descriptor(output_node, table.resolve)
            data, found = xml_examples.read(element, descriptor)
        else:
            return
        if not found:
            found.extend(problems(output_node, data, table.resolve))
        for pointer, message in found:
            self.report(
                loaded,
                path + ("body",),
                f"{fmt.upper()} example does not match the output shape at {pointer}: {message}",
            )

    def _check_error_example(
        self, loaded: LoadedFile, path: NodePath, example: Mapping[str, Any]
    ) -> None:
        body, fmt = example.get("body"), example.get("format")
        if not isinstance(body, str):
            return
        fields: dict[str, str] = {}
        try:
            if fmt == "json":
                parsed = json.loads(body)
                fields = {key: str(value) for key, value in _mapping(parsed).items()}
            elif fmt == "xml":
                fields = xml_examples.text_fields(xml_examples.parse(body))
        except ValueError as error:
            self.report(
                loaded, path + ("body",), f"error example does not parse: {error}"
            )
            return
        code_fields, request_id_fields = (
            (self.protocol.error_code_fields, self.protocol.error_request_id_fields)
            if self.protocol is not None
            else (("Code",), ("RequestId",))
        )
        code = _first_field(fields, code_fields)
        if code != example.get("code"):
            self.report(
                loaded,
                path + ("code",),
                f"error example body has {code_fields[0]} {code!r},"
                f" not {example.get('code')!r}",
            )
        request_id = example.get("request_id")
        found_id = _first_field(fields, request_id_fields)
        if request_id is not None and found_id != request_id:
            self.report(
                loaded,
                path + ("request_id",),
                f"error example body has {request_id_fields[0]} {found_id!r},"
                f" not {request_id!r}",
            )


def _first_field(fields: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` an error body carries (protocols differ in spelling)."""
    for name in names:
        if name in fields:
            return fields[name]
    return None


def _shape_class(name: str, node: Any) -> str:
    """The class a named shape becomes: its ``class_name``, else its own name."""
    explicit = _mapping(node).get("class_name")
    return explicit if isinstance(explicit, str) else name


def _declares_structure(node: Mapping[str, Any]) -> bool:
    return node.get("type") == "object" and bool(_mapping(node.get("members")))


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
