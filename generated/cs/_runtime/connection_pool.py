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

__all__ = ["ConnectionPool", "Lease", "Slots"]

ConnectionT = TypeVar("ConnectionT")
Key = tuple[str, str]


class Lease(Generic[ConnectionT]):
    """A connection handed out (``connection``), or the right to open one (None)."""

    __slots__ = ("key", "connection")

    def __init__(self, key: Key, connection: ConnectionT | None) -> None:
        self.key = key
        self.connection = connection


class Slots(Generic[ConnectionT]):
    """The counting both pools share, without a lock, I/O or waiting: idle connections
    per host, and how many are open per host and in total (every connection counts from
    the moment its slot is granted until it is forgotten)."""

    __slots__ = ("max_total", "max_host", "_usable", "idle", "open", "total")

    def __init__(
        self,
        max_connections: int,
        max_per_host: int,
        usable: Callable[[ConnectionT], bool],
    ) -> None:
        self.max_total = max_connections
        self.max_host = max_per_host
        self._usable = usable
        self.idle: dict[Key, list[ConnectionT]] = {}
        self.open: dict[Key, int] = {}
        self.total = 0

    def take(self, key: Key, discard: list[ConnectionT]) -> Lease[ConnectionT] | None:
        """An idle connection to ``key`` or a free slot to open one, if there is one
        now; connections found unusable, or given up for this host, go to ``discard``
        for the caller to close."""
        idle = self.idle.get(key)
        while idle:
            connection = idle.pop()
            if self._usable(connection):
                return Lease(key, connection)
            self.forget(key)
            discard.append(connection)
        if self.open.get(key, 0) < self.max_host:
            if self.total >= self.max_total:
                # Room for this host but none in total: an idle connection to another
                # host gives its place up.
                victim = self._idle_elsewhere(key)
                if victim is not None:
                    discard.append(victim)
            if self.total < self.max_total:
                self.open[key] = self.open.get(key, 0) + 1
                self.total += 1
                return Lease(key, None)
        return None

    def _idle_elsewhere(self, key: Key) -> ConnectionT | None:
        for other, idle in self.idle.items():
            if other != key and idle:
                connection = idle.pop(0)  # the longest idle
                self.forget(other)
                return connection
        return None

    def forget(self, key: Key) -> None:
        """One connection to ``key`` is gone (its place not handed on yet)."""
        count = self.open.get(key, 0) - 1
        if count > 0:
            self.open[key] = count
        else:
            self.open.pop(key, None)
        self.total -= 1

    def put_idle(self, key: Key, connection: ConnectionT) -> None:
        self.idle.setdefault(key, []).append(connection)

    def drain(self) -> list[ConnectionT]:
        """Every idle connection, forgotten, for the caller to close."""
        pools, self.idle = self.idle, {}
        drained = []
        for key, idle in pools.items():
            for connection in idle:
                self.forget(key)
                drained.append(connection)
        return drained

    def busy(self, key: Key) -> TransportTimeoutError:
        """The error of a wait for a connection that timed out."""
        return TransportTimeoutError(
            f"timed out waiting for a free connection to {key[1].rpartition('@')[2]}"
            f" ({self.open.get(key, 0)} open to it, {self.total} in total;"
            f" max_connections_per_host={self.max_host},"
            f" max_connections={self.max_total})"
        )


class ConnectionPool(Generic[ConnectionT]):
    """Thread-safe: the shared counting (``Slots``) under one lock, and threads that
    wait on it for a connection to come back."""

    def __init__(
        self,
        *,
        max_connections: int,
        max_per_host: int,
        close: Callable[[ConnectionT], None],
        usable: Callable[[ConnectionT], bool],
    ) -> None:
        self._slots: Slots[ConnectionT] = Slots(max_connections, max_per_host, usable)
        self._close = close
        self._available = threading.Condition(threading.Lock())

    @property
    def open_connections(self) -> int:
        with self._available:
            return self._slots.total

    def acquire(self, key: Key, wait_until: float) -> Lease[ConnectionT]:
        """An idle connection to ``key``, else a free slot to open one, waiting for
        either until ``wait_until`` (a ``time.monotonic()`` instant)."""
        discard: list[ConnectionT] = []
        try:
            with self._available:
                while True:
                    lease = self._slots.take(key, discard)
                    if lease is not None:
                        return lease
                    left = wait_until - time.monotonic()
                    if left <= 0:
                        raise self._slots.busy(key)
                    self._available.wait(left)
        finally:
            for connection in discard:
                self._close(connection)

    def release(self, lease: Lease[ConnectionT], connection: ConnectionT) -> None:
        """Give a healthy connection back for the next call to the same host."""
        with self._available:
            self._slots.put_idle(lease.key, connection)
            self._available.notify_all()

    def discard(
        self, lease: Lease[ConnectionT], connection: ConnectionT | None
    ) -> None:
        """Close the lease's connection (or give up its unused slot)."""
        with self._available:
            self._slots.forget(lease.key)
            self._available.notify_all()
        if connection is not None:
            self._close(connection)

    def close(self) -> None:
        with self._available:
            drained = self._slots.drain()
            self._available.notify_all()
        for connection in drained:
            self._close(connection)
