"""Connection limits for the sync transport: idle connections per host, and how many
may be open at once, per host and in total.

A thread that finds every allowed connection busy waits for one to come back, until
its attempt's time (``wait_until``) runs out: the wait counts against the call's
deadline like the rest of the attempt. The pool never does I/O under its lock; closing
a connection happens after the lock is released.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from .errors import TransportTimeoutError

__all__ = ["ConnectionPool", "Lease"]

ConnectionT = TypeVar("ConnectionT")
Key = tuple[str, str]


class Lease(Generic[ConnectionT]):
    """A connection handed out (``connection``), or the right to open one (None)."""

    __slots__ = ("key", "connection")

    def __init__(self, key: Key, connection: ConnectionT | None) -> None:
        self.key = key
        self.connection = connection


class ConnectionPool(Generic[ConnectionT]):
    """Counts every connection from the moment a slot is granted until it is closed."""

    def __init__(
        self,
        *,
        max_connections: int,
        max_per_host: int,
        close: Callable[[ConnectionT], None],
        usable: Callable[[ConnectionT], bool],
    ) -> None:
        self._max_total = max_connections
        self._max_host = max_per_host
        self._close = close
        self._usable = usable
        self._idle: dict[Key, list[ConnectionT]] = {}
        self._open: dict[Key, int] = {}
        self._total = 0
        self._available = threading.Condition(threading.Lock())

    @property
    def open_connections(self) -> int:
        with self._available:
            return self._total

    def acquire(self, key: Key, wait_until: float) -> Lease[ConnectionT]:
        """An idle connection to ``key``, else a free slot to open one, waiting for
        either until ``wait_until`` (a ``time.monotonic()`` instant)."""
        discard: list[ConnectionT] = []
        try:
            with self._available:
                while True:
                    idle = self._idle.get(key)
                    while idle:
                        connection = idle.pop()
                        if self._usable(connection):
                            return Lease(key, connection)
                        self._forget(key)
                        discard.append(connection)
                    if self._open.get(key, 0) < self._max_host:
                        if self._total >= self._max_total:
                            # Room for this host but none in total: an idle connection
                            # to another host gives its place up.
                            victim = self._idle_elsewhere(key)
                            if victim is not None:
                                discard.append(victim)
                        if self._total < self._max_total:
                            self._open[key] = self._open.get(key, 0) + 1
                            self._total += 1
                            return Lease(key, None)
                    left = wait_until - time.monotonic()
                    if left <= 0:
                        raise TransportTimeoutError(
                            f"timed out waiting for a free connection to {key[1]}"
                            f" ({self._open.get(key, 0)} open to it, {self._total} in"
                            f" total; max_connections_per_host={self._max_host},"
                            f" max_connections={self._max_total})"
                        )
                    self._available.wait(left)
        finally:
            for connection in discard:
                self._close(connection)

    def _idle_elsewhere(self, key: Key) -> ConnectionT | None:
        for other, idle in self._idle.items():
            if other != key and idle:
                connection = idle.pop(0)  # the longest idle
                self._forget(other)
                return connection
        return None

    def _forget(self, key: Key) -> None:
        """One connection to ``key`` is gone (called with the lock held)."""
        count = self._open.get(key, 0) - 1
        if count > 0:
            self._open[key] = count
        else:
            self._open.pop(key, None)
        self._total -= 1
        self._available.notify_all()

    def release(self, lease: Lease[ConnectionT], connection: ConnectionT) -> None:
        """Give a healthy connection back for the next call to the same host."""
        with self._available:
            self._idle.setdefault(lease.key, []).append(connection)
            self._available.notify_all()

    def discard(
        self, lease: Lease[ConnectionT], connection: ConnectionT | None
    ) -> None:
        """Close the lease's connection (or give up its unused slot)."""
        with self._available:
            self._forget(lease.key)
        if connection is not None:
            self._close(connection)

    def close(self) -> None:
        with self._available:
            pools, self._idle = self._idle, {}
            for key, idle in pools.items():
                for _ in idle:
                    self._forget(key)
        for idle in pools.values():
            for connection in idle:
                self._close(connection)
