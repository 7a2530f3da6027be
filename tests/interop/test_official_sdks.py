"""The offline server against Alibaba's own SDKs: the Tea SDK (``alibabacloud-vod20170321``,
signature V3 by default) and the older ``aliyun-python-sdk-vod`` (signature v1).

Both are heavy, so they live in the ``interop`` extra (``make test-interop``); without
them these tests skip and say why.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from generated.vod import models
from generated.vod.mock import MockServer

pytestmark = pytest.mark.interop

ACCESS_KEY_ID = "interop-access-key-id"
ACCESS_KEY_SECRET = "interop-access-key-secret"
JOB_ID = "cf08a2c6e11e*****de1711b738b9067"
MISSING = "install the interop extra (make test-interop) to run the official SDKs"


def _documented_json() -> dict[str, Any]:
    from generated.vod.mock import SERVICE

    text = SERVICE.actions["GetAIImageJobs"].json_example
    assert text is not None
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def _without_request_id(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if key != "RequestId"}


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as running:
        yield running


def _tea_client(server: MockServer, secret: str = ACCESS_KEY_SECRET) -> Any:
    pytest.importorskip("alibabacloud_vod20170321", reason=MISSING)
    from alibabacloud_tea_openapi.models import Config
    from alibabacloud_vod20170321.client import Client

    return Client(
        Config(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=secret,
            endpoint=server.address,
            protocol="http",
        )
    )


def test_tea_sdk_gets_the_documented_example(server: MockServer) -> None:
    client = _tea_client(server)
    from alibabacloud_vod20170321 import models as tea_models

    answer = client.get_aiimage_jobs(tea_models.GetAIImageJobsRequest(job_ids=JOB_ID))
    body = answer.body.to_map()
    (record,) = server.requests
    assert answer.status_code == 200
    assert _without_request_id(body) == _without_request_id(_documented_json())
    assert body["RequestId"] == record.request_id
    # V3, signing every header it sends (accept and user-agent too), POST to "/".
    assert (record.method, record.path, record.signature_version) == ("POST", "/", "v3")
    assert {"accept", "user-agent", "host", "x-acs-action"} <= set(
        record.signed_headers
    )
    assert record.params == {"JobIds": JOB_ID}
    # What the server sent parses in the generated models too.
    parsed = models.GetAIImageJobsResponse.from_dict(body)
    assert parsed.ai_image_job_list[0].job_id == JOB_ID


def test_tea_sdk_sees_service_errors(server: MockServer) -> None:
    client = _tea_client(server, secret="wrong-secret")
    from alibabacloud_vod20170321 import models as tea_models

    with pytest.raises(Exception) as caught:
        client.get_aiimage_jobs(tea_models.GetAIImageJobsRequest(job_ids=JOB_ID))
    assert getattr(caught.value, "code", None) == "SignatureDoesNotMatch"
    assert server.requests[0].status == 400


def _acs_request(server: MockServer) -> tuple[Any, Any]:
    pytest.importorskip("aliyunsdkvod", reason=MISSING)
    from aliyunsdkcore.client import AcsClient
    from aliyunsdkvod.request.v20170321.GetAIImageJobsRequest import (
        GetAIImageJobsRequest,
    )

    client = AcsClient(ACCESS_KEY_ID, ACCESS_KEY_SECRET, "cn-shanghai")
    request = GetAIImageJobsRequest()
    request.set_JobIds(JOB_ID)
    request.set_endpoint(server.address)
    request.set_protocol_type("http")
    return client, request


def test_core_sdk_gets_the_documented_example(server: MockServer) -> None:
    client, request = _acs_request(server)
    body = json.loads(client.do_action_with_exception(request))
    (record,) = server.requests
    assert _without_request_id(body) == _without_request_id(_documented_json())
    assert body["RequestId"] == record.request_id
    # v1: HMAC-SHA1 in the query, with RegionId (ignored by the server) as an extra.
    assert record.signature_version == "v1"
    assert {"Signature", "SignatureNonce", "Timestamp", "AccessKeyId"} <= set(
        record.query_names
    )
    assert record.params == {"JobIds": JOB_ID, "RegionId": "cn-shanghai"}


def test_core_sdk_sees_throttling(server: MockServer) -> None:
    client, request = _acs_request(server)
    from aliyunsdkcore.acs_exception.exceptions import ServerException

    server.throttle(1)
    with pytest.raises(ServerException) as caught:
        client.do_action_with_exception(request)
    assert caught.value.get_error_code() == "Throttling.User"
    assert caught.value.get_http_status() == 503
    assert caught.value.get_request_id() == server.requests[0].request_id
