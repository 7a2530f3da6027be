"""Turn checked spec data into the IR. Runs only on data that passed every check."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from typing import Any, TypeVar

from . import naming
from .model import (
    NO_TEXT,
    Constraints,
    EnumValue,
    Endpoints,
    ErrorDefinition,
    ErrorExample,
    Examples,
    HttpBinding,
    Member,
    Operation,
    RequestExample,
    ResponseExample,
    Service,
    Shape,
    Text,
)
from .paging import build_paging
from .protocols import protocol_named
from .validate import ServiceFiles
from .waiters import build_waiters

_Value = TypeVar("_Value")
_Text = TypeVar("_Text", str, str | None)

# A product repeats the same descriptions, constraints and error entries across its
# shapes and operations (ECS: 11,480 texts, 4,330 distinct; 7,510 constraints, 49
# distinct): one object per distinct value keeps a large product's IR small. Texts
# hold only strings and are their own keys; the others are keyed by repr, so that
# values equal in Python but written differently (1 and 1.0, True and 1) stay apart.
# Emptied when a service is built.
_distinct_texts: dict[Text, Text] = {}
_distinct: dict[str, Any] = {}
# Strings that many operations repeat (messages, member names), one object each: the
# operation files are read one at a time (``LoadedFile.pack``), each with its own.
_distinct_strings: dict[str, str] = {}


def _one(text: _Text) -> _Text:
    if type(text) is not str:
        return text
    return _distinct_strings.setdefault(text, text)


def _shared(value: _Value) -> _Value:
    return _distinct.setdefault(f"{type(value).__name__}{value!r}", value)  # type: ignore[no-any-return]


def _text(raw: Any) -> Text:
    if not isinstance(raw, Mapping):
        return NO_TEXT
    text = Text(zh=_one(raw.get("zh")), en=_one(raw.get("en")))
    if not all(part is None or type(part) is str for part in (text.zh, text.en)):
        return _shared(text)
    return _distinct_texts.setdefault(text, text)


def _constraints(node: Mapping[str, Any]) -> Constraints:
    groups = node.get("any_of_required") or ()
    return _shared(
        Constraints(
            minimum=node.get("minimum"),
            maximum=node.get("maximum"),
            exclusive_minimum=node.get("exclusive_minimum"),
            exclusive_maximum=node.get("exclusive_maximum"),
            min_length=node.get("min_length"),
            max_length=node.get("max_length"),
            max_bytes=node.get("max_bytes"),
            pattern=node.get("pattern"),
            min_items=node.get("min_items"),
            max_items=node.get("max_items"),
            unique_items=bool(node.get("unique_items", False)),
            any_of_required=tuple(tuple(group) for group in groups),
        )
    )


def _errors(raw: Any) -> tuple[ErrorDefinition, ...]:
    return tuple(
        _shared(
            ErrorDefinition(
                code=entry["code"],
                http_status=entry.get("http_status"),
                message=_one(entry.get("message")),
                description=_text(entry.get("description")),
                retryable=(
                    entry["retryable"]
                    if isinstance(entry.get("retryable"), bool)
                    else None
                ),
            )
        )
        for entry in raw or ()
    )


class _ShapeBuilder:
    """Builds shapes, sharing one Shape object per named shape."""

    def __init__(self, *tables: Mapping[str, Any]) -> None:
        self._tables = tables
        self._named: dict[str, Shape] = {}

    def named(self, name: str) -> Shape:
        if name not in self._named:
            node = next(table[name] for table in self._tables if name in table)
            # A recursive shape refers to itself: references met while it is built get
            # this object, which then takes the built shape's fields, so that the IR
            # holds the cycle (walkers keep a set of shapes seen).
            shape = Shape(kind="any")
            self._named[name] = shape
            built = self.shape(node, name, name=name)
            for item in fields(Shape):
                object.__setattr__(shape, item.name, getattr(built, item.name))
        return self._named[name]

    def shape(
        self, node: Mapping[str, Any], class_name: str, *, name: str | None = None
    ) -> Shape:
        """``class_name`` is the class this node becomes if it is (or holds) a structure."""
        if "ref" in node:
            return self.named(node["ref"])
        kind = node["type"]
        members = tuple(
            self.member(wire_name, member_node, class_name)
            for wire_name, member_node in node.get("members", {}).items()
        )
        has_class = kind == "object" and bool(members)
        enum_class = None
        if node.get("enum"):
            enum_class = name or class_name
        descriptions = node.get("enum_descriptions", {})
        variants = tuple(
            self.shape(variant, f"{class_name}{index}")
            for index, variant in enumerate(node.get("variants", ()))
        )
        refs = [variant.get("ref") for variant in node.get("variants", ())]
        discriminator = node.get("discriminator")
        if discriminator is not None:
            given = node.get("mapping") or {ref: ref for ref in refs}
            mapping = tuple((value, refs.index(ref)) for value, ref in given.items())
        else:
            mapping = ()
        return Shape(
            kind=kind,
            format=node.get("format"),
            name=name,
            class_name=(node.get("class_name") or class_name) if has_class else None,
            description=_text(node.get("description")),
            title=_text(node.get("title")),
            example=node.get("example"),
            default=node.get("default"),
            enum=tuple(
                EnumValue(
                    value=value,
                    python_name=naming.constant_case(str(value)),
                    description=_text(descriptions.get(str(value))),
                )
                for value in node.get("enum", ())
            ),
            enum_class_name=enum_class,
            constraints=_constraints(node),
            items=self._child(node.get("items"), class_name, "Item"),
            values=self._child(node.get("values"), class_name, "Value"),
            members=members,
            additional_members=bool(node.get("additional_members", True)),
            undeclared_members_sent=node.get("additional_members") is True,
            json_content=self._child(node.get("json"), class_name, ""),
            deprecated=bool(node.get("deprecated", False)),
            variants=variants,
            match=node.get("match", "one"),
            discriminator=discriminator,
            mapping=mapping,
            union_name=(name or class_name) if kind == "union" else None,
        )

    def _child(self, node: Any, owner_class: str, role: str) -> Shape | None:
        if not isinstance(node, Mapping):
            return None
        return self.shape(node, node.get("class_name") or owner_class + role)

    def member(
        self, wire_name: str, node: Mapping[str, Any], owner_class: str
    ) -> Member:
        if "ref" in node:
            nested = naming.nested_class_name(owner_class, wire_name)
        elif node.get("enum"):
            nested = naming.enum_class_name(owner_class, wire_name)
        else:
            nested = naming.nested_class_name(owner_class, wire_name)
        shape = self.shape(node, nested)
        return Member(
            wire_name=wire_name,
            python_name=_one(naming.member_name(wire_name, node.get("python_name"))),
            shape=shape,
            required=bool(node.get("required", False)),
            description=_text(node.get("description")) or shape.description,
            example=node.get("example", shape.example),
            deprecated=bool(node.get("deprecated", False)),
            secret=node.get("secret") is True,
            nullable=node.get("nullable") is True,
            read_only=node.get("read_only") is True,
            write_only=node.get("write_only") is True,
        )


def _examples(raw: Any) -> Examples:
    raw = raw or {}
    return Examples(
        requests=tuple(
            RequestExample(
                name=entry["name"],
                input=entry["input"],
                wire=entry.get("wire"),
                title=_text(entry.get("title")),
                description=_text(entry.get("description")),
            )
            for entry in raw.get("requests", ())
        ),
        responses=tuple(
            ResponseExample(
                name=entry["name"],
                format=entry["format"],
                body=entry["body"],
                http_status=entry.get("http_status", 200),
                title=_text(entry.get("title")),
                description=_text(entry.get("description")),
            )
            for entry in raw.get("responses", ())
        ),
        errors=tuple(
            ErrorExample(
                name=entry["name"],
                format=entry["format"],
                body=entry["body"],
                http_status=entry["http_status"],
                code=entry["code"],
                request_id=entry.get("request_id"),
                title=_text(entry.get("title")),
                description=_text(entry.get("description")),
            )
            for entry in raw.get("errors", ())
        ),
    )


def _collect_structures(
    operations: tuple[Operation, ...], extra: list[Shape]
) -> tuple[Shape, ...]:
    found: dict[str, Shape] = {}

    def visit(shape: Shape | None) -> None:
        if shape is None:
            return
        if shape.class_name is not None:
            if shape.class_name in found:
                return
            found[shape.class_name] = shape
        for member in shape.members:
            visit(member.shape)
        visit(shape.items)
        visit(shape.values)
        visit(shape.json_content)
        for variant in shape.variants:
            visit(variant)

    for operation in operations:
        visit(operation.input)
        visit(operation.output)
    for shape in extra:
        visit(shape)
    return tuple(found[name] for name in sorted(found))


def build_service(files: ServiceFiles, *, release: bool = False) -> Service:
    """The IR of one service. With ``release`` the caller is done with ``files``: each
    operation file is let go of once its IR is built, so that a large product's spec
    data and its IR are not both held whole at once."""
    try:
        return _build_service(files, release)
    finally:
        _distinct.clear()
        _distinct_texts.clear()
        _distinct_strings.clear()


def _build_service(files: ServiceFiles, release: bool) -> Service:
    raw = files.service.data["service"]
    protocol = protocol_named(raw["protocol"])
    assert protocol is not None, "the checks reject unknown protocols"
    service_shapes = raw.get("shapes", {})
    service_binding = protocol.bind_service(
        raw.get("binding", {}).get(protocol.name, {})
    )
    operations = []
    pending = sorted(
        files.operations,
        key=lambda item: item.data["operation"]["name"],
        reverse=True,
    )
    if release:
        files.operations.clear()
    while pending:
        loaded = pending.pop()
        op = loaded.data["operation"]
        builder = _ShapeBuilder(op.get("shapes", {}), service_shapes)
        name = op["name"]
        structure_in = {"type": "object", **op["input"]}
        structure_out = {"type": "object", **op["output"]}
        input_shape = builder.shape(structure_in, name + "Request")
        output_shape = builder.shape(structure_out, name + "Response")
        # Inputs and outputs are classes even when they have no members.
        input_shape = _as_class(input_shape, name + "Request")
        output_shape = _as_class(output_shape, name + "Response")
        operation = Operation(
            name=name,
            python_name=op.get("python_name") or naming.snake_case(name),
            input=input_shape,
            output=output_shape,
            title=_text(op.get("title")),
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=bool(op.get("deprecated", False)),
            debug_url=op.get("debug_url"),
            error_center_url=op.get("error_center_url"),
            errors=_errors(op.get("errors")),
            examples=_examples(op.get("examples")),
            source=loaded.path,
            waiters=build_waiters(op.get("waiters"), output_shape),
            paging=build_paging(op.get("paging"), input_shape, output_shape),
        )
        binding = op.get("binding", {}).get(protocol.name, {})
        operation = _with_binding(
            operation,
            protocol.bind_operation(
                binding, operation, service_binding, raw["api_version"]
            ),
        )
        operations.append(operation)
    shared_builder = _ShapeBuilder(service_shapes)
    shared = [shared_builder.named(name) for name in sorted(service_shapes)]
    endpoints = raw["endpoints"]
    product = raw["product"]
    service = Service(
        product=product,
        api_version=raw["api_version"],
        package=raw.get("package") or naming.make_safe(product),
        client_name=raw.get("client_name") or naming.pascal_case(product),
        protocol=raw["protocol"],
        title=_text(raw.get("title")),
        summary=_text(raw.get("summary")),
        description=_text(raw.get("description")),
        endpoints=Endpoints(
            global_host=endpoints["global"],
            regional_host=endpoints.get("regional"),
            regions=tuple(endpoints.get("regions", ())),
            hosts=tuple(sorted((endpoints.get("hosts") or {}).items())),
            vpc_host=endpoints.get("vpc"),
        ),
        errors=_errors(raw.get("errors")),
        operations=tuple(operations),
        binding=service_binding,
        source=files.service.path,
        structures=_collect_structures(tuple(operations), shared),
        shared_shapes=tuple(shared),
    )
    return service


def _as_class(shape: Shape, class_name: str) -> Shape:
    from dataclasses import replace

    return shape if shape.class_name else replace(shape, class_name=class_name)


def _with_binding(operation: Operation, binding: HttpBinding) -> Operation:
    from dataclasses import replace

    return replace(operation, binding=binding)
