"""The async transport used carelessly or attacked: closed while calls are in flight,
used after closing, given URLs with credentials or bad ports, a streamed body that
fails, and a server that answers before the upload is over."""

from __future__ import annotations

import asyncio
import gc
import socket
import threading
import warnings
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from generated.vod._runtime.errors import (
    ConfigurationError,
    RequestValidationError,
    TransportError,
)
from generated.vod._runtime.http_async import AsyncHttpTransport
from generated.vod._runtime.transport import HttpRequest, Timeouts
from tests.runtime.test_http1_hostile import OK, _RawServer
from tests.runtime.test_transport import certificate, tls_server  # noqa: F401
from tests.support.scripted_server import Answer, ScriptedServer


def test_a_call_in_flight_at_aclose_closes_its_connection() -> None:
    server = _RawServer([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n<PAUSE>ok"])
    transport = AsyncHttpTransport()

    async def run() -> int:
        call = asyncio.ensure_future(
            transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=5))
        )
        while transport.open_connections == 0:
            await asyncio.sleep(0.001)
        await transport.aclose()
        assert (await call).body == b"ok"
        return transport.open_connections

    assert asyncio.run(run()) == 0
    server.close()


def test_a_closed_transport_refuses_calls() -> None:
    server = _RawServer([OK, OK])
    transport = AsyncHttpTransport()

    async def run() -> None:
        await transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=5))
        await transport.aclose()
        with pytest.raises(ConfigurationError, match="closed"):
            await transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=5))

    asyncio.run(run())
    assert server.connections == 1
    server.close()


def _refused_port() -> int:
    listener = socket.create_server(("127.0.0.1", 0))
    port: int = listener.getsockname()[1]
    listener.close()
    return port


def test_credentials_in_a_url_are_in_no_error() -> None:
    url = f"http://user:s3cret@127.0.0.1:{_refused_port()}/x?Signature=SIG"
    request = HttpRequest("GET", url, {"Authorization": "Bearer TOKEN"})

    async def run() -> TransportError:
        transport = AsyncHttpTransport()
        try:
            await transport.send(request, Timeouts(read=2, connect=2))
        except TransportError as error:
            return error
        finally:
            await transport.aclose()
        raise AssertionError("a refused connection must fail")

    error = asyncio.run(run())
    for text in (str(error), repr(error), repr(request)):
        for secret in ("s3cret", "user", "SIG", "TOKEN"):
            assert secret not in text


@pytest.mark.parametrize("port", ["99999", "abc", "-1"])
def test_a_port_out_of_range_is_a_request_validation_error(port: str) -> None:
    async def run() -> None:
        transport = AsyncHttpTransport()
        try:
            await transport.send(
                HttpRequest("GET", f"http://u:s3cret@127.0.0.1:{port}/x", {}),
                Timeouts(read=1),
            )
        finally:
            await transport.aclose()

    with pytest.raises(RequestValidationError) as raised:
        asyncio.run(run())
    assert "s3cret" not in str(raised.value)


class _Body:
    def __init__(self, parts: list[bytes], error: Exception | None = None) -> None:
        self.parts = parts
        self.error = error
        self.length = None

    def __iter__(self) -> Any:
        raise AssertionError("the async transport reads the body asynchronously")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for part in self.parts:
            yield part
        if self.error is not None:
            raise self.error


def test_a_failing_streamed_body_raises_its_own_error() -> None:
    server = _RawServer([OK])

    async def run() -> int:
        transport = AsyncHttpTransport()
        body = _Body([b"abc"], FileNotFoundError("the upload's file is gone"))
        try:
            with pytest.raises(FileNotFoundError, match="file is gone"):
                await transport.send(
                    HttpRequest("PUT", server.url, {}, stream=body), Timeouts(read=2)
                )
            return transport.open_connections
        finally:
            await transport.aclose()

    assert asyncio.run(run()) == 0
    server.close()


def _no_resource_warnings(run: Any) -> None:
    """``run()`` leaves no socket or transport for the garbage collector to warn of."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        run()
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


def test_connections_of_a_closed_event_loop_close_without_warnings() -> None:
    server = _RawServer([OK, OK])

    def run() -> None:
        transport = AsyncHttpTransport()

        async def call() -> bytes:
            request = HttpRequest("GET", server.url, {})
            return (await transport.send(request, Timeouts(read=2))).body

        assert asyncio.run(call()) == b"ok"  # its loop closes with it idle
        assert asyncio.run(call()) == b"ok"  # a second loop: the first's are closed
        asyncio.run(transport.aclose())

    _no_resource_warnings(run)
    server.close()


def test_tls_connections_of_a_closed_event_loop_close_without_warnings(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    tls_server.answer(Answer(200, b"secure"))

    def run() -> None:
        transport = AsyncHttpTransport(verify=str(certificate / "cert.pem"))

        async def call() -> bytes:
            request = HttpRequest("GET", tls_server.endpoint + "/", {})
            return (await transport.send(request, Timeouts(read=5))).body

        assert asyncio.run(call()) == b"secure"
        asyncio.run(transport.aclose())

    _no_resource_warnings(run)
