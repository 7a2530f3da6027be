"""Targets: one module per family of generated files.

A target is a function ``(services, renderer) -> list[OutputFile]``; it reads the IR only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Service
from ..render import OutputFile, Renderer
from . import docs, example_tests, openapi, python_mock, python_package, schema_files

Target = Callable[[Sequence[Service], Renderer], list[OutputFile]]

TARGETS: tuple[Target, ...] = (
    python_package.render,
    schema_files.render,
    python_mock.render,
    example_tests.render,
    openapi.render,
    docs.render,
)
