"""Format generated Python with black, in-process, caching results by content hash.

Black dominates generation time, so a file whose unformatted text was seen before is
taken from the cache without importing black at all, and a large batch of new files is
spread over the machine's cores.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from pathlib import Path

LINE_LENGTH = 88
# Below this much source (about 50 ms of black's time) one process is faster than a pool.
_PARALLEL_MIN_CHARS = 20_000


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class FormattingError(Exception):
    """Black rejected a generated file: a template bug, reported with the file's name."""


def _black_identity() -> str:
    """Which black is installed, without importing it or scanning distributions.

    Its ``__init__`` file's location, size and time change with every install, so a
    new black never reuses output cached under an old one.
    """
    spec = importlib.util.find_spec("black")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return "unknown"
    info = os.stat(spec.origin)
    return f"{spec.origin}:{info.st_size}:{info.st_mtime_ns}"


def format_source(source: str) -> str:
    import black
    from black.mode import Mode, TargetVersion
    from black.report import NothingChanged

    mode = Mode(
        target_versions={TargetVersion.PY311},
        line_length=LINE_LENGTH,
        magic_trailing_comma=True,
    )
    try:
        return black.format_str(source, mode=mode)
    except NothingChanged:  # pragma: no cover - format_str does not raise it
        return source


def _format_one(item: tuple[str, str]) -> tuple[str, str | None, str | None]:
    name, source = item
    try:
        return name, format_source(source), None
    except Exception as error:  # black raises several unrelated types for bad input
        return name, None, f"{type(error).__name__}: {error}"


class Formatter:
    """Formats many sources at once; ``cache_dir=None`` turns the cache off."""

    def __init__(self, cache_dir: Path | None, jobs: int | None = None) -> None:
        self._cache_dir = cache_dir
        self._jobs = jobs or os.cpu_count() or 1
        self._salt = f"black={_black_identity()};line={LINE_LENGTH};py311"

    def _key(self, source: str) -> str:
        digest = hashlib.sha256(self._salt.encode())
        digest.update(source.encode("utf-8"))
        return digest.hexdigest()

    def format_many(self, sources: Sequence[tuple[str, str]]) -> dict[str, str]:
        """``(name, source)`` pairs to ``{name: formatted}``; raises FormattingError."""
        results: dict[str, str] = {}
        misses: list[tuple[str, str]] = []
        keys: dict[str, str] = {}
        for name, source in sources:
            key = self._key(source)
            keys[name] = key
            cached = self._read_cache(key)
            if cached is None:
                misses.append((name, source))
            else:
                results[name] = cached
        if misses:
            outcomes = self._format_all(misses)
            failures = [
                f"{name}: {problem}" for name, _, problem in outcomes if problem
            ]
            if failures:
                raise FormattingError(
                    "generated Python did not format (a template bug):\n"
                    + "\n".join(failures)
                )
            for name, formatted, _ in outcomes:
                assert formatted is not None
                results[name] = formatted
                self._write_cache(keys[name], formatted)
        return results

    def _format_all(
        self, misses: list[tuple[str, str]]
    ) -> list[tuple[str, str | None, str | None]]:
        """Format on every core when there is enough work to share.

        Workers are forked after black is imported here, so each starts in a few
        milliseconds instead of importing black again; the largest files go first so
        the cores finish together.
        """
        workers = min(self._jobs, len(misses))
        total = sum(len(source) for _, source in misses)
        if workers < 2 or total < _PARALLEL_MIN_CHARS or not _can_fork():
            return [_format_one(item) for item in misses]
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        import black  # noqa: F401  (inherited by the forked workers)

        ordered = sorted(misses, key=lambda item: -len(item[1]))
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            return list(pool.map(_format_one, ordered, chunksize=1))

    def _read_cache(self, key: str) -> str | None:
        if self._cache_dir is None:
            return None
        try:
            return (self._cache_dir / key[:2] / key).read_text(encoding="utf-8")
        except OSError:
            return None

    def _write_cache(self, key: str, formatted: str) -> None:
        if self._cache_dir is None:
            return
        target = self._cache_dir / key[:2] / key
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(formatted, encoding="utf-8")
            os.replace(temporary, target)
        except OSError:
            pass  # a cache that cannot be written only costs speed
