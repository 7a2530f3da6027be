"""The one containment rule for every file the generator or the importer writes or deletes.

A spec or a metadata file is input from someone else: names taken from it (a product, an
API version, a package) become folder names, and a MANIFEST left in an output folder
names files to delete. Every such path goes through :func:`contained` before anything
is written or removed, so no input can reach a file outside the output folder.
"""

from __future__ import annotations

import re
from pathlib import Path

# What a name taken from input may be when it becomes one folder or file name: ASCII
# letters, digits, '.', '_' and '-', starting with a letter or digit (so never '.', '..'
# or a hidden file), at most 64 characters. ``fullmatch`` so that a trailing newline,
# which ``$`` would let through, is refused too.
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")

# Top-level folders of the output that are not a service's package; a package or a
# product of the same name would mix its files with theirs.
RESERVED_TOP_LEVEL = frozenset({"docs", "openapi", "tests", "MANIFEST"})


class UnsafePath(Exception):
    """A path that would leave its folder, or a name that cannot be a path segment."""


def segment_problem(name: str) -> str | None:
    """Why ``name`` cannot be one path segment, or ``None`` if it can."""
    if _SEGMENT.fullmatch(name):
        return None
    if not name:
        return "is empty"
    if len(name) > 64:
        return "is longer than 64 characters"
    if "/" in name or "\\" in name:
        return "contains a path separator"
    if name in (".", ".."):
        return "names a relative folder"
    if any(character in name for character in "\r\n\t\0"):
        return "contains a control character"
    return (
        "may hold only ASCII letters, digits, '.', '_' and '-',"
        " starting with a letter or digit"
    )


def is_path_segment(name: str) -> bool:
    return segment_problem(name) is None


def relative_problem(relative: str) -> str | None:
    """Why ``relative`` is not a plain relative path below a folder, or ``None``."""
    if not relative:
        return "is empty"
    if any(character in relative for character in "\r\n\0\\"):
        return "contains a control character or a backslash"
    # A POSIX path is absolute exactly when it starts with "/" (PurePosixPath's rule,
    # without building one for each of the thousands of paths a run checks).
    if relative.startswith(("/", "~")):
        return "is absolute"
    if any(part in ("", ".", "..") for part in relative.split("/")):
        return "climbs out of its folder or has an empty segment"
    return None


def contained(folder: Path, relative: str) -> Path:
    """``folder / relative``, refused with :class:`UnsafePath` unless it stays inside
    ``folder`` -- by its text and after following any symbolic links on the way."""
    problem = relative_problem(relative)
    if problem is not None:
        raise UnsafePath(f"path {relative!r} {problem}")
    target = folder / relative
    base = folder.resolve()
    if not target.resolve().is_relative_to(base):
        raise UnsafePath(f"path {relative!r} leads outside {folder} through a link")
    return target


def output_folder_problem(folder: Path) -> str | None:
    """Why ``folder`` cannot be used as an output folder, or ``None``."""
    if folder.exists() and not folder.is_dir():
        return f"output folder {folder} exists and is not a folder"
    for parent in folder.parents:
        if parent.exists() and not parent.is_dir():
            return f"output folder {folder} is inside {parent}, which is not a folder"
    return None
