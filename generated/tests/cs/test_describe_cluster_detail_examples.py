"""Documented examples of DescribeClusterDetail, as tests.

Each request example must give a signed request with exactly its path, query and body
(V3 and the legacy signature), accepted by the offline server's verifier; each response
example must parse to its values; each error example must raise its typed error; the
offline server must answer with the documented example.

Generated from spec/cs/2015-12-15/operations/DescribeClusterDetail.yaml; do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Literal
from urllib.parse import parse_qsl, urlsplit

import pytest

from generated.cs import CsClient, errors, models
from generated.cs._mock.auth import NonceStore
from generated.cs._mock.roa_auth import verify_roa
from generated.cs._mock.testing import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    RecordingTransport,
    answer,
    example_client,
    no_sleep,
)
from generated.cs.mock import MockServer

ACTION = "DescribeClusterDetail"
API_VERSION = "2015-12-15"
METHOD = "GET"
RESPONSE_DOCUMENTED_JSON = '{\n  "cluster_id": "c82e6987e2961451182edacd74faf****",\n  "cluster_type": "Kubernetes",\n  "created": "2019-11-25T15:50:20+08:00",\n  "current_version": "1.16.6-aliyun.1",\n  "deletion_protection": true,\n  "name": "cluster-demo",\n  "region_id": "cn-beijing",\n  "size": 5,\n  "state": "running",\n  "tags": [{"key": "env", "value": "prod"}],\n  "vpc_id": "vpc-2zecuu62b9zw7a7qn****",\n  "master_url": "{\\"intranet_api_server_endpoint\\":\\"https://192.168.0.251:6443\\"}",\n  "maintenance_window": {\n    "enable": false,\n    "maintenance_time": "03:00:00Z",\n    "duration": "3h",\n    "weekly_period": "Monday,Thursday"\n  },\n  "parameters": {"key": "WorkerImageId"}\n}\n'
ERROR_NOT_FOUND = '{\n  "code": "ErrorClusterNotFound",\n  "message": "The specified cluster does not exist.",\n  "requestId": "0E2F8A21-9B3C-4D5E-8F60-7A1B2C3D4E5F",\n  "status": 404\n}\n'
OK_BODIES = {
    "json": RESPONSE_DOCUMENTED_JSON,
    "xml": "<DescribeClusterDetailResponse><RequestId>0</RequestId></DescribeClusterDetailResponse>",
}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset([])


def _call_documented(client: CsClient) -> models.DescribeClusterDetailResponse:
    """Request example "documented": Sample request"""
    return client.describe_cluster_detail(
        cluster_id="c82e6987e2961451182edacd74faf****",
    )


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_request_documented(signature_version: Literal["v1", "v3"]) -> None:
    """The request carries exactly the example's path, query and body, signed."""
    transport = RecordingTransport(answer(200, "json", OK_BODIES["json"]))
    with example_client(CsClient, transport, signature_version) as client:
        _call_documented(client)
    (request,) = transport.requests
    assert request.method == METHOD
    url = urlsplit(request.url)
    query = dict(parse_qsl(url.query, keep_blank_values=True))
    assert url.path == "/clusters/c82e6987e2961451182edacd74faf%2A%2A%2A%2A"
    expected: dict[str, str] = {}
    assert query == expected
    assert request.body == b""
    assert request.headers["x-acs-action"] == ACTION
    assert request.headers["x-acs-version"] == API_VERSION
    identity = verify_roa(
        request.method,
        url.path,
        query,
        {name.lower(): value for name, value in request.headers.items()},
        request.body,
        {ACCESS_KEY_ID: ACCESS_KEY_SECRET},
        NonceStore(),
        time.time(),
    )
    assert identity.signature_version == signature_version
    assert identity.access_key_id == ACCESS_KEY_ID


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_served_documented(signature_version: Literal["v1", "v3"]) -> None:
    """The offline server routes the example by method and path and answers it."""
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as server:
        with CsClient(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=ACCESS_KEY_SECRET,
            endpoint=server.endpoint,
            signature_version=signature_version,
            max_attempts=1,
            sleep=no_sleep,
        ) as client:
            response = _call_documented(client)
    (record,) = server.requests
    assert (record.action, record.status) == (ACTION, 200)
    assert record.signature_version == signature_version
    check = SERVED_CHECKS.get("json")
    if check is not None:
        check(response)


def check_documented_json(response: models.DescribeClusterDetailResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    assert response.cluster_id == "c82e6987e2961451182edacd74faf****"
    assert response.cluster_type == "Kubernetes"
    assert isinstance(
        response.cluster_type, models.DescribeClusterDetailResponseClusterType
    )
    assert response.created == datetime(2019, 11, 25, 7, 50, 20, tzinfo=timezone.utc)
    assert response.current_version == "1.16.6-aliyun.1"
    assert response.deletion_protection is True
    assert response.name == "cluster-demo"
    assert response.region_id == "cn-beijing"
    assert response.size == 5
    assert response.state == "running"
    v1 = response.tags
    assert v1 is not None
    assert len(v1) == 1
    v2 = v1[0]
    assert v2 is not None
    assert isinstance(v2, models.Tag)
    assert v2.key == "env"
    assert v2.value == "prod"
    assert response.vpc_id == "vpc-2zecuu62b9zw7a7qn****"
    assert (
        response.master_url
        == '{"intranet_api_server_endpoint":"https://192.168.0.251:6443"}'
    )
    v3 = response.maintenance_window
    assert v3 is not None
    assert isinstance(v3, models.MaintenanceWindow)
    assert v3.enable is False
    assert v3.maintenance_time == "03:00:00Z"
    assert v3.duration == "3h"
    assert v3.weekly_period == "Monday,Thursday"
    v4 = response.parameters
    assert v4 is not None
    assert sorted(v4) == ["key"]
    assert v4["key"] == "WorkerImageId"


def test_response_documented_json() -> None:
    """Sample success response"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(CsClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    check_documented_json(response)


SERVED_CHECKS: dict[str, Callable[[models.DescribeClusterDetailResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_json,
}


def test_error_not_found() -> None:
    """Sample error response for a cluster that does not exist"""
    transport = RecordingTransport(answer(404, "json", ERROR_NOT_FOUND))
    with example_client(CsClient, transport, "v3", "json") as client:
        with pytest.raises(errors.ServiceError) as caught:
            _call_documented(client)
    error = caught.value
    assert len(transport.requests) == 1
    assert type(error) is errors.ServiceError
    assert error.action == ACTION
    assert error.code == "ErrorClusterNotFound"
    assert error.http_status == 404
    assert error.request_id == "0E2F8A21-9B3C-4D5E-8F60-7A1B2C3D4E5F"
    assert error.message == "The specified cluster does not exist."
    assert error.host_id is None
    assert error.recommend is None
