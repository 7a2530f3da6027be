"""Documented examples of ListAppInfo, as tests.

Each request example must give a signed request carrying exactly its parameters (v1 and
V3, JSON and XML); each response example must parse to its values; each error example
must raise its typed error; the offline server must answer with the documented example.

Generated from spec/vod/2017-03-21/operations/ListAppInfo.yaml; do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Literal

import pytest

from generated.vod import VodClient, errors, models
from generated.vod._mock.auth import verify
from generated.vod._mock.testing import (
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
from generated.vod.mock import MockServer

ACTION = "ListAppInfo"
API_VERSION = "2017-03-21"
METHOD = "POST"
RESPONSE_DOCUMENTED_JSON = '{\n  "RequestId": "3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****",\n  "Total": 5,\n  "AppInfoList": [\n    {\n      "AppId": "app-1000001",\n      "AppName": "catalog",\n      "Description": "Video catalog of the web shop.",\n      "Type": "Custom",\n      "Status": "Normal",\n      "CreationTime": "2023-04-01T08:00:00Z",\n      "ModificationTime": "2023-04-02T09:30:00Z"\n    },\n    {\n      "AppId": "app-1000002",\n      "AppName": "training",\n      "Description": "Staff training videos.",\n      "Type": "Custom",\n      "Status": "Normal",\n      "CreationTime": "2023-05-10T02:15:00Z",\n      "ModificationTime": "2023-05-10T02:15:00Z"\n    }\n  ]\n}\n'
RESPONSE_DOCUMENTED_XML = "<ListAppInfoResponse>\n  <RequestId>3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****</RequestId>\n  <Total>5</Total>\n  <AppInfoList>\n    <AppId>app-1000001</AppId>\n    <AppName>catalog</AppName>\n    <Description>Video catalog of the web shop.</Description>\n    <Type>Custom</Type>\n    <Status>Normal</Status>\n    <CreationTime>2023-04-01T08:00:00Z</CreationTime>\n    <ModificationTime>2023-04-02T09:30:00Z</ModificationTime>\n  </AppInfoList>\n  <AppInfoList>\n    <AppId>app-1000002</AppId>\n    <AppName>training</AppName>\n    <Description>Staff training videos.</Description>\n    <Type>Custom</Type>\n    <Status>Normal</Status>\n    <CreationTime>2023-05-10T02:15:00Z</CreationTime>\n    <ModificationTime>2023-05-10T02:15:00Z</ModificationTime>\n  </AppInfoList>\n</ListAppInfoResponse>\n"
OK_BODIES = {"json": RESPONSE_DOCUMENTED_JSON, "xml": RESPONSE_DOCUMENTED_XML}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****"]
)


def _call_documented(client: VodClient) -> models.ListAppInfoResponse:
    """Request example "documented": Sample request"""
    return client.list_app_info(
        status="Normal",
        page_no=1,
        page_size=2,
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
        VodClient, transport, signature_version, response_format
    ) as client:
        _call_documented(client)
    (request,) = transport.requests
    assert request.method == METHOD
    assert request.body == b""
    query = query_of(request)
    expected = {"Status": "Normal", "PageNo": "1", "PageSize": "2"}
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
        "Action": "ListAppInfo",
        "Status": "Normal",
        "PageNo": "1",
        "PageSize": "2",
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
        with VodClient(
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
    assert record.params == {"Status": "Normal", "PageNo": "1", "PageSize": "2"}
    assert response.request_id == record.request_id
    assert response.request_id not in DOCUMENTED_REQUEST_IDS
    check = SERVED_CHECKS.get(response_format)
    if check is not None:
        check(response)


def check_documented_json(response: models.ListAppInfoResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    assert response.total == 5
    v1 = response.app_info_list
    assert v1 is not None
    assert len(v1) == 2
    v2 = v1[0]
    assert v2 is not None
    assert isinstance(v2, models.AppInfo)
    assert v2.app_id == "app-1000001"
    assert v2.app_name == "catalog"
    assert v2.description == "Video catalog of the web shop."
    assert v2.type_ == "Custom"
    assert isinstance(v2.type_, models.AppInfoType)
    assert v2.status == "Normal"
    assert isinstance(v2.status, models.AppStatus)
    assert v2.creation_time == datetime(2023, 4, 1, 8, 0, 0, tzinfo=timezone.utc)
    assert v2.modification_time == datetime(2023, 4, 2, 9, 30, 0, tzinfo=timezone.utc)
    v3 = v1[1]
    assert v3 is not None
    assert isinstance(v3, models.AppInfo)
    assert v3.app_id == "app-1000002"
    assert v3.app_name == "training"
    assert v3.description == "Staff training videos."
    assert v3.type_ == "Custom"
    assert isinstance(v3.type_, models.AppInfoType)
    assert v3.status == "Normal"
    assert isinstance(v3.status, models.AppStatus)
    assert v3.creation_time == datetime(2023, 5, 10, 2, 15, 0, tzinfo=timezone.utc)
    assert v3.modification_time == datetime(2023, 5, 10, 2, 15, 0, tzinfo=timezone.utc)


def test_response_documented_json() -> None:
    """Sample success response (JSON)"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(VodClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****"
    check_documented_json(response)


def check_documented_xml(response: models.ListAppInfoResponse) -> None:
    """Every value of response example "documented-xml" but its RequestId."""
    assert response.total == 5
    v1 = response.app_info_list
    assert v1 is not None
    assert len(v1) == 2
    v2 = v1[0]
    assert v2 is not None
    assert isinstance(v2, models.AppInfo)
    assert v2.app_id == "app-1000001"
    assert v2.app_name == "catalog"
    assert v2.description == "Video catalog of the web shop."
    assert v2.type_ == "Custom"
    assert isinstance(v2.type_, models.AppInfoType)
    assert v2.status == "Normal"
    assert isinstance(v2.status, models.AppStatus)
    assert v2.creation_time == datetime(2023, 4, 1, 8, 0, 0, tzinfo=timezone.utc)
    assert v2.modification_time == datetime(2023, 4, 2, 9, 30, 0, tzinfo=timezone.utc)
    v3 = v1[1]
    assert v3 is not None
    assert isinstance(v3, models.AppInfo)
    assert v3.app_id == "app-1000002"
    assert v3.app_name == "training"
    assert v3.description == "Staff training videos."
    assert v3.type_ == "Custom"
    assert isinstance(v3.type_, models.AppInfoType)
    assert v3.status == "Normal"
    assert isinstance(v3.status, models.AppStatus)
    assert v3.creation_time == datetime(2023, 5, 10, 2, 15, 0, tzinfo=timezone.utc)
    assert v3.modification_time == datetime(2023, 5, 10, 2, 15, 0, tzinfo=timezone.utc)


def test_response_documented_xml() -> None:
    """Sample success response (XML)"""
    transport = RecordingTransport(answer(200, "xml", RESPONSE_DOCUMENTED_XML))
    with example_client(VodClient, transport, "v3", "xml") as client:
        response = _call_documented(client)
    assert response.request_id == "3F1E8A52-7C6B-4D2A-9E0F-5B7A1C2D****"
    check_documented_xml(response)


SERVED_CHECKS: dict[str, Callable[[models.ListAppInfoResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_xml,
}
