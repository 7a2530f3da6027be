"""Faults the offline server injects on demand, one queued fault per incoming request.

Faults are taken in the order they were queued, before the request is looked at (as a
gateway in front of the service would fail): ``throttle`` and ``error`` answer instead of
the service; ``delay`` waits, ``truncate`` cuts the real answer, ``drop`` closes the
connection without a word.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from typing import Literal

__all__ = ["Fault", "FaultKind", "FaultQueue"]

FaultKind = Literal["throttle", "error", "delay", "drop", "truncate"]


@dataclass(frozen=True)
class Fault:
    """One fault. ``status``/``code``/``message``/``retry_after`` shape an error answer,
    or ``example`` names one of the spec's error examples to answer with instead;
    ``seconds`` a delay; ``keep_bytes`` (default: half) and ``declare_full_length`` a cut.
    """

    kind: FaultKind
    status: int = 503
    code: str = "Throttling.User"
    message: str | None = None
    retry_after: float | None = None
    seconds: float = 0.0
    keep_bytes: int | None = None
    declare_full_length: bool = False
    # The name of one of the spec's error examples, answered verbatim.
    example: str | None = None

    @property
    def answers_instead(self) -> bool:
        """True when the fault replaces the service's answer with an error."""
        return self.kind in ("throttle", "error")


class _Entry:
    __slots__ = ("fault", "left")

    def __init__(self, fault: Fault, left: int) -> None:
        self.fault = fault
        self.left = left


class FaultQueue:
    """A thread-safe queue of faults; each applies to the next ``count`` requests."""

    def __init__(self) -> None:
        self._queue: deque[_Entry] = deque()
        self._lock = threading.Lock()

    def add(self, fault: Fault, count: int = 1) -> None:
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._queue.append(_Entry(fault, count))

    def take(self) -> Fault | None:
        """The fault for the request that just arrived, or None."""
        with self._lock:
            if not self._queue:
                return None
            entry = self._queue[0]
            entry.left -= 1
            if entry.left == 0:
                self._queue.popleft()
            return entry.fault

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> int:
        """How many requests the queued faults will still hit."""
        with self._lock:
            return sum(entry.left for entry in self._queue)
