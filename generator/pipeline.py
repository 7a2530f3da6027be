"""spec folder -> checked data -> IR -> targets -> formatted files."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
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

Target = Callable[[Sequence[Service], Renderer], list[OutputFile]]

TARGETS: tuple[Target, ...] = (
    python_package.render,
    schema_files.render,
    python_mock.render,
    example_tests.render,
    openapi.render,
    docs.render,
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
    return tuple(build_service(files) for files in tree.services)


def stream_services(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> Iterator[OutputFile]:
    """Every generated file, formatted, one at a time and the MANIFEST last.

    Only about two targets' files are alive at once (one rendering while the other's
    Python is formatted on the other cores), so a consumer that writes or compares
    each file and drops it holds memory that does not grow with the whole output.
    The order is the targets' own, not sorted; the bytes of each file do not depend
    on it. Raises RuntimeError when two targets write one path and FormattingError
    naming every file black rejected, both only once the stream is exhausted or
    the duplicate is met, so a consumer must not commit anything before the end.
    """
    written: set[str] = set()
    for item in _files(services, renderer, formatter, distribution):
        written.add(item.path)
        yield item
    yield manifest_file(written)


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
        waiting: list[OutputFile | None] = []
        for target in TARGETS:
            produced: list[OutputFile | None] = list(target(services, renderer))
            _submit(produced, batch, claimed)
            # The previous target's files are formatted by now or soon: hand them on
            # while this one's are formatted.
            yield from _drain(waiting, batch, package)
            waiting = produced
            del produced
        yield from _drain(waiting, batch, package)
        batch.result()  # raises FormattingError naming every rejected file
    if distribution is not None:
        version = package_version(services, distribution.version)
        yield from project_files(services, distribution.package, version)


def _claim(path: str, seen: set[str]) -> None:
    if path in seen:
        raise RuntimeError(f"two targets write the same files: {path}")
    seen.add(path)


def _submit(
    produced: list[OutputFile | None], batch: FormatBatch, seen: set[str]
) -> None:
    for index, item in enumerate(produced):
        assert item is not None
        _claim(item.path, seen)
        if item.needs_formatting:
            batch.add([(item.path, item.text)])
            # A cache hit's formatted text replaces the rendered one at once, so a
            # target's rendered copies never wait beside their formatted copies.
            if batch.take_ready(item.path) is not None:
                produced[index] = OutputFile(
                    item.path, batch.take(item.path) or "", preformatted=True
                )


def _drain(
    files: list[OutputFile | None], batch: FormatBatch, package: str | None
) -> Iterator[OutputFile]:
    """``files`` in order, formatted, each dropped from the list as it goes."""
    for index, item in enumerate(files):
        assert item is not None
        files[index] = None
        text = item.text
        if item.needs_formatting:
            formatted = batch.take(item.path)
            if formatted is None:
                continue  # reported by batch.result() at the end
            text = formatted
        path = item.path if package is None else project_path(item.path, package)
        yield OutputFile(path, text, preformatted=True)
        del item, text


def render_services(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> tuple[OutputFile, ...]:
    """Every generated file at once, sorted by path (for callers that want a list)."""
    files = [
        item
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
