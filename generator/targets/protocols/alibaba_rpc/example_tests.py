"""Example tests of Alibaba RPC operations: a request example must give a query that
carries exactly its parameters plus the common ones of v1 or V3 (checked by the offline
server's own verifier); response and error examples are the shared Alibaba cases."""

from __future__ import annotations

from collections.abc import Mapping

from ... import layout
from ....model import HttpBinding, Operation, Service
from ....render import Renderer
from ...example_data import identifiers
from ...example_tests import (
    BODY,
    RequestCase,
    call_arguments,
    call_lines,
    error_cases,
    minimal_bodies,
    request_ids_lines,
    response_cases,
    served_checks,
    served_checks_lines,
    test_signatures,
    example_title,
)
from ...python_package import runtime_constant
from .wire_examples import documented_wire_params, expected_query


def _request_cases(
    operation: Operation, binding: HttpBinding, client: str
) -> list[RequestCase]:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    response_class = f"models.{operation.output.class_name}"
    cases = []
    for example, function in zip(examples, names):
        data = example.input if isinstance(example.input, Mapping) else {}
        wire = documented_wire_params(example.wire) if example.wire else None
        params = expected_query(binding, data)
        cases.append(
            RequestCase(
                name=example.name,
                function=function,
                title=example_title(example.title, example.name),
                call=call_arguments(operation, data),
                call_lines=tuple(call_lines(operation, data)),
                signatures=test_signatures(function, client, response_class),
                expected=tuple(layout.literal(params, "expected = ", indent=BODY)),
                served_params=tuple(
                    layout.literal(params, "assert record.params == ", indent=BODY)
                ),
                documented=(
                    tuple(layout.literal(wire, "documented = ", indent=BODY))
                    if wire
                    else None
                ),
            )
        )
    return cases


def render_operation(service: Service, operation: Operation, renderer: Renderer) -> str:
    binding = operation.binding
    client = f"{service.client_name}Client"
    package_path = f"{renderer.root_package}.{service.package}"
    requests = _request_cases(operation, binding, client)
    responses = response_cases(operation, "response")
    codes = runtime_constant(renderer, "errors.py", "THROTTLING_CODES")
    assert isinstance(codes, frozenset)
    errors = error_cases(service, operation, codes)
    response_class = f"models.{operation.output.class_name}"
    text = renderer.render(
        "tests/operation_examples.py.j2",
        service=service,
        operation=operation,
        binding=binding,
        client=client,
        response_class=response_class,
        method=binding.method,
        package_path=package_path,
        testing_import=layout.import_from(
            f"{package_path}._mock.testing",
            ["RecordingTransport", "incoming_request", "query_of"],
        ),
        requests=requests,
        call=requests[0].call if requests else None,
        responses=responses,
        errors=errors,
        served_checks=served_checks_lines(
            response_class, served_checks(operation, responses)
        ),
        body_constants=[
            *((case.body_name, case.body) for case in responses),
            *((case.body_name, case.body) for case in errors),
        ],
        ok_bodies=minimal_bodies(operation, responses),
        request_ids=request_ids_lines(responses),
        uses_datetime=any(
            "datetime(" in line for case in responses for line in case.assertions
        )
        or any("datetime(" in expr for case in requests for _, expr in case.call),
        has_structures=any(
            "models." in line for case in responses for line in case.assertions
        ),
    )
    return text


class RpcExampleTests:
    """The Alibaba RPC facet of the example-test target."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        return render_operation(service, operation, renderer)
