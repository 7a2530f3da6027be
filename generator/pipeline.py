"""spec folder -> checked data -> IR -> targets -> formatted files."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .build import build_service
from .diagnostics import SpecError
from .formatting import FormatBatch, Formatter
from .model import Service
from .outputs import manifest_file, with_manifest
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
# for the workers to stay busy while this process renders on, a bound on what waits.
_WAITING_CHARS = 4_000_000


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
        window: deque[OutputFile] = deque()
        waiting = 0
        for target in TARGETS:
            for item in _consumed(target(services, renderer)):
                _claim(item.path, claimed)
                if item.needs_formatting:
                    batch.add([(item.path, item.text)])
                    if batch.done(item.path):
                        # A cache hit: only the formatted text is kept from here on.
                        item = OutputFile(
                            item.path, batch.take(item.path) or "", preformatted=True
                        )
                    else:
                        waiting += len(item.text)
                window.append(item)
                while window and (
                    waiting > _WAITING_CHARS
                    or not window[0].needs_formatting
                    or batch.done(window[0].path)
                    or not batch.may_share
                ):
                    head = window.popleft()
                    if head.needs_formatting:
                        waiting -= len(head.text)
                    yield from _finished(head, batch, package)
                    del head
                del item
        while window:
            yield from _finished(window.popleft(), batch, package)
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


def _finished(
    item: OutputFile, batch: FormatBatch, package: str | None
) -> Iterator[OutputFile]:
    """``item`` formatted (waiting for it if needed) and placed; nothing if black
    rejected it, which ``batch.result()`` reports."""
    path = item.path if package is None else project_path(item.path, package)
    if not item.needs_formatting:
        yield item.placed(path)
        return
    text = batch.take(item.path)
    if text is None:
        return
    del item
    yield OutputFile(path, text, preformatted=True)


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
