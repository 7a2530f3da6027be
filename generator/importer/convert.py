"""The whole import, without touching the file system: api-docs in, spec files out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .apidocs import ApiDocs
from .names import assign_names
from .notes import Category, Note, Notes
from .operations import Context, OperationImporter, import_operation, spec_name
from .roa import PROTOCOL as ROA, RoaOperationImporter
from .service import (
    convert_shapes,
    make_resolver,
    product_code,
    service_document,
    shape_names,
)
from .yamlout import dump

SERVICE_NOTES = "service"
# The metadata's ``info.style``: the spec protocol and the importer of its operations.
_PROTOCOLS: dict[str, tuple[str, type[OperationImporter]]] = {
    "RPC": ("alibaba-rpc", OperationImporter),
    "ROA": (ROA, RoaOperationImporter),
}
_OPERATION_ORDER = (
    "name",
    "python_name",
    "title",
    "summary",
    "description",
    "deprecated",
    "input",
    "output",
    "shapes",
    "errors",
    "binding",
    "examples",
)


@dataclass
class ImportResult:
    """Files to write (relative path -> text), every note, and the operation counts."""

    folder: str
    files: dict[str, str] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _ordered_operation(operation: dict[str, Any]) -> dict[str, Any]:
    rank = {key: index for index, key in enumerate(_OPERATION_ORDER)}
    return {
        key: operation[key] for key in sorted(operation, key=lambda k: rank.get(k, 99))
    }


def _file_name(name: str, used: set[str]) -> str:
    """A file name that differs from the others even where case does not count."""
    candidate, suffix = name, 2
    while candidate.lower() in used:
        candidate, suffix = f"{name}-{suffix}", suffix + 1
    used.add(candidate.lower())
    return f"{candidate}.yaml"


def import_api_docs(docs: ApiDocs) -> ImportResult:
    product = product_code(docs.product)
    result = ImportResult(folder=f"{product}/{docs.version}")
    service_notes = Notes(SERVICE_NOTES)
    for key in docs.unread:
        service_notes.add(
            f"/{key}",
            Category.UNSUPPORTED_KEY,
            f"metadata key '{key}' has no equivalent in the spec; ignored",
        )
    protocol = _PROTOCOLS.get(docs.style.upper())
    if protocol is None:
        service_notes.add(
            "/info/style",
            Category.SERVICE,
            f"only RPC- and ROA-style products can be imported, not {docs.style!r}",
            fatal=True,
        )
        result.notes = service_notes.items
        result.skipped = [name for name, _ in docs.apis]
        return result
    shapes: dict[str, Any] = {}
    reserved = {
        f"{name}{suffix}"
        for name in map(spec_name, (raw for raw, _ in docs.apis))
        if name is not None
        for suffix in ("Request", "Response")
    }
    names = shape_names(docs.schemas, reserved)
    convert_shapes(docs.schemas, names, shapes, service_notes)
    protocol_name, importer = protocol
    context = Context(names, docs.schemas, make_resolver(shapes), importer)
    operations = [import_operation(name, api, context) for name, api in docs.apis]
    assign_names(shapes, operations, service_notes)
    service = service_document(docs, operations, shapes, service_notes, protocol_name)
    result.files["service.yaml"] = dump(service)
    result.notes.extend(service_notes.items)
    used: set[str] = set()
    for op in operations:
        result.notes.extend(op.notes.items)
        if op.document is None:
            result.skipped.append(op.name)
            continue
        result.imported.append(op.name)
        document = {"operation": _ordered_operation(op.document["operation"])}
        result.files[f"operations/{_file_name(op.name, used)}"] = dump(document)
    return result


__all__ = ["ImportResult", "import_api_docs"]
