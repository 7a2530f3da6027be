"""The Alibaba ROA offline server: routes by method and path, parameters read back from
the path, query, headers and body, signatures V3 and legacy v1 checked by
``_mock/roa_auth.py``."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...per_operation import PerOperation
from ...mock_paging import mock_paging_lines
from ....filters import py_str
from ....model import HttpBinding, HttpParameter, Operation, Service
from ....render import OutputFile, Renderer
from ...example_data import served_examples
from ...python_code import module_name
from ...python_mock import (
    MOCK_DIR,
    error_example_lines,
    error_lines,
    error_table,
    errors_json,
    reader_lines,
    secret_lines,
)
from ...schema_answer import schema_answer
from ..alibaba_rpc.mock import MOCK_FILES as RPC_MOCK_FILES

# The server's code, copied from templates/python/mock: the shared HTTP server and
# RPC's tables it builds on, plus ROA's routing and signature checks.
MOCK_FILES = (*RPC_MOCK_FILES, "roa_auth.py", "roa_service.py")


@dataclass(frozen=True)
class RoutePlan:
    operation: Operation
    binding: HttpBinding
    module: str
    reader: str
    lines: tuple[str, ...]
    json_example: str | None
    required: tuple[str, ...]
    error_examples: tuple[str, ...]
    paging: tuple[str, ...] = ()  # ``paging=MockPaging(...),`` when it pages
    secret: tuple[str, ...] = ()  # ``secret=frozenset({...}),`` or nothing


def _located_reader(parameters: tuple[HttpParameter, ...], source: str) -> list[str]:
    if not parameters:
        return []
    lines = [f"params = {source}"]
    for parameter in parameters:
        lines.extend(reader_lines(parameter))
    return lines


def reader_body(binding: HttpBinding) -> list[str]:
    """Statements reading every parameter back into wire-shaped ``data``."""
    lines: list[str] = []
    lines += _located_reader(binding.located("path"), "request.path")
    lines += _located_reader(binding.located("query"), "request.query")
    # Header names arrive lower-cased.
    headers = tuple(
        replace(p, wire_name=p.wire_name.lower()) for p in binding.located("header")
    )
    lines += _located_reader(headers, "request.headers")
    fields = binding.located("body")
    if fields and binding.body_format == "form":
        lines.append("if isinstance(request.body, dict):")
        lines += ["    " + line for line in _located_reader(fields, "request.body")]
    elif fields:
        lines.append("if isinstance(request.body, dict):")
        for parameter in fields:
            key = py_str(parameter.wire_name)
            lines += [
                f"    if {key} in request.body:",
                f"        data[{py_str(parameter.member.wire_name)}] ="
                f" request.body[{key}]",
            ]
    for parameter in binding.located("payload"):
        lines += [
            "if request.body is not None:",
            f"    data[{py_str(parameter.member.wire_name)}] = request.body",
        ]
    return lines


def _route_plan(operation: Operation) -> RoutePlan:
    binding = operation.binding
    json_example, _ = served_examples(operation)
    # No documented answer: one made from the schema (None: the status is the answer).
    answer = json_example.body if json_example else schema_answer(operation)
    module = module_name(operation)
    return RoutePlan(
        operation=operation,
        binding=binding,
        module=module,
        reader=f"_read_{module}",
        lines=tuple(reader_body(binding)),
        json_example=py_str(answer) if answer is not None else None,
        required=tuple(
            py_str(p.member.wire_name) for p in binding.parameters if p.member.required
        ),
        error_examples=tuple(error_example_lines(operation)),
        paging=tuple(mock_paging_lines(operation)),
        # The query is what the server keeps of a request's parameters.
        secret=tuple(secret_lines(binding.located("query"))),
    )


def _service_files(service: Service, renderer: Renderer) -> list[OutputFile]:
    package = service.package
    errors = error_table(service)
    context = {
        "service": service,
        "package_path": f"{renderer.root_package}.{package}",
        "routes": PerOperation(service.operations, _route_plan).values(),
        "errors": errors,
        "error_lines": error_lines,
        "paged": any(operation.paging for operation in service.operations),
    }
    files = [
        OutputFile(
            f"{package}/mock/{name}.py",
            renderer.render(f"python/alibaba_rpc/mock_{name}.py.j2", **context),
        )
        for name in ("__init__", "__main__")
    ]
    files.append(
        renderer.render_module(
            f"{package}/mock/actions.py",
            "python/alibaba_roa/mock_actions.py.j2",
            **context,
        )
    )
    files.append(OutputFile(f"{package}/mock/errors.json", errors_json(errors)))
    for name in MOCK_FILES:
        files.append(
            OutputFile(
                f"{package}/_mock/{name}",
                renderer.read_verbatim(f"{MOCK_DIR}/{name}"),
                preformatted=True,
            )
        )
    return files


class RoaMock:
    """The Alibaba ROA facet of the offline-server target."""

    def render_files(self, service: Service, renderer: Renderer) -> list[OutputFile]:
        return _service_files(service, renderer)
