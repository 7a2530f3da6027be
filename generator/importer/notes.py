"""What the importer could not carry over, per operation and field."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    """Kinds of notes; the CLI and tests count notes by these."""

    EXAMPLE = "example dropped"
    DEFAULT = "default dropped"
    ENUM = "enum dropped"
    FACET = "facet dropped"
    UNSUPPORTED_KEY = "key not expressible"
    UNSUPPORTED_TYPE = "type not expressible"
    UNSUPPORTED_STYLE = "style not expressible"
    STYLE_ASSUMED = "style assumed"
    LOCATION = "parameter location"
    REQUIRED = "required disagrees with docRequired"
    RESPONSE = "response not expressible"
    RESPONSE_EXAMPLE = "response example dropped"
    ERROR_EXAMPLE = "error example dropped"
    ERROR_CODE = "error table entry"
    MALFORMED = "malformed metadata"
    NAME = "name not usable"
    DUPLICATE = "declared twice"
    PYTHON_NAME = "python name renamed"
    CLASS_NAME = "class renamed"
    BINDING = "binding not expressible"
    PAGING = "paging not recorded"
    SERVICE = "service"


@dataclass(frozen=True)
class Note:
    """One thing that did not make it into the spec unchanged.

    ``pointer`` names the field by its place in the metadata operation: parameters by
    name (``/Tag/*/Key``), response fields under ``/responses/<status>``, examples under
    ``/responseDemo``. A fatal note means the operation was not written at all.
    """

    operation: str
    pointer: str
    category: Category
    message: str
    fatal: bool = False

    def __str__(self) -> str:
        return _one_line(f"{self.operation}: {self.pointer}: {self.message}")


def _one_line(text: str) -> str:
    """Metadata text in a note is escaped: one note, one line, no terminal controls."""
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )


@dataclass
class Notes:
    """Collects the notes of one operation (or of the service file)."""

    operation: str
    items: list[Note] = field(default_factory=list)

    def add(
        self, pointer: str, category: Category, message: str, *, fatal: bool = False
    ) -> None:
        self.items.append(
            Note(self.operation, pointer or "/", category, message, fatal)
        )

    @property
    def fatal(self) -> bool:
        return any(note.fatal for note in self.items)
