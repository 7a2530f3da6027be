"""A package generated at test time from ``facets_spec/``: one operation using every facet
the spec format has, so validators are tested on rules the VOD spec does not use."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.formatting import Formatter
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.render import Renderer

FACETS_SPEC = Path(__file__).resolve().parent / "facets_spec"
FACETS_ROOT = "facets_generated"


@pytest.fixture(scope="session")
def facets_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Import name of the generated facets package (``facets_generated.facets``)."""
    folder = tmp_path_factory.mktemp("facets")
    services = load_services(FACETS_SPEC)
    files = render_services(
        services, Renderer(root_package=FACETS_ROOT), Formatter(cache_dir=None)
    )
    write_files(folder / FACETS_ROOT, files)
    sys.path.insert(0, str(folder))
    try:
        yield f"{FACETS_ROOT}.facets"
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n.split(".")[0] == FACETS_ROOT]:
            del sys.modules[name]


@pytest.fixture(scope="session")
def facets_validators(facets_package: str) -> ModuleType:
    return importlib.import_module(f"{facets_package}.validators.check_facets")


@pytest.fixture(scope="session")
def facets_schemas(facets_package: str) -> ModuleType:
    return importlib.import_module(f"{facets_package}.schemas")
