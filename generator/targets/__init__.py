"""Targets: one module per family of generated files.

A target is a function ``(services, renderer) -> list[OutputFile]``; it reads the IR only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Service
from ..render import OutputFile, Renderer
from . import docs, python_package

Target = Callable[[Sequence[Service], Renderer], list[OutputFile]]

TARGETS: tuple[Target, ...] = (python_package.render, docs.render)
