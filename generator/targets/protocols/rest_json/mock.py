"""The REST/JSON offline server: routes by method and path, parameters read back by
their OpenAPI style (``_runtime/rest_params.py``, the client's own rules), the
operation's security checked by ``_mock/rest_service.py``."""

from __future__ import annotations

from typing import Any

from ...per_operation import PerOperation
from ....filters import py_literal, py_str
from ....model import Operation, Service, Shape
from ....render import OutputFile, Renderer
from ...example_data import served_examples
from ...python_code import module_name
from ...python_mock import MOCK_DIR
from ..alibaba_rpc.mock import MOCK_FILES as RPC_MOCK_FILES
from .python import full_path, operation_details, security_rows
from .shapes import shape_expression

MOCK_FILES = (*RPC_MOCK_FILES, "multipart.py", "rest_service.py")


def _route(service: Service, operation: Operation) -> dict[str, Any]:
    binding = operation.binding
    details = operation_details(operation)
    json_example, _ = served_examples(operation)
    parameters = [
        ", ".join(
            (
                py_str(p.member.wire_name),
                py_str(p.location),
                py_str(p.wire_name),
                py_str(p.style),
                str(details.explodes(p.wire_name)),
                shape_expression(p.member.shape),
            )
        )
        for p in binding.parameters
    ]
    return {
        "module": module_name(operation),
        "action": binding.name,
        "method": binding.method,
        "path": full_path(service, operation),
        "parameters": parameters,
        "security": security_rows(details.requirements, ""),
        "example": py_str(json_example.body) if json_example else "None",
        "status": details.success_status,
        "constants": [
            f"({py_str(c.name)}, {py_str(c.value)})" for c in binding.constants
        ],
    }


class RestMock:
    """The REST/JSON facet of the offline-server target."""

    def render_files(self, service: Service, renderer: Renderer) -> list[OutputFile]:
        package = service.package
        context = {
            "service": service,
            "package_path": f"{renderer.root_package}.{package}",
            "routes": PerOperation(
                service.operations, lambda op: _route(service, op)
            ).values(),
        }
        files = [
            OutputFile(
                f"{package}/mock/__init__.py",
                renderer.render("python/rest_json/mock_init.py.j2", **context),
            ),
            OutputFile(
                f"{package}/mock/__main__.py",
                renderer.render("python/alibaba_rpc/mock___main__.py.j2", **context),
            ),
            renderer.render_module(
                f"{package}/mock/actions.py",
                "python/rest_json/mock_actions.py.j2",
                **context,
            ),
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
