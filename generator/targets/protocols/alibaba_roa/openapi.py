"""Alibaba ROA in OpenAPI 3.1: each operation at its own method and path.

Path, query and header parameters map onto OpenAPI parameters (lists and objects in the
query are JSON text unless their style says otherwise); body fields become the
properties of a JSON (or form) request body; a payload member is the whole body.
"""

from __future__ import annotations

from typing import Any

from ....model import HttpParameter, Operation, Service
from ...facets import OpenApiParts
from ...json_schema import JsonObject, english_and_chinese
from ..alibaba_rpc.openapi import V3_SECURITY

MAPPING_NOTE = (
    "ROA operations are REST calls: each has its own method and path, with the action"
    " and API version in the `x-acs-action` and `x-acs-version` headers. Path values"
    " are percent-encoded (RFC 3986, `/` included); lists and objects in the query"
    " travel as JSON text (`content: application/json`) unless they carry `style`."
    " Requests are signed: see the security schemes."
)

V1_SECURITY = (
    "Legacy ROA signature (HMAC-SHA1). Send `date` (RFC 1123), `accept`,"
    " `x-acs-signature-method: HMAC-SHA1`, `x-acs-signature-version: 1.0`,"
    " `x-acs-signature-nonce`, `x-acs-version` and `x-acs-action` headers; sign"
    " `METHOD\\naccept\\ncontent-md5\\ncontent-type\\ndate\\n` + every `x-acs-*` header"
    " as `name:value\\n` (sorted) + the encoded path and the sorted, unencoded query,"
    " with HMAC-SHA1 keyed by the secret; send `Authorization: acs"
    " <AccessKeyId>:<base64 signature>`. STS tokens go in `x-acs-security-token`."
)

_MEDIA = {"json": "application/json", "form": "application/x-www-form-urlencoded"}


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _reference(request_schema: str, parameter: HttpParameter) -> JsonObject:
    return {
        "$ref": "#/components/schemas/"
        + _pointer(request_schema, "properties", parameter.member.wire_name)
    }


def _parameter(parameter: HttpParameter, request_schema: str) -> JsonObject:
    member = parameter.member
    result: JsonObject = {
        "name": parameter.wire_name,
        "in": parameter.location,
        "required": member.required or parameter.location == "path",
    }
    description = english_and_chinese(member.description)
    if description:
        result["description"] = description
    reference = _reference(request_schema, parameter)
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


class RoaOpenApi:
    """The Alibaba ROA facet of the OpenAPI target."""

    def operation_entry(
        self,
        service: Service,
        operation: Operation,
        request_schema: str,
        entry: dict[str, Any],
    ) -> tuple[str, str]:
        binding = operation.binding
        entry["x-acs-action"] = binding.name
        entry["parameters"] = [
            _parameter(parameter, request_schema)
            for parameter in binding.located("path", "query", "header")
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
        return binding.path, binding.method.lower()

    def document_parts(self, service: Service) -> OpenApiParts:
        binding = service.binding
        endpoints = service.endpoints
        hosts = endpoints.public_hosts()
        return OpenApiParts(
            note=MAPPING_NOTE,
            servers=[
                {
                    "url": f"{binding.schemes[0]}://{{endpoint}}",
                    "description": "The global endpoint or a regional one.",
                    "variables": {
                        "endpoint": {"default": endpoints.global_host, "enum": hosts}
                    },
                }
            ],
            security=[
                {name: []}
                for name in (
                    "AcsSignatureV3" if version == "v3" else "AcsRoaSignatureV1"
                    for version in reversed(sorted(binding.auth_schemes))
                )
            ],
            security_schemes={
                "AcsSignatureV3": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": V3_SECURITY,
                },
                "AcsRoaSignatureV1": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": V1_SECURITY,
                },
            },
        )
