"""The generated reference pages carry the product doc's facts, in both languages."""

from __future__ import annotations

import pytest

from generator.pipeline import load_services
from generator.render import Renderer
from generator.targets import docs
from generator.targets.docs.labels import LABELS
from tests.conftest import PROJECT, SPEC
from tests.docs.markdown_view import Page, Table, normal, read

DOCS = PROJECT / "generated" / "docs" / "vod"


def page(name: str) -> Page:
    return read((DOCS / name).read_text(encoding="utf-8"))


def row(table: Table, name: str) -> list[str]:
    (found,) = [cells for cells in table.rows if cells[0] == name]
    return [normal(cell) for cell in found]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_sections_follow_the_product_doc(language: str) -> None:
    labels = LABELS[language]
    doc = page(f"GetAIImageJobs.{language}.md")
    assert doc.headings(1) == [
        {"zh": "查询AI图片任务列表", "en": "Query AI image jobs"}[language]
    ]
    assert doc.headings(2) == [
        labels[key]
        for key in (
            "debug",
            "request_parameters",
            "response_parameters",
            "examples",
            "errors",
            "waiters",
            "python",
            "cli",
        )
    ]
    assert (
        "https://api.aliyun.com/#product=vod&api=GetAIImageJobs&type=RPC&version=2017-03-21"
        in doc.links()
    )
    assert "https://error-center.aliyun.com/status/product/vod" in doc.links()


def test_request_parameters_zh() -> None:
    request = page("GetAIImageJobs.zh.md").tables()[0]
    assert request.header == ["名称", "类型", "是否必选", "示例值", "描述"]
    assert [cells[0] for cells in request.rows] == ["Action", "JobIds"]
    action = row(request, "Action")
    assert action[:4] == ["Action", "String", "是", "GetAIImageJobs"]
    assert action[4] == "操作接口名，系统规定参数。取值：GetAIImageJobs。"
    job_ids = row(request, "JobIds")
    assert job_ids[:4] == ["JobIds", "String", "是", "cf08a2c6e11e*****de1711b738b9067"]
    assert job_ids[4] == (
        "任务ID。多个ID使用英文逗号（,）分隔，最大支持10个。"
        " 多个值以英文逗号（,）分隔，作为一个参数传入。"
        " 1～10 项。 每一项：长度至少 1 个字符。 每一项：须匹配正则表达式 ^[^,]+$。"
    )


def test_request_parameters_en() -> None:
    request = page("GetAIImageJobs.en.md").tables()[0]
    job_ids = row(request, "JobIds")
    assert job_ids[2] == "Yes"
    assert "1 to 10 items." in job_ids[4]
    assert "Each item: must match the regular expression ^[^,]+$." in job_ids[4]
    assert row(request, "Action")[4] == (
        "The operation that you want to perform. Set the value to GetAIImageJobs."
    )


def test_response_fields_nest_under_their_parent() -> None:
    response = page("GetAIImageJobs.en.md").tables()[1]
    names = [cells[0] for cells in response.rows]
    assert names[:5] == [
        "RequestId",
        "AIImageJobList",
        "AIImageJobList.AIImageResult",
        "AIImageJobList.AIImageResult.Score",
        "AIImageJobList.AIImageResult.Url",
    ]
    assert "AIImageJobList.UserData.Extend" in names
    assert row(response, "AIImageJobList")[1] == "Array of AIImageJob"
    result = row(response, "AIImageJobList.AIImageResult")
    assert result[1] == "String"
    assert result[2].startswith('[{"Score":5.035636554444242,"Url":"http://outin-')
    assert (
        "A JSON document in a string; decoded, it is Array of AIImageResultItem."
        in result[3]
    )
    assert row(response, "AIImageJobList.AIImageResult.Score")[1] == "Double"
    status = row(response, "AIImageJobList.Status")[3]
    assert "Valid values: - success: Succeeded. - fail: Failed." in status
    user_data = row(response, "AIImageJobList.UserData")[3]
    assert "Must contain at least one of: MessageCallback; Extend." in user_data
    assert "At most 512 bytes in UTF-8." in user_data


def test_doc_links_become_help_center_addresses() -> None:
    for language in ("zh", "en"):
        links = page(f"GetAIImageJobs.{language}.md").links()
        assert "https://help.aliyun.com/document_detail/186924.html" in links
        assert "https://help.aliyun.com/document_detail/86952.html" in links
        assert not any("~~" in link for link in links)


def test_examples_are_the_spec_examples_verbatim() -> None:
    (service,) = [s for s in load_services(SPEC) if s.product == "vod"]
    operation = service.operations[0]
    fences = page("GetAIImageJobs.zh.md").fences()
    request = operation.examples.requests[0].wire
    assert ("text", request) in fences
    for example in operation.examples.responses + operation.examples.errors:
        assert (example.format, example.body) in fences


@pytest.mark.parametrize("language", ["zh", "en"])
def test_error_tables_list_common_errors_with_status(language: str) -> None:
    (service,) = [s for s in load_services(SPEC) if s.product == "vod"]
    tables = page(f"GetAIImageJobs.{language}.md").tables()
    errors = tables[2]
    assert [cells[1] for cells in errors.rows] == [e.code for e in service.errors]
    assert row_by_code(errors, "Throttling.User")[:3] == [
        "503",
        "Throttling.User",
        "Request was denied due to user flow control.",
    ]
    description = {
        "zh": "用户级流控。",
        "en": "The request was throttled for this user.",
    }
    assert row_by_code(errors, "Throttling.User")[3] == description[language]


def row_by_code(table: Table, code: str) -> list[str]:
    (found,) = [cells for cells in table.rows if cells[1] == code]
    return [normal(cell) for cell in found]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_index_lists_every_operation_with_its_summary(language: str) -> None:
    index = page(f"index.{language}.md")
    (table,) = index.tables()
    summary = {
        "zh": "调用GetAIImageJobs查询AI图片任务列表。",
        "en": "Calls GetAIImageJobs to query a list of AI image jobs.",
    }[language]
    assert [normal(cell) for cell in table.rows[0]][0::2] == ["GetAIImageJobs", summary]
    assert f"GetAIImageJobs.{language}.md" in index.links()


def test_pages_are_the_same_bytes_every_time() -> None:
    services = load_services(SPEC)
    first = docs.render(services, Renderer())
    second = docs.render(load_services(SPEC), Renderer())
    assert first == second
    for item in first:
        assert (PROJECT / "generated" / item.path).read_text(
            encoding="utf-8"
        ) == item.text
