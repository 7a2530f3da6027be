"""Problems found in a spec, each tied to a position in a source file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True, slots=True)
class SourcePosition:
    """A 1-based line and column inside a file, as editors count them."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    position: SourcePosition
    message: str

    def __str__(self) -> str:
        return f"{self.position}: {self.message}"


class SpecError(Exception):
    """Raised when a spec cannot be turned into a model; carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(set(diagnostics))
        super().__init__("\n".join(str(d) for d in self.diagnostics))
