"""The generated clients' runtime, imported by the generator itself.

Some rules must mean the same thing when the generator checks a spec and when a client
reads an answer (how Alibaba XML becomes data, above all). Rather than writing them
twice, the generator imports the very files it copies into every generated package,
as a private package of its own.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import cache
from types import ModuleType

from .render import TEMPLATES_DIR

RUNTIME_DIR = TEMPLATES_DIR / "python" / "runtime"
_PACKAGE = "_acsgen_runtime"


@cache
def runtime_module(name: str) -> ModuleType:
    """``runtime_module("xml_decode")``: that runtime module, loaded once."""
    if _PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            _PACKAGE,
            RUNTIME_DIR / "__init__.py",
            submodule_search_locations=[str(RUNTIME_DIR)],
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules[_PACKAGE] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{_PACKAGE}.{name}")
