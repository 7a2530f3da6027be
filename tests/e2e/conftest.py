"""The generated client against the generated offline server, over loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from generated.vod import AsyncVodClient, VodClient
from generated.vod._runtime.credentials import Credentials
from generated.vod._runtime.rpc_request import RequestTarget, build_request
from generated.vod._runtime.http_sync import HttpTransport
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from generated.vod.mock import MockServer

ACCESS_KEY_ID = "e2e-access-key-id"
ACCESS_KEY_SECRET = "e2e-access-key-secret-do-not-leak"
JOB_ID = "cf08a2c6e11e*****de1711b738b9067"
ACTION = "GetAIImageJobs"
API_VERSION = "2017-03-21"


class SleepRecorder:
    """Stands in for time.sleep: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class AsyncSleepRecorder(SleepRecorder):
    async def __call__(self, seconds: float) -> None:  # type: ignore[override]
        self.calls.append(seconds)


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as running:
        yield running


def make_client(server: MockServer, **options: Any) -> VodClient:
    settings: dict[str, Any] = {
        "access_key_id": ACCESS_KEY_ID,
        "access_key_secret": ACCESS_KEY_SECRET,
        "endpoint": server.endpoint,
        "sleep": SleepRecorder(),
    }
    settings.update(options)
    return VodClient(**settings)


def make_async_client(server: MockServer, **options: Any) -> AsyncVodClient:
    settings: dict[str, Any] = {
        "access_key_id": ACCESS_KEY_ID,
        "access_key_secret": ACCESS_KEY_SECRET,
        "endpoint": server.endpoint,
        "sleep": AsyncSleepRecorder(),
    }
    settings.update(options)
    return AsyncVodClient(**settings)


@dataclass
class Answer:
    status: int
    content_type: str
    text: str

    def json(self) -> dict[str, Any]:
        data = json.loads(self.text)
        assert isinstance(data, dict)
        return data


def signed_request(
    server: MockServer,
    *,
    signature_version: str = "v1",
    action: str = ACTION,
    params: dict[str, str] | None = None,
    access_key_id: str = ACCESS_KEY_ID,
    secret: str = ACCESS_KEY_SECRET,
    nonce: str | None = None,
    timestamp: str | None = None,
    response_format: str = "json",
    method: str = "POST",
) -> HttpRequest:
    """A request signed by the runtime's own functions, for cases a client never sends."""
    target = RequestTarget(
        scheme="http",
        host=server.address,
        api_version=API_VERSION,
        signature_version=signature_version,
        response_format=response_format,
    )
    return build_request(
        target,
        method,
        action,
        {"JobIds": JOB_ID} if params is None else params,
        Credentials(access_key_id, secret),
        "e2e-tests",
        nonce=nonce,
        timestamp=timestamp,
    )


def send(request: HttpRequest) -> Answer:
    """Send one request as it is; the answer whatever its status."""
    transport = HttpTransport()
    try:
        response: HttpResponse = transport.send(request, Timeouts())
    finally:
        transport.close()
    return Answer(
        response.status,
        response.headers.get("content-type", ""),
        response.body.decode("utf-8"),
    )
