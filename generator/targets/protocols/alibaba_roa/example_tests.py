"""Example tests of Alibaba ROA operations: a request example must give exactly its
path, query and body, signed so that the offline server's verifier accepts it; response
and error examples are the shared Alibaba cases."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import quote

from ... import layout
from ....filters import py_literal
from ....model import HttpBinding, JsonValue, Operation, Service
from ....render import Renderer
from ...example_data import identifiers
from ...example_tests import (
    BODY,
    RequestCase,
    call_arguments,
    call_lines,
    error_cases,
    example_title,
    minimal_bodies,
    request_ids_lines,
    response_cases,
    served_checks,
    served_checks_lines,
    test_signatures,
)
from ...python_package import runtime_constant
from ..alibaba_rpc.wire_examples import expected_query, scalar_text


@dataclass(frozen=True)
class RoaRequestCase:
    case: RequestCase
    path: str
    body: str | None  # a Python literal of the JSON body, or None for no body

    def __getattr__(self, name: str) -> object:
        return getattr(self.case, name)


def expected_path(binding: HttpBinding, data: Mapping[str, JsonValue]) -> str:
    """The template with each variable's value percent-encoded, ``/`` included."""
    path = binding.path
    for parameter in binding.located("path"):
        value = scalar_text(parameter.member.shape, data[parameter.member.wire_name])
        path = path.replace(f"{{{parameter.wire_name}}}", quote(value, safe="~"))
    return path


def expected_body(
    binding: HttpBinding, data: Mapping[str, JsonValue]
) -> JsonValue | None:
    payload = binding.located("payload")
    if payload:
        return data.get(payload[0].member.wire_name)
    fields = binding.located("body")
    if not fields:
        return None
    return {
        p.wire_name: data[p.member.wire_name]
        for p in fields
        if data.get(p.member.wire_name) is not None
    }


def _request_cases(
    operation: Operation, binding: HttpBinding, client: str
) -> list[RoaRequestCase]:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    response_class = f"models.{operation.output.class_name}"
    query_binding = replace(binding, parameters=binding.located("query"))
    cases = []
    for example, function in zip(examples, names):
        data = example.input if isinstance(example.input, Mapping) else {}
        query = expected_query(query_binding, data)
        body = expected_body(binding, data)
        cases.append(
            RoaRequestCase(
                case=RequestCase(
                    name=example.name,
                    function=function,
                    title=example_title(example.title, example.name),
                    call=call_arguments(operation, data),
                    call_lines=tuple(call_lines(operation, data)),
                    signatures=test_signatures(function, client, response_class),
                    expected=tuple(
                        layout.literal(
                            query, "expected: dict[str, str] = ", indent=BODY
                        )
                    ),
                    served_params=(),
                    documented=None,
                ),
                path=expected_path(binding, data),
                body=(
                    None if body is None else py_literal(json.loads(json.dumps(body)))
                ),
            )
        )
    return cases


def request_id_member(operation: Operation) -> str | None:
    """The output member an ROA answer carries its request id in, if it declares one."""
    names = {member.wire_name for member in operation.output.members}
    return next(
        (name for name in ("request_id", "requestId", "RequestId") if name in names),
        None,
    )


def render_operation(service: Service, operation: Operation, renderer: Renderer) -> str:
    binding = operation.binding
    client = f"{service.client_name}Client"
    package_path = f"{renderer.root_package}.{service.package}"
    requests = _request_cases(operation, binding, client)
    responses = response_cases(operation, "response", request_id_member(operation))
    codes = runtime_constant(renderer, "errors.py", "THROTTLING_CODES")
    assert isinstance(codes, frozenset)
    errors = error_cases(service, operation, codes)
    response_class = f"models.{operation.output.class_name}"
    return renderer.render(
        "tests/roa_operation_examples.py.j2",
        service=service,
        operation=operation,
        binding=binding,
        client=client,
        response_class=response_class,
        package_path=package_path,
        requests=requests,
        call=requests[0].case.call if requests else None,
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
        or any("datetime(" in expr for case in requests for _, expr in case.case.call),
        has_structures=any(
            "models." in line for case in responses for line in case.assertions
        ),
    )


class RoaExampleTests:
    """The Alibaba ROA facet of the example-test target."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        return render_operation(service, operation, renderer)
