"""Spec patterns run in linear time everywhere; what RE2 cannot run is refused by lint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.patterns import pattern_problem, searches
from tests.conftest import PROJECT
from tests.hostile.conftest import TIMEOUT, Workspace, assert_refused
from tests.importer.builders import api_docs, import_docs, operation, parameter

REDOS = "^(a+)+$"
NEAR_MISS = "a" * 5000 + "!"


def test_an_exponential_pattern_for_backtracking_is_linear_here() -> None:
    # With Python's re this search takes longer than the age of the universe.
    assert not searches(REDOS, NEAR_MISS * 20)
    assert searches(REDOS, "a" * 100_000)


@pytest.mark.parametrize(
    "pattern,reason",
    [
        (r"(a)\1", "invalid escape sequence: \\1"),
        ("a(?=b)", "invalid perl operator: (?="),
        ("(?<!x)a", "invalid perl operator: (?<"),
        ("a\\Z", "invalid escape sequence: \\Z"),
        ("(", "missing ): ("),
    ],
)
def test_what_re2_cannot_do_is_refused_at_its_position(
    workspace: Workspace, pattern: str, reason: str
) -> None:
    workspace.edit(
        workspace.service,
        "Value: {type: string}",
        f"Value: {{type: string, pattern: '{pattern}'}}",
    )
    lines = assert_refused(workspace.lint(), "the linear-time engine (RE2)")
    line = next(line for line in lines if "RE2" in line)
    value_line = next(
        number
        for number, text in enumerate(
            workspace.service.read_text(encoding="utf-8").splitlines(), start=1
        )
        if text.strip().startswith("Value:")
    )
    where = workspace.service.relative_to(workspace.root)
    assert line.startswith(f"{where}:{value_line}:")
    assert reason in line
    assert pattern_problem(pattern) is not None


def test_lint_and_generate_finish_on_an_exponential_pattern_with_a_near_miss_example(
    workspace: Workspace,
) -> None:
    workspace.edit(
        workspace.ping,
        "input: {members: {}}",
        "input: {members: {Name: {type: string, pattern: '"
        + REDOS
        + "', example: '"
        + NEAR_MISS
        + "'}}}",
    )
    assert_refused(workspace.lint(), "does not match pattern")
    workspace.edit(workspace.ping, NEAR_MISS, "a" * 5000)
    result = workspace.generate()
    assert result.returncode == 0, result.stderr
    # The generated validator, which the client and the offline server both run.
    probe = (
        "from demo.validators.ping import validate_request, is_valid_request\n"
        "bad = {'Name': 'a' * 500000 + '!'}\n"
        "assert not is_valid_request(bad)\n"
        "print(validate_request(bad)[0].message)\n"
        "assert is_valid_request({'Name': 'a' * 100000})\n"
        "assert not is_valid_request({'Name': 'aaa\\n'})\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=workspace.out,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == f"does not match pattern {REDOS}"
    workspace.assert_nothing_outside()


def _with_pattern(pattern: str, example: str) -> dict[str, Any]:
    schema = {"type": "string", "pattern": pattern, "example": example}
    return api_docs({"Check": operation([parameter("Name", schema)])})


def test_the_importer_drops_a_pattern_re2_cannot_run_with_a_note(
    tmp_path: Path, capsys: Any
) -> None:
    imported = import_docs(tmp_path, _with_pattern("(a)\\1", "aa"), capsys)
    assert imported.code == 0, imported.stderr
    assert any(
        "pattern '(a)\\\\1' dropped: the linear-time engine (RE2)" in note
        for note in imported.notes()
    ), imported.stderr
    assert "pattern" not in imported.operation("Check")["input"]["members"]["Name"]
    assert imported.lint() == []


def test_the_importer_finishes_on_an_exponential_pattern(
    tmp_path: Path, capsys: Any
) -> None:
    imported = import_docs(tmp_path, _with_pattern(REDOS, NEAR_MISS), capsys)
    assert imported.code == 0, imported.stderr
    member = imported.operation("Check")["input"]["members"]["Name"]
    assert member["pattern"] == REDOS
    # The example does not match its pattern: a note, and it is not kept.
    assert "example" not in member
    assert imported.lint() == []


def test_the_importer_reads_tables_in_linear_time() -> None:
    # A separator row is recognised with RE2: with a backtracking engine a line of
    # blanks after a table heading took time quadratic in its length.
    probe = (
        "from generator.importer.errors import markdown_tables\n"
        "text = '| Code | Message |\\n' + ' ' * 400000 + 'x\\n| - ' + ' ' * 400000\n"
        "assert markdown_tables(text) == []\n"
        "print(markdown_tables('| Code | Status |\\n|---|:-:|\\n| A | 400 |\\n'))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "[(['Code', 'Status'], [['A', '400']])]"
