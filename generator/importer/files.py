"""Writing an import into a spec folder, never over files a person wrote."""

from __future__ import annotations

from pathlib import Path

from ..paths import UnsafePath, contained
from .convert import ImportResult
from .yamlout import HEADER


class ForeignFiles(Exception):
    """The output folder holds spec files the importer did not write."""


class UnsafeOutput(Exception):
    """A file to write or remove lies outside the output folder."""


def _ours(path: Path, header: str = HEADER) -> bool:
    try:
        with path.open("r", encoding="utf-8") as handle:
            return handle.readline() == header
    except (OSError, UnicodeDecodeError):
        return False


def write_result(out: Path, result: ImportResult, header: str = HEADER) -> None:
    """Write the files of ``result`` under ``out``; operation files of an earlier
    import that are no longer produced are removed.

    Raises :class:`ForeignFiles` before changing anything if a file to be replaced or
    removed was not written by the importer (a hand-written spec, say), and
    :class:`UnsafeOutput` if one would lie outside ``out``.
    """
    try:
        if out.exists() and not out.is_dir():
            raise UnsafePath(f"cannot write {out}: it exists and is not a folder")
        folder = contained(out, result.folder)
        operations = contained(folder, "operations")
        stale = [
            contained(operations, path.name)
            for path in sorted(operations.glob("*.yaml"))
            if f"operations/{path.name}" not in result.files
        ]
        replaced = {relative: contained(folder, relative) for relative in result.files}
    except UnsafePath as error:
        raise UnsafeOutput(str(error)) from None
    foreign = [
        path
        for path in [*replaced.values(), *stale]
        if path.exists() and not _ours(path, header)
    ]
    if foreign:
        shown = ", ".join(str(path) for path in foreign[:3])
        more = f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        raise ForeignFiles(
            f"refusing to replace files the importer did not write: {shown}{more}"
        )
    operations.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.unlink()
    for relative, text in result.files.items():
        replaced[relative].write_text(text, encoding="utf-8", newline="\n")
