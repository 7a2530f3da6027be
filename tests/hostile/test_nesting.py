"""Deep nesting is a lint error, never generated code Python refuses or a RecursionError."""

from __future__ import annotations

import subprocess
import sys

import pytest

from generator.nesting import MAX_NESTING
from tests.hostile.conftest import TIMEOUT, Workspace, assert_refused


def _inline(levels: int, kind: str) -> str:
    node = "{type: string}"
    for level in range(levels):
        if kind == "array":
            node = "{type: array, items: " + node + "}"
        else:
            node = "{type: object, members: {M" + str(level) + ": " + node + "}}"
    return node


def _add_output_member(workspace: Workspace, node: str) -> None:
    workspace.edit(
        workspace.ping,
        "      RequestId: {type: string}",
        "      RequestId: {type: string}\n      Deep: " + node,
    )


# Thirty arrays made a validators module Python refuses ("too many statically nested
# blocks"); twenty structures take as many YAML levels as the loader allows.
@pytest.mark.parametrize("kind,levels", [("array", 30), ("object", 20)])
def test_deep_nesting_is_refused_by_lint(
    workspace: Workspace, kind: str, levels: int
) -> None:
    _add_output_member(workspace, _inline(levels, kind))
    lines = assert_refused(workspace.lint(), f"at most {MAX_NESTING} are supported")
    assert any("Ping.yaml:8:" in line for line in lines)
    assert_refused(workspace.generate())
    assert not workspace.out.exists()


def test_the_deepest_nesting_allowed_generates_code_python_accepts(
    workspace: Workspace,
) -> None:
    # The response object is one level, its member MAX_NESTING - 1 more.
    _add_output_member(workspace, _inline(MAX_NESTING - 1, "array"))
    result = workspace.generate()
    assert result.returncode == 0, result.stderr
    ran = subprocess.run(
        [sys.executable, "-c", "import demo.validators.ping, demo.models, demo.client"],
        cwd=workspace.out,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert ran.returncode == 0, ran.stderr


def test_three_hundred_levels_through_refs_are_a_diagnostic(
    workspace: Workspace,
) -> None:
    shapes = "".join(
        f"    L{index}:\n      type: array\n      items: {{ref: L{index + 1}}}\n"
        for index in range(300)
    )
    workspace.edit(
        workspace.service,
        "  shapes:\n",
        "  shapes:\n" + shapes + "    L300: {type: string}\n",
    )
    _add_output_member(workspace, "{ref: L0, example: [[[[x]]]]}")
    lines = assert_refused(workspace.lint(), "nested 17 levels deep")
    # Reported once, where the shapes first pass the limit.
    assert len([line for line in lines if "levels deep" in line]) == 1
    assert "RecursionError" not in "\n".join(lines)
    assert_refused(workspace.generate(), "levels deep")


def test_three_hundred_levels_inline_are_refused_by_the_loader(
    workspace: Workspace,
) -> None:
    _add_output_member(workspace, _inline(300, "array"))
    assert_refused(workspace.lint(), "nested more than 64 levels deep")
