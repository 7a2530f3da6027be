"""JSON Schema files inside each generated package, and the module that loads them.

``<package>/schemas/<Operation>.request.json`` and ``.response.json`` hold the documents
``json_schema.operation_schemas`` builds; the bytes depend only on the spec (IR order,
two-space indent, UTF-8 text kept as it is, a final newline).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..filters import py_str, to_json
from ..model import Service
from . import layout
from ..render import OutputFile, Renderer
from .json_schema import (
    CONTENT_NOTE,
    MAX_BYTES,
    PARTS,
    operation_schemas,
    schema_file_name,
)


def schema_text(schema: object) -> str:
    return to_json(schema, indent=2) + "\n"


def _render_service(service: Service, renderer: Renderer) -> Iterator[OutputFile]:
    folder = f"{service.package}/schemas"
    for operation in service.operations:
        for part, schema in zip(PARTS, operation_schemas(operation)):
            yield OutputFile(
                f"{folder}/{schema_file_name(operation, part)}", schema_text(schema)
            )
    context = {
        "service": service,
        "operations": service.operations,
        "parts": PARTS,
        "operations_lines": layout.collection(
            "OPERATIONS: tuple[str, ...] = (",
            [py_str(operation.name) for operation in service.operations],
            ")",
            one_tuple=True,
        ),
        "max_bytes_keyword": MAX_BYTES,
        "content_note": CONTENT_NOTE,
        "package_path": f"{renderer.root_package}.{service.package}",
    }
    yield OutputFile(
        f"{folder}/__init__.py",
        renderer.render("schema/package_init.py.j2", **context),
    )
    yield OutputFile(
        f"{folder}/README.md", renderer.render("schema/README.md.j2", **context)
    )


def render(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
    for service in services:
        yield from _render_service(service, renderer)
