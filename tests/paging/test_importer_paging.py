"""The importer records paged operations in the spec it writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED
from tests.importer.builders import api_docs, import_docs, operation, parameter

VOD = SHARED / "data" / "vod-2017-03-21.api-docs.json"
ECS = SHARED / "data" / "ecs-2014-05-26.api-docs.json"

INTEGER = {"type": "integer", "format": "int32"}
STRING = {"type": "string"}


def _item(name: str) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"Id": {"type": "string", "example": f"{name}-1"}},
    }


def _import(
    tmp_path: Path,
    capsys: Any,
    parameters: list[dict[str, Any]],
    properties: dict[str, Any],
) -> tuple[dict[str, Any], list[str], list[str]]:
    result = import_docs(
        tmp_path, api_docs({"ListThings": operation(parameters, properties)}), capsys
    )
    assert result.code == 0, result.stderr
    return result.operation("ListThings"), result.notes(), result.lint()


@pytest.mark.parametrize(
    ("token", "size"),
    [
        ("NextToken", "MaxResults"),
        ("nextToken", "maxResults"),
        ("NEXTTOKEN", "maxresults"),
    ],
)
def test_token_paging_in_any_capitalisation(
    tmp_path: Path, capsys: Any, token: str, size: str
) -> None:
    operation_, notes, problems = _import(
        tmp_path,
        capsys,
        [parameter(token, STRING), parameter(size, INTEGER)],
        {
            token: STRING,
            "Things": {"type": "array", "items": _item("thing")},
        },
    )
    assert operation_["paging"] == {
        "style": "token",
        "request_token": token,
        "page_size": size,
        "response_token": token,
        "items": ["Things"],
    }
    assert problems == []
    assert not [line for line in notes if "paging" in line]


@pytest.mark.parametrize(
    ("number", "size", "total"),
    [
        ("PageNumber", "PageSize", "TotalCount"),
        ("pageNumber", "pageSize", "totalCount"),
        ("PageNo", "PageSize", "Total"),
    ],
)
def test_page_number_paging_in_any_capitalisation(
    tmp_path: Path, capsys: Any, number: str, size: str, total: str
) -> None:
    operation_, _, problems = _import(
        tmp_path,
        capsys,
        [parameter(number, INTEGER), parameter(size, INTEGER)],
        {
            total: INTEGER,
            # Alibaba's wrapper of a list: an object whose only member is the array.
            "Things": {
                "type": "object",
                "properties": {"Thing": {"type": "array", "items": _item("thing")}},
            },
        },
    )
    assert operation_["paging"] == {
        "style": "page_number",
        "page_number": number,
        "page_size": size,
        "total_count": total,
        "items": ["Things", "Thing"],
    }
    assert problems == []


def test_two_lists_leave_the_item_list_unnamed(tmp_path: Path, capsys: Any) -> None:
    operation_, notes, problems = _import(
        tmp_path,
        capsys,
        [parameter("PageNumber", INTEGER), parameter("PageSize", INTEGER)],
        {
            "TotalCount": INTEGER,
            "Things": {"type": "array", "items": _item("thing")},
            "Others": {
                "type": "object",
                "properties": {"Other": {"type": "array", "items": _item("other")}},
            },
        },
    )
    assert "items" not in operation_["paging"]
    assert operation_["paging"]["style"] == "page_number"
    assert (
        "ListThings: /responses/200: the answer holds several lists (Things,"
        " Others/Other); paging names no item list, so the client offers pages but"
        " not items"
    ) in notes
    assert problems == []


def test_a_wrapper_with_more_members_is_not_a_list(tmp_path: Path, capsys: Any) -> None:
    operation_, _, _ = _import(
        tmp_path,
        capsys,
        [parameter("NextToken", STRING), parameter("MaxResults", INTEGER)],
        {
            "NextToken": STRING,
            "Data": {
                "type": "object",
                "properties": {
                    "Count": INTEGER,
                    "Rows": {"type": "array", "items": _item("row")},
                },
            },
        },
    )
    assert operation_["paging"]["style"] == "token"
    assert "items" not in operation_["paging"]


@pytest.mark.parametrize(
    ("parameters", "properties"),
    [
        # a token without a page size
        ([parameter("NextToken", STRING)], {"NextToken": STRING}),
        # a page number without a total count in the answer
        ([parameter("PageNumber", INTEGER), parameter("PageSize", INTEGER)], {}),
        # a request token the answer does not hand back
        ([parameter("NextToken", STRING), parameter("MaxResults", INTEGER)], {}),
    ],
)
def test_half_a_style_is_no_paging(
    tmp_path: Path,
    capsys: Any,
    parameters: list[dict[str, Any]],
    properties: dict[str, Any],
) -> None:
    operation_, _, _ = _import(tmp_path, capsys, parameters, properties)
    assert "paging" not in operation_


def test_a_paging_name_of_the_wrong_kind_is_noted(tmp_path: Path, capsys: Any) -> None:
    operation_, notes, _ = _import(
        tmp_path,
        capsys,
        [parameter("PageNumber", STRING), parameter("PageSize", INTEGER)],
        {"TotalCount": INTEGER},
    )
    assert "paging" not in operation_
    assert (
        "ListThings: /PageNumber: 'PageNumber' looks like paging's page number but is"
        " not integer; the operation is imported without paging"
    ) in notes


def test_both_styles_page_by_token(tmp_path: Path, capsys: Any) -> None:
    operation_, _, problems = _import(
        tmp_path,
        capsys,
        [
            parameter("NextToken", STRING),
            parameter("MaxResults", INTEGER),
            parameter("PageNumber", INTEGER),
            parameter("PageSize", INTEGER),
        ],
        {"NextToken": STRING, "TotalCount": INTEGER},
    )
    assert operation_["paging"] == {
        "style": "token",
        "request_token": "NextToken",
        "page_size": "MaxResults",
        "response_token": "NextToken",
    }
    assert problems == []


def _paged(tmp_path: Path, source: Path, capsys: Any) -> dict[str, dict[str, Any]]:
    if not source.is_file():
        pytest.skip(f"{source} is not here (reference metadata read in place)")
    from generator.importer.cli import run

    spec = tmp_path / "spec"
    run(source, spec)
    capsys.readouterr()
    import yaml

    found = {}
    for path in sorted(spec.rglob("operations/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))["operation"]
        if "paging" in data:
            found[data["name"]] = data["paging"]
    return found


def test_vod_metadata_pages(tmp_path: Path, capsys: Any) -> None:
    paged = _paged(tmp_path, VOD, capsys)
    assert paged["ListAppInfo"] == {
        "style": "page_number",
        "page_number": "PageNo",
        "page_size": "PageSize",
        "total_count": "Total",
        "items": ["AppInfoList"],
    }
    assert paged["GetVideoList"]["items"] == ["VideoList", "Video"]
    assert paged["DescribeVodRefreshTasks"]["page_number"] == "PageNumber"
    assert paged["DescribeVodRefreshTasks"]["items"] == ["Tasks", "Task"]
    assert len(paged) == 9


def test_ecs_metadata_pages_by_token_where_it_can(tmp_path: Path, capsys: Any) -> None:
    paged = _paged(tmp_path, ECS, capsys)
    assert paged["DescribeInstances"]["style"] == "token"
    assert paged["DescribeInstances"]["items"] == ["Instances", "Instance"]
    styles = {paging["style"] for paging in paged.values()}
    assert styles == {"token", "page_number"}
