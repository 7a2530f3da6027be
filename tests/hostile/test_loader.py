"""Hostile YAML: refused quickly, at file:line:col, before it is built into data."""

from __future__ import annotations

import resource
from pathlib import Path

import pytest

from generator.load import MAX_ALIASES, MAX_DEPTH, MAX_NODES, load_file
from tests.hostile.conftest import Workspace, assert_refused

BOMB = "".join(
    f"{name}: &{name} [{', '.join([previous] * 9)}]\n"
    for name, previous in zip("abcdefghi", ['"lol"', *("*" + c for c in "abcdefgh")])
)


def loaded_problems(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, diagnostics = load_file(path, "hostile.yaml")
    assert loaded is None, "hostile YAML was built into data"
    return [str(diagnostic) for diagnostic in diagnostics]


def test_an_alias_bomb_is_refused_before_it_expands(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    problems = loaded_problems(tmp_path, BOMB)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert problems == [
        f"hostile.yaml:6:12: more than {MAX_NODES} values in one file"
        " (aliases counted as what they stand for)"
    ]
    # 9**9 strings would take gigabytes; refused, it takes next to nothing.
    assert grown_kib < 200_000


def test_a_recursive_alias_is_refused(tmp_path: Path) -> None:
    assert loaded_problems(tmp_path, "x: &r [*r]\n") == [
        "hostile.yaml:1:8: alias '*r' refers to a node that contains it;"
        " recursive data is not allowed"
    ]
    assert loaded_problems(tmp_path, "a:\n  b: &m\n    c: *m\n") == [
        "hostile.yaml:3:8: alias '*m' refers to a node that contains it;"
        " recursive data is not allowed"
    ]


def test_too_many_aliases_are_refused(tmp_path: Path) -> None:
    text = "a: &x 1\n" + "".join(f"k{i}: *x\n" for i in range(MAX_ALIASES + 1))
    assert loaded_problems(tmp_path, text) == [
        f"hostile.yaml:{MAX_ALIASES + 2}:{len(f'k{MAX_ALIASES}: ') + 1}:"
        f" more than {MAX_ALIASES} aliases in one file"
    ]


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    text = "a: " + "[" * 300 + "]" * 300 + "\n"
    assert loaded_problems(tmp_path, text) == [
        f"hostile.yaml:1:{3 + MAX_DEPTH}: nested more than {MAX_DEPTH} levels deep"
    ]


def test_an_alias_that_deepens_nesting_past_the_limit_is_refused(
    tmp_path: Path,
) -> None:
    half = MAX_DEPTH // 2 + 1
    text = "a: &d " + "[" * half + "]" * half + "\nb: " + "[" * half + "*d" + "]" * half
    problems = loaded_problems(tmp_path, text + "\n")
    assert problems == [
        f"hostile.yaml:2:{4 + half}: nested more than {MAX_DEPTH} levels deep"
    ]


@pytest.mark.parametrize(
    "text,tag",
    [
        ('a: !!int "x"\n', "!!int"),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "!!python/object/apply:os.system",
        ),
        ("a: !custom 1\n", "!custom"),
        ("a: !!str 1\n", "!!str"),
        ("a: !!set {x, y}\n", "!!set"),
    ],
)
def test_tags_are_refused(tmp_path: Path, text: str, tag: str) -> None:
    assert loaded_problems(tmp_path, text) == [
        f"hostile.yaml:1:4: YAML tag '{tag}' is not allowed; specs use plain values"
    ]


def test_an_integer_past_pythons_digit_limit_is_a_diagnostic(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: 1" + "0" * 5000 + "\n", encoding="utf-8")
    loaded, diagnostics = load_file(path, "big.yaml")
    assert [str(d).split(": invalid scalar")[0] for d in diagnostics] == [
        "big.yaml:1:4"
    ]


def test_the_command_line_refuses_a_bomb_in_a_spec(workspace: Workspace) -> None:
    (workspace.spec / "demo" / "bomb.yaml").write_text(BOMB, encoding="utf-8")
    assert_refused(workspace.lint(), "more than 200000 values")
    assert_refused(workspace.generate(), "more than 200000 values")
    workspace.assert_nothing_outside()
    assert not workspace.out.exists()
