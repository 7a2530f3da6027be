"""The async transport against servers that break the rules: the same refusals as the
sync ``http1`` (one set of rules, checked here on both readers), no answer handed to
the wrong request, no connection with doubtful framing reused, the deadline kept
against a dripping server, and the connection limits kept under many concurrent
calls."""

from __future__ import annotations

import asyncio
import base64
import gzip
import http.client
import socket
import threading
import time
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from generated.vod._runtime.errors import (
    RequestValidationError,
    ResponseParseError,
    TransportError,
    TransportTimeoutError,
)
from generated.vod._runtime.http1 import Wire1
from generated.vod._runtime.http1_async import MAX_BUFFERED, Connection1
from generated.vod._runtime.http_async import AsyncHttpTransport
from generated.vod._runtime.transport import ConnectionLimits, HttpRequest, Timeouts
from tests.runtime.test_http1_hostile import OK, SECOND, _Answering, _RawServer
from tests.runtime.test_transport import certificate, tls_server  # noqa: F401
from tests.support.scripted_server import Answer, ScriptedServer

# --- the reader: fed a few bytes at a time, it agrees with the sync one ------------


async def _feed(connection: Connection1, data: bytes, piece: int) -> None:
    for start in range(0, len(data), piece):
        connection.data_received(data[start : start + piece])
        await asyncio.sleep(0)
    connection.eof_received()


async def _read_async(data: bytes, method: str, piece: int) -> tuple[Any, ...]:
    loop = asyncio.get_running_loop()
    connection = Connection1(loop)
    connection.deadline = loop.time() + 5
    feeding = asyncio.ensure_future(_feed(connection, data, piece))
    try:
        answer = await connection.read_head(method)
        pieces: list[bytes] = []
        await connection.read_body(answer, pieces.append, 7)
        return answer.status, b"".join(pieces), answer.will_close, connection.drained
    finally:
        await feeding


def _outcome(read: Any) -> Any:
    """What reading gives: the answer's parts, or the type of the error."""
    try:
        return read()
    except (http.client.HTTPException, OSError) as error:
        return type(error)


def _read_sync(data: bytes, method: str, piece: int) -> tuple[Any, ...]:
    wire = Wire1(_Answering(data, piece))  # type: ignore[arg-type]
    wire.deadline = float("inf")
    answer = wire.read_head(method)
    body = b"".join(wire.body_chunks(answer, 7))
    return answer.status, body, answer.will_close, wire.drained


HOSTILE = [
    # interim answers are skipped, an unasked protocol switch is refused
    b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 102 P\r\n\r\n" + OK,
    b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n" + OK,
    # lengths: conflicting, repeated, not digits
    b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
    b"HTTP/1.1 200 OK\r\nContent-Length: 3, 5\r\n\r\nabcde",
    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length:  2 \r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nab",
    b"HTTP/1.1 200 OK\r\nContent-Length: 0x2\r\n\r\nab",
    # chunked: with a length, bad sizes, data without its CRLF, trailers
    b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\nTransfer-Encoding: chunked \r\n\r\n"
    b"2\r\nab\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\nab\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-2\r\nab\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2 2\r\nab\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"A;name=value\r\n0123456789\r\n0\r\nX-Trailer: t\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + b"1" * 70000,
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nabcd",
    # short bodies, bytes past the answer, bodiless answers
    b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort",
    OK + b"HTTP/1.1 200 OK\r\n",
    b"HTTP/1.1 204 No Content\r\nContent-Length: 4\r\n\r\n",
    # heads too large or malformed, a silent server, HTTP/1.0
    b"HTTP/1.1 200 OK\r\n" + b"X-Big: " + b"a" * 70000 + b"\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 101 + b"\r\n",
    b"HTTP/1.1 2x0 \x1b[31m" + b"A" * 3000 + b"\r\n\r\n",
    b"HTTP/1.1 000 OK\r\nContent-Length: 2\r\n\r\n{}",
    b"HTTP/2 200 OK\r\n\r\n",
    b"",
    b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\n\r\n",
]


@pytest.mark.parametrize("data", HOSTILE)
@pytest.mark.parametrize("piece", [1, 3, 100000])
def test_both_readers_agree(data: bytes, piece: int) -> None:
    expected = _outcome(lambda: _read_sync(data, "GET", piece))
    got = _outcome(lambda: asyncio.run(_read_async(data, "GET", piece)))
    assert got == expected


def test_a_dripped_answer_ends_at_the_deadline() -> None:
    async def read() -> None:
        loop = asyncio.get_running_loop()
        connection = Connection1(loop)
        connection.deadline = loop.time() + 0.3

        async def drip() -> None:
            for byte in OK:
                connection.data_received(bytes([byte]))
                await asyncio.sleep(0.1)

        dripping = asyncio.ensure_future(drip())
        try:
            await connection.read_head("GET")
        finally:
            dripping.cancel()

    with pytest.raises(TimeoutError):
        asyncio.run(read())


# --- the transport, against a server that writes raw bytes -------------------------


def _send(
    transport: AsyncHttpTransport,
    server: _RawServer,
    method: str = "GET",
    read: float = 2.0,
) -> Any:
    async def send() -> Any:
        try:
            return await transport.send(
                HttpRequest(method, server.url, {}), Timeouts(read=read)
            )
        except TransportError as error:
            return error

    return _run(send())


def _run(coroutine: Any) -> Any:
    """One loop for every call of a test, as an application has: the transport's
    connections belong to it."""
    return _loop().run_until_complete(coroutine)


_loops: list[asyncio.AbstractEventLoop] = []


def _loop() -> asyncio.AbstractEventLoop:
    if not _loops:
        _loops.append(asyncio.new_event_loop())
    return _loops[0]


@pytest.fixture
def transport() -> Any:
    transport = AsyncHttpTransport()
    yield transport
    _run(transport.aclose())
    _loops.pop().close()


def test_a_connection_the_server_closed_is_not_reused(
    transport: AsyncHttpTransport,
) -> None:
    # The server closes after the first answer without saying so.
    server = _RawServer([OK + b"<CLOSE>", SECOND])
    assert _send(transport, server).body == b"ok"
    _run(asyncio.sleep(0.2))
    assert _send(transport, server).body == b"second"
    assert server.connections == 2
    server.close()


def test_a_server_closing_mid_body_is_a_transport_error(
    transport: AsyncHttpTransport,
) -> None:
    server = _RawServer([b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\npart"])
    error = _send(transport, server)
    assert isinstance(error, TransportError)
    assert "4 of 10" in str(error)
    assert transport.open_connections == 0
    server.close()


def test_a_chunked_body_cut_short_is_a_transport_error(
    transport: AsyncHttpTransport,
) -> None:
    server = _RawServer(
        [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nab"]
    )
    assert isinstance(_send(transport, server), TransportError)
    assert transport.open_connections == 0
    server.close()


def test_a_dripping_server_is_cut_at_the_deadline(
    transport: AsyncHttpTransport,
) -> None:
    drip = b"HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n" + b"<PAUSE>x" * 30
    server = _RawServer([drip])
    started = time.monotonic()
    error = _send(transport, server, read=0.5)
    assert isinstance(error, TransportTimeoutError)
    # Thirty pauses of 0.2 s would take 6 s; the deadline ends the answer long before.
    assert time.monotonic() - started < 4
    server.close()


def test_a_bad_header_is_refused_before_sending(transport: AsyncHttpTransport) -> None:
    server = _RawServer([OK])
    request = HttpRequest("GET", server.url, {"x-acs-security-token": "SECRETVALUE\n"})
    with pytest.raises(RequestValidationError) as caught:
        _run(transport.send(request, Timeouts(read=2)))
    assert "SECRETVALUE" not in str(caught.value)
    assert "/headers/x-acs-security-token" in str(caught.value)
    assert server.requests == []
    server.close()


def test_a_too_large_answer_is_refused(transport: AsyncHttpTransport) -> None:
    small = AsyncHttpTransport(max_response_bytes=4)
    server = _RawServer(
        [b"HTTP/1.1 200 OK\r\nx-acs-request-id: REQ-1\r\nContent-Length: 9\r\n\r\n1234"]
    )
    with pytest.raises(ResponseParseError) as caught:
        _run(small.send(HttpRequest("GET", server.url, {}), Timeouts(read=2)))
    assert caught.value.request_id == "REQ-1"
    _run(small.aclose())
    server.close()


def _encoded(coding: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Encoding: "
        + coding
        + b"\r\nContent-Length: %d\r\n\r\n" % len(body)
        + body
    )


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        # mtime=0: the same bytes in every test process (pytest-xdist's workers
        # must collect the same test ids)
        (b"gzip", gzip.compress(b'{"a": 1}', mtime=0)),
        (b"deflate", zlib.compress(b'{"a": 1}')),
        (b"deflate", zlib.compress(b'{"a": 1}')[2:-4]),  # raw, without zlib's wrapper
    ],
    ids=["gzip", "deflate", "raw-deflate"],
)
def test_compressed_answers_are_decompressed(
    transport: AsyncHttpTransport, coding: bytes, body: bytes
) -> None:
    server = _RawServer([_encoded(coding, body), SECOND])
    response = _send(transport, server)
    assert response.body == b'{"a": 1}'
    assert "content-length" not in response.headers
    assert _send(transport, server).body == b"second"
    assert b"accept-encoding: gzip, deflate" in server.requests[0].lower()
    server.close()


def test_a_compressed_bomb_is_refused_within_the_limit() -> None:
    transport = AsyncHttpTransport(max_response_bytes=1000)
    server = _RawServer([_encoded(b"gzip", gzip.compress(b"\0" * 10_000_000))])
    with pytest.raises(ResponseParseError):
        _run(transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=2)))
    _run(transport.aclose())
    _loops.pop().close()
    server.close()


def test_a_body_that_is_not_what_its_coding_says_is_a_transport_error(
    transport: AsyncHttpTransport,
) -> None:
    server = _RawServer([_encoded(b"gzip", b"not gzip at all")])
    assert isinstance(_send(transport, server), TransportError)
    server.close()


def test_a_streamed_upload_goes_chunked(transport: AsyncHttpTransport) -> None:
    received: list[bytes] = []
    server = _EchoServer(received)

    class Parts:
        length = None

        def __iter__(self) -> Any:
            raise AssertionError("the async transport reads the body asynchronously")

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for part in (b"abc", b"", b"defgh"):
                yield part

    request = HttpRequest("PUT", server.url, {}, stream=Parts())
    response = _run(transport.send(request, Timeouts(read=2)))
    assert response.status == 200
    assert received[0].endswith(b"3\r\nabc\r\n5\r\ndefgh\r\n0\r\n\r\n")
    assert b"transfer-encoding: chunked" in received[0].lower()
    server.close()


# --- many calls at once ------------------------------------------------------------


class _EchoServer:
    """Answers every request on a kept-alive connection with its own target, after a
    short pause; counts the connections open at once."""

    def __init__(self, received: list[bytes] | None = None) -> None:
        self.received = received if received is not None else []
        self.open = 0
        self.most_open = 0
        self.connections = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return "http://127.0.0.1:%d/x" % self._listener.getsockname()[1]

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections += 1
                self.open += 1
                self.most_open = max(self.most_open, self.open)
            threading.Thread(
                target=self._serve, args=(connection,), daemon=True
            ).start()

    def _serve(self, connection: socket.socket) -> None:
        pending = b""
        try:
            with connection:
                while True:
                    while b"\r\n\r\n" not in pending or (
                        b"chunked" in pending.lower() and b"0\r\n\r\n" not in pending
                    ):
                        data = connection.recv(65536)
                        if not data:
                            return
                        pending += data
                    if b"chunked" in pending.lower():
                        request, _, pending = pending.partition(b"0\r\n\r\n")
                        request += b"0\r\n\r\n"
                    else:
                        request, _, pending = pending.partition(b"\r\n\r\n")
                    self.received.append(request)
                    target = request.split(b" ", 2)[1]
                    time.sleep(0.005)
                    connection.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s"
                        % (len(target), target)
                    )
        except OSError:
            pass
        finally:
            with self._lock:
                self.open -= 1

    def close(self) -> None:
        self._listener.close()


def test_a_hundred_concurrent_calls_keep_the_limits_and_their_answers() -> None:
    server = _EchoServer()
    transport = AsyncHttpTransport(limits=ConnectionLimits(100, 8))

    async def call(number: int) -> bytes:
        url = f"{server.url}?n={number}"
        response = await transport.send(HttpRequest("GET", url, {}), Timeouts(read=10))
        return response.body

    async def calls() -> list[bytes]:
        try:
            return await asyncio.gather(*(call(n) for n in range(300)))
        finally:
            await transport.aclose()

    bodies = asyncio.run(calls())
    assert bodies == [b"/x?n=%d" % n for n in range(300)]
    assert server.most_open <= 8
    assert server.connections <= 8
    server.close()


def test_a_call_waiting_for_a_connection_gives_up_at_its_deadline() -> None:
    server = _RawServer([b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n<PAUSE>ok"])
    transport = AsyncHttpTransport(limits=ConnectionLimits(1, 1))

    async def calls() -> list[Any]:
        loop_deadline = time.monotonic() + 0.1
        slow = transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=2))
        waiting = transport.send(
            HttpRequest("GET", server.url, {}),
            Timeouts(read=2, deadline=loop_deadline),
        )
        try:
            return await asyncio.gather(slow, waiting, return_exceptions=True)
        finally:
            await transport.aclose()

    first, second = asyncio.run(calls())
    assert first.body == b"ok"
    assert isinstance(second, TransportTimeoutError)
    assert "free connection" in str(second)
    assert server.connections == 1
    server.close()


# --- TLS, directly and through a proxy's CONNECT tunnel -----------------------------


class _TunnelProxy:
    """A CONNECT proxy: records each request head, then answers ``status`` and (for
    200) relays bytes both ways to the named host."""

    def __init__(self, status: int = 200) -> None:
        self.status = status
        self.heads: list[bytes] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return "http://user:pa55word@127.0.0.1:%d" % self._listener.getsockname()[1]

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            data = client.recv(65536)
            if not data:
                client.close()
                return
            head += data
        self.heads.append(head)
        if self.status != 200:
            client.sendall(b"HTTP/1.1 %d No\r\nContent-Length: 0\r\n\r\n" % self.status)
            client.close()
            return
        authority = head.split(b" ", 2)[1].decode()
        host, _, port = authority.rpartition(":")
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(
                target=self._relay, args=(source, sink), daemon=True
            ).start()

    @staticmethod
    def _relay(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                try:
                    end.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self._listener.close()


def test_https_goes_through_a_connect_tunnel(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    tls_server.answer(Answer(200, b"tunnelled"))
    proxy = _TunnelProxy()
    transport = AsyncHttpTransport(
        verify=str(certificate / "cert.pem"), proxy=proxy.url
    )
    url = tls_server.endpoint + "/x?Signature=s"

    async def calls() -> list[bytes]:
        try:
            bodies = []
            for _ in range(2):
                response = await transport.send(
                    HttpRequest("GET", url, {}), Timeouts(read=5)
                )
                bodies.append(response.body)
            return bodies
        finally:
            await transport.aclose()

    assert asyncio.run(calls()) == [b"tunnelled", b"tunnelled"]
    (head,) = proxy.heads  # one tunnel, kept alive for both calls
    port = tls_server.endpoint.rpartition(":")[2]
    assert head.startswith(b"CONNECT 127.0.0.1:%s HTTP/1.1\r\n" % port.encode())
    expected = base64.b64encode(b"user:pa55word")
    assert b"Proxy-Authorization: Basic " + expected in head
    assert b"Signature" not in head  # the request itself travels encrypted
    assert [r.path for r in tls_server.received] == ["/x", "/x"]
    proxy.close()


def test_a_refused_tunnel_is_a_transport_error_without_the_password(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    proxy = _TunnelProxy(status=407)
    transport = AsyncHttpTransport(
        verify=str(certificate / "cert.pem"), proxy=proxy.url
    )

    async def call() -> None:
        try:
            await transport.send(
                HttpRequest("GET", tls_server.endpoint + "/", {}), Timeouts(read=5)
            )
        finally:
            await transport.aclose()

    with pytest.raises(TransportError) as caught:
        asyncio.run(call())
    assert "407" in str(caught.value) and "pa55word" not in str(caught.value)
    assert transport.open_connections == 0
    proxy.close()


def test_tls_is_verified_against_the_given_roots(
    tls_server: ScriptedServer, certificate: Path
) -> None:
    tls_server.answer(Answer(200, b"secure"))

    async def call(verify: bool | str) -> Any:
        transport = AsyncHttpTransport(verify=verify)
        try:
            return await transport.send(
                HttpRequest("GET", tls_server.endpoint + "/", {}), Timeouts(read=5)
            )
        except TransportError as error:
            return error
        finally:
            await transport.aclose()

    assert asyncio.run(call(str(certificate / "cert.pem"))).body == b"secure"
    refused = asyncio.run(call(True))
    assert isinstance(refused, TransportError)
    assert "CERTIFICATE_VERIFY_FAILED" in str(refused)


def test_a_transport_used_from_a_second_event_loop_starts_afresh() -> None:
    server = _RawServer([OK, SECOND])
    transport = AsyncHttpTransport()

    async def call() -> bytes:
        response = await transport.send(
            HttpRequest("GET", server.url, {}), Timeouts(read=2)
        )
        return response.body

    assert asyncio.run(call()) == b"ok"  # its connection stays with the first loop
    assert asyncio.run(call()) == b"second"
    assert server.connections == 2
    asyncio.run(transport.aclose())
    server.close()


class _FlowTransport:
    """Records what the connection asks of its transport's reading."""

    def __init__(self) -> None:
        self.reading = True

    def is_closing(self) -> bool:
        return False

    def pause_reading(self) -> None:
        self.reading = False

    def resume_reading(self) -> None:
        self.reading = True


def test_a_flooding_server_fills_the_kernels_buffers_not_the_clients_memory() -> None:
    """Unread bytes past MAX_BUFFERED stop the transport reading (an idle pooled
    connection a server floods holds no more than that); reading resumes when the
    reader wants more than is buffered."""

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        connection = Connection1(loop)
        flow = _FlowTransport()
        connection.connection_made(flow)  # type: ignore[arg-type]
        connection.deadline = loop.time() + 5
        piece = b"x" * 65536
        while flow.reading:
            connection.data_received(piece)
            assert len(connection._data) <= MAX_BUFFERED + len(piece)
        assert len(connection._data) > MAX_BUFFERED
        read = 0
        while read < len(connection._data):
            read += len(await connection.read_some(1 << 20))
        assert not flow.reading  # nothing asked for more yet
        waiting = asyncio.ensure_future(connection.read_some(10))
        await asyncio.sleep(0)
        assert flow.reading  # the reader waits for bytes: the socket is read again
        connection.data_received(b"more")
        assert await waiting == b"more"

    asyncio.run(scenario())
