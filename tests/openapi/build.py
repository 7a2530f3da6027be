"""Import an OpenAPI document, generate its package into a scratch folder, and load it."""

from __future__ import annotations

import importlib
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from generator.formatting import Formatter
from generator.importer.convert import ImportResult
from generator.importer.files import write_result
from generator.importer.openapi import OPENAPI_HEADER, import_openapi
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.render import Renderer

DOCUMENTS = Path(__file__).resolve().parent / "documents"


@dataclass
class Built:
    result: ImportResult
    out: Path
    root: str
    package: str

    def module(self, name: str = "") -> ModuleType:
        dotted = f"{self.root}.{self.package}" + (f".{name}" if name else "")
        return importlib.import_module(dotted)

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", *command],
            cwd=self.out,
            capture_output=True,
            text=True,
            timeout=600,
        )

    def unload(self) -> None:
        sys.path.remove(str(self.out))
        for name in [m for m in sys.modules if m.split(".")[0] == self.root]:
            del sys.modules[name]


def build(document: Path, scratch: Path, root: str) -> Built:
    result = import_openapi(document)
    spec = scratch / "spec"
    write_result(spec, result, OPENAPI_HEADER)
    services = load_services(spec)
    files = render_services(services, Renderer(root_package=root), Formatter(None, 1))
    write_files(scratch / root, files)
    sys.path.insert(0, str(scratch))
    return Built(result, scratch, root, services[0].package)
