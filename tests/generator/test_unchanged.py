"""A generation whose inputs and output are those of the previous one stops early."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import unchanged
from tests.conftest import PROJECT

FIXTURE = PROJECT / "tests" / "fixtures" / "general"
UNCHANGED = "(0 written, 0 removed), inputs unchanged"


def _generate(
    spec: Path, out: Path, cache: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--cache-dir",
            str(cache),
            *extra,
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    assert result.returncode == 0, result.stderr
    return result


def _files(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _backdate(out: Path) -> None:
    # Files written less than two seconds before their record are hashed rather than
    # trusted by time; the tests age them so that the time rule is what runs.
    for path in out.rglob("*"):
        if path.is_file():
            info = path.stat()
            os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns - 10**10))


def test_an_unchanged_rerun_stops_early_and_any_change_runs_in_full(
    tmp_path: Path,
) -> None:
    spec, out, cache = tmp_path / "spec", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(FIXTURE, spec)
    first = _generate(spec, out, cache)
    assert UNCHANGED not in first.stdout
    expected = _files(out)
    assert UNCHANGED in _generate(spec, out, cache).stdout

    # A file of the output edited by hand: a full run puts it back.
    client = out / "demo" / "client.py"
    client.write_text("# edited\n", encoding="utf-8")
    repaired = _generate(spec, out, cache)
    assert "(1 written, 0 removed)" in repaired.stdout
    assert _files(out) == expected

    # Same size, same time as recorded, but written just before the record: hashed.
    original = client.read_bytes()
    info = client.stat()
    client.write_bytes(original.replace(b"class ", b"klass ", 1))
    os.utime(client, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert UNCHANGED not in _generate(spec, out, cache).stdout
    assert client.read_bytes() == original

    # A file deleted: a full run.
    (out / "demo" / "py.typed").unlink()
    assert "(1 written, 0 removed)" in _generate(spec, out, cache).stdout

    # A spec edited: a full run, however small the edit.
    operation = spec / "demo/2020-01-01/operations/Ping.yaml"
    operation.write_text(operation.read_text("utf-8") + "\n", "utf-8")
    assert UNCHANGED not in _generate(spec, out, cache).stdout
    assert UNCHANGED in _generate(spec, out, cache).stdout

    # Other options, or no cache, never take another run's record.
    assert UNCHANGED not in _generate(spec, out, cache, "--no-cache").stdout
    packaged = tmp_path / "packaged"
    _generate(spec, packaged, cache, "--package", "demo_sdk")
    assert UNCHANGED not in _generate(spec, packaged, cache, "--no-cache").stdout


def test_old_files_are_trusted_by_size_and_time(tmp_path: Path) -> None:
    spec, out, cache = tmp_path / "spec", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(FIXTURE, spec)
    _generate(spec, out, cache)
    _backdate(out)
    key = unchanged.fingerprint(spec, ["generate", "package=None", "version=None"])
    young = unchanged.lookup(cache, key)
    assert young is not None
    # The run after the files aged hashes them once and keeps their new times.
    assert UNCHANGED in _generate(spec, out, cache).stdout
    record = unchanged.lookup(cache, key)
    assert record is not None and record != young
    assert unchanged.on_disk(out, record) is record
    # A same-size edit that keeps the recorded time is, like git's index, not seen;
    # any other edit is.
    client = out / "demo" / "client.py"
    info = client.stat()
    data = client.read_bytes()
    client.write_bytes(data.replace(b"class ", b"klass ", 1))
    os.utime(client, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert unchanged.on_disk(out, record) is record
    client.write_bytes(data.replace(b"class ", b"klass ", 1))
    assert unchanged.on_disk(out, record) is None
    client.write_bytes(data + b"\n")
    assert unchanged.on_disk(out, record) is None


def test_the_fingerprint_follows_the_spec_and_the_options(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(FIXTURE, spec)
    options = ["generate", "package=None"]
    key = unchanged.fingerprint(spec, options)
    assert unchanged.fingerprint(spec, options) == key
    assert unchanged.fingerprint(spec, ["generate", "package=x"]) != key
    (spec / "demo/2020-01-01/notes.txt").write_text("x", "utf-8")
    assert unchanged.fingerprint(spec, options) != key
    renamed = spec / "demo/2020-01-01/notes2.txt"
    (spec / "demo/2020-01-01/notes.txt").rename(renamed)
    with_rename = unchanged.fingerprint(spec, options)
    renamed.unlink()
    assert with_rename != key and unchanged.fingerprint(spec, options) == key


# Run in a fresh interpreter: which modules a no-change `generate` loaded.
_LOADED = """
import sys
from generator.cli import main
code = main(sys.argv[1:])
heavy = ("black", "jinja2", "jsonschema", "yaml", "multiprocessing", "concurrent")
print(sorted(name for name in sys.modules if name.split(".")[0] in heavy))
print(sorted(name for name in sys.modules if name.startswith("generator.")))
raise SystemExit(code)
"""


def test_an_unchanged_rerun_loads_neither_black_nor_jinja_nor_the_spec_checks(
    tmp_path: Path,
) -> None:
    spec, out, cache = tmp_path / "spec", tmp_path / "out", tmp_path / "cache"
    shutil.copytree(FIXTURE, spec)
    _generate(spec, out, cache, "--package", "demo_sdk")
    argv = ["generate", "--spec", str(spec), "--out", str(out)]
    argv += ["--cache-dir", str(cache), "--package", "demo_sdk"]
    result = subprocess.run(
        [sys.executable, "-c", _LOADED, *argv],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
    )
    assert result.returncode == 0, result.stderr
    summary, heavy, ours = result.stdout.splitlines()
    assert UNCHANGED in summary
    assert heavy == "[]"
    for module in ("pipeline", "render", "model", "validate", "formatting", "plugins"):
        assert f"'generator.{module}'" not in ours


def test_without_a_plugin_module_no_template_folder_is_added() -> None:
    # The no-change check leaves the plug-in registry unloaded when no --plugin is
    # given, which is right only while the built-in plug-ins bring no folder.
    from generator.targets.protocols import BUILTIN_PLUGINS

    assert [plugin.templates_dir for plugin in BUILTIN_PLUGINS] == [None] * len(
        BUILTIN_PLUGINS
    )


def test_the_fingerprint_covers_the_templates_the_renderer_reads() -> None:
    from generator.render import TEMPLATES_DIR, Renderer

    assert unchanged.TEMPLATES_DIR == TEMPLATES_DIR == Renderer().templates_dir


def test_a_new_output_folder_does_not_read_the_no_change_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import cli

    out, cache = tmp_path / "out", tmp_path / "cache"
    _generate(FIXTURE, out, cache)
    looked_up: list[Path] = []
    lookup = unchanged.lookup

    def recording(cache_dir: Path, key: str) -> unchanged.Record | None:
        looked_up.append(cache_dir)
        return lookup(cache_dir, key)

    monkeypatch.setattr(unchanged, "lookup", recording)
    arguments = ["generate", "--spec", str(FIXTURE), "--cache-dir", str(cache)]
    # A catalog's record is thousands of entries: a new folder has nothing to
    # compare it with, so it is not read.
    assert cli.main([*arguments, "--out", str(tmp_path / "fresh")]) == 0
    assert looked_up == []
    assert _files(tmp_path / "fresh") == _files(out)
    assert cli.main([*arguments, "--out", str(out)]) == 0
    assert looked_up == [cache]
