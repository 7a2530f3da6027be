"""Every check a spec must pass before it becomes a model, reported all at once.

Stage one applies the meta-schema (and each protocol's binding schema). Stage two checks
what a schema cannot say: references, names, facets that fit their type, and examples that
match their declared shapes. Both stages are written to keep going after a problem, so a
spec author sees every problem of every file in one run.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import naming
from .diagnostics import Diagnostic, SourcePosition
from .load import LoadedFile, load_file
from .metaschema import spec_schema
from .paths import RESERVED_TOP_LEVEL
from .schema_check import check_against_schema
from .spec_checks.common import ServiceFiles, mapping as _mapping
from .spec_checks.notes import notes
from .spec_checks.service import ServiceChecker
from .spec_checks.shapes import KIND_FACETS, KIND_FORMATS

__all__ = ["KIND_FACETS", "KIND_FORMATS", "ServiceFiles", "SpecTree", "load_tree"]


@dataclass
class SpecTree:
    services: list[ServiceFiles]
    diagnostics: list[Diagnostic]
    # What lint says without failing: where the output makes up what a spec left out.
    notes: list[Diagnostic] = field(default_factory=list)


def _display_path(file_path: Path) -> str:
    try:
        return str(file_path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(file_path)


def _spec_files(spec_dir: Path) -> list[Path]:
    found = [*spec_dir.rglob("*.yaml"), *spec_dir.rglob("*.yml")]
    return sorted(path for path in found if path.is_file())


def load_tree(spec_dir: Path) -> SpecTree:
    """Load every YAML file under ``spec_dir`` and check it; never raises for bad input."""
    diagnostics: list[Diagnostic] = []
    if not spec_dir.is_dir():
        position = SourcePosition(_display_path(spec_dir), 1, 1)
        return SpecTree([], [Diagnostic(position, "spec folder not found")])
    services: dict[Path, ServiceFiles] = {}
    operations: list[tuple[Path, LoadedFile]] = []
    strings: dict[str, str] = {}
    for file_path in _spec_files(spec_dir):
        loaded, problems_found = load_file(file_path, _display_path(file_path), strings)
        diagnostics.extend(problems_found)
        if loaded is None:
            continue
        diagnostics.extend(check_against_schema(loaded, loaded.data, spec_schema()))
        if not isinstance(loaded.data, dict):
            continue
        if "service" in loaded.data:
            services[file_path.parent] = ServiceFiles(loaded)
        elif "operation" in loaded.data:
            loaded.pack()
            operations.append((file_path, loaded))
    for file_path, loaded in operations:
        owner = next(
            (services[folder] for folder in file_path.parents if folder in services),
            None,
        )
        if owner is None:
            diagnostics.append(
                Diagnostic(
                    loaded.position(()),
                    "operation file has no service.yaml in its folder or any parent folder",
                )
            )
            continue
        owner.operations.append(loaded)
    if not services and not diagnostics:
        position = SourcePosition(_display_path(spec_dir), 1, 1)
        diagnostics.append(Diagnostic(position, "no service file found"))
    del strings  # the files share their strings; the table is no longer needed
    tree = SpecTree([services[key] for key in sorted(services)], diagnostics)
    diagnostics.extend(_check_distinct_services(tree.services))
    for service_files in tree.services:
        diagnostics.extend(ServiceChecker(service_files).run())
    tree.notes.extend(notes(tree.services))
    return tree


def _check_distinct_services(services: list[ServiceFiles]) -> Iterator[Diagnostic]:
    """Each service owns its product's and its package's folders in the output."""
    claimed: dict[tuple[str, str], SourcePosition] = {}
    for files in services:
        service = _mapping(_mapping(files.service.data).get("service"))
        product = service.get("product")
        package = service.get("package") or (
            naming.make_safe(product) if isinstance(product, str) else None
        )
        for key, value in (("product", product), ("package", package)):
            if not isinstance(value, str):
                continue
            where = ("service", key) if key in service else ("service", "product")
            position = files.service.position(where)
            first = claimed.get((key, value))
            if first is not None:
                yield Diagnostic(
                    position,
                    f"{key} '{value}' is already the {key} of the service at {first};"
                    " each service needs its own",
                )
                continue
            claimed[(key, value)] = position
            if value in RESERVED_TOP_LEVEL:
                yield Diagnostic(
                    position,
                    f"{key} '{value}' is the name of a folder the generator writes"
                    f" for every service ({', '.join(sorted(RESERVED_TOP_LEVEL))})",
                )
            elif key == "package" and (
                keyword.iskeyword(value) or value.startswith("_")
            ):
                yield Diagnostic(
                    position,
                    f"package '{value}' cannot be imported as a Python package name",
                )
