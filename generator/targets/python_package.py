"""The generated Python package: models, client, errors and the protocol runtime."""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Operation, Service, Shape
from .facets import PythonFacet
from ..render import OutputFile, Renderer
from .python_validators import CheckFunction, _Planner, _constant_lines, plan_validators
from . import python_cli, python_pagination, python_waiters, sts_link
from . import layout
from .retryability import declared_retryability
from ..filters import py_str
from .python_code import (
    CLASS_INDENT,
    LAZY_PLACE_SLOTS,
    FieldPlan,
    annotation,
    converter,
    item_decoder,
    enum_map_name,
    field_plan,
    lazy_slots,
    has_enum_class,
    holds_lazy,
    module_name,
    union_decoder_name,
    xml_descriptor,
)

RUNTIME_DIR = "python/runtime"
# Runtime modules every generated package carries, whatever its protocol.
COMMON_RUNTIME = (
    "__init__.py",
    "call_options.py",
    "cli.py",
    "cli_text.py",
    "client.py",
    "connection_pool.py",
    "connection_pool_async.py",
    "credential_cache.py",
    "credential_chain.py",
    "credential_files.py",
    "credential_http.py",
    "credential_metadata.py",
    "credential_providers.py",
    "credential_roles.py",
    "credential_sources.py",
    "credential_sts.py",
    "credentials.py",
    "deadline.py",
    "endpoints.py",
    "errors.py",
    "http1.py",
    "http1_async.py",
    "http_async.py",
    "http_sync.py",
    "lenient.py",
    "model.py",
    "pagination.py",
    "proxies.py",
    "raw.py",
    "redaction.py",
    "retry.py",
    # STS calls for role credentials are signed RPC requests, whatever the protocol.
    "rpc_request.py",
    "rpc_signing.py",
    "transport.py",
    "validation.py",
    "waiting.py",
)


@dataclass(frozen=True)
class JsonDecoderPlan:
    """A function decoding one JSON-in-string member's document."""

    function: str
    annotation: str
    signature: tuple[str, ...]  # the ``def`` line(s)
    body: tuple[str, ...]  # the ``return`` inside ``try``
    # The property's ``value = self._x_cache = decoder(self.x_raw)``.
    access: tuple[str, ...]


@dataclass(frozen=True)
class ClassPlan:
    shape: Shape
    class_name: str
    fields: tuple[FieldPlan, ...]
    role: str  # "request", "response" or "structure"
    json_decoders: tuple[tuple[FieldPlan, JsonDecoderPlan], ...]
    xml_descriptor: tuple[str, ...] | None  # lines of ``_XML_X: ... = {...}``

    @property
    def listed_field(self) -> FieldPlan | None:
        """The one field of a list wrapper (Alibaba's ``VideoList: {Video: [...]}``): the
        class then iterates, indexes and counts its items, so that ``for video in
        answer.video_list`` works without spelling ``.video``."""
        if self.role == "request" or len(self.fields) != 1:
            return None
        (field,) = self.fields
        if field.member.shape.kind != "array" or field.is_json_text:
            return None
        return field

    @property
    def listed_item_annotation(self) -> str:
        field = self.listed_field
        assert field is not None and field.member.shape.items is not None
        return annotation(field.member.shape.items)

    @property
    def lazy_fields(self) -> tuple[FieldPlan, ...]:
        return tuple(field for field in self.fields if field.is_lazy)

    @property
    def slots(self) -> tuple[str, ...]:
        names: list[str] = []
        for field in self.fields:
            if field.is_json_text:
                names += [f"{field.name}_raw", f"_{field.name}_cache"]
            elif field.is_lazy:
                names += lazy_slots(field.name)
            else:
                names.append(field.name)
        if self.lazy_fields:
            names += LAZY_PLACE_SLOTS
        return tuple(names)

    @property
    def lazy_lines(self) -> list[str]:
        """``_LAZY`` and the annotations of where the model sits, for a class with
        members decoded on first read."""
        if not self.lazy_fields:
            return []
        return [
            *layout.collection(
                "_LAZY: ClassVar[tuple[str, ...]] = (",
                [py_str(field.name) for field in self.lazy_fields],
                ")",
                indent=CLASS_INDENT,
                one_tuple=True,
            ),
            f"{LAZY_PLACE_SLOTS[0]}: str",
            f"{LAZY_PLACE_SLOTS[1]}: str | None",
        ]

    @property
    def value_fields(self) -> tuple[str, ...]:
        return tuple(f"{f.name}_raw" if f.is_json_text else f.name for f in self.fields)

    @property
    def slots_lines(self) -> list[str]:
        return layout.collection(
            "__slots__ = (",
            [py_str(name) for name in self.slots],
            ")",
            indent=CLASS_INDENT,
            one_tuple=True,
        )

    @property
    def secret_fields_lines(self) -> list[str]:
        """``_SECRETS = frozenset({...})``: fields whose values reprs hide; none when
        the class holds no secret (the base class's empty set applies)."""
        secrets = [
            py_str(name)
            for field, name in zip(self.fields, self.value_fields)
            if field.member.secret
        ]
        if not secrets:
            return []
        return layout.call_of_set(
            "_SECRETS: ClassVar[frozenset[str]] = frozenset(",
            sorted(secrets),
            ")",
            indent=CLASS_INDENT,
        )

    @property
    def wire_names_lines(self) -> list[str]:
        """``_WIRE_NAMES = {...}``: wire name -> attribute of each member decoded as it
        is (JSON-in-string members aside), for lenient parsing to put a value back;
        none for request classes, which are never decoded."""
        pairs = [
            f"{py_str(field.wire_name)}: {py_str(field.name)}"
            for field in self.fields
            if not field.is_json_text
        ]
        if self.role == "request" or not pairs:
            return []
        return layout.collection(
            "_WIRE_NAMES: ClassVar[Mapping[str, str]] = {",
            pairs,
            "}",
            indent=CLASS_INDENT,
        )

    @property
    def nullable_lines(self) -> list[str]:
        """``_NULLABLE = {...}``: wire name -> attribute of each nullable member, for
        ``sent_null``; none when the class has none, or is never decoded."""
        pairs = [
            f"{py_str(field.wire_name)}: {py_str(field.name)}"
            for field in self.fields
            if field.member.nullable and not field.is_json_text
        ]
        if self.role == "request" or not pairs:
            return []
        return layout.collection(
            "_NULLABLE: ClassVar[Mapping[str, str]] = {",
            pairs,
            "}",
            indent=CLASS_INDENT,
        )

    @property
    def nulls_init_lines(self) -> list[str]:
        """``self._nulls = ...`` in ``__init__``: the nullable members given NULL."""
        names = [
            field.name
            for field in self.fields
            if field.member.nullable
            and not field.is_json_text
            and field.member.shape.kind != "array"
        ]
        if self.role == "request" or not names:
            return []
        pairs = [f"({py_str(name)}, {name})" for name in names]
        return layout.assign_call(
            "self._nulls",
            "_m.null_names",
            ["(" + ", ".join(pairs) + ("," if len(pairs) == 1 else "") + ")"],
            indent=8,
        )

    @property
    def fields_lines(self) -> list[str]:
        if self.value_fields == self.slots:
            # The same names in the same order: say so instead of listing them twice.
            return ["_FIELDS: ClassVar[tuple[str, ...]] = __slots__"]
        return layout.collection(
            "_FIELDS: ClassVar[tuple[str, ...]] = (",
            [py_str(name) for name in self.value_fields],
            ")",
            indent=CLASS_INDENT,
            one_tuple=True,
        )


def _walk(shape: Shape | None, seen: set[int]) -> Iterator[Shape]:
    if shape is None or id(shape) in seen:
        return
    seen.add(id(shape))
    yield shape
    for member in shape.members:
        yield from _walk(member.shape, seen)
    yield from _walk(shape.items, seen)
    yield from _walk(shape.values, seen)
    yield from _walk(shape.json_content, seen)
    for variant in shape.variants:
        yield from _walk(variant, seen)


# The models module of the service-level shapes that several operations share.
SHARED_MODULE = "_shared"


def _class_names(shape: Shape) -> set[str]:
    """The generated names a shape declares: its class and its enum."""
    names = set()
    if shape.is_structure and shape.class_name:
        names.add(shape.class_name)
    if has_enum_class(shape) and shape.enum_class_name:
        names.add(shape.enum_class_name)
    if shape.kind == "union":
        names.add(union_decoder_name(shape))
    return names


def _shared_shapes(service: Service) -> list[Shape]:
    """Every shape declared by the service-level shapes, nested ones included."""
    seen: set[int] = set()
    declared: set[str] = set()
    found = []
    for root in service.shared_shapes:
        for shape in _walk(root, seen):
            names = _class_names(shape)
            if names and names <= declared:
                continue  # another copy of a shape reached through a reference
            declared |= names
            found.append(shape)
    return found


def shared_names(service: Service) -> frozenset[str]:
    """Classes and enums of the shared module; operation modules import them.

    An operation builds its own copy of each shared shape it refers to; generating
    that copy in every operation's module would give one class per operation, which
    neither compare equal nor type-check as each other.
    """
    return frozenset(
        name for shape in _shared_shapes(service) for name in _class_names(shape)
    )


def _operation_shapes(
    operation: Operation, shared: frozenset[str] = frozenset()
) -> list[Shape]:
    """The shapes an operation's module declares: not those of the shared module."""
    seen: set[int] = set()
    return [
        shape
        for shape in [*_walk(operation.input, seen), *_walk(operation.output, seen)]
        if not _class_names(shape) & shared
    ]


def _shared_imports(operation: Operation, shared: frozenset[str]) -> list[str]:
    """Names an operation's module takes from the shared module."""
    seen: set[int] = set()
    names: set[str] = set()
    for shape in [*_walk(operation.input, seen), *_walk(operation.output, seen)]:
        for name in _class_names(shape) & shared:
            names.add(name)
            if has_enum_class(shape) and name == shape.enum_class_name:
                names.add(enum_map_name(shape))
    return sorted(names)


def _class_plan(shape: Shape, role: str, joined: frozenset[str]) -> ClassPlan:
    assert shape.class_name is not None
    response = role != "request"
    fields = tuple(
        field_plan(member, response=response, joined_string=member.wire_name in joined)
        for member in shape.members
    )
    decoders = []
    for field in fields:
        content = field.member.shape.json_content
        if content is None:
            continue
        decoders.append((field, _json_decoder(shape.class_name, field, content)))
    return ClassPlan(
        shape=shape,
        class_name=shape.class_name,
        fields=fields,
        role=role,
        json_decoders=tuple(decoders),
        xml_descriptor=(
            tuple(
                layout.literal(
                    xml_descriptor(shape),
                    f"_XML_{shape.class_name}: dict[str, Any] = ",
                )
            )
            if role == "response"
            else None
        ),
    )


def _reaches_lazy(shape: Shape) -> bool:
    """Whether decoded values of ``shape`` hold members decoded on first read."""
    if shape.kind == "array" and shape.items is not None:
        return _reaches_lazy(shape.items)
    if shape.kind == "map" and shape.values is not None:
        return _reaches_lazy(shape.values)
    return holds_lazy(shape)


def _json_decoder(class_name: str, field: FieldPlan, content: Shape) -> JsonDecoderPlan:
    function = f"_decode_{class_name}_{field.name}"
    decoded = annotation(content)
    function_call, arguments = converter(content, "data", '""')
    return JsonDecoderPlan(
        function=function,
        annotation=decoded,
        signature=tuple(
            layout.signature(function, ["raw: str | None"], f"{decoded} | None")
        ),
        body=tuple(
            # Members of the document decoded on first read are read here, so that
            # a document not of the documented shape gives None, as it always did.
            [
                *layout.assign_call("decoded", function_call, arguments, indent=8),
                "_m.read_all(decoded)",
                "return decoded",
            ]
            if _reaches_lazy(content)
            else layout.statement_call("return", function_call, arguments, indent=8)
        ),
        access=tuple(
            layout.assign_call(
                f"value = self._{field.name}_cache",
                function,
                [f"self.{field.name}_raw"],
                indent=12,
            )
        ),
    )


@dataclass(frozen=True)
class UnionPlan:
    """A union's decoder: ``_decode_X(value, path, request_id)`` and its table of
    variants (by discriminator value, or each with the function telling whether a
    value fits it)."""

    function: tuple[str, ...]  # the ``def`` and its body
    table: tuple[str, ...]  # ``_X_VARIANTS = ...``


def _union_plan(shape: Shape, planner: _Planner) -> UnionPlan:
    name = union_decoder_name(shape)
    assert shape.union_name is not None
    table = f"_{shape.union_name}_VARIANTS"
    decoded = annotation(shape)
    if shape.discriminator is not None:
        entries = [
            f"{py_str(value)}: {item_decoder(shape.variants[index])}"
            for value, index in shape.mapping
        ]
        table_lines = layout.collection(
            f"{table}: dict[str, _m.Decoder[Any]] = {{", entries, "}"
        )
        call = ("_m.tagged", [py_str(shape.discriminator), table])
    else:
        entries = [
            f"({planner.variant_fits(shape, index)}, {item_decoder(variant)})"
            for index, variant in enumerate(shape.variants)
        ]
        table_lines = layout.collection(
            f"{table}: tuple[_m.Variant, ...] = (", entries, ")", one_tuple=True
        )
        call = ("_m.one_of", [table, str(shape.match == "one")])
    function, extra = call
    arguments = ["value", "path", "request_id", *extra, py_str(shape.union_name)]
    lines = [
        *layout.signature(
            name,
            ["value: object", "path: str", "request_id: str | None"],
            decoded,
        ),
        *layout.indented(
            layout.assign_call(f"decoded: {decoded}", function, arguments, indent=4)
        ),
        "    return decoded",
    ]
    return UnionPlan(function=tuple(lines), table=tuple(table_lines))


def enum_map_lines(shape: Shape) -> list[str]:
    """``_X_BY_VALUE: dict[str, X] = {member.value: member for member in X}``."""
    assert shape.enum_class_name is not None
    name = shape.enum_class_name
    key = "str" if shape.kind == "string" else "int"
    head = f"{enum_map_name(shape)}: dict[{key}, {name}] = {{"
    body = f"member.value: member for member in {name}"
    if layout.fits(f"{head}{body}}}"):
        return [f"{head}{body}}}"]
    if layout.fits(head):
        return [head, layout.INDENT + body, "}"]
    # Black splits the annotation instead when the line up to ``{`` is too long.
    return [
        f"{enum_map_name(shape)}: dict[",
        f"{layout.INDENT}{key}, {name}",
        f"] = {{{body}}}",
    ]


def _protocol(service: Service) -> PythonFacet:
    from ..plugins import facet, plugin_for

    return facet(service, "Python package", plugin_for(service).python)


def _joined_members(service: Service, operation: Operation) -> frozenset[str]:
    return frozenset(_protocol(service).joined_string_members(operation))


def model_exports(service: Service, operation: Operation | None) -> list[str]:
    """Public names of an operation's models module (of the shared module for
    ``None``): its enums, then its classes."""
    shapes = (
        _operation_shapes(operation, shared_names(service))
        if operation is not None
        else _shared_shapes(service)
    )
    enums = sorted(
        {s.enum_class_name for s in shapes if has_enum_class(s) and s.enum_class_name}
    )
    classes = [s.class_name for s in shapes if s.is_structure and s.class_name]
    return [*enums, *sorted(set(classes))]


def _operation_module(
    service: Service, operation: Operation | None, renderer: Renderer
) -> str:
    """The models module of ``operation``, or the shared module for ``None``."""
    shared = shared_names(service)
    if operation is None:
        shapes = _shared_shapes(service)
        joined: frozenset[str] = frozenset()
        imports: list[str] = []
    else:
        shapes = _operation_shapes(operation, shared)
        joined = _joined_members(service, operation)
        imports = _shared_imports(operation, shared)
    classes = []
    for shape in shapes:
        if not shape.is_structure:
            continue
        if operation is not None and shape is operation.input:
            role = "request"
        elif operation is not None and shape is operation.output:
            role = "response"
        else:
            role = "structure"
        classes.append(
            _class_plan(shape, role, joined if role == "request" else frozenset())
        )
    # Nested classes first, so annotations read top-down like the data they decode.
    classes.sort(
        key=lambda plan: {"structure": 0, "request": 1, "response": 2}[plan.role]
    )
    enums = {}
    for shape in shapes:
        if has_enum_class(shape):
            assert shape.enum_class_name is not None
            enums[shape.enum_class_name] = shape
    planner = _Planner()
    unions = [
        _union_plan(shape, planner)
        for shape in sorted(
            (s for s in shapes if s.kind == "union"), key=union_decoder_name
        )
    ]
    fits: list[CheckFunction] = list(planner.functions.values())
    return renderer.render(
        "python/models/operation.py.j2",
        service=service,
        operation=operation,
        shared_module=SHARED_MODULE,
        shared_imports=imports,
        classes=classes,
        enums=[enums[name] for name in sorted(enums)],
        enum_map_lines=enum_map_lines,
        class_header=layout.class_header,
        signature=layout.signature,
        assign=layout.assign,
        uses_datetime=any(
            "datetime" in field.annotation for plan in classes for field in plan.fields
        ),
        uses_iterator=any(plan.listed_field for plan in classes),
        unions=unions,
        fits_functions=fits,
        fits_constants=[
            line
            for name, expression in sorted(planner.constants.items())
            for line in _constant_lines(name, expression)
        ],
        uses_files=any(
            "FileInput" in field.annotation for plan in classes for field in plan.fields
        ),
    )


def _validators_module(operation: Operation, renderer: Renderer) -> str:
    plan = plan_validators(operation.input, operation.output)
    return renderer.render(
        "python/validators/operation.py.j2",
        operation=operation,
        functions=plan.functions,
        constants=plan.constants,
        report=plan.report,
        roots=plan.roots,
        uses_files=any(
            "_files." in line for function in plan.functions for line in function.lines
        )
        or any('"file":true' in line for line in plan.report),
    )


def _runtime_files(service: Service, renderer: Renderer) -> list[OutputFile]:
    # The package's STS client (``sts_link``) speaks RPC, whatever the package's protocol.
    sts = _protocol(sts_link.sts_service()).runtime_files
    names = sorted({*COMMON_RUNTIME, *_protocol(service).runtime_files, *sts})
    files = []
    for name in names:
        text = renderer.read_verbatim(f"{RUNTIME_DIR}/{name}")
        files.append(
            OutputFile(f"{service.package}/_runtime/{name}", text, preformatted=True)
        )
    return files


def runtime_constant(renderer: Renderer, module: str, name: str) -> object:
    """A literal constant of a runtime module, read from its source (never imported
    here); ``frozenset({...})`` counts as a literal set."""
    tree = _parsed(renderer.read_verbatim(f"{RUNTIME_DIR}/{module}"))
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                value = node.value
                assert value is not None
                if (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Name)
                    and value.func.id == "frozenset"
                    and len(value.args) == 1
                ):
                    return frozenset(ast.literal_eval(value.args[0]))
                return ast.literal_eval(value)
    raise ValueError(f"runtime module {module} declares no {name}")


@functools.lru_cache(maxsize=32)
def _parsed(source: str) -> ast.Module:
    """A runtime module's syntax tree, parsed once: every operation's example tests ask
    for the same constants, and parsing a module costs milliseconds."""
    return ast.parse(source)


def runtime_exports(renderer: Renderer, module: str) -> list[str]:
    """The ``__all__`` of a runtime module."""
    exported = runtime_constant(renderer, module, "__all__")
    assert isinstance(exported, list)
    return sorted(exported)


def _render_service(service: Service, renderer: Renderer) -> Iterator[OutputFile]:
    """A service's files one at a time, so each can be written and let go of."""
    package = service.package
    context = {
        "service": service,
        "operations": service.operations,
        "module_name": module_name,
        "package_path": f"{renderer.root_package}.{package}",
        "model_exports": {
            op.name: model_exports(service, op) for op in service.operations
        },
        "shared_module": SHARED_MODULE,
        "shared_exports": model_exports(service, None),
        "error_names": runtime_exports(renderer, "errors.py"),
        "credential_names": runtime_exports(renderer, "credential_providers.py"),
        "retryable_codes": declared_retryability(service),
        "waiter_methods": python_waiters.waiter_methods(service),
        "paginators": python_pagination.plans(service),
        # Names a protocol's runtime adds to the package root: (name, module).
        "root_exports": (
            [("FilePart", "._runtime.rest_multipart")]
            if "rest_multipart.py" in _protocol(service).runtime_files
            else []
        ),
    }
    yield OutputFile(
        f"{package}/__init__.py",
        renderer.render("python/package_init.py.j2", **context),
    )
    yield OutputFile(f"{package}/py.typed", "")
    yield OutputFile(
        f"{package}/errors.py", renderer.render("python/errors.py.j2", **context)
    )
    yield OutputFile(
        f"{package}/credentials.py",
        renderer.render("python/credentials.py.j2", **context),
    )
    yield OutputFile(
        f"{package}/models/__init__.py",
        renderer.render("python/models/index.py.j2", **context),
    )
    yield OutputFile(
        f"{package}/validators/__init__.py",
        renderer.render("python/validators/index.py.j2", **context),
    )
    if service.shared_shapes:
        yield OutputFile(
            f"{package}/models/{SHARED_MODULE}.py",
            _operation_module(service, None, renderer),
        )
    for operation in service.operations:
        yield OutputFile(
            f"{package}/models/{module_name(operation)}.py",
            _operation_module(service, operation, renderer),
        )
        yield OutputFile(
            f"{package}/validators/{module_name(operation)}.py",
            _validators_module(operation, renderer),
        )
    yield from _protocol(service).render_files(service, renderer, context)
    yield from python_cli.render_files(service, renderer, context)
    yield from python_waiters.render_files(service, renderer, context)
    yield from _runtime_files(service, renderer)


def render(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
    yield OutputFile(
        "__init__.py", renderer.render("python/root_init.py.j2", services=services)
    )
    for service in services:
        yield from _render_service(service, renderer)
        # Role credentials call STS through the package's own generated STS client.
        yield from sts_link.render_files(service, renderer)
