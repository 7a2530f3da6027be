"""spec folder -> checked data -> IR -> targets -> formatted files."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .build import build_service
from .diagnostics import SpecError
from . import format_pieces
from .format_pieces import join_pieces, lines_of, placed, split_module
from .formatting import FormatBatch, Formatter, format_source
from .model import Service
from .outputs import manifest_file, with_manifest
from .output_file import RenderedPython, StreamedFile
from .render import OutputFile, Renderer
from .targets import (
    docs,
    example_tests,
    openapi,
    python_mock,
    python_package,
    schema_files,
)
from .targets.distribution import (
    Distribution,
    package_version,
    project_files,
    project_path,
)
from .validate import load_tree

# A target may return a list or yield its files one at a time.
Target = Callable[[Sequence[Service], Renderer], Iterable[OutputFile]]

TARGETS: tuple[Target, ...] = (
    python_package.render,
    schema_files.render,
    python_mock.render,
    example_tests.render,
    openapi.render,
    docs.stream,
)


@dataclass(frozen=True)
class Generation:
    services: tuple[Service, ...]
    files: tuple[OutputFile, ...]


def load_services(spec_dir: Path) -> tuple[Service, ...]:
    """The IR of every service under ``spec_dir``; raises SpecError with every problem."""
    tree = load_tree(spec_dir)
    if tree.diagnostics:
        raise SpecError(tree.diagnostics)
    services = []
    while tree.services:
        services.append(build_service(tree.services.pop(0), release=True))
    return tuple(services)


def stream_services(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> Iterator[OutputFile]:
    """Every generated file, formatted, one at a time and the MANIFEST last.

    A file is handed on as soon as it is formatted (at once for a cache hit), while
    the formatting workers take the next ones, so a consumer that writes or compares
    each file and drops it holds only the files in flight, not the whole output.
    The order is the targets' own, not sorted; the bytes of each file do not depend
    on it. A file may be a StreamedFile, whose text is made as ``pieces()`` is read. Raises RuntimeError when a second target writes a path, and at the end
    FormattingError naming every file black rejected: a consumer must not commit
    anything before the stream is exhausted.
    """
    written: set[str] = set()
    for item in _files(services, renderer, formatter, distribution):
        written.add(item.path)
        yield item
        # Let go of each file as soon as the consumer has: a suspended generator
        # keeps its locals, and a catalog's largest files are megabytes.
        del item
    yield manifest_file(written)


# Rendered Python waiting for the formatting workers, at most (in characters): enough
# for the workers to stay busy while this process renders on (a large module's pieces
# are shared between them), a bound on what this process holds.
_WAITING_CHARS = 1_000_000


class _InWindow:
    """A file between being rendered and being handed on."""

    path: str
    waiting_chars: int = 0  # what it adds to the characters waiting for black

    def done(self, batch: FormatBatch) -> bool:
        raise NotImplementedError

    def finished(self, batch: FormatBatch, path: str) -> Iterator[OutputFile]:
        """The file formatted (waiting for black if needed) at ``path``; nothing if
        black rejected it, which ``batch.result()`` reports."""
        raise NotImplementedError


class _Whole(_InWindow):
    """A file formatted as one source, or one that needs no formatting."""

    def __init__(self, item: OutputFile, waiting_chars: int) -> None:
        self.item = item
        self.path = item.path
        self.waiting_chars = waiting_chars

    def done(self, batch: FormatBatch) -> bool:
        return not self.item.needs_formatting or batch.done(self.path)

    def finished(self, batch: FormatBatch, path: str) -> Iterator[OutputFile]:
        item = self.item
        del self.item
        if not item.needs_formatting:
            yield item.placed(path)
            return
        text = batch.take(item.path)
        if text is not None:
            yield OutputFile(path, text, preformatted=True)


class _InPieces(_InWindow):
    """A RenderedPython module: cut into pieces as it is rendered, each piece a
    source of its own for black and the cache, so that only pieces are ever held. A
    piece found in the cache is read only as the file is written."""

    def __init__(self, module: RenderedPython, batch: FormatBatch) -> None:
        self.module = module
        self.path = module.path
        self.piece_chars = format_pieces.PIECE_CHARS
        self.names: list[str] = []
        self.in_class: list[bool] = []
        for index, piece in enumerate(
            split_module(lines_of(module.chunks()), self.piece_chars)
        ):
            name = f"{module.path}#{index}"
            batch.add([(name, piece.source)], read_hits=False)
            self.names.append(name)
            self.in_class.append(piece.in_class)
            if not batch.done(name):
                self.waiting_chars += len(piece.source)

    def done(self, batch: FormatBatch) -> bool:
        return all(batch.done(name) for name in self.names)

    def finished(self, batch: FormatBatch, path: str) -> Iterator[OutputFile]:
        # Each piece: its cache key (a hit, read as it is written) or its text.
        parts: list[tuple[str | None, str]] = []
        whole = False
        for name, in_class in zip(self.names, self.in_class):
            key = batch.cached_key(name)
            if key is not None:
                parts.append((key, ""))
                continue
            formatted, _ = batch.take_outcome(name)
            text = None if formatted is None else placed(formatted, in_class)
            if text is None:
                whole = True
            elif not whole:
                parts.append((None, text))
        if not whole:
            formatter = batch.formatter
            yield StreamedFile(path, lambda: join_pieces(self._texts(parts, formatter)))
            return
        # A cut inside a string or a bracket: black rejected a piece. The whole
        # module either formats or is reported with black's own error for it.
        try:
            text = format_source("".join(self.module.chunks()))
        except Exception as error:  # black raises several unrelated types
            batch.reject(self.path, f"{type(error).__name__}: {error}")
            return
        yield OutputFile(path, text, preformatted=True)

    def _texts(
        self, parts: list[tuple[str | None, str]], formatter: Formatter
    ) -> Iterator[str]:
        for index, (key, text) in enumerate(parts):
            if key is None:
                yield text
                continue
            cached = formatter.read_cached(key)
            formatted = cached if cached is not None else self._again(index)
            in_place = placed(formatted, self.in_class[index])
            # Cached pieces kept their stand-in class (``formatting._format_one``).
            assert in_place is not None, f"{self.path}: a cached piece lost its class"
            yield in_place

    def _again(self, index: int) -> str:
        """Piece ``index`` formatted here: its cache entry went away during the run."""
        pieces = split_module(lines_of(self.module.chunks()), self.piece_chars)
        for number, piece in enumerate(pieces):
            if number == index:
                return format_source(piece.source)
        raise AssertionError(f"{self.path} renders fewer pieces than before")


def _entered(item: OutputFile, batch: FormatBatch) -> _InWindow:
    """``item`` handed to black (or found in the cache) and ready to wait its turn."""
    if isinstance(item, RenderedPython):
        return _InPieces(item, batch)
    if not item.needs_formatting:
        return _Whole(item, 0)
    batch.add([(item.path, item.text)])
    if batch.done(item.path):
        # A cache hit: only the formatted text is kept from here on.
        formatted = OutputFile(
            item.path, batch.take(item.path) or "", preformatted=True
        )
        return _Whole(formatted, 0)
    return _Whole(item, len(item.text))


def _files(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None,
) -> Iterator[OutputFile]:
    renderer.formatter = formatter  # snippets embedded in docs share the cache
    claimed: set[str] = set()
    package = distribution.package if distribution is not None else None
    with formatter.batch() as batch:
        # Files in order; those at the head are handed on as soon as they are
        # formatted, or when too much rendered text waits.
        window: deque[_InWindow] = deque()
        waiting = 0
        for target in TARGETS:
            for item in _consumed(target(services, renderer)):
                _claim(item.path, claimed)
                entry = _entered(item, batch)
                del item
                waiting += entry.waiting_chars
                window.append(entry)
                while window and (
                    waiting > _WAITING_CHARS
                    or window[0].done(batch)
                    or not batch.may_share
                ):
                    head = window.popleft()
                    waiting -= head.waiting_chars
                    yield from head.finished(batch, _placed_path(head.path, package))
                    del head
                del entry
        while window:
            head = window.popleft()
            yield from head.finished(batch, _placed_path(head.path, package))
        batch.result()  # raises FormattingError naming every rejected file
    if distribution is not None:
        version = package_version(services, distribution.version)
        yield from project_files(services, distribution.package, version)


def _consumed(produced: Iterable[OutputFile]) -> Iterator[OutputFile]:
    """A target's files one by one, each let go of by the target's list (if it
    returned one) when it is handed on."""
    if not isinstance(produced, list):
        yield from produced
        return
    produced.reverse()
    while produced:
        yield produced.pop()


def _claim(path: str, seen: set[str]) -> None:
    if path in seen:
        raise RuntimeError(f"two targets write the same files: {path}")
    seen.add(path)


def _placed_path(path: str, package: str | None) -> str:
    return path if package is None else project_path(path, package)


def render_services(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> tuple[OutputFile, ...]:
    """Every generated file at once, sorted by path (for callers that want a list),
    each with its whole text (no StreamedFile)."""
    files = [
        item.whole()
        for item in stream_services(services, renderer, formatter, distribution)
        if item.path != "MANIFEST"
    ]
    return tuple(with_manifest(files))


def generate(
    spec_dir: Path,
    formatter: Formatter,
    renderer: Renderer | None = None,
    distribution: Distribution | None = None,
) -> Generation:
    services = load_services(spec_dir)
    if renderer is None:
        root = distribution.package if distribution else "generated"
        renderer = Renderer(root_package=root)
    return Generation(
        services, render_services(services, renderer, formatter, distribution)
    )


def open_stream(
    spec_dir: Path,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> Iterator[OutputFile]:
    """Load ``spec_dir`` (raising SpecError now) and stream what it generates."""
    services = load_services(spec_dir)
    root = distribution.package if distribution else "generated"
    return stream_services(
        services, Renderer(root_package=root), formatter, distribution
    )
