"""Example tests of Alibaba ROA operations: a request example must give exactly its
path, query and body, signed so that the offline server's verifier accepts it; response
and error examples are the shared Alibaba cases."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from ... import layout
from ....filters import py_literal
from ....model import HttpBinding, JsonValue, Operation, Service
from ....render import Renderer
from ...example_data import identifiers, sent_input
from ...example_tests import (
    BODY,
    SIGNED_REQUEST_NAMES,
    RequestCase,
    parses_json_payload,
    answer_context,
    call_arguments,
    call_lines,
    example_title,
    test_signatures,
    testing_import,
)
from .wire_examples import expected_form_pairs, expected_path, expected_query_pairs


@dataclass(frozen=True)
class RoaRequestCase:
    case: RequestCase
    path: str
    body: str | None  # a Python literal of the JSON body, or None for no body
    form: str | None = None  # a Python literal of the form body's fields


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
    cases = []
    for example, function in zip(examples, names):
        given = example.input if isinstance(example.input, Mapping) else {}
        data = sent_input(operation, given)
        query = expected_query_pairs(binding, data)
        form = binding.body_format == "form" and bool(binding.located("body"))
        body = None if form else expected_body(binding, data)
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
                form=py_literal(expected_form_pairs(binding, data)) if form else None,
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
    client = f"{service.client_name}Client"
    requests = _request_cases(operation, operation.binding, client)
    context = answer_context(
        service,
        operation,
        renderer,
        [request.case for request in requests],
        request_id_member(operation),
    )
    names = ["answer"] if requests or context["errors"] else []
    if requests:
        names += [*SIGNED_REQUEST_NAMES, "RecordingTransport"]
    return renderer.render(
        "tests/roa_operation_examples.py.j2",
        roa_requests=requests,
        # A JSON request body is compared as data; a JSON answer that is one payload
        # member is parsed into it (``_parse_lines``).
        uses_json=any(r.form is None and r.body is not None for r in requests)
        or any(
            parses_json_payload(operation, case.format) for case in context["responses"]
        ),
        testing_import=testing_import(context["package_path"], names),
        **context,
    )


class RoaExampleTests:
    """The Alibaba ROA facet of the example-test target."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        return render_operation(service, operation, renderer)
