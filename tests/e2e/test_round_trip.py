"""The generated clients get the documented answer from the offline server, sync and
async, signed v1 and V3, in JSON and XML."""

from __future__ import annotations

import pytest

from generated.tests.vod.test_get_ai_image_jobs_examples import SERVED_CHECKS
from generated.vod.mock import MockServer

from .conftest import JOB_ID, make_async_client, make_client

COMBINATIONS = [(s, f) for s in ("v1", "v3") for f in ("json", "xml")]


@pytest.mark.parametrize(("signature_version", "response_format"), COMBINATIONS)
def test_sync_client_gets_the_documented_answer(
    server: MockServer, signature_version: str, response_format: str
) -> None:
    with make_client(
        server, signature_version=signature_version, response_format=response_format
    ) as client:
        first = client.get_ai_image_jobs(job_ids=[JOB_ID])
        second = client.get_ai_image_jobs(job_ids=JOB_ID)
    SERVED_CHECKS[response_format](first)
    SERVED_CHECKS[response_format](second)
    records = server.requests
    assert [r.status for r in records] == [200, 200]
    assert {r.signature_version for r in records} == {signature_version}
    # Every answer has its own RequestId, and the client reports it.
    assert [first.request_id, second.request_id] == [r.request_id for r in records]
    assert first.request_id != second.request_id


@pytest.mark.asyncio
@pytest.mark.parametrize(("signature_version", "response_format"), COMBINATIONS)
async def test_async_client_gets_the_documented_answer(
    server: MockServer, signature_version: str, response_format: str
) -> None:
    async with make_async_client(
        server, signature_version=signature_version, response_format=response_format
    ) as client:
        response = await client.get_ai_image_jobs(job_ids=[JOB_ID, "second-job"])
    SERVED_CHECKS[response_format](response)
    (record,) = server.requests
    assert record.status == 200
    assert record.signature_version == signature_version
    assert record.params == {"JobIds": f"{JOB_ID},second-job"}


def test_keep_alive_connection_serves_many_requests(server: MockServer) -> None:
    with make_client(server) as client:
        answers = [client.get_ai_image_jobs(job_ids=[JOB_ID]) for _ in range(5)]
    assert len({a.request_id for a in answers}) == 5
    assert [r.status for r in server.requests] == [200] * 5
    assert server.connections_accepted == 1


@pytest.mark.asyncio
async def test_concurrent_requests_each_get_their_own_answer(
    server: MockServer,
) -> None:
    import asyncio

    async with make_async_client(server) as client:
        answers = await asyncio.gather(
            *(client.get_ai_image_jobs(job_ids=[f"job-{i}"]) for i in range(10))
        )
    records = server.requests
    assert sorted(r.params["JobIds"] for r in records) == sorted(
        f"job-{i}" for i in range(10)
    )
    assert {a.request_id for a in answers} == {r.request_id for r in records}
    assert len({a.request_id for a in answers}) == 10
