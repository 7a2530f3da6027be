"""A whole product imported from Alibaba's metadata and generated into a scratch folder.

The metadata is read in place from ``../shared/data`` (its text is never copied into the
project); the product tests skip, saying why, where it is absent.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from contextlib import chdir, contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.formatting import Formatter
from generator.importer.apidocs import parse_api_docs
from generator.importer.convert import ImportResult, import_api_docs
from generator.importer.files import write_result
from generator.model import Service
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.render import Renderer
from tests.conftest import PROJECT


@dataclass
class Product:
    result: ImportResult
    service: Service
    # The folder holding the generated package ``root``.
    out: Path
    root: str

    def module(self, name: str) -> ModuleType:
        return importlib.import_module(f"{self.root}.{self.service.package}.{name}")

    def mypy_strict(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", self.root],
            cwd=self.out,
            capture_output=True,
            text=True,
        )

    def generated_tests(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"{self.root}/tests",
            ],
            cwd=self.out,
            capture_output=True,
            text=True,
        )


@contextmanager
def generated_product(metadata: Path, base: Path, root: str) -> Iterator[Product]:
    """Import ``metadata``, generate it as package ``root`` under ``base`` and put it
    on ``sys.path`` while the context lasts."""
    result = import_api_docs(
        parse_api_docs(metadata.read_text(encoding="utf-8"), metadata.name)
    )
    write_result(base / "spec", result)
    # Generated files name the spec they came from; a path relative to ``base`` keeps
    # their text the same in every scratch folder, so the formatting cache serves a
    # repeated run instead of black formatting every file again.
    with chdir(base):
        (service,) = load_services(Path("spec"))
    files = render_services(
        (service,),
        Renderer(root_package=root),
        Formatter(PROJECT / ".cache" / "acsgen"),
    )
    write_files(base / root, files)
    sys.path.insert(0, str(base))
    try:
        yield Product(result, service, base, root)
    finally:
        sys.path.remove(str(base))
        for name in [m for m in sys.modules if m.split(".")[0] == root]:
            del sys.modules[name]


def needs_metadata(metadata: Path) -> pytest.MarkDecorator:
    """Skips a whole-product test module, saying why, where ``metadata`` is absent."""
    return pytest.mark.skipif(
        not metadata.is_file(),
        reason=f"{metadata} is absent: the whole-product tests need Alibaba's metadata",
    )


def product_fixture(metadata: Path, root: str) -> Any:
    """A module-scoped ``product`` fixture: ``metadata`` generated once per test module,
    as package ``root``."""

    @pytest.fixture(scope="module")
    def product(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Product]:
        with generated_product(
            metadata, tmp_path_factory.mktemp("product"), root
        ) as generated:
            yield generated

    return product
