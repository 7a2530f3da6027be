"""The raw HTTP answer behind a response (``response.raw``) and behind an error
(``error.raw``): status, headers and body, with secrets kept out of reprs and out of an
error's copy of the body."""

from __future__ import annotations

import pickle

import pytest

from generated.cs import CsClient
from generated.cs.mock import MockServer as CsMockServer
from generated.vod import errors, models
from generated.vod.mock import MockServer

from .conftest import ACCESS_KEY_SECRET, JOB_ID, make_async_client, make_client


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_response_carries_its_raw_answer(
    server: MockServer, response_format: str
) -> None:
    with make_client(server, response_format=response_format) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    raw = response.raw
    assert raw is not None
    assert raw.status == 200
    assert raw.request_id == response.request_id == server.requests[0].request_id
    assert raw.header("Content-Type", "").startswith(
        "application/json" if response_format == "json" else "text/xml"
    )
    assert response.request_id is not None
    assert response.request_id.encode() in raw.body
    if response_format == "json":
        assert raw.json()["AIImageJobList"][0]["JobId"] == JOB_ID
    else:
        assert raw.text.lstrip().startswith("<?xml")


def test_raw_repr_shows_no_body_and_no_header_value(server: MockServer) -> None:
    with make_client(server) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    raw = response.raw
    assert raw is not None
    shown = repr(raw)
    assert "status=200" in shown and "x-acs-request-id" in shown
    assert str(response.request_id) not in shown
    assert JOB_ID not in shown
    # The model's own repr does not include the raw answer.
    assert "RawResponse" not in repr(response)


def test_nested_and_hand_built_models_have_no_raw(server: MockServer) -> None:
    with make_client(server) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert response.ai_image_job_list is not None
    assert response.ai_image_job_list[0].raw is None
    assert models.GetAIImageJobsResponse().raw is None
    # A response pickles with its raw answer.
    copied = pickle.loads(pickle.dumps(response))
    assert copied == response and copied.raw == response.raw


def test_service_error_carries_its_raw_answer(server: MockServer) -> None:
    server.fail(status=500, code="InternalError", message="try later")
    with make_client(server, max_attempts=1) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    raw = caught.value.raw
    assert raw is not None
    assert raw.status == 500
    assert raw.json()["Code"] == "InternalError"
    assert raw.request_id == caught.value.request_id
    copied = pickle.loads(pickle.dumps(caught.value))
    assert copied.raw == raw


def test_parse_error_carries_the_body_it_could_not_read(server: MockServer) -> None:
    server.truncate(keep_bytes=30)
    with make_client(server, max_attempts=1) as client:
        with pytest.raises(errors.ResponseParseError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    raw = caught.value.raw
    assert raw is not None and raw.status == 200 and len(raw.body) == 30


def test_an_echoed_secret_is_hidden_in_the_error_raw_body(server: MockServer) -> None:
    server.fail(status=400, code="Bad", message=f"you sent {ACCESS_KEY_SECRET}")
    with make_client(server, max_attempts=1) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    raw = caught.value.raw
    assert raw is not None
    assert ACCESS_KEY_SECRET not in raw.text
    assert "<redacted>" in raw.text
    assert ACCESS_KEY_SECRET not in repr(caught.value)


def test_transport_errors_have_no_raw(server: MockServer) -> None:
    server.drop_connection()
    with make_client(server, max_attempts=1) as client:
        with pytest.raises(errors.TransportError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert caught.value.raw is None


@pytest.mark.asyncio
async def test_async_raw(server: MockServer) -> None:
    async with make_async_client(server, max_attempts=1) as client:
        response = await client.get_ai_image_jobs(job_ids=[JOB_ID])
        assert response.raw is not None and response.raw.status == 200
        server.fail(status=503, code="ServiceUnavailable")
        with pytest.raises(errors.ServiceError) as caught:
            await client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert caught.value.raw is not None and caught.value.raw.status == 503


def test_roa_raw() -> None:
    with CsMockServer(access_key_id="id", access_key_secret="secret") as server:
        with CsClient(
            access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
        ) as client:
            cluster = client.describe_cluster_detail(cluster_id="c1")
            deleted = client.delete_cluster(cluster_id="c1")
    assert cluster.raw is not None and cluster.raw.json()["name"] == "cluster-demo"
    assert deleted.raw is not None and 200 <= deleted.raw.status < 300
