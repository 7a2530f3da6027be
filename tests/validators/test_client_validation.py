"""The client validates before anything is sent, and (when asked) validates answers."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from generated.vod import AsyncVodClient, VodClient, errors
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts

REQUEST_ID = "7721B494-1F78-4E00-A7CE-E7315BFA0000"
CREDENTIALS = {"access_key_id": "AKID", "access_key_secret": "not-a-real-secret"}


def _body(**job_changes: Any) -> bytes:
    job = {
        "JobId": "cf08a2c6e11e",
        "Status": "success",
        "CreationTime": "2020-10-15T03:30:03Z",
        "UserData": '{"Extend":{"localId":"1"}}',
    }
    job.update(job_changes)
    return json.dumps({"RequestId": REQUEST_ID, "AIImageJobList": [job]}).encode()


class FakeTransport:
    """Records every request and answers with a fixed response."""

    def __init__(self, body: bytes) -> None:
        self.response = HttpResponse(
            status=200, headers={"content-type": "application/json"}, body=body
        )
        self.sent: list[tuple[HttpRequest, Timeouts]] = []
        self.closed = False

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        self.sent.append((request, timeouts))
        return self.response

    def close(self) -> None:
        self.closed = True


class AsyncFakeTransport(FakeTransport):
    async def send(  # type: ignore[override]
        self, request: HttpRequest, timeouts: Timeouts
    ) -> HttpResponse:
        return FakeTransport.send(self, request, timeouts)

    async def aclose(self) -> None:
        self.closed = True


def _client(transport: FakeTransport, **options: Any) -> VodClient:
    return VodClient(
        region_id="cn-shanghai", transport=transport, **CREDENTIALS, **options
    )


@pytest.mark.parametrize(
    ("job_ids", "expected"),
    [
        ([f"j{i}" for i in range(11)], "/JobIds: 11 items given, at most 10 allowed"),
        (["a,b"], "/JobIds/0: does not match pattern ^[^,]+$"),
        ("a,,b", "/JobIds/1: 0 characters given, at least 1 needed"),
        ([], "/JobIds: 0 items given, at least 1 needed"),
        ([3], "/JobIds/0: expected string, got integer"),
    ],
)
def test_invalid_arguments_are_refused_before_anything_is_sent(
    job_ids: Any, expected: str
) -> None:
    transport = FakeTransport(_body())
    with _client(transport) as client:
        with pytest.raises(errors.RequestValidationError) as raised:
            client.get_ai_image_jobs(job_ids=job_ids)
    assert transport.sent == []
    assert transport.closed
    assert expected in [str(v) for v in raised.value.violations]
    assert raised.value.action == "GetAIImageJobs"
    assert expected in str(raised.value)


def test_every_broken_argument_is_listed_in_one_error() -> None:
    transport = FakeTransport(_body())
    with _client(transport) as client:
        with pytest.raises(errors.RequestValidationError) as raised:
            client.get_ai_image_jobs(job_ids=["a,b", "", *(f"j{i}" for i in range(9))])
    assert [v.path for v in raised.value.violations] == [
        "/JobIds",
        "/JobIds/0",
        "/JobIds/1",
        "/JobIds/1",
    ]
    assert transport.sent == []


def test_a_valid_request_is_sent_once() -> None:
    transport = FakeTransport(_body())
    with _client(transport) as client:
        response = client.get_ai_image_jobs(job_ids=["cf08a2c6e11e"])
    assert len(transport.sent) == 1
    assert (
        "JobIds=cf08a2c6e11e"
        in transport.sent[0][0].url + transport.sent[0][0].body.decode()
    )
    assert response.request_id == REQUEST_ID


def test_responses_are_not_validated_unless_asked() -> None:
    transport = FakeTransport(_body(Status="unheard-of", UserData='{"Other":1}'))
    with _client(transport) as client:
        response = client.get_ai_image_jobs(job_ids=["a"])
    assert response.ai_image_job_list[0].status == "unheard-of"


def test_validate_responses_raises_with_the_request_id() -> None:
    transport = FakeTransport(
        _body(
            Status="unheard-of",
            UserData='{"Other":1}',
            CreationTime="2021-02-29T00:00:00Z",
        )
    )
    with _client(transport, validate_responses=True) as client:
        with pytest.raises(errors.ResponseValidationError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
    error = raised.value
    assert error.request_id == REQUEST_ID
    assert REQUEST_ID in str(error)
    assert [str(v) for v in error.violations] == [
        "/AIImageJobList/0/CreationTime: '2021-02-29T00:00:00Z' is not a date-time"
        " like 2020-10-15T03:30:03Z",
        "/AIImageJobList/0/Status: 'unheard-of' is not one of success, fail",
        "/AIImageJobList/0/UserData: inside its JSON text at /: must contain"
        " MessageCallback or Extend",
    ]
    # A broken answer is not retried: one request went out.
    assert len(transport.sent) == 1


def test_validate_responses_passes_a_valid_answer() -> None:
    transport = FakeTransport(_body())
    with _client(transport, validate_responses=True) as client:
        response = client.get_ai_image_jobs(job_ids=["a"])
    assert response.ai_image_job_list[0].user_data is not None


def test_the_async_client_validates_the_same_way() -> None:
    async def scenario() -> None:
        refused = AsyncFakeTransport(_body())
        async with AsyncVodClient(
            region_id="cn-shanghai", transport=refused, **CREDENTIALS
        ) as client:
            with pytest.raises(errors.RequestValidationError):
                await client.get_ai_image_jobs(job_ids=[])
        assert refused.sent == []

        broken = AsyncFakeTransport(_body(Status="x"))
        async with AsyncVodClient(
            region_id="cn-shanghai",
            transport=broken,
            validate_responses=True,
            **CREDENTIALS,
        ) as client:
            with pytest.raises(errors.ResponseValidationError) as raised:
                await client.get_ai_image_jobs(job_ids=["a"])
        assert raised.value.request_id == REQUEST_ID

    asyncio.run(scenario())
