"""Documented examples of AssumeRoleWithOIDC, as tests.

Each request example must give a signed request carrying exactly its parameters (v1 and
V3, JSON and XML); each response example must parse to its values; each error example
must raise its typed error; the offline server must answer with the documented example.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithOIDC.yaml; do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Literal

import pytest

from generated.sts import StsClient, errors, models
from generated.sts._mock.anonymous import ANONYMOUS_COMMON_PARAMS, anonymous_identity
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

ACTION = "AssumeRoleWithOIDC"
API_VERSION = "2015-04-01"
METHOD = "POST"
RESPONSE_DOCUMENTED_JSON = '{\n  "RequestId": "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B",\n  "OIDCTokenInfo": {\n    "Subject": "system:serviceaccount:default:reader",\n    "Issuer": "https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890",\n    "ClientIds": "sts.aliyuncs.com",\n    "ExpirationTime": "2099-12-31T23:00:00Z",\n    "IssuanceTime": "2099-12-31T22:00:00Z",\n    "VerificationInfo": "Success"\n  },\n  "AssumedRoleUser": {\n    "AssumedRoleId": "30718402638542****:reader-session",\n    "Arn": "acs:ram::1234567890****:role/reader/reader-session"\n  },\n  "Credentials": {\n    "AccessKeyId": "STS.Nm2pQx7Lc4Rt8YwZe3Kd****",\n    "AccessKeySecret": "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****",\n    "SecurityToken": "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****",\n    "Expiration": "2099-12-31T23:00:00Z"\n  }\n}'
RESPONSE_DOCUMENTED_XML = "<AssumeRoleWithOIDCResponse>\n  <RequestId>5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B</RequestId>\n  <OIDCTokenInfo>\n    <Subject>system:serviceaccount:default:reader</Subject>\n    <Issuer>https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890</Issuer>\n    <ClientIds>sts.aliyuncs.com</ClientIds>\n    <ExpirationTime>2099-12-31T23:00:00Z</ExpirationTime>\n    <IssuanceTime>2099-12-31T22:00:00Z</IssuanceTime>\n    <VerificationInfo>Success</VerificationInfo>\n  </OIDCTokenInfo>\n  <AssumedRoleUser>\n    <AssumedRoleId>30718402638542****:reader-session</AssumedRoleId>\n    <Arn>acs:ram::1234567890****:role/reader/reader-session</Arn>\n  </AssumedRoleUser>\n  <Credentials>\n    <AccessKeyId>STS.Nm2pQx7Lc4Rt8YwZe3Kd****</AccessKeyId>\n    <AccessKeySecret>9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****</AccessKeySecret>\n    <SecurityToken>CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****</SecurityToken>\n    <Expiration>2099-12-31T23:00:00Z</Expiration>\n  </Credentials>\n</AssumeRoleWithOIDCResponse>"
OK_BODIES = {"json": RESPONSE_DOCUMENTED_JSON, "xml": RESPONSE_DOCUMENTED_XML}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"]
)


def _call_documented(client: StsClient) -> models.AssumeRoleWithOIDCResponse:
    """Request example "documented": Sample request"""
    return client.assume_role_with_oidc(
        oidc_provider_arn="acs:ram::1234567890****:oidc-provider/ack-rrsa",
        role_arn="acs:ram::1234567890****:role/reader",
        oidc_token="eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.****",
        role_session_name="reader-session",
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
    query = query_of(request)
    expected = {
        "OIDCProviderArn": "acs:ram::1234567890****:oidc-provider/ack-rrsa",
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "OIDCToken": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.****",
        "RoleSessionName": "reader-session",
    }
    # Anonymous: unsigned, whatever signature version the client was given.
    assert "authorization" not in {name.lower() for name in request.headers}
    identity = anonymous_identity(incoming_request(request), {ACTION}, now=time.time())
    assert identity is not None
    assert (identity.action, identity.api_version) == (ACTION, API_VERSION)
    assert identity.params == expected
    assert query["Format"] == response_format.upper()
    assert set(query) == ANONYMOUS_COMMON_PARAMS  # the parameters travel in the body
    # The pairs of the documented URL are all in the request.
    sent = {**query, **identity.params}
    documented = {
        "Action": "AssumeRoleWithOIDC",
        "OIDCProviderArn": "acs:ram::1234567890****:oidc-provider/ack-rrsa",
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "OIDCToken": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.****",
        "RoleSessionName": "reader-session",
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
    assert record.signature_version == "none"
    assert record.params == {
        "OIDCProviderArn": "acs:ram::1234567890****:oidc-provider/ack-rrsa",
        "RoleArn": "acs:ram::1234567890****:role/reader",
        "OIDCToken": "<redacted>",
        "RoleSessionName": "reader-session",
    }
    assert response.request_id == record.request_id
    assert response.request_id not in DOCUMENTED_REQUEST_IDS
    check = SERVED_CHECKS.get(response_format)
    if check is not None:
        check(response)


def check_documented_json(response: models.AssumeRoleWithOIDCResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    v1 = response.oidc_token_info
    assert v1 is not None
    assert isinstance(v1, models.AssumeRoleWithOIDCResponseOIDCTokenInfo)
    assert v1.subject == "system:serviceaccount:default:reader"
    assert v1.issuer == "https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890"
    assert v1.client_ids == "sts.aliyuncs.com"
    assert v1.expiration_time == "2099-12-31T23:00:00Z"
    assert v1.issuance_time == "2099-12-31T22:00:00Z"
    assert v1.verification_info == "Success"
    v2 = response.assumed_role_user
    assert v2 is not None
    assert isinstance(v2, models.AssumeRoleWithOIDCResponseAssumedRoleUser)
    assert v2.assumed_role_id == "30718402638542****:reader-session"
    assert v2.arn == "acs:ram::1234567890****:role/reader/reader-session"
    v3 = response.credentials
    assert v3 is not None
    assert isinstance(v3, models.AssumeRoleWithOIDCResponseCredentials)
    assert v3.access_key_id == "STS.Nm2pQx7Lc4Rt8YwZe3Kd****"
    assert v3.access_key_secret == "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****"
    assert v3.security_token == "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****"
    assert v3.expiration == "2099-12-31T23:00:00Z"


def test_response_documented_json() -> None:
    """documented-json"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(StsClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"
    check_documented_json(response)


def check_documented_xml(response: models.AssumeRoleWithOIDCResponse) -> None:
    """Every value of response example "documented-xml" but its RequestId."""
    v1 = response.oidc_token_info
    assert v1 is not None
    assert isinstance(v1, models.AssumeRoleWithOIDCResponseOIDCTokenInfo)
    assert v1.subject == "system:serviceaccount:default:reader"
    assert v1.issuer == "https://oidc-ack.cn-shanghai.aliyuncs.com/c1234567890"
    assert v1.client_ids == "sts.aliyuncs.com"
    assert v1.expiration_time == "2099-12-31T23:00:00Z"
    assert v1.issuance_time == "2099-12-31T22:00:00Z"
    assert v1.verification_info == "Success"
    v2 = response.assumed_role_user
    assert v2 is not None
    assert isinstance(v2, models.AssumeRoleWithOIDCResponseAssumedRoleUser)
    assert v2.assumed_role_id == "30718402638542****:reader-session"
    assert v2.arn == "acs:ram::1234567890****:role/reader/reader-session"
    v3 = response.credentials
    assert v3 is not None
    assert isinstance(v3, models.AssumeRoleWithOIDCResponseCredentials)
    assert v3.access_key_id == "STS.Nm2pQx7Lc4Rt8YwZe3Kd****"
    assert v3.access_key_secret == "9hFv2LqXc7TnWm4PzR8sKd3YbJ6eAu5G****"
    assert v3.security_token == "CAIS9wF1q6Ft5B2yfSjIr5fhM8jxn7ZuhPWGWHz****"
    assert v3.expiration == "2099-12-31T23:00:00Z"


def test_response_documented_xml() -> None:
    """documented-xml"""
    transport = RecordingTransport(answer(200, "xml", RESPONSE_DOCUMENTED_XML))
    with example_client(StsClient, transport, "v3", "xml") as client:
        response = _call_documented(client)
    assert response.request_id == "5C3F1A2B-7D4E-4F60-9A8B-1C2D3E4F5A6B"
    check_documented_xml(response)


SERVED_CHECKS: dict[str, Callable[[models.AssumeRoleWithOIDCResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_xml,
}
