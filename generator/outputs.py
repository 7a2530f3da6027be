"""Write generated files deterministically, and compare them with what is on disk."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from .paths import UnsafePath, contained
from .render import OutputFile

MANIFEST = "MANIFEST"
_IGNORED_PARTS = frozenset(
    {"__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis"}
)


def _manifest_text(files: Sequence[OutputFile]) -> str:
    lines = sorted(item.path for item in files)
    return (
        "# Files written by `python -m generator generate`; do not edit.\n"
        + "".join(f"{line}\n" for line in lines)
    )


def with_manifest(files: Sequence[OutputFile]) -> list[OutputFile]:
    return sorted(
        [*files, OutputFile(MANIFEST, _manifest_text(files))], key=lambda f: f.path
    )


def _previous_manifest(out_dir: Path) -> set[str]:
    try:
        text = (out_dir / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return set()
    return {line for line in text.splitlines() if line and not line.startswith("#")}


class WriteReport(NamedTuple):
    written: list[str]
    removed: list[str]
    # MANIFEST lines naming a path outside the output folder: left alone, never deleted.
    refused: list[str]


def write_files(out_dir: Path, files: Sequence[OutputFile]) -> WriteReport:
    """Write files whose bytes changed and delete files a previous run wrote but this
    one did not.

    Every path, written or deleted, must stay inside ``out_dir``: a generated path that
    does not raises :class:`UnsafePath` before anything is written, and a MANIFEST line
    that does not is reported in ``refused`` instead of being deleted.
    """
    targets = [(item, contained(out_dir, item.path)) for item in files]
    written: list[str] = []
    previous = _previous_manifest(out_dir)
    for item, target in targets:
        data = item.text.encode("utf-8")
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        written.append(item.path)
    produced = {item.path for item in files}
    removed: list[str] = []
    refused: list[str] = []
    for stale in sorted(previous - produced):
        try:
            contained(out_dir, stale).unlink()
            removed.append(stale)
        except UnsafePath:
            refused.append(stale)
        except OSError:
            pass
    return WriteReport(written, removed, refused)


def _existing_files(out_dir: Path) -> Iterable[str]:
    for path in out_dir.rglob("*"):
        relative = path.relative_to(out_dir)
        if (
            path.is_file()
            and not (_IGNORED_PARTS & set(relative.parts))
            and path.suffix != ".pyc"
        ):
            yield relative.as_posix()


def differences(out_dir: Path, files: Sequence[OutputFile]) -> list[str]:
    """Human lines naming every file that differs between ``files`` and ``out_dir``."""
    problems: list[str] = []
    expected = {item.path: item.text.encode("utf-8") for item in files}
    for path, data in sorted(expected.items()):
        try:
            actual = contained(out_dir, path).read_bytes()
        except (OSError, UnsafePath):
            problems.append(f"missing: {path}")
            continue
        if actual != data:
            problems.append(f"differs: {path}")
    if out_dir.is_dir():
        for path in sorted(set(_existing_files(out_dir)) - set(expected)):
            problems.append(f"not generated (stale or hand-made): {path}")
    return problems
