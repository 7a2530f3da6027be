"""A call ends by its deadline, whatever the server drips; attempts are counted."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from generated.vod import AsyncVodClient, VodClient
from generated.vod._runtime.errors import TransportError, TransportTimeoutError
from generated.vod._runtime.retry import RetryPolicy

from .rt_raw_server import RawServer, dripping, dripping_headers, dropping

SECRET = "deadline-secret-3f9a2b"
# A dripping answer would last thousands of seconds; a call bounded by its deadline
# ends within a few. The bound is generous on purpose: it tells the two apart on any
# machine, it does not measure speed.
GENEROUS = 20.0


def _raised_within(seconds: float, call: Callable[[], object]) -> BaseException:
    """What ``call`` raised, failing the test if it is still running after ``seconds``
    (the server's drip is then stopped by its context manager, ending the call)."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed to the test thread
            outcome.append(error)
        else:
            outcome.append(None)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"the call outlived its deadline by far ({seconds} s)"
    error = outcome[0]
    assert error is not None, "the call succeeded against a dripping server"
    return error


def _no_sleep(seconds: float) -> None:
    return None


async def _no_async_sleep(seconds: float) -> None:
    return None


def _client(server: RawServer, **options: Any) -> VodClient:
    settings: dict[str, Any] = {
        "access_key_id": "deadline-id",
        "access_key_secret": SECRET,
        "endpoint": server.endpoint,
        "sleep": _no_sleep,
        "connect_timeout": 2.0,
    }
    settings.update(options)
    return VodClient(**settings)


@pytest.mark.parametrize("script", [dripping(0.5), dripping_headers(0.5)])
def test_dripped_answer_ends_at_the_attempt_timeout(script: Any) -> None:
    with (
        RawServer(script) as server,
        _client(server, timeout=1.0, max_attempts=1) as client,
    ):
        error = _raised_within(
            GENEROUS, lambda: client.get_ai_image_jobs(job_ids=["a"])
        )
    assert isinstance(error, TransportTimeoutError)
    assert error.attempts == 1
    assert SECRET not in str(error) + repr(error)


def test_retries_of_a_dripped_answer_end_at_the_total_timeout() -> None:
    policy = RetryPolicy(max_attempts=50, base_delay=0.0, total_timeout=3.0)
    with (
        RawServer(dripping(0.5)) as server,
        _client(server, timeout=2.0, retry_policy=policy) as client,
    ):
        error = _raised_within(
            GENEROUS, lambda: client.get_ai_image_jobs(job_ids=["a"])
        )
    assert isinstance(error, TransportTimeoutError)
    # Attempts of 2 s each inside 3 s: the second is cut short by the deadline.
    assert 1 <= error.attempts <= 3
    assert server.connections == error.attempts


def test_async_dripped_answer_ends_at_its_deadline() -> None:
    async def call(endpoint: str) -> None:
        policy = RetryPolicy(max_attempts=50, base_delay=0.0, total_timeout=3.0)
        async with AsyncVodClient(
            access_key_id="deadline-id",
            access_key_secret=SECRET,
            endpoint=endpoint,
            timeout=2.0,
            connect_timeout=2.0,
            retry_policy=policy,
            sleep=_no_async_sleep,
        ) as client:
            await client.get_ai_image_jobs(job_ids=["a"])

    with RawServer(dripping(0.5)) as server:
        error = _raised_within(GENEROUS, lambda: asyncio.run(call(server.endpoint)))
    assert isinstance(error, TransportTimeoutError)
    assert 1 <= error.attempts <= 3


def test_transport_error_counts_every_attempt() -> None:
    with (
        RawServer(dropping()) as server,
        _client(server, timeout=5.0, max_attempts=3) as client,
    ):
        with pytest.raises(TransportError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
    assert raised.value.attempts == 3
    assert server.connections == 3


def test_timeouts_count_every_attempt() -> None:
    policy = RetryPolicy(max_attempts=2, base_delay=0.0, total_timeout=None)
    with (
        RawServer(dripping_headers(0.2)) as server,
        _client(server, timeout=0.5, retry_policy=policy) as client,
    ):
        with pytest.raises(TransportTimeoutError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
    assert raised.value.attempts == 2
