"""``http1`` writes the bytes http.client writes and reads answers by its rules."""

from __future__ import annotations

import http.client
import io
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from generated.vod._runtime.http1 import Wire1, request_head


class _Captured:
    """A socket that keeps what is sent."""

    def __init__(self) -> None:
        self.sent = b""

    def sendall(self, data: bytes) -> None:
        self.sent += bytes(data)

    def settimeout(self, seconds: float) -> None:
        pass


def _http_client_bytes(
    method: str, target: str, headers: dict[str, str], body: Any, host: str
) -> bytes:
    connection = http.client.HTTPConnection(host)
    captured = _Captured()
    connection.sock = captured  # type: ignore[assignment]
    connection.request(method, target, body=body, headers=headers)
    return captured.sent


class _Stream:
    def __iter__(self) -> Iterator[bytes]:
        return iter([b"abc", b"", b"de"])


REQUESTS = [
    ("POST", "/?a=1", {"host": "h", "x-acs-date": "d", "authorization": "A"}, None),
    ("GET", "/latest/meta-data", {}, None),
    ("GET", "/", {"Accept-Encoding": "gzip"}, None),
    ("POST", "/form", {"content-type": "application/x-www-form-urlencoded"}, b"a=1"),
    ("PUT", "/p", {"host": "h"}, b""),
    ("DELETE", "/d", {"host": "h"}, b"x"),
    ("POST", "/upload", {"host": "h"}, _Stream()),
    ("POST", "/upload", {"host": "h", "content-length": "5"}, _Stream()),
    ("GET", "http://example.com:8080/?x=1", {"proxy-authorization": "Basic x"}, None),
]


@pytest.mark.parametrize(("method", "target", "headers", "body"), REQUESTS)
def test_requests_are_written_as_http_client_writes_them(
    method: str, target: str, headers: dict[str, str], body: Any
) -> None:
    expected = _http_client_bytes(
        method,
        target,
        headers,
        iter(body) if isinstance(body, _Stream) else (body or None),
        "example.com:8080",
    )
    streamed = isinstance(body, _Stream)
    host = "example.com:8080"
    if target.startswith("http://"):
        host = "example.com:8080"
    head, chunked = request_head(
        method,
        target,
        headers,
        host,
        len(body) if isinstance(body, bytes) and body else None,
        streamed,
    )
    client, server = socket.socketpair()
    with client, server:
        wire = Wire1(client)
        wire.deadline = float("inf")
        if streamed:
            wire.send_stream(head, iter(body), chunked)
        else:
            wire.send(head, body)
        client.shutdown(socket.SHUT_WR)
        assert _all_read(server) == expected


def _all_read(sock: socket.socket) -> bytes:
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


@pytest.mark.parametrize(
    ("headers", "error"),
    [
        ({"bad:name": "v"}, ValueError),
        ({" leading": "v"}, ValueError),
        ({"x": "a\r\nInjected: 1"}, ValueError),
        ({"x": "é€"}, ValueError),
    ],
)
def test_headers_http_client_refuses_are_refused(
    headers: dict[str, str], error: type[Exception]
) -> None:
    with pytest.raises(error):
        request_head("GET", "/", headers, "h", None, False)


def test_a_target_with_a_space_is_refused() -> None:
    with pytest.raises(ValueError):
        request_head("GET", "/a b", {}, "h", None, False)


class _Answering:
    """A socket that hands out a fixed answer a few bytes at a time."""

    def __init__(self, data: bytes, piece: int) -> None:
        self.data = data
        self.piece = piece

    def settimeout(self, seconds: float) -> None:
        pass

    def recv(self, size: int) -> bytes:
        chunk, self.data = self.data[: self.piece], self.data[self.piece :]
        return chunk

    def makefile(self, mode: str) -> io.BytesIO:
        return io.BytesIO(self.data)


def _http_client_reads(data: bytes, method: str) -> tuple[Any, ...]:
    response = http.client.HTTPResponse(_Answering(data, 1), method=method)  # type: ignore[arg-type]
    try:
        response.begin()
        headers = {name.lower(): value for name, value in response.getheaders()}
        body = b""
        while chunk := response.read(7):
            body += chunk
    except Exception as error:  # the outcome compared is the exception's type
        return (type(error),)
    return (response.status, headers, body, bool(response.will_close))


def _http1_reads(data: bytes, method: str, piece: int) -> tuple[Any, ...]:
    wire = Wire1(_Answering(data, piece))  # type: ignore[arg-type]
    wire.deadline = float("inf")
    try:
        answer = wire.read_head(method)
        body = b"".join(wire.body_chunks(answer, 7))
    except Exception as error:
        return (type(error),)
    return (answer.status, answer.headers, body, answer.will_close)


ANSWERS = [
    b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n\r\nhello",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
    b"3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nTrailer: x\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
    b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end",
    b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nX-Folded: one\r\n two\r\nContent-Length: 1\r\n\r\n1",
    b"HTTP/1.1 200 OK\nContent-Length: 2\n\nok",
    b"HTTP/1.1 200 OK\r\nNot a header\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/1.1 000 OK\r\nContent-Length: 0\r\n\r\n",
    b"HTTP/2 200 OK\r\n\r\n",
    b"ICY 200 OK\r\n\r\n",
    b"HTTP/1.1 abc OK\r\n\r\n",
    b"",
    b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n",
    b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70000 + b"\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody",
    b"HTTP/1.1 200 OK\r\nTRANSFER-ENCODING: Chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n",
    b"HTTP/1.1 200 OK\r\ncontent-LENGTH:  2 \r\nCONNECTION: Close\r\n\r\nab",
    b"HTTP/1.0 200\r\nContent-Length: 2\r\n\r\nab",
    b"HTTP/1.1 999 Whatever\r\nContent-Length: 1\r\n\r\nz",
    b"HTTP/1.1 200 OK\r\n: nameless\r\n folded\r\nContent-Length: 2\r\n\r\nab",
    b"HTTP/1.1 200 OK\r\nX: y\r\nFrom me\r\n z\r\nContent-Length: 2\r\n\r\nab",
    b"HTTP/1.1 200 OK\r\nX-Nul: a\x00b\r\nContent-Length: 1\r\n\r\nz",
    b"HTTP/1.1 200 OK\r\nX-Cr: a\rb\r\nContent-Length: 1\r\n\r\nz",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n",
]


@pytest.mark.parametrize("data", ANSWERS)
@pytest.mark.parametrize("piece", [1, 5, 1 << 20])
def test_answers_are_read_as_http_client_reads_them(data: bytes, piece: int) -> None:
    assert _http1_reads(data, "GET", piece) == _http_client_reads(data, "GET")


def test_a_head_answer_has_no_body() -> None:
    data = b"HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n"
    assert _http1_reads(data, "HEAD", 3) == _http_client_reads(data, "HEAD")


def test_a_read_after_the_deadline_is_a_timeout() -> None:
    wire = Wire1(_Answering(b"HTTP/1.1 200 OK\r\n", 1))  # type: ignore[arg-type]
    wire.deadline = 0.0
    with pytest.raises(TimeoutError):
        wire.read_head("GET")
