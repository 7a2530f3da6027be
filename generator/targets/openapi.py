"""OpenAPI 3.1 export of every service: ``openapi/<product>-<api_version>.json``.

Request and response schemas come from the JSON Schema target's builder
(``json_schema.operation_schemas``), the one code path both targets share; here named
shapes live in ``components/schemas`` next to ``<Operation>Request`` and
``<Operation>Response`` instead of in each document's ``$defs``, because OpenAPI tools
resolve ``$ref`` against the whole document.

Where an operation sits in ``paths``, its parameters and body, the servers and the
security schemes are the protocol's (its OpenAPI facet); the rest is shared.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..model import ErrorDefinition, Operation, Service
from ..output_file import OutputFile, StreamedFile
from ..render import Renderer
from .facets import OpenApiFacet
from ..sent_shapes import named_shapes
from .json_schema import (
    DIALECT,
    JsonObject,
    SchemaBuilder,
    english_and_chinese,
    operation_schemas,
    title_text,
)

OPENAPI_VERSION = "3.1.0"
ERROR_SCHEMA = "AlibabaError"

_ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")


def _error_schema() -> JsonObject:
    return {
        "type": "object",
        "description": "The body of every error answer (HTTP 4xx and 5xx).",
        "properties": {name: {"type": "string"} for name in _ERROR_FIELDS},
        "required": ["Code"],
    }


def _errors_table(errors: Sequence[ErrorDefinition]) -> list[JsonObject]:
    table: list[JsonObject] = []
    for error in errors:
        entry: JsonObject = {"code": error.code}
        if error.http_status is not None:
            entry["httpStatus"] = error.http_status
        if error.message:
            entry["message"] = error.message
        description = english_and_chinese(error.description)
        if description:
            entry["description"] = description
        if error.retryable is not None:
            entry["retryable"] = error.retryable
        table.append(entry)
    return table


def _add_example(response: JsonObject, fmt: str, name: str, body: str) -> None:
    """A documented body under its media type: JSON as data, XML as its text."""
    media = "application/json" if fmt == "json" else "application/xml"
    value = json.loads(body) if fmt == "json" else body
    response["content"][media].setdefault("examples", {})[name] = {"value": value}


_MEDIA_TYPES = {"json": "application/json", "xml": "application/xml"}


def _responses(
    service: Service, operation: Operation, response_schema: str
) -> JsonObject:
    media_types = [_MEDIA_TYPES[fmt] for fmt in service.binding.response_formats]
    payload = operation.binding.response_payload
    reference = {
        "$ref": f"#/components/schemas/{response_schema}"
        + (f"/properties/{payload}" if payload else "")
    }
    success: JsonObject = {
        "description": (
            f"The {operation.name} answer, in the format `Format` asks for."
            if len(media_types) > 1
            else f"The {operation.name} answer."
        ),
        "content": {media: {"schema": reference} for media in media_types},
    }
    for example in operation.examples.responses:
        _add_example(success, example.format, example.name, example.body)
    responses: JsonObject = {"200": success}
    error_reference = {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}
    for error in operation.examples.errors:
        status = str(error.http_status)
        answer = responses.setdefault(
            status,
            {
                "description": f"An error answer (HTTP {status}).",
                "content": {
                    media: {"schema": error_reference}
                    for media in (*media_types, "application/xml")
                    if media in media_types or error.format == "xml"
                },
            },
        )
        _add_example(answer, error.format, error.name, error.body)
    responses["default"] = {
        "description": "An error answer: see `x-acs-errors` for the codes.",
        "content": {media: {"schema": error_reference} for media in media_types},
    }
    return responses


def _operation(
    service: Service,
    operation: Operation,
    schemas: JsonObject,
    builder: SchemaBuilder,
    protocol: OpenApiFacet,
) -> tuple[str, str, JsonObject]:
    request_schema, response_schema = (
        f"{operation.name}Request",
        f"{operation.name}Response",
    )
    request, response = operation_schemas(operation, builder)
    schemas[request_schema] = request
    schemas[response_schema] = response
    entry: JsonObject = {"operationId": operation.name}
    summary = title_text(operation.title)
    if summary:
        entry["summary"] = summary
    description = "\n\n".join(
        part
        for part in (
            english_and_chinese(operation.summary),
            english_and_chinese(operation.description),
        )
        if part
    )
    if description:
        entry["description"] = description
    if operation.deprecated:
        entry["deprecated"] = True
    path, method = protocol.operation_entry(service, operation, request_schema, entry)
    entry["responses"] = _responses(service, operation, response_schema)
    # A protocol that tells answers apart by status describes them itself.
    rewrite = getattr(protocol, "responses", None)
    if rewrite is not None:
        entry["responses"] = rewrite(service, operation, entry["responses"], builder)
    errors = _errors_table(operation.errors)
    if errors:
        entry["x-acs-errors"] = errors
    if operation.debug_url:
        entry["externalDocs"] = {"url": operation.debug_url}
    return path, method, entry


class _Document:
    """The OpenAPI document of one service, made member by member: the document of a
    catalog's product is megabytes of JSON data, so it is written as it is made and
    never held whole (``document_pieces``); ``service_document`` gathers it instead."""

    def __init__(self, service: Service) -> None:
        from ..plugins import facet, plugin_for

        self.service = service
        self.protocol = facet(service, "OpenAPI", plugin_for(service).openapi)
        received = frozenset(
            name
            for operation in service.operations
            for name in named_shapes(operation.output)
        )
        self.builder = SchemaBuilder(
            ref_prefix="#/components/schemas/", sent_suffix=".sent", received=received
        )
        # Each path's operations, in the order they first reach it. Making every
        # entry once, in order, also leaves every named shape in the builder as
        # a document made in one go would; entries are made again as written.
        self.paths: dict[str, list[Operation]] = {}
        self.operation_schemas: set[str] = set()
        for operation in service.operations:
            scratch: JsonObject = {}
            path, _, _ = _operation(
                service, operation, scratch, self.builder, self.protocol
            )
            self.paths.setdefault(path, []).append(operation)
            self.operation_schemas.update(scratch)

    def members(self) -> Iterator[tuple[str, Any]]:
        """The document's members; ``paths`` and ``components`` as _Members."""
        service = self.service
        parts = self.protocol.document_parts(service)
        info: JsonObject = {
            "title": title_text(service.title) or service.product,
            "version": service.api_version,
            "description": "\n\n".join(
                part
                for part in (english_and_chinese(service.summary), parts.note)
                if part
            ),
            "x-acs-product": service.product,
        }
        components: list[tuple[str, Any]] = [("schemas", _Members(self._schemas))]
        if parts.parameters:
            components.append(("parameters", parts.parameters))
        components.append(("securitySchemes", parts.security_schemes))
        yield "openapi", OPENAPI_VERSION
        yield "jsonSchemaDialect", DIALECT
        yield "info", info
        yield "servers", parts.servers
        yield "security", parts.security
        yield "paths", _Members(self._paths)
        yield "components", _Members(lambda: iter(components))
        yield "x-acs-errors", _errors_table(service.errors)

    def _paths(self) -> Iterator[tuple[str, Any]]:
        for path, operations in self.paths.items():
            methods: JsonObject = {}
            for operation in operations:
                _, method, entry = _operation(
                    self.service, operation, {}, self.builder, self.protocol
                )
                methods[method] = entry
            yield path, methods

    def _schemas(self) -> Iterator[tuple[str, Any]]:
        yield ERROR_SCHEMA, _error_schema()
        for operation in self.service.operations:
            request, response = operation_schemas(operation, self.builder)
            yield f"{operation.name}Request", request
            yield f"{operation.name}Response", response
        for name, schema in self.builder.sorted_defs().items():
            # Class names are unique per service, so shapes never meet operation schemas.
            assert name not in self.operation_schemas, f"schema name {name} used twice"
            yield name, schema


class _Members:
    """A JSON object whose members are made as they are written."""

    def __init__(self, members: Callable[[], Iterator[tuple[str, Any]]]) -> None:
        self.members = members


def _gathered(members: Iterable[tuple[str, Any]]) -> JsonObject:
    return {
        key: _gathered(value.members()) if isinstance(value, _Members) else value
        for key, value in members
    }


def service_document(service: Service) -> JsonObject:
    """The OpenAPI 3.1 document of one service, as plain JSON data."""
    return _gathered(_Document(service).members())


def document_name(service: Service) -> str:
    return f"openapi/{service.product}-{service.api_version}.json"


# Pieces of the document handed on at a time, at least (in characters): the encoder's
# own tokens are a few characters each, too small to write or hash one by one.
_PIECE_CHARS = 1 << 16
_INDENT = "  "


def _object_tokens(
    members: Iterable[tuple[str, Any]], encoder: json.JSONEncoder, level: int
) -> Iterator[str]:
    """``members`` as ``json.dumps(..., indent=2)`` writes an object at ``level``."""
    inner = "\n" + _INDENT * (level + 1)
    empty = True
    for key, value in members:
        yield ("{" if empty else ",") + inner + encoder.encode(key) + ": "
        empty = False
        if isinstance(value, _Members):
            yield from _object_tokens(value.members(), encoder, level + 1)
            continue
        # The encoder writes a value as if at the top; every line break in its
        # output is one of its own (strings escape theirs), so it takes this indent.
        for token in encoder.iterencode(value):
            yield token.replace("\n", inner) if "\n" in token else token
    yield "{}" if empty else "\n" + _INDENT * level + "}"


def document_pieces(service: Service) -> Iterator[str]:
    """The document as ``to_json(..., indent=2)`` writes it, plus a newline, in pieces.

    The document is made member by member while the pieces are written, so neither
    the text of a catalog-sized document (megabytes, twice that in memory for Chinese
    text) nor its data is held whole: only one path's or schema's data at a time."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)
    waiting: list[str] = []
    count = 0
    for token in _object_tokens(_Document(service).members(), encoder, 0):
        waiting.append(token)
        count += len(token)
        if count >= _PIECE_CHARS:
            yield "".join(waiting)
            waiting, count = [], 0
    waiting.append("\n")
    yield "".join(waiting)


def render(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
    for service in services:
        yield StreamedFile(
            document_name(service), functools.partial(document_pieces, service)
        )
