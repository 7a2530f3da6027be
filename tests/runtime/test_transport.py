"""The HTTP transports: connection reuse, idle connections the server closed, and TLS."""

from __future__ import annotations

import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from generated.vod import AsyncVodClient, VodClient, errors
from generated.vod._runtime.http_sync import HttpTransport
from generated.vod._runtime.transport import HttpRequest, Timeouts
from tests.support.scripted_server import Answer, ScriptedServer

JOB = "job-1"


def test_one_connection_serves_many_calls(server: ScriptedServer) -> None:
    with VodClient("id", "secret", endpoint=server.endpoint) as client:
        for _ in range(5):
            client.get_ai_image_jobs(job_ids=[JOB])
    assert len(server.received) == 5
    assert len(server.connections) == 1


def test_an_idle_connection_closed_by_the_server_is_replaced(
    server: ScriptedServer,
) -> None:
    server.answer(Answer(200, b"{}", close_after=True), Answer(200, b"{}"))
    with VodClient("id", "secret", endpoint=server.endpoint, max_attempts=1) as client:
        client.get_ai_image_jobs(job_ids=[JOB])
        client.get_ai_image_jobs(job_ids=[JOB])
    assert len(server.received) == 2, "the stale connection is retried transparently"
    assert len(server.connections) == 2


def test_connection_close_is_honoured(server: ScriptedServer) -> None:
    server.answer(Answer(200, b"{}", {"Connection": "close"}))
    transport = HttpTransport()
    request = HttpRequest("POST", server.endpoint + "/?x=1", {"host": "h"})
    for _ in range(2):
        assert transport.send(request, Timeouts()).status == 200
    transport.close()
    assert len(server.connections) == 2


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tls")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(folder / "key.pem"),
            "-out",
            str(folder / "cert.pem"),
        ],
        check=True,
        capture_output=True,
    )
    return folder


@pytest.fixture
def tls_server(certificate: Path) -> Iterator[ScriptedServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate / "cert.pem", certificate / "key.pem")
    with ScriptedServer(tls=context) as running:
        yield running


def test_tls_is_verified_by_default(tls_server: ScriptedServer) -> None:
    with VodClient(
        "id", "secret", endpoint=tls_server.endpoint, max_attempts=1
    ) as client:
        with pytest.raises(errors.TransportError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get_ai_image_jobs(job_ids=[JOB])


def test_tls_with_a_given_certificate_authority(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    tls_server.answer(Answer(200, b'{"RequestId": "TLS-1"}'))
    with VodClient(
        "id",
        "secret",
        endpoint=tls_server.endpoint,
        verify=str(certificate / "cert.pem"),
    ) as client:
        assert client.get_ai_image_jobs(job_ids=[JOB]).request_id == "TLS-1"


@pytest.mark.asyncio
async def test_async_tls_is_verified_by_default(tls_server: ScriptedServer) -> None:
    async with AsyncVodClient(
        "id", "secret", endpoint=tls_server.endpoint, max_attempts=1
    ) as client:
        with pytest.raises(errors.TransportError):
            await client.get_ai_image_jobs(job_ids=[JOB])
    assert tls_server.received == []


def test_a_tls_connection_serves_many_calls(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    # An idle connection with bytes to read is retired; TLS's own records (session
    # tickets after the handshake) must not count as such bytes.
    with VodClient(
        "id",
        "secret",
        endpoint=tls_server.endpoint,
        verify=str(certificate / "cert.pem"),
    ) as client:
        for _ in range(3):
            client.get_ai_image_jobs(job_ids=[JOB])
    assert len(tls_server.received) == 3
    assert len(tls_server.connections) == 1
