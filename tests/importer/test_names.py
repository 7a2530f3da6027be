"""Names: classes unique per service, Python names unique per class and per client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importer.builders import api_docs, import_docs, operation, parameter

OBJECT = {"type": "object", "properties": {"A": {"type": "string"}}}


def test_clashing_inline_classes_get_class_names(tmp_path: Path, capsys: Any) -> None:
    # "Item" (a list of objects) and "ItemItem" (an object) both derive the class
    # ListThingsResponseItemItem.
    properties = {
        "Item": {"type": "array", "items": OBJECT},
        "ItemItem": OBJECT,
        "Status": {"type": "string", "enum": ["on", "off"]},
    }
    result = import_docs(
        tmp_path, api_docs({"ListThings": operation(properties=properties)}), capsys
    )
    assert result.code == 0
    assert result.lint() == []
    members = result.operation("ListThings")["output"]["members"]
    assert "class_name" not in members["Item"]["items"]
    assert members["ItemItem"]["class_name"] == "ListThingsResponseItemItem2"
    assert (
        "ListThings: /responses/200/ItemItem: class name ListThingsResponseItemItem is"
        " taken by another shape; using ListThingsResponseItemItem2"
    ) in result.notes()


def test_an_inline_class_never_takes_an_operation_class(
    tmp_path: Path, capsys: Any
) -> None:
    # Operation "A" with input member "B" derives ARequestB; operation "ARequestB"
    # owns ARequestBRequest, and "Get" with output "Request" derives GetResponseRequest.
    document = api_docs(
        {
            "Get": operation(properties={"Request": OBJECT}),
            "GetResponse": operation(),
            "GetResponseRequest": operation(),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.lint() == []
    output = result.operation("Get")["output"]["members"]
    assert output["Request"]["class_name"] == "GetResponseRequest2"


def test_enum_classes_that_clash_lose_the_enum(tmp_path: Path, capsys: Any) -> None:
    # Both derive OpResponseMode; a structure can be renamed, an enum cannot.
    properties = {
        "mode": OBJECT,
        "Mode": {"type": "string", "enum": ["a", "b"]},
        "Kind": OBJECT,
        "kind": {"type": "string", "enum": ["x"]},
    }
    result = import_docs(
        tmp_path, api_docs({"Op": operation(properties=properties)}), capsys
    )
    assert result.lint() == []
    members = result.operation("Op")["output"]["members"]
    assert "class_name" not in members["mode"]
    assert members["Mode"] == {"python_name": "mode_2", "type": "string"}
    assert (
        "Op: /responses/200/Mode: enum class name OpResponseMode is taken by another"
        " shape; enum dropped"
    ) in result.notes()
    assert "kind" in members and "enum" not in members["kind"]


def test_python_name_collisions(tmp_path: Path, capsys: Any) -> None:
    parameters = [
        parameter("VideoId", {"type": "string"}),
        parameter("VideoID", {"type": "string"}),
        parameter("video_id", {"type": "string"}),
    ]
    document = api_docs(
        {
            "GetURLInfo": operation(parameters),
            "GetUrlInfo": operation(),
            "getStatus": operation(),
        }
    )
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0, result.stderr
    assert result.lint() == []
    members = result.operation("GetURLInfo")["input"]["members"]
    assert "python_name" not in members["VideoId"]
    assert members["VideoID"]["python_name"] == "video_id_2"
    assert members["video_id"]["python_name"] == "video_id_3"
    assert "python_name" not in result.operation("GetURLInfo")
    assert result.operation("GetUrlInfo-2")["python_name"] == "get_url_info_2"
    # A lower-case action keeps its spelling on the wire.
    assert result.operation("GetUrlInfo-2")["name"] == "GetUrlInfo"
    status = result.operation("GetStatus")
    assert status["name"] == "GetStatus"
    assert status["binding"]["alibaba-rpc"]["action"] == "getStatus"


def test_operations_differing_only_in_case_get_distinct_files(
    tmp_path: Path, capsys: Any
) -> None:
    document = api_docs({"GetThing": operation(), "Getthing": operation()})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0
    files = sorted(path.name for path in (result.folder / "operations").iterdir())
    assert files == ["GetThing.yaml", "Getthing-2.yaml"]
    assert result.lint() == []


def test_shared_schemas_become_service_shapes(tmp_path: Path, capsys: Any) -> None:
    schemas = {
        "video-info": {
            "type": "object",
            "properties": {"Id": {"type": "string", "example": "v"}},
        },
        "GetVideoRequest": {"type": "string"},
    }
    api = operation(
        [parameter("Info", {"$ref": "#/components/schemas/video-info"}, style="json")],
        properties={
            "Video": {
                "$ref": "#/components/schemas/video-info",
                "description": "视频。",
            },
            "Missing": {"$ref": "#/components/schemas/nowhere"},
        },
    )
    result = import_docs(tmp_path, api_docs({"GetVideo": api}, schemas=schemas), capsys)
    assert result.code == 0, result.stderr
    assert result.lint() == []
    shapes = result.service()["shapes"]
    assert shapes["VideoInfo"]["members"]["Id"] == {"type": "string", "example": "v"}
    assert shapes["GetVideoRequest2"] == {"type": "string"}
    output = result.operation("GetVideo")["output"]["members"]
    assert output["Video"] == {"ref": "VideoInfo", "description": {"zh": "视频。"}}
    assert output["Missing"] == {"type": "any"}
    assert result.operation("GetVideo")["input"]["members"]["Info"] == {
        "ref": "VideoInfo"
    }
    assert any(
        "'#/components/schemas/nowhere' names no shared schema" in n
        for n in result.notes()
    )


def test_recursive_shared_schemas_are_cut(tmp_path: Path, capsys: Any) -> None:
    schemas = {
        "Category": {
            "type": "object",
            "properties": {
                "Name": {"type": "string"},
                "Children": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/Category"},
                },
                "Tree": {"$ref": "#/components/schemas/Tree"},
            },
        },
        "Tree": {
            "type": "object",
            "properties": {"Root": {"$ref": "#/components/schemas/Category"}},
        },
    }
    api = operation(properties={"Category": {"$ref": "#/components/schemas/Category"}})
    result = import_docs(tmp_path, api_docs({"Op": api}, schemas=schemas), capsys)
    assert result.lint() == []
    shapes = result.service()["shapes"]
    assert shapes["Category"]["members"]["Children"]["items"] == {"type": "any"}
    assert shapes["Category"]["members"]["Tree"] == {"ref": "Tree"}
    assert shapes["Tree"]["members"]["Root"] == {"type": "any"}
    assert any(
        "reference back to Category makes the shape recursive" in n
        for n in result.notes()
    )
