"""Asynchronous HTTP transport: HTTP/1.1 with keep-alive on asyncio.

``http1_async`` writes each request and reads its answer by the rules the sync
transport's ``http1`` follows (one set of rules, two ways of waiting); this module opens
connections (TCP, TLS, a proxy's ``CONNECT`` tunnel) with the event loop and keeps the
idle ones per host, so calls reuse one TCP (and TLS) connection. Answers may come gzip-
or deflate-compressed (``Accept-Encoding: gzip, deflate`` goes with a request that names
none) and are decompressed within the size limit.
"""

from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import Callable
from http.client import HTTPException
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .connection_pool import Lease
from .connection_pool_async import AsyncConnectionPool
from .errors import (
    ConfigurationError,
    RequestValidationError,
    TransportError,
    Violation,
)
from .http1 import (
    MAXLINE,
    Unsendable,
    absolute_form_host,
    answer_of,
    chunk_frame,
    header_lines_end,
    host_header,
    LAST_CHUNK,
    proxy_authorization,
    request_head,
    status_of,
)
from .http1_async import Connection1
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionLimits,
    HttpRequest,
    HttpResponse,
    LimitedBody,
    StreamedBody,
    Timeouts,
    connection_failure,
    deadline_passed,
    route,
    ssl_context,
)

if TYPE_CHECKING:  # pragma: no cover
    import ssl

__all__ = ["AsyncHttpTransport"]

_READ_SIZE = 64 * 1024
_ACCEPT_ENCODING = "gzip, deflate"
# A reused connection that the server closed while idle fails with one of these before
# any answer arrives (http.client's RemoteDisconnected, for an end of stream before the
# status line, is a ConnectionResetError); the request is then sent once more on a
# fresh connection.
_STALE = (ConnectionResetError, BrokenPipeError)
_HostKey = tuple[str, str]
_DEFAULT_PORTS = {"http": 80, "https": 443}


class AsyncHttpTransport:
    """One event loop's connections, pooled per host.

    At most ``max_connections`` are open at once, ``max_connections_per_host`` of them
    to one host; a call that finds them all busy waits for one within its attempt's
    time (and the call's deadline).
    """

    def __init__(
        self,
        *,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        limits: ConnectionLimits = ConnectionLimits(),
    ) -> None:
        self._verify = verify
        self._limit = max_response_bytes
        self._proxy = urlsplit(proxy) if proxy else None
        if self._proxy is not None and self._proxy.scheme != "http":
            raise ConfigurationError("proxy must be an http:// URL")
        self._proxy_headers = proxy_authorization(self._proxy)
        self._limits = limits
        self._context: ssl.SSLContext | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pool = self._new_pool()
        self._closed = False

    def _new_pool(self) -> AsyncConnectionPool[Connection1]:
        return AsyncConnectionPool(
            max_connections=self._limits.max_connections,
            max_per_host=self._limits.max_connections_per_host,
            close=Connection1.close,
            usable=_usable,
        )

    @property
    def open_connections(self) -> int:
        """Connections open now, idle or in use."""
        return self._pool.open_connections

    async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        if self._closed:
            raise ConfigurationError(
                "the client is closed: open a new one to make calls"
            )
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            if self._loop is not None:
                # Connections belong to the loop that opened them: a client used
                # from another loop (a second ``asyncio.run``) starts afresh.
                self._pool.close()
                self._pool = self._new_pool()
            self._loop = loop
        key, host, target, headers, absolute = route(
            request, self._proxy is not None, self._proxy_headers
        )
        stream = request.stream
        # ``loop.time()`` and ``time.monotonic()`` may be different clocks.
        offset = loop.time() - time.monotonic()
        for attempt in (1, 2):
            pool_deadline = timeouts.pool_deadline(time.monotonic()) + offset
            lease = await self._pool.acquire(key, pool_deadline)
            reused = lease.connection is not None
            connection = lease.connection
            try:
                if connection is None:
                    connection = await self._connect(loop, key, timeouts, request.url)
            except BaseException:
                self._pool.discard(lease, None)
                raise
            now = time.monotonic()
            if timeouts.deadline is not None and timeouts.deadline <= now:
                self._pool.release(lease, connection)
                raise deadline_passed(key[1])
            connection.deadline = timeouts.answer_deadline(now) + offset
            try:
                head, chunked = request_head(
                    request.method,
                    target,
                    headers,
                    absolute_form_host(key[1]) if absolute else connection.host,
                    len(request.body) if request.body else None,
                    stream is not None,
                    _ACCEPT_ENCODING,
                )
            except Unsendable as error:
                self._pool.release(lease, connection)  # nothing was sent on it
                raise RequestValidationError(
                    f"{request.method} {host}",
                    [Violation(error.part, error.problem)],
                ) from None
            except BaseException:
                self._discard(lease, connection)
                raise
            try:
                sent_whole = True
                if stream is not None:
                    sent_whole = await self._send_stream(
                        connection, head, stream, chunked
                    )
                else:
                    connection.send(head + request.body if request.body else head)
                response = await self._answer(connection, request.method)
            except _BodyFailed as failure:
                # The caller's body, not the connection, failed: its own error.
                self._discard(lease, connection)
                cause = failure.__cause__
                assert cause is not None
                raise cause
            except _STALE as error:
                self._discard(lease, connection)
                # Sent again only when no byte of an answer came: a request whose
                # answer had begun was received (and perhaps acted on).
                if reused and attempt == 1 and not connection.answered:
                    continue
                raise connection_failure(
                    error, request.url, connection.answered
                ) from None
            except (OSError, HTTPException) as error:
                self._discard(lease, connection)
                raise connection_failure(
                    error, request.url, connection.answered
                ) from None
            except BaseException:
                self._discard(lease, connection)  # never pool unread data
                raise
            answer_closes, http_response = response
            if not sent_whole or not connection.flushed:
                # Answered before the server took the whole request: the rest would
                # be read as the next request, and closing would wait for a server
                # that reads no more.
                self._discard(lease, connection)
            elif answer_closes or not connection.drained:
                # Bytes past the answer's end belong to no request: never pooled.
                self._pool.discard(lease, connection)
            else:
                self._pool.release(lease, connection)
            return http_response
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _discard(self, lease: Lease[Connection1], connection: Connection1) -> None:
        connection.abort()  # a failed exchange: nothing on it is worth flushing
        self._pool.discard(lease, None)

    async def _send_stream(
        self, connection: Connection1, head: bytes, stream: StreamedBody, chunked: bool
    ) -> bool:
        """A streamed body goes as it is read: with its Content-Length when known,
        else chunked; each write waits (within the deadline) while the server is
        slow to take the ones before. False when the server answered before the
        body's end (the rest is not sent)."""
        connection.send(head)
        chunks = aiter(stream)
        while True:
            try:
                chunk = await anext(chunks)
            except StopAsyncIteration:
                break
            except Exception as error:
                raise _BodyFailed from error
            if chunk and not await connection.send_more(
                chunk_frame(chunk) if chunked else chunk
            ):
                return False
        if chunked:
            return await connection.send_more(LAST_CHUNK)
        return True

    async def _answer(
        self, connection: Connection1, method: str
    ) -> tuple[bool, HttpResponse]:
        """Whether the connection ends with the answer, and the answer."""
        answer = await connection.read_head(method)
        headers = answer.headers
        decoder = _decoder(headers.get("content-encoding"))
        if "content-encoding" in headers:
            # The body may be decompressed: the declared length counts other bytes,
            # and is checked here against the bytes that came.
            declared = answer.length
            headers.pop("content-length", None)
            body = LimitedBody(answer.status, headers, self._limit, None)
        else:
            declared = None
            body = LimitedBody(answer.status, headers, self._limit, answer.length)
        add: Callable[[bytes], None] = body.add
        if decoder is not None:
            add = decoder.feeder(body.add, self._limit)
        size = await connection.read_body(answer, add, _READ_SIZE)
        if decoder is not None:
            decoder.finish(body.add)
        if declared is not None and size < declared:
            raise TransportError(
                f"connection closed after {size} of {declared} bytes of the answer"
            )
        return answer.will_close, body.response()

    async def _connect(
        self,
        loop: asyncio.AbstractEventLoop,
        key: _HostKey,
        timeouts: Timeouts,
        url: str,
    ) -> Connection1:
        scheme, netloc = key
        parts = urlsplit(f"{scheme}://{netloc}")
        host, port = parts.hostname or "", parts.port
        default_port = _DEFAULT_PORTS.get(scheme, 80)
        connect_to, connect_port = host, port or default_port
        if self._proxy is not None:
            connect_to = self._proxy.hostname or ""
            connect_port = self._proxy.port or 80
        connection = Connection1(loop, host_header(host, port, default_port))
        context = self._ssl_context() if scheme == "https" else None
        direct_tls = context if self._proxy is None else None
        try:
            async with asyncio.timeout(timeouts.connect_within(time.monotonic())):
                await loop.create_connection(
                    lambda: connection,
                    connect_to,
                    connect_port,
                    ssl=direct_tls,
                    server_hostname=host if direct_tls is not None else None,
                )
                if context is not None and self._proxy is not None:
                    await self._tunnel(loop, connection, host, port or 443)
                    transport = await loop.start_tls(
                        connection.transport,  # type: ignore[arg-type]
                        connection,
                        context,
                        server_hostname=host,
                    )
                    if transport is None:
                        raise ConnectionResetError("the TLS handshake did not finish")
                    connection.transport = transport
        except (OSError, HTTPException) as error:
            connection.abort()
            raise connection_failure(error, url) from None
        except BaseException:
            connection.abort()
            raise
        return connection

    async def _tunnel(
        self,
        loop: asyncio.AbstractEventLoop,
        connection: Connection1,
        host: str,
        port: int,
    ) -> None:
        """A ``CONNECT`` tunnel through the proxy to ``host:port``, as http.client
        opens one: any answer but 200 refuses it."""
        authority = host_header(host, port, 0)  # brackets an IPv6 address
        lines = [f"CONNECT {authority} HTTP/1.1", f"Host: {authority}"]
        lines.extend(f"{name}: {value}" for name, value in self._proxy_headers.items())
        connection.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        # The caller's connect timeout bounds the wait for the proxy's answer.
        connection.deadline = loop.time() + 3600.0
        version, status = status_of(await connection.readline(MAXLINE + 1))
        header_lines: list[bytes] = []
        while True:
            line = await connection.readline(MAXLINE + 1)
            header_lines.append(line)
            if header_lines_end(line, len(header_lines)):
                break
        answer_of(version, status, header_lines, "CONNECT")  # refuses a bad head
        if status != 200:
            raise OSError(f"Tunnel connection failed: {status}")
        if not connection.drained:
            raise OSError("the proxy sent bytes before the tunnel's TLS handshake")

    def _ssl_context(self) -> ssl.SSLContext:
        if self._context is None:
            self._context = ssl_context(self._verify)
        return self._context

    async def aclose(self) -> None:
        """Close the idle connections now and those in use when their call ends;
        calls after this are refused."""
        self._closed = True
        self._pool.close()


class _BodyFailed(Exception):
    """Reading the request's streamed body raised (its ``__cause__``)."""


def _usable(connection: Connection1) -> bool:
    return connection.usable


class _Decoder:
    """Decompresses a gzip or deflate body a piece at a time, never holding more
    than the size limit allows: a small bomb is refused, not inflated."""

    __slots__ = ("encoding", "_inflate")

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._inflate: zlib._Decompress | None = None

    def feeder(
        self, add: Callable[[bytes], None], limit: int
    ) -> Callable[[bytes], None]:
        def feed(data: bytes) -> None:
            inflate = self._inflate
            if inflate is None:
                if self.encoding == "gzip":
                    wbits = 16 + zlib.MAX_WBITS
                elif data and data[0] & 0x0F == 8:
                    wbits = zlib.MAX_WBITS  # deflate in its zlib wrapper
                else:
                    wbits = -zlib.MAX_WBITS  # raw deflate, as some servers send it
                inflate = self._inflate = zlib.decompressobj(wbits)
            try:
                # At most one byte past the limit at a time: LimitedBody refuses it.
                piece = inflate.decompress(data, limit + 1)
                add(piece)
                while inflate.unconsumed_tail:
                    add(inflate.decompress(inflate.unconsumed_tail, limit + 1))
            except zlib.error:
                raise HTTPException(
                    f"the answer's {self.encoding} body cannot be decompressed"
                ) from None

        return feed

    def finish(self, add: Callable[[bytes], None]) -> None:
        if self._inflate is not None:
            try:
                add(self._inflate.flush())
            except zlib.error:
                raise HTTPException(
                    f"the answer's {self.encoding} body cannot be decompressed"
                ) from None


def _decoder(encoding: str | None) -> _Decoder | None:
    if encoding is None:
        return None
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        return _Decoder("gzip")
    if encoding == "deflate":
        return _Decoder("deflate")
    return None
