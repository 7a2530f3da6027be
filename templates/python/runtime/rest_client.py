"""REST/JSON clients: the neutral core with OpenAPI's request rules and answers.

Credentials are a bearer token (OAuth 2 and OpenID Connect access tokens too), an API
key, and a user name and password, any of them at once, given as arguments or read at
each attempt from ``<PRODUCT>_TOKEN``, ``<PRODUCT>_API_KEY``, ``<PRODUCT>_USERNAME`` and
``<PRODUCT>_PASSWORD`` (``<PRODUCT>``: the product code in upper case, other characters
as ``_``). They ride in ``RestCredentials``, whose every secret the core's redaction
hides from messages and reprs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, NamedTuple

from .client import AsyncClient, Client, OperationInfo, ServiceInfo, choice
from .credentials import Credentials, CredentialsProvider, check_credentials
from .errors import ConfigurationError, CredentialsError
from .rest_request import (
    ANONYMOUS,
    RestCredentials,
    RestParameter,
    RestParts,
    Security,
    apply_security,
    to_request,
)
from .rest_response import RestAnswer, decode
from .rest_servers import Server, choose_server
from .retry import RetryPolicy
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncTransport,
    ConnectionLimits,
    HttpRequest,
    HttpResponse,
    Transport,
)

__all__ = [
    "AsyncRestClient",
    "RestClient",
    "RestOperation",
    "RestWire",
    "environment_names",
]


class RestOperation(NamedTuple):
    """What the wire needs of one operation beyond its serialized parts."""

    answer: RestAnswer
    # Alternatives, in order; each one's schemes are sent together.
    security: Sequence[Sequence[Security]] = ()
    request_id_header: str = "x-request-id"
    parameters: Sequence[RestParameter] = ()


def environment_names(product: str) -> dict[str, str]:
    prefix = re.sub(r"[^A-Za-z0-9]", "_", product).upper()
    return {
        kind: f"{prefix}_{kind.upper()}"
        for kind in ("token", "api_key", "username", "password")
    }


def _credentials(
    token: str | None,
    api_key: str | None,
    username: str | None,
    password: str | None,
) -> Credentials:
    """Every kind given, at once: each request sends what its operation's first
    satisfied security requirement asks for."""
    if (username is None) != (password is None):
        raise CredentialsError("username and password go together")
    for name, value in (
        ("token", token),
        ("api_key", api_key),
        ("username", username),
        ("password", password),
    ):
        if value:
            # Every secret, not only the one the core checks: a newline in any of
            # them would otherwise reach a header. The message names, never shows.
            try:
                check_credentials(Credentials(ANONYMOUS, value), name)
            except CredentialsError:
                raise CredentialsError(
                    f"{name} holds a character a request cannot carry (a space,"
                    " a newline, a non-ASCII character)"
                ) from None
    return RestCredentials(token, api_key, username, password)


def _environment(product: str) -> CredentialsProvider:
    names = environment_names(product)

    def provider() -> Credentials:
        values = {kind: os.environ.get(name) or None for kind, name in names.items()}
        if bool(values["username"]) != bool(values["password"]):
            given, missing = (
                ("username", "password")
                if values["username"]
                else ("password", "username")
            )
            raise CredentialsError(f"{names[given]} is set without {names[missing]}")
        return _credentials(
            values["token"], values["api_key"], values["username"], values["password"]
        )

    return provider


class RestWire:
    """Method and path per operation, OpenAPI parameter styles, JSON answers."""

    __slots__ = ("base", "signature_version", "response_format", "rebased")

    def __init__(
        self,
        service: ServiceInfo,
        *,
        scheme: str,
        host: str,
        signature_version: str | None,
        response_format: str,
    ) -> None:
        self.signature_version = choice(
            "signature_version", signature_version or "auto", ("auto",)
        )
        self.response_format = choice("response_format", response_format, ("json",))
        self.base = f"{scheme}://{host}"
        # (written base path, chosen server's base path) once a server is chosen.
        self.rebased: tuple[str, str] | None = None

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        parts: RestParts,
        credentials: Credentials,
        user_agent: str,
    ) -> HttpRequest:
        rest: RestOperation = operation.answer_shape
        headers = {
            "accept": "application/json",
            "user-agent": user_agent,
            **parts.headers,
        }
        query, cookies = list(parts.query), list(parts.cookies)
        apply_security(
            rest.security, credentials, headers, query, cookies, operation.action
        )
        path = parts.path
        if self.rebased is not None and path.startswith(self.rebased[0]):
            path = self.rebased[1] + path[len(self.rebased[0]) :]
        return to_request(
            operation.method,
            self.base,
            parts._replace(path=path, query=query, cookies=cookies),
            headers,
        )

    def decode(
        self, operation: OperationInfo[Any, Any], response: HttpResponse
    ) -> tuple[Any, str | None]:
        rest: RestOperation = operation.answer_shape
        return decode(response, rest.answer, operation.action, rest.request_id_header)


class _RestSettings:
    """The constructor both REST clients share: credentials by kind, not AccessKeys,
    and the document's servers."""

    SERVICE: ServiceInfo
    # Every server the document lists; operation paths are written under BASE_PATH,
    # the first server's base path.
    SERVERS: tuple[Server, ...] = ()
    BASE_PATH: str = ""

    @classmethod
    def _server(
        cls,
        server: int | str | None,
        variables: Mapping[str, str] | None,
        endpoint: str | None,
        region_id: str | None,
    ) -> tuple[str | None, str | None]:
        """The endpoint to pass on, and the chosen server's base path (None when
        no server was chosen)."""
        if server is None and variables is None:
            return endpoint, None
        if endpoint is not None or region_id is not None:
            raise ConfigurationError(
                "pass server= (with server_variables=) or endpoint=/region_id=,"
                " not both"
            )
        chosen = choose_server(cls.SERVERS, server, variables)
        return chosen.endpoint, chosen.base_path

    def _rebase(self, core: Any, base_path: str | None) -> None:
        if base_path is not None:
            core.wire.rebased = (self.BASE_PATH, base_path)

    @classmethod
    def _provider(
        cls,
        token: str | None,
        api_key: str | None,
        username: str | None,
        password: str | None,
        credentials_provider: CredentialsProvider | None,
    ) -> CredentialsProvider:
        if credentials_provider is not None:
            return credentials_provider
        if token or api_key or username or password:
            fixed = _credentials(token, api_key, username, password)
            return lambda: fixed
        return _environment(cls.SERVICE.product)


# REST/JSON has one way to authenticate a request: the spec's security scheme.
SignatureVersion = Literal["auto"]


class RestClient(_RestSettings, Client[SignatureVersion]):
    """Synchronous REST/JSON client; use it as a context manager."""

    WIRE = RestWire

    def __init__(
        self,
        token: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        endpoint: str | None = None,
        region_id: str | None = None,
        server: int | str | None = None,
        server_variables: Mapping[str, str] | None = None,
        protocol: str = "https",
        timeout: float = 10.0,
        max_attempts: int = 3,
        transport: Transport | None = None,
        connect_timeout: float = 5.0,
        credentials_provider: CredentialsProvider | None = None,
        retry_policy: RetryPolicy | None = None,
        validate_responses: bool = False,
        proxy: str | None = None,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], None] | None = None,
        signature_version: SignatureVersion | None = None,
        parsing: Literal["strict", "eager", "lenient"] = "strict",
        max_connections: int = ConnectionLimits().max_connections,
        max_connections_per_host: int = ConnectionLimits().max_connections_per_host,
    ) -> None:
        endpoint, base_path = self._server(
            server, server_variables, endpoint, region_id
        )
        super().__init__(
            region_id=region_id,
            endpoint=endpoint,
            protocol=protocol,
            signature_version=signature_version,
            timeout=timeout,
            max_attempts=max_attempts,
            transport=transport,
            connect_timeout=connect_timeout,
            credentials_provider=self._provider(
                token, api_key, username, password, credentials_provider
            ),
            retry_policy=retry_policy,
            validate_responses=validate_responses,
            proxy=proxy,
            verify=verify,
            max_response_bytes=max_response_bytes,
            sleep=sleep,
            parsing=parsing,
            max_connections=max_connections,
            max_connections_per_host=max_connections_per_host,
        )
        self._rebase(self._core, base_path)


class AsyncRestClient(_RestSettings, AsyncClient[SignatureVersion]):
    """Asynchronous REST/JSON client; use it with ``async with``."""

    WIRE = RestWire

    def __init__(
        self,
        token: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
        endpoint: str | None = None,
        region_id: str | None = None,
        server: int | str | None = None,
        server_variables: Mapping[str, str] | None = None,
        protocol: str = "https",
        timeout: float = 10.0,
        max_attempts: int = 3,
        transport: AsyncTransport | None = None,
        connect_timeout: float = 5.0,
        credentials_provider: CredentialsProvider | None = None,
        retry_policy: RetryPolicy | None = None,
        validate_responses: bool = False,
        proxy: str | None = None,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], Any] | None = None,
        signature_version: SignatureVersion | None = None,
        parsing: Literal["strict", "eager", "lenient"] = "strict",
        max_connections: int = ConnectionLimits().max_connections,
        max_connections_per_host: int = ConnectionLimits().max_connections_per_host,
    ) -> None:
        endpoint, base_path = self._server(
            server, server_variables, endpoint, region_id
        )
        super().__init__(
            region_id=region_id,
            endpoint=endpoint,
            protocol=protocol,
            signature_version=signature_version,
            timeout=timeout,
            max_attempts=max_attempts,
            transport=transport,
            connect_timeout=connect_timeout,
            credentials_provider=self._provider(
                token, api_key, username, password, credentials_provider
            ),
            retry_policy=retry_policy,
            validate_responses=validate_responses,
            proxy=proxy,
            verify=verify,
            max_response_bytes=max_response_bytes,
            sleep=sleep,
            parsing=parsing,
            max_connections=max_connections,
            max_connections_per_host=max_connections_per_host,
        )
        self._rebase(self._core, base_path)
