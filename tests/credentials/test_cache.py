"""Temporary credentials are cached, refreshed ahead of expiry by exactly one caller
under concurrency (threads and asyncio tasks), and kept while a refresh fails."""

from __future__ import annotations

import asyncio
import threading

import pytest

from generated.vod import credentials
from generated.vod._runtime.credential_cache import credentials_for_async
from generated.vod._runtime.errors import CredentialsError
from tests.credentials.conftest import CALLER_ID, CALLER_SECRET
from tests.credentials.fakes import FakeSts

ROLE = "acs:ram::1:role/cached"


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def role_for(sts: FakeSts, clock: Clock) -> credentials.RamRoleArnCredentials:
    return credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        sts_endpoint=sts.endpoint,
        clock=clock,
        refresh_ahead=180,
    )


def test_refresh_happens_ahead_of_expiry_not_before(sts: FakeSts) -> None:
    import time

    clock = Clock(time.time())
    role = role_for(sts, clock)
    assert role().access_key_id == "STS.id-1"
    clock.now += 3600 - 181  # 181 s left: still fresh enough
    assert role().access_key_id == "STS.id-1"
    assert not role.refresh_due()
    clock.now += 2  # 179 s left: inside the refresh window
    assert role.refresh_due()
    assert role().access_key_id == "STS.id-2"
    assert len(sts.requests) == 2


def test_a_failed_refresh_keeps_the_valid_credentials_until_expiry(
    sts: FakeSts,
) -> None:
    import time

    clock = Clock(time.time())
    role = role_for(sts, clock)
    first = role()
    sts.failing = True
    clock.now += 3600 - 60  # in the refresh window, not yet expired
    assert role() == first
    assert role() == first  # the next try waits; no second failing call yet
    calls_while_failing = len(sts.server.received)
    clock.now += 30  # the retry pause has passed: one more attempt
    assert role() == first
    assert len(sts.server.received) == calls_while_failing + 1
    clock.now += 60  # expired now: the failure surfaces
    with pytest.raises(CredentialsError, match="ServiceUnavailable"):
        role()
    sts.failing = False
    assert role().access_key_id == "STS.id-2"


def test_fifty_threads_share_one_sts_call() -> None:
    sts = FakeSts({CALLER_ID: CALLER_SECRET}, delay=0.2)
    with sts.running():
        role = credentials.RamRoleArnCredentials(
            credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
            ROLE,
            sts_endpoint=sts.endpoint,
        )
        start = threading.Barrier(50)
        results: list[str] = []

        def call() -> None:
            start.wait()
            results.append(role().access_key_id)

        threads = [threading.Thread(target=call) for _ in range(50)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert results == ["STS.id-1"] * 50
    assert len(sts.server.received) == 1


def test_fifty_async_tasks_share_one_sts_call() -> None:
    sts = FakeSts({CALLER_ID: CALLER_SECRET}, delay=0.2)

    async def main(role: credentials.RamRoleArnCredentials) -> list[str]:
        answers = await asyncio.gather(
            *(credentials_for_async(role) for _ in range(50))
        )
        return [answer.access_key_id for answer in answers]

    with sts.running():
        role = credentials.RamRoleArnCredentials(
            credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
            ROLE,
            sts_endpoint=sts.endpoint,
        )
        assert asyncio.run(main(role)) == ["STS.id-1"] * 50
    assert len(sts.server.received) == 1


def test_an_async_refresh_does_not_block_the_event_loop() -> None:
    sts = FakeSts({CALLER_ID: CALLER_SECRET}, delay=0.3)
    ticks: list[int] = []

    async def ticker() -> None:
        for tick in range(5):
            ticks.append(tick)
            await asyncio.sleep(0.01)

    async def main(role: credentials.RamRoleArnCredentials) -> None:
        fetch = asyncio.create_task(credentials_for_async(role))
        await ticker()
        # The ticker ran to its end while the STS answer was still on its way.
        assert not fetch.done()
        await fetch

    with sts.running():
        role = credentials.RamRoleArnCredentials(
            credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
            ROLE,
            sts_endpoint=sts.endpoint,
        )
        asyncio.run(main(role))
    assert ticks == [0, 1, 2, 3, 4]
