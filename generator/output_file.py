"""What a target produces: one file's path and text.

Kept apart from ``render`` (which loads Jinja2) so that code handling files only, such
as the no-change check of ``generate``, does not load the template engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class OutputFile:
    """A file to write: a POSIX path relative to the output folder and its text."""

    path: str
    text: str
    # Hand-written sources copied verbatim are black-formatted already (`make
    # format-check` keeps them so); formatting them again would only cost time.
    preformatted: bool = False

    @property
    def needs_formatting(self) -> bool:
        return self.path.endswith(".py") and not self.preformatted

    def pieces(self) -> Iterable[str]:
        """The text, in pieces that joined are ``text``: how files are written."""
        return (self.text,)

    def whole(self) -> OutputFile:
        """This file with its whole text in ``text``."""
        return self

    def placed(self, path: str) -> OutputFile:
        """The same file, formatted, at ``path``."""
        return OutputFile(path, self.text, preformatted=True)


class StreamedFile(OutputFile):
    """A file too large to hold as one text (a catalog's OpenAPI document): its text
    is made piece by piece, afresh each time ``pieces()`` is called, and ``text`` is
    empty. Never formatted. ``whole()`` gives it an ordinary text, for callers that
    want one."""

    def __init__(self, path: str, produce: Callable[[], Iterable[str]]) -> None:
        super().__init__(path, "", preformatted=True)
        object.__setattr__(self, "_produce", produce)

    def pieces(self) -> Iterable[str]:
        produce: Callable[[], Iterable[str]] = getattr(self, "_produce")
        return produce()

    def whole(self) -> OutputFile:
        return OutputFile(self.path, "".join(self.pieces()), preformatted=True)

    def placed(self, path: str) -> OutputFile:
        return StreamedFile(path, getattr(self, "_produce"))


class RenderedPython(OutputFile):
    """A Python module too large to hold as one text before black (a catalog's client
    or offline server): ``chunks()`` renders it afresh each time it is called, and
    ``text`` is empty. The pipeline cuts it into pieces as it is rendered and formats
    the pieces (``format_pieces``), so neither its source nor black's tree of it is
    ever whole in memory. ``whole()`` gives it an ordinary, unformatted text."""

    def __init__(self, path: str, render: Callable[[], Iterable[str]]) -> None:
        super().__init__(path, "")
        object.__setattr__(self, "_render", render)

    def chunks(self) -> Iterable[str]:
        render: Callable[[], Iterable[str]] = getattr(self, "_render")
        return render()

    def whole(self) -> OutputFile:
        return OutputFile(self.path, "".join(self.chunks()))

    def placed(self, path: str) -> OutputFile:
        raise TypeError("a rendered module is placed once formatted")
