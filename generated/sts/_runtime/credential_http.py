"""The HTTP calls credential sources make (STS, ECS metadata, credential URIs).

They go through the client's own ``Transport`` interface, so tests point them at local
servers; STS and credential URIs honour ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY``, the
link-local metadata service never goes through a proxy. Failures
become ``CredentialsError`` naming the source and the host, never a token or secret.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ApiError, CredentialsError
from .transport import HttpRequest, HttpResponse, Timeouts, Transport

__all__ = ["CredentialHttp", "json_object", "split_endpoint"]


class CredentialHttp:
    """A transport made on first use (or the one given) and the timeouts to use with it."""

    def __init__(
        self, transport: Transport | None, timeouts: Timeouts, *, use_proxy: bool = True
    ) -> None:
        self._transport = transport
        self.timeouts = timeouts
        self._use_proxy = use_proxy

    def send(self, request: HttpRequest, source: str) -> HttpResponse:
        if self._transport is None:
            from urllib.parse import urlsplit

            from .http_sync import HttpTransport
            from .proxies import proxy_for

            parts = urlsplit(request.url)
            proxy = proxy_for(parts.scheme, parts.netloc) if self._use_proxy else None
            self._transport = HttpTransport(proxy=proxy)
        try:
            return self._transport.send(request, self.timeouts)
        except ApiError as error:
            raise CredentialsError(f"{source}: {error}") from None


def json_object(response: HttpResponse, source: str) -> dict[str, Any]:
    """The answer's JSON object; a CredentialsError (without the body) otherwise."""
    try:
        document = json.loads(response.body)
    except ValueError:
        raise CredentialsError(
            f"{source}: the answer (HTTP {response.status}) is not JSON"
        ) from None
    if not isinstance(document, dict):
        raise CredentialsError(
            f"{source}: the answer (HTTP {response.status}) is not a JSON object"
        )
    return document


def split_endpoint(endpoint: str, default_scheme: str = "https") -> tuple[str, str]:
    """``(scheme, host[:port])`` of ``https://host``, ``http://host:port`` or ``host``."""
    scheme, separator, rest = endpoint.partition("://")
    if not separator:
        scheme, rest = default_scheme, endpoint
    scheme = scheme.lower()
    host = rest.rstrip("/")
    if scheme not in ("http", "https") or not host or "/" in host:
        raise CredentialsError(f"endpoint {endpoint!r} is not [http[s]://]host[:port]")
    return scheme, host
