"""spec folder -> checked data -> IR -> targets -> formatted files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .build import build_service
from .diagnostics import SpecError
from .formatting import FormatBatch, Formatter
from .model import Service
from .outputs import with_manifest
from .render import OutputFile, Renderer
from .targets import (
    docs,
    example_tests,
    openapi,
    python_mock,
    python_package,
    schema_files,
)
from .targets.distribution import Distribution, as_project, package_version
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


def render_services(
    services: tuple[Service, ...],
    renderer: Renderer,
    formatter: Formatter,
    distribution: Distribution | None = None,
) -> tuple[OutputFile, ...]:
    renderer.formatter = formatter  # snippets embedded in docs share the cache
    files: list[OutputFile] = []
    # Each target's Python is formatted on the other cores while the next renders.
    with formatter.batch() as batch:
        for target in TARGETS:
            produced = target(services, renderer)
            # Keep one text per file: a cache hit's formatted text replaces the
            # rendered one as soon as it is read, so the rendered copies of a whole
            # product are never held next to their formatted copies.
            for index, item in enumerate(produced):
                if item.needs_formatting:
                    batch.add([(item.path, item.text)])
                    produced[index] = _formatted_if_ready(item, batch)
            files.extend(produced)
            del produced
        counts = Counter(item.path for item in files)
        duplicates = sorted(path for path, count in counts.items() if count > 1)
        if duplicates:
            raise RuntimeError(
                f"two targets write the same files: {', '.join(duplicates)}"
            )
        formatted = batch.result()
    files = [
        OutputFile(item.path, formatted.get(item.path, item.text)) for item in files
    ]
    if distribution is not None:
        version = package_version(services, distribution.version)
        files = as_project(files, services, distribution.package, version)
    return tuple(with_manifest(files))


def _formatted_if_ready(item: OutputFile, batch: FormatBatch) -> OutputFile:
    if not item.needs_formatting:
        return item
    ready = batch.take_ready(item.path)
    return item if ready is None else OutputFile(item.path, ready, preformatted=True)


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
