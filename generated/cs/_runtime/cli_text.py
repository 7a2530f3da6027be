"""Help text for terminals: paragraphs kept, lines wrapped by display width.

argparse wraps help with ``textwrap``, which counts characters although a CJK character
takes two columns, cuts long words (an address in brackets ends up split mid-way) and
joins every paragraph of a description into one. Spec descriptions are often Chinese,
written without spaces and full of addresses; here a line may break at a space or
between two wide characters, never inside a word or an address, and each line of the
text stays a line of its own.
"""

from __future__ import annotations

import argparse
import unicodedata

__all__ = ["HelpFormatter", "display_width", "wrap"]

# Wide punctuation that must not start a line, and wide punctuation that must not end one.
_NO_LINE_START = frozenset("，。、；：！？）》」』】〕〉”’％")
_NO_LINE_END = frozenset("（《「『【〔〈“‘")


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: two for a wide (CJK) character, one otherwise."""
    return sum(2 if _is_wide(char) else 1 for char in text)


def _pieces(line: str) -> list[str]:
    """The unbreakable pieces of a line, with ``" "`` for each run of spaces."""
    pieces: list[str] = []
    glue_next = False  # the last piece ends with punctuation that opens a bracket
    last_wide = False
    for char in line:
        if char.isspace():
            if pieces and pieces[-1] != " ":
                pieces.append(" ")
            glue_next = last_wide = False
            continue
        wide = _is_wide(char)
        joins = bool(pieces) and pieces[-1] != " "
        if joins and (glue_next or char in _NO_LINE_START or not (wide or last_wide)):
            pieces[-1] += char
        else:
            pieces.append(char)
        glue_next = char in _NO_LINE_END
        last_wide = wide
    if pieces and pieces[-1] == " ":
        pieces.pop()
    return pieces


def wrap(line: str, width: int) -> list[str]:
    """``line`` in lines of at most ``width`` columns where it can be broken at all;
    a piece wider than ``width`` (a long address) gets a line of its own, whole."""
    width = max(width, 1)
    lines: list[str] = []
    current = ""
    used = 0
    for piece in _pieces(line):
        if piece == " ":
            if current:
                current += " "
                used += 1
            continue
        size = display_width(piece)
        if current.strip() and used + size > width:
            lines.append(current.rstrip())
            current, used = "", 0
        current += piece
        used += size
    if current.strip():
        lines.append(current.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with the wrapping above and line breaks in help kept."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return [
            wrapped
            for line in text.splitlines()
            for wrapped in wrap(line, width) or [""]
        ]

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(
            indent + wrapped if wrapped else ""
            for line in text.splitlines()
            for wrapped in wrap(line, width - len(indent)) or [""]
        )
