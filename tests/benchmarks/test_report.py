"""Rows, ratios, targets and the Markdown tables of the benchmark report."""

from __future__ import annotations

import pytest

from benchmarks.report import (
    Claim,
    Figure,
    Measured,
    Missing,
    Target,
    figure_table,
    format_seconds,
    judge,
    speedup,
    summary_table,
)
from benchmarks.stats import Summary


def measured(label: str, median: float, compared: bool = True) -> Measured:
    return Measured(label, Summary(median, median * 0.9, median * 1.1, 9), "", compared)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1.5, "1.5 s"),
        (0.0123, "12.3 ms"),
        (0.000138, "138 µs"),
        (4.2e-7, "420 ns"),
    ],
)
def test_format_seconds_picks_the_unit_by_magnitude(seconds: float, text: str) -> None:
    assert format_seconds(seconds) == text


def test_speedup_is_peer_median_over_ours() -> None:
    assert speedup(measured("ours", 0.001), measured("tea", 0.01)) == pytest.approx(10)


def test_speedup_needs_both_figures() -> None:
    assert speedup(Missing("ours", "not available yet: x"), measured("tea", 1)) is None
    assert speedup(measured("ours", 1), Missing("tea", "not installed: y")) is None


@pytest.mark.parametrize(
    ("ours", "peer", "target", "verdict"),
    [
        (0.010, 0.100, Target("tea", 0.1, "≥10× faster"), "yes"),
        (0.011, 0.100, Target("tea", 0.1, "≥10× faster"), "no"),
        (0.002, 0.001, Target("fast", 2.0, "within 2×"), "yes"),
        (0.001, 0.001, Target("tea", 1.0, "faster", strict=True), "no"),
        (0.0009, 0.001, Target("tea", 1.0, "faster", strict=True), "yes"),
    ],
)
def test_judge_compares_ours_with_the_peer_scaled_by_the_ratio(
    ours: float, peer: float, target: Target, verdict: str
) -> None:
    assert judge(measured("ours", ours), measured(target.peer, peer), target) == verdict


def test_judge_without_a_figure_says_which_side_is_missing() -> None:
    target = Target("tea", 0.5, "≥2× faster")
    missing_ours = Missing("ours", "not available yet: no module generated")
    assert judge(missing_ours, measured("tea", 1), target).startswith("n/a (ours")
    missing_peer = Missing("tea", "not installed: boom")
    assert judge(measured("ours", 1), missing_peer, target).startswith("n/a (peer")


def _figure() -> Figure:
    return Figure(
        title="Parse",
        measures="seconds per call.",
        ours=measured("ours", 0.000002),
        peers=(
            measured("tea", 0.000004),
            Missing("older", "not installed: no matching distribution"),
            measured("context | row", 0.000001, compared=False),
        ),
        targets=(Target("tea", 1.0, "faster", strict=True),),
        claims=(Claim("XML parsed", True),),
        notes=("A note.",),
    )


def test_figure_table_shows_ratio_target_and_verdict_on_the_peer_row() -> None:
    table = figure_table(_figure())
    tea_row = next(line for line in table.splitlines() if line.startswith("| tea "))
    assert "2.00×" in tea_row and "| faster | yes |" in tea_row


def test_figure_table_shows_why_a_row_has_no_figure() -> None:
    table = figure_table(_figure())
    assert "| older | not installed: no matching distribution |" in table


def test_context_rows_get_no_ratio_and_pipes_are_escaped() -> None:
    table = figure_table(_figure())
    row = next(line for line in table.splitlines() if "context" in line)
    assert "context \\| row" in row
    assert "×" not in row


def test_figure_table_has_one_column_count_throughout() -> None:
    rows = [
        line for line in figure_table(_figure()).splitlines() if line.startswith("|")
    ]
    assert len({line.replace("\\|", "").count("|") for line in rows}) == 1


def test_a_target_naming_no_row_is_reported_not_dropped() -> None:
    figure = Figure("F", "m", measured("ours", 1), (), (Target("ghost", 1, "x"),))
    assert "| ghost | no such row |" in figure_table(figure)


def test_summary_table_lists_every_target_and_claim() -> None:
    table = summary_table([_figure()])
    assert "| Parse | faster (tea) | yes |" in table
    assert "| Parse | XML parsed | yes |" in table
