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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

# Black's memory grows with what it formats at once: ECS's largest models module
# (194,000 characters) takes it 29 MiB whole and 17 MiB in pieces of this size.
PIECE_CHARS = 50_000

STAND_IN_CLASS = "class _Piece:\n"
_METHOD_STARTS = ("    def ", "    async def ", "    @")
_PLAIN_STATEMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*(\[[^\n]*\])?\s*(=|:)")
_KEYWORDS = frozenset((*keyword.kwlist, *keyword.softkwlist))


class _Cut:
    __slots__ = ("line", "in_class")

    def __init__(self, line: int, in_class: bool) -> None:
        self.line = line
        self.in_class = in_class


@dataclass(frozen=True)
class Piece:
    """Lines of a module between two cuts, without the blank lines before the next
    cut: black would drop them at the end of a file, and a source that black changes
    costs it a second formatting pass. ``in_class``: the piece is methods of a
    top-level class, formatted inside ``STAND_IN_CLASS``."""

    text: str
    in_class: bool

    @property
    def source(self) -> str:
        """What black formats for this piece."""
        return STAND_IN_CLASS + self.text if self.in_class else self.text


def placed(formatted: str, in_class: bool) -> str | None:
    """Black's output for a piece's ``source`` as it stands in the module, or None if
    black did not keep the stand-in header (the module must then be formatted whole)."""
    if not in_class:
        return formatted
    if not formatted.startswith(STAND_IN_CLASS):
        return None
    return formatted[len(STAND_IN_CLASS) :]


def join_pieces(formatted: Iterable[str]) -> Iterator[str]:
    """Formatted pieces as the parts of one module: black's one blank line between
    two methods or two plain statements goes back between each two."""
    for index, text in enumerate(formatted):
        if index:
            yield "\n"
        yield text


def _is_plain_statement(line: str) -> bool:
    match = _PLAIN_STATEMENT.match(line)
    if match is None:
        return False
    first_word = re.match(r"[A-Za-z_][A-Za-z0-9_]*", line)
    return first_word is not None and first_word.group(0) not in _KEYWORDS


class _CutFinder:
    """Reads a module line by line and says where it may be cut, at most once per
    ``piece_chars`` characters."""

    def __init__(self, piece_chars: int) -> None:
        self._piece_chars = piece_chars
        self._since_cut = 0
        self._top_line = ""  # the first line of the top-level statement being read
        self._before = ("", "")  # the two lines before this one, the nearest last

    def cut_before(self, line: str) -> bool | None:
        """None if the module is not cut before ``line``, else whether the piece that
        starts there is in a class."""
        two_back, one_back = self._before
        self._before = (one_back, line)
        cut: bool | None = None
        if line[:1] not in ("", " ", "\t", "\n", ")", "]", "}"):
            candidate = (
                one_back == "\n"
                and two_back in (")\n", "]\n", "}\n")
                and _is_plain_statement(self._top_line)
                and _is_plain_statement(line)
            )
            if candidate and self._since_cut >= self._piece_chars:
                cut = False
            self._top_line = line
        elif (
            line.startswith(_METHOD_STARTS)
            and self._top_line.startswith("class ")
            and one_back == "\n"
            and two_back.startswith("        ")
            and self._since_cut >= self._piece_chars
        ):
            cut = True
        if cut is not None:
            self._since_cut = 0
        self._since_cut += len(line)
        return cut


def _cuts(lines: list[str], piece_chars: int) -> list[_Cut]:
    """Where to cut, at most one cut per ``piece_chars`` characters."""
    finder = _CutFinder(piece_chars)
    cuts = []
    for index, line in enumerate(lines):
        in_class = finder.cut_before(line)
        if in_class is not None:
            cuts.append(_Cut(index, in_class))
    return cuts


def _piece(lines: list[str], start: int, end: int) -> str:
    """Lines ``start:end`` without the blank lines before the next cut (see Piece)."""
    while end > start and lines[end - 1] == "\n":
        end -= 1
    return "".join(lines[start:end])


def split_module(
    lines: Iterable[str], piece_chars: int = PIECE_CHARS
) -> Iterator[Piece]:
    """A module read line by line, as the pieces it is cut into: only a piece is
    held at a time. A module with one piece is that piece, whole and untouched."""
    finder = _CutFinder(piece_chars)
    held: list[str] = []
    in_class = False
    cut = False
    for line in lines:
        starts = finder.cut_before(line)
        if starts is not None:
            yield Piece(_piece(held, 0, len(held)), in_class)
            held, in_class, cut = [], starts, True
        held.append(line)
    if cut:
        yield Piece(_piece(held, 0, len(held)), in_class)
    else:
        yield Piece("".join(held), False)


def lines_of(chunks: Iterable[str]) -> Iterator[str]:
    """Text given in chunks of any size (a template's output), line by line, each
    with its newline (the last without one if the text does not end with one)."""
    partial: list[str] = []
    for chunk in chunks:
        start = 0
        while True:
            end = chunk.find("\n", start)
            if end < 0:
                if start < len(chunk):
                    partial.append(chunk[start:])
                break
            if partial:
                partial.append(chunk[start : end + 1])
                yield "".join(partial)
                partial = []
            else:
                yield chunk[start : end + 1]
            start = end + 1
    if partial:
        yield "".join(partial)


def format_in_pieces(
    source: str, format_whole: Callable[[str], str], piece_chars: int = PIECE_CHARS
) -> str:
    """``format_whole(source)``, computed piece by piece where the module allows it."""
    if len(source) < 2 * piece_chars:
        return format_whole(source)
    pieces = list(split_module(source.splitlines(keepends=True), piece_chars))
    if len(pieces) == 1:
        return format_whole(source)
    formatted: list[str] = []
    try:
        for piece in pieces:
            text = placed(format_whole(piece.source), piece.in_class)
            if text is None:
                return format_whole(source)
            formatted.append(text)
    except Exception:
        # A cut inside a string or a bracket: black rejected a piece. The whole module
        # either formats or raises black's own error for it.
        return format_whole(source)
    return "".join(join_pieces(formatted))
