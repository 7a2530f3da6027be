"""Timing loops: per call inside this process, and per whole process via subprocess."""

from __future__ import annotations

import gc
import subprocess
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .stats import Summary

NS = 1e-9


@dataclass(frozen=True)
class Plan:
    """How much repetition a figure gets; ``quick`` shrinks it for smoke runs."""

    samples: int = 15
    min_sample_seconds: float = 0.05
    max_loops: int = 100_000
    import_runs: int = 11
    generation_runs: int = 5
    loopback_samples: int = 11
    loopback_min_sample_seconds: float = 0.1
    loopback_max_loops: int = 200

    @classmethod
    def quick(cls) -> Plan:
        return cls(
            samples=5,
            min_sample_seconds=0.01,
            import_runs=3,
            generation_runs=1,
            loopback_samples=3,
            loopback_min_sample_seconds=0.02,
            loopback_max_loops=20,
        )


class ProcessFailed(RuntimeError):
    """A timed command exited non-zero; the message carries its last stderr line."""


def _loops_for(elapsed_ns: int, min_sample_seconds: float, max_loops: int) -> int:
    wanted = int(min_sample_seconds / max(elapsed_ns * NS, 1e-9)) + 1
    return max(1, min(wanted, max_loops))


def per_call(
    call: Callable[[], object],
    *,
    samples: int,
    min_sample_seconds: float,
    max_loops: int,
) -> Summary:
    """Seconds per call: each sample is the mean of a batch long enough to time well.

    The garbage collector stays on: allocation churn is part of what a caller pays.
    """
    call()  # warm caches, lazy imports and connection pools before calibrating
    started = time.perf_counter_ns()
    call()
    loops = _loops_for(time.perf_counter_ns() - started, min_sample_seconds, max_loops)
    gc.collect()
    results: list[float] = []
    for _ in range(samples):
        started = time.perf_counter_ns()
        for _ in range(loops):
            call()
        results.append((time.perf_counter_ns() - started) * NS / loops)
    return Summary.of(results)


async def per_call_async(
    call: Callable[[], Awaitable[object]],
    *,
    samples: int,
    min_sample_seconds: float,
    max_loops: int,
) -> Summary:
    """Like :func:`per_call` for a coroutine function, awaited one call at a time.

    A coroutine itself, so the caller runs its checks, the measurement and the closing of
    its client in one event loop: async connection pools are bound to the loop that
    opened them.
    """
    await call()
    started = time.perf_counter_ns()
    await call()
    loops = _loops_for(time.perf_counter_ns() - started, min_sample_seconds, max_loops)
    gc.collect()
    results: list[float] = []
    for _ in range(samples):
        started = time.perf_counter_ns()
        for _ in range(loops):
            await call()
        results.append((time.perf_counter_ns() - started) * NS / loops)
    return Summary.of(results)


def run_process(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    timeout: float = 600,
) -> str:
    """Run ``argv`` once and return its stdout; raise :class:`ProcessFailed` on failure."""
    completed = subprocess.run(
        list(argv),
        cwd=cwd,
        env=dict(env) if env is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        lines = [line for line in completed.stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else f"exit status {completed.returncode}"
        raise ProcessFailed(last)
    return completed.stdout


def per_process(
    argv: Sequence[str] | Callable[[], Sequence[str]],
    *,
    runs: int,
    cwd: Path,
    env: Mapping[str, str] | None = None,
    warmup: int = 1,
    timeout: float = 600,
) -> Summary:
    """Wall-clock seconds per whole process, started afresh for every run.

    ``argv`` may be a callable so that each run gets fresh arguments (an empty output
    folder, say). Warm-up runs are not timed: they leave bytecode caches written, so every
    timed run sees the same, realistic state of the machine.
    """
    results: list[float] = []
    for index in range(warmup + runs):
        command = argv() if callable(argv) else argv
        started = time.perf_counter_ns()
        run_process(command, cwd=cwd, env=env, timeout=timeout)
        elapsed = (time.perf_counter_ns() - started) * NS
        if index >= warmup:
            results.append(elapsed)
    return Summary.of(results)
