"""Documented examples of GetCallerIdentity, as tests.

Each request example must give a signed request carrying exactly its parameters (v1 and
V3, JSON and XML); each response example must parse to its values; each error example
must raise its typed error; the offline server must answer with the documented example.

Generated from spec/sts/2015-04-01/operations/GetCallerIdentity.yaml; do not edit.
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
from generated.sts._runtime.rpc_response import error_from_response
from generated.sts.mock import MockServer

ACTION = "GetCallerIdentity"
API_VERSION = "2015-04-01"
METHOD = "POST"
RESPONSE_DOCUMENTED_JSON = '{\n  "IdentityType": "AssumedRoleUser",\n  "AccountId": "1234567890****",\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "PrincipalId": "30718402638542****:reader-session",\n  "Arn": "acs:ram::1234567890****:assumed-role/reader/reader-session",\n  "RoleId": "30718402638542****"\n}'
OK_BODIES = {
    "json": RESPONSE_DOCUMENTED_JSON,
    "xml": "<GetCallerIdentityResponse><RequestId>0</RequestId></GetCallerIdentityResponse>",
}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"]
)


def _call_documented(client: StsClient) -> models.GetCallerIdentityResponse:
    """Request example "documented": Sample request"""
    return client.get_caller_identity()


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
    expected: dict[str, str] = {}
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
    documented = {"Action": "GetCallerIdentity"}
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
    assert record.params == {}
    assert response.request_id == record.request_id
    assert response.request_id not in DOCUMENTED_REQUEST_IDS
    check = SERVED_CHECKS.get(response_format)
    if check is not None:
        check(response)


def check_documented_json(response: models.GetCallerIdentityResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    assert response.identity_type == "AssumedRoleUser"
    assert response.account_id == "1234567890****"
    assert response.principal_id == "30718402638542****:reader-session"
    assert response.user_id is None
    assert response.arn == "acs:ram::1234567890****:assumed-role/reader/reader-session"
    assert response.role_id == "30718402638542****"


def test_response_documented_json() -> None:
    """documented-json"""
    response = models.GetCallerIdentityResponse.from_json(RESPONSE_DOCUMENTED_JSON)
    assert response.request_id == "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"
    check_documented_json(response)


SERVED_CHECKS: dict[str, Callable[[models.GetCallerIdentityResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_json,
}
