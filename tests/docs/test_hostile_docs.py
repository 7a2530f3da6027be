"""Hostile spec text cannot break a reference page.

Descriptions, titles, examples and error texts full of pipes, newlines, HTML, backticks,
doc links and Markdown go through the docs target; markdown-it-py (with tables) then reads
every page. Tables keep their columns and row counts, cells hold the text, code blocks
hold the examples verbatim, no raw HTML beyond the few tags the pages write, and links
only ever point at http(s) addresses or sibling pages.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import markdown as m
from generator.pipeline import load_services
from generator.render import OutputFile, Renderer
from generator.targets import docs
from generator.targets.docs.labels import LABELS
from tests.conftest import SPEC
from tests.docs.markdown_view import ALLOWED_HTML, Page, normal, pipes, read

NASTY = [
    "|",
    "\\|",
    "\\",
    "\n",
    "\n\n",
    "\r",
    "\u2028",
    "\x00",
    "`",
    "```",
    "~~~",
    "~~186924~~",
    "[ListAIImage](~~186924~~)",
    "[x](javascript:alert(1))",
    "<script>alert(1)</script>",
    "<br>",
    "&amp;",
    "&#124;",
    "**",
    "*",
    "_",
    "**说明：**",
    "- ",
    "1. ",
    "# ",
    "> ",
    "---",
    "    ",
    "中文",
    "{{ 7*7 }}",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(max_size=6)), min_size=1, max_size=8
).map("".join)

RESPONSE_NAMES = [
    "RequestId",
    "AIImageJobList",
    "AIImageJobList.AIImageResult",
    "AIImageJobList.AIImageResult.Score",
    "AIImageJobList.AIImageResult.Url",
    "AIImageJobList.Code",
    "AIImageJobList.CreationTime",
    "AIImageJobList.JobId",
    "AIImageJobList.Message",
    "AIImageJobList.Status",
    "AIImageJobList.TemplateConfig",
    "AIImageJobList.TemplateId",
    "AIImageJobList.UserData",
    "AIImageJobList.UserData.MessageCallback",
    "AIImageJobList.UserData.Extend",
    "AIImageJobList.VideoId",
]


def words(source: str) -> str:
    """What a reader sees of spec Markdown, whitespace aside."""
    return normal(m.plain(m.parse(source)))


def one_line(source: str) -> str:
    """What a reader sees of spec Markdown run onto one line (headings, enum values)."""
    return normal(" ".join(m.plain((m.paragraph(*b.spans),)) for b in m.parse(source)))


def literal(source: str) -> str:
    """What a reader sees of text shown literally, whitespace aside."""
    return normal(m.plain((m.paragraph(m.text(source)),)))


def hostile_spec(target: Path, text: str, example: str) -> None:
    """A copy of the project spec with ``text`` and ``example`` everywhere they may go."""
    shutil.copytree(SPEC, target, ignore=shutil.ignore_patterns("README.md"))
    service_path = target / "vod/2017-03-21/service.yaml"
    service = yaml.safe_load(service_path.read_text(encoding="utf-8"))
    service["service"]["errors"][0]["description"] = {"zh": text, "en": text}
    service["service"]["errors"][0]["message"] = example
    service_path.write_text(
        yaml.safe_dump(service, allow_unicode=True, sort_keys=False), "utf-8"
    )

    path = target / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    operation = document["operation"]
    operation["title"] = {"zh": text, "en": text}
    operation["summary"] = {"zh": text, "en": text}
    operation["description"] = {"zh": text, "en": text}
    job_ids = operation["input"]["members"]["JobIds"]
    job_ids["description"] = {"zh": text, "en": text}
    job = operation["shapes"]["AIImageJob"]["members"]
    job["JobId"]["description"] = {"zh": text, "en": text}
    job["JobId"]["example"] = example
    job["Status"]["enum_descriptions"]["fail"] = {"zh": text, "en": text}
    operation["waiters"]["AIImageJobsComplete"]["description"] = {
        "zh": text,
        "en": text,
    }
    examples = operation["examples"]
    job_id = example.replace(",", "") or "x"
    request = examples["requests"][0]
    request["title"] = {"zh": text, "en": text}
    request["wire"] = example
    request["input"] = {"JobIds": [job_id]}
    for response in examples["responses"]:
        if response["format"] == "json":
            body = json.loads(response["body"])
            body["AIImageJobList"][0]["JobId"] = example
            response["body"] = json.dumps(body, ensure_ascii=False, indent=1)
    examples["errors"][0]["description"] = {"zh": text, "en": text}
    path.write_text(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def as_read(verbatim: str) -> str:
    """A code block's text as CommonMark hands it back: line endings become ``\\n`` and
    NUL becomes U+FFFD (the parser's normalisation, not ours: the page holds the bytes).
    """
    text = verbatim.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    return text if text.endswith("\n") else text + "\n"


@dataclass(frozen=True)
class Rendered:
    """The pages, and the hostile values as the loader read them back from YAML (which
    folds some characters, such as NEL, on its own)."""

    files: dict[str, OutputFile]
    text: str
    example: str
    job_id: str
    wire: str
    bodies: tuple[tuple[str, str], ...]

    def page(self, name: str) -> Page:
        return read(self.files[f"docs/vod/{name}"].text)


def render_docs(spec_dir: Path) -> Rendered:
    (service,) = [s for s in load_services(spec_dir) if s.product == "vod"]
    (operation,) = service.operations
    request = operation.examples.requests[0]
    assert isinstance(request.input, dict) and request.wire is not None
    job = operation.output.member("AIImageJobList").shape.items
    assert job is not None
    return Rendered(
        files={item.path: item for item in docs.render([service], Renderer())},
        text=operation.summary.get("en"),
        example=str(job.member("JobId").example),
        job_id=request.input["JobIds"][0],
        wire=request.wire,
        bodies=tuple(
            (example.format, example.body)
            for example in operation.examples.responses + operation.examples.errors
        ),
    )


def assert_tables_intact(page: Page, expected_columns: list[int]) -> None:
    tables = page.tables()
    assert [len(table.header) for table in tables] == expected_columns
    # Markdown ends lines at \n and \r only (str.splitlines would also split at U+2028).
    lines = re.split(r"\r\n|\r|\n", page.source)
    for table in tables:
        for number in table.source_lines:
            assert pipes(lines[number]) == (len(table.header) + 1,) * 2, lines[number]


def assert_page_is_safe(page: Page) -> None:
    assert set(page.html()) <= ALLOWED_HTML, page.html()
    for href in page.links():
        assert href.startswith(("https://", "http://")) or (
            href.endswith(".md") and ":" not in href
        ), href


def check_operation_page(page: Page, language: str, rendered: Rendered) -> None:
    text, example, wire = rendered.text, rendered.example, rendered.wire
    labels = LABELS[language]
    assert_page_is_safe(page)
    assert [normal(h) for h in page.headings(1)] == [one_line(text) or "GetAIImageJobs"]
    assert page.headings(2) == [
        labels["debug"],
        labels["request_parameters"],
        labels["response_parameters"],
        labels["examples"],
        labels["errors"],
        labels["waiters"],
        labels["python"],
        labels["cli"],
    ]
    assert_tables_intact(page, [5, 4, 4, 7])
    request, response, errors, waiters = page.tables()
    (waiter,) = waiters.rows
    assert waiter[0] == "wait_until_ai_image_jobs_complete"
    assert normal(waiter[6]) == words(text)

    assert [row[0] for row in request.rows] == ["Action", "JobIds"]
    assert words(text) in normal(request.rows[1][4])

    assert [row[0] for row in response.rows] == RESPONSE_NAMES
    job = response.rows[RESPONSE_NAMES.index("AIImageJobList.JobId")]
    assert normal(job[2]) == literal(example)
    assert words(text) in normal(job[3])
    status = response.rows[RESPONSE_NAMES.index("AIImageJobList.Status")]
    assert one_line(text) in normal(status[3])

    assert len(errors.rows) == 12
    assert normal(errors.rows[0][2]) == literal(example)
    assert normal(errors.rows[0][3]) == words(text)

    fences = page.fences()
    assert ("text", as_read(wire)) in fences
    for info, body in rendered.bodies:
        assert (info, as_read(body)) in fences
    python = [body for info, body in fences if info == "python"]
    assert len(python) == 2
    for code in python:
        tree = ast.parse(code)
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get_ai_image_jobs"
        ]
        (call,) = calls
        assert ast.literal_eval(call.keywords[0].value) == [rendered.job_id]


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile_text, example=hostile_text)
def test_hostile_text_cannot_break_a_page(
    tmp_path_factory: object, text: str, example: str
) -> None:
    base = tmp_path_factory.mktemp("hostile-docs")  # type: ignore[attr-defined]
    hostile_spec(base / "spec", text, example)
    rendered = render_docs(base / "spec")
    for language in ("zh", "en"):
        page = rendered.page(f"GetAIImageJobs.{language}.md")
        check_operation_page(page, language, rendered)
        index = rendered.page(f"index.{language}.md")
        assert_page_is_safe(index)
        assert_tables_intact(index, [3])
        (table,) = index.tables()
        assert [row[0] for row in table.rows] == ["GetAIImageJobs"]
        assert normal(table.rows[0][2]) == words(rendered.text)


def test_the_worst_case_at_once(tmp_path: Path) -> None:
    """Every hostile fragment in one text, so a failure here needs no shrinking."""
    text = "".join(NASTY) + "\n\n" + "\n".join(NASTY)
    example = "| `x` | ``` \n" + "".join(NASTY)
    hostile_spec(tmp_path / "spec", text, example)
    rendered = render_docs(tmp_path / "spec")
    assert rendered.text == text and rendered.example == example
    for language in ("zh", "en"):
        page = rendered.page(f"GetAIImageJobs.{language}.md")
        check_operation_page(page, language, rendered)
