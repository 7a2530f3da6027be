"""The machinery behind every generated Alibaba RPC client, sync and async.

A generated client is a subclass that adds one method per operation; each method builds
its request model and calls ``_invoke`` with the operation's ``OperationInfo``. Arguments
are validated once, before anything is sent; each attempt is signed afresh.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Self, TypeVar

from .credentials import Credentials, CredentialsProvider, resolve_provider
from .errors import (
    ApiError,
    ConfigurationError,
    RequestValidationError,
    ResponseValidationError,
    Violation,
)
from .model import request_id_of
from .retry import RetryPolicy
from .rpc_response import decode_success, error_from_response
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncTransport,
    HttpRequest,
    HttpResponse,
    Timeouts,
    Transport,
)

if TYPE_CHECKING:  # pragma: no cover
    import logging

    from .rpc_request import RequestTarget

__all__ = ["AsyncRpcClient", "OperationInfo", "RpcClient", "ServiceInfo"]

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")

_REGION = re.compile(r"^[a-z]{2,}(?:-[a-z0-9]+)+$")
_HOST = re.compile(
    r"^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$"
)


class ServiceInfo(NamedTuple):
    """What a generated package knows about its service."""

    product: str
    api_version: str
    global_endpoint: str
    regional_endpoint: str
    logger_name: str
    package_version: str = "0"


class OperationInfo(NamedTuple, Generic[RequestT, ResponseT]):
    """One operation's wire binding, generated from the spec."""

    action: str
    method: str
    validate_request: Callable[[RequestT], list[Violation]]
    serialize: Callable[[RequestT], dict[str, str]]
    xml_shape: Any
    parse: Callable[[Any, str, str | None], ResponseT]
    validate_response: Callable[[Any], list[Violation]]


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    lowered = value.lower() if isinstance(value, str) else value
    if lowered not in allowed:
        raise ConfigurationError(
            f"{name} must be one of {', '.join(allowed)}, not {value!r}"
        )
    return lowered


def _endpoint(
    service: ServiceInfo, endpoint: str | None, region_id: str | None, protocol: str
) -> tuple[str, str]:
    """``(scheme, host)`` from the explicit endpoint, the region, or the global one."""
    scheme = _choice("protocol", protocol, ("https", "http"))
    if endpoint:
        if "://" in endpoint:
            given_scheme, _, endpoint = endpoint.partition("://")
            scheme = _choice("endpoint scheme", given_scheme, ("https", "http"))
        host = endpoint.rstrip("/")
        if not _HOST.match(host):
            raise ConfigurationError(f"endpoint {endpoint!r} is not a host[:port]")
        return scheme, host
    if region_id:
        if not _REGION.match(region_id):
            raise ConfigurationError(
                f"region_id {region_id!r} is not a region id like cn-shanghai"
            )
        return scheme, service.regional_endpoint.replace("{region_id}", region_id)
    return scheme, service.global_endpoint


class _ClientCore:
    """Everything a client does that neither waits nor does I/O."""

    def __init__(
        self,
        service: ServiceInfo,
        *,
        access_key_id: str | None,
        access_key_secret: str | None,
        security_token: str | None,
        credentials_provider: CredentialsProvider | None,
        region_id: str | None,
        endpoint: str | None,
        protocol: str,
        signature_version: str,
        response_format: str,
        timeout: float,
        connect_timeout: float,
        max_attempts: int,
        retry_policy: RetryPolicy | None,
        validate_responses: bool,
    ) -> None:
        # Signing and logging load with the first client, not with the package.
        import logging

        from .rpc_request import RequestTarget, build_request

        self._build_request = build_request
        scheme, host = _endpoint(service, endpoint, region_id, protocol)
        self.service = service
        self.region_id = region_id
        self.response_format = _choice(
            "response_format", response_format, ("json", "xml")
        )
        self.target: RequestTarget = RequestTarget(
            scheme=scheme,
            host=host,
            api_version=service.api_version,
            signature_version=_choice(
                "signature_version", signature_version, ("v1", "v3")
            ),
            response_format=self.response_format,
        )
        self.credentials: CredentialsProvider = resolve_provider(
            access_key_id, access_key_secret, security_token, credentials_provider
        )
        if timeout <= 0 or connect_timeout <= 0:
            raise ConfigurationError("timeouts must be positive numbers of seconds")
        self.timeouts = Timeouts(connect=connect_timeout, read=timeout)
        self.retry = retry_policy or RetryPolicy(max_attempts=max_attempts)
        self.validate_responses = validate_responses
        self.logger: logging.Logger = logging.getLogger(service.logger_name)
        self._debug = logging.DEBUG
        python = ".".join(str(part) for part in sys.version_info[:3])
        self.user_agent = (
            f"{service.product}-python/{service.package_version}"
            f" (Python/{python}; {sys.platform})"
        )

    @property
    def endpoint(self) -> str:
        return f"{self.target.scheme}://{self.target.host}"

    def prepare(
        self, operation: OperationInfo[Any, Any], request: Any
    ) -> dict[str, str]:
        violations = operation.validate_request(request)
        if violations:
            raise RequestValidationError(operation.action, violations)
        return operation.serialize(request)

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        params: Mapping[str, str],
        credentials: Credentials,
    ) -> HttpRequest:
        return self._build_request(
            self.target,
            operation.method,
            operation.action,
            params,
            credentials,
            self.user_agent,
        )

    def interpret(
        self, operation: OperationInfo[RequestT, ResponseT], response: HttpResponse
    ) -> ResponseT:
        if response.status >= 300:
            raise error_from_response(response, operation.action)
        wire = decode_success(response, self.response_format, operation.xml_shape)
        request_id = request_id_of(wire)
        if self.validate_responses:
            violations = operation.validate_response(wire)
            if violations:
                raise ResponseValidationError(operation.action, violations, request_id)
        return operation.parse(wire, "", request_id)

    def log_attempt(
        self,
        operation: OperationInfo[Any, Any],
        attempt: int,
        started: float,
        response: HttpResponse | None,
        outcome: object,
    ) -> None:
        if not self.logger.isEnabledFor(self._debug):
            return
        status = response.status if response is not None else "-"
        request_id = getattr(outcome, "request_id", None)
        if isinstance(outcome, ApiError):
            result = f"{type(outcome).__name__}"
            code = getattr(outcome, "code", None)
            if code:
                result += f" {code}"
        else:
            result = "ok"
        self.logger.debug(
            "%s attempt=%d status=%s request_id=%s elapsed_ms=%.1f result=%s",
            operation.action,
            attempt,
            status,
            request_id or "-",
            (time.perf_counter() - started) * 1000,
            result,
        )


class _Call(Generic[RequestT, ResponseT]):
    """One call's attempts, free of I/O: sign the next attempt, read an answer, decide
    whether and when to try again. The sync and async clients only move bytes."""

    def __init__(
        self,
        core: _ClientCore,
        operation: OperationInfo[RequestT, ResponseT],
        request: RequestT,
    ) -> None:
        self.core = core
        self.operation = operation
        self.timeouts = core.timeouts
        self.params = core.prepare(operation, request)
        self.first_started = time.monotonic()
        self.started = 0.0
        self.attempt = 0

    def next_request(self) -> HttpRequest:
        self.attempt += 1
        self.started = time.perf_counter()
        return self.core.sign(self.operation, self.params, self.core.credentials())

    def finish(self, response: HttpResponse) -> ResponseT:
        result = self.core.interpret(self.operation, response)
        self.core.log_attempt(
            self.operation, self.attempt, self.started, response, result
        )
        return result

    def retry_delay(
        self, error: ApiError, response: HttpResponse | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when the error is final."""
        self.core.log_attempt(
            self.operation, self.attempt, self.started, response, error
        )
        return self.core.retry.delay_before_retry(
            error, self.attempt, time.monotonic() - self.first_started
        )


TransportT = TypeVar("TransportT")
SleepResultT = TypeVar("SleepResultT")


class _ClientBase(Generic[TransportT, SleepResultT]):
    """Constructor and properties shared by the sync and async clients."""

    SERVICE: ServiceInfo

    def __init__(
        self,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        region_id: str | None = None,
        endpoint: str | None = None,
        protocol: str = "https",
        signature_version: str = "v3",
        response_format: str = "json",
        timeout: float = 10.0,
        max_attempts: int = 3,
        transport: TransportT | None = None,
        *,
        connect_timeout: float = 5.0,
        credentials_provider: CredentialsProvider | None = None,
        retry_policy: RetryPolicy | None = None,
        validate_responses: bool = False,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], SleepResultT] | None = None,
    ) -> None:
        """Credentials: the arguments, else ``credentials_provider`` (called before every
        attempt), else the ``ALIBABA_CLOUD_*`` environment variables.

        ``timeout`` bounds each read and ``connect_timeout`` each connection, in seconds;
        ``max_attempts`` counts the first try (``retry_policy`` tunes backoff);
        ``transport`` replaces the HTTP transport; ``sleep`` replaces the wait between
        attempts (tests); ``validate_responses`` checks answers against the spec's rules.
        """
        self._core = _ClientCore(
            self.SERVICE,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            security_token=security_token,
            credentials_provider=credentials_provider,
            region_id=region_id,
            endpoint=endpoint,
            protocol=protocol,
            signature_version=signature_version,
            response_format=response_format,
            timeout=timeout,
            connect_timeout=connect_timeout,
            max_attempts=max_attempts,
            retry_policy=retry_policy,
            validate_responses=validate_responses,
        )
        self._transport: TransportT = (
            transport
            if transport is not None
            else self._default_transport(verify, max_response_bytes)
        )
        self._sleep: Callable[[float], SleepResultT] = sleep or self._default_sleep()

    def _default_transport(self, verify: bool | str, limit: int) -> TransportT:
        raise NotImplementedError

    def _default_sleep(self) -> Callable[[float], SleepResultT]:
        raise NotImplementedError

    @property
    def endpoint(self) -> str:
        """Scheme and host every request goes to."""
        return self._core.endpoint

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(endpoint={self.endpoint!r},"
            f" signature_version={self._core.target.signature_version!r},"
            f" response_format={self._core.response_format!r})"
        )


class RpcClient(_ClientBase[Transport, None]):
    """Synchronous client; use it as a context manager to close its connections."""

    def _default_transport(self, verify: bool | str, limit: int) -> Transport:
        from .http_sync import HttpTransport

        return HttpTransport(verify=verify, max_response_bytes=limit)

    def _default_sleep(self) -> Callable[[float], None]:
        return time.sleep

    def _invoke(
        self, operation: OperationInfo[RequestT, ResponseT], request: RequestT
    ) -> ResponseT:
        call = _Call(self._core, operation, request)
        while True:
            response: HttpResponse | None = None
            try:
                response = self._transport.send(call.next_request(), call.timeouts)
                return call.finish(response)
            except ApiError as error:
                delay = call.retry_delay(error, response)
                if delay is None:
                    raise
            self._sleep(delay)

    def close(self) -> None:
        """Close pooled connections; the client must not be used afterwards."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRpcClient(_ClientBase[AsyncTransport, Awaitable[None]]):
    """Asynchronous client; use it with ``async with`` to close its connections."""

    def _default_transport(self, verify: bool | str, limit: int) -> AsyncTransport:
        from .http_async import AsyncHttpTransport

        return AsyncHttpTransport(verify=verify, max_response_bytes=limit)

    def _default_sleep(self) -> Callable[[float], Awaitable[None]]:
        import asyncio  # only async users pay for importing asyncio

        return asyncio.sleep

    async def _invoke(
        self, operation: OperationInfo[RequestT, ResponseT], request: RequestT
    ) -> ResponseT:
        call = _Call(self._core, operation, request)
        while True:
            response: HttpResponse | None = None
            try:
                request_ = call.next_request()
                response = await self._transport.send(request_, call.timeouts)
                return call.finish(response)
            except ApiError as error:
                delay = call.retry_delay(error, response)
                if delay is None:
                    raise
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close pooled connections; the client must not be used afterwards."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
