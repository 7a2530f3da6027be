"""Documented examples of DeleteCluster, as tests.

Each request example must give a signed request with exactly its path, query and body
(V3 and the legacy signature), accepted by the offline server's verifier; each response
example must parse to its values; each error example must raise its typed error; the
offline server must answer with the documented example.

Generated from spec/cs/2015-12-15/operations/DeleteCluster.yaml; do not edit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
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

ACTION = "DeleteCluster"
API_VERSION = "2015-12-15"
METHOD = "DELETE"
RESPONSE_DOCUMENTED_JSON = '{\n  "cluster_id": "cb95aa626a47740afbf6aa099b650****",\n  "request_id": "687C5BAA-D103-4993-884B-C35E4314****",\n  "task_id": "T-5a54309c80282e39ea****"\n}\n'
ERROR_PROTECTED = '{\n  "Code": "ErrorClusterDeletionProtection",\n  "Message": "The cluster has deletion protection enabled.",\n  "RequestId": "5C1D2E3F-4A5B-4C6D-8E7F-901A2B3C4D5E"\n}\n'
OK_BODIES = {
    "json": RESPONSE_DOCUMENTED_JSON,
    "xml": "<DeleteClusterResponse><RequestId>0</RequestId></DeleteClusterResponse>",
}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["687C5BAA-D103-4993-884B-C35E4314****"]
)


def _call_documented(client: CsClient) -> models.DeleteClusterResponse:
    """Request example "documented": Sample request"""
    return client.delete_cluster(
        cluster_id="cb95aa626a47740afbf6aa099b650****",
        retain_all_resources=False,
        retain_resources=["sg-2ze6ess9kho6fdn9****"],
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
    assert url.path == "/clusters/cb95aa626a47740afbf6aa099b650%2A%2A%2A%2A"
    expected: dict[str, str] = {
        "retain_all_resources": "false",
        "retain_resources": '["sg-2ze6ess9kho6fdn9****"]',
    }
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


def check_documented_json(response: models.DeleteClusterResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    assert response.cluster_id == "cb95aa626a47740afbf6aa099b650****"
    assert response.task_id == "T-5a54309c80282e39ea****"


def test_response_documented_json() -> None:
    """Sample success response"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(CsClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "687C5BAA-D103-4993-884B-C35E4314****"
    check_documented_json(response)


SERVED_CHECKS: dict[str, Callable[[models.DeleteClusterResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_json,
}


def test_error_protected() -> None:
    """Sample error response for a cluster with deletion protection on"""
    transport = RecordingTransport(answer(400, "json", ERROR_PROTECTED))
    with example_client(CsClient, transport, "v3", "json") as client:
        with pytest.raises(errors.ServiceError) as caught:
            _call_documented(client)
    error = caught.value
    assert len(transport.requests) == 1
    assert type(error) is errors.ServiceError
    assert error.action == ACTION
    assert error.code == "ErrorClusterDeletionProtection"
    assert error.http_status == 400
    assert error.request_id == "5C1D2E3F-4A5B-4C6D-8E7F-901A2B3C4D5E"
    assert error.message == "The cluster has deletion protection enabled."
    assert error.host_id is None
    assert error.recommend is None
