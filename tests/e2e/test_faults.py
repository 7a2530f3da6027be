"""Faults injected by the offline server, and how the generated clients live with them:
retries on throttling and 5xx (with the injected sleep, so nothing waits), parse errors
on a cut body, transport errors on a closed connection or a timeout."""

from __future__ import annotations

import json

import httpx
import pytest

from generated.tests.vod.test_get_ai_image_jobs_examples import check_documented_json
from generated.vod import errors
from generated.vod._runtime.retry import RetryPolicy
from generated.vod.mock import MockServer

from .conftest import (
    JOB_ID,
    AsyncSleepRecorder,
    SleepRecorder,
    make_async_client,
    make_client,
    send,
    signed_request,
)


def test_throttled_requests_are_retried_until_they_pass(server: MockServer) -> None:
    server.throttle(2, retry_after=7)
    sleep = SleepRecorder()
    with make_client(server, sleep=sleep, max_attempts=3) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    check_documented_json(response)
    records = server.requests
    assert [(r.status, r.code, r.fault) for r in records] == [
        (503, "Throttling.User", "throttle"),
        (503, "Throttling.User", "throttle"),
        (200, None, None),
    ]
    # The server's x-acs-retry-after outweighs the client's short backoff.
    assert sleep.calls == [7.0, 7.0]
    assert server.pending_faults == 0


def test_throttling_beyond_max_attempts_raises(server: MockServer) -> None:
    server.throttle(5)
    sleep = SleepRecorder()
    with make_client(server, sleep=sleep, max_attempts=3) as client:
        with pytest.raises(errors.ThrottlingError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert (caught.value.code, caught.value.http_status) == ("Throttling.User", 503)
    assert caught.value.request_id == server.requests[-1].request_id
    assert len(server.requests) == 3
    assert len(sleep.calls) == 2
    assert server.pending_faults == 2


def test_internal_error_is_retried(server: MockServer) -> None:
    server.fail()
    with make_client(server, max_attempts=2) as client:
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert [(r.status, r.code) for r in server.requests] == [
        (500, "InternalError"),
        (200, None),
    ]


def test_fault_answers_follow_the_requested_format(server: MockServer) -> None:
    server.fail(status=503, code="ServiceUnavailable", message="down for a moment")
    answer = send(signed_request(server, response_format="xml"))
    assert (answer.status, answer.content_type) == (503, "text/xml;charset=utf-8")
    assert "<Code>ServiceUnavailable</Code>" in answer.text
    server.throttle(retry_after=2.5)
    answer = send(signed_request(server, response_format="xml"))
    assert "<Code>Throttling.User</Code>" in answer.text
    server.fail(message="once more")
    with make_client(server, response_format="xml", max_attempts=1) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert (caught.value.code, caught.value.message) == ("InternalError", "once more")


@pytest.mark.asyncio
async def test_async_client_retries_throttling(server: MockServer) -> None:
    server.throttle(1)
    sleep = AsyncSleepRecorder()
    async with make_async_client(server, sleep=sleep, max_attempts=2) as client:
        response = await client.get_ai_image_jobs(job_ids=[JOB_ID])
    check_documented_json(response)
    assert [r.status for r in server.requests] == [503, 200]
    assert len(sleep.calls) == 1


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_truncated_body_is_a_parse_error(
    server: MockServer, response_format: str
) -> None:
    server.truncate(keep_bytes=40)
    with make_client(server, response_format=response_format) as client:
        with pytest.raises(errors.ResponseParseError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
        # The connection stays usable: the cut body was framed as complete.
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert caught.value.http_status == 200
    assert caught.value.excerpt is not None and len(caught.value.excerpt) == 40
    assert len(server.requests) == 2  # a bad 200 answer is not retried


def test_closed_connection_is_a_transport_error_after_retries(
    server: MockServer,
) -> None:
    server.drop_connection(3)
    sleep = SleepRecorder()
    with make_client(server, sleep=sleep, max_attempts=3) as client:
        with pytest.raises(errors.TransportError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert [r.fault for r in server.requests] == ["drop", "drop", "drop"]
    assert len(sleep.calls) == 2
    assert server.address in str(caught.value)
    assert "Signature" not in str(caught.value)


def test_body_cut_short_of_its_length_is_retried_as_a_transport_error(
    server: MockServer,
) -> None:
    server.truncate(2, declare_full_length=True)
    with make_client(server, max_attempts=3) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    check_documented_json(response)
    assert [r.fault for r in server.requests] == ["truncate", "truncate", None]


@pytest.mark.asyncio
async def test_async_closed_connection(server: MockServer) -> None:
    server.drop_connection(2)
    async with make_async_client(server, max_attempts=2) as client:
        with pytest.raises(errors.TransportError):
            await client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert len(server.requests) == 2


def test_delay_longer_than_the_read_timeout(server: MockServer) -> None:
    # A generous gap between the delay and the timeout: no race, and stop() cuts the
    # delay short, so the test never waits for it.
    server.delay(60)
    with make_client(server, timeout=0.2, max_attempts=1) as client:
        with pytest.raises(errors.TransportTimeoutError):
            client.get_ai_image_jobs(job_ids=[JOB_ID])


def test_short_delay_still_answers(server: MockServer) -> None:
    server.delay(0.01)
    with make_client(server) as client:
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    (record,) = server.requests
    assert (record.status, record.fault) == (200, "delay")


def test_faults_apply_in_order_and_can_be_cleared(server: MockServer) -> None:
    server.throttle(1)
    server.fail(1)
    server.drop_connection(1)
    assert server.pending_faults == 3
    server.clear_faults()
    assert server.pending_faults == 0
    server.throttle(1)
    server.fail(1, status=502, code="BadGateway")
    policy = RetryPolicy(max_attempts=3, base_delay=0)
    with make_client(server, retry_policy=policy) as client:
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert [r.status for r in server.requests] == [503, 502, 200]


def test_control_endpoint_queues_faults() -> None:
    with MockServer(access_key_id="id", access_key_secret="s", control=True) as server:
        queued = httpx.post(
            f"{server.endpoint}/_mock/faults",
            json={"kind": "throttle", "count": 2, "retry_after": 1},
        )
        assert queued.status_code == 200
        assert queued.json() == {"pending": 2}
        refused = httpx.post(f"{server.endpoint}/_mock/faults", json={"kind": "boom"})
        assert refused.status_code == 400
        cleared = httpx.delete(f"{server.endpoint}/_mock/faults")
        assert json.loads(cleared.content) == {"pending": 0}
        assert server.pending_faults == 0


def test_control_endpoint_is_off_by_default(server: MockServer) -> None:
    answer = httpx.post(f"{server.endpoint}/_mock/faults", json={"kind": "throttle"})
    assert answer.status_code == 400  # an unsigned request, not a control call
    assert answer.json()["Code"] == "IncompleteSignature"
    assert server.pending_faults == 0


def test_an_endpoint_without_a_scheme_at_a_plain_http_server_says_so() -> None:
    """``host:port`` takes https; at the offline server (plain HTTP) the handshake
    fails, and the error says how to give the endpoint instead of only the TLS text."""
    import asyncio

    from generated.vod import AsyncVodClient, VodClient
    from generated.vod.errors import TransportError
    from generated.vod.mock import MockServer

    with MockServer(access_key_id="id", access_key_secret="secret") as server:
        arguments = {
            "access_key_id": "id",
            "access_key_secret": "secret",
            "endpoint": server.address,
        }
        with VodClient(**arguments) as client:
            with pytest.raises(TransportError) as sync_error:
                client.get_ai_image_jobs(job_ids=["x"])

        async def call() -> None:
            async with AsyncVodClient(**arguments) as client:
                await client.get_ai_image_jobs(job_ids=["x"])

        with pytest.raises(TransportError) as async_error:
            asyncio.run(call())
    hint = f"give the endpoint as http://{server.address}"
    assert hint in str(sync_error.value)
    assert hint in str(async_error.value)
