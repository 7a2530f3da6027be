"""The generated async client on the same cases as the sync one, over real sockets."""

from __future__ import annotations

import pytest

from generated.vod import AsyncVodClient, errors
from tests.runtime.test_client import JOB, KEY_ID, SECRET, TOKEN, error_body
from tests.runtime.verifier import v1_is_valid, v3_is_valid
from tests.support.scripted_server import Answer, ScriptedServer


class AsyncSleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def async_client(server: ScriptedServer, **options: object) -> AsyncVodClient:
    settings: dict[str, object] = {
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "endpoint": server.endpoint,
        "sleep": AsyncSleeps(),
    }
    settings.update(options)
    return AsyncVodClient(**settings)  # type: ignore[arg-type]


@pytest.mark.asyncio
@pytest.mark.parametrize(("version", "fmt"), [("v1", "xml"), ("v3", "json")])
async def test_signed_calls_reuse_one_connection(
    server: ScriptedServer,
    documented_json: str,
    documented_xml: str,
    version: str,
    fmt: str,
) -> None:
    body = documented_json if fmt == "json" else documented_xml
    server.answer(Answer(200, body.encode()))
    async with async_client(
        server, signature_version=version, response_format=fmt, security_token=TOKEN
    ) as client:
        first = await client.get_ai_image_jobs(job_ids=[JOB])
        second = await client.get_ai_image_jobs(job_ids=JOB)
    assert first == second
    assert first.ai_image_job_list[0].status == "success"
    for received in server.received:
        if version == "v1":
            assert v1_is_valid(received, SECRET)
        else:
            assert v3_is_valid(received, KEY_ID, SECRET)
    assert len(server.received) == 2


@pytest.mark.asyncio
async def test_throttling_is_retried(
    server: ScriptedServer, documented_json: str
) -> None:
    server.answer(
        Answer(503, error_body("Throttling.User"), {"x-acs-retry-after": "1"}),
        Answer(200, documented_json.encode()),
    )
    sleeps = AsyncSleeps()
    async with async_client(server, sleep=sleeps) as client:
        response = await client.get_ai_image_jobs(job_ids=[JOB])
    assert response.ai_image_job_list
    assert sleeps.delays == [1.0]
    assert len({r.headers["x-acs-signature-nonce"] for r in server.received}) == 2


@pytest.mark.asyncio
async def test_errors_are_typed(server: ScriptedServer) -> None:
    server.answer(
        Answer(404, error_body("InvalidAccessKeyId.NotFound", "REQ-404", "xml"))
    )
    async with async_client(server, response_format="xml") as client:
        with pytest.raises(errors.ServiceError) as caught:
            await client.get_ai_image_jobs(job_ids=[JOB])
    assert caught.value.code == "InvalidAccessKeyId.NotFound"
    assert caught.value.request_id == "REQ-404"
    assert caught.value.http_status == 404
    assert len(server.received) == 1


@pytest.mark.asyncio
async def test_timeouts_and_closed_connections(server: ScriptedServer) -> None:
    server.answer(Answer(200, b"{}", delay=1.0))
    async with async_client(server, timeout=0.2, max_attempts=1) as client:
        with pytest.raises(errors.TransportTimeoutError):
            await client.get_ai_image_jobs(job_ids=[JOB])
    server.answer(Answer(drop_connection=True))
    sleeps = AsyncSleeps()
    async with async_client(server, max_attempts=3, sleep=sleeps) as client:
        with pytest.raises(errors.TransportError):
            await client.get_ai_image_jobs(job_ids=[JOB])
    assert len(sleeps.delays) == 2


@pytest.mark.asyncio
async def test_bad_arguments_are_refused_without_sending(
    server: ScriptedServer,
) -> None:
    async with async_client(server) as client:
        with pytest.raises(errors.RequestValidationError, match="/JobIds"):
            await client.get_ai_image_jobs(job_ids=[])
    assert server.received == []
