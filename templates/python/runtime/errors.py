"""Every error a generated client raises, rooted in one base class.

Messages, reprs and attributes carry codes, request ids and field paths: never an access
key secret, a security token, a signature or an Authorization header.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # pragma: no cover
    from .raw import RawResponse

__all__ = [
    "ApiError",
    "ConfigurationError",
    "CredentialsError",
    "PaginationError",
    "RequestValidationError",
    "ResponseParseError",
    "ResponseValidationError",
    "ServiceError",
    "ThrottlingError",
    "TransportError",
    "TransportTimeoutError",
    "UnknownVariantError",
    "Violation",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "is_throttling_code",
]

# Codes that mean "slow down": a ServiceError with one of them is a ThrottlingError.
THROTTLING_CODES = frozenset(
    {
        "Throttling",
        "Throttling.User",
        "Throttling.Api",
        "Throttling.API",
        "ServiceUnavailable.Throttling",
        "RequestThrottled",
    }
)


def is_throttling_code(code: str) -> bool:
    return code in THROTTLING_CODES or code.startswith("Throttling")


class Violation(NamedTuple):
    """One broken rule: a JSON pointer (``/JobIds/3``) and a message a person can act on."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _rebuild(
    kind: type[ApiError], args: tuple[object, ...], state: dict[str, object]
) -> ApiError:
    """An error as pickled: its class, its ``args`` and its fields, without calling
    ``__init__`` (whose keyword-only arguments ``args`` does not hold)."""
    error = kind.__new__(kind)
    error.args = args
    error.__dict__.update(state)
    return error


class ApiError(Exception):
    """Base of every error raised by a generated client.

    Every one pickles with its fields (multiprocessing, task queues). An error read
    from an answer (``ServiceError``, ``ResponseParseError``, ``ResponseValidationError``)
    keeps it in ``raw``: status, headers and body, with the call's secrets hidden.
    """

    raw: RawResponse | None = None

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(ApiError, ValueError):
    """A client was constructed with a setting it cannot use (unknown region format...)."""


class CredentialsError(ApiError):
    """No usable credentials were found; raised before anything is sent."""


def _listing(violations: Sequence[Violation]) -> str:
    return "; ".join(str(violation) for violation in violations)


class RequestValidationError(ApiError, ValueError):
    """Arguments break a documented rule; the request was not sent.

    ``violations`` names every broken rule, each with the parameter's path.
    """

    def __init__(self, action: str, violations: Sequence[Violation]) -> None:
        self.action = action
        self.violations = tuple(violations)
        super().__init__(f"{action}: invalid request: {_listing(self.violations)}")


class ResponseParseError(ApiError):
    """The service answered, but not in the documented shape or format.

    ``path`` points at the offending field (``/AIImageJobList/0/JobId``); ``excerpt`` holds
    the start of a body that could not be parsed at all.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str = "/",
        request_id: str | None = None,
        http_status: int | None = None,
        excerpt: str | None = None,
    ) -> None:
        self.path = path
        self.request_id = request_id
        self.http_status = http_status
        self.excerpt = excerpt
        self.reason = message
        super().__init__(message)

    def __str__(self) -> str:
        parts = [self.reason]
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
        if self.request_id:
            parts.append(f"RequestId {self.request_id}")
        text = " | ".join(parts)
        if self.excerpt:
            text += f" | body starts: {self.excerpt!r}"
        return text


class UnknownVariantError(ResponseParseError):
    """A union's discriminator names no documented variant (one the service added
    later, or a typo): ``discriminator`` is the member, ``value`` what it held.
    ``path`` points at the union's value, which lenient parsing keeps as sent."""

    def __init__(
        self,
        message: str,
        *,
        discriminator: str,
        value: object,
        path: str = "/",
        request_id: str | None = None,
    ) -> None:
        self.discriminator = discriminator
        self.value = value
        super().__init__(message, path=path, request_id=request_id)


class PaginationError(ApiError):
    """Walking a paged operation cannot go on: the service handed back a page token it
    had already given (asking again would repeat pages forever), or nothing could tell
    the last page. ``request_id`` is the answer's that carried the repeated token.
    """

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        self.request_id = request_id
        self.reason = message
        super().__init__(message)

    def __str__(self) -> str:
        if self.request_id:
            return f"{self.reason} | RequestId {self.request_id}"
        return self.reason


class ResponseValidationError(ApiError):
    """A response broke documented rules (only raised with ``validate_responses=True``)."""

    def __init__(
        self, action: str, violations: Sequence[Violation], request_id: str | None
    ) -> None:
        self.action = action
        self.violations = tuple(violations)
        self.request_id = request_id
        super().__init__(
            f"{action}: response breaks documented rules: {_listing(self.violations)}"
            f" (RequestId {request_id})"
        )


class ServiceError(ApiError):
    """The service answered with an error body (HTTP 4xx or 5xx)."""

    def __init__(
        self,
        *,
        code: str,
        message: str,
        http_status: int,
        request_id: str | None = None,
        host_id: str | None = None,
        recommend: str | None = None,
        action: str | None = None,
        retry_after: float | None = None,
        declared_retryable: bool | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.http_status = http_status
        self.request_id = request_id
        self.host_id = host_id
        self.recommend = recommend
        self.action = action
        self.retry_after = retry_after
        # The spec's word for this code, when it has one (the client sets it).
        self.declared_retryable = declared_retryable
        super().__init__(code, message)

    @property
    def is_throttling(self) -> bool:
        return is_throttling_code(self.code)

    @property
    def retryable(self) -> bool:
        """What the spec says for this code; otherwise throttling and server-side
        failures may succeed when tried again."""
        if self.declared_retryable is not None:
            return self.declared_retryable
        return (
            self.is_throttling
            or self.http_status >= 500
            or self.code in ("ServiceUnavailable", "InternalError")
        )

    def __str__(self) -> str:
        text = f"{self.code}: {self.message} (HTTP {self.http_status}"
        if self.request_id:
            text += f", RequestId {self.request_id}"
        text += ")"
        if self.recommend:
            text += f" see {self.recommend}"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, http_status={self.http_status},"
            f" request_id={self.request_id!r})"
        )


class ThrottlingError(ServiceError):
    """The service refused the call because of flow control; it is retried by default."""

    @property
    def retryable(self) -> bool:
        # Unless the spec says otherwise for its code: a service that throttles (or
        # sent retry-after) asked to be called again.
        if self.declared_retryable is not None:
            return self.declared_retryable
        return True


class TransportError(ApiError):
    """The service could not be reached: connection refused or reset, TLS failure...

    ``attempts`` counts the tries made, retries included, before giving up.
    """

    def __init__(self, message: str, *, attempts: int = 1) -> None:
        self.attempts = attempts
        super().__init__(message)


class TransportTimeoutError(TransportError):
    """Connecting, or the answer, took longer than its timeout, or the call outlived
    its overall deadline (``RetryPolicy.total_timeout``)."""


class WaiterError(ApiError):
    """A ``wait_until_<state>`` method ended without reaching its success state.

    ``waiter`` and ``action`` name what was awaited; ``status`` holds the last status
    values read, ``request_id`` the last answer's, ``polls`` the calls made, ``waited``
    the seconds spent and ``response`` the last response.
    """

    def __init__(
        self,
        *,
        waiter: str,
        action: str,
        what: str,
        status: tuple[object, ...],
        request_id: str | None,
        polls: int,
        waited: float,
        response: object = None,
    ) -> None:
        self.waiter = waiter
        self.action = action
        self.status = status
        self.request_id = request_id
        self.polls = polls
        self.waited = waited
        self.response = response
        shown = ", ".join(repr(value)[:64] for value in status[:10]) or "none"
        super().__init__(
            f"{action}: waiter {waiter} {what} (status: {shown}; {polls} polls in"
            f" {waited:.1f} s; RequestId {request_id})"
        )


class WaiterFailedError(WaiterError):
    """The status reached one of the spec's failure values."""


class WaiterTimeoutError(WaiterError):
    """The wait's deadline came before the status reached a terminal value."""
