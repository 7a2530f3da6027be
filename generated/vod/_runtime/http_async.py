"""Asynchronous HTTP transport over httpcore's connection pool.

httpcore is the connection-pooling engine of httpx, by the same maintainers: HTTP/1.1
keep-alive, TLS verification, per-phase timeouts and proxies on asyncio (through anyio).
Calling it directly skips httpx's request and response models, which this client does
not need and which cost more per call than the loopback round trip itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    HttpRequest,
    HttpResponse,
    LimitedBody,
    Timeouts,
    connection_failure,
    ssl_context,
)

if TYPE_CHECKING:  # pragma: no cover
    import httpcore

__all__ = ["AsyncHttpTransport"]


class AsyncHttpTransport:
    """One ``httpcore.AsyncConnectionPool``, created on the first request."""

    def __init__(
        self,
        *,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        proxy: str | None = None,
    ) -> None:
        self._verify = verify
        self._limit = max_response_bytes
        self._proxy = proxy
        self._pool: httpcore.AsyncConnectionPool | None = None

    def _new_pool(self) -> httpcore.AsyncConnectionPool:
        import httpcore

        options: dict[str, Any] = {"ssl_context": ssl_context(self._verify)}
        if self._proxy:
            options["proxy"] = httpcore.Proxy(self._proxy)
        return httpcore.AsyncConnectionPool(**options)

    async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        import httpcore

        if self._pool is None:
            self._pool = self._new_pool()
        timeout = {
            "connect": timeouts.connect,
            "read": timeouts.read,
            "write": timeouts.read,
            "pool": timeouts.connect,
        }
        try:
            async with self._pool.stream(
                request.method,
                request.url,
                headers=list(request.headers.items()),
                content=request.body or None,
                extensions={"timeout": timeout},
            ) as response:
                headers = {
                    name.decode("latin-1").lower(): value.decode("latin-1")
                    for name, value in response.headers
                }
                body = LimitedBody(response.status, headers, self._limit)
                async for chunk in response.aiter_stream():
                    body.add(chunk)
                return body.response()
        except (
            httpcore.NetworkError,
            httpcore.ProtocolError,
            httpcore.TimeoutException,
            httpcore.UnsupportedProtocol,
            httpcore.ProxyError,
        ) as error:
            raise connection_failure(error, request.url) from None

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()
            self._pool = None
