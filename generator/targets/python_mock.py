"""The generated offline server: ``<package>/mock`` (per-service tables) and ``_mock``.

Per operation, generated from the spec: how each parameter is read back from the query
(by its style and shape), which members are required, which validator judges the
request, which documented example answers it. Written once and copied: ``_mock`` (the
HTTP server, signature checks, faults, error bodies), plain tested Python under
``templates/python/mock``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import layout
from ..filters import py_literal, py_str
from ..model import ErrorDefinition, Operation, Service
from ..model import HttpBinding, HttpParameter
from ..render import OutputFile, Renderer
from .example_data import served_examples, xml_root_tag
from .python_code import xml_descriptor
from .python_package import module_name

MOCK_DIR = "python/mock"
MOCK_FILES = (
    "__init__.py",
    "auth.py",
    "cli.py",
    "faults.py",
    "replies.py",
    "server.py",
    "service.py",
    "testing.py",
    "wire.py",
)
SUPPORTED_PROTOCOLS = ("alibaba-rpc",)


# Where the reader's statements sit: a function body, and inside its ``if``.
BODY = 4


def _read_call(
    target: str, function: str, arguments: list[str], literal: object, *, indent: int
) -> list[str]:
    """``target = function(arguments..., literal)``, the literal split if need be."""
    lines = layout.assign_call(
        target, function, [*arguments, py_literal(literal)], indent=indent
    )
    if all(layout.fits(line, indent) for line in lines):
        return lines
    return [
        f"{target} = {function}(",
        *(f"{layout.INDENT}{argument}," for argument in arguments),
        *layout.indented(layout.literal(literal, "", ",", indent=indent + 4)),
        ")",
    ]


def reader_lines(parameter: HttpParameter) -> tuple[str, ...]:
    """Statements adding one parameter, read back from ``params``, to ``data``."""
    query_name = py_str(parameter.wire_name)
    member = py_str(parameter.member.wire_name)
    target = f"data[{member}]"
    shape = parameter.member.shape
    if parameter.style in ("repeat_list", "flat"):
        local = f"v_{parameter.member.python_name}"
        return (
            *_read_call(
                local,
                "_w.nested",
                ["params", query_name],
                xml_descriptor(shape),
                indent=BODY,
            ),
            f"if {local} is not None:",
            *layout.indented(layout.assign(target, local, indent=BODY + 4)),
        )
    raw = f"params[{query_name}]"
    if parameter.style == "comma":
        assert shape.items is not None
        value = _read_call(
            target, "_w.comma", [raw], xml_descriptor(shape.items), indent=BODY + 4
        )
    elif parameter.style == "json":
        value = layout.assign_call(target, "_w.json_value", [raw], indent=BODY + 4)
    elif shape.kind == "string" or shape.json_content is not None:
        value = layout.assign(target, raw, indent=BODY + 4)
    else:
        value = _read_call(
            target, "_w.scalar", [raw], xml_descriptor(shape), indent=BODY + 4
        )
    return (f"if {query_name} in params:", *layout.indented(value))


@dataclass(frozen=True)
class ActionPlan:
    operation: Operation
    binding: HttpBinding
    module: str
    reader: str
    lines: tuple[str, ...]
    json_example: str | None  # literals
    xml_example: str | None
    root_tag: str
    imports: tuple[str, ...]
    signature: tuple[str, ...]
    required: tuple[str, ...]  # ``required=(...),`` inside MockAction(...)


def _action_plan(operation: Operation) -> ActionPlan:
    binding = operation.binding
    assert isinstance(binding, HttpBinding)
    json_example, xml_example = served_examples(operation)
    root_tag = (
        xml_root_tag(xml_example.body) if xml_example else f"{binding.name}Response"
    )
    lines: list[str] = []
    for parameter in binding.parameters:
        lines.extend(reader_lines(parameter))
    module = module_name(operation)
    reader = f"_read_{module}"
    required = [
        py_str(parameter.member.wire_name)
        for parameter in binding.parameters
        if parameter.member.required
    ]
    return ActionPlan(
        operation=operation,
        binding=binding,
        module=module,
        reader=reader,
        lines=tuple(lines),
        json_example=py_str(json_example.body) if json_example else None,
        xml_example=py_str(xml_example.body) if xml_example else None,
        root_tag=root_tag,
        imports=(
            *layout.import_from(
                f"..models.{module}", [f"_XML_{operation.output.class_name}"]
            ),
            *layout.import_from("..validators", [f"{module} as _validators_{module}"]),
        ),
        signature=tuple(
            layout.signature(reader, ["params: Mapping[str, str]"], "dict[str, Any]")
        ),
        required=tuple(
            layout.collection("required=(", required, "),", indent=12, one_tuple=True)
            if len(required) < 2
            else layout.exploded("required=(", required, "),")
        ),
    )


def error_lines(error: ErrorDefinition) -> list[str]:
    """One ``"Code": ErrorTemplate(status, message),`` entry of the error table."""
    arguments = [str(error.http_status or 400), py_str(error.message or "")]
    return layout.call(
        f"{py_str(error.code)}: ErrorTemplate(", arguments, "),", indent=8
    )


def error_table(service: Service) -> list[ErrorDefinition]:
    """Every documented error with a message, service-wide ones first, one per code."""
    seen: dict[str, ErrorDefinition] = {}
    for definition in service.errors:
        seen.setdefault(definition.code, definition)
    for operation in service.operations:
        for definition in operation.errors:
            seen.setdefault(definition.code, definition)
    return [d for d in seen.values() if d.message]


def _service_files(service: Service, renderer: Renderer) -> list[OutputFile]:
    package = service.package
    context = {
        "service": service,
        "package_path": f"{renderer.root_package}.{package}",
        "actions": [_action_plan(operation) for operation in service.operations],
        "errors": error_table(service),
        "error_lines": error_lines,
    }
    files = [
        OutputFile(
            f"{package}/mock/{name}.py",
            renderer.render(f"python/alibaba_rpc/mock_{name}.py.j2", **context),
        )
        for name in ("__init__", "__main__", "actions")
    ]
    for name in MOCK_FILES:
        files.append(
            OutputFile(
                f"{package}/_mock/{name}",
                renderer.read_verbatim(f"{MOCK_DIR}/{name}"),
                preformatted=True,
            )
        )
    return files


def render(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
    files: list[OutputFile] = []
    for service in services:
        if service.protocol in SUPPORTED_PROTOCOLS:
            files.extend(_service_files(service, renderer))
    return files
