"""Connection limits for the async transport: the rules of ``connection_pool`` (idle
connections per host; at most so many open at once, per host and in total; an idle
connection to another host gives its place up when the total is reached) for tasks of
one event loop instead of threads.

A task that finds every allowed connection busy waits for one to come back, until its
attempt's time (``wait_until``, a ``loop.time()`` instant) runs out: the wait counts
against the call's deadline like the rest of the attempt. Waiters are woken in the
order they came.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .connection_pool import Key, Lease
from .errors import ConfigurationError, TransportTimeoutError

__all__ = ["AsyncConnectionPool"]

ConnectionT = TypeVar("ConnectionT")


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_result(None)  # no lease: the wait timed out


class AsyncConnectionPool(Generic[ConnectionT]):
    """Counts every connection from the moment a slot is granted until it is closed.

    Not thread-safe: one event loop's tasks share it, as they share its connections.
    """

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
        # Tasks waiting for a connection, in the order they came, and the host each
        # waits for.
        self._waiters: dict[asyncio.Future[Lease[ConnectionT] | None], Key] = {}
        # After ``close``: no new lease, and a connection given back is closed (a
        # call in flight at close must not leave an open socket behind).
        self._closed = False

    @property
    def open_connections(self) -> int:
        return self._total

    def _take(self, key: Key) -> Lease[ConnectionT] | None:
        """An idle connection or a free slot, if there is one now."""
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            if self._usable(connection):
                return Lease(key, connection)
            self._forget(key)
            self._close(connection)
        if self._open.get(key, 0) < self._max_host:
            if self._total >= self._max_total:
                # Room for this host but none in total: an idle connection to another
                # host gives its place up.
                victim = self._idle_elsewhere(key)
                if victim is not None:
                    self._close(victim)
            if self._total < self._max_total:
                self._open[key] = self._open.get(key, 0) + 1
                self._total += 1
                return Lease(key, None)
        return None

    async def acquire(self, key: Key, wait_until: float) -> Lease[ConnectionT]:
        """An idle connection to ``key``, else a free slot to open one, waiting for
        either until ``wait_until`` (a ``loop.time()`` instant)."""
        if self._closed:
            raise _closed_error()
        lease = self._take(key)
        if lease is not None:
            return lease
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[Lease[ConnectionT] | None] = loop.create_future()
        self._waiters[waiter] = key
        timer = loop.call_at(wait_until, _expire, waiter)
        try:
            lease = await waiter
        except BaseException:
            # Cancelled, perhaps just after being handed a lease: give it back.
            self._waiters.pop(waiter, None)
            if waiter.done() and not waiter.cancelled():
                granted = waiter.result()
                if granted is not None:
                    self._give_back(granted)
            raise
        finally:
            timer.cancel()
        if lease is None:
            self._waiters.pop(waiter, None)
            if self._closed:
                raise _closed_error()
            raise TransportTimeoutError(
                f"timed out waiting for a free connection to {_host(key[1])}"
                f" ({self._open.get(key, 0)} open to it, {self._total} in"
                f" total; max_connections_per_host={self._max_host},"
                f" max_connections={self._max_total})"
            )
        return lease

    def _give_back(self, lease: Lease[ConnectionT]) -> None:
        if lease.connection is None:
            self._forget(lease.key)
            self._grant()
        else:
            self.release(lease, lease.connection)

    def _grant(self) -> None:
        """Hand what is free now to the waiters that can use it, in the order they
        came, without waking the others."""
        if not self._waiters:
            return
        refused: set[Key] = set()
        for waiter, key in list(self._waiters.items()):
            if key in refused or waiter.done():
                continue
            lease = self._take(key)
            if lease is None:
                refused.add(key)
                continue
            del self._waiters[waiter]
            waiter.set_result(lease)

    def _idle_elsewhere(self, key: Key) -> ConnectionT | None:
        for other, idle in self._idle.items():
            if other != key and idle:
                connection = idle.pop(0)  # the longest idle
                self._forget(other)
                return connection
        return None

    def _forget(self, key: Key) -> None:
        """One connection to ``key`` is gone (its place not handed on yet)."""
        count = self._open.get(key, 0) - 1
        if count > 0:
            self._open[key] = count
        else:
            self._open.pop(key, None)
        self._total -= 1

    def release(self, lease: Lease[ConnectionT], connection: ConnectionT) -> None:
        """Give a healthy connection back for the next call to the same host."""
        if self._closed:
            self.discard(lease, connection)
            return
        self._idle.setdefault(lease.key, []).append(connection)
        self._grant()

    def discard(
        self, lease: Lease[ConnectionT], connection: ConnectionT | None
    ) -> None:
        """Close the lease's connection (or give up its unused slot)."""
        self._forget(lease.key)
        if connection is not None:
            self._close(connection)
        self._grant()

    def close(self) -> None:
        """Close the idle connections; those in use are closed when given back, and
        the calls waiting for one are refused."""
        self._closed = True
        waiters, self._waiters = self._waiters, {}
        for waiter in waiters:
            _expire(waiter)
        pools, self._idle = self._idle, {}
        for key, idle in pools.items():
            for connection in idle:
                self._forget(key)
                self._close(connection)


def _closed_error() -> ConfigurationError:
    return ConfigurationError("the client is closed: open a new one to make calls")


def _host(netloc: str) -> str:
    """A ``host[:port]`` without any ``user:password@`` before it."""
    return netloc.rpartition("@")[2]
