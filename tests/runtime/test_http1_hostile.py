"""``http1`` against servers that break the rules, where it is deliberately stricter
than http.client: no answer is ever handed to the wrong request, no connection with
doubtful framing is reused, and nothing a caller passes can inject a header. The
scenarios against a raw server run on both transports, sync and async, which follow
one set of rules."""

from __future__ import annotations

import asyncio
import http.client
import socket
import struct
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from generated.vod._runtime.errors import (
    RequestValidationError,
    ResponseParseError,
    TransportError,
)
from generated.vod._runtime.http1 import Unsendable, Wire1, request_head
from generated.vod._runtime.http_async import AsyncHttpTransport
from generated.vod._runtime.http_sync import HttpTransport
from generated.vod._runtime.transport import HttpRequest, Timeouts


class _Answering:
    """A socket that hands out a fixed answer a few bytes at a time."""

    def __init__(self, data: bytes, piece: int = 3) -> None:
        self.data = data
        self.piece = piece

    def settimeout(self, seconds: float) -> None:
        pass

    def recv(self, size: int) -> bytes:
        chunk, self.data = self.data[: self.piece], self.data[self.piece :]
        return chunk


def _read(data: bytes, method: str = "GET") -> tuple[Any, ...]:
    wire = Wire1(_Answering(data))  # type: ignore[arg-type]
    wire.deadline = float("inf")
    answer = wire.read_head(method)
    body = b"".join(wire.body_chunks(answer, 7))
    return answer.status, body, answer.will_close, wire.drained


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


def test_every_interim_answer_is_skipped() -> None:
    # http.client returns the 103 as the answer and leaves the 200 on the connection.
    data = b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 102 P\r\n\r\n" + OK
    assert _read(data) == (200, b"ok", False, True)


def test_an_unasked_protocol_switch_is_refused() -> None:
    with pytest.raises(http.client.HTTPException):
        _read(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n" + OK)


@pytest.mark.parametrize(
    "lengths",
    [b"Content-Length: 3\r\nContent-Length: 5", b"Content-Length: 3, 5"],
)
def test_conflicting_lengths_are_refused(lengths: bytes) -> None:
    # http.client frames the body by the first and leaves "de" for the next answer.
    with pytest.raises(http.client.HTTPException):
        _read(b"HTTP/1.1 200 OK\r\n" + lengths + b"\r\n\r\nabcde")


def test_a_repeated_equal_length_is_accepted() -> None:
    data = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length:  2 \r\n\r\nok"
    assert _read(data) == (200, b"ok", False, True)


@pytest.mark.parametrize("length", [b"-1", b"+2", b"2_0", b"0x2", b"\xd9\xa2"])
def test_a_length_that_is_not_digits_means_read_to_the_close(length: bytes) -> None:
    data = b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\nab"
    assert _read(data) == (200, b"ab", True, True)


def test_chunked_with_content_length_is_chunked_and_closes() -> None:
    data = (
        b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\nTransfer-Encoding: chunked \r\n\r\n"
        b"2\r\nab\r\n0\r\n\r\n"
    )
    assert _read(data) == (200, b"ab", True, True)


@pytest.mark.parametrize("size", [b"0x2", b"-2", b"+2", b"2_0", b"2 2"])
def test_a_chunk_size_that_is_not_hex_is_refused(size: bytes) -> None:
    data = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + size
    with pytest.raises(http.client.IncompleteRead):
        _read(data + b"\r\nab\r\n0\r\n\r\n")


def test_chunk_data_must_end_with_crlf() -> None:
    data = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXY0\r\n\r\n"
    with pytest.raises(http.client.IncompleteRead):
        _read(data)


def test_upper_case_hex_extensions_trailers_and_a_missing_last_crlf() -> None:
    data = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"A;name=value\r\n0123456789\r\n0\r\nX-Trailer: t\r\n"
    )
    assert _read(data)[:2] == (200, b"0123456789")


def test_a_short_body_ends_the_connection() -> None:
    data = b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nshort"
    assert _read(data) == (200, b"short", True, True)


def test_bytes_past_the_answer_are_noticed() -> None:
    assert _read(OK + b"HTTP/1.1 200 OK\r\n")[3] is False


@pytest.mark.parametrize(
    ("headers", "part"),
    [
        ({"x-a": "v\r\n Injected: 1"}, "/headers/x-a"),  # a folded line
        ({"x-a": "v\n\tInjected: 1"}, "/headers/x-a"),
        ({"x-a": "v\r Injected: 1"}, "/headers/x-a"),
        ({"x-a": "v\x00w"}, "/headers/x-a"),
        ({"x-a": "secret€"}, "/headers/x-a"),
        ({"x a": "v"}, "/headers/x a"),
        ({"x\x00": "v"}, "/headers/x\\x00"),
    ],
)
def test_headers_that_could_inject_are_refused(
    headers: dict[str, str], part: str
) -> None:
    with pytest.raises(Unsendable) as caught:
        request_head("GET", "/", headers, "h", None, False)
    assert caught.value.part == part
    assert "secret" not in str(caught.value) and "Injected" not in str(caught.value)


@pytest.mark.parametrize("target", ["/a b?Signature=s", "/a\r\nX: 1", "/é"])
def test_a_target_that_cannot_be_sent_is_refused_without_its_text(target: str) -> None:
    with pytest.raises(Unsendable) as caught:
        request_head("GET", target, {}, "h", None, False)
    assert caught.value.part == "/target" and "Signature" not in str(caught.value)


def test_a_streamed_upload_stops_at_the_deadline() -> None:
    client, server = socket.socketpair()  # the server never reads
    wire = Wire1(client)
    sent: list[bytes] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(1000):
            sent.append(b"x")
            yield b"x" * 65536

    started = time.monotonic()
    wire.deadline = started + 0.3
    with pytest.raises(TimeoutError):
        wire.send_stream(b"head", chunks(), True)
    assert time.monotonic() - started < 2
    assert len(sent) < 1000
    client.close()
    server.close()


# --- the transport, against a server that writes raw bytes -------------------------


class _EarlyAnswer:
    """Reads a request's head, answers 413 at once and then reads nothing more,
    keeping the connection open until told to stop; counts the bytes it read."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.received = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return "http://127.0.0.1:%d/x" % self._listener.getsockname()[1]

    def _serve(self) -> None:
        connection, _ = self._listener.accept()
        with connection:
            self.received = len(connection.recv(1000))
            connection.sendall(
                b"HTTP/1.1 413 Too Large\r\nContent-Length: 3\r\n\r\nbig"
            )
            self.stop.wait(30)
        self._listener.close()


class _Upload:
    """A streamed body, read by either transport; counts the parts taken."""

    length = None

    def __init__(self, parts: int) -> None:
        self.parts = parts
        self.taken = 0

    def _next(self) -> Iterator[bytes]:
        for _ in range(self.parts):
            self.taken += 1
            yield b"x" * 65536

    def __iter__(self) -> Iterator[bytes]:
        return self._next()

    async def __aiter__(self) -> Any:
        for part in self._next():
            yield part


@pytest.mark.parametrize("streamed", [True, False])
def test_an_answer_before_the_upload_ends_is_returned_at_once_and_not_pooled(
    transport: EitherTransport, streamed: bool
) -> None:
    # 128 MiB that the server will never read: waiting to send it all would run
    # into the 30 s deadline instead of returning the server's answer.
    server = _EarlyAnswer()
    upload = _Upload(2048)
    request = (
        HttpRequest("PUT", server.url, {}, stream=upload)
        if streamed
        else HttpRequest("PUT", server.url, {}, body=b"x" * (65536 * 2048))
    )
    started = time.monotonic()
    try:
        response = transport.send(request, Timeouts(read=30))
        assert (response.status, response.body) == (413, b"big")
        assert time.monotonic() - started < 15
        assert transport.open_connections == 0
        if streamed:
            assert upload.taken < 2048
    finally:
        server.stop.set()


class _RawServer:
    """Answers each request head with the next scripted bytes; counts what it got.

    In an answer, ``<PAUSE>`` waits a moment before the rest is sent, and a final
    ``<RESET>`` resets the connection."""

    def __init__(self, answers: list[bytes]) -> None:
        self.answers = answers
        self.requests: list[bytes] = []
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
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
            self.connections += 1
            threading.Thread(
                target=self._serve, args=(connection,), daemon=True
            ).start()

    def _serve(self, connection: socket.socket) -> None:
        try:
            self._answer(connection)
        except OSError:  # a client that hung up on unread bytes resets the connection
            pass

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            pending = b""
            while self.answers:
                while b"\r\n\r\n" not in pending:
                    data = connection.recv(65536)
                    if not data:
                        return
                    pending += data
                head, _, pending = pending.partition(b"\r\n\r\n")
                self.requests.append(head)
                answer = self.answers.pop(0)
                for piece in answer.split(b"<PAUSE>"):
                    time.sleep(0.2 if piece is not answer else 0)
                    if piece.endswith(b"<RESET>"):
                        connection.sendall(piece[: -len(b"<RESET>")])
                        time.sleep(0.2)
                        linger = struct.pack("ii", 1, 0)
                        connection.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, linger
                        )
                        return
                    if piece.endswith(b"<CLOSE>"):
                        connection.sendall(piece[: -len(b"<CLOSE>")])
                        return
                    connection.sendall(piece)

    def close(self) -> None:
        self._listener.close()


class EitherTransport:
    """A sync or an async transport, called the same way; the async one's calls all
    run in one event loop, as an application's do."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._sync = HttpTransport() if kind == "sync" else None
        self._async = AsyncHttpTransport() if kind == "async" else None
        self._loop = asyncio.new_event_loop() if kind == "async" else None

    def send(self, request: HttpRequest, timeouts: Timeouts) -> Any:
        if self._sync is not None:
            return self._sync.send(request, timeouts)
        assert self._async is not None and self._loop is not None
        return self._loop.run_until_complete(self._async.send(request, timeouts))

    @property
    def open_connections(self) -> int:
        if self._sync is not None:
            return self._sync.open_connections
        assert self._async is not None
        return self._async.open_connections

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
        if self._async is not None and self._loop is not None:
            self._loop.run_until_complete(self._async.aclose())
            self._loop.close()


@pytest.fixture(params=["sync", "async"])
def transport(request: pytest.FixtureRequest) -> Iterator[EitherTransport]:
    transport = EitherTransport(request.param)
    yield transport
    transport.close()


def _send(transport: EitherTransport, server: _RawServer, method: str = "GET") -> Any:
    try:
        return transport.send(HttpRequest(method, server.url, {}), Timeouts(read=2))
    except TransportError as error:
        return error


SECOND = b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecond"


def test_an_interim_answer_does_not_shift_answers(transport: EitherTransport) -> None:
    server = _RawServer([b"HTTP/1.1 103 Early Hints\r\n\r\n" + OK, SECOND])
    assert _send(transport, server).body == b"ok"
    assert _send(transport, server).body == b"second"
    server.close()


def test_bytes_past_an_answer_never_answer_the_next_request(
    transport: EitherTransport,
) -> None:
    fake = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfake"
    server = _RawServer([OK + fake, SECOND])
    assert _send(transport, server).body == b"ok"
    assert _send(transport, server).body == b"second"
    assert server.connections == 2
    server.close()


def test_bytes_arriving_on_an_idle_connection_retire_it(
    transport: EitherTransport,
) -> None:
    fake = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nfake"
    server = _RawServer([OK + b"<PAUSE>" + fake, SECOND])
    assert _send(transport, server).body == b"ok"
    time.sleep(0.5)  # the stray answer arrives while the connection is idle
    assert _send(transport, server).body == b"second"
    assert server.connections == 2
    server.close()


@pytest.mark.parametrize(
    ("method", "answer"),
    [
        ("HEAD", b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n"),
        ("GET", b"HTTP/1.1 304 Not Modified\r\nContent-Length: 4\r\n\r\n"),
        ("GET", b"HTTP/1.1 204 No Content\r\nContent-Length: 4\r\n\r\n"),
    ],
)
def test_a_bodiless_answer_with_a_length_is_whole(
    transport: EitherTransport, method: str, answer: bytes
) -> None:
    server = _RawServer([answer, SECOND])
    response = _send(transport, server, method)
    assert not isinstance(response, TransportError), response
    assert response.body == b""
    assert _send(transport, server).body == b"second"
    assert server.connections == 1
    server.close()


def test_a_request_whose_answer_began_is_not_sent_again(
    transport: EitherTransport,
) -> None:
    # The reused connection is reset mid-answer: the POST arrived and was acted on.
    partial = b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\npart<RESET>"
    server = _RawServer([OK, partial, SECOND])
    assert _send(transport, server, "POST").body == b"ok"
    assert isinstance(_send(transport, server, "POST"), TransportError)
    assert len(server.requests) == 2
    server.close()


@pytest.mark.parametrize(
    ("answer", "wording"),
    [
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\npar<CLOSE>",
            "the answer from {host} was cut off: 2 more bytes were expected",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\npart<CLOSE>",
            "connection closed after 4 of 10 bytes of the answer",
        ),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\npart<RESET>",
            "the connection to {host} broke during the answer: ConnectionResetError",
        ),
        (b"<CLOSE>", "{host} closed the connection without answering"),
        (
            b"HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\nx",
            "{host} sent an answer that is not valid HTTP/1.1: HTTPException",
        ),
    ],
    ids=["chunk-cut", "length-cut", "reset", "closed", "bad-framing"],
)
def test_a_failure_after_connecting_says_what_happened(
    transport: EitherTransport, answer: bytes, wording: str
) -> None:
    server = _RawServer([answer])
    failure = _send(transport, server)
    host = server.url.split("/")[2]
    assert isinstance(failure, TransportError)
    assert str(failure).startswith(wording.format(host=host)), str(failure)
    assert "cannot reach" not in str(failure)
    server.close()


def test_a_bad_header_is_a_request_validation_error(transport: EitherTransport) -> None:
    server = _RawServer([OK])
    request = HttpRequest("GET", server.url, {"x-acs-security-token": "SECRETVALUE\n"})
    with pytest.raises(RequestValidationError) as caught:
        transport.send(request, Timeouts(read=2))
    assert "SECRETVALUE" not in str(
        caught.value
    ) and "/headers/x-acs-security-token" in str(caught.value)
    assert server.requests == []
    server.close()


def test_a_bad_status_line_is_shown_short_and_escaped() -> None:
    line = b"HTTP/1.1 2x0 \x1b[31m" + b"A" * 3000 + b"\r\n\r\n"
    with pytest.raises(http.client.BadStatusLine) as caught:
        _read(line)
    assert "\x1b" not in str(caught.value) and len(str(caught.value)) < 100


@pytest.mark.parametrize(
    ("request_id", "expected"), [("REQ-1", "REQ-1"), ("a\x1b[31m", None)]
)
def test_a_too_large_answer_names_its_request_id(
    request_id: str, expected: str | None
) -> None:
    transport = HttpTransport(max_response_bytes=4)
    server = _RawServer(
        [
            b"HTTP/1.1 200 OK\r\nx-acs-request-id: "
            + request_id.encode()
            + b"\r\nContent-Length: 9\r\n\r\n123456789"
        ]
    )
    with pytest.raises(ResponseParseError) as caught:
        transport.send(HttpRequest("GET", server.url, {}), Timeouts(read=2))
    assert caught.value.request_id == expected
    transport.close()
    server.close()


def test_a_coding_other_than_chunked_means_read_to_the_close() -> None:
    # http.client frames such a body by its Content-Length, which the coding voids.
    data = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\nContent-Length: 2\r\n\r\nabcd"
    )
    assert _read(data) == (200, b"abcd", True, True)


@pytest.mark.parametrize("port", ["99999", "abc", "-1"])
def test_a_port_out_of_range_is_refused_before_sending(port: str) -> None:
    """As in the async transport: a typed error naming the host, never the URL's
    user:password."""
    transport = HttpTransport()
    with pytest.raises(RequestValidationError) as raised:
        transport.send(
            HttpRequest("GET", f"http://u:s3cret@127.0.0.1:{port}/x", {}),
            Timeouts(read=1),
        )
    transport.close()
    assert "the port is not valid" in str(raised.value)
    assert "s3cret" not in str(raised.value) and "s3cret" not in repr(raised.value)
