"""Import runtime and mock sources straight from templates/, laid out as a generated
package (``<package>._runtime``, ``<package>._mock``) so their relative imports resolve.

Runtime pieces that no generated package copies yet (or copies only for some protocol)
are tested this way, on the very files ``make generate`` copies verbatim.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from types import ModuleType

TEMPLATES = Path(__file__).resolve().parents[2] / "templates" / "python"
PACKAGE = "template_package"
_SUBPACKAGES = {"_runtime": TEMPLATES / "runtime", "_mock": TEMPLATES / "mock"}


def _install() -> None:
    if PACKAGE in sys.modules:
        return
    root = types.ModuleType(PACKAGE)
    root.__path__ = []
    sys.modules[PACKAGE] = root
    for name, folder in _SUBPACKAGES.items():
        qualified = f"{PACKAGE}.{name}"
        spec = importlib.util.spec_from_file_location(
            qualified, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        spec.loader.exec_module(module)
        setattr(root, name, module)


def runtime_module(name: str) -> ModuleType:
    """``templates/python/runtime/<name>.py``, imported as ``_runtime.<name>``."""
    _install()
    return importlib.import_module(f"{PACKAGE}._runtime.{name}")


def mock_module(name: str) -> ModuleType:
    """``templates/python/mock/<name>.py``, imported as ``_mock.<name>``."""
    _install()
    return importlib.import_module(f"{PACKAGE}._mock.{name}")
