"""Nothing a spec, a MANIFEST or metadata says can write or delete outside the output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.importer.convert import ImportResult
from generator.importer.files import UnsafeOutput, write_result
from generator.outputs import write_files
from generator.paths import UnsafePath, contained, segment_problem
from generator.render import OutputFile
from tests.hostile.conftest import Workspace, assert_refused, run_generator


@pytest.mark.parametrize(
    "api_version",
    ['"../../../../escape1"', '"/tmp/escape2"', '"2020-01-01\\nextra"', '".."'],
)
def test_an_api_version_that_is_not_one_folder_name_is_refused(
    workspace: Workspace, api_version: str
) -> None:
    workspace.edit(
        workspace.service, 'api_version: "2020-01-01"', f"api_version: {api_version}"
    )
    assert_refused(workspace.lint(), "api_version")
    assert_refused(workspace.generate(), "api_version")
    workspace.assert_nothing_outside()
    assert not workspace.out.exists()


@pytest.mark.parametrize(
    "line", ["../victim.txt", "{absolute}", "a/../../victim.txt", "./../victim.txt"]
)
def test_manifest_lines_outside_the_output_are_never_deleted(
    workspace: Workspace, line: str
) -> None:
    assert workspace.generate().returncode == 0
    manifest = workspace.out / "MANIFEST"
    entry = line.format(absolute=workspace.sentinel)
    manifest.write_text(manifest.read_text() + entry + "\n", encoding="utf-8")
    result = workspace.generate()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "not removing" in result.stderr and repr(entry) in result.stderr
    workspace.assert_nothing_outside()


def test_manifest_lines_through_a_link_out_are_never_deleted(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert workspace.generate().returncode == 0
    (workspace.out / "link").symlink_to(workspace.root, target_is_directory=True)
    manifest = workspace.out / "MANIFEST"
    manifest.write_text(manifest.read_text() + "link/victim.txt\n", encoding="utf-8")
    result = workspace.generate()
    assert result.returncode == 0, result.stderr
    assert "'link/victim.txt'" in result.stderr
    workspace.assert_nothing_outside()


def test_an_out_that_names_a_file_is_a_clear_error(workspace: Workspace) -> None:
    for command in ("generate", "check"):
        result = run_generator(
            command,
            "--spec",
            str(workspace.spec),
            "--out",
            str(workspace.sentinel),
            cwd=workspace.root,
        )
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "is not a folder" in result.stderr
    workspace.assert_nothing_outside()


def test_write_files_refuses_generated_paths_that_leave_the_folder(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    for path in ("../escape.py", "/tmp/escape.py", "a/../../escape.py", "a\nb"):
        with pytest.raises(UnsafePath):
            write_files(out, [OutputFile("ok.py", ""), OutputFile(path, "x")])
    # Refused before anything was written.
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["", ".", "..", "a/b", "a\\b", "x\n", "\n", "/abs", "-flag", "a" * 65, "é"]
)
def test_segment_rule(name: str) -> None:
    assert segment_problem(name) is not None


def test_contained_accepts_plain_relative_paths(tmp_path: Path) -> None:
    assert contained(tmp_path, "a/b.py") == tmp_path / "a" / "b.py"


def test_the_importer_writer_stays_inside_its_folder(tmp_path: Path) -> None:
    out = tmp_path / "spec"
    sentinel = tmp_path / "victim.yaml"
    sentinel.write_text("keep\n")
    for folder, relative in (
        ("../x", "service.yaml"),
        ("p/1", "../../../victim.yaml"),
        ("/tmp/x", "service.yaml"),
    ):
        result = ImportResult(folder=folder)
        result.files[relative] = "# text\n"
        with pytest.raises(UnsafeOutput):
            write_result(out, result)
    assert sentinel.read_text() == "keep\n"
    assert not out.exists()


@pytest.mark.parametrize(
    "field,value",
    [("product", "../../evil"), ("version", "2020-01-01\n"), ("version", "/abs")],
)
def test_metadata_naming_folders_outside_is_refused(
    tmp_path: Path, field: str, value: str
) -> None:
    info = {"product": "Demo", "version": "2020-01-01", "style": "RPC"}
    info[field] = value
    metadata = tmp_path / "api-docs.json"
    metadata.write_text(json.dumps({"info": info, "apis": {}}), encoding="utf-8")
    result = run_generator(
        "import-metadata", str(metadata), "--out", str(tmp_path / "spec"), cwd=tmp_path
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "not usable as a folder name" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["api-docs.json"]
