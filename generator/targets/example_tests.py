"""Generated tests from the spec's examples (Smithy's httpRequestTests/httpResponseTests,
botocore's protocol fixtures): one pytest module per operation.

- a request example gives a signed request whose query carries exactly the example's
  parameters plus the common parameters of signature v1 or V3;
- a JSON or XML response example parses to its values, field by field;
- an error example raises the typed error with its code, request id and fields;
- the offline server answers the request example with its documented example.

Everything is computed here; the template only lays it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..filters import py_literal, py_str
from ..model import JsonValue, Operation, Service, Shape, Text
from ..protocols.alibaba_rpc import RpcOperationBinding, RpcServiceBinding
from ..render import OutputFile, Renderer
from .example_assertions import datetime_literal, response_assertions
from .example_data import (
    error_fields,
    identifiers,
    response_data,
    served_examples,
)
from .python_package import module_name
from .rpc_examples import documented_wire_params, expected_query

SUPPORTED_PROTOCOLS = ("alibaba-rpc",)
REQUEST_ID = "RequestId"
# Mirrors the runtime's rule (errors.is_throttling_code): these raise ThrottlingError.
_THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "Throttling.User",
        "Throttling.Api",
        "Throttling.API",
        "ServiceUnavailable.Throttling",
        "RequestThrottled",
    }
)


def error_class(code: str) -> str:
    """The runtime error class an error code raises."""
    throttling = code in _THROTTLING_CODES or code.startswith("Throttling")
    return "ThrottlingError" if throttling else "ServiceError"


def _title(text: Text, fallback: str) -> str:
    return text.get("en") or fallback


@dataclass(frozen=True)
class RequestCase:
    name: str
    function: str
    title: str
    call: tuple[tuple[str, str], ...]  # (argument, Python expression)
    params: str  # literal of the expected operation parameters
    wire_params: str | None  # literal of the documented URL's pairs


@dataclass(frozen=True)
class ResponseCase:
    name: str
    function: str
    title: str
    format: str
    status: int
    body: str  # literal
    request_id: str | None  # literal
    assertions: tuple[str, ...]


@dataclass(frozen=True)
class ErrorCase:
    name: str
    function: str
    title: str
    format: str
    status: int
    body: str
    error_class: str
    checks: tuple[str, ...]  # comparisons of ``error``, one per assert


def argument_literal(shape: Shape, value: JsonValue) -> str:
    """A Python expression to pass ``value`` (wire-shaped) as a client argument."""
    if value is None:
        return "None"
    if (
        shape.kind == "string"
        and shape.format == "date-time"
        and shape.json_content is None
        and isinstance(value, str)
    ):
        return datetime_literal(value) or "None"
    if shape.kind == "array" and isinstance(value, list) and shape.items is not None:
        items = shape.items
        return "[" + ", ".join(argument_literal(items, item) for item in value) + "]"
    return py_literal(value)


def _call(
    operation: Operation, example_input: Mapping[str, JsonValue]
) -> tuple[tuple[str, str], ...]:
    return tuple(
        (
            member.python_name,
            argument_literal(member.shape, example_input[member.wire_name]),
        )
        for member in operation.input.members
        if member.wire_name in example_input
    )


def _request_cases(
    operation: Operation, binding: RpcOperationBinding
) -> list[RequestCase]:
    examples = operation.examples.requests
    names = identifiers([example.name for example in examples])
    cases = []
    for example, function in zip(examples, names):
        data = example.input if isinstance(example.input, Mapping) else {}
        wire = documented_wire_params(example.wire) if example.wire else None
        cases.append(
            RequestCase(
                name=example.name,
                function=function,
                title=_title(example.title, example.name),
                call=_call(operation, data),
                params=py_literal(expected_query(binding, data)),
                wire_params=py_literal(wire) if wire else None,
            )
        )
    return cases


def _response_cases(operation: Operation, expr: str) -> list[ResponseCase]:
    examples = operation.examples.responses
    names = identifiers([example.name for example in examples])
    cases = []
    for example, function in zip(examples, names):
        data = response_data(example, operation.output)
        assert isinstance(data, dict)
        request_id = data.get(REQUEST_ID)
        cases.append(
            ResponseCase(
                name=example.name,
                function=function,
                title=_title(example.title, example.name),
                format=example.format,
                status=example.http_status,
                body=py_str(example.body),
                request_id=py_str(request_id) if isinstance(request_id, str) else None,
                assertions=tuple(
                    response_assertions(
                        operation.output, data, expr, frozenset({REQUEST_ID})
                    )
                ),
            )
        )
    return cases


def _retryable(service: Service, operation: Operation, code: str) -> bool | None:
    for definition in (*operation.errors, *service.errors):
        if definition.code == code:
            return definition.retryable
    return None


def _error_cases(service: Service, operation: Operation) -> list[ErrorCase]:
    examples = operation.examples.errors
    names = identifiers([example.name for example in examples])
    cases = []
    for example, function in zip(examples, names):
        fields = error_fields(example)
        checks = [
            f"error.code == {py_str(example.code)}",
            f"error.http_status == {py_literal(example.http_status)}",
        ]
        for attribute, field in (
            ("request_id", "RequestId"),
            ("message", "Message"),
            ("host_id", "HostId"),
            ("recommend", "Recommend"),
        ):
            text = fields.get(field)
            # The client turns empty fields into None (and an absent Message into "").
            if text:
                checks.append(f"error.{attribute} == {py_str(text)}")
            elif attribute == "message":
                checks.append('error.message == ""')
            else:
                checks.append(f"error.{attribute} is None")
        retryable = _retryable(service, operation, example.code)
        if retryable is not None:
            checks.append(f"error.retryable is {py_literal(retryable)}")
        cases.append(
            ErrorCase(
                name=example.name,
                function=function,
                title=_title(example.title, example.name),
                format=example.format,
                status=example.http_status,
                body=py_str(example.body),
                error_class=error_class(example.code),
                checks=tuple(checks),
            )
        )
    return cases


def _served_checks(
    operation: Operation, responses: Sequence[ResponseCase]
) -> dict[str, str]:
    """Per format, the check function of the example the offline server answers with."""
    json_example, xml_example = served_examples(operation)
    by_name = {case.name: case.function for case in responses}
    served: dict[str, str] = {}
    if json_example is not None:
        served["json"] = by_name[json_example.name]
    if xml_example is not None:
        served["xml"] = by_name[xml_example.name]
    # The server derives a format the spec does not document from the other one.
    if "json" in served:
        served.setdefault("xml", served["json"])
    if "xml" in served:
        served.setdefault("json", served["xml"])
    return served


def _minimal_bodies(operation: Operation) -> dict[str, str]:
    """A 200 body per format for request tests: the served example, else a bare one."""
    json_example, xml_example = served_examples(operation)
    root = f"{operation.name}Response"
    return {
        "json": py_str(json_example.body if json_example else '{"RequestId": "0"}'),
        "xml": py_str(
            xml_example.body
            if xml_example
            else f"<{root}><RequestId>0</RequestId></{root}>"
        ),
    }


def _operation_file(
    service: Service, operation: Operation, renderer: Renderer
) -> OutputFile:
    binding, service_binding = operation.binding, service.binding
    assert isinstance(binding, RpcOperationBinding)
    assert isinstance(service_binding, RpcServiceBinding)
    requests = _request_cases(operation, binding)
    responses = _response_cases(operation, "response")
    text = renderer.render(
        "tests/operation_examples.py.j2",
        service=service,
        operation=operation,
        binding=binding,
        method=binding.method or service_binding.methods[0],
        package_path=f"{renderer.root_package}.{service.package}",
        requests=requests,
        call=requests[0].call if requests else None,
        responses=responses,
        errors=_error_cases(service, operation),
        served=_served_checks(operation, responses),
        bodies=_minimal_bodies(operation),
        documented_request_ids="["
        + ", ".join(sorted({case.request_id for case in responses if case.request_id}))
        + "]",
        uses_datetime=any(
            "datetime(" in line for case in responses for line in case.assertions
        )
        or any("datetime(" in expr for case in requests for _, expr in case.call),
        has_structures=any(
            "models." in line for case in responses for line in case.assertions
        ),
    )
    path = f"tests/{service.package}/test_{module_name(operation)}_examples.py"
    return OutputFile(path, text)


def render(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
    files: list[OutputFile] = []
    for service in services:
        if service.protocol not in SUPPORTED_PROTOCOLS:
            continue
        if not files:
            files.append(
                OutputFile(
                    "tests/__init__.py",
                    '"""Tests generated from the specs\' examples; do not edit."""\n',
                )
            )
        files.append(
            OutputFile(
                f"tests/{service.package}/__init__.py",
                f'"""Example tests of {service.package}; generated, do not edit."""\n',
            )
        )
        for operation in service.operations:
            files.append(_operation_file(service, operation, renderer))
    return files
