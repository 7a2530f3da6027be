"""Documented examples of AssumeRole, as tests.

Each request example must give a signed request carrying exactly its parameters (v1 and
V3, JSON and XML); each response example must parse to its values; each error example
must raise its typed error; the offline server must answer with the documented example.

Generated from spec/sts/2015-04-01/operations/AssumeRole.yaml; do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

import pytest

from generated.sts import StsClient, errors, models
from generated.sts._mock.auth import verify
from generated.sts._mock.testing import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    RecordingTransport,
    V1_COMMON,
    V3_HEADERS,
    answer,
    example_client,
    incoming_request,
    no_sleep,
    query_of,
)
from generated.sts.mock import MockServer

ACTION = "AssumeRole"
API_VERSION = "2015-04-01"
METHOD = "POST"
RESPONSE_DOCUMENTED_JSON = '{\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "AssumedRoleUser": {\n    "AssumedRoleId": "30718402638542****:reader-session",\n    "Arn": "acs:ram::1234567890****:role/reader/reader-session"\n  },\n  "Credentials": {\n    "AccessKeyId": "STS.Nm2pQx7Lc4Rt8YwZe3Kd****",\n    "AccessKeySecret": "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****",\n    "SecurityToken": "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****",\n    "Expiration": "2099-12-31T23:00:00Z"\n  }\n}'
RESPONSE_DOCUMENTED_XML = "<AssumeRoleResponse>\n  <RequestId>5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B</RequestId>\n  <AssumedRoleUser>\n    <AssumedRoleId>30718402638542****:reader-session</AssumedRoleId>\n    <Arn>acs:ram::1234567890****:role/reader/reader-session</Arn>\n  </AssumedRoleUser>\n  <Credentials>\n    <AccessKeyId>STS.Nm2pQx7Lc4Rt8YwZe3Kd****</AccessKeyId>\n    <AccessKeySecret>9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****</AccessKeySecret>\n    <SecurityToken>CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****</SecurityToken>\n    <Expiration>2099-12-31T23:00:00Z</Expiration>\n  </Credentials>\n</AssumeRoleResponse>"
OK_BODIES = {"json": RESPONSE_DOCUMENTED_JSON, "xml": RESPONSE_DOCUMENTED_XML}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"]
)


def _call_documented(client: StsClient) -> models.AssumeRoleResponse:
    """Request example "documented": Sample request"""
    return client.assume_role(
        role_arn="acs:ram::1234567890****:role/reader",
        role_session_name="reader-session",
        duration_seconds=3600,
    )


@pytest.mark.parametrize("response_format", ["json", "xml"])
@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_request_documented(
    signature_version: Literal["v1", "v3"], response_format: str
) -> None:
    transport = RecordingTransport(
        answer(200, response_format, OK_BODIES[response_format])
    )
    with example_client(
        StsClient, transport, signature_version, response_format
    ) as client:
        _call_documented(client)
    (request,) = transport.requests
    assert request.method == METHOD
    assert request.body == b""
    query = query_of(request)
    expected = {
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "RoleSessionName": "reader-session",
        "DurationSeconds": "3600",
    }
    identity = verify(
        incoming_request(request), {ACCESS_KEY_ID: ACCESS_KEY_SECRET}, now=time.time()
    )
    assert identity.signature_version == signature_version
    assert (identity.action, identity.api_version) == (ACTION, API_VERSION)
    assert identity.access_key_id == ACCESS_KEY_ID
    assert identity.params == expected
    assert query["Format"] == response_format.upper()
    if signature_version == "v1":
        assert set(query) == set(expected) | V1_COMMON
        assert query["Action"] == ACTION
        assert query["Version"] == API_VERSION
        assert query["AccessKeyId"] == ACCESS_KEY_ID
        assert query["SignatureMethod"] == "HMAC-SHA1"
        assert query["SignatureVersion"] == "1.0"
    else:
        assert set(query) == set(expected) | {"Format"}
        assert V3_HEADERS <= set(request.headers)
        assert request.headers["x-acs-action"] == ACTION
        assert request.headers["x-acs-version"] == API_VERSION
        assert request.headers["authorization"].startswith(
            f"ACS3-HMAC-SHA256 Credential={ACCESS_KEY_ID},"
        )
    # The pairs of the documented URL are all in the request.
    sent = {**query, "Action": ACTION, "Version": API_VERSION}
    documented = {
        "Action": "AssumeRole",
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "RoleSessionName": "reader-session",
        "DurationSeconds": "3600",
    }
    assert documented.items() <= sent.items()


@pytest.mark.parametrize("response_format", ["json", "xml"])
@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_mock_answers_documented(
    signature_version: Literal["v1", "v3"], response_format: str
) -> None:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as server:
        with StsClient(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=ACCESS_KEY_SECRET,
            endpoint=server.endpoint,
            signature_version=signature_version,
            response_format=response_format,
            max_attempts=1,
            sleep=no_sleep,
        ) as client:
            response = _call_documented(client)
    (record,) = server.requests
    assert (record.action, record.status) == (ACTION, 200)
    assert record.signature_version == signature_version
    assert record.params == {
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "RoleSessionName": "reader-session",
        "DurationSeconds": "3600",
    }
    assert response.request_id == record.request_id
    assert response.request_id not in DOCUMENTED_REQUEST_IDS
    check = SERVED_CHECKS.get(response_format)
    if check is not None:
        check(response)


def check_documented_json(response: models.AssumeRoleResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    v1 = response.assumed_role_user
    assert v1 is not None
    assert isinstance(v1, models.AssumeRoleResponseAssumedRoleUser)
    assert v1.assumed_role_id == "30718402638542****:reader-session"
    assert v1.arn == "acs:ram::1234567890****:role/reader/reader-session"
    v2 = response.credentials
    assert v2 is not None
    assert isinstance(v2, models.AssumeRoleResponseCredentials)
    assert v2.access_key_id == "STS.Nm2pQx7Lc4Rt8YwZe3Kd****"
    assert v2.access_key_secret == "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****"
    assert v2.security_token == "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****"
    assert v2.expiration == "2099-12-31T23:00:00Z"


def test_response_documented_json() -> None:
    """documented-json"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(StsClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"
    check_documented_json(response)


def check_documented_xml(response: models.AssumeRoleResponse) -> None:
    """Every value of response example "documented-xml" but its RequestId."""
    v1 = response.assumed_role_user
    assert v1 is not None
    assert isinstance(v1, models.AssumeRoleResponseAssumedRoleUser)
    assert v1.assumed_role_id == "30718402638542****:reader-session"
    assert v1.arn == "acs:ram::1234567890****:role/reader/reader-session"
    v2 = response.credentials
    assert v2 is not None
    assert isinstance(v2, models.AssumeRoleResponseCredentials)
    assert v2.access_key_id == "STS.Nm2pQx7Lc4Rt8YwZe3Kd****"
    assert v2.access_key_secret == "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****"
    assert v2.security_token == "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****"
    assert v2.expiration == "2099-12-31T23:00:00Z"


def test_response_documented_xml() -> None:
    """documented-xml"""
    transport = RecordingTransport(answer(200, "xml", RESPONSE_DOCUMENTED_XML))
    with example_client(StsClient, transport, "v3", "xml") as client:
        response = _call_documented(client)
    assert response.request_id == "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"
    check_documented_xml(response)


SERVED_CHECKS: dict[str, Callable[[models.AssumeRoleResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_xml,
}
