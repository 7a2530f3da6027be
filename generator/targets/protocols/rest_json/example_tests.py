"""Example tests of REST/JSON operations: each request example must read back, through
the offline server's style readers, to exactly its input, and the server must answer it
with the documented example."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ....filters import py_str
from ....model import Operation, Service
from ....render import Renderer
from ...example_data import identifiers, served_examples
from ...example_tests import call_arguments
from ...python_code import module_name
from .python import operation_details, shared_class

# Client arguments the offline server (user "user", secret "secret") accepts, by scheme.
_CREDENTIALS = {
    "bearer": 'token="secret", ',
    "api_key": 'api_key="secret", ',
    "basic": 'username="user", password="secret", ',
}


def status_key(status: int, declared: list[str]) -> str | None:
    """Which error entry an answer of ``status`` matches, as the client looks it up."""
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in declared:
            return key
    return None


def error_cases(service: Service, operation: Operation) -> list[dict[str, Any]]:
    details = operation_details(operation)
    shapes = {entry.status: entry.shape for entry in details.errors}
    names = identifiers([example.name for example in operation.examples.errors])
    cases = []
    for example, function in zip(operation.examples.errors, names):
        key = status_key(example.http_status, list(shapes))
        shape = shapes.get(key) if key else None
        cases.append(
            {
                "function": function,
                "status": example.http_status,
                "body": py_str(example.body),
                "code": example.code,
                "status_key": key,
                "model": shared_class(service, shape) if shape else None,
            }
        )
    return cases


def render_operation(service: Service, operation: Operation, renderer: Renderer) -> str:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    details = operation_details(operation)
    json_example, _ = served_examples(operation)
    # The first requirement's credentials (each of its schemes'); none when the
    # first is empty (credentials optional) or there is none.
    first = details.requirements[0] if details.requirements else ()
    return renderer.render(
        "python/rest_json/example_test.py.j2",
        package_path=f"{renderer.root_package}.{service.package}",
        client=f"{service.client_name}Client",
        operation=operation,
        module=module_name(operation),
        request_class=operation.input.class_name,
        response_class=operation.output.class_name,
        action=operation.binding.name,
        method=operation.binding.method,
        status=details.success_status,
        # The status member is filled from the answer, not from its body.
        status_entry=(
            f", {py_str(details.status_member)}: {details.success_status}"
            if details.status_member
            else ""
        ),
        credentials="".join(
            dict.fromkeys(_CREDENTIALS[scheme.type] for scheme in first)
        ),
        example=py_str(json_example.body) if json_example else None,
        payload=operation.binding.response_payload,
        errors=error_cases(service, operation),
        cases=[
            {
                "function": function,
                "call": call_arguments(
                    operation,
                    example.input if isinstance(example.input, Mapping) else {},
                ),
            }
            for example, function in zip(examples, names)
        ],
    )


class RestExampleTests:
    """The REST/JSON facet of the example-test target."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        return render_operation(service, operation, renderer)
