"""OpenAPI 3.1 export of every service: ``openapi/<product>-<api_version>.json``.

Request and response schemas come from the JSON Schema target's builder
(``json_schema.operation_schemas``), the one code path both targets share; here named
shapes live in ``components/schemas`` next to ``<Operation>Request`` and
``<Operation>Response`` instead of in each document's ``$defs``, because OpenAPI tools
resolve ``$ref`` against the whole document.

An RPC API has one path, ``/``, and tells operations apart by the ``Action`` query
parameter, while OpenAPI keys operations by path. Each action therefore becomes the
path ``/?Action=<Action>``: the URL a client sends, with the operation's own parameters
merged into that query. The action is also in ``x-acs-action`` for tools that prefer it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..filters import to_json
from ..model import ErrorDefinition, Operation, Service
from ..model import HttpBinding, HttpParameter, ServiceBinding
from ..render import OutputFile, Renderer
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

MAPPING_NOTE = (
    "RPC actions are mapped to paths: every operation is sent as `POST /` (GET works"
    " too) with its action in the query, so the operation `X` is the path"
    " `/?Action=X`, and its parameters join that query. Lists sent comma-joined are"
    " `style: form, explode: false` parameters; JSON-encoded parameters use"
    " `content: application/json`; `Name.1.Key=v`-style parameters carry"
    " `x-acs-style: repeat_list` (or `flat`) with their schema. Requests are signed:"
    " see the security schemes."
)

V3_SECURITY = (
    "ACS3-HMAC-SHA256 (signature V3). Send `x-acs-action`, `x-acs-version`,"
    " `x-acs-date` (UTC `YYYY-MM-DDThh:mm:ssZ`), `x-acs-signature-nonce` (unique per"
    " request) and `x-acs-content-sha256` (hex SHA-256 of the body) headers, then"
    " `Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,"
    "Signature=<hex HMAC-SHA256 of the string to sign>`, where the canonical request is"
    " method, path, the RFC 3986-encoded sorted query, the signed headers and the payload"
    " hash, one per line. STS tokens go in `x-acs-security-token`."
)
V1_SECURITY = (
    "HMAC-SHA1 (signature v1). Add `AccessKeyId`, `Version`, `Format`,"
    " `SignatureMethod=HMAC-SHA1`, `SignatureVersion=1.0`, `SignatureNonce` and"
    " `Timestamp` to the query, sort it by RFC 3986-encoded key, sign"
    " `METHOD&%2F&<encoded canonical query>` with the key `<secret>&`, and add the"
    " base64 digest as `Signature`. STS tokens go in `SecurityToken`."
)

_ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _error_schema() -> JsonObject:
    return {
        "type": "object",
        "description": "The body of every error answer (HTTP 4xx and 5xx).",
        "properties": {name: {"type": "string"} for name in _ERROR_FIELDS},
        "required": ["Code"],
    }


def _parameter(
    parameter: HttpParameter, request_schema: str, description: str | None
) -> JsonObject:
    member = parameter.member
    reference = {
        "$ref": "#/components/schemas/"
        + _pointer(request_schema, "properties", member.wire_name)
    }
    result: JsonObject = {
        "name": parameter.wire_name,
        "in": "query",
        "required": member.required,
    }
    if description:
        result["description"] = description
    if parameter.style == "json":
        result["content"] = {"application/json": {"schema": reference}}
        return result
    result["schema"] = reference
    if parameter.style == "comma":
        result.update(style="form", explode=False)
    elif parameter.style in ("repeat_list", "flat"):
        result["x-acs-style"] = parameter.style
    if member.example is not None:
        result["example"] = member.example
    return result


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
        if error.retryable:
            entry["retryable"] = True
        table.append(entry)
    return table


def _add_example(response: JsonObject, fmt: str, name: str, body: str) -> None:
    """A documented body under its media type: JSON as data, XML as its text."""
    media = "application/json" if fmt == "json" else "application/xml"
    value = json.loads(body) if fmt == "json" else body
    response["content"][media].setdefault("examples", {})[name] = {"value": value}


def _responses(operation: Operation, response_schema: str) -> JsonObject:
    reference = {"$ref": f"#/components/schemas/{response_schema}"}
    success: JsonObject = {
        "description": f"The {operation.name} answer, in the format `Format` asks for.",
        "content": {
            "application/json": {"schema": reference},
            "application/xml": {"schema": reference},
        },
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
                    "application/json": {"schema": error_reference},
                    "application/xml": {"schema": error_reference},
                },
            },
        )
        _add_example(answer, error.format, error.name, error.body)
    responses["default"] = {
        "description": "An error answer: see `x-acs-errors` for the codes.",
        "content": {
            "application/json": {"schema": error_reference},
            "application/xml": {"schema": error_reference},
        },
    }
    return responses


def _operation(
    service: Service, operation: Operation, schemas: JsonObject, builder: SchemaBuilder
) -> tuple[str, str, JsonObject]:
    binding = operation.binding
    service_binding = service.binding
    assert isinstance(binding, HttpBinding)
    assert isinstance(service_binding, ServiceBinding)
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
    entry["x-acs-action"] = binding.name
    entry["parameters"] = [
        {"$ref": "#/components/parameters/Format"},
        *(
            _parameter(
                parameter,
                request_schema,
                english_and_chinese(parameter.member.description),
            )
            for parameter in binding.parameters
        ),
    ]
    entry["responses"] = _responses(operation, response_schema)
    errors = _errors_table(operation.errors)
    if errors:
        entry["x-acs-errors"] = errors
    if operation.debug_url:
        entry["externalDocs"] = {"url": operation.debug_url}
    method = (binding.method).lower()
    return f"/?Action={binding.name}", method, entry


def service_document(service: Service) -> JsonObject:
    """The OpenAPI 3.1 document of one service, as plain JSON data."""
    service_binding = service.binding
    assert isinstance(service_binding, ServiceBinding)
    endpoints = service.endpoints
    hosts = [endpoints.global_host]
    if endpoints.regional_host:
        hosts += [
            endpoints.regional_host.replace("{region_id}", region)
            for region in endpoints.regions
        ]
    schemas: JsonObject = {ERROR_SCHEMA: _error_schema()}
    builder = SchemaBuilder(ref_prefix="#/components/schemas/")
    paths: JsonObject = {}
    for operation in service.operations:
        path, method, entry = _operation(service, operation, schemas, builder)
        paths[path] = {method: entry}
    for name, schema in builder.sorted_defs().items():
        # Class names are unique per service, so shapes never meet operation schemas.
        assert name not in schemas, f"schema name {name} used twice"
        schemas[name] = schema
    info: JsonObject = {
        "title": title_text(service.title) or service.product,
        "version": service.api_version,
        "description": "\n\n".join(
            part
            for part in (english_and_chinese(service.summary), MAPPING_NOTE)
            if part
        ),
        "x-acs-product": service.product,
    }
    security_schemes = {
        "AcsSignatureV3": {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": V3_SECURITY,
        },
        "AcsSignatureV1": {
            "type": "apiKey",
            "in": "query",
            "name": "Signature",
            "description": V1_SECURITY,
        },
    }
    formats = [fmt.upper() for fmt in service_binding.response_formats]
    return {
        "openapi": OPENAPI_VERSION,
        "jsonSchemaDialect": DIALECT,
        "info": info,
        "servers": [
            {
                "url": f"{service_binding.schemes[0]}://{{endpoint}}",
                "description": "The global endpoint or a regional one.",
                "variables": {
                    "endpoint": {"default": endpoints.global_host, "enum": hosts}
                },
            }
        ],
        "security": [
            {name: []}
            for name in (
                "AcsSignatureV3" if version == "v3" else "AcsSignatureV1"
                for version in reversed(sorted(service_binding.auth_schemes))
            )
        ],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": {
                "Format": {
                    "name": "Format",
                    "in": "query",
                    "required": False,
                    "description": "The format of the answer.",
                    "schema": {
                        "type": "string",
                        "enum": formats,
                        "default": service_binding.default_response_format.upper(),
                    },
                }
            },
            "securitySchemes": security_schemes,
        },
        "x-acs-errors": _errors_table(service.errors),
    }


def document_name(service: Service) -> str:
    return f"openapi/{service.product}-{service.api_version}.json"


def render(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
    files: list[OutputFile] = []
    for service in services:
        if service.protocol != "alibaba-rpc":
            continue  # the path mapping above is the RPC binding's
        text = to_json(service_document(service), indent=2)
        files.append(OutputFile(document_name(service), text + "\n"))
    return files
