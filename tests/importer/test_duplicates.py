"""Parameters declared more than once: merged, never a reason to drop the operation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer.apidocs import read_api_docs
from generator.importer.convert import import_api_docs
from generator.importer.duplicates import merge_duplicates
from generator.importer.notes import Notes
from tests.conftest import SHARED
from tests.importer.builders import api_docs, import_docs, operation, parameter

ECS = SHARED / "data" / "ecs-2014-05-26.api-docs.json"


def test_identical_declarations_are_merged_in_place(
    tmp_path: Path, capsys: Any
) -> None:
    region = parameter("RegionId", {"type": "string", "required": True})
    parameters = [region, parameter("Name", {"type": "string"}), dict(region)]
    result = import_docs(tmp_path, api_docs({"Op": operation(parameters)}), capsys)
    assert result.code == 0
    members = result.operation("Op")["input"]["members"]
    assert list(members) == ["RegionId", "Name"]
    assert members["RegionId"]["required"] is True
    assert (
        "Op: /RegionId: parameter 'RegionId' is declared twice (#0 and #2) with"
        " identical content; merged"
    ) in result.notes()
    assert result.lint() == []


def test_the_stricter_declaration_wins_and_the_note_names_both(
    tmp_path: Path, capsys: Any
) -> None:
    loose = parameter("ClientToken", {"type": "string", "required": False})
    strict = parameter("ClientToken", {"type": "string", "required": True})
    limited = parameter("Size", {"type": "integer", "maximum": "10"})
    unlimited = parameter("Size", {"type": "integer"})
    parameters = [loose, limited, strict, unlimited]
    result = import_docs(tmp_path, api_docs({"Op": operation(parameters)}), capsys)
    assert result.code == 0
    members = result.operation("Op")["input"]["members"]
    assert list(members) == ["ClientToken", "Size"]
    assert members["ClientToken"]["required"] is True
    assert members["Size"]["maximum"] == 10
    notes = [line for line in result.notes() if "declared twice" in line]
    assert notes == [
        "Op: /ClientToken: parameter 'ClientToken' is declared twice, differently"
        " (#0: schema.required=False; #2: schema.required=True); kept the stricter"
        " one, #2, and dropped #0",
        "Op: /Size: parameter 'Size' is declared twice, differently"
        " (#1: schema.maximum='10'; #3: schema.maximum=None); kept the stricter one"
        " (the first where equally strict), #1, and dropped #3",
    ]
    assert result.lint() == []


def test_declarations_differing_only_in_documentation_keep_the_first() -> None:
    first = parameter("Id", {"type": "string", "docRequired": True, "description": "a"})
    second = parameter("Id", {"type": "string", "docRequired": False})
    notes = Notes("Op")
    merged = merge_duplicates([first, second], notes)
    assert merged == [(0, first)]
    [note] = notes.items
    assert "they differ only in documentation; kept the first, #0" in note.message
    assert not note.fatal


def test_unnamed_entries_pass_through_for_the_importer_to_report() -> None:
    notes = Notes("Op")
    raw: list[Any] = ["Id", {"name": 3}, parameter("A", {"type": "string"})]
    assert [index for index, _ in merge_duplicates(raw, notes)] == [0, 1, 2]
    assert notes.items == []


@pytest.mark.skipif(not ECS.exists(), reason=f"ECS metadata not present at {ECS}")
def test_ecs_imports_every_operation() -> None:
    docs = read_api_docs(ECS)
    result = import_api_docs(docs)
    assert result.skipped == []
    assert len(result.imported) == len(docs.apis) == 347
    duplicates = [note for note in result.notes if "declared twice" in note.message]
    assert len(duplicates) == 100
    assert not any(note.fatal for note in result.notes)
    # The metadata's own two disagreeing ClientToken declarations: the required one won.
    text = result.files["operations/CreatePhysicalConnection.yaml"]
    members = yaml.safe_load(text)["operation"]["input"]["members"]
    assert members["ClientToken"]["required"] is True
