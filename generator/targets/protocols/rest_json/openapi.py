"""REST/JSON in OpenAPI 3.1: the binding is OpenAPI's own model, so each parameter
keeps its location, ``style`` and ``explode``, and the security schemes are OpenAPI's.
"""

from __future__ import annotations

import json
from typing import Any

from ....model import HttpParameter, Operation, Service
from ....protocols.rest_json import SecurityScheme
from ...facets import OpenApiParts
from ...json_schema import JsonObject, SchemaBuilder, english_and_chinese
from .example_tests import status_key
from .python import full_path, operation_details, service_details

MAPPING_NOTE = (
    "Plain REST: each operation has its own method and path; parameters follow"
    " OpenAPI's `style` and `explode`; bodies and answers are JSON."
)
_MEDIA = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "multipart": "multipart/form-data",
}


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _reference(request_schema: str, parameter: HttpParameter) -> JsonObject:
    return {
        "$ref": "#/components/schemas/"
        + _pointer(request_schema, "properties", parameter.member.wire_name)
    }


def _parameter(
    parameter: HttpParameter, explode: bool, request_schema: str
) -> JsonObject:
    member = parameter.member
    result: JsonObject = {
        "name": parameter.wire_name,
        "in": parameter.location,
        "required": member.required or parameter.location == "path",
        "style": parameter.style,
        "explode": explode,
        "schema": _reference(request_schema, parameter),
    }
    description = english_and_chinese(member.description)
    if description:
        result["description"] = description
    if member.example is not None:
        result["example"] = member.example
    return result


def security_scheme(scheme: SecurityScheme) -> JsonObject:
    if scheme.type in ("bearer", "basic"):
        return {"type": "http", "scheme": scheme.type}
    return {"type": "apiKey", "in": scheme.location, "name": scheme.parameter}


class RestOpenApi:
    """The REST/JSON facet of the OpenAPI target."""

    def responses(
        self,
        service: Service,
        operation: Operation,
        responses: dict[str, Any],
        builder: SchemaBuilder,
    ) -> dict[str, Any]:
        """The success answer under its status, and one answer per error entry with
        its model's schema and documented examples (instead of Alibaba's error body)."""
        details = operation_details(operation)
        success = responses["200"]
        if not operation.output.members:
            success.pop("content", None)
        result: dict[str, Any] = {str(details.success_status): success}
        for error in details.errors:
            answer: dict[str, Any] = {
                "description": f"An error answer ({error.status})."
            }
            shape = next(
                (s for s in service.shared_shapes if s.name == error.shape), None
            )
            if shape is not None:
                answer["content"] = {
                    "application/json": {"schema": builder.shape(shape)}
                }
            result[error.status] = answer
        declared = [error.status for error in details.errors]
        for example in operation.examples.errors:
            key = status_key(example.http_status, declared)
            content = result.get(key or "", {}).get("content", {})
            if "application/json" in content:
                examples = content["application/json"].setdefault("examples", {})
                examples[example.name] = {"value": json.loads(example.body)}
        return result

    def operation_entry(
        self,
        service: Service,
        operation: Operation,
        request_schema: str,
        entry: dict[str, Any],
    ) -> tuple[str, str]:
        binding = operation.binding
        details = operation_details(operation)
        entry["parameters"] = [
            _parameter(p, details.explodes(p.wire_name), request_schema)
            for p in binding.located("path", "query", "header", "cookie")
        ]
        entry["security"] = [
            {scheme.name: [] for scheme in requirement}
            for requirement in details.requirements
        ]
        media = _MEDIA[binding.body_format or "json"]
        payload = binding.located("payload")
        fields = binding.located("body")
        if payload:
            entry["requestBody"] = {
                "required": payload[0].member.required,
                "content": {media: {"schema": _reference(request_schema, payload[0])}},
            }
        elif fields:
            entry["requestBody"] = {
                "required": any(p.member.required for p in fields),
                "content": {
                    media: {
                        "schema": {
                            "type": "object",
                            "properties": {
                                p.wire_name: _reference(request_schema, p)
                                for p in fields
                            },
                            "required": [
                                p.wire_name for p in fields if p.member.required
                            ],
                        }
                    }
                },
            }
        fixed = "&".join(f"{c.name}={c.value}" for c in binding.constants)
        path = full_path(service, operation) + (f"?{fixed}" if fixed else "")
        return path, binding.method.lower()

    def document_parts(self, service: Service) -> OpenApiParts:
        details = service_details(service)
        scheme = service.binding.schemes[0]
        return OpenApiParts(
            note=MAPPING_NOTE,
            servers=[{"url": f"{scheme}://{service.endpoints.global_host}"}],
            security=[{s.name: []} for s in details.security],
            security_schemes={s.name: security_scheme(s) for s in details.security},
        )
