"""Synchronous HTTP transport: the standard library's ``http.client`` with keep-alive.

``http.client`` speaks HTTP/1.1, TLS (through ``ssl``) and chunked bodies; this module
adds only a pool of idle connections per host, so calls reuse one TCP (and TLS)
connection. On loopback it costs a third of httpcore's time per round trip and a
quarter of httpx's, which is what a client that makes many small calls feels.
"""

from __future__ import annotations

import http.client
import io
import socket
import threading
import time
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import SplitResult, urlsplit

from .connection_pool import ConnectionPool
from .errors import ConfigurationError
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionLimits,
    HttpRequest,
    HttpResponse,
    LimitedBody,
    Timeouts,
    connection_failure,
    deadline_passed,
    ssl_context,
)

if TYPE_CHECKING:  # pragma: no cover
    import ssl

__all__ = ["HttpTransport"]

_READ_SIZE = 64 * 1024
# A reused connection that the server closed while idle fails with one of these before
# any answer arrives; the request is then sent once more on a fresh connection.
_STALE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)
_HostKey = tuple[str, str]


def _proxy_authorization(proxy: SplitResult | None) -> dict[str, str]:
    """Basic ``Proxy-Authorization`` for a proxy URL with ``user:password@``."""
    if proxy is None or proxy.username is None:
        return {}
    import base64
    from urllib.parse import unquote

    pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}"
    return {"Proxy-Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, each read given only what is left of the answer's time.

    A socket timeout bounds one read; a server that drips a byte at a time would reset it
    on every byte. Checking the clock before each read bounds the whole answer.
    """

    def __init__(self, raw: io.RawIOBase, sock: socket.socket, deadline: float) -> None:
        super().__init__()
        self._raw = raw  # the socket's own reader: it keeps the socket open while used
        self._sock = sock
        self._deadline = deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the answer did not arrive in time")
        self._sock.settimeout(left)
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An ``HTTPResponse`` whose status line, headers and body share one deadline."""

    def __init__(
        self,
        sock: socket.socket,
        debuglevel: int = 0,
        method: str | None = None,
        url: str | None = None,
        *,
        deadline: float,
    ) -> None:
        super().__init__(sock, debuglevel, method, url)
        raw = self.fp.detach()  # nothing was read yet: no buffered byte is lost
        self.fp = io.BufferedReader(_DeadlineReader(raw, sock, deadline))


class HttpTransport:
    """Thread-safe: each call takes an idle connection (or opens one) and returns it.

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
        self._proxy_headers = _proxy_authorization(self._proxy)
        self._pool: ConnectionPool[http.client.HTTPConnection] = ConnectionPool(
            max_connections=limits.max_connections,
            max_per_host=limits.max_connections_per_host,
            close=_close,
            usable=_usable,
        )
        self._context_lock = threading.Lock()
        self._context = None if verify is True else ssl_context(verify)

    @property
    def open_connections(self) -> int:
        """Connections open now, idle or in use."""
        return self._pool.open_connections

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        parts = urlsplit(request.url)
        key = (parts.scheme, parts.netloc)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        headers = dict(request.headers)
        if self._proxy is not None and parts.scheme == "http":
            target = request.url  # a plain-HTTP proxy takes the absolute form
            headers.update(self._proxy_headers)
        for attempt in (1, 2):
            lease = self._pool.acquire(key, timeouts.pool_deadline(time.monotonic()))
            reused = lease.connection is not None
            connection = lease.connection
            try:
                if connection is None:
                    connection = self._connect(key, timeouts, request.url)
            except BaseException:
                self._pool.discard(lease, None)
                raise
            now = time.monotonic()
            if timeouts.deadline is not None and timeouts.deadline <= now:
                self._pool.release(lease, connection)
                raise deadline_passed(key[1])
            deadline = timeouts.answer_deadline(now)
            connection.response_class = partial(  # type: ignore[assignment]
                _DeadlineResponse, deadline=deadline
            )
            if connection.sock is not None:  # sending shares the answer's time
                connection.sock.settimeout(max(deadline - now, 0.001))
            try:
                stream = request.stream
                connection.request(
                    request.method,
                    target,
                    # A streamed body goes as it is read: with its Content-Length
                    # when known, else chunked (http.client's choice for iterables).
                    body=iter(stream) if stream is not None else request.body or None,
                    headers=headers,
                )
                response = connection.getresponse()
                answer = LimitedBody(
                    response.status,
                    {name.lower(): value for name, value in response.getheaders()},
                    self._limit,
                )
                while chunk := response.read(_READ_SIZE):
                    answer.add(chunk)
            except _STALE as error:
                self._pool.discard(lease, connection)
                if reused and attempt == 1:
                    continue
                raise connection_failure(error, request.url) from None
            except (OSError, http.client.HTTPException) as error:
                self._pool.discard(lease, connection)
                raise connection_failure(error, request.url) from None
            except BaseException:
                self._pool.discard(lease, connection)  # never pool unread data
                raise
            if response.will_close:
                self._pool.discard(lease, connection)
            else:
                self._pool.release(lease, connection)
            return answer.response()
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _ssl_context(self) -> ssl.SSLContext:
        with self._context_lock:  # threads connecting at once share one context
            if self._context is None:
                self._context = ssl_context(self._verify)
            return self._context

    def _connect(
        self, key: _HostKey, timeouts: Timeouts, url: str
    ) -> http.client.HTTPConnection:
        scheme, netloc = key
        parts = urlsplit(f"{scheme}://{netloc}")
        host, port = parts.hostname or "", parts.port
        connect_to, connect_port = host, port
        if self._proxy is not None:
            connect_to, connect_port = self._proxy.hostname or "", self._proxy.port
        connection: http.client.HTTPConnection
        connect_timeout = timeouts.connect_within(time.monotonic())
        if scheme == "https":
            connection = http.client.HTTPSConnection(
                connect_to,
                connect_port,
                timeout=connect_timeout,
                context=self._ssl_context(),
            )
            if self._proxy is not None:
                connection.set_tunnel(host, port, headers=self._proxy_headers)
        else:
            connection = http.client.HTTPConnection(
                connect_to, connect_port, timeout=connect_timeout
            )
        try:
            connection.connect()
        except OSError as error:
            connection.close()
            raise connection_failure(error, url) from None
        assert connection.sock is not None
        connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        connection.sock.settimeout(timeouts.read)
        return connection

    def close(self) -> None:
        self._pool.close()


def _close(connection: http.client.HTTPConnection) -> None:
    connection.close()


def _usable(connection: http.client.HTTPConnection) -> bool:
    return connection.sock is not None
