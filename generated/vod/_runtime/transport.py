"""The HTTP layer behind a client: a small interface, and what its implementations share.

The sync transport (``http_sync``) and the async one (``http_async``) are loaded with the
first client, not with the package. Anything with the same ``send``/``close`` methods can
replace them (tests, proxies, record and replay).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import urlsplit

from .errors import (
    ConfigurationError,
    RequestValidationError,
    ResponseParseError,
    TransportError,
    TransportTimeoutError,
    Violation,
)

if TYPE_CHECKING:  # pragma: no cover
    import ssl

__all__ = [
    "AsyncTransport",
    "ConnectionLimits",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "HttpRequest",
    "HttpResponse",
    "LimitedBody",
    "Timeouts",
    "StreamedBody",
    "Transport",
    "connection_failure",
    "deadline_passed",
    "Route",
    "route",
    "ssl_context",
]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


class Timeouts(NamedTuple):
    """Seconds to wait for a connection, and for the whole answer (status line, headers
    and body) once the request is sent; ``deadline``, a ``time.monotonic()`` instant,
    ends the attempt earlier when the call's overall time runs out first."""

    connect: float = 5.0
    read: float = 10.0
    deadline: float | None = None

    def answer_deadline(self, now: float) -> float:
        """When an answer whose request went out at ``now`` must be complete."""
        end = now + self.read
        return end if self.deadline is None or self.deadline > end else self.deadline

    def connect_within(self, now: float) -> float:
        """Seconds a connection opened at ``now`` may take; a timeout if none are left."""
        if self.deadline is None or self.deadline - now >= self.connect:
            return self.connect
        left = self.deadline - now
        if left <= 0:
            raise TransportTimeoutError("the call's deadline passed before connecting")
        return left

    def pool_deadline(self, now: float) -> float:
        """Until when an attempt starting at ``now`` may wait for a free connection: its
        whole time (connecting and answering), and never past the call's deadline."""
        end = now + self.connect + self.read
        return end if self.deadline is None or self.deadline > end else self.deadline


class ConnectionLimits(NamedTuple):
    """How many connections a client keeps open at once, per host and in total.

    Idle connections count too: a pooled connection holds its place until it is closed.
    """

    max_connections: int = 100
    max_connections_per_host: int = 50

    @classmethod
    def checked(cls, max_connections: int, max_per_host: int) -> ConnectionLimits:
        """The limits, or a ConfigurationError naming the one that is not a count."""
        for name, value in (
            ("max_connections", max_connections),
            ("max_connections_per_host", max_per_host),
        ):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigurationError(
                    f"{name} must be a whole number of at least 1, not {value!r}"
                )
        return cls(max_connections, max_per_host)


class StreamedBody(Protocol):
    """A request body sent as it is read (a multipart upload): iterable more than
    once, so a retried request sends it again; ``length`` is None when unknown, and the
    body then goes chunked."""

    @property
    def length(self) -> int | None: ...

    def __iter__(self) -> Iterator[bytes]: ...

    def __aiter__(self) -> AsyncIterator[bytes]: ...


class HttpRequest(NamedTuple):
    """A signed request. Its repr shows where it goes, never its query or headers."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes = b""
    # A body sent as it is read (a multipart upload); ``body`` is then empty.
    stream: StreamedBody | None = None

    def __repr__(self) -> str:
        parts = urlsplit(self.url)
        host = parts.netloc.rpartition("@")[2]  # never a user:password@
        return f"HttpRequest({self.method} {parts.scheme}://{host}{parts.path})"


class HttpResponse(NamedTuple):
    """What came back: status, headers with lower-case names, and the whole body."""

    status: int
    headers: Mapping[str, str]
    body: bytes = b""


class Transport(Protocol):
    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        """Send ``request``; raise TransportError (or its timeout subclass) on failure."""

    def close(self) -> None: ...


class AsyncTransport(Protocol):
    async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        """Send ``request``; raise TransportError (or its timeout subclass) on failure."""

    async def aclose(self) -> None: ...


def ssl_context(verify: bool | str) -> ssl.SSLContext:
    """System-grade verification with certifi's roots; a path names other roots."""
    import ssl

    if verify is False:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


class Route(NamedTuple):
    """Where a request goes and what its request line names, for either transport."""

    key: tuple[str, str]  # (scheme, netloc): the connections it may share
    host: str  # the netloc without any ``user:password@``, for messages
    target: str  # the request line's target
    headers: Mapping[str, str]
    absolute: bool  # sent to a plain-HTTP proxy, which takes the absolute form


def route(
    request: HttpRequest, proxied: bool, proxy_headers: Mapping[str, str]
) -> Route:
    """The request's route; RequestValidationError, before anything is sent, for a URL
    whose port is not a number from 0 to 65535 (``urlsplit`` only finds out when
    asked)."""
    parts = urlsplit(request.url)
    host = parts.netloc.rpartition("@")[2]
    try:
        parts.port  # noqa: B018 - the property raises for a bad port
    except ValueError as error:
        raise RequestValidationError(
            f"{request.method} {host}",
            [Violation("url", f"the port is not valid: {error}")],
        ) from None
    absolute = proxied and parts.scheme == "http"
    if absolute:
        return Route(
            (parts.scheme, parts.netloc),
            host,
            request.url,
            {**request.headers, **proxy_headers},
            True,
        )
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return Route((parts.scheme, parts.netloc), host, target, request.headers, False)


def deadline_passed(netloc: str) -> TransportTimeoutError:
    host = netloc.rpartition("@")[2]  # never a user:password@
    return TransportTimeoutError(f"timed out waiting for the answer from {host}")


def connection_failure(
    error: BaseException, url: str, answered: bool = False
) -> TransportError:
    """A TransportError naming the host and the failure, never the signed URL.

    ``answered``: whether any byte of the answer had arrived, so that a failure
    during the answer is not reported as a host that cannot be reached."""
    # Loaded by both transports already; here only when a call fails.
    from http.client import HTTPException, IncompleteRead, RemoteDisconnected

    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]  # never a user:password@
    name = type(error).__name__
    if isinstance(error, TimeoutError) or "Timeout" in name:
        return TransportTimeoutError(f"timed out talking to {host} ({name})")
    reason = str(error).split("?", 1)[0].strip() or name
    if isinstance(error, IncompleteRead):
        missing = (
            f": {error.expected} more bytes were expected"
            if error.expected is not None
            else ""
        )
        return TransportError(f"the answer from {host} was cut off{missing}")
    if isinstance(error, RemoteDisconnected):
        return TransportError(f"{host} closed the connection without answering")
    if isinstance(error, HTTPException):
        return TransportError(
            f"{host} sent an answer that is not valid HTTP/1.1: {name}: {reason}"
        )
    if answered:
        return TransportError(
            f"the connection to {host} broke during the answer: {name}: {reason}"
        )
    message = f"cannot reach {host}: {name}: {reason}"
    if parts.scheme == "https" and "wrong version number" in reason.lower():
        # What a TLS handshake with a plain HTTP server looks like: an endpoint given
        # as host:port takes https, and the offline server speaks http.
        message += (
            f"; the server there does not speak TLS: for plain HTTP (the offline"
            f" server, say) give the endpoint as http://{host}"
        )
    return TransportError(message)


def _too_large(
    limit: int, status: int, headers: Mapping[str, str]
) -> ResponseParseError:
    """The error for an answer too large to read, with the request id its headers
    name (a server's text: taken only when it looks like one)."""
    request_id = headers.get("x-acs-request-id")
    if request_id is not None and not _REQUEST_ID.fullmatch(request_id):
        request_id = None
    return ResponseParseError(
        f"response body exceeds the limit of {limit} bytes",
        http_status=status,
        request_id=request_id,
    )


_REQUEST_ID = re.compile(r"[A-Za-z0-9_.:-]{1,128}")


def _declared_length(headers: Mapping[str, str]) -> int:
    try:
        return int(headers.get("content-length", "0"))
    except ValueError:
        return 0


class LimitedBody:
    """Collects a response body, refusing it once it passes the size limit."""

    __slots__ = ("status", "headers", "limit", "size", "chunks", "expected")

    def __init__(
        self,
        status: int,
        headers: dict[str, str],
        limit: int,
        expected: int | None = -1,
    ) -> None:
        """``expected`` is the body's length as the transport framed it (None when
        it runs to the close, 0 for a HEAD or 304 answer whatever its
        Content-Length says); by default it is read from Content-Length."""
        self.status = status
        self.headers = headers
        self.limit = limit
        self.size = 0
        self.chunks: list[bytes] = []
        self.expected = _declared_length(headers) if expected == -1 else expected or 0
        if self.expected > limit:
            raise _too_large(limit, status, headers)

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise _too_large(self.limit, self.status, self.headers)
        self.chunks.append(chunk)

    def response(self) -> HttpResponse:
        declared = self.expected
        if declared > self.size:
            # The connection ended early: a retry may well get the whole answer.
            raise TransportError(
                f"connection closed after {self.size} of {declared} bytes of the answer"
            )
        return HttpResponse(self.status, self.headers, b"".join(self.chunks))
