"""Example tests of Alibaba RPC operations: a request example must give a query that
carries exactly its parameters plus the common ones of v1 or V3 (checked by the offline
server's own verifier); response and error examples are the shared Alibaba cases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import layout
from ....model import HttpBinding, Operation, Service
from ....protocols.alibaba_rpc import is_anonymous
from ....render import Renderer
from ...example_data import identifiers, sent_input
from ...example_tests import (
    BODY,
    SIGNED_REQUEST_NAMES,
    RequestCase,
    answer_context,
    call_arguments,
    call_lines,
    test_signatures,
    testing_import,
    example_title,
)
from .wire_examples import documented_wire_params, expected_query
from ...python_mock import kept_params


def _request_cases(
    operation: Operation, binding: HttpBinding, client: str
) -> list[RequestCase]:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    response_class = f"models.{operation.output.class_name}"
    cases = []
    for example, function in zip(examples, names):
        given = example.input if isinstance(example.input, Mapping) else {}
        data = sent_input(operation, given)
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
                expected=tuple(
                    # mypy cannot infer the type of an empty dict literal
                    layout.literal(
                        params,
                        "expected = " if params else "expected: dict[str, str] = ",
                        indent=BODY,
                    )
                ),
                served_params=tuple(
                    layout.literal(
                        kept_params(binding.parameters, params),
                        "assert record.params == ",
                        indent=BODY,
                    )
                ),
                documented=(
                    tuple(layout.literal(wire, "documented = ", indent=BODY))
                    if wire
                    else None
                ),
            )
        )
    return cases


def _testing_names(context: dict[str, Any]) -> list[str]:
    """What a test module takes from ``_mock/testing.py``: only what it uses."""
    names = ["answer"] if context["requests"] or context["errors"] else []
    if context["requests"]:
        names += [*SIGNED_REQUEST_NAMES, "RecordingTransport", "incoming_request"]
        names += ["query_of", "V1_COMMON", "V3_HEADERS"]
    return names


def render_operation(service: Service, operation: Operation, renderer: Renderer) -> str:
    client = f"{service.client_name}Client"
    requests = _request_cases(operation, operation.binding, client)
    context = answer_context(service, operation, renderer, requests)
    package_path = context["package_path"]
    return renderer.render(
        "tests/operation_examples.py.j2",
        method=operation.binding.method,
        anonymous=is_anonymous(operation.binding),
        testing_import=testing_import(package_path, _testing_names(context)),
        **context,
    )


class RpcExampleTests:
    """The Alibaba RPC facet of the example-test target."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        return render_operation(service, operation, renderer)
