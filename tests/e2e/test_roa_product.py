"""The committed ROA product, Container Service (``generated/cs``), used as a user would:
sync and async clients against its offline server, both signatures, path encoding, JSON
bodies, typed errors, retries, validation before sending, docs and OpenAPI."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from openapi_spec_validator import validate as validate_openapi

from generated.cs import AsyncCsClient, CsClient, errors, models
from generated.cs._runtime.client import OperationInfo, ServiceInfo
from generated.cs._runtime.roa_client import RoaAnswer, RoaWire
from generated.cs._runtime.transport import HttpResponse
from generated.cs.mock import MockServer
from tests.conftest import PROJECT

ID, SECRET = "cs-test-id", "cs-test-secret"


def _client(server: MockServer, **options: Any) -> CsClient:
    return CsClient(
        access_key_id=ID,
        access_key_secret=SECRET,
        endpoint=server.endpoint,
        sleep=lambda seconds: None,
        **options,
    )


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_every_operation_round_trips_through_the_offline_server(
    signature_version: str,
) -> None:
    with MockServer(access_key_id=ID, access_key_secret=SECRET) as server:
        with _client(server, signature_version=signature_version) as client:
            cluster = client.describe_cluster_detail(cluster_id="c 1/ü+中")
            modified = client.modify_cluster(
                cluster_id="c1", cluster_name="n ü", deletion_protection=True
            )
            deleted = client.delete_cluster(
                cluster_id="c1",
                retain_all_resources=True,
                retain_resources=["lb-1", "sg 2"],
            )
    assert isinstance(cluster, models.DescribeClusterDetailResponse)
    assert cluster.name == "cluster-demo"
    assert cluster.tags is not None and cluster.tags[0].key == "env"
    assert cluster.maintenance_window is not None
    assert cluster.maintenance_window.weekly_period == "Monday,Thursday"
    assert cluster.created is not None and cluster.created.utcoffset() is not None
    describe, modify, delete = server.requests
    # The reference encoding of alibaba-roa.md: RFC 3986, "/" included.
    assert describe.path == "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD"
    assert (describe.method, describe.action, describe.status) == (
        "GET",
        "DescribeClusterDetail",
        200,
    )
    assert (modify.method, modify.path) == ("PUT", "/api/v2/clusters/c1")
    assert (delete.method, delete.path) == ("DELETE", "/clusters/c1")
    assert {describe.signature_version, delete.signature_version} == {signature_version}
    # The answer's request id is fresh, not the documented one.
    assert modified.request_id == modify.request_id
    assert (
        deleted.request_id
        == delete.request_id
        != "687C5BAA-D103-4993-884B-C35E4314****"
    )


def test_the_request_is_what_the_official_sdk_sends() -> None:
    """Body compact JSON of only the given fields; lists in the query as JSON text."""
    sent: list[Any] = []

    class Capture:
        def send(self, request: Any, timeouts: Any) -> HttpResponse:
            sent.append(request)
            return HttpResponse(200, {"x-acs-request-id": "R-1"}, b"{}")

        def close(self) -> None:
            pass

    with CsClient(access_key_id=ID, access_key_secret=SECRET, transport=Capture()) as c:
        c.modify_cluster(cluster_id="c1", cluster_name="n ü", deletion_protection=True)
        c.delete_cluster(cluster_id="c1", retain_resources=["lb-1", "sg 2"])
    modify, delete = sent
    assert modify.body == '{"cluster_name":"n ü","deletion_protection":true}'.encode()
    assert modify.headers["content-type"].startswith("application/json")
    assert modify.headers["x-acs-action"] == "ModifyCluster"
    assert modify.headers["x-acs-version"] == "2015-12-15"
    assert modify.url == "https://cs.aliyuncs.com/api/v2/clusters/c1"
    assert delete.body == b""
    assert delete.url.endswith(
        "/clusters/c1?retain_resources=%5B%22lb-1%22%2C%22sg%202%22%5D"
    )


def test_the_async_client_speaks_roa_too() -> None:
    async def main() -> models.DescribeClusterDetailResponse:
        async with AsyncCsClient(
            access_key_id=ID, access_key_secret=SECRET, endpoint=server.endpoint
        ) as client:
            return await client.describe_cluster_detail(cluster_id="c1")

    with MockServer(access_key_id=ID, access_key_secret=SECRET) as server:
        cluster = asyncio.run(main())
    assert cluster.cluster_id == "c82e6987e2961451182edacd74faf****"
    assert server.requests[0].status == 200


def test_errors_are_typed_and_throttling_is_retried() -> None:
    with MockServer(access_key_id=ID, access_key_secret=SECRET) as server:
        server.throttle(1)
        with _client(server) as client:
            cluster = client.describe_cluster_detail(cluster_id="c1")
        with _client(server, max_attempts=1) as client:
            server.throttle(1)
            with pytest.raises(errors.ThrottlingError) as throttled:
                client.describe_cluster_detail(cluster_id="c1")
        with CsClient(
            access_key_id=ID,
            access_key_secret="wrong",
            endpoint=server.endpoint,
            max_attempts=1,
        ) as client:
            with pytest.raises(errors.ServiceError) as refused:
                client.delete_cluster(cluster_id="c1")
    assert cluster.name == "cluster-demo"
    assert [r.status for r in server.requests[:2]] == [503, 200]
    assert throttled.value.request_id == server.requests[2].request_id
    assert refused.value.code == "SignatureDoesNotMatch"
    assert refused.value.http_status == 400
    assert refused.value.request_id == server.requests[-1].request_id
    assert "wrong" not in str(refused.value)


def test_a_bad_argument_is_refused_before_sending() -> None:
    with MockServer(access_key_id=ID, access_key_secret=SECRET) as server:
        with _client(server) as client:
            with pytest.raises(errors.RequestValidationError) as refused:
                client.modify_cluster(cluster_id="c1", cluster_name="x" * 64)
    assert "/cluster_name" in str(refused.value)
    assert server.requests == []


def test_a_security_token_is_sent_and_signed() -> None:
    sent: list[Any] = []

    class Capture:
        def send(self, request: Any, timeouts: Any) -> HttpResponse:
            sent.append(request)
            return HttpResponse(200, {}, b"{}")

        def close(self) -> None:
            pass

    for version in ("v1", "v3"):
        with CsClient(
            access_key_id=ID,
            access_key_secret=SECRET,
            security_token="sts-token",
            signature_version=version,
            transport=Capture(),
        ) as client:
            client.describe_cluster_detail(cluster_id="c1")
    assert all(r.headers["x-acs-security-token"] == "sts-token" for r in sent)
    assert "x-acs-security-token" in sent[1].headers["authorization"]
    assert "sts-token" not in repr(sent[0])


def _operation(answer: RoaAnswer) -> OperationInfo[Any, Any]:
    return OperationInfo(
        action="ListThings",
        method="GET",
        validate_request=lambda request: [],
        serialize=lambda request: None,
        answer_shape=answer,
        parse=lambda wire, path, request_id: wire,
        validate_response=lambda wire: [],
    )


def test_answers_that_are_an_array_a_string_or_nothing() -> None:
    service = ServiceInfo("cs", "2015-12-15", "cs.aliyuncs.com", "cs.aliyuncs.com", "t")
    wire = RoaWire(
        service,
        scheme="https",
        host="cs.aliyuncs.com",
        signature_version=None,
        response_format="json",
    )
    headers = {"x-acs-request-id": "R-9"}
    listed = wire.decode(
        _operation(RoaAnswer("array", "clusters")),
        HttpResponse(200, headers, b'[{"cluster_id": "c1"}]'),
    )
    text = wire.decode(
        _operation(RoaAnswer("string", "name")), HttpResponse(200, headers, b'"n1"')
    )
    nothing = wire.decode(_operation(RoaAnswer("none")), HttpResponse(204, headers))
    assert listed == ({"clusters": [{"cluster_id": "c1"}]}, "R-9")
    assert text == ({"name": "n1"}, "R-9")
    assert nothing == ({}, "R-9")
    with pytest.raises(errors.ResponseParseError) as wrong:
        wire.decode(
            _operation(RoaAnswer("array", "x")), HttpResponse(200, headers, b"{}")
        )
    assert wrong.value.request_id == "R-9"


def test_docs_and_openapi_show_real_methods_and_paths() -> None:
    document = json.loads(
        (PROJECT / "generated" / "openapi" / "cs-2015-12-15.json").read_text()
    )
    validate_openapi(document)
    paths = document["paths"]
    assert set(paths["/clusters/{ClusterId}"]) == {"get", "delete"}
    assert set(paths["/api/v2/clusters/{ClusterId}"]) == {"put"}
    body = paths["/api/v2/clusters/{ClusterId}"]["put"]["requestBody"]
    assert "cluster_name" in body["content"]["application/json"]["schema"]["properties"]
    pages = {p.name for p in (PROJECT / "generated" / "docs" / "cs").rglob("*.md")}
    assert any("ModifyCluster" in name for name in pages)
    english = next(
        p
        for p in (PROJECT / "generated" / "docs" / "cs").rglob("*ModifyCluster*.md")
        if p.name.endswith(".en.md")
    )
    text = english.read_text(encoding="utf-8")
    assert "PUT /api/v2/clusters/" in text
    assert "request body" in text
