"""`python -m generator lint` reports every problem at its file:line:col, never a traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT, SPEC

OPERATION = "vod/2017-03-21/operations/GetAIImageJobs.yaml"
SERVICE = "vod/2017-03-21/service.yaml"


def run_lint(spec_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(spec_dir)],
        cwd=spec_dir.parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    target = tmp_path / "spec"
    shutil.copytree(SPEC, target, ignore=shutil.ignore_patterns("README.md"))
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(
        path.read_text(encoding="utf-8").splitlines(), start=1
    ):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not found in {path}")


def test_the_project_spec_is_clean() -> None:
    result = run_lint(SPEC)
    assert result.returncode == 0, result.stderr
    assert "3 service(s), 9 operation(s)" in result.stdout


def test_every_problem_is_reported_in_one_run(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    edit(
        operation,
        "        min_items: 1\n",
        "        min_items: one\n        colour: red\n",
    )
    edit(operation, "      ref: AIImageJob", "      ref: AIImageJobs")
    edit(operation, "          example: 5.035636554444242", "          example: high")
    edit(
        operation,
        "      JobIds:\n          style: comma",
        "      JobIds:\n          style: comma\n          style: json",
    )
    edit(operation, "        Code:\n", "        Code:\n          python_name: class\n")
    edit(
        operation,
        "        Message:\n",
        "        Message:\n          python_name: job-message\n",
    )
    (spec_copy / "vod/2017-03-21/operations/Broken.yaml").write_text(
        "operation: [unclosed\n"
    )
    (spec_copy / "vod/2017-03-21/operations/Latin1.yaml").write_bytes(
        b"operation:\n  name: Caf\xe9\n"
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [
        line for line in result.stderr.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)
    ]
    text = "\n".join(lines)
    where = f"spec/{OPERATION}"
    expected = {
        "unknown key 'colour'": line_of(operation, "colour: red"),
        "must be an integer": line_of(operation, "min_items: one"),
        "reference to unknown shape 'AIImageJobs'": line_of(
            operation, "ref: AIImageJobs"
        ),
        "example does not match its declared shape": line_of(
            operation, "example: high"
        ),
        "duplicate key 'style'": line_of(operation, "style: json"),
        "'class' is a Python keyword": line_of(operation, "python_name: class"),
        "'job-message' is not a valid Python identifier": line_of(
            operation, "python_name: job-message"
        ),
    }
    for message, line in expected.items():
        assert re.search(
            rf"^{re.escape(where)}:{line}:\d+: .*{re.escape(message)}", text, re.M
        ), (
            message,
            text,
        )
    assert re.search(r"Broken\.yaml:2:1: not valid YAML", text)
    assert re.search(r"Latin1\.yaml:2:12: file is not valid UTF-8", text)


def test_missing_keys_and_wrong_types(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    edit(operation, "  name: GetAIImageJobs\n", "")
    edit(
        operation,
        "    members:\n      RequestId:",
        "    members: none\n    old:\n      RequestId:",
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    assert re.search(
        r"GetAIImageJobs\.yaml:3:3: missing key 'name' in operation", result.stderr
    )
    assert "operation/output/members must be a mapping, not str" in result.stderr
    assert "unknown key 'old' in operation/output" in result.stderr


def test_duplicate_wire_names_and_classes(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    copy = spec_copy / "vod/2017-03-21/operations/GetAIImageJobs2.yaml"
    shutil.copy(operation, copy)
    edit(copy, "  name: GetAIImageJobs\n", "  name: GetAIImageJobsAgain\n")
    edit(copy, "      action: GetAIImageJobs\n", "      action: GetAIImageJobsAgain\n")
    edit(
        operation,
        "        JobIds:\n          style: comma",
        "        JobIds:\n          style: comma\n          wire_name: Ids\n        Ids:\n          style: simple",
    )
    edit(
        operation,
        "  input:\n    members:\n",
        "  input:\n    members:\n      Ids: {type: string}\n",
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    assert "duplicate wire name 'Ids'" in result.stderr
    assert re.search(
        r"GetAIImageJobs2\.yaml:\d+:\d+: class name 'AIImageJob' is already used at",
        result.stderr,
    )


def test_examples_are_checked_against_shapes(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    edit(operation, "<Status>success</Status>", "<Status>done</Status>")
    edit(operation, '\\"Code\\": \\"Success\\"', '\\"Code\\": 7')
    edit(
        operation,
        'JobIds: ["cf08a2c6e11e*****de1711b738b9067"]\n        wire',
        "JobIds: []\n        wire",
    )
    edit(
        operation,
        "        code: InvalidParameter\n",
        "        code: InvalidParameters\n",
    )
    result = run_lint(spec_copy)
    assert result.returncode == 1
    stderr = result.stderr
    assert (
        "XML example does not match the output shape at /AIImageJobList/0/Status: 'done' is not one of"
        in stderr
    )
    assert (
        "JSON example does not match the output shape at /AIImageJobList/0/Code: expected string, got integer"
        in stderr
    )
    assert (
        "request example does not match the input shape at /JobIds: 0 items given, at least 1 needed"
        in stderr
    )
    assert (
        "error example body has Code 'InvalidParameter', not 'InvalidParameters'"
        in stderr
    )


def test_yaml_11_surprises_stay_strings(tmp_path: Path) -> None:
    from generator.load import load_file

    path = tmp_path / "x.yaml"
    path.write_text(
        "a: on\nb: 2020-10-15T03:30:03Z\nc: true\nd: no\n", encoding="utf-8"
    )
    loaded, problems = load_file(path, "x.yaml")
    assert not problems and loaded is not None
    assert loaded.data == {"a": "on", "b": "2020-10-15T03:30:03Z", "c": True, "d": "no"}


def test_unknown_protocol_and_missing_service(spec_copy: Path) -> None:
    edit(spec_copy / SERVICE, "protocol: alibaba-rpc", "protocol: carrier-pigeon")
    result = run_lint(spec_copy)
    assert result.returncode == 1
    assert (
        "unknown protocol 'carrier-pigeon' (known: alibaba-roa, alibaba-rpc, rest-json)"
        in result.stderr
    )
    (spec_copy / SERVICE).unlink()
    result = run_lint(spec_copy)
    assert "operation file has no service.yaml" in result.stderr


def test_request_examples_hold_declared_nested_members_only(tmp_path: Path) -> None:
    spec = tmp_path / "general"
    shutil.copytree(PROJECT / "tests" / "fixtures" / "general", spec)
    operation = spec / "demo/2020-01-01/operations/DescribeThings.yaml"
    edit(operation, "Tags: [{Key: k1, Value: v1}", "Tags: [{Key: k1, value: v1}")
    edit(operation, "Filter: {Field: status,", "Filter: {Field: status, Other: 1,")
    result = run_lint(spec)
    assert result.returncode == 1
    line = line_of(operation, "PageSize: 10")  # where the example's input starts
    assert re.search(
        rf"DescribeThings.yaml:{line}:\d+: .*request example does not match the"
        r" input shape at /Tags/0/value: 'value' is not a declared member",
        result.stderr,
    ), result.stderr
    assert "/Filter/Other: 'Other' is not a declared member" in result.stderr
    # Responses may carry members the spec does not know yet.
    edit(
        operation,
        '"Tags": [{"Key": "k", "Value": "v"}]',
        '"Tags": [{"Key": "k", "New": 1}]',
    )
    assert "/Things/0/Tags" not in run_lint(spec).stderr
