"""Write generated files deterministically, and compare them with what is on disk."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from .paths import UnsafePath, contained, relative_problem
from .output_file import OutputFile, StreamedFile

MANIFEST = "MANIFEST"
_IGNORED_PARTS = frozenset(
    {"__pycache__", ".pytest_cache", ".mypy_cache", ".hypothesis"}
)


def _manifest_text(paths: Iterable[str]) -> str:
    return (
        "# Files written by `python -m generator generate`; do not edit.\n"
        + "".join(f"{line}\n" for line in sorted(paths))
    )


def manifest_file(paths: Iterable[str]) -> OutputFile:
    """The MANIFEST naming ``paths`` (every other file of the run)."""
    return OutputFile(MANIFEST, _manifest_text(paths))


def with_manifest(files: Sequence[OutputFile]) -> list[OutputFile]:
    return sorted(
        [*files, manifest_file(item.path for item in files)], key=lambda f: f.path
    )


def _previous_manifest(out_dir: Path) -> set[str]:
    try:
        text = (out_dir / MANIFEST).read_text(encoding="utf-8")
    except OSError:
        return set()
    return {line for line in text.splitlines() if line and not line.startswith("#")}


class Produced(NamedTuple):
    """One file of a run, once its text is gone: what the no-change record keeps."""

    path: str
    sha256: str
    size: int


class WriteReport(NamedTuple):
    written: list[str]
    removed: list[str]
    # MANIFEST lines naming a path outside the output folder: left alone, never deleted.
    refused: list[str]
    # Every file of the run, written or already there with those bytes.
    files: tuple[Produced, ...] = ()


# Text is encoded this many characters at a time: UTF-8 encoding a whole
# multi-megabyte text (an OpenAPI document of hundreds of operations) briefly takes
# up to three times its length again.
_CHUNK_CHARS = 1 << 18


def _encoded(text: str) -> Iterator[bytes]:
    for start in range(0, len(text), _CHUNK_CHARS):
        yield text[start : start + _CHUNK_CHARS].encode("utf-8")


def _measure(item: OutputFile) -> tuple[str, int]:
    """The sha256 and the length in UTF-8 of ``item``'s text."""
    digest = hashlib.sha256()
    size = 0
    for piece in item.pieces():
        for chunk in _encoded(piece):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _holds(target: Path, sha256: str, size: int) -> bool:
    """Whether ``target`` is a file of exactly these bytes."""
    try:
        if os.stat(target).st_size != size:
            return False
        digest = hashlib.sha256()
        with open(target, "rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return False
    return digest.hexdigest() == sha256


class _Staging:
    """Changed files written beside their targets under temporary names, put in
    place only once the whole run has succeeded; folders made for them are noted so
    that a run that fails leaves the output folder as it found it."""

    def __init__(self) -> None:
        # Names as text, not Path objects: a catalog stages thousands of files, and
        # a Path holds its parts besides its text.
        self.staged: list[tuple[str, str, str]] = []
        self._made: list[Path] = []

    def stage(self, target: Path, item: OutputFile, path: str) -> tuple[str, int]:
        """Write ``item`` beside ``target``; the sha256 and size of what was written."""
        missing = []
        for parent in target.parents:
            if parent.is_dir():
                break
            missing.append(parent)
        for folder in reversed(missing):
            folder.mkdir()
            self._made.append(folder)
        # Made as text: pathlib interns every part of a path it parses, and the
        # interpreter's table of interned strings never shrinks.
        place, name = os.path.split(os.fspath(target))
        temporary = os.path.join(place, f".{name}.{os.getpid()}.tmp")
        self.staged.append((temporary, os.fspath(target), path))
        digest = hashlib.sha256()
        size = 0
        with open(temporary, "wb") as handle:
            for piece in item.pieces():
                for chunk in _encoded(piece):
                    digest.update(chunk)
                    size += len(chunk)
                    handle.write(chunk)
        return digest.hexdigest(), size

    def unstage_last(self) -> None:
        """Drop the file staged last (it turned out to be on disk already)."""
        temporary, _, _ = self.staged.pop()
        os.unlink(temporary)

    def commit(self) -> list[str]:
        for temporary, target, _ in self.staged:
            os.replace(temporary, target)
        return [path for _, _, path in self.staged]

    def abandon(self) -> None:
        for temporary, _, _ in self.staged:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        for folder in reversed(self._made):
            try:
                folder.rmdir()
            except OSError:
                pass


def write_files(out_dir: Path, files: Iterable[OutputFile]) -> WriteReport:
    """Write files whose bytes changed and delete files a previous run wrote but this
    one did not.

    ``files`` may be a stream: each file is compared, staged when it changed and
    dropped before the next is asked for. Every path, written or deleted, must stay
    inside ``out_dir``: a generated path that does not raises :class:`UnsafePath`, and
    a MANIFEST line that does not is reported in ``refused`` instead of being deleted.
    Nothing in ``out_dir`` changes unless the whole stream is produced (an unsafe path,
    a formatting error or any other exception on the way leaves it as it was).
    """
    staging = _Staging()
    produced: list[Produced] = []
    try:
        for item in files:
            path, target = item.path, contained(out_dir, item.path)
            if isinstance(item, StreamedFile):
                # Made once only, so written while hashed, then dropped if the
                # folder holds those bytes already.
                sha256, size = staging.stage(target, item, path)
                if _holds(target, sha256, size):
                    staging.unstage_last()
            else:
                sha256, size = _measure(item)
                if not _holds(target, sha256, size):
                    staging.stage(target, item, path)
            produced.append(Produced(path, sha256, size))
            del item
    except BaseException:
        staging.abandon()
        raise
    previous = _previous_manifest(out_dir)
    written = staging.commit()
    paths = {entry.path for entry in produced}
    removed: list[str] = []
    refused: list[str] = []
    for stale in sorted(previous - paths):
        try:
            contained(out_dir, stale).unlink()
            removed.append(stale)
        except UnsafePath:
            refused.append(stale)
        except OSError:
            pass
    return WriteReport(written, removed, refused, tuple(produced))


def _existing_files(out_dir: Path) -> Iterable[str]:
    for path in out_dir.rglob("*"):
        relative = path.relative_to(out_dir)
        if (
            path.is_file()
            and not (_IGNORED_PARTS & set(relative.parts))
            and path.suffix != ".pyc"
        ):
            yield relative.as_posix()


def differences(out_dir: Path, files: Iterable[OutputFile]) -> list[str]:
    """Human lines naming every file that differs between ``files`` and ``out_dir``:
    those missing or different in path order, then those on disk that the run does
    not produce. ``files`` may be a stream; each file is compared and dropped.

    A generated path that is not a plain relative path raises :class:`UnsafePath`.
    """
    changed: list[tuple[str, str]] = []
    expected: set[str] = set()
    for item in files:
        path = item.path
        problem = relative_problem(path)
        if problem is not None:
            raise UnsafePath(f"path {path!r} {problem}")
        expected.add(path)
        try:
            target = contained(out_dir, path)
        except UnsafePath:  # a link out of the folder: not this file
            target = None
        if target is None or not target.is_file():
            changed.append((path, f"missing: {path}"))
        elif not _holds(target, *_measure(item)):
            changed.append((path, f"differs: {path}"))
        del item
    problems = [line for _, line in sorted(changed)]
    if out_dir.is_dir():
        for path in sorted(set(_existing_files(out_dir)) - expected):
            problems.append(f"not generated (stale or hand-made): {path}")
    return problems
