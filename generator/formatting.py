"""Format generated Python with black, in-process, caching results by content hash.

Black dominates generation time, so a file whose unformatted text was seen before is
taken from the cache without importing black at all, and a large batch of new files is
spread over the machine's cores, starting while the pipeline still renders the rest
(``Formatter.batch``). The templates emit black's layout already (see
``targets/layout.py``), so black's forced second pass never runs.
"""

from __future__ import annotations

import hashlib
import importlib.util
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from generator.format_pieces import STAND_IN_CLASS, format_in_pieces

LINE_LENGTH = 88
# Below this much source (about 50 ms of black's time) one process is faster than a pool.
_PARALLEL_MIN_CHARS = 20_000


def _can_fork() -> bool:
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
    """Black's formatting of ``source``; a large module is formatted in pieces
    (``format_pieces``), which bounds black's memory and gives the same bytes."""
    return format_in_pieces(source, _format_whole)


def _format_whole(source: str) -> str:
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
        formatted = format_source(source)
    except Exception as error:  # black raises several unrelated types for bad input
        return name, None, f"{type(error).__name__}: {error}"
    if source.startswith(STAND_IN_CLASS) and not formatted.startswith(STAND_IN_CLASS):
        # A piece of a module formatted inside a stand-in class (format_pieces) that
        # black did not keep inside it cannot be put back: never cached as a success.
        return name, None, "black did not keep the piece inside its stand-in class"
    return name, formatted, None


class Formatter:
    """Formats many sources at once; ``cache_dir=None`` turns the cache off."""

    def __init__(self, cache_dir: Path | None, jobs: int | None = None) -> None:
        self._cache_dir = cache_dir
        self._jobs = jobs or os.cpu_count() or 1
        self._salt = f"black={_black_identity()};line={LINE_LENGTH};py311"
        self._pool_running = False
        self._running: FormatBatch | None = None  # the outermost open batch

    def _key(self, source: str) -> str:
        digest = hashlib.sha256(self._salt.encode())
        digest.update(source.encode("utf-8"))
        return digest.hexdigest()

    def format_many(self, sources: Sequence[tuple[str, str]]) -> dict[str, str]:
        """``(name, source)`` pairs to ``{name: formatted}``; raises FormattingError.

        While a batch's worker pool runs (a generation under way), the sources go to
        its workers: black would otherwise run in this process, which then grows by
        black's own memory on top of the spec it holds."""
        running = self._running
        if running is not None and running.parallel:
            return running.format_now(sources)
        with self.batch() as batch:
            batch.add(sources)
            return batch.result()

    @contextmanager
    def batch(self) -> Iterator[FormatBatch]:
        """A batch that formats sources as they are added, while the caller goes on
        producing more; ``result()`` waits for all of them."""
        batch = FormatBatch(self, parallel=not self._pool_running)
        outer = self._running
        if outer is None:
            self._running = batch
        try:
            yield batch
        finally:
            batch.close()
            if outer is None:
                self._running = None

    def _read_cache(self, key: str) -> str | None:
        if self._cache_dir is None:
            return None
        try:
            return (self._cache_dir / key[:2] / key).read_text(encoding="utf-8")
        except OSError:
            return None

    def read_cached(self, key: str, chars: int = -1) -> str | None:
        """The formatted text cached under ``key`` (its first ``chars`` characters,
        if given), or None if there is none."""
        if chars < 0:
            return self._read_cache(key)
        if self._cache_dir is None:
            return None
        try:
            with open(self._cache_dir / key[:2] / key, encoding="utf-8") as handle:
                return handle.read(chars)
        except OSError:
            return None

    def _in_cache(self, key: str) -> bool:
        return self._cache_dir is not None and os.path.isfile(
            self._cache_dir / key[:2] / key
        )

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


class FormatBatch:
    """Sources formatted as they come: cache hits at once, misses on every core.

    The worker pool starts once the misses add up to enough work to share (forked
    after black is imported here, so each worker starts in a few milliseconds); a
    batch opened while another one's pool runs formats in this process instead, as
    forking a process that runs the pool's threads is not safe.
    """

    def __init__(self, formatter: Formatter, parallel: bool) -> None:
        self._formatter = formatter
        self._parallel = parallel and formatter._jobs >= 2 and _can_fork()
        self._results: dict[str, str] = {}
        # Cache hits not read yet: name -> key (see ``add(..., read_hits=False)``).
        self._hits: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._pending: dict[str, str] = {}
        self._pending_chars = 0
        self._by_name: dict[str, Future[tuple[str, str | None, str | None]]] = {}
        self._failures: list[str] = []
        self._pool: ProcessPoolExecutor | None = None
        self._asides = 0  # format_now calls, which name their sources apart

    @property
    def formatter(self) -> Formatter:
        return self._formatter

    @property
    def parallel(self) -> bool:
        """Whether the worker pool runs."""
        return self._pool is not None

    def add(
        self, sources: Sequence[tuple[str, str]], *, read_hits: bool = True
    ) -> None:
        """Format ``(name, source)`` pairs. With ``read_hits=False`` a cache hit is
        only noted, to be read when it is taken (or by ``cached_key``'s caller), so
        that the formatted texts of a large module are not all held at once."""
        formatter = self._formatter
        misses = []
        for name, source in sources:
            key = formatter._key(source)
            self._keys[name] = key
            if not read_hits and formatter._in_cache(key):
                self._hits[name] = key
                continue
            cached = formatter._read_cache(key)
            if cached is None:
                misses.append((name, source))
            else:
                self._results[name] = cached
        # The largest first, so the cores finish together.
        misses.sort(key=lambda item: -len(item[1]))
        if self._pool is None:
            self._pending.update(misses)
            self._pending_chars += sum(len(source) for _, source in misses)
            if self._parallel and self._pending_chars >= _PARALLEL_MIN_CHARS:
                self._start_pool()
        else:
            self._submit(misses)

    def take_ready(self, name: str) -> str | None:
        """``name``'s formatted text if it is known already (a cache hit), else None.

        The caller can then drop the unformatted text at once instead of holding both
        until ``result()``; ``result()`` still includes it."""
        return self._results.get(name)

    @property
    def may_share(self) -> bool:
        """Whether a miss may still go to worker processes; if not, formatting it at
        once in this process loses nothing."""
        return self._parallel

    def done(self, name: str) -> bool:
        """Whether ``take(name)`` would return without waiting for black."""
        future = self._by_name.get(name)
        return (
            name in self._results
            or name in self._hits
            or (future is not None and future.done())
        )

    def cached_key(self, name: str) -> str | None:
        """If ``name`` is a cache hit not read yet, its cache key, and ``name`` is
        forgotten here: the caller reads it with ``Formatter.read_cached``."""
        key = self._hits.pop(name, None)
        if key is not None:
            self._keys.pop(name, None)
        return key

    def take(self, name: str) -> str | None:
        """``name``'s formatted text, waiting for it if needed, and forgotten here: a
        caller that streams files holds each text only while it handles it.

        None if black rejected it; ``result()`` then raises FormattingError naming
        every such file."""
        formatted, problem = self.take_outcome(name)
        if formatted is None:
            self.reject(name, problem or "not formatted")
        return formatted

    def take_outcome(self, name: str) -> tuple[str | None, str | None]:
        """As ``take``, but a rejection is returned (``(None, problem)``) instead of
        being reported: for a caller that has another way to format the source."""
        if name in self._results:
            self._keys.pop(name, None)
            return self._results.pop(name), None
        key = self.cached_key(name)
        if key is not None:
            cached = self._formatter.read_cached(key)
            if cached is None:
                return None, "its formatting cache entry was removed during the run"
            return cached, None
        future = self._by_name.pop(name, None)
        if future is not None:
            outcome = future.result()
        else:
            outcome = _format_one((name, self._pending.pop(name)))
        _, formatted, problem = outcome
        key = self._keys.pop(name)
        if formatted is None:
            return None, problem
        self._formatter._write_cache(key, formatted)
        return formatted, None

    def format_now(self, sources: Sequence[tuple[str, str]]) -> dict[str, str]:
        """``(name, source)`` pairs formatted by this batch's workers and handed back
        at once, apart from the batch's own sources; raises FormattingError."""
        self._asides += 1
        renamed = [(f"\0{self._asides}:{name}", source) for name, source in sources]
        self.add(renamed)
        results: dict[str, str] = {}
        failures: list[str] = []
        for (name, _), (inner, _) in zip(sources, renamed):
            formatted, problem = self.take_outcome(inner)
            if formatted is None:
                failures.append(f"{name}: {problem}")
            else:
                results[name] = formatted
        if failures:
            raise FormattingError(
                "generated Python did not format (a template bug):\n"
                + "\n".join(failures)
            )
        return results

    def reject(self, name: str, problem: str) -> None:
        """Report ``name`` as rejected by black: ``result()`` raises naming it."""
        self._failures.append(f"{name}: {problem}")

    def _start_pool(self) -> None:
        import black  # noqa: F401  (inherited by the forked workers)

        workers = self._formatter._jobs
        context = multiprocessing.get_context("fork")
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        self._formatter._pool_running = True
        pending = sorted(self._pending.items(), key=lambda item: -len(item[1]))
        self._pending = {}
        # Sources come one file at a time: the largest first, so the cores finish together.
        self._submit(pending)

    def _submit(self, items: list[tuple[str, str]]) -> None:
        assert self._pool is not None
        for item in items:
            future = self._pool.submit(_format_one, item)
            self._by_name[item[0]] = future

    def result(self) -> dict[str, str]:
        """Every added source, formatted; raises FormattingError naming each failure."""
        outcomes = [future.result() for future in self._by_name.values()]
        outcomes += [_format_one(item) for item in self._pending.items()]
        self._pending, self._by_name = {}, {}
        failures = self._failures + [
            f"{name}: {problem}" for name, _, problem in outcomes if problem
        ]
        self._failures = []
        for name in list(self._hits):
            cached, problem = self.take_outcome(name)
            if cached is None:
                failures.append(f"{name}: {problem}")
            else:
                self._results[name] = cached
        if failures:
            raise FormattingError(
                "generated Python did not format (a template bug):\n"
                + "\n".join(failures)
            )
        for name, formatted, _ in outcomes:
            assert formatted is not None
            self._results[name] = formatted
            self._formatter._write_cache(self._keys[name], formatted)
        return dict(self._results)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
            self._formatter._pool_running = False
