"""Cut a large generated module into pieces that black formats one at a time.

Black holds a whole file's syntax tree while it formats it: on a 2.7 MB client module
that is about 180 MiB in one process, so the generator's peak memory grew with the
number of operations. A module is cut only where black's output is known not to depend
on what lies on the other side of the cut, so that formatting the pieces and joining
them gives the same bytes as formatting the whole:

- before a method of a top-level class (``    def``, ``    async def`` or a decorator)
  that follows the previous method's body after exactly one blank line. Black puts
  exactly one blank line between two methods; the piece after the cut is formatted
  inside a stand-in class header, which black treats as it treats the real one;
- before a plain top-level statement (``NAME = ...``, ``NAME[...] = ...``) that follows
  another plain statement after exactly one blank line, which black keeps as it is.

A cut taken inside a string or a bracket leaves the piece before it unterminated, which
black rejects; the caller then formats the module whole, so a wrong cut costs time,
never different output. ``tests/generator/test_format_pieces.py`` checks that every
committed generated module formats to the same bytes whole and cut at every place.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable

# Black's work on a piece of this size takes about 1 s and 70 MiB.
PIECE_CHARS = 200_000

STAND_IN_CLASS = "class _Piece:\n"
_METHOD_STARTS = ("    def ", "    async def ", "    @")
_PLAIN_STATEMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*(\[[^\n]*\])?\s*(=|:)")
_KEYWORDS = frozenset((*keyword.kwlist, *keyword.softkwlist))


class _Cut:
    __slots__ = ("line", "in_class")

    def __init__(self, line: int, in_class: bool) -> None:
        self.line = line
        self.in_class = in_class


def _is_plain_statement(line: str) -> bool:
    match = _PLAIN_STATEMENT.match(line)
    if match is None:
        return False
    first_word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", line)
    return first_word is not None and first_word.group(0) not in _KEYWORDS


def _cuts(lines: list[str], piece_chars: int) -> list[_Cut]:
    """Where to cut, at most one cut per ``piece_chars`` characters."""
    cuts: list[_Cut] = []
    since_cut = 0
    top_line = ""  # the first line of the top-level statement being read
    for index, line in enumerate(lines):
        if line[:1] not in ("", " ", "\t", "\n", ")", "]", "}"):
            candidate = (
                index >= 2
                and lines[index - 1] == "\n"
                and lines[index - 2] in (")\n", "]\n", "}\n")
                and _is_plain_statement(top_line)
                and _is_plain_statement(line)
            )
            if candidate and since_cut >= piece_chars:
                cuts.append(_Cut(index, in_class=False))
                since_cut = 0
            top_line = line
        elif (
            line.startswith(_METHOD_STARTS)
            and top_line.startswith("class ")
            and index >= 2
            and lines[index - 1] == "\n"
            and lines[index - 2].startswith("        ")
            and since_cut >= piece_chars
        ):
            cuts.append(_Cut(index, in_class=True))
            since_cut = 0
        since_cut += len(line)
    return cuts


def _piece(lines: list[str], start: int, end: int) -> str:
    """Lines ``start:end`` without the blank line before the next cut: black would
    drop it at the end of a file, and a source that black changes costs it a second
    formatting pass."""
    while end > start and lines[end - 1] == "\n":
        end -= 1
    return "".join(lines[start:end])


def format_in_pieces(
    source: str, format_whole: Callable[[str], str], piece_chars: int = PIECE_CHARS
) -> str:
    """``format_whole(source)``, computed piece by piece where the module allows it."""
    if len(source) < 2 * piece_chars:
        return format_whole(source)
    lines = source.splitlines(keepends=True)
    cuts = _cuts(lines, piece_chars)
    if not cuts:
        return format_whole(source)
    bounds = [0] + [cut.line for cut in cuts] + [len(lines)]
    formatted: list[str] = []
    try:
        formatted.append(format_whole(_piece(lines, bounds[0], bounds[1])))
        for number, cut in enumerate(cuts, start=1):
            text = _piece(lines, bounds[number], bounds[number + 1])
            if not cut.in_class:
                formatted.append(format_whole(text))
                continue
            result = format_whole(STAND_IN_CLASS + text)
            if not result.startswith(STAND_IN_CLASS):
                return format_whole(source)
            formatted.append(result[len(STAND_IN_CLASS) :])
    except Exception:
        # A cut inside a string or a bracket: black rejected a piece. The whole module
        # either formats or raises black's own error for it.
        return format_whole(source)
    return "\n".join(formatted)
