"""A spec folder generated into a scratch folder and importable while a test uses it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.formatting import Formatter
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.render import Renderer


@contextmanager
def importable_package(spec: Path, root: str, base: Path) -> Iterator[Path]:
    """Generate ``spec`` into ``base/root`` with ``root`` as its import root; ``root``
    imports until the block ends, and its modules are forgotten afterwards."""
    files = render_services(
        load_services(spec), Renderer(root_package=root), Formatter(None, 1)
    )
    write_files(base / root, files)
    sys.path.insert(0, str(base))
    try:
        yield base
    finally:
        sys.path.remove(str(base))
        for name in [m for m in sys.modules if m.split(".")[0] == root]:
            del sys.modules[name]
