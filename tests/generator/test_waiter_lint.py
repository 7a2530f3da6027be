"""Waiters in a spec: every mistake reported at its file:line:col, and what a clean one
becomes in the IR."""

from __future__ import annotations

from pathlib import Path

from generator.pipeline import load_services
from tests.conftest import SPEC

from .test_lint import OPERATION, edit, line_of, run_lint, spec_copy  # noqa: F401

WAITER = """  waiters:
    AIImageJobsComplete:
      description:
        zh: 等待所有AI图片任务完成：任一任务失败即停止等待。
        en: Waits until every AI image job has succeeded; stops as soon as one has failed.
      status: [AIImageJobList, "*", Status]
      success: [success]
      failure: [fail]
      interval: 5
      max_wait: 600
"""


def _replace_waiter(spec: Path, new: str) -> Path:
    operation = spec / OPERATION
    edit(operation, WAITER, new)
    return operation


def test_a_status_path_through_a_missing_member(spec_copy: Path) -> None:
    operation = _replace_waiter(
        spec_copy, WAITER.replace('"*", Status]', '"*", State]')
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    line = line_of(operation, 'status: [AIImageJobList, "*", State]')
    assert f"GetAIImageJobs.yaml:{line}:" in result.stderr
    assert "no member 'State' here (members: AIImageResult, Code" in result.stderr


def test_every_item_of_something_that_is_not_a_list(spec_copy: Path) -> None:
    _replace_waiter(
        spec_copy, WAITER.replace('[AIImageJobList, "*", Status]', '[RequestId, "*"]')
    )
    result = run_lint(spec_copy)
    assert "'*' stands for every item of a list, but this is a string" in result.stderr


def test_a_status_that_is_not_a_scalar(spec_copy: Path) -> None:
    _replace_waiter(
        spec_copy, WAITER.replace('[AIImageJobList, "*", Status]', "[AIImageJobList]")
    )
    result = run_lint(spec_copy)
    assert "must end at a string, integer or boolean, not an array" in result.stderr


def test_values_outside_the_enum_overlapping_or_of_another_type(
    spec_copy: Path,
) -> None:
    operation = _replace_waiter(
        spec_copy,
        WAITER.replace("success: [success]", "success: [Success, fail]").replace(
            "failure: [fail]", "failure: [3]"
        ),
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    line = line_of(operation, "success: [Success, fail]")
    assert f":{line}:" in result.stderr
    assert "'Success' is not one of the status's enum values (success, fail)" in (
        result.stderr
    )
    assert "3 is not a string, the type of the status" in result.stderr
    assert "'fail' is already a success value" not in result.stderr
    operation.write_text(
        operation.read_text().replace("failure: [3]", "failure: [fail]")
    )
    result = run_lint(spec_copy)
    assert "'fail' is already a success value" in result.stderr


def test_max_wait_shorter_than_an_interval(spec_copy: Path) -> None:
    operation = _replace_waiter(
        spec_copy, WAITER.replace("max_wait: 600", "max_wait: 2")
    )
    result = run_lint(spec_copy)
    line = line_of(operation, "max_wait: 2")
    assert f":{line}:17: max_wait (2 s) is shorter than one interval (5 s)" in (
        result.stderr
    )


def test_schema_rules(spec_copy: Path) -> None:
    operation = _replace_waiter(
        spec_copy,
        WAITER.replace("interval: 5", "interval: 0")
        .replace("    AIImageJobsComplete:", "    aiImageJobsComplete:")
        .replace("      max_wait: 600\n", "      colour: red\n"),
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for needle in ("interval: 0", "colour: red", "aiImageJobsComplete:"):
        assert f":{line_of(operation, needle)}:" in result.stderr, needle
    assert "max_wait" in result.stderr


def test_a_waiter_method_that_is_taken(spec_copy: Path) -> None:
    operation = _replace_waiter(
        spec_copy,
        WAITER
        + WAITER.replace("  waiters:\n", "").replace(
            "AIImageJobsComplete", "AiImageJobsComplete"
        ),
    )
    result = run_lint(spec_copy)
    line = line_of(operation, "    AiImageJobsComplete:")
    assert (
        f":{line}:5: method name 'wait_until_ai_image_jobs_complete' is also the method"
        in result.stderr
    )


def test_an_input_member_named_like_the_deadline_keyword(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    edit(
        operation,
        "      JobIds:\n        required: true\n",
        "      JobIds:\n        required: true\n        python_name: deadline\n",
    )
    result = run_lint(spec_copy)
    assert "a parameter named 'deadline', the waiter method's own keyword" in (
        result.stderr
    )


def test_the_committed_waiter_in_the_ir() -> None:
    (vod,) = [s for s in load_services(SPEC) if s.product == "vod"]
    (operation,) = [o for o in vod.operations if o.name == "GetAIImageJobs"]
    (waiter,) = operation.waiters
    assert waiter.method_name == "wait_until_ai_image_jobs_complete"
    assert waiter.status_path == ("AIImageJobList", "*", "Status")
    assert waiter.python_path == ("ai_image_job_list", "*", "status")
    assert (waiter.success, waiter.failure) == (("success",), ("fail",))
    assert (waiter.interval, waiter.max_wait) == (5.0, 600.0)
