"""Hostile inputs: shared settings and helpers.

Property tests here run under one of two hypothesis profiles, chosen by the
``HYPOTHESIS_PROFILE`` environment variable: ``ci`` (the default: derandomized, so CI
draws the same cases every run and a failure replays as it is) and ``fuzz`` (``make
fuzz``: many more cases, drawn afresh). Tests take them with ``@HOSTILE_SETTINGS``
rather than loading a profile globally, so the rest of the suite keeps its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.conftest import PROJECT

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
settings.register_profile(
    "fuzz",
    derandomize=False,
    max_examples=20_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
HOSTILE_SETTINGS = settings.get_profile(PROFILE if PROFILE in ("ci", "fuzz") else "ci")

DEMO = PROJECT / "tests" / "fixtures" / "general" / "demo"
# Generous: every case here finishes in seconds; a hang is what the limit catches.
TIMEOUT = 120


def run_generator(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m generator ARGUMENTS`` in ``cwd``, bounded by :data:`TIMEOUT`."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        timeout=TIMEOUT,
    )


def assert_refused(
    result: subprocess.CompletedProcess[str], *needles: str
) -> list[str]:
    """The command failed with diagnostics, no traceback; returns the diagnostic lines.

    Each of ``needles`` must appear in a line that starts with ``file:line:col:``.
    """
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    for needle in needles:
        assert any(
            needle in line and _has_position(line) for line in lines
        ), f"no file:line:col diagnostic with {needle!r} in:\n{result.stderr}"
    return lines


def _has_position(line: str) -> bool:
    parts = line.split(":")
    return len(parts) >= 4 and parts[1].isdigit() and parts[2].isdigit()


class Workspace:
    """A folder holding ``spec/`` (a copy of the demo spec), ``out/`` and a sentinel
    file beside them that no generation may touch."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.spec = root / "spec"
        self.out = root / "out"
        shutil.copytree(DEMO, self.spec / "demo")
        self.service = self.spec / "demo" / "2020-01-01" / "service.yaml"
        self.ping = self.spec / "demo" / "2020-01-01" / "operations" / "Ping.yaml"
        self.sentinel = root / "victim.txt"
        self.sentinel.write_text("keep me\n", encoding="utf-8")

    def edit(self, path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def lint(self) -> subprocess.CompletedProcess[str]:
        return run_generator("lint", str(self.spec), cwd=self.root)

    def generate(self, out: Path | None = None) -> subprocess.CompletedProcess[str]:
        target = out or self.out
        return run_generator(
            "generate",
            "--spec",
            str(self.spec),
            "--out",
            str(target),
            "--no-cache",
            "--jobs",
            "1",
            cwd=self.root,
        )

    def files_outside_out(self) -> set[Path]:
        """Every file under the workspace that is neither spec, output nor sentinel."""
        return {
            path
            for path in self.root.rglob("*")
            if path.is_file()
            and not path.is_relative_to(self.spec)
            and not path.is_relative_to(self.out)
            and path != self.sentinel
        }

    def assert_nothing_outside(self) -> None:
        assert self.sentinel.read_text(encoding="utf-8") == "keep me\n"
        assert self.files_outside_out() == set()


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path)
