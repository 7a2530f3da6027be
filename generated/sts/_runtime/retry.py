"""When to try a call again, and how long to wait first.

Throttling, 5xx answers, connection failures and timeouts are retried; other 4xx never
are (the same request would fail the same way). Delays follow exponential backoff with
full jitter, stretched to the server's ``x-acs-retry-after`` when it sends one, and the
whole call stays inside ``max_attempts`` and ``total_timeout``.
"""

from __future__ import annotations

from collections.abc import Callable

from .errors import (
    ApiError,
    ConfigurationError,
    ResponseParseError,
    ServiceError,
    TransportError,
)

__all__ = ["RetryPolicy", "is_retryable"]


def is_retryable(error: ApiError) -> bool:
    if isinstance(error, ServiceError):
        return error.retryable
    if isinstance(error, TransportError):
        return True
    if isinstance(error, ResponseParseError):
        # An HTML page from a gateway that is failing (502, 503, 504) is worth a retry.
        return error.http_status is not None and error.http_status >= 500
    return False


class RetryPolicy:
    """``max_attempts`` counts the first try; ``total_timeout`` bounds sleeps and tries."""

    __slots__ = ("max_attempts", "base_delay", "max_delay", "total_timeout")

    def __init__(
        self,
        max_attempts: int = 3,
        base_delay: float = 0.1,
        max_delay: float = 5.0,
        total_timeout: float | None = 60.0,
    ) -> None:
        if max_attempts < 1:
            raise ConfigurationError("max_attempts must be at least 1")
        if base_delay < 0 or max_delay < 0:
            raise ConfigurationError("retry delays must not be negative")
        self.max_attempts = max_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.total_timeout = total_timeout

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_attempts={self.max_attempts}, base_delay={self.base_delay},"
            f" max_delay={self.max_delay}, total_timeout={self.total_timeout})"
        )

    def delay_before_retry(
        self,
        error: ApiError,
        attempt: int,
        elapsed: float,
        jitter: Callable[[], float] | None = None,
    ) -> float | None:
        """Seconds to sleep before attempt ``attempt + 1``, or None to give up."""
        if attempt >= self.max_attempts or not is_retryable(error):
            return None
        if jitter is None:
            import random  # only a call that failed pays for it

            jitter = random.random
        ceiling = min(self.max_delay, self.base_delay * (2.0 ** (attempt - 1)))
        delay = jitter() * ceiling
        retry_after = error.retry_after if isinstance(error, ServiceError) else None
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        if self.total_timeout is not None and elapsed + delay > self.total_timeout:
            return None
        return delay
