"""Alibaba RPC in OpenAPI 3.1.

An RPC API has one path, ``/``, and tells operations apart by the ``Action`` query
parameter, while OpenAPI keys operations by path. Each action therefore becomes the
path ``/?Action=<Action>``: the URL a client sends, with the operation's own parameters
merged into that query. The action is also in ``x-acs-action`` for tools that prefer it.
"""

from __future__ import annotations

from typing import Any

from ....model import HttpParameter, Operation, Service
from ....protocols.alibaba_rpc import is_anonymous
from ...facets import OpenApiParts
from ...json_schema import JsonObject, english_and_chinese

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


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


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


class RpcOpenApi:
    """The Alibaba RPC facet of the OpenAPI target."""

    def operation_entry(
        self,
        service: Service,
        operation: Operation,
        request_schema: str,
        entry: dict[str, Any],
    ) -> tuple[str, str]:
        binding = operation.binding
        entry["x-acs-action"] = binding.name
        if is_anonymous(binding):
            entry["security"] = []  # sent unsigned: the request proves its caller
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
        return f"/?Action={binding.name}", binding.method.lower()

    def document_parts(self, service: Service) -> OpenApiParts:
        binding = service.binding
        endpoints = service.endpoints
        hosts = endpoints.public_hosts()
        formats = [fmt.upper() for fmt in binding.response_formats]
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
                    "AcsSignatureV3" if version == "v3" else "AcsSignatureV1"
                    for version in reversed(sorted(binding.auth_schemes))
                )
            ],
            parameters={
                "Format": {
                    "name": "Format",
                    "in": "query",
                    "required": False,
                    "description": "The format of the answer.",
                    "schema": {
                        "type": "string",
                        "enum": formats,
                        "default": binding.default_response_format.upper(),
                    },
                }
            },
            security_schemes={
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
            },
        )
