"""Synchronous HTTP transport: HTTP/1.1 with keep-alive over the standard library.

``http.client`` opens connections (TCP, TLS through ``ssl``, a proxy's tunnel);
``http1`` writes each request and reads its answer on the socket, the same bytes and
rules at a fraction of http.client's cost per message; this module adds a pool of idle
connections per host, so calls reuse one TCP (and TLS) connection. On loopback a round
trip through http.client costs a third of httpcore's time and a quarter of httpx's,
and ``http1`` cuts the client's share of it by more than half again.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .connection_pool import ConnectionPool
from .http1 import (
    Unsendable,
    Wire1,
    absolute_form_host,
    host_header,
    proxy_authorization,
    request_head,
)
from .errors import ConfigurationError, RequestValidationError, Violation
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ConnectionLimits,
    HttpRequest,
    HttpResponse,
    LimitedBody,
    Timeouts,
    connection_failure,
    deadline_passed,
    route,
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
        self._proxy_headers = proxy_authorization(self._proxy)
        self._pool: ConnectionPool[Wire1] = ConnectionPool(
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
        key, host, target, headers, absolute = route(
            request, self._proxy is not None, self._proxy_headers
        )
        stream = request.stream
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
            connection.deadline = deadline
            # Sending shares the answer's time.
            connection.sock.settimeout(max(deadline - now, 0.001))
            try:
                head, chunked = request_head(
                    request.method,
                    target,
                    headers,
                    _default_host(key, connection, absolute),
                    len(request.body) if request.body else None,
                    stream is not None,
                )
            except Unsendable as error:
                self._pool.release(lease, connection)  # nothing was sent on it
                raise RequestValidationError(
                    f"{request.method} {host}",
                    [Violation(error.part, error.problem)],
                ) from None
            except BaseException:
                self._pool.discard(lease, connection)
                raise
            try:
                if stream is not None:
                    # A streamed body goes as it is read: with its Content-Length
                    # when known, else chunked.
                    connection.send_stream(head, iter(stream), chunked)
                else:
                    connection.send(head, request.body)
                answer = connection.read_head(request.method)
                body = LimitedBody(
                    answer.status, answer.headers, self._limit, answer.length
                )
                for chunk in connection.body_chunks(answer, _READ_SIZE):
                    body.add(chunk)
            except _STALE as error:
                self._pool.discard(lease, connection)
                # Sent again only when no byte of an answer came: a request whose
                # answer had begun was received (and perhaps acted on).
                if reused and attempt == 1 and not connection.answered:
                    continue
                raise connection_failure(
                    error, request.url, connection.answered
                ) from None
            except (OSError, http.client.HTTPException) as error:
                self._pool.discard(lease, connection)
                raise connection_failure(
                    error, request.url, connection.answered
                ) from None
            except BaseException:
                self._pool.discard(lease, connection)  # never pool unread data
                raise
            if answer.will_close or not connection.drained or connection.cut_short:
                # Bytes past the answer's end belong to no request, and the server
                # would read the rest of a request cut short as the next one:
                # never pooled.
                self._pool.discard(lease, connection)
            else:
                self._pool.release(lease, connection)
            return body.response()
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _ssl_context(self) -> ssl.SSLContext:
        with self._context_lock:  # threads connecting at once share one context
            if self._context is None:
                self._context = ssl_context(self._verify)
            return self._context

    def _connect(self, key: _HostKey, timeouts: Timeouts, url: str) -> Wire1:
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
        # http.client opens the connection (TCP, TLS, a proxy's CONNECT tunnel);
        # requests and answers then go through ``http1`` on its socket.
        try:
            connection.connect()
        except OSError as error:
            connection.close()
            raise connection_failure(error, url) from None
        sock = connection.sock
        assert sock is not None
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(timeouts.read)
        return Wire1(sock, host_header(host, port, connection.default_port))

    def close(self) -> None:
        self._pool.close()


def _default_host(key: _HostKey, connection: Wire1, absolute: bool) -> str:
    # The absolute form through a plain-HTTP proxy names the URL's own host and port.
    return absolute_form_host(key[1]) if absolute else connection.host


def _close(connection: Wire1) -> None:
    connection.close()


def _usable(connection: Wire1) -> bool:
    return connection.usable
