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
import heapq
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from .connection_pool import Key, Lease, Slots
from .errors import ConfigurationError

__all__ = ["AsyncConnectionPool"]

ConnectionT = TypeVar("ConnectionT")


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_result(None)  # no lease: the wait timed out


class _Waiter(Generic[ConnectionT]):
    """A task waiting for a connection: its place in line and what it is handed."""

    __slots__ = ("order", "future", "queued")

    def __init__(self, order: int, future: asyncio.Future[Any]) -> None:
        self.order = order
        self.future: asyncio.Future[Lease[ConnectionT] | None] = future
        self.queued = True


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
        self._slots: Slots[ConnectionT] = Slots(max_connections, max_per_host, usable)
        self._close = close
        # Tasks waiting for a connection, per host in the order they came: handing
        # out a free connection looks at each host's first waiter, not at every one.
        self._queues: dict[Key, deque[_Waiter[ConnectionT]]] = {}
        # Waiters that left their line (timed out, cancelled) from inside it: counted
        # so that a line mostly made of them is swept in one pass.
        self._departed: dict[Key, int] = {}
        self._arrivals = 0
        # After ``close``: no new lease, and a connection given back is closed (a
        # call in flight at close must not leave an open socket behind).
        self._closed = False

    @property
    def open_connections(self) -> int:
        return self._slots.total

    def _take(self, key: Key) -> Lease[ConnectionT] | None:
        """An idle connection or a free slot, if there is one now."""
        discard: list[ConnectionT] = []
        lease = self._slots.take(key, discard)
        for connection in discard:
            self._close(connection)
        return lease

    async def acquire(self, key: Key, wait_until: float) -> Lease[ConnectionT]:
        """An idle connection to ``key``, else a free slot to open one, waiting for
        either until ``wait_until`` (a ``loop.time()`` instant)."""
        if self._closed:
            raise _closed_error()
        lease = self._take(key)
        if lease is not None:
            return lease
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Lease[ConnectionT] | None] = loop.create_future()
        self._arrivals += 1
        waiter: _Waiter[ConnectionT] = _Waiter(self._arrivals, future)
        self._queues.setdefault(key, deque()).append(waiter)
        timer = loop.call_at(wait_until, _expire, future)
        try:
            lease = await future
        except BaseException:
            # Cancelled, perhaps just after being handed a lease: give it back.
            self._leave(key, waiter)
            if future.done() and not future.cancelled():
                granted = future.result()
                if granted is not None:
                    self._give_back(granted)
            raise
        finally:
            timer.cancel()
        if lease is None:
            self._leave(key, waiter)
            if self._closed:
                raise _closed_error()
            raise self._slots.busy(key)
        return lease

    def _give_back(self, lease: Lease[ConnectionT]) -> None:
        if lease.connection is None:
            self._slots.forget(lease.key)
            self._grant()
        else:
            self.release(lease, lease.connection)

    def _leave(self, key: Key, waiter: _Waiter[ConnectionT]) -> None:
        """A waiter that got no lease leaves its line: at once from its head (where
        waiters that time out in the order they came are), else when the line is
        next swept."""
        queue = self._queues.get(key)
        if queue is None or not waiter.queued:
            return
        waiter.queued = False
        if queue[0] is waiter:
            queue.popleft()
            _drop_done(queue)
        else:
            departed = self._departed.get(key, 0) + 1
            if 2 * departed > len(queue):
                # Most of the line has left: one sweep keeps it in proportion to
                # the waiters still in it.
                kept = deque(w for w in queue if w.queued and not w.future.done())
                for gone in queue:
                    gone.queued = gone.queued and not gone.future.done()
                queue = self._queues[key] = kept
                departed = 0
            self._departed[key] = departed
        if not queue:
            del self._queues[key]
            self._departed.pop(key, None)

    def _grant(self) -> None:
        """Hand what is free now to the waiters that can use it, in the order they
        came, without waking the others."""
        if not self._queues:
            return
        heads: list[tuple[int, Key]] = []
        for key, queue in list(self._queues.items()):
            _drop_done(queue)
            if queue:
                heads.append((queue[0].order, key))
            else:
                del self._queues[key]
                self._departed.pop(key, None)
        heapq.heapify(heads)
        while heads:
            key = heads[0][1]
            lease = self._take(key)
            if lease is None:
                heapq.heappop(heads)  # nothing free for this host: its line waits
                continue
            queue = self._queues[key]
            waiter = queue.popleft()
            waiter.queued = False
            waiter.future.set_result(lease)
            _drop_done(queue)
            if queue:
                heapq.heapreplace(heads, (queue[0].order, key))
            else:
                heapq.heappop(heads)
                del self._queues[key]
                self._departed.pop(key, None)

    def release(self, lease: Lease[ConnectionT], connection: ConnectionT) -> None:
        """Give a healthy connection back for the next call to the same host."""
        if self._closed:
            self.discard(lease, connection)
            return
        self._slots.put_idle(lease.key, connection)
        self._grant()

    def discard(
        self, lease: Lease[ConnectionT], connection: ConnectionT | None
    ) -> None:
        """Close the lease's connection (or give up its unused slot)."""
        self._slots.forget(lease.key)
        if connection is not None:
            self._close(connection)
        self._grant()

    def close(self) -> None:
        """Close the idle connections; those in use are closed when given back, and
        the calls waiting for one are refused."""
        self._closed = True
        queues, self._queues = self._queues, {}
        self._departed = {}
        for queue in queues.values():
            for waiter in queue:
                waiter.queued = False
                _expire(waiter.future)
        for connection in self._slots.drain():
            self._close(connection)


def _drop_done(queue: deque[_Waiter[ConnectionT]]) -> None:
    """Waiters at the head of a line that no longer wait (timed out, cancelled)."""
    while queue and queue[0].future.done():
        queue.popleft().queued = False


def _closed_error() -> ConfigurationError:
    return ConfigurationError("the client is closed: open a new one to make calls")
