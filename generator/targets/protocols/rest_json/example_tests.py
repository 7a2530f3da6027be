"""Example tests of REST/JSON operations: each request example must read back, through
the offline server's style readers, to exactly its input, and the server must answer it
with the documented example."""

from __future__ import annotations

from collections.abc import Mapping

from ....filters import py_str
from ....model import Operation, Service
from ....render import Renderer
from ...example_data import identifiers, served_examples
from ...example_tests import call_arguments
from ...python_code import module_name
from .python import operation_details

# Client arguments the offline server (user "user", secret "secret") accepts, by scheme.
_CREDENTIALS = {
    "bearer": 'token="secret", ',
    "api_key": 'api_key="secret", ',
    "basic": 'username="user", password="secret", ',
}


def render_operation(service: Service, operation: Operation, renderer: Renderer) -> str:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    details = operation_details(operation)
    json_example, _ = served_examples(operation)
    security = details.security
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
        credentials=_CREDENTIALS[security[0].type] if security else "",
        example=py_str(json_example.body) if json_example else None,
        payload=operation.binding.response_payload,
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
