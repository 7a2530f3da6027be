"""What a target produces: one file's path and text.

Kept apart from ``render`` (which loads Jinja2) so that code handling files only, such
as the no-change check of ``generate``, does not load the template engine.
"""

from __future__ import annotations

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
