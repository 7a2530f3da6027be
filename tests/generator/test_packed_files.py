"""Operation files are kept packed between being loaded and being built: their data
reads back equal, positions are still found, and data marshal cannot hold stays as
it is."""

from __future__ import annotations

from pathlib import Path

from generator.load import LoadedFile, load_file
from generator.validate import load_tree
from tests.conftest import PROJECT, SPEC


def test_operation_files_are_packed_and_read_back_equal() -> None:
    tree = load_tree(SPEC)
    assert not tree.diagnostics
    operations = [loaded for files in tree.services for loaded in files.operations]
    assert operations and all(loaded._packed is not None for loaded in operations)
    assert all(files.service._packed is None for files in tree.services)
    for loaded in operations:
        assert loaded.source is not None
        fresh, problems = load_file(loaded.source, loaded.path)
        assert fresh is not None and not problems
        assert loaded.data == fresh.data
        assert loaded.position(("operation", "name")).line > 0


def test_data_marshal_cannot_hold_is_kept_as_it_is(tmp_path: Path) -> None:
    held = {"when": object()}
    loaded = LoadedFile("x.yaml", held)
    loaded.pack()
    assert loaded.data is held
    path = tmp_path / "op.yaml"
    path.write_text("operation:\n  name: A\n  list: [1, 2.5, true, null]\n")
    packed, _ = load_file(path, "op.yaml")
    assert packed is not None
    before = packed.data
    packed.pack()
    assert packed._packed is not None
    assert (
        packed.data
        == before
        == {"operation": {"name": "A", "list": [1, 2.5, True, None]}}
    )
    assert type(packed.data["operation"]["list"][1]) is float
    packed.data = {"replaced": True}
    assert packed.data == {"replaced": True} and packed._packed is None
