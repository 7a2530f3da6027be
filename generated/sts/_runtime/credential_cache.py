"""Temporary credentials kept until shortly before they expire, refreshed one at a time.

STS, the ECS metadata service and credential URIs hand out credentials that expire. A
``RefreshingCredentials`` provider fetches them once, serves them from memory, and fetches
new ones ``refresh_ahead`` seconds before the old ones run out, so no request is signed
with credentials about to die in flight. A lock lets exactly one thread fetch while the
others wait for its result; an asyncio client fetches in a worker thread (see
``credentials_for_async``) under the same lock. When a refresh fails and the cached
credentials are still valid they keep being served (the next try waits
``retry_after_failure`` seconds), so a short STS outage costs nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import NamedTuple

from .credentials import Credentials, CredentialsProvider
from .errors import ApiError, CredentialsError

__all__ = [
    "DEFAULT_REFRESH_AHEAD_SECONDS",
    "ExpiringCredentials",
    "RefreshingCredentials",
    "credentials_for_async",
    "parse_expiration",
]

DEFAULT_REFRESH_AHEAD_SECONDS = 180.0
_RETRY_AFTER_FAILURE_SECONDS = 10.0


class ExpiringCredentials(NamedTuple):
    """Credentials and when they stop working (POSIX seconds; None: never)."""

    credentials: Credentials
    expires_at: float | None


def parse_expiration(text: object, source: str) -> float:
    """POSIX seconds of an ISO-8601 UTC time such as ``2026-01-02T03:04:05Z``."""
    import calendar  # only temporary credentials need it

    if not isinstance(text, str):
        raise CredentialsError(f"{source}: the credentials carry no Expiration time")
    try:
        parsed = time.strptime(text.strip(), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        raise CredentialsError(
            f"{source}: Expiration {text!r} is not a UTC time like"
            " 2026-01-02T03:04:05Z"
        ) from None
    return float(calendar.timegm(parsed))


class RefreshingCredentials:
    """A credentials provider over ``fetch``, caching what it returns until near expiry.

    Subclasses implement ``fetch``; ``clock`` (POSIX seconds) is replaceable for tests.
    """

    def __init__(
        self,
        *,
        refresh_ahead: float = DEFAULT_REFRESH_AHEAD_SECONDS,
        retry_after_failure: float = _RETRY_AFTER_FAILURE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if refresh_ahead < 0 or retry_after_failure < 0:
            raise CredentialsError("refresh times must not be negative")
        self._refresh_ahead = refresh_ahead
        self._retry_after_failure = retry_after_failure
        self._clock = clock
        self._cached: ExpiringCredentials | None = None
        self._next_try = 0.0
        import threading  # loaded with the first provider, not with every client

        self._lock = threading.Lock()

    def fetch(self) -> ExpiringCredentials:
        """New credentials from the source; raise CredentialsError when there are none."""
        raise NotImplementedError

    def refresh_due(self) -> bool:
        """Whether the next call would fetch (and so wait on I/O)."""
        return self._due(self._cached, self._clock())

    def _due(self, cached: ExpiringCredentials | None, now: float) -> bool:
        if cached is None:
            return True
        if cached.expires_at is None:
            return False
        if now >= cached.expires_at:
            return True
        return now >= cached.expires_at - self._refresh_ahead and now >= self._next_try

    def __call__(self) -> Credentials:
        cached = self._cached
        if not self._due(cached, self._clock()):
            assert cached is not None
            return cached.credentials
        with self._lock:
            # Another thread may have refreshed while this one waited for the lock.
            cached = self._cached
            now = self._clock()
            if not self._due(cached, now):
                assert cached is not None
                return cached.credentials
            try:
                fresh = self.fetch()
            except (ApiError, OSError):
                if cached is not None and _still_valid(cached, now):
                    self._next_try = now + self._retry_after_failure
                    return cached.credentials
                raise
            self._cached = fresh
            return fresh.credentials


def _still_valid(cached: ExpiringCredentials, now: float) -> bool:
    return cached.expires_at is None or now < cached.expires_at


async def credentials_for_async(provider: CredentialsProvider) -> Credentials:
    """The provider's credentials without blocking the event loop on a refresh.

    A provider that is about to fetch over the network does so in a worker thread; its
    lock still lets only one fetch run, however many tasks ask at once.
    """
    refresh_due = getattr(provider, "refresh_due", None)
    if callable(refresh_due) and refresh_due():
        import asyncio

        return await asyncio.to_thread(provider)
    return provider()
