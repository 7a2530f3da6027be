"""The one Jinja environment every target renders through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from .filters import FILTERS
from .targets.layout import FILTERS as LAYOUT_FILTERS
from .formatting import Formatter
from .output_file import TEMPLATES_DIR, OutputFile, RenderedPython

__all__ = ["TEMPLATES_DIR", "OutputFile", "Renderer"]


class Renderer:
    def __init__(
        self,
        templates_dir: Path = TEMPLATES_DIR,
        root_package: str = "generated",
        formatter: Formatter | None = None,
    ) -> None:
        """``root_package`` is the import name of the output folder (``generated``);
        ``formatter`` formats Python that targets embed in other files (the pipeline
        sets the run's formatter, so those snippets share its cache)."""
        from .plugins import template_dirs  # plug-ins import this module

        self.templates_dir = templates_dir
        # The project's templates first, then those of plug-ins that bring their own.
        self.search_path: tuple[Path, ...] = (
            templates_dir,
            *(folder for folder in template_dirs() if folder != templates_dir),
        )
        self.root_package = root_package
        self.formatter = formatter or Formatter(None)
        self.environment = jinja2.Environment(
            loader=jinja2.FileSystemLoader(
                [str(folder) for folder in self.search_path]
            ),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.environment.filters.update(FILTERS)
        self.environment.filters.update(LAYOUT_FILTERS)

    def render(self, template: str, **context: Any) -> str:
        return self.environment.get_template(template).render(**context)

    def render_module(self, path: str, template: str, **context: Any) -> OutputFile:
        """A Python module rendered only as it is formatted, in pieces (see
        RenderedPython): for modules that grow with the number of operations. The
        context must not change before the pipeline reads the file."""
        compiled = self.environment.get_template(template)
        return RenderedPython(path, lambda: compiled.generate(**context))

    def format_python(self, sources: dict[str, str]) -> dict[str, str]:
        """Black-format Python embedded in a non-Python file, many at a time."""
        return self.formatter.format_many(list(sources.items()))

    def read_verbatim(self, relative: str) -> str:
        """A file under a template folder copied as it is (plain Python runtime
        modules); the first folder of the search path that has it wins."""
        for folder in self.search_path:
            candidate = folder / relative
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
        searched = ", ".join(str(folder) for folder in self.search_path)
        raise FileNotFoundError(f"no template file {relative} in {searched}")
