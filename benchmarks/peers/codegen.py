"""openapi-python-client as the generation-time peer.

Command, per timed run, in a fresh empty temporary folder::

    openapi-python-client generate --path DOC --output-path TMP/client --overwrite --meta none

``--meta none`` writes the package alone (no pyproject), like our generator; ``--overwrite``
keeps a run from failing on a folder left over; the venv's ``bin/`` leads ``PATH`` so the
tool's post-generation hooks (``ruff check --fix``, ``ruff format``) run as they would for a
user, instead of being skipped with "ruff is not in PATH".
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..environment import VENV, not_installed_reason
from ..inputs import PROJECT, Chosen
from ..report import Measured, Missing, Outcome
from ..timing import Plan, ProcessFailed, per_process

DIST = "openapi-python-client"
LABEL = "openapi-python-client generate"


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def generate(document: Chosen, plan: Plan) -> Outcome:
    tool = VENV / "bin" / "openapi-python-client"
    if not tool.exists():
        return Missing(LABEL, not_installed_reason(DIST))
    scratch = Path(tempfile.mkdtemp(prefix="bench-opc-"))
    counter = iter(range(1_000_000))

    def argv() -> Sequence[str]:
        out = scratch / f"run{next(counter)}" / "client"
        return [
            str(tool),
            "generate",
            "--path",
            str(document.path),
            "--output-path",
            str(out),
            "--overwrite",
            "--meta",
            "none",
        ]

    try:
        summary = per_process(
            argv, runs=plan.generation_runs, cwd=PROJECT, env=_environment()
        )
    except ProcessFailed as error:
        return Missing(LABEL, f"failed: {error}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Measured(LABEL, summary, "whole process, cold, ruff hooks on")
