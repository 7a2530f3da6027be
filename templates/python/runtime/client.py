"""The protocol-neutral machinery behind every generated client, sync and async.

A generated client is a subclass of a protocol's client (``rpc_client``,
``roa_client``) that adds one method per operation; each method builds its request
model and calls ``_invoke`` with the operation's ``OperationInfo``. This module owns
what every protocol shares: credentials, endpoints, validation before sending, retries,
logging and the transports. The protocol's ``Wire`` turns validated request parts into a
signed ``HttpRequest`` and an answer into wire data or a typed error. Arguments are
validated once, before anything is sent; each attempt is signed afresh.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, Protocol, Self
from typing import Literal, TypeVar, Unpack

from .credential_cache import credentials_for_async
from .call_options import CallOptionFields, CallOptions, client_view
from .credentials import (
    ANONYMOUS,
    Credentials,
    CredentialsProvider,
    resolve_provider,
)
from .deadline import Deadline
from .endpoints import EndpointRules, resolve_endpoint
from .errors import (
    ApiError,
    ConfigurationError,
    RequestValidationError,
    ResponseParseError,
    ResponseValidationError,
    ServiceError,
    TransportError,
    Violation,
)
from .model import Model, read_all
from .proxies import proxy_for
from .raw import RawResponse
from .retry import RetryPolicy
from .transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncTransport,
    ConnectionLimits,
    HttpRequest,
    HttpResponse,
    Timeouts,
    Transport,
)

if TYPE_CHECKING:  # pragma: no cover
    import logging

__all__ = [
    "AsyncClient",
    "Client",
    "OperationInfo",
    "ServiceInfo",
    "Wire",
    "WireFactory",
    "choice",
]

RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")


class ServiceInfo(NamedTuple):
    """What a generated package knows about its service."""

    product: str
    api_version: str
    global_endpoint: str
    regional_endpoint: str
    logger_name: str
    package_version: str = "0"
    # The regions the product is served in, hosts of those off the regional pattern,
    # and the pattern of its VPC hosts (see ``endpoints``).
    regions: tuple[str, ...] = ()
    region_hosts: tuple[tuple[str, str], ...] = ()
    vpc_endpoint: str | None = None
    # What the spec says about retrying error codes (``Code`` for every operation,
    # ``Action:Code`` for one); codes it is silent on follow ServiceError's rule.
    retryable_codes: Mapping[str, bool] = MappingProxyType({})


class OperationInfo(NamedTuple, Generic[RequestT, ResponseT]):
    """One operation's wire binding, generated from the spec.

    ``serialize`` gives the request parts the protocol's ``Wire`` signs (RPC: query
    pairs; ROA: path, query, headers and body); ``answer_shape`` is what the ``Wire``
    needs to read the answer (RPC: the XML shape; ROA: how the body maps onto the
    output).
    """

    action: str
    method: str
    validate_request: Callable[[RequestT], list[Violation]]
    serialize: Callable[[RequestT], Any]
    answer_shape: Any
    parse: Callable[[Any, str, str | None], ResponseT]
    validate_response: Callable[[Any], list[Violation]]
    # Sent unsigned, with no credentials asked for (STS's AssumeRoleWithOIDC: the
    # token in the request is the proof of identity).
    anonymous: bool = False


class Wire(Protocol):
    """One protocol's request builder, signer and answer decoder, fixed per client."""

    signature_version: str
    response_format: str

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        parts: Any,
        credentials: Credentials,
        user_agent: str,
    ) -> HttpRequest:
        """A signed request for one attempt (fresh nonce and time each call)."""

    def decode(
        self, operation: OperationInfo[Any, Any], response: HttpResponse
    ) -> tuple[Any, str | None]:
        """``(wire data, request id)`` of a success; raises the typed error otherwise."""


class WireFactory(Protocol):
    def __call__(
        self,
        service: ServiceInfo,
        *,
        scheme: str,
        host: str,
        signature_version: str | None,
        response_format: str,
    ) -> Wire: ...


def choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    """``value`` lower-cased when it is one of ``allowed``; a ConfigurationError otherwise."""
    return _choice(name, value, allowed)


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> str:
    lowered = value.lower() if isinstance(value, str) else value
    if lowered not in allowed:
        raise ConfigurationError(
            f"{name} must be one of {', '.join(allowed)}, not {value!r}"
        )
    return lowered


def _endpoint(
    service: ServiceInfo,
    endpoint: str | None,
    region_id: str | None,
    protocol: str,
    network: str,
) -> tuple[str, str, str | None]:
    """``(scheme, host, region)`` by the rules of ``endpoints``."""
    rules = EndpointRules(
        product=service.product,
        global_host=service.global_endpoint,
        regional_host=service.regional_endpoint,
        regions=service.regions,
        region_hosts=dict(service.region_hosts),
        vpc_host=service.vpc_endpoint,
    )
    return resolve_endpoint(
        rules,
        endpoint=endpoint,
        region_id=region_id,
        protocol=protocol,
        network=network,
    )


class _ClientCore:
    """Everything a client does that neither waits nor does I/O."""

    # "strict": a field that does not fit the spec raises when the member holding it is
    # first read; "eager": every member is decoded during the call, so it raises there;
    # "lenient": it is kept as sent and listed in the model's ``parse_problems``
    # (runtime ``lenient``).
    parsing = "strict"

    def __init__(
        self,
        service: ServiceInfo,
        wire_factory: WireFactory,
        *,
        access_key_id: str | None,
        access_key_secret: str | None,
        security_token: str | None,
        credentials_provider: CredentialsProvider | None,
        region_id: str | None,
        endpoint: str | None,
        protocol: str,
        network: str,
        signature_version: str | None,
        response_format: str,
        timeout: float,
        connect_timeout: float,
        max_attempts: int,
        retry_policy: RetryPolicy | None,
        validate_responses: bool,
    ) -> None:
        # Logging loads with the first client, not with the package.
        import logging

        scheme, host, region = _endpoint(
            service, endpoint, region_id, protocol, network
        )
        self.service = service
        self.region_id = region
        self.scheme, self.host = scheme, host
        self.wire: Wire = wire_factory(
            service,
            scheme=scheme,
            host=host,
            signature_version=signature_version,
            response_format=response_format,
        )
        self.credentials: CredentialsProvider = resolve_provider(
            access_key_id, access_key_secret, security_token, credentials_provider
        )
        if timeout <= 0 or connect_timeout <= 0:
            raise ConfigurationError("timeouts must be positive numbers of seconds")
        self.timeouts = Timeouts(connect=connect_timeout, read=timeout)
        self.retry = retry_policy or RetryPolicy(max_attempts=max_attempts)
        self.validate_responses = validate_responses
        # Per-call settings of a view (``with_options``); a client has none of its own.
        self.deadline: Deadline | None = None
        self.call_budget: float | None = None
        self.extra_headers: Mapping[str, str] = MappingProxyType({})
        self.logger: logging.Logger = logging.getLogger(service.logger_name)
        self._debug = logging.DEBUG
        python = ".".join(str(part) for part in sys.version_info[:3])
        self.user_agent = (
            f"{service.product}-python/{service.package_version}"
            f" (Python/{python}; {sys.platform})"
        )

    @property
    def endpoint(self) -> str:
        return f"{self.scheme}://{self.host}"

    def prepare(self, operation: OperationInfo[Any, Any], request: Any) -> Any:
        try:
            violations = operation.validate_request(request)
            if violations:
                raise RequestValidationError(operation.action, violations)
            return operation.serialize(request)
        except RecursionError:
            # Models of a recursive shape, nested deeper than turning them into wire
            # data can follow: refused before anything is sent, as too-deep data is.
            from .validation import TOO_DEEP

            raise RequestValidationError(
                operation.action, [Violation("/", TOO_DEEP)]
            ) from None

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        parts: Any,
        credentials: Credentials,
    ) -> HttpRequest:
        if self.extra_headers:
            # Only wires that declare EXTRA_HEADERS get here (``call_options``).
            return self.wire.sign(  # type: ignore[call-arg]
                operation, parts, credentials, self.user_agent, self.extra_headers
            )
        return self.wire.sign(operation, parts, credentials, self.user_agent)

    def interpret(
        self, operation: OperationInfo[RequestT, ResponseT], response: HttpResponse
    ) -> ResponseT:
        if not 100 <= response.status <= 599:
            # A status line a lenient HTTP parser let through ("000"): not an answer.
            raise ResponseParseError(
                f"answer has an invalid HTTP status {response.status}",
                http_status=response.status,
            )
        try:
            wire, request_id = self.wire.decode(operation, response)
        except ServiceError as error:
            declared = self.service.retryable_codes
            if declared:
                error.declared_retryable = declared.get(
                    f"{operation.action}:{error.code}", declared.get(error.code)
                )
            raise
        if self.validate_responses:
            violations = operation.validate_response(wire)
            if violations:
                raise ResponseValidationError(operation.action, violations, request_id)
        try:
            if self.parsing == "lenient":
                from .lenient import parse_leniently

                return parse_leniently(operation.parse, wire, request_id)
            parsed = operation.parse(wire, "", request_id)
            if self.parsing == "eager":
                read_all(parsed)
            return parsed
        except RecursionError:
            # A recursive model decodes a level per call: an answer that JSON could
            # still parse may nest deeper than decoding can follow.
            raise ResponseParseError(
                "response nests arrays or objects deeper than a parser may follow",
                request_id=request_id,
                http_status=response.status,
            ) from None

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
        from .redaction import loggable

        status = response.status if response is not None else "-"
        request_id = getattr(outcome, "request_id", None)
        if request_id is not None:
            # The server chose it: a newline in it must not start a forged log line.
            request_id = loggable(request_id, 128)
        if isinstance(outcome, ApiError):
            result = f"{type(outcome).__name__}"
            code = getattr(outcome, "code", None)
            if code:
                result += f" {loggable(code, 128)}"
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


# Timeouts(connect, read, deadline) without the named tuple's Python ``__new__``: one
# per call.
_new_timeouts = tuple.__new__


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
        self.params = core.prepare(operation, request)
        self.first_started = started = time.monotonic()
        # The call's deadline: every attempt, and every wait between them, ends by it
        # (the earliest of the retry policy's total, the view's budget and deadline).
        total = core.retry.total_timeout
        deadline = None if total is None else started + total
        budget = core.call_budget
        if budget is not None and (deadline is None or started + budget < deadline):
            deadline = started + budget
        fixed = core.deadline
        if fixed is not None and (deadline is None or fixed.when < deadline):
            deadline = fixed.when
        self.deadline = deadline
        timeouts = core.timeouts
        self.timeouts = (
            _new_timeouts(Timeouts, (timeouts.connect, timeouts.read, deadline))
            if deadline is not None
            else timeouts
        )
        self.started = 0.0
        self.attempt = 0
        self.credentials: Credentials | None = None
        self.request: HttpRequest | None = None

    def next_request(self, credentials: Credentials | None = None) -> HttpRequest:
        self.attempt += 1
        self.started = time.perf_counter()
        if credentials is None:
            credentials = (
                ANONYMOUS if self.operation.anonymous else self.core.credentials()
            )
        self.credentials = None if credentials is ANONYMOUS else credentials
        self.request = self.core.sign(self.operation, self.params, credentials)
        return self.request

    def finish(self, response: HttpResponse) -> ResponseT:
        try:
            result = self.core.interpret(self.operation, response)
        except ApiError as error:
            error.raw = RawResponse(*response)
            raise
        answer: object = result
        if isinstance(answer, Model):
            answer._raw = RawResponse(*response)
        self.core.log_attempt(
            self.operation, self.attempt, self.started, response, result
        )
        return result

    def retry_delay(
        self, error: ApiError, response: HttpResponse | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None when the error is final.

        The error is redacted first (a server may echo the request, token included),
        and a TransportError learns how many attempts the call made.
        """
        credentials = self.credentials
        if credentials is not None:
            from .redaction import request_secrets, scrub_error

            signed = self.request
            scrub_error(
                error,
                (
                    credentials.access_key_secret,
                    credentials.security_token,
                    # Credentials holding several secrets (REST's) name them all.
                    *getattr(credentials, "secrets", ()),
                    *(request_secrets(signed.headers, signed.url) if signed else ()),
                ),
                credentials.access_key_id,
            )
        if isinstance(error, TransportError):
            error.attempts = self.attempt
        self.core.log_attempt(
            self.operation, self.attempt, self.started, response, error
        )
        delay = self.core.retry.delay_before_retry(
            error, self.attempt, time.monotonic() - self.first_started
        )
        if delay is not None and self.deadline is not None:
            if time.monotonic() + delay > self.deadline:
                return None
        return delay


TransportT = TypeVar("TransportT")
SleepResultT = TypeVar("SleepResultT")
# The signature versions a protocol's clients take (a Literal of its values).
SignatureT = TypeVar("SignatureT", bound=str)


class _ClientBase(Generic[TransportT, SleepResultT, SignatureT]):
    """Constructor and properties shared by the sync and async clients."""

    SERVICE: ServiceInfo
    # The protocol's Wire, set by the protocol's client classes.
    WIRE: ClassVar[WireFactory]

    def __init__(
        self,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        region_id: str | None = None,
        endpoint: str | None = None,
        protocol: str = "https",
        signature_version: SignatureT | None = None,
        response_format: str = "json",
        timeout: float = 10.0,
        max_attempts: int = 3,
        transport: TransportT | None = None,
        *,
        connect_timeout: float = 5.0,
        credentials_provider: CredentialsProvider | None = None,
        retry_policy: RetryPolicy | None = None,
        validate_responses: bool = False,
        network: str = "public",
        proxy: str | None = None,
        verify: bool | str = True,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sleep: Callable[[float], SleepResultT] | None = None,
        parsing: Literal["strict", "eager", "lenient"] = "strict",
        max_connections: int = ConnectionLimits().max_connections,
        max_connections_per_host: int = ConnectionLimits().max_connections_per_host,
    ) -> None:
        """Credentials: the arguments, else ``credentials_provider`` (called before every
        attempt), else the default credential chain (environment, OIDC role, CLI profile,
        credentials file, ECS RAM role, credentials URI; see ``credential_chain``).

        Endpoint: ``endpoint`` if given, else the host of ``region_id`` (default:
        ``ALIBABA_CLOUD_REGION``; ``network="vpc"`` for the VPC host), else the global one.
        ``proxy`` (``http://host:port``) defaults to ``HTTPS_PROXY``/``HTTP_PROXY`` unless
        ``NO_PROXY`` names the host; ``verify`` may name a CA bundle file.

        ``timeout`` bounds each attempt's whole answer (status line, headers and body,
        however slowly they drip) and ``connect_timeout`` each connection, in seconds;
        ``max_attempts`` counts the first try (``retry_policy`` tunes backoff, and its
        ``total_timeout`` is the call's deadline over every attempt and wait);
        ``transport`` replaces the HTTP transport; ``sleep`` replaces the wait between
        attempts (tests); ``validate_responses`` checks answers against the spec's rules.
        ``parsing``: "strict" raises ResponseParseError for a field that does not fit
        the spec when the member holding it is first read (nested members are decoded
        then); "eager" decodes every member during the call, so it raises there;
        "lenient" keeps such a field as sent and lists it in ``parse_problems``.
        ``max_connections`` and ``max_connections_per_host`` bound the connections open
        at once; a call waiting for one spends its own time and deadline.
        """
        self._limits = ConnectionLimits.checked(
            max_connections, max_connections_per_host
        )
        self._core = _ClientCore(
            self.SERVICE,
            type(self).WIRE,
            access_key_id=access_key_id,
            access_key_secret=access_key_secret,
            security_token=security_token,
            credentials_provider=credentials_provider,
            region_id=region_id,
            endpoint=endpoint,
            protocol=protocol,
            network=network,
            signature_version=signature_version,
            response_format=response_format,
            timeout=timeout,
            connect_timeout=connect_timeout,
            max_attempts=max_attempts,
            retry_policy=retry_policy,
            validate_responses=validate_responses,
        )
        self._core.parsing = choice("parsing", parsing, ("strict", "eager", "lenient"))
        self._transport: TransportT = (
            transport
            if transport is not None
            else self._default_transport(
                verify,
                max_response_bytes,
                proxy_for(self._core.scheme, self._core.host, proxy),
            )
        )
        self._sleep: Callable[[float], SleepResultT] = sleep or self._default_sleep()
        self._owns_transport = True

    def with_options(
        self, options: CallOptions | None = None, **changes: Unpack[CallOptionFields]
    ) -> Self:
        """A view of this client whose calls use other settings: ``timeout``,
        ``connect_timeout``, ``deadline`` (a ``Deadline`` or seconds per call),
        ``max_attempts``, ``retry_policy``, extra ``headers`` or another ``endpoint``.

        The view shares the client's credentials and connections (closing a view
        leaves them open); the client itself is unchanged. See ``CallOptions``.
        """
        return client_view(self, options, changes)

    def _default_transport(
        self, verify: bool | str, limit: int, proxy: str | None
    ) -> TransportT:
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
            f" signature_version={self._core.wire.signature_version!r},"
            f" response_format={self._core.wire.response_format!r})"
        )


class Client(_ClientBase[Transport, None, SignatureT]):
    """Synchronous client; use it as a context manager to close its connections."""

    def _default_transport(
        self, verify: bool | str, limit: int, proxy: str | None
    ) -> Transport:
        from .http_sync import HttpTransport

        return HttpTransport(
            verify=verify, max_response_bytes=limit, proxy=proxy, limits=self._limits
        )

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
        if self._owns_transport:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_ClientBase[AsyncTransport, Awaitable[None], SignatureT]):
    """Asynchronous client; use it with ``async with`` to close its connections."""

    def _default_transport(
        self, verify: bool | str, limit: int, proxy: str | None
    ) -> AsyncTransport:
        from .http_async import AsyncHttpTransport

        return AsyncHttpTransport(
            verify=verify, max_response_bytes=limit, proxy=proxy, limits=self._limits
        )

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
                credentials = (
                    ANONYMOUS
                    if operation.anonymous
                    else await credentials_for_async(self._core.credentials)
                )
                request_ = call.next_request(credentials)
                response = await self._transport.send(request_, call.timeouts)
                return call.finish(response)
            except ApiError as error:
                delay = call.retry_delay(error, response)
                if delay is None:
                    raise
            await self._sleep(delay)

    async def aclose(self) -> None:
        """Close pooled connections; the client must not be used afterwards."""
        if self._owns_transport:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
