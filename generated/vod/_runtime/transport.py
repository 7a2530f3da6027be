"""The HTTP layer behind a client: a small interface and its httpx implementation.

httpx gives connection reuse, HTTP/1.1 keep-alive, TLS verification and the same API for
sync and async code; it is imported on the first request, not when the package loads.
Anything with the same ``send``/``close`` methods can replace it (tests, proxies, record
and replay).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from .errors import ResponseParseError, TransportError, TransportTimeoutError

if TYPE_CHECKING:  # pragma: no cover
    import httpx

__all__ = [
    "AsyncHttpxTransport",
    "AsyncTransport",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "HttpRequest",
    "HttpResponse",
    "HttpxTransport",
    "Timeouts",
    "Transport",
]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024


class Timeouts(NamedTuple):
    """Seconds to wait for a connection and for each read of the answer."""

    connect: float = 5.0
    read: float = 10.0


class HttpRequest(NamedTuple):
    """A signed request. Its repr shows where it goes, never its query or headers."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes = b""

    def __repr__(self) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(self.url)
        return f"HttpRequest({self.method} {parts.scheme}://{parts.netloc}{parts.path})"


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


def _httpx_timeout(timeouts: Timeouts) -> httpx.Timeout:
    import httpx

    return httpx.Timeout(
        connect=timeouts.connect,
        read=timeouts.read,
        write=timeouts.read,
        pool=timeouts.connect,
    )


def _translate(error: Exception, request: HttpRequest) -> TransportError:
    """A TransportError naming the host and the failure, never the signed URL."""
    import httpx
    from urllib.parse import urlsplit

    host = urlsplit(request.url).netloc
    if isinstance(error, httpx.TimeoutException):
        return TransportTimeoutError(
            f"timed out talking to {host} ({type(error).__name__})"
        )
    reason = str(error).split("?", 1)[0].strip() or type(error).__name__
    return TransportError(f"cannot reach {host}: {type(error).__name__}: {reason}")


def _too_large(limit: int, status: int) -> ResponseParseError:
    return ResponseParseError(
        f"response body exceeds the limit of {limit} bytes", http_status=status
    )


def _declared_length(headers: Any) -> int:
    try:
        return int(headers.get("content-length", "0"))
    except ValueError:
        return 0


class HttpxTransport:
    """Synchronous transport over one pooled ``httpx.Client``, created on first use."""

    def __init__(
        self,
        *,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
    ) -> None:
        self._verify = verify
        self._proxy = proxy
        self._limit = max_response_bytes
        self._client: httpx.Client | None = None

    def _pool(self) -> httpx.Client:
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                verify=self._verify, proxy=self._proxy, follow_redirects=False
            )
        return self._client

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        import httpx

        client = self._pool()
        try:
            with client.stream(
                request.method,
                request.url,
                headers=dict(request.headers),
                content=request.body or None,
                timeout=_httpx_timeout(timeouts),
            ) as response:
                if _declared_length(response.headers) > self._limit:
                    raise _too_large(self._limit, response.status_code)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self._limit:
                        raise _too_large(self._limit, response.status_code)
                    chunks.append(chunk)
                return HttpResponse(
                    response.status_code, dict(response.headers), b"".join(chunks)
                )
        except (httpx.TransportError, httpx.InvalidURL) as error:
            raise _translate(error, request) from None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


class AsyncHttpxTransport:
    """Asynchronous transport over one pooled ``httpx.AsyncClient``, created on first use."""

    def __init__(
        self,
        *,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
    ) -> None:
        self._verify = verify
        self._proxy = proxy
        self._limit = max_response_bytes
        self._client: httpx.AsyncClient | None = None

    def _pool(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(
                verify=self._verify, proxy=self._proxy, follow_redirects=False
            )
        return self._client

    async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        import httpx

        client = self._pool()
        try:
            async with client.stream(
                request.method,
                request.url,
                headers=dict(request.headers),
                content=request.body or None,
                timeout=_httpx_timeout(timeouts),
            ) as response:
                if _declared_length(response.headers) > self._limit:
                    raise _too_large(self._limit, response.status_code)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > self._limit:
                        raise _too_large(self._limit, response.status_code)
                    chunks.append(chunk)
                return HttpResponse(
                    response.status_code, dict(response.headers), b"".join(chunks)
                )
        except (httpx.TransportError, httpx.InvalidURL) as error:
            raise _translate(error, request) from None

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
