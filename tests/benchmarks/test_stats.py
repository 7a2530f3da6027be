"""The statistics helpers behind every figure (no timings are asserted)."""

from __future__ import annotations

import pytest

from benchmarks.stats import Summary, marginal_costs


def test_summary_of_odd_count_takes_the_middle_value() -> None:
    summary = Summary.of([5.0, 1.0, 3.0, 2.0, 4.0])
    assert summary.median == 3.0
    assert summary.runs == 5


def test_spread_lies_within_the_observed_range() -> None:
    samples = [float(value) for value in range(1, 12)]
    summary = Summary.of(samples)
    assert min(samples) <= summary.p10 <= summary.median <= summary.p90 <= max(samples)
    assert summary.p10 == pytest.approx(2.0)
    assert summary.p90 == pytest.approx(10.0)


def test_one_sample_is_its_own_spread() -> None:
    assert Summary.of([0.25]) == Summary(0.25, 0.25, 0.25, 1)


def test_no_samples_is_an_error() -> None:
    with pytest.raises(ValueError):
        Summary.of([])


def test_shifted_moves_every_statistic_and_keeps_the_count() -> None:
    shifted = Summary(1.0, 0.5, 2.0, 7).shifted(-0.25)
    assert shifted == Summary(0.75, 0.25, 1.75, 7)


def test_marginal_costs_cancel_the_fixed_start_up_cost() -> None:
    # 0.5 s start-up plus 10 ms per operation.
    points = [(size, 0.5 + 0.01 * size) for size in (1, 10, 50, 170)]
    costs = marginal_costs(points)
    assert [size for size, _ in costs] == [10, 50, 170]
    assert all(cost == pytest.approx(0.01) for _, cost in costs)


def test_marginal_costs_of_nothing_is_nothing() -> None:
    assert marginal_costs([]) == []
    assert marginal_costs([(1, 0.5)]) == []
