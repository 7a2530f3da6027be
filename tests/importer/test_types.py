"""Types, formats, limits, enums and documented values of schema nodes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.builders import api_docs, import_docs, operation, parameter


def _members(
    tmp_path: Path, capsys: Any, schemas: dict[str, Any]
) -> tuple[dict[str, Any], list[str], list[str]]:
    """The imported input members, the operation's notes and the linter's problems."""
    parameters = [
        parameter(name, schema, style="json" if schema["type"] == "array" else None)
        for name, schema in schemas.items()
    ]
    result = import_docs(tmp_path, api_docs({"Op": operation(parameters)}), capsys)
    assert result.code == 0, result.stderr
    notes = [note for note in result.notes() if note.startswith("Op: ")]
    return result.operation("Op")["input"]["members"], notes, result.lint()


def test_facets_are_converted_from_strings(tmp_path: Path, capsys: Any) -> None:
    members, notes, problems = _members(
        tmp_path,
        capsys,
        {
            "Size": {
                "type": "integer",
                "format": "int64",
                "minimum": "1",
                "maximum": "100",
                "default": "20",
                "example": "10",
            },
            "Ratio": {
                "type": "number",
                "format": "float",
                "exclusiveMinimum": "0",
                "example": "0.5",
            },
            "Name": {
                "type": "string",
                "minLength": "1",
                "maxLength": "64",
                "pattern": "^[a-z]+$",
                "example": "abc",
            },
            "Flag": {"type": "boolean", "default": "false", "example": "true"},
            "Ids": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 5,
                "uniqueItems": True,
                "example": '["a","b"]',
            },
        },
    )
    assert problems == []
    assert notes == []
    assert members["Size"] == {
        "type": "integer",
        "format": "int64",
        "minimum": 1,
        "maximum": 100,
        "default": 20,
        "example": 10,
    }
    assert members["Ratio"] == {
        "type": "number",
        "format": "float",
        "exclusive_minimum": 0,
        "example": 0.5,
    }
    assert members["Name"] == {
        "type": "string",
        "min_length": 1,
        "max_length": 64,
        "pattern": "^[a-z]+$",
        "example": "abc",
    }
    assert members["Flag"] == {"type": "boolean", "default": False, "example": True}
    assert members["Ids"]["max_items"] == 5
    assert members["Ids"]["unique_items"] is True
    assert members["Ids"]["example"] == ["a", "b"]


def test_openapi2_exclusive_flags(tmp_path: Path, capsys: Any) -> None:
    members, notes, problems = _members(
        tmp_path,
        capsys,
        {
            "N": {
                "type": "integer",
                "minimum": 0,
                "exclusiveMinimum": True,
                "maximum": 9,
            }
        },
    )
    assert members["N"] == {"type": "integer", "exclusive_minimum": 0, "maximum": 9}
    assert problems == []


def test_values_that_do_not_convert_are_dropped_and_reported(
    tmp_path: Path, capsys: Any
) -> None:
    members, notes, problems = _members(
        tmp_path,
        capsys,
        {
            "CateId": {"type": "integer", "format": "int64", "example": "100036****"},
            "Short": {"type": "string", "maxLength": 3, "example": "toolong"},
            "Limited": {"type": "integer", "maximum": "5", "default": "9"},
            "Pat": {"type": "string", "pattern": "(unclosed"},
            "Wrong": {"type": "string", "minimum": "1", "format": "int32"},
            "Bad": {"type": "integer", "minimum": "10", "maximum": "1"},
            "List": {"type": "array", "items": {"type": "string"}, "example": "a,b"},
        },
    )
    assert problems == []
    assert members["CateId"] == {"type": "integer", "format": "int64"}
    assert "Op: /CateId: example '100036****' is not an integer; dropped" in notes
    assert "example" not in members["Short"]
    assert any(
        n.startswith("Op: /Short: example 'toolong': longer than 3") for n in notes
    )
    assert "default" not in members["Limited"]
    assert any(
        n.startswith("Op: /Limited: default '9': 9 is greater than 5; dropped")
        for n in notes
    )
    assert "pattern" not in members["Pat"]
    assert any(n.startswith("Op: /Pat: pattern '(unclosed'") for n in notes)
    assert members["Wrong"] == {"type": "string"}
    assert "Op: /Wrong: 'minimum' does not apply to type string; dropped" in notes
    assert (
        "Op: /Wrong: format 'int32' cannot be expressed for type string; dropped"
        in notes
    )
    assert members["Bad"] == {"type": "integer"}
    assert "Op: /Bad: lower bound 10 is above upper bound 1; both dropped" in notes
    assert "example" not in members["List"]
    assert "Op: /List: example 'a,b' is not a JSON array; dropped" in notes


def test_enums_with_titles(tmp_path: Path, capsys: Any) -> None:
    members, notes, problems = _members(
        tmp_path,
        capsys,
        {
            "Status": {
                "type": "string",
                "enum": ["Complete", "Failed"],
                "enumValueTitles": {
                    "Complete": "完成",
                    "Failed": "失败",
                    "Lost": "丢失",
                },
                "example": "Complete",
            },
            "Level": {"type": "integer", "enum": ["1", "2"], "example": "3"},
            "Clash": {"type": "string", "enum": ["a-b", "a_b"]},
            "Titled": {"type": "string", "enumValueTitles": {"x": "x"}},
        },
    )
    assert problems == []
    assert members["Status"]["enum"] == ["Complete", "Failed"]
    assert members["Status"]["enum_descriptions"] == {
        "Complete": {"zh": "完成"},
        "Failed": {"zh": "失败"},
    }
    assert any("'enumValueTitles' names 'Lost'" in n for n in notes)
    assert members["Level"] == {"type": "integer", "enum": [1, 2]}
    assert any(
        n.startswith("Op: /Level: example '3': 3 is not one of [1, 2]") for n in notes
    )
    assert "enum" not in members["Clash"]
    assert any("would share the Python name A_B; enum dropped" in n for n in notes)
    assert members["Titled"] == {"type": "string"}
    assert any(
        n.startswith("Op: /Titled: 'enumValueTitles' without 'enum'") for n in notes
    )


def test_texts_go_under_zh(tmp_path: Path, capsys: Any) -> None:
    members, _, _ = _members(
        tmp_path,
        capsys,
        {
            "Id": {
                "type": "string",
                "title": "标识",
                "description": "视频ID。",
                "deprecated": True,
            }
        },
    )
    assert members["Id"] == {
        "type": "string",
        "deprecated": True,
        "title": {"zh": "标识"},
        "description": {"zh": "视频ID。"},
    }


def test_unknown_keys_are_reported(tmp_path: Path, capsys: Any) -> None:
    document = api_docs(
        {
            "Op": operation(
                [parameter("Id", {"type": "string", "visibility": "Public"}, extra=1)],
                newThing={"a": 1},
            )
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0
    notes = result.notes()
    assert (
        "Op: /Id/visibility: metadata key 'visibility' has no equivalent in the spec; ignored"
        in notes
    )
    assert (
        "Op: /Id/extra: parameter key 'extra' has no equivalent in the spec; ignored"
        in notes
    )
    assert (
        "Op: /newThing: metadata key 'newThing' has no equivalent in the spec; ignored"
        in notes
    )
    assert (
        "service: /directories: metadata key 'directories' has no equivalent in the"
        " spec; ignored"
    ) in notes
