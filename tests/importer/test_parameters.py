"""Request parameters: query styles, locations, requirements; strictness skips operations."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.importer.builders import api_docs, import_docs, operation, parameter

TAG = {
    "type": "array",
    "maxItems": 20,
    "items": {
        "type": "object",
        "properties": {
            "Key": {"type": "string", "example": "k"},
            "Value": {"type": "string", "example": "v"},
        },
    },
}
OFFSETS = {
    "type": "array",
    "items": {"type": "integer", "format": "int64", "example": "1000"},
}
FILTER = {
    "type": "object",
    "properties": {"Name": {"type": "string"}, "Size": {"type": "integer"}},
}


def test_every_style_becomes_a_binding_style(tmp_path: Path, capsys: Any) -> None:
    parameters = [
        parameter("PageSize", {"type": "integer", "format": "int32"}),
        parameter("Tag", TAG, style="repeatList"),
        parameter("Offsets", OFFSETS, style="json"),
        parameter("Filter", FILTER, style="flat"),
        parameter("Where", FILTER, style="repeatList"),
        parameter("Ids", {"type": "array", "items": {"type": "string"}}, style="flat"),
        parameter(
            "Names", {"type": "array", "items": {"type": "string"}}, style="simple"
        ),
        parameter("Plain", {"type": "string"}, style="simple"),
    ]
    result = import_docs(
        tmp_path, api_docs({"ListThings": operation(parameters)}), capsys
    )
    assert result.code == 0, result.stderr
    assert result.lint() == []
    binding = result.operation("ListThings")["binding"]["alibaba-rpc"]
    assert binding["action"] == "ListThings"
    assert binding["parameters"] == {
        "Tag": {"style": "repeat_list"},
        "Offsets": {"style": "json"},
        "Filter": {"style": "flat"},
        "Where": {"style": "flat"},
        "Ids": {"style": "repeat_list"},
        "Names": {"style": "comma"},
    }
    members = result.operation("ListThings")["input"]["members"]
    assert members["Tag"]["items"]["members"]["Key"] == {
        "type": "string",
        "example": "k",
    }
    assert members["Tag"]["max_items"] == 20
    assert members["Offsets"]["items"]["example"] == 1000


@pytest.mark.parametrize(
    ("schema", "style"),
    [
        ({"type": "array", "items": {"type": "string"}}, "spaceDelimited"),
        (FILTER, "simple"),
        ({"type": "array", "items": FILTER}, "simple"),
        ({"type": "any"}, "flat"),
    ],
)
def test_an_unsupported_style_skips_the_operation(
    tmp_path: Path, capsys: Any, schema: dict[str, Any], style: str
) -> None:
    document = api_docs(
        {
            "DescribeX": operation([parameter("Foo", schema, style=style)]),
            "DescribeY": operation(),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    assert any(
        line.startswith(f"DescribeX: /Foo: unsupported style '{style}'")
        for line in result.notes()
    ), result.stderr
    assert "DescribeX: skipped" in result.notes()
    assert result.stdout.splitlines() == ["imported 1 operations, 1 skipped"]
    assert not (result.folder / "operations" / "DescribeX.yaml").exists()
    assert (result.folder / "operations" / "DescribeY.yaml").exists()
    assert result.lint() == []


def test_a_list_without_style_is_flattened_and_reported(
    tmp_path: Path, capsys: Any
) -> None:
    document = api_docs({"Tagged": operation([parameter("Tag", TAG)])})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0
    binding = result.operation("Tagged")["binding"]["alibaba-rpc"]
    assert binding["parameters"] == {"Tag": {"style": "repeat_list"}}
    assert any(
        line.startswith("Tagged: /Tag: no style given") for line in result.notes()
    )
    assert result.lint() == []


def test_parameter_locations(tmp_path: Path, capsys: Any) -> None:
    document = api_docs(
        {
            "FormOp": operation(
                [{"name": "Body", "in": "formData", "schema": {"type": "string"}}]
            ),
            "PathOp": operation(
                [{"name": "Id", "in": "path", "schema": {"type": "string"}}]
            ),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    assert "FormOp: /Body: documented as a form field; sent in the query string" in (
        result.notes()
    )
    assert any(
        line.startswith("PathOp: /Id: parameter location 'path'")
        for line in result.notes()
    )
    assert result.operation("FormOp")["input"]["members"]["Body"] == {"type": "string"}
    assert not (result.folder / "operations" / "PathOp.yaml").exists()


def test_required_and_documented_required(tmp_path: Path, capsys: Any) -> None:
    parameters = [
        parameter("Must", {"type": "string", "required": True}),
        parameter("Doc", {"type": "string", "required": False, "docRequired": True}),
        parameter("Free", {"type": "string"}),
    ]
    result = import_docs(tmp_path, api_docs({"Op": operation(parameters)}), capsys)
    members = result.operation("Op")["input"]["members"]
    assert members["Must"]["required"] is True
    assert "required" not in members["Doc"] and "required" not in members["Free"]
    assert (
        "Op: /Doc: the documentation calls it required, the API does not require it;"
        " kept required: false"
    ) in result.notes()


def test_broken_parameters_skip_the_operation(tmp_path: Path, capsys: Any) -> None:
    document = api_docs(
        {
            "Twice": operation(
                [parameter("A", {"type": "string"}), parameter("A", {"type": "string"})]
            ),
            "Spaced": operation([parameter("A B", {"type": "string"})]),
            "Typeless": operation([parameter("F", {"type": "file"})]),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    assert result.stdout.strip() == "imported 0 operations, 3 skipped"
    assert "Twice: /A: parameter 'A' is declared twice" in result.notes()
    assert "Typeless: /F: type 'file' cannot be expressed" in result.notes()
    assert any(line.startswith("Spaced: /parameters/0:") for line in result.notes())


def test_methods_and_schemes(tmp_path: Path, capsys: Any) -> None:
    document = api_docs(
        {
            "GetOnly": operation(methods=["get"]),
            "SecureOnly": operation(schemes=["https"]),
            "Both": operation(),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.operation("GetOnly")["binding"]["alibaba-rpc"]["method"] == "GET"
    assert "method" not in result.operation("Both")["binding"]["alibaba-rpc"]
    assert any(
        line.startswith("SecureOnly: /schemes: only https") for line in result.notes()
    )
    binding = result.service()["binding"]["alibaba-rpc"]
    assert binding["methods"] == ["POST", "GET"]
    assert binding["schemes"] == ["https", "http"]
    assert result.lint() == []


def test_malformed_entries_skip_only_their_operation(
    tmp_path: Path, capsys: Any
) -> None:
    bad = operation()
    bad["parameters"] = ["Id"]
    document = api_docs({"NotAnObject": [1], "BadParameter": bad, "Fine": operation()})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    assert result.stdout == "imported 1 operations, 2 skipped\n"
    assert "NotAnObject: /: operation is not a JSON object" in result.notes()
    assert "BadParameter: /parameters/0: parameter is not a JSON object" in (
        result.notes()
    )
    assert result.lint() == []


def test_credentials_and_passwords_are_marked_secret(
    tmp_path: Path, capsys: Any
) -> None:
    parameters = [
        parameter("DBPassword", {"type": "string"}),
        parameter("ClientToken", {"type": "string"}),
        parameter("NextToken", {"type": "string"}),
    ]
    credentials = {
        "type": "object",
        "properties": {
            "AccessKeyId": {"type": "string"},
            "AccessKeySecret": {"type": "string"},
            "SecurityToken": {"type": "string"},
        },
    }
    result = import_docs(
        tmp_path,
        api_docs(
            {
                "AssumeThing": operation(
                    parameters, properties={"Credentials": credentials}
                )
            }
        ),
        capsys,
    )
    assert result.code == 0, result.stderr
    assert result.lint() == []
    found = result.operation("AssumeThing")
    inputs = found["input"]["members"]
    assert inputs["DBPassword"].get("secret") is True
    assert "secret" not in inputs["ClientToken"] and "secret" not in inputs["NextToken"]
    held = found["output"]["members"]["Credentials"]["members"]
    assert held["AccessKeySecret"].get("secret") is True
    assert held["SecurityToken"].get("secret") is True
    assert "secret" not in held["AccessKeyId"]
