"""The installer's record of peers that failed, and the reason shown in their rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import environment


def test_pip_failure_reason_is_its_last_error_line() -> None:
    stderr = (
        "Collecting thing\n"
        "ERROR: Could not find a version that satisfies the requirement thing\n"
        "ERROR: No matching distribution found for thing\n"
        "\n"
    )
    assert environment._last_line(stderr) == (
        "ERROR: No matching distribution found for thing"
    )


def test_recorded_failure_is_the_rows_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status = tmp_path / "peers.json"
    status.write_text(
        json.dumps(
            {
                "fingerprint": "x",
                "peers": [
                    {"name": "jsonschema", "ok": True, "reason": ""},
                    {"name": "fastjsonschema", "ok": False, "reason": "ERROR: gone"},
                ],
            }
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(environment, "STATUS", status)
    assert (
        environment.not_installed_reason("fastjsonschema")
        == "not installed: ERROR: gone"
    )
    error = ModuleNotFoundError("No module named 'jsonschema'")
    assert environment.not_installed_reason("jsonschema", error) == (
        "not installed: ModuleNotFoundError: No module named 'jsonschema'"
    )


def test_the_bench_venv_is_never_the_test_venv() -> None:
    assert environment.VENV.name == ".bench-venv"
