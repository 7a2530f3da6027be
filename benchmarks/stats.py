"""Summaries of repeated measurements: the median and the p10–p90 spread."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Summary:
    """Seconds per unit of work (one call, or one whole process) over repeated runs."""

    median: float
    p10: float
    p90: float
    runs: int

    @classmethod
    def of(cls, samples: Sequence[float]) -> Summary:
        if not samples:
            raise ValueError("a summary needs at least one sample")
        ordered = sorted(samples)
        if len(ordered) == 1:
            return cls(ordered[0], ordered[0], ordered[0], 1)
        # "inclusive" keeps the cut points inside the observed range, which is what a
        # reader expects of a spread computed from a handful of runs.
        deciles = statistics.quantiles(ordered, n=10, method="inclusive")
        return cls(statistics.median(ordered), deciles[0], deciles[-1], len(ordered))

    def shifted(self, offset: float) -> Summary:
        """The same distribution moved by ``offset`` (e.g. minus interpreter start-up)."""
        return Summary(
            self.median + offset, self.p10 + offset, self.p90 + offset, self.runs
        )


def marginal_costs(points: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """Cost per extra item beyond the smallest size: (t(N) − t(N₀)) / (N − N₀).

    ``points`` are (size, seconds) pairs, smallest size first; the fixed start-up cost
    cancels out, so a generator whose work grows linearly shows the same value for every N.
    """
    if not points:
        return []
    base_size, base_time = points[0]
    return [
        (size, (seconds - base_time) / (size - base_size))
        for size, seconds in points[1:]
        if size > base_size
    ]
