"""`generate` is deterministic and writes only what changed; `check` names every difference."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT, SPEC


def run(*arguments: str, cwd: Path = PROJECT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    # One run formats in this process, the other on a pool of forked workers.
    for out, jobs in ((first, "1"), (second, "2")):
        result = run(
            "generate",
            "--spec",
            str(SPEC),
            "--out",
            str(out),
            "--no-cache",
            "--jobs",
            jobs,
        )
        assert result.returncode == 0, result.stderr
    assert tree_bytes(first) == tree_bytes(second)
    assert tree_bytes(first) == tree_bytes(PROJECT / "generated")


def test_output_holds_no_absolute_paths_or_timestamps(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("generate", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    for name, data in tree_bytes(out).items():
        assert str(PROJECT).encode() not in data, name
        assert str(tmp_path).encode() not in data, name


def test_generate_rewrites_only_changed_files_and_removes_stale_ones(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert run("generate", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    again = run("generate", "--spec", str(SPEC), "--out", str(out))
    assert "(0 written, 0 removed)" in again.stdout
    (out / "vod" / "client.py").write_text("# edited by hand\n", encoding="utf-8")
    with open(out / "MANIFEST", "a", encoding="utf-8") as manifest:
        manifest.write("vod/gone.py\n")
    (out / "vod" / "gone.py").write_text("", encoding="utf-8")
    repaired = run("generate", "--spec", str(SPEC), "--out", str(out))
    assert "(2 written, 1 removed)" in repaired.stdout, "client.py and MANIFEST"
    assert not (out / "vod" / "gone.py").exists()


def test_check_names_every_file_that_differs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(
        PROJECT / "generated", out, ignore=shutil.ignore_patterns("__pycache__")
    )
    assert run("check", "--spec", str(SPEC), "--out", str(out)).returncode == 0
    (out / "vod" / "client.py").write_text("# edited\n", encoding="utf-8")
    (out / "vod" / "py.typed").unlink()
    (out / "vod" / "extra.py").write_text("", encoding="utf-8")
    result = run("check", "--spec", str(SPEC), "--out", str(out))
    assert result.returncode == 1
    assert "differs: vod/client.py" in result.stderr
    assert "missing: vod/py.typed" in result.stderr
    assert "not generated (stale or hand-made): vod/extra.py" in result.stderr
    assert "3 file(s) out of date" in result.stderr


def test_a_broken_spec_generates_nothing_and_shows_no_traceback(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC, spec)
    operation = spec / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    operation.write_text(
        operation.read_text(encoding="utf-8").replace("type: number", "type: decimal"),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = run("generate", "--spec", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        "GetAIImageJobs.yaml:" in result.stderr
        and "nothing was generated" in result.stderr
    )
    assert not out.exists()
