"""Documented examples of GetAIImageJobs, as tests.

Each request example must give a signed request carrying exactly its parameters (v1 and
V3, JSON and XML); each response example must parse to its values; each error example
must raise its typed error; the offline server must answer with the documented example.

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
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

ACTION = "GetAIImageJobs"
API_VERSION = "2017-03-21"
METHOD = "POST"
RESPONSE_DOCUMENTED_XML = '<GetAIImageJobsResponse>\n      <AIImageJobList>\n            <Status>success</Status>\n            <VideoId>357a8748c577*****789d2726e6436aa</VideoId>\n            <Message>success</Message>\n            <UserData>{"Extend":{"localId":"****","test":"www"}}</UserData>\n            <AIImageResult>[{"Score":5.035636554444242,"Url":"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"}]</AIImageResult>\n            <CreationTime>2020-10-15T03:30:03Z</CreationTime>\n            <TemplateConfig>{"Format":"gif","SetDefaultCover":"true"}</TemplateConfig>\n            <Code>Success</Code>\n            <TemplateId>5a86a00f15194*****d7fe7de1b4a173</TemplateId>\n            <JobId>cf08a2c6e11e*****de1711b738b9067</JobId>\n      </AIImageJobList>\n      <RequestId>7721B494-1F78-4E*****E8-A7CEE7315BFA</RequestId>\n</GetAIImageJobsResponse>\n'
RESPONSE_DOCUMENTED_JSON = '{\n\t"AIImageJobList": [{\n\t\t"Status": "success",\n\t\t"VideoId": "357a8748c577*****789d2726e6436aa",\n\t\t"Message": "success",\n\t\t"UserData": "{\\"Extend\\":{\\"localId\\":\\"****\\",\\"test\\":\\"www\\"}}",\n\t\t"AIImageResult": "[{\\"Score\\":5.035636554444242,\\"Url\\":\\"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif\\"}]",\n\t\t"CreationTime": "2020-10-15T03:30:03Z",\n\t\t"TemplateConfig": "{\\"Format\\":\\"gif\\",\\"SetDefaultCover\\":\\"true\\"}",\n\t\t"Code": "Success",\n\t\t"TemplateId": "5a86a00f15194*****d7fe7de1b4a173",\n\t\t"JobId": "cf08a2c6e11e*****de1711b738b9067"\n\t}],\n\t"RequestId": "7721B494-1F78-4E*****E8-A7CEE7315BFA"\n}\n'
ERROR_INVALID_JOB_IDS = '{\n  "RequestId": "6C6A2D79-1D3B-4F2E-9E7A-0B4C2E5D8F10",\n  "HostId": "vod.cn-shanghai.aliyuncs.com",\n  "Code": "InvalidParameter",\n  "Message": "The specified parameter \\"JobIds\\" is not valid.",\n  "Recommend": "https://next.api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"\n}\n'
ERROR_THROTTLED = "<?xml version='1.0' encoding='UTF-8'?>\n<Error>\n  <RequestId>0B2F8E1A-77C4-4E8B-A1D0-5F3C9B2E6A47</RequestId>\n  <HostId>vod.cn-shanghai.aliyuncs.com</HostId>\n  <Code>Throttling.User</Code>\n  <Message>Request was denied due to user flow control.</Message>\n  <Recommend>https://next.api.aliyun.com/troubleshoot?q=Throttling.User&amp;product=vod</Recommend>\n</Error>\n"
OK_BODIES = {"json": RESPONSE_DOCUMENTED_JSON, "xml": RESPONSE_DOCUMENTED_XML}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["7721B494-1F78-4E*****E8-A7CEE7315BFA"]
)


def _call_documented(client: VodClient) -> models.GetAIImageJobsResponse:
    """Request example "documented": Sample request"""
    return client.get_ai_image_jobs(
        job_ids=["cf08a2c6e11e*****de1711b738b9067"],
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
    expected = {"JobIds": "cf08a2c6e11e*****de1711b738b9067"}
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
        "Action": "GetAIImageJobs",
        "JobIds": "cf08a2c6e11e*****de1711b738b9067",
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
    assert record.params == {"JobIds": "cf08a2c6e11e*****de1711b738b9067"}
    assert response.request_id == record.request_id
    assert response.request_id not in DOCUMENTED_REQUEST_IDS
    check = SERVED_CHECKS.get(response_format)
    if check is not None:
        check(response)


def check_documented_xml(response: models.GetAIImageJobsResponse) -> None:
    """Every value of response example "documented-xml" but its RequestId."""
    v1 = response.ai_image_job_list
    assert v1 is not None
    assert len(v1) == 1
    v2 = v1[0]
    assert v2 is not None
    assert isinstance(v2, models.AIImageJob)
    assert (
        v2.ai_image_result_raw
        == '[{"Score":5.035636554444242,"Url":"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"}]'
    )
    v3 = v2.ai_image_result
    assert v3 is not None
    assert len(v3) == 1
    v4 = v3[0]
    assert v4 is not None
    assert isinstance(v4, models.AIImageResultItem)
    assert v4.score == 5.035636554444242
    assert (
        v4.url
        == "http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"
    )
    assert v2.code == "Success"
    assert v2.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert v2.job_id == "cf08a2c6e11e*****de1711b738b9067"
    assert v2.message == "success"
    assert v2.status == "success"
    assert isinstance(v2.status, models.AIImageJobStatus)
    assert v2.template_config_raw == '{"Format":"gif","SetDefaultCover":"true"}'
    assert v2.template_config == {"Format": "gif", "SetDefaultCover": "true"}
    assert v2.template_id == "5a86a00f15194*****d7fe7de1b4a173"
    assert v2.user_data_raw == '{"Extend":{"localId":"****","test":"www"}}'
    v5 = v2.user_data
    assert v5 is not None
    assert isinstance(v5, models.UserData)
    assert v5.message_callback is None
    assert v5.extend == {"localId": "****", "test": "www"}
    assert v2.video_id == "357a8748c577*****789d2726e6436aa"


def test_response_documented_xml() -> None:
    """Sample success response (XML)"""
    transport = RecordingTransport(answer(200, "xml", RESPONSE_DOCUMENTED_XML))
    with example_client(VodClient, transport, "v3", "xml") as client:
        response = _call_documented(client)
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    check_documented_xml(response)


def check_documented_json(response: models.GetAIImageJobsResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    v1 = response.ai_image_job_list
    assert v1 is not None
    assert len(v1) == 1
    v2 = v1[0]
    assert v2 is not None
    assert isinstance(v2, models.AIImageJob)
    assert (
        v2.ai_image_result_raw
        == '[{"Score":5.035636554444242,"Url":"http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"}]'
    )
    v3 = v2.ai_image_result
    assert v3 is not None
    assert len(v3) == 1
    v4 = v3[0]
    assert v4 is not None
    assert isinstance(v4, models.AIImageResultItem)
    assert v4.score == 5.035636554444242
    assert (
        v4.url
        == "http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif"
    )
    assert v2.code == "Success"
    assert v2.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert v2.job_id == "cf08a2c6e11e*****de1711b738b9067"
    assert v2.message == "success"
    assert v2.status == "success"
    assert isinstance(v2.status, models.AIImageJobStatus)
    assert v2.template_config_raw == '{"Format":"gif","SetDefaultCover":"true"}'
    assert v2.template_config == {"Format": "gif", "SetDefaultCover": "true"}
    assert v2.template_id == "5a86a00f15194*****d7fe7de1b4a173"
    assert v2.user_data_raw == '{"Extend":{"localId":"****","test":"www"}}'
    v5 = v2.user_data
    assert v5 is not None
    assert isinstance(v5, models.UserData)
    assert v5.message_callback is None
    assert v5.extend == {"localId": "****", "test": "www"}
    assert v2.video_id == "357a8748c577*****789d2726e6436aa"


def test_response_documented_json() -> None:
    """Sample success response (JSON)"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(VodClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    check_documented_json(response)


SERVED_CHECKS: dict[str, Callable[[models.GetAIImageJobsResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_xml,
}


def test_error_invalid_job_ids() -> None:
    """Sample error response (JSON)"""
    transport = RecordingTransport(answer(400, "json", ERROR_INVALID_JOB_IDS))
    with example_client(VodClient, transport, "v3", "json") as client:
        with pytest.raises(errors.ServiceError) as caught:
            _call_documented(client)
    error = caught.value
    assert len(transport.requests) == 1
    assert type(error) is errors.ServiceError
    assert error.action == ACTION
    assert error.code == "InvalidParameter"
    assert error.http_status == 400
    assert error.request_id == "6C6A2D79-1D3B-4F2E-9E7A-0B4C2E5D8F10"
    assert error.message == 'The specified parameter "JobIds" is not valid.'
    assert error.host_id == "vod.cn-shanghai.aliyuncs.com"
    assert (
        error.recommend
        == "https://next.api.aliyun.com/troubleshoot?q=InvalidParameter&product=vod"
    )


def test_error_throttled() -> None:
    """Sample throttling error response (XML)"""
    transport = RecordingTransport(answer(503, "xml", ERROR_THROTTLED))
    with example_client(VodClient, transport, "v3", "xml") as client:
        with pytest.raises(errors.ServiceError) as caught:
            _call_documented(client)
    error = caught.value
    assert len(transport.requests) == 1
    assert type(error) is errors.ThrottlingError
    assert error.action == ACTION
    assert error.code == "Throttling.User"
    assert error.http_status == 503
    assert error.request_id == "0B2F8E1A-77C4-4E8B-A1D0-5F3C9B2E6A47"
    assert error.message == "Request was denied due to user flow control."
    assert error.host_id == "vod.cn-shanghai.aliyuncs.com"
    assert (
        error.recommend
        == "https://next.api.aliyun.com/troubleshoot?q=Throttling.User&product=vod"
    )
    assert error.retryable is True
