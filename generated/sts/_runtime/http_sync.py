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
from typing import Any
from urllib.parse import SplitResult, urlsplit

from .errors import ConfigurationError
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    HttpRequest,
    HttpResponse,
    LimitedBody,
    Timeouts,
    connection_failure,
    deadline_passed,
    ssl_context,
)

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
    """Thread-safe: each call takes an idle connection (or opens one) and returns it."""

    def __init__(
        self,
        *,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
        max_idle_per_host: int = 10,
    ) -> None:
        self._verify = verify
        self._limit = max_response_bytes
        self._proxy = urlsplit(proxy) if proxy else None
        if self._proxy is not None and self._proxy.scheme != "http":
            raise ConfigurationError("proxy must be an http:// URL")
        self._proxy_headers = _proxy_authorization(self._proxy)
        self._max_idle = max_idle_per_host
        self._idle: dict[_HostKey, list[http.client.HTTPConnection]] = {}
        self._lock = threading.Lock()
        self._context = None if verify is True else ssl_context(verify)

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
            connection, reused = self._checkout(key, timeouts, request.url)
            now = time.monotonic()
            deadline = timeouts.answer_deadline(now)
            connection.response_class = partial(  # type: ignore[assignment]
                _DeadlineResponse, deadline=deadline
            )
            if connection.sock is not None:  # sending shares the answer's time
                connection.sock.settimeout(max(deadline - now, 0.001))
            try:
                connection.request(
                    request.method, target, body=request.body or None, headers=headers
                )
                response = connection.getresponse()
                body = LimitedBody(
                    response.status,
                    {name.lower(): value for name, value in response.getheaders()},
                    self._limit,
                )
                while chunk := response.read(_READ_SIZE):
                    body.add(chunk)
            except _STALE as error:
                connection.close()
                if reused and attempt == 1:
                    continue
                raise connection_failure(error, request.url) from None
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                raise connection_failure(error, request.url) from None
            except BaseException:
                connection.close()  # never pool a connection with unread data
                raise
            if response.will_close:
                connection.close()
            else:
                self._checkin(key, connection)
            return body.response()
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _checkout(
        self, key: _HostKey, timeouts: Timeouts, url: str
    ) -> tuple[http.client.HTTPConnection, bool]:
        with self._lock:
            idle = self._idle.get(key)
            connection = idle.pop() if idle else None
        if connection is not None and connection.sock is not None:
            if timeouts.deadline is not None and timeouts.deadline <= time.monotonic():
                self._checkin(key, connection)
                raise deadline_passed(key[1])
            return connection, True
        return self._connect(key, timeouts, url), False

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
            if self._context is None:
                self._context = ssl_context(self._verify)
            connection = http.client.HTTPSConnection(
                connect_to,
                connect_port,
                timeout=connect_timeout,
                context=self._context,
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

    def _checkin(self, key: _HostKey, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            idle = self._idle.setdefault(key, [])
            if len(idle) < self._max_idle:
                idle.append(connection)
                return
        connection.close()

    def close(self) -> None:
        with self._lock:
            pools, self._idle = self._idle, {}
        for idle in pools.values():
            for connection in idle:
                connection.close()
