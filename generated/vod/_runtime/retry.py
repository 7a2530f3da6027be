"""When to try a call again, and how long to wait first.

Throttling, 5xx answers, connection failures and timeouts are retried; other 4xx never
are (the same request would fail the same way). Delays follow exponential backoff with
full jitter, stretched to the server's ``x-acs-retry-after`` when it sends one, and the
whole call stays inside ``max_attempts`` and ``total_timeout``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from .errors import ApiError, ResponseParseError, ServiceError, TransportError

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


@dataclass(frozen=True)
class RetryPolicy:
    """``max_attempts`` counts the first try; ``total_timeout`` bounds sleeps and tries."""

    max_attempts: int = 3
    base_delay: float = 0.1
    max_delay: float = 5.0
    total_timeout: float | None = 60.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("retry delays must not be negative")

    def delay_before_retry(
        self,
        error: ApiError,
        attempt: int,
        elapsed: float,
        jitter: Callable[[], float] = random.random,
    ) -> float | None:
        """Seconds to sleep before attempt ``attempt + 1``, or None to give up."""
        if attempt >= self.max_attempts or not is_retryable(error):
            return None
        ceiling = min(self.max_delay, self.base_delay * (2.0 ** (attempt - 1)))
        delay = jitter() * ceiling
        retry_after = error.retry_after if isinstance(error, ServiceError) else None
        if retry_after is not None and retry_after > delay:
            delay = retry_after
        if self.total_timeout is not None and elapsed + delay > self.total_timeout:
            return None
        return delay
