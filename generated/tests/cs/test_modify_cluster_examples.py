"""Documented examples of ModifyCluster, as tests.

Each request example must give a signed request with exactly its path, query and body
(V3 and the legacy signature), accepted by the offline server's verifier; each response
example must parse to its values; each error example must raise its typed error; the
offline server must answer with the documented example.

Generated from spec/cs/2015-12-15/operations/ModifyCluster.yaml; do not edit.
"""

from __future__ import annotations

import json
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

ACTION = "ModifyCluster"
API_VERSION = "2015-12-15"
METHOD = "PUT"
RESPONSE_DOCUMENTED_JSON = '{\n  "cluster_id": "cb95aa626a47740afbf6aa09****",\n  "request_id": "687C5BAA-D103-4993-884B-C35E4314****",\n  "task_id": "T-5a54309c80282e39ea00****"\n}\n'
OK_BODIES = {
    "json": RESPONSE_DOCUMENTED_JSON,
    "xml": "<ModifyClusterResponse><RequestId>0</RequestId></ModifyClusterResponse>",
}
DOCUMENTED_REQUEST_IDS: frozenset[str] = frozenset(
    ["687C5BAA-D103-4993-884B-C35E4314****"]
)


def _call_documented(client: CsClient) -> models.ModifyClusterResponse:
    """Request example "documented": Sample request"""
    return client.modify_cluster(
        cluster_id="c82e6987e2961451182edacd74faf****",
        cluster_name="cluster-demo",
        deletion_protection=True,
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
    assert url.path == "/api/v2/clusters/c82e6987e2961451182edacd74faf%2A%2A%2A%2A"
    expected: dict[str, str] = {}
    assert query == expected
    assert json.loads(request.body) == {
        "cluster_name": "cluster-demo",
        "deletion_protection": True,
    }
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


def check_documented_json(response: models.ModifyClusterResponse) -> None:
    """Every value of response example "documented-json" but its RequestId."""
    assert response.cluster_id == "cb95aa626a47740afbf6aa09****"
    assert response.task_id == "T-5a54309c80282e39ea00****"


def test_response_documented_json() -> None:
    """Sample success response"""
    transport = RecordingTransport(answer(200, "json", RESPONSE_DOCUMENTED_JSON))
    with example_client(CsClient, transport, "v3", "json") as client:
        response = _call_documented(client)
    assert response.request_id == "687C5BAA-D103-4993-884B-C35E4314****"
    check_documented_json(response)


SERVED_CHECKS: dict[str, Callable[[models.ModifyClusterResponse], None]] = {
    "json": check_documented_json,
    "xml": check_documented_json,
}
