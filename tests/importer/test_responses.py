"""Response schemas, documented JSON and XML responses, error tables and error bodies."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.importer.builders import api_docs, import_docs, operation

VIDEOS = {
    "Total": {"type": "integer", "format": "int32", "example": "2"},
    "VideoList": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "VideoId": {"type": "string", "example": "v1"},
                "Size": {"type": "number", "format": "double", "example": "1.5"},
                "Snapshots": {
                    "type": "array",
                    "items": {"type": "string", "example": "http://a/b.jpg"},
                },
                "Owner": {
                    "type": "object",
                    "properties": {"Name": {"type": "string", "example": "n"}},
                },
                "Extra": {"type": "object"},
            },
        },
    },
    "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
}
JSON_BODY = json.dumps(
    {
        "RequestId": "R-1",
        "Total": 2,
        "VideoList": [
            {
                "VideoId": "v1",
                "Size": 1.5,
                "Snapshots": ["http://a/b.jpg"],
                "Owner": {"Name": "n"},
                "Extra": {"any": ["thing"]},
            }
        ],
        "Counts": {"a": 1},
    },
    indent=2,
)
XML_BODY = (
    "<ListVideosResponse>\n  <RequestId>R-1</RequestId>\n  <Total>2</Total>\n"
    "  <VideoList>\n    <VideoId>v1</VideoId>\n    <Size>1.5</Size>\n"
    "    <Snapshots>http://a/b.jpg</Snapshots>\n    <Snapshots>http://a/c.jpg</Snapshots>\n"
    "    <Owner><Name>n</Name></Owner>\n  </VideoList>\n</ListVideosResponse>"
)


def test_nested_responses_and_both_documented_bodies(
    tmp_path: Path, capsys: Any
) -> None:
    demos = [
        {"type": "json", "example": JSON_BODY, "errorExample": ""},
        {"type": "xml", "example": XML_BODY, "errorExample": ""},
    ]
    document = api_docs({"ListVideos": operation(properties=VIDEOS, demos=demos)})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0, result.stderr
    assert result.lint() == []
    op = result.operation("ListVideos")
    members = op["output"]["members"]
    item = members["VideoList"]["items"]
    assert item["type"] == "object"
    assert item["members"]["Size"] == {
        "type": "number",
        "format": "double",
        "example": 1.5,
    }
    assert item["members"]["Snapshots"]["items"]["example"] == "http://a/b.jpg"
    assert item["members"]["Owner"]["members"]["Name"]["type"] == "string"
    assert item["members"]["Extra"] == {"type": "object"}
    assert members["Counts"] == {"type": "map", "values": {"type": "integer"}}
    assert members["Total"]["example"] == 2
    assert op["examples"]["responses"] == [
        {"name": "documented-json", "format": "json", "body": JSON_BODY},
        {"name": "documented-xml", "format": "xml", "body": XML_BODY},
    ]


def test_bodies_that_disagree_with_the_schema_are_dropped_and_reported(
    tmp_path: Path, capsys: Any
) -> None:
    wrong_json = JSON_BODY.replace('"Total": 2', '"Total": "2"')
    wrong_xml = XML_BODY.replace("<Total>2</Total>", "<Total>2****</Total>")
    demos = [
        {"type": "json", "example": wrong_json},
        {"type": "xml", "example": wrong_xml},
        {"type": "xml", "example": "<a><b></a>"},
        {"type": "yaml", "example": "a: 1"},
    ]
    document = api_docs({"ListVideos": operation(properties=VIDEOS, demos=demos)})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 0
    assert result.lint() == []
    assert "examples" not in result.operation("ListVideos")
    notes = result.notes()
    assert (
        "ListVideos: /responseDemo/0/json: JSON example does not match the response"
        " schema at /Total: expected integer, got string; dropped"
    ) in notes
    assert (
        "ListVideos: /responseDemo/1/xml: XML example does not match the response"
        " schema at /Total: expected an integer, got '2****'; dropped"
    ) in notes
    assert any(
        n.startswith("ListVideos: /responseDemo/2/xml: XML example: XML does not parse")
        for n in notes
    )
    assert any(
        n.startswith("ListVideos: /responseDemo/3: example of type 'yaml'")
        for n in notes
    )


def test_xml_with_a_doctype_is_refused(tmp_path: Path, capsys: Any) -> None:
    bomb = '<!DOCTYPE a [<!ENTITY x "xx">]><ListVideosResponse>&x;</ListVideosResponse>'
    document = api_docs(
        {"ListVideos": operation(demos=[{"type": "xml", "example": bomb}])}
    )
    result = import_docs(tmp_path, document, capsys)
    assert "examples" not in result.operation("ListVideos")
    assert any("document type declaration is not accepted" in n for n in result.notes())


def test_error_tables_and_error_examples(tmp_path: Path, capsys: Any) -> None:
    table = (
        "## 接口错误码\n\n下表列举了本接口特有的错误码。\n"
        "| 错误代码 | 错误信息 | HTTP 状态码 | 说明 |\n"
        "| --- | --- | --- | --- |\n"
        "| Video.NotFound\t| The video does not exist. | 404 | 视频不存在。|\n"
        "| Quota.Exceeded | Too many \\| requests. |403 | 超出配额。\n"
        "| Video.NotFound | Another wording. | 404 | 又一次。|\n"
        "| Odd.Status | Odd. | soon | 奇怪。|\n"
    )
    error_body = json.dumps(
        {"RequestId": "R-9", "Code": "Video.NotFound", "Message": "x"}
    )
    demos = [
        {"type": "json", "example": '{"RequestId": "R-1"}', "errorExample": error_body},
        {"type": "json", "example": "{", "errorExample": '{"Code": "Unknown.Code"}'},
    ]
    api = operation(
        demos=demos,
        extraInfo=table,
        errorCodes={"400": [{"errorCode": "Bad.Input", "errorMessage": "Bad input."}]},
        description="查询视频。",
    )
    result = import_docs(tmp_path, api_docs({"GetVideo": api}), capsys)
    assert result.code == 0
    assert result.lint() == []
    op = result.operation("GetVideo")
    assert op["errors"] == [
        {"code": "Bad.Input", "http_status": 400, "message": "Bad input."},
        {
            "code": "Video.NotFound",
            "http_status": 404,
            "message": "The video does not exist.",
            "description": {"zh": "视频不存在。"},
        },
        {
            "code": "Quota.Exceeded",
            "http_status": 403,
            "message": "Too many | requests.",
            "description": {"zh": "超出配额。"},
        },
        {"code": "Odd.Status", "message": "Odd.", "description": {"zh": "奇怪。"}},
    ]
    # The text around the table stays documentation.
    assert op["description"]["zh"].startswith("查询视频。\n\n## 接口错误码")
    assert op["examples"]["errors"] == [
        {
            "name": "documented-error",
            "format": "json",
            "http_status": 404,
            "code": "Video.NotFound",
            "request_id": "R-9",
            "body": error_body,
        }
    ]
    notes = result.notes()
    assert any(
        n.startswith(
            "GetVideo: /responseDemo/1/json: JSON example: JSON does not parse"
        )
        for n in notes
    )
    assert any("error 'Video.NotFound' is documented again" in n for n in notes)
    assert any("HTTP status 'soon' is not a status code" in n for n in notes)
    assert (
        "GetVideo: /responseDemo/1/errorExample: error example: no HTTP status is"
        " documented for 'Unknown.Code'; dropped"
    ) in notes


def test_response_edge_cases(tmp_path: Path, capsys: Any) -> None:
    titled = operation()
    titled["responses"]["200"]["schema"]["title"] = "Schema of Response"
    titled["responses"]["400"] = {"schema": {"type": "object"}}
    scalar = operation()
    scalar["responses"] = {"200": {"schema": {"type": "string"}}}
    empty = operation()
    empty["responses"] = {}
    document = api_docs({"Titled": titled, "Scalar": scalar, "Empty": empty})
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    notes = result.notes()
    assert (
        "Titled: /responses/200: 'title' of the response as a whole cannot be"
        " expressed; dropped"
    ) in notes
    assert (
        "Titled: /responses/400: a response for status 400 cannot be expressed; ignored"
    ) in notes
    assert "Scalar: skipped" in notes
    assert result.operation("Empty")["output"] == {"members": {}}
    assert result.lint() == []
