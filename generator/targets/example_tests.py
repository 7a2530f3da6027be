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

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import layout
from ..filters import py_literal, py_str
from ..model import JsonValue, Operation, Service, Shape, Text
from ..render import OutputFile, Renderer
from .retryability import declared_retryability
from .example_assertions import datetime_literal, response_assertions
from .example_data import (
    error_fields,
    identifiers,
    response_data,
    served_examples,
)
from .python_code import module_name
from .python_package import runtime_constant

REQUEST_ID = "RequestId"


def error_class(code: str, throttling_codes: frozenset[str]) -> str:
    """The runtime error class an error code raises (errors.is_throttling_code's rule;
    the list of codes is read from the runtime's source, so it is kept in one place)."""
    throttling = code in throttling_codes or code.startswith("Throttling")
    return "ThrottlingError" if throttling else "ServiceError"


def example_title(text: Text, fallback: str) -> str:
    return text.get("en") or fallback


# Where the template puts statements: function bodies, and the ``with`` inside them.
BODY = 4
NESTED = 8


@dataclass(frozen=True)
class RequestCase:
    name: str
    function: str
    title: str
    call: tuple[tuple[str, str], ...]  # (argument, Python expression)
    # Laid-out lines (see ``layout``) of the statements the template writes.
    call_lines: tuple[str, ...]  # return client.operation(...)
    signatures: dict[str, tuple[str, ...]]  # by function: its ``def``
    expected: tuple[str, ...]  # expected = {...}
    served_params: tuple[str, ...]  # assert record.params == {...}
    documented: tuple[str, ...] | None  # documented = {...} (the URL's pairs)


@dataclass(frozen=True)
class ResponseCase:
    name: str
    function: str
    title: str
    format: str
    status: int
    body: str  # literal
    body_name: str  # the module constant holding it
    request_id: str | None  # literal
    request_id_check: tuple[str, ...]  # assert response.request_id == ...
    assertions: tuple[str, ...]
    signature: tuple[str, ...]  # def check_...(response) -> None:
    answer: tuple[str, ...]  # transport = RecordingTransport(answer(...))
    parse: tuple[str, ...]  # response = models.X.from_...(...)


@dataclass(frozen=True)
class ErrorCase:
    name: str
    function: str
    title: str
    format: str
    status: int
    body: str
    body_name: str
    error_class: str
    checks: tuple[str, ...]  # assert lines about ``error``
    answer: tuple[str, ...]  # transport = RecordingTransport(answer(...))
    parse: tuple[str, ...]  # error = error_from_response(...)


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


def call_arguments(
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


def _argument_lines(shape: Shape, name: str, value: JsonValue) -> list[str]:
    """``name=value,`` as one exploded argument of the client call."""
    expression = argument_literal(shape, value)
    if layout.fits(f"{name}={expression},", NESTED):
        return [f"{name}={expression},"]
    if shape.kind == "array" and isinstance(value, list) and shape.items is not None:
        items = [argument_literal(shape.items, item) for item in value]
        return layout.collection(f"{name}=[", items, "],", indent=NESTED)
    if expression.startswith("datetime("):
        arguments = layout.split_top_level(expression[len("datetime(") : -1], ", ")
        return layout.call(f"{name}=datetime(", arguments, "),", indent=NESTED)
    return layout.literal(value, f"{name}=", ",", indent=NESTED)


def call_lines(
    operation: Operation, example_input: Mapping[str, JsonValue]
) -> list[str]:
    method = f"return client.{operation.python_name}("
    arguments = [
        line
        for member in operation.input.members
        if member.wire_name in example_input
        for line in _argument_lines(
            member.shape, member.python_name, example_input[member.wire_name]
        )
    ]
    if not arguments:
        return [f"{method})"]
    return [method, *layout.indented(arguments), ")"]


def test_signatures(
    function: str, client: str, response_class: str
) -> dict[str, tuple[str, ...]]:
    parameters = ['signature_version: Literal["v1", "v3"]', "response_format: str"]
    return {
        "call": tuple(
            layout.signature(f"_call_{function}", [f"client: {client}"], response_class)
        ),
        "request": tuple(
            layout.signature(f"test_request_{function}", parameters, "None")
        ),
        "mock": tuple(
            layout.signature(f"test_mock_answers_{function}", parameters, "None")
        ),
    }


def _answer_lines(status: int, response_format: str, body: str) -> list[str]:
    """``transport = RecordingTransport(answer(...))`` in the body of a test."""
    arguments = [str(status), py_str(response_format), body]
    line = f"transport = RecordingTransport(answer({', '.join(arguments)}))"
    if layout.fits(line, BODY):
        return [line]
    inner = layout.call("answer(", arguments, ")", indent=BODY + 4)
    return ["transport = RecordingTransport(", *layout.indented(inner), ")"]


def response_cases(
    operation: Operation, expr: str, request_id_member: str | None = REQUEST_ID
) -> list[ResponseCase]:
    """``request_id_member``: the output member carrying the request id (its value is
    fresh on every answer, so it is checked apart); None when the output has none."""
    examples = operation.examples.responses
    names = identifiers([example.name for example in examples])
    response_class = f"models.{operation.output.class_name}"
    cases = []
    for example, function in zip(examples, names):
        data = response_data(
            example, operation.output, operation.binding.response_payload
        )
        assert isinstance(data, dict)
        request_id = data.get(request_id_member) if request_id_member else None
        python_id = next(
            (
                m.python_name
                for m in operation.output.members
                if m.wire_name == request_id_member
            ),
            "request_id",
        )
        body_name = f"RESPONSE_{function.upper()}"
        cases.append(
            ResponseCase(
                name=example.name,
                function=function,
                title=example_title(example.title, example.name),
                format=example.format,
                status=example.http_status,
                body=py_str(example.body),
                body_name=body_name,
                request_id=py_str(request_id) if isinstance(request_id, str) else None,
                request_id_check=(
                    tuple(
                        layout.assert_compare(
                            f"response.{python_id}",
                            "==",
                            (
                                py_str(request_id)
                                if isinstance(request_id, str)
                                else "None"
                            ),
                            indent=BODY,
                        )
                    )
                    if request_id_member
                    else ()
                ),
                assertions=tuple(
                    response_assertions(
                        operation.output,
                        data,
                        expr,
                        frozenset({request_id_member} if request_id_member else ()),
                    )
                ),
                signature=tuple(
                    layout.signature(
                        f"check_{function}", [f"response: {response_class}"], "None"
                    )
                ),
                answer=tuple(
                    _answer_lines(example.http_status, example.format, body_name)
                ),
                parse=_parse_lines(operation, example.format, body_name),
            )
        )
    return cases


def parses_json_payload(operation: Operation, fmt: str) -> bool:
    """Whether a documented ``fmt`` answer is parsed with ``json.loads`` into the one
    output member that is the whole body (an ROA payload), see ``_parse_lines``."""
    return operation.binding.response_payload is not None and fmt == "json"


def _parse_lines(operation: Operation, fmt: str, body_name: str) -> tuple[str, ...]:
    """``response = ...``: the documented body parsed as the client parses it. A body
    that is one output member (an ROA payload) is that member's value, not an object."""
    response_class = f"models.{operation.output.class_name}"
    payload = operation.binding.response_payload
    if payload is not None and parses_json_payload(operation, fmt):
        wire = f"{{{py_str(payload)}: json.loads({body_name})}}"
        return tuple(
            layout.assign_call(
                "response",
                f"{response_class}.from_wire",
                [wire, '""', "None"],
                indent=BODY,
            )
        )
    return tuple(
        layout.assign_call(
            "response", f"{response_class}.from_{fmt}", [body_name], indent=BODY
        )
    )


def _retryable(service: Service, operation: Operation, code: str) -> bool | None:
    """What the client's table (``declared_retryability``) says for ``code``."""
    table = declared_retryability(service)
    return table.get(f"{operation.binding.name}:{code}", table.get(code))


def error_cases(
    service: Service, operation: Operation, throttling_codes: frozenset[str]
) -> list[ErrorCase]:
    examples = operation.examples.errors
    names = identifiers([example.name for example in examples])
    cases = []
    for example, function in zip(examples, names):
        fields = error_fields(example)
        checks = [
            ("error.code", "==", py_str(example.code)),
            ("error.http_status", "==", py_literal(example.http_status)),
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
                checks.append((f"error.{attribute}", "==", py_str(text)))
            elif attribute == "message":
                checks.append(("error.message", "==", '""'))
            else:
                checks.append((f"error.{attribute}", "is", "None"))
        retryable = _retryable(service, operation, example.code)
        if retryable is not None:
            checks.append(("error.retryable", "is", py_literal(retryable)))
        body_name = f"ERROR_{function.upper()}"
        answer = f"answer({example.http_status}, {py_str(example.format)}, {body_name})"
        cases.append(
            ErrorCase(
                name=example.name,
                function=function,
                title=example_title(example.title, example.name),
                format=example.format,
                status=example.http_status,
                body=py_str(example.body),
                body_name=body_name,
                error_class=error_class(example.code, throttling_codes),
                checks=tuple(
                    line
                    for left, operator, right in checks
                    for line in layout.assert_compare(
                        left, operator, right, indent=BODY
                    )
                ),
                answer=tuple(
                    _answer_lines(example.http_status, example.format, body_name)
                ),
                parse=tuple(
                    layout.assign_call(
                        "error", "error_from_response", [answer, "ACTION"], indent=BODY
                    )
                ),
            )
        )
    return cases


def served_checks(
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


def minimal_bodies(
    operation: Operation, responses: Sequence[ResponseCase]
) -> list[str]:
    """Lines of ``OK_BODIES``, a 200 body per format for request tests: the served
    example (by the name of its constant), else a bare one."""
    json_example, xml_example = served_examples(operation)
    root = f"{operation.name}Response"
    constants = {case.name: case.body_name for case in responses}
    json_body = (
        constants[json_example.name] if json_example else py_str('{"RequestId": "0"}')
    )
    xml_body = (
        constants[xml_example.name]
        if xml_example
        else py_str(f"<{root}><RequestId>0</RequestId></{root}>")
    )
    return layout.collection(
        "OK_BODIES = {", [f'"json": {json_body}', f'"xml": {xml_body}'], "}"
    )


def request_ids_lines(responses: Sequence[ResponseCase]) -> list[str]:
    """``DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset([...])``."""
    ids = sorted({case.request_id for case in responses if case.request_id})
    head = "DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset("
    listed = layout.collection("[", ids, "]", indent=len(layout.INDENT))
    if len(listed) == 1 and layout.fits(f"{head}{listed[0]})"):
        return [f"{head}{listed[0]})"]
    return [head, *layout.indented(listed), ")"]


def served_checks_lines(response_class: str, served: dict[str, str]) -> list[str]:
    """``SERVED_CHECKS: dict[str, Callable[[X], None]] = {format: check, ...}``, one
    entry a line; black splits the annotation when the line up to ``{`` is too long."""
    annotation = f"Callable[[{response_class}], None]"
    entries = [f"{py_str(key)}: check_{function}," for key, function in served.items()]
    line = f"SERVED_CHECKS: dict[str, {annotation}] = {{"
    if not entries:
        return [f"{line}}}"]
    if layout.fits(line):
        head = [line]
    else:
        head = ["SERVED_CHECKS: dict[", f"{layout.INDENT}str, {annotation}", "] = {"]
    return [*head, *layout.indented(entries), "}"]


# What a test module with request examples takes from ``_mock/testing.py``.
SIGNED_REQUEST_NAMES = (
    "ACCESS_KEY_ID",
    "ACCESS_KEY_SECRET",
    "example_client",
    "no_sleep",
)


def testing_import(package_path: str, names: Sequence[str]) -> list[str]:
    """``from <package>._mock.testing import ...`` of ``names`` (sorted), or nothing."""
    if not names:
        return []
    return layout.import_from(f"{package_path}._mock.testing", sorted(set(names)))


def render(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
    """The example tests, a module at a time."""
    from ..plugins import facet, plugin_for

    for index, service in enumerate(services):
        examples = facet(service, "example-test", plugin_for(service).example_tests)
        if index == 0:
            yield OutputFile(
                "tests/__init__.py",
                '"""Tests generated from the specs\' examples; do not edit."""\n',
            )
        yield OutputFile(
            f"tests/{service.package}/__init__.py",
            f'"""Example tests of {service.package}; generated, do not edit."""\n',
        )
        for operation in service.operations:
            path = f"tests/{service.package}/test_{module_name(operation)}_examples.py"
            yield OutputFile(
                path, examples.render_operation(service, operation, renderer)
            )


def answer_context(
    service: Service,
    operation: Operation,
    renderer: Renderer,
    requests: Sequence[RequestCase],
    request_id_member: str | None = REQUEST_ID,
) -> dict[str, Any]:
    """What every protocol's example-test template shares: the response and error
    cases (``tests/answer_examples.py.j2``), their body constants and the imports
    they need."""
    responses = response_cases(operation, "response", request_id_member)
    codes = runtime_constant(renderer, "errors.py", "THROTTLING_CODES")
    assert isinstance(codes, frozenset)
    errors = error_cases(service, operation, codes)
    response_class = f"models.{operation.output.class_name}"
    return {
        "service": service,
        "operation": operation,
        "binding": operation.binding,
        "client": f"{service.client_name}Client",
        "response_class": response_class,
        "package_path": f"{renderer.root_package}.{service.package}",
        "requests": requests,
        "call": requests[0].call if requests else None,
        "responses": responses,
        "errors": errors,
        "served_checks": served_checks_lines(
            response_class, served_checks(operation, responses)
        ),
        "body_constants": [
            *((case.body_name, case.body) for case in responses),
            *((case.body_name, case.body) for case in errors),
        ],
        "ok_bodies": minimal_bodies(operation, responses),
        "request_ids": request_ids_lines(responses),
        "uses_datetime": any(
            "datetime(" in line for case in responses for line in case.assertions
        )
        or any("datetime(" in expr for case in requests for _, expr in case.call),
        "has_structures": any(
            "models." in line for case in responses for line in case.assertions
        ),
    }
