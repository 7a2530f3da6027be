"""Formatting a module in pieces gives black's bytes for the whole module.

The committed generated modules, the runtime sources and the generator's own modules
are black's output, which black leaves as it is; each is formatted again cut at every
place ``format_pieces`` may cut, and must come back unchanged.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.format_pieces import _cuts, format_in_pieces
from generator.formatting import format_source
from tests.conftest import PROJECT


def _black_formatted_modules() -> list[Path]:
    seen: set[str] = set()
    modules = []
    for folder in ("generated", "templates/python", "generator"):
        for path in sorted((PROJECT / folder).rglob("*.py")):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest in seen:
                continue  # the runtime sources are copied into every service
            seen.add(digest)
            lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
            if _cuts(lines, piece_chars=1):
                modules.append(path)
    return modules


MODULES = _black_formatted_modules()


def test_there_are_modules_of_both_kinds_of_cut() -> None:
    kinds = set()
    for path in MODULES:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kinds.update(cut.in_class for cut in _cuts(lines, piece_chars=1))
    assert kinds == {True, False}


@pytest.mark.parametrize(
    "path", MODULES, ids=[str(path.relative_to(PROJECT)) for path in MODULES]
)
def test_a_module_cut_everywhere_formats_to_the_same_bytes(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    pieces_formatted: list[str] = []

    def format_piece(text: str) -> str:
        pieces_formatted.append(text)
        return format_source(text)

    assert format_in_pieces(source, format_piece, piece_chars=1) == source
    # It was cut, and no piece made it fall back to the whole module.
    assert len(pieces_formatted) >= 2
    assert source not in pieces_formatted


def test_a_module_black_must_change_formats_alike_whole_and_in_pieces() -> None:
    cramped = (
        "class Client:\n"
        "    def first(self,a,b):\n"
        "        return {'a':a,'b':b}\n"
        "\n"
        "    @property\n"
        "    def second(self): return [1,2,\n"
        "    3]\n"
        "\n"
        "    async def third(self, value: int=1) -> int:\n"
        "        return value\n"
        "\n"
        "\n"
        "TABLE: dict[str, int] = {}\n"
        "\n"
        "TABLE['one'] = int(\n"
        "    '1'\n"
        ")\n"
        "\n"
        "TABLE['two'] = int(\n"
        "    '2',\n"
        ")\n"
        "\n"
        "TABLE [ 'three' ] = int('3')\n"
    )
    assert format_in_pieces(cramped, format_source, piece_chars=1) == format_source(
        cramped
    )


def test_a_cut_inside_a_string_or_a_bracket_falls_back_to_the_whole_module() -> None:
    tricky = (
        "class Client:\n"
        "    def first(self):\n"
        '        return """\n'
        "        text\n"
        "\n"
        "    def not_a_method(self):\n"
        '        """\n'
        "\n"
        "    def second(self):\n"
        "        return (\n"
        "            1\n"
        "\n"
        "    )\n"
    )
    formatted: list[str] = []

    def format_piece(text: str) -> str:
        formatted.append(text)
        return format_source(text)

    assert format_in_pieces(tricky, format_piece, piece_chars=1) == format_source(
        tricky
    )
    assert formatted[-1] == tricky
