"""Calls at scale against the loopback server: many in flight from one asyncio program,
and many threads sharing one sync client; both sides, ours and Tea's, in one module so
the two drive their SDKs the same way.

Every call sends a ``JobIds`` value of its own and the server (``--echo-job-ids``)
answers with it as the RequestId, so a lost, duplicated or crossed answer is seen.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from . import ours

CREDENTIALS = {"access_key_id": "testid", "access_key_secret": "testsecret"}


@dataclass(frozen=True)
class Run:
    """One burst of calls: wall time, per-call latencies, what came back wrong."""

    calls: int
    seconds: float
    latencies: tuple[float, ...]
    wrong: int  # answers missing, duplicated or meant for another call

    @property
    def per_call(self) -> float:
        return self.seconds / self.calls

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def describe(runs: list[Run], peak_bytes: int | None) -> str:
    """calls/s, p50/p99 latency and the peak memory, for a row's note."""
    best = sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]
    wrong = sum(run.wrong for run in runs)
    parts = [
        f"{best.calls / best.seconds:,.0f} calls/s",
        f"p50 {best.percentile(0.5) * 1e3:.2f} ms",
        f"p99 {best.percentile(0.99) * 1e3:.2f} ms",
    ]
    if peak_bytes is not None:
        parts.append(f"peak traced memory {peak_bytes / 2**20:.1f} MiB")
    parts.append(
        "every answer its own" if wrong == 0 else f"{wrong} answers lost or crossed"
    )
    return ", ".join(parts)


def _count_wrong(expected: list[str], received: list[str | None]) -> int:
    lost = len(expected) - len(received)
    crossed = sum(1 for sent, got in zip(expected, received) if sent != got)
    return lost + crossed


# --- async: N calls, at most M in flight -------------------------------------------


async def async_burst(
    call: Callable[[str], Awaitable[str | None]], calls: int, in_flight: int, tag: str
) -> Run:
    gate = asyncio.Semaphore(in_flight)
    latencies: list[float] = []
    jobs = [f"{tag}-{index}" for index in range(calls)]

    async def one(job: str) -> str | None:
        async with gate:
            started = time.perf_counter()
            request_id = await call(job)
            latencies.append(time.perf_counter() - started)
            return request_id

    started = time.perf_counter()
    received = await asyncio.gather(*(one(job) for job in jobs))
    seconds = time.perf_counter() - started
    return Run(calls, seconds, tuple(latencies), _count_wrong(jobs, list(received)))


def ours_async_client(port: int) -> Any:
    from generated.vod import AsyncVodClient

    return AsyncVodClient(**CREDENTIALS, endpoint=f"http://127.0.0.1:{port}")


def tea_client(port: int) -> Any:
    from alibabacloud_tea_openapi.utils_models import Config
    from alibabacloud_vod20170321.client import Client

    return Client(Config(**CREDENTIALS, endpoint=f"127.0.0.1:{port}", protocol="http"))


def _tea_request(job: str) -> Any:
    from alibabacloud_vod20170321 import models

    return models.GetAIImageJobsRequest(job_ids=job)


def measure_async(
    side: str, port: int, calls: int, in_flight: int, rounds: int
) -> tuple[list[Run], int]:
    """``rounds`` timed bursts, then one traced for peak memory; one event loop."""
    ours._project_on_path()

    async def main() -> tuple[list[Run], int]:
        if side == "ours":
            client = ours_async_client(port)

            async def call(job: str) -> str | None:
                answer = await client.get_ai_image_jobs(job_ids=[job])
                return str(answer.request_id)

        else:
            client = tea_client(port)

            async def call(job: str) -> str | None:
                answer = await client.get_aiimage_jobs_async(_tea_request(job))
                return str(answer.body.request_id)

        try:
            await async_burst(call, min(calls, 100), in_flight, "warm")
            runs = []
            for index in range(rounds):
                gc.collect()
                runs.append(await async_burst(call, calls, in_flight, f"r{index}"))
            gc.collect()
            tracemalloc.start()
            try:
                await async_burst(call, calls, in_flight, "traced")
                peak = tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()
            return runs, peak
        finally:
            close = getattr(client, "aclose", None)
            if close is not None:
                await close()

    return asyncio.run(main())


# --- threads sharing one sync client -----------------------------------------------


def thread_burst(
    call: Callable[[str], str | None], threads: int, per_thread: int, tag: str
) -> Run:
    latencies: list[float] = []
    lock = threading.Lock()

    def worker(thread: int) -> tuple[list[str], list[str | None]]:
        sent: list[str] = []
        received: list[str | None] = []
        mine: list[float] = []
        for index in range(per_thread):
            job = f"{tag}-{thread}-{index}"
            started = time.perf_counter()
            try:
                received.append(call(job))
            except Exception:
                received.append(None)
            mine.append(time.perf_counter() - started)
            sent.append(job)
        with lock:
            latencies.extend(mine)
        return sent, received

    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        results = list(pool.map(worker, range(threads)))
    seconds = time.perf_counter() - started
    wrong = sum(_count_wrong(sent, received) for sent, received in results)
    return Run(threads * per_thread, seconds, tuple(latencies), wrong)


def measure_threads(
    side: str, port: int, threads: int, per_thread: int, rounds: int
) -> list[Run]:
    ours._project_on_path()
    client: Any
    if side == "ours":
        from generated.vod import VodClient

        client = VodClient(**CREDENTIALS, endpoint=f"http://127.0.0.1:{port}")

        def call(job: str) -> str | None:
            return str(client.get_ai_image_jobs(job_ids=[job]).request_id)

    else:
        client = tea_client(port)

        def call(job: str) -> str | None:
            return str(client.get_aiimage_jobs(_tea_request(job)).body.request_id)

    try:
        thread_burst(call, threads, 2, "warm")
        runs = []
        for index in range(rounds):
            gc.collect()
            runs.append(thread_burst(call, threads, per_thread, f"r{index}"))
        return runs
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()


def median_per_call(runs: list[Run]) -> float:
    return statistics.median(run.per_call for run in runs)
