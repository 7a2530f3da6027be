"""Lint checks a paging section: every member it names, with its kind, at file:line:col."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.validate import load_tree
from tests.conftest import SPEC

OPERATION = "vod/2017-03-21/operations/ListAppInfo.yaml"

PAGING = """  paging:
    style: page_number
    page_number: PageNo
    page_size: PageSize
    total_count: Total
    items: [AppInfoList]
"""


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(SPEC, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def _lint_with(spec: Path, paging: str) -> tuple[list[str], list[str]]:
    """Diagnostics after swapping the paging section, and the file's lines."""
    path = spec / OPERATION
    text = (SPEC / OPERATION).read_text(encoding="utf-8")
    assert PAGING in text
    path.write_text(text.replace(PAGING, paging), encoding="utf-8")
    # As the command prints them: each problem once.
    found = list(dict.fromkeys(str(d) for d in load_tree(spec).diagnostics))
    return found, path.read_text(encoding="utf-8").splitlines()


def _at(lines: list[str], needle: str, column_of: str | None = None) -> str:
    """``line:col`` of the first line holding ``needle`` (at ``column_of`` in it)."""
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return f"{number}:{line.index(column_of or needle) + 1}"
    raise AssertionError(needle)


def test_the_committed_section_is_clean(spec: Path) -> None:
    found, _ = _lint_with(spec, PAGING)
    assert found == []


def test_members_that_do_not_exist(spec: Path) -> None:
    found, lines = _lint_with(
        spec,
        PAGING.replace("page_number: PageNo", "page_number: PageNum").replace(
            "total_count: Total", "total_count: Count"
        ),
    )
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'page_number: PageNum', 'PageNum')}: page_number 'PageNum'"
        " (the page asked for) is not a member of the input (members: PageNo,"
        " PageSize, Status)",
        f":{_at(lines, 'total_count: Count', 'Count')}: total_count 'Count' (how"
        " many items all pages hold) is not a member of the output (members:"
        " AppInfoList, RequestId, Total)",
    ]


def test_members_of_the_wrong_kind(spec: Path) -> None:
    found, lines = _lint_with(
        spec,
        PAGING.replace("page_size: PageSize", "page_size: Status").replace(
            "total_count: Total", "total_count: RequestId"
        ),
    )
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'page_size: Status', 'Status')}: page_size 'Status' must be"
        " integer, but the input member is string",
        f":{_at(lines, 'total_count: RequestId', 'RequestId')}: total_count"
        " 'RequestId' must be integer, but the output member is string",
    ]


def test_an_item_path_must_end_at_a_list(spec: Path) -> None:
    found, lines = _lint_with(spec, PAGING.replace("[AppInfoList]", "[Total]"))
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'items: [Total]', 'Total')}: items: 'Total' must be the item"
        " list (an array), but it is integer",
    ]
    found, lines = _lint_with(
        spec, PAGING.replace("[AppInfoList]", "[AppInfoList, AppId]")
    )
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'items: [AppInfoList', 'AppInfoList')}: items: 'AppInfoList'"
        " is array, so it holds no member 'AppId'",
    ]


def test_an_item_path_through_a_missing_member(spec: Path) -> None:
    found, lines = _lint_with(spec, PAGING.replace("[AppInfoList]", "[Apps]"))
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'items: [Apps]', 'Apps')}: items: 'Apps' is not a member of"
        " the output (members: AppInfoList, RequestId, Total)",
    ]


def test_a_style_needs_its_members_and_only_its_own(spec: Path) -> None:
    found, lines = _lint_with(
        spec,
        "  paging:\n    style: token\n    page_size: PageSize\n"
        "    page_number: PageNo\n",
    )
    messages = [line.split(OPERATION, 1)[1] for line in found]
    section = _at(lines, "style: token", "style")  # where the section's keys start
    assert messages == [
        f":{section}: missing key 'request_token' in operation/paging",
        f":{section}: missing key 'response_token' in operation/paging",
        f":{_at(lines, 'page_number: PageNo', 'page_number')}: 'page_number' belongs"
        " to page_number paging; this operation pages by token",
    ]


def test_token_members_must_be_strings(spec: Path) -> None:
    found, lines = _lint_with(
        spec,
        "  paging:\n    style: token\n    request_token: PageNo\n"
        "    page_size: PageSize\n    response_token: Total\n",
    )
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'request_token: PageNo', 'PageNo')}: request_token 'PageNo'"
        " must be string, but the input member is integer",
        f":{_at(lines, 'response_token: Total', 'Total')}: response_token 'Total'"
        " must be string, but the output member is integer",
    ]


def test_an_unknown_style_and_key(spec: Path) -> None:
    found, _ = _lint_with(
        spec, PAGING.replace("style: page_number", "style: cursor") + "    limit: 3\n"
    )
    assert len(found) == 2, found
    assert any("cursor" in line for line in found)
    assert any("limit" in line for line in found)


def test_paging_methods_must_not_take_another_operations_name(spec: Path) -> None:
    path = spec / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "  name: GetAIImageJobs\n",
            "  name: GetAIImageJobs\n" "  python_name: list_app_info_items\n",
            1,
        ),
        encoding="utf-8",
    )
    found, lines = _lint_with(spec, PAGING)
    assert [line.split(OPERATION, 1)[1] for line in found] == [
        f":{_at(lines, 'paging:', 'paging')}: paging adds the method"
        " 'list_app_info_items', which is also the method of the operation at"
        f" {path}:4:16",
    ]
