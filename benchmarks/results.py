"""The whole report: machine, versions, one table per figure, the targets at a glance."""

from __future__ import annotations

from collections.abc import Sequence

from .machine import Machine
from .report import Figure, figure_table, summary_table


def render(
    figures: Sequence[Figure],
    machine: Machine,
    versions: Sequence[tuple[str, str]],
    quick: bool,
) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python benchmarks/run.py`); see `benchmarks/README.md`"
        " for what each figure measures and how. Ratios are what we report: absolute"
        " times depend on the machine.",
        "",
    ]
    if quick:
        lines += ["**Quick mode: too few runs to quote; rerun without `--quick`.**", ""]
    lines += [
        "## Machine",
        "",
        f"- CPU: {machine.cpu}, {machine.cores} cores",
        f"- OS: {machine.os}",
        f"- Python: {machine.python}",
        f"- Date: {machine.date}",
        "",
        "## Versions",
        "",
        "| distribution | version |",
        "| --- | --- |",
        *(f"| {name} | {version} |" for name, version in versions),
        "",
        "## Targets",
        "",
        'Ratios compare medians: "ours faster by" is the peer\'s median ÷ ours.',
        "",
        summary_table(figures),
        "## Figures",
        "",
    ]
    for figure in figures:
        lines += [figure_table(figure)]
    return "\n".join(lines).rstrip() + "\n"
