"""``make bench``: install the peers into ``.bench-venv/``, measure, write RESULTS.md.

Started with any Python 3.11+, it first makes sure the bench venv exists and has every
peer it can install, then runs itself again inside that venv, where the measuring happens.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

if __package__ in (None, ""):
    # Run as a script: make the project root importable so ``benchmarks`` is a package.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import environment  # noqa: E402


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    from benchmarks.figures import GROUPS

    parser = argparse.ArgumentParser(
        prog="python benchmarks/run.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="few runs: a smoke test, not figures"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=GROUPS,
        help="measure only these figure groups (repeatable)",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=environment.PROJECT / "benchmarks" / "RESULTS.md",
        help="Markdown report to write (default: benchmarks/RESULTS.md)",
    )
    parser.add_argument(
        "--reinstall", action="store_true", help="install the peers again first"
    )
    return parser.parse_args(argv)


def measure(arguments: argparse.Namespace) -> int:
    from benchmarks import machine
    from benchmarks.figures import Context, all_figures
    from benchmarks.inputs import load_examples
    from benchmarks.results import render
    from benchmarks.timing import Plan

    plan = Plan.quick() if arguments.quick else Plan()
    context = Context(plan=plan, examples=load_examples())
    figures = all_figures(context, set(arguments.only) if arguments.only else None)
    report = render(figures, machine.describe(), machine.versions(), arguments.quick)
    arguments.output.write_text(report, encoding="utf-8")
    print()
    print(report)
    print(f"written: {arguments.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    arguments = _arguments(argv)
    if environment.inside():
        return measure(arguments)
    environment.ensure(force=arguments.reinstall)
    python = str(environment.python())
    forwarded = [arg for arg in (argv if argv is not None else sys.argv[1:])]
    forwarded = [arg for arg in forwarded if arg != "--reinstall"]
    os.execv(python, [python, str(Path(__file__).resolve()), *forwarded])


if __name__ == "__main__":
    raise SystemExit(main())
