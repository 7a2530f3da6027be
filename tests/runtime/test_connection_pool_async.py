"""The async connection limits: waiters served in the order they came across hosts,
waiters that time out or are cancelled leave nothing behind, and a lease handed to a
task cancelled before it ran goes to the next waiter."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from generated.vod._runtime.connection_pool_async import AsyncConnectionPool
from generated.vod._runtime.errors import ConfigurationError, TransportTimeoutError

A = ("http", "a")
B = ("http", "b")


def _pool(total: int, per_host: int) -> AsyncConnectionPool[object]:
    return AsyncConnectionPool(
        max_connections=total,
        max_per_host=per_host,
        close=lambda connection: None,
        usable=lambda connection: True,
    )


def test_waiters_for_several_hosts_are_served_in_the_order_they_came() -> None:
    async def run() -> list[str]:
        pool = _pool(1, 1)
        loop = asyncio.get_running_loop()
        first = await pool.acquire(A, loop.time() + 5)
        served: list[str] = []

        async def wait(name: str, key: Any) -> None:
            lease = await pool.acquire(key, loop.time() + 5)
            served.append(name)
            await asyncio.sleep(0)
            pool.discard(lease, None)

        tasks = [
            asyncio.ensure_future(wait(name, key))
            for name, key in (("b1", B), ("a1", A), ("b2", B), ("a2", A))
        ]
        await asyncio.sleep(0)
        pool.discard(first, None)
        await asyncio.gather(*tasks)
        assert pool.open_connections == 0
        return served

    assert asyncio.run(run()) == ["b1", "a1", "b2", "a2"]


def test_waiters_that_time_out_or_are_cancelled_leave_nothing_behind() -> None:
    async def run() -> None:
        pool = _pool(1, 1)
        loop = asyncio.get_running_loop()
        held = await pool.acquire(A, loop.time() + 5)
        soon = loop.time() + 0.05
        timing_out = [asyncio.ensure_future(pool.acquire(A, soon)) for _ in range(1000)]
        cancelled = [
            asyncio.ensure_future(pool.acquire(A, loop.time() + 5)) for _ in range(999)
        ]
        last = asyncio.ensure_future(pool.acquire(A, loop.time() + 5))
        await asyncio.sleep(0)
        for task in cancelled[::-1]:  # from the back of the line, not its head
            task.cancel()
        results = await asyncio.gather(*timing_out, *cancelled, return_exceptions=True)
        assert all(
            isinstance(result, (TransportTimeoutError, asyncio.CancelledError))
            for result in results
        )
        pool.discard(held, None)
        lease = await last
        assert lease.key == A
        assert pool._queues == {}  # only ``last`` waited, and it was served
        pool.discard(lease, None)
        assert pool.open_connections == 0

    asyncio.run(run())


def test_a_lease_handed_to_a_cancelled_task_goes_to_the_next_waiter() -> None:
    async def run() -> None:
        pool = _pool(1, 1)
        loop = asyncio.get_running_loop()
        held = await pool.acquire(A, loop.time() + 5)
        first = asyncio.ensure_future(pool.acquire(A, loop.time() + 5))
        second = asyncio.ensure_future(pool.acquire(A, loop.time() + 5))
        await asyncio.sleep(0)
        pool.release(held, "connection")  # handed to ``first``...
        first.cancel()  # ...which is cancelled before it runs
        lease = await second
        assert lease.connection == "connection"
        assert pool.open_connections == 1

    asyncio.run(run())


def test_closing_refuses_the_waiters_and_closes_what_comes_back() -> None:
    closed: list[object] = []

    async def run() -> None:
        pool: AsyncConnectionPool[object] = AsyncConnectionPool(
            max_connections=1,
            max_per_host=1,
            close=closed.append,
            usable=lambda connection: True,
        )
        loop = asyncio.get_running_loop()
        held = await pool.acquire(A, loop.time() + 5)
        waiting = asyncio.ensure_future(pool.acquire(A, loop.time() + 5))
        await asyncio.sleep(0)
        pool.close()
        with pytest.raises(ConfigurationError, match="closed"):
            await waiting
        pool.release(held, "in use at close")
        assert pool.open_connections == 0
        with pytest.raises(ConfigurationError, match="closed"):
            await pool.acquire(A, loop.time() + 5)

    asyncio.run(run())
    assert closed == ["in use at close"]


def test_both_pools_count_alike_and_name_no_credentials_when_busy() -> None:
    """The sync and async pools share one way of counting (``Slots``): the same limits
    hold in each, and a timed-out wait names the host, never a URL's user:password."""
    import time

    from generated.vod._runtime.connection_pool import ConnectionPool

    key = ("http", "user:s3cret@h:1")
    closed: list[str] = []
    sync_pool: ConnectionPool[str] = ConnectionPool(
        max_connections=2, max_per_host=1, close=closed.append, usable=lambda c: True
    )
    first = sync_pool.acquire(key, time.monotonic() + 1)
    with pytest.raises(TransportTimeoutError) as busy:
        sync_pool.acquire(key, time.monotonic())
    assert "s3cret" not in str(busy.value) and "to h:1 (1 open to it" in str(busy.value)
    sync_pool.release(first, "c1")
    other = sync_pool.acquire(("http", "other:2"), time.monotonic() + 1)
    assert other.connection is None and sync_pool.open_connections == 2
    # The total is reached: a third host takes the idle connection's place.
    third = sync_pool.acquire(("http", "third:3"), time.monotonic() + 1)
    assert third.connection is None and closed == ["c1"]
    assert sync_pool.open_connections == 2

    async def run() -> str:
        pool: AsyncConnectionPool[str] = AsyncConnectionPool(
            max_connections=2,
            max_per_host=1,
            close=closed.append,
            usable=lambda c: True,
        )
        loop = asyncio.get_running_loop()
        await pool.acquire(key, loop.time() + 1)
        with pytest.raises(TransportTimeoutError) as waited:
            await pool.acquire(key, loop.time())
        return str(waited.value)

    message = asyncio.run(run())
    assert "s3cret" not in message and "to h:1 (1 open to it" in message
