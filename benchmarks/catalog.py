"""Generation at catalog scale: ECS (347 operations) imported from ``../shared/data``.

Four figures, all whole processes:

- cold: ``generate --package acs_ecs`` into a fresh folder with a fresh, empty cache,
  next to openapi-python-client on the OpenAPI document that very run exported
  (``openapi/ecs-2014-05-26.json``), so both generate the same operations;
- no change: the same command again over the output of a cached run; per operation;
- peak memory: the largest resident set of any one process of the run (``wait4``), at
  50, 150 and all operations, into a fresh output folder: cold (an empty formatting
  cache) and warm (the cache of an earlier run of the same size).

Each row also notes the CPU seconds (user + system, the process and the children it
waited for): on a machine shared with other work the wall time moves with the load while
the CPU time hardly does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .environment import VENV, not_installed_reason
from .inputs import PROJECT
from .peers import codegen
from .report import Claim, Figure, Measured, Missing, Outcome, Target
from .stats import Summary
from .timing import Plan, ProcessFailed

ECS_API_DOCS = PROJECT.parent / "shared" / "data" / "ecs-2014-05-26.api-docs.json"
OPENAPI_NAME = "ecs-2014-05-26.json"
PACKAGE = "acs_ecs"
MEMORY_SIZES = (50, 150)
LABEL = "ours (python -m generator generate --package acs_ecs)"
# No-change target per operation, and how much peak memory may grow from the smallest
# size to the whole product and still count as flat.
NO_CHANGE_TARGET = 0.002
FLAT_MEMORY = 1.25


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_bytes: int


# Run by a small interpreter of its own: a child's ru_maxrss starts from the resident
# set of the process that spawned it, so the runner's own memory must not be that one.
_MEASURER = """
import json, os, subprocess, sys, time
started = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
error = process.stderr.read()
_, status, usage = os.wait4(process.pid, 0)
wall = time.perf_counter() - started
sys.stderr.write(error.decode(errors="replace"))
print(json.dumps({"status": os.waitstatus_to_exitcode(status), "wall": wall,
    "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024}))
"""


def measured_run(
    argv: Sequence[str], cwd: Path, env: dict[str, str] | None = None
) -> Run:
    """One process: wall seconds, CPU seconds and the largest resident set of it and
    of any child it waited for (Linux reports ``ru_maxrss`` in KiB)."""
    completed = subprocess.run(
        [sys.executable, "-c", _MEASURER, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    try:
        figures = json.loads(completed.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        figures = {"status": completed.returncode or 1}
    if completed.returncode != 0 or figures["status"] != 0:
        lines = [line for line in completed.stderr.splitlines() if line.strip()]
        raise ProcessFailed(lines[-1] if lines else f"exit status {figures['status']}")
    return Run(float(figures["wall"]), float(figures["cpu"]), int(figures["peak"]))


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    # Whole-process figures assume bytecode caches exist, as they do for a user.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _generate(spec: Path, out: Path, cache: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--spec",
        str(spec),
        "--out",
        str(out),
        "--package",
        PACKAGE,
        "--cache-dir",
        str(cache),
    ]


def _summary(runs: Sequence[Run]) -> Summary:
    return Summary.of([run.wall for run in runs])


def _cpu_note(runs: Sequence[Run], extra: str = "") -> str:
    cpu = sorted(run.cpu for run in runs)[len(runs) // 2]
    peak = max(run.peak_bytes for run in runs)
    note = f"CPU {cpu:.2f} s (median), peak RSS {peak / 2**20:.0f} MiB"
    return f"{note}; {extra}" if extra else note


def _flat(label: str, peaks: dict[int, int]) -> Claim:
    """Whether peak memory grows at most FLAT_MEMORY times from the smallest size to
    the whole product."""
    sizes = sorted(peaks)
    growth = peaks[sizes[-1]] / peaks[sizes[0]]
    detail = ", ".join(f"{size}: {peaks[size] / 2**20:.0f} MiB" for size in sizes)
    return Claim(
        f"peak memory flat in operations, {label} cache (≤{FLAT_MEMORY}× from"
        f" {sizes[0]} to {sizes[-1]})",
        growth <= FLAT_MEMORY,
        f"{detail}; ×{growth:.2f}",
    )


def _operations(spec: Path) -> int:
    return sum(1 for _ in spec.rglob("operations/*.yaml"))


def _subset(spec: Path, size: int, into: Path) -> None:
    (service,) = sorted(spec.rglob("service.yaml"))
    target = into / service.parent.relative_to(spec)
    (target / "operations").mkdir(parents=True)
    shutil.copy2(service, target / "service.yaml")
    for operation in sorted((service.parent / "operations").glob("*.yaml"))[:size]:
        shutil.copy2(operation, target / "operations" / operation.name)


def _peer(document: Path, scratch: Path, runs: int) -> Outcome:
    tool = VENV / "bin" / "openapi-python-client"
    if not tool.exists():
        return Missing(codegen.LABEL, not_installed_reason(codegen.DIST))
    env = _environment()
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    results = []
    for index in range(runs + 1):
        out = scratch / f"opc{index}" / "client"
        argv = [
            str(tool),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(out),
            "--overwrite",
            "--meta",
            "none",
        ]
        run = measured_run(argv, PROJECT, env)
        if index:  # the first run only warms bytecode caches
            results.append(run)
    return Measured(
        codegen.LABEL, _summary(results), _cpu_note(results, "ruff hooks on")
    )


def catalog_figures(plan: Plan) -> list[Figure]:
    title = "Generation at catalog scale: ECS"
    if not ECS_API_DOCS.is_file():
        reason = f"{ECS_API_DOCS} is absent"
        return [Figure(title, "", Missing(LABEL, reason))]
    scratch = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
    try:
        return _measure(plan, scratch)
    except (ProcessFailed, OSError, ValueError) as error:
        return [Figure(title, "", Missing(LABEL, f"error: {error}"))]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _measure(plan: Plan, scratch: Path) -> list[Figure]:
    env = _environment()
    spec = scratch / "spec"
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "import-metadata",
            str(ECS_API_DOCS),
            "--out",
            str(spec),
        ],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    operations = _operations(spec)
    if completed.returncode not in (0, 1) or operations == 0:
        raise ProcessFailed(completed.stderr.strip().splitlines()[-1])
    runs = max(1, min(plan.generation_runs, 3))

    # Cold: an empty cache each run. The last run's output and cache stay for the
    # no-change figure, its OpenAPI document for the peer.
    cold: list[Run] = []
    for index in range(runs):
        out, cache = scratch / f"cold{index}", scratch / f"cache{index}"
        cold.append(measured_run(_generate(spec, out, cache), PROJECT, env))
    document = scratch / OPENAPI_NAME
    shutil.copy2(out / "openapi" / OPENAPI_NAME, document)
    peer = _peer(document, scratch, runs)
    ours_cold = Measured(LABEL, _summary(cold), _cpu_note(cold))
    cold_figure = Figure(
        title=f"Generation time, cold: ECS, {operations} operations",
        measures=(
            "whole-process wall time of one cold generation (fresh output folder, empty"
            " formatting cache); openapi-python-client on the OpenAPI 3.1 document the"
            " same run exported for the same operations."
        ),
        ours=ours_cold,
        peers=(peer,),
        targets=(Target(codegen.LABEL, 0.6, "≤0.6× its time"),),
        notes=(
            f"input: {ECS_API_DOCS.name} imported with `import-metadata`; peer input:"
            f" our `openapi/{OPENAPI_NAME}`.",
            "CPU seconds count the formatting workers too; the machine has 2 cores.",
        ),
    )

    # No change: the same command over the folder the last cold run wrote.
    again = [
        measured_run(_generate(spec, out, cache), PROJECT, env)
        for _ in range(max(3, runs))
    ]
    per_operation = _summary(again).median / operations
    no_change = Figure(
        title=f"Generation time, nothing changed: ECS, {operations} operations",
        measures=(
            "whole-process wall time of `generate` run again over its own output with"
            " its cache; the claim is per operation."
        ),
        ours=Measured(
            LABEL,
            _summary(again),
            _cpu_note(again, f"{per_operation * 1e3:.2f} ms per operation"),
        ),
        claims=(
            Claim(
                f"no-change run ≤ {NO_CHANGE_TARGET * 1e3:.0f} ms per operation",
                per_operation <= NO_CHANGE_TARGET,
                f"{per_operation * 1e3:.2f} ms/op wall,"
                f" {sorted(r.cpu for r in again)[len(again) // 2] / operations * 1e3:.2f}"
                " ms/op CPU",
            ),
        ),
    )

    # Peak memory by size, cold and warm. Each size has a cache of its own: a subset's
    # per-product modules (client.py, mock/actions.py, ...) are not those of the whole
    # product, so the whole product's cache would leave a subset partly cold. The whole
    # product's cold figure is the last cold run above, whose cache the warm run reuses.
    cold_peaks: dict[int, int] = {operations: cold[-1].peak_bytes}
    warm_peaks: dict[int, int] = {}
    rows: list[Measured] = []
    for size in (*MEMORY_SIZES, operations):
        subset, size_cache = spec, cache
        if size < operations:
            subset = scratch / f"spec-{size}"
            _subset(spec, size, subset)
            size_cache = scratch / f"memory-cache-{size}"
            first = measured_run(
                _generate(subset, scratch / f"memory-cold-{size}", size_cache),
                PROJECT,
                env,
            )
            cold_peaks[size] = first.peak_bytes
        run = measured_run(
            _generate(subset, scratch / f"memory-{size}", size_cache), PROJECT, env
        )
        warm_peaks[size] = run.peak_bytes
        rows.append(
            Measured(
                f"ours, {size} operations (warm formatting cache)",
                Summary.of([run.wall]),
                _cpu_note([run], f"cold: {cold_peaks[size] / 2**20:.0f} MiB"),
                compared=False,
            )
        )
    memory = Figure(
        title="Peak memory by number of operations (ours only)",
        measures=(
            "largest resident set of any process of the run (wait4 ru_maxrss), fresh"
            " output folder; warm: the formatting cache of an earlier run of the same"
            " size, cold: an empty one."
        ),
        ours=rows[-1],
        peers=tuple(rows[:-1]),
        claims=(_flat("warm", warm_peaks), _flat("cold", cold_peaks)),
    )
    return [cold_figure, no_change, memory]
