"""Reading ROA answers: success payloads of every kind, request ids, typed errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.support.template_package import runtime_module

roa = runtime_module("roa_response")
errors = runtime_module("errors")
HttpResponse = runtime_module("transport").HttpResponse

JSON = {"content-type": "application/json;charset=utf-8"}


def _answer(status: int, body: bytes | str, **headers: str) -> Any:
    raw = body.encode() if isinstance(body, str) else body
    return HttpResponse(
        status, {**JSON, **{k.replace("_", "-"): v for k, v in headers.items()}}, raw
    )


@pytest.mark.parametrize(
    ("payload", "body", "expected"),
    [
        ("object", '{"cluster_id":"c1","size":3}', {"cluster_id": "c1", "size": 3}),
        (
            "array",
            '[{"cluster_id":"c1"},{"cluster_id":"c2"}]',
            [{"cluster_id": "c1"}, {"cluster_id": "c2"}],
        ),
        ("array", "[]", []),
        ("string", "curl http://x/attach | sh", "curl http://x/attach | sh"),
        ("string", '"quoted \\u4e2d"', "quoted 中"),
        ("string", "", ""),
        ("string", '"unterminated', '"unterminated'),
        ("none", "", None),
        ("none", "anything at all", None),
    ],
)
def test_success_payloads(payload: str, body: str, expected: object) -> None:
    assert roa.decode_success(_answer(200, body), payload) == expected


@pytest.mark.parametrize(
    ("payload", "body", "reason"),
    [
        ("object", "", "empty"),
        ("object", "  ", "empty"),
        ("object", "[1]", "JSON array, expected a JSON object"),
        ("object", '"text"', "JSON string, expected a JSON object"),
        ("object", "{broken", "not valid JSON"),
        ("array", '{"a":1}', "JSON object, expected a JSON array"),
        ("array", "null", "JSON null, expected a JSON array"),
        ("string", '{"code":"x"}', "JSON object, expected a string"),
        ("string", b"\xff\xfe", "not UTF-8"),
    ],
)
def test_unexpected_success_bodies_raise_parse_errors(
    payload: str, body: str | bytes, reason: str
) -> None:
    with pytest.raises(errors.ResponseParseError) as caught:
        roa.decode_success(_answer(200, body, x_acs_request_id="rid-1"), payload)
    error = caught.value
    assert reason in error.reason
    assert (error.http_status, error.request_id) == (200, "rid-1")
    assert "rid-1" in str(error) and "HTTP 200" in str(error)


def test_unknown_payload_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="payload"):
        roa.decode_success(_answer(200, "{}"), "blob")


@pytest.mark.parametrize(
    ("headers", "data", "expected"),
    [
        (
            {"x_acs_request_id": "from-header"},
            {"requestId": "from-body"},
            "from-header",
        ),
        ({}, {"requestId": "lower"}, "lower"),
        ({}, {"RequestId": "upper"}, "upper"),
        ({}, {"requestId": "", "RequestId": "upper"}, "upper"),
        ({}, {"request_id": "other"}, None),
        ({}, ["not", "an", "object"], None),
        ({}, None, None),
    ],
)
def test_request_id_of(
    headers: dict[str, str], data: object, expected: str | None
) -> None:
    assert roa.request_id_of(_answer(200, "", **headers), data) == expected


@pytest.mark.parametrize(
    "body",
    [
        {
            "code": "ErrorClusterNotFound",
            "message": "cluster c1 not found",
            "requestId": "rid-2",
            "hostId": "cs.aliyuncs.com",
            "recommend": "https://example.invalid/diag",
            "data": {"cluster_id": "c1"},
        },
        {
            "Code": "ErrorClusterNotFound",
            "Message": "cluster c1 not found",
            "RequestId": "rid-2",
            "HostId": "cs.aliyuncs.com",
            "Recommend": "https://example.invalid/diag",
        },
    ],
    ids=["lower-case", "capitalised"],
)
def test_json_errors_in_either_capitalisation(body: dict[str, Any]) -> None:
    error = roa.error_from_response(
        _answer(404, json.dumps(body)), "DescribeClusterDetail"
    )
    assert type(error) is errors.ServiceError
    assert (error.code, error.message) == (
        "ErrorClusterNotFound",
        "cluster c1 not found",
    )
    assert (error.http_status, error.request_id) == (404, "rid-2")
    assert error.host_id == "cs.aliyuncs.com"
    assert error.recommend == "https://example.invalid/diag"
    assert error.action == "DescribeClusterDetail"
    assert not error.retryable


def test_header_request_id_wins_over_the_body() -> None:
    error = roa.error_from_response(
        _answer(400, '{"code":"Bad","requestId":"body"}', x_acs_request_id="header"),
        "A",
    )
    assert error.request_id == "header"


def test_xml_error() -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><Error><RequestId>rid-3</RequestId>'
        "<HostId>cs.aliyuncs.com</HostId><Code>Forbidden.RAM</Code>"
        "<Message>not allowed</Message></Error>"
    )
    response = HttpResponse(
        403, {"content-type": "text/xml;charset=utf-8"}, body.encode()
    )
    error = roa.error_from_response(response, "DeleteCluster")
    assert type(error) is errors.ServiceError
    assert (error.code, error.message, error.request_id) == (
        "Forbidden.RAM",
        "not allowed",
        "rid-3",
    )
    assert error.host_id == "cs.aliyuncs.com"


def test_server_errors_are_retryable() -> None:
    error = roa.error_from_response(
        _answer(503, '{"code":"ServiceUnavailable","message":"busy"}'), "A"
    )
    assert type(error) is errors.ServiceError and error.retryable


def test_throttling_code_is_a_throttling_error() -> None:
    error = roa.error_from_response(
        _answer(400, '{"code":"Throttling.User","message":"slow"}'), "A"
    )
    assert type(error) is errors.ThrottlingError
    assert error.retryable and error.retry_after is None


@pytest.mark.parametrize(
    ("header", "value", "seconds"),
    [
        ("x-acs-retry-after", "2.5", 2.5),
        ("retry-after", "7", 7.0),
        ("retry-after", "Wed, 21 Oct 2026 07:28:00 GMT", None),
        ("x-acs-retry-after", "-1", None),
    ],
)
def test_retry_after_header_makes_a_throttling_error(
    header: str, value: str, seconds: float | None
) -> None:
    response = HttpResponse(429, {**JSON, header: value}, b'{"code":"TooManyRequests"}')
    error = roa.error_from_response(response, "A")
    assert type(error) is errors.ThrottlingError
    assert error.retry_after == seconds
    assert error.retryable


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html>bad gateway</html>",
        b"{not json",
        b'{"message":"no code"}',
        b"[1,2]",
        b'{"code": 5}',
        b"<Error><Code>",
    ],
)
def test_unreadable_error_bodies_raise_parse_errors(body: bytes) -> None:
    error = roa.error_from_response(
        HttpResponse(502, {"x-acs-request-id": "rid-4"}, body), "A"
    )
    assert type(error) is errors.ResponseParseError
    assert (error.http_status, error.request_id) == (502, "rid-4")
    assert "HTTP 502" in str(error)


def test_parse_error_takes_the_body_request_id_when_the_header_is_absent() -> None:
    error = roa.error_from_response(_answer(500, '{"requestId":"rid-5"}'), "A")
    assert type(error) is errors.ResponseParseError
    assert error.request_id == "rid-5"


def test_deeply_nested_error_body_does_not_escape_as_recursion() -> None:
    body = b"{" + b'"a":[' * 100_000
    error = roa.error_from_response(_answer(500, body), "A")
    assert type(error) is errors.ResponseParseError
