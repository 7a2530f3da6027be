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

from ..filters import py_literal, py_str
from ..model import ErrorDefinition, Operation, Service
from ..protocols.alibaba_rpc import RpcOperationBinding, RpcParameter
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


def reader_lines(parameter: RpcParameter) -> tuple[str, ...]:
    """Statements adding one parameter, read back from ``params``, to ``data``."""
    query_name = py_str(parameter.wire_name)
    member = py_str(parameter.member.wire_name)
    shape = parameter.member.shape
    if parameter.style in ("repeat_list", "flat"):
        local = f"v_{parameter.member.python_name}"
        return (
            f"{local} = _w.nested(params, {query_name}, {py_literal(xml_descriptor(shape))})",
            f"if {local} is not None:",
            f"    data[{member}] = {local}",
        )
    raw = f"params[{query_name}]"
    if parameter.style == "comma":
        assert shape.items is not None
        value = f"_w.comma({raw}, {py_literal(xml_descriptor(shape.items))})"
    elif parameter.style == "json":
        value = f"_w.json_value({raw})"
    elif shape.kind == "string" or shape.json_content is not None:
        value = raw
    else:
        value = f"_w.scalar({raw}, {py_literal(xml_descriptor(shape))})"
    return (f"if {query_name} in params:", f"    data[{member}] = {value}")


@dataclass(frozen=True)
class ActionPlan:
    operation: Operation
    binding: RpcOperationBinding
    module: str
    reader: str
    lines: tuple[str, ...]
    json_example: str | None  # literals
    xml_example: str | None
    root_tag: str


def _action_plan(operation: Operation) -> ActionPlan:
    binding = operation.binding
    assert isinstance(binding, RpcOperationBinding)
    json_example, xml_example = served_examples(operation)
    root_tag = (
        xml_root_tag(xml_example.body) if xml_example else f"{binding.action}Response"
    )
    lines: list[str] = []
    for parameter in binding.parameters:
        lines.extend(reader_lines(parameter))
    return ActionPlan(
        operation=operation,
        binding=binding,
        module=module_name(operation),
        reader=f"_read_{module_name(operation)}",
        lines=tuple(lines),
        json_example=py_str(json_example.body) if json_example else None,
        xml_example=py_str(xml_example.body) if xml_example else None,
        root_tag=root_tag,
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
