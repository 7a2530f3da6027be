"""Alibaba Cloud ROA (RESTful): a method and path per operation, parameters in the path,
query, headers or a JSON/form body, JSON answers, signature V3 or the legacy HMAC-SHA1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..load import NodePath
from ..model import (
    HttpBinding,
    HttpConstant,
    HttpParameter,
    Location,
    Operation,
    ProtocolDetails,
    ServiceBinding,
)
from .alibaba_rpc import STYLES, style_problem
from .base import Reporter

# ``{Name}`` in a path template; names are wire names of path members.
PATH_VARIABLE = re.compile(r"\{([^{}]*)\}")
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
_PATH_TEMPLATE = r"^/([A-Za-z0-9._~!$&'()*+,;=:@%-]|\{[A-Za-z_][A-Za-z0-9_.-]*\}|/)*$"
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD")
_SCALARS = ("string", "integer", "number", "boolean")

SERVICE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["signature_versions"],
    "properties": {
        "schemes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["https", "http"]},
        },
        "signature_versions": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["v1", "v3"]},
        },
        "default_signature_version": {"enum": ["v1", "v3"]},
    },
    "additionalProperties": False,
}

OPERATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["method", "path"],
    "properties": {
        "method": {"enum": list(METHODS)},
        "path": {"type": "string", "pattern": _PATH_TEMPLATE, "maxLength": 2048},
        "action": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*$"},
        "body": {"enum": ["json", "form"]},
        "parameters": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "in": {"enum": ["path", "query", "header", "body", "payload"]},
                    "style": {"enum": list(STYLES)},
                    "wire_name": {
                        "type": "string",
                        "pattern": "^[A-Za-z0-9_.-]+$",
                        "maxLength": 256,
                    },
                },
                "additionalProperties": False,
            },
        },
        "response": {
            "type": "object",
            "properties": {"payload": {"type": "string", "minLength": 1}},
            "additionalProperties": False,
        },
    },
    "additionalProperties": False,
}


@dataclass(frozen=True)
class RoaServiceDetails(ProtocolDetails):
    """Nothing beyond the neutral binding today; kept so facets can tell ROA apart."""


def path_variables(template: str) -> list[str]:
    return PATH_VARIABLE.findall(template)


def route_key(method: str, template: str) -> str:
    """What two operations may not share: the method and the path with its variables
    unnamed (``GET /clusters/{}``), since the service cannot tell the names apart."""
    return f"{method} {PATH_VARIABLE.sub('{}', template)}"


def _settings(binding: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    parameters = binding.get("parameters", {})
    own = parameters.get(name, {}) if isinstance(parameters, Mapping) else {}
    return own if isinstance(own, Mapping) else {}


def _location(
    settings: Mapping[str, Any], wire_name: str, variables: list[str]
) -> Location:
    """Explicit ``in``, else ``path`` when the template names the member, else ``query``."""
    explicit = settings.get("in")
    if explicit in ("path", "query", "header", "body", "payload"):
        return explicit  # type: ignore[no-any-return]
    return "path" if wire_name in variables else "query"


def default_style(member_type: str | None) -> str:
    """Scalars as text; lists and objects JSON-encoded, as the service reads them."""
    return "simple" if member_type in _SCALARS else "json"


class AlibabaRoaBinding:
    name = "alibaba-roa"
    service_schema: Mapping[str, Any] = SERVICE_SCHEMA
    operation_schema: Mapping[str, Any] = OPERATION_SCHEMA
    # Where an error body carries its code and request id, in the order a client looks.
    error_code_fields: tuple[str, ...] = ("Code", "code")
    error_request_id_fields: tuple[str, ...] = ("RequestId", "requestId")
    # What a path variable may hold: ROA's paths take scalars only.
    path_kinds: tuple[str, ...] = _SCALARS

    def check_operation(
        self,
        binding: Mapping[str, Any],
        input_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        template = binding.get("path")
        if not isinstance(template, str):
            return
        variables = path_variables(template)
        for variable in variables:
            if not _VARIABLE_NAME.match(variable):
                report(base_path + ("path",), f"bad path variable '{{{variable}}}'")
        repeated = sorted({v for v in variables if variables.count(v) > 1})
        for variable in repeated:
            report(
                base_path + ("path",),
                f"path variable '{{{variable}}}' appears more than once",
            )
        parameters = binding.get("parameters", {})
        if isinstance(parameters, Mapping):
            for name in parameters:
                if name not in input_members:
                    report(
                        base_path + ("parameters", name),
                        f"binding names parameter '{name}', which is not an input member",
                        key=True,
                    )
        bound: dict[str, str] = {}
        seen: dict[tuple[str, str], str] = {}
        payloads: list[str] = []
        body_members: list[str] = []
        for name in sorted(input_members):
            settings = _settings(binding, name)
            path = base_path + ("parameters", name)
            wire_name = settings.get("wire_name", name)
            if not isinstance(wire_name, str):
                continue
            location = _location(settings, wire_name, variables)
            member = resolve(input_members[name]) or {}
            kind = member.get("type")
            declared = input_members[name]
            required = (
                isinstance(declared, Mapping) and declared.get("required") is True
            )
            key = (location if location != "payload" else "body", wire_name.lower())
            if location in ("path", "query", "body") and key in seen:
                report(
                    path,
                    f"duplicate {location} name '{wire_name}': input members"
                    f" '{seen[key]}' and '{name}' would both be sent as it",
                )
            seen[key] = name
            if location == "path":
                if wire_name not in variables:
                    report(
                        path,
                        f"input member '{name}' is in the path, but the path"
                        f" '{template}' has no '{{{wire_name}}}'",
                    )
                    continue
                bound[wire_name] = name
                if kind not in self.path_kinds:
                    report(
                        path, f"path parameter '{name}' must be a scalar, not {kind}"
                    )
                if not required:
                    report(
                        path,
                        f"path parameter '{name}' must be required: the path cannot"
                        " be built without it",
                    )
            elif location == "payload":
                payloads.append(name)
            elif location == "body":
                body_members.append(name)
            elif location == "header" and kind not in _SCALARS:
                report(path, f"header parameter '{name}' must be a scalar, not {kind}")
            style = settings.get("style")
            if style is not None:
                if location not in ("query", "header"):
                    report(
                        path + ("style",),
                        f"style applies to query and header parameters, not {location}",
                    )
                    continue
                item = (
                    resolve(member["items"])
                    if isinstance(member.get("items"), Mapping)
                    else None
                )
                problem = style_problem(style, kind, item.get("type") if item else None)
                if problem:
                    report(path + ("style",), problem)
        for variable in variables:
            if variable not in bound and _VARIABLE_NAME.match(variable):
                report(
                    base_path + ("path",),
                    f"path variable '{{{variable}}}' is bound to no input member"
                    " (declare a required scalar member of that wire name)",
                )
        if len(payloads) > 1:
            report(
                base_path + ("parameters",),
                f"more than one member is the whole body: {', '.join(payloads)}",
            )
        if payloads and body_members:
            report(
                base_path + ("parameters",),
                f"'{payloads[0]}' is the whole body, so no member can be a body field"
                f" ({', '.join(body_members)})",
            )
        if binding.get("body") == "form" and payloads:
            report(
                base_path + ("body",),
                "a form body is made of fields: declare members 'in: body', not a payload",
            )

    def check_response(
        self,
        binding: Mapping[str, Any],
        output_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        response = binding.get("response")
        if not isinstance(response, Mapping) or "payload" not in response:
            return
        payload = response["payload"]
        path = base_path + ("response", "payload")
        if payload not in output_members:
            report(path, f"response payload '{payload}' is not an output member")
            return
        if len(output_members) != 1:
            report(
                path,
                f"output member '{payload}' is the whole answer, so the output can"
                " have no other member",
            )
        kind = (resolve(output_members[payload]) or {}).get("type")
        if kind not in ("array", "string", "map", "object"):
            report(path, f"a {kind}-typed output member cannot be the whole answer")

    def response_payload(self, binding: Mapping[str, Any]) -> str | None:
        response = binding.get("response")
        payload = response.get("payload") if isinstance(response, Mapping) else None
        return payload if isinstance(payload, str) else None

    def route(
        self, binding: Mapping[str, Any], operation_name: str
    ) -> tuple[str, str] | None:
        method, template = binding.get("method"), binding.get("path")
        if not isinstance(method, str) or not isinstance(template, str):
            return None
        return route_key(method, template), f"route '{method} {template}'"

    def bind_service(self, binding: Mapping[str, Any]) -> ServiceBinding:
        versions = tuple(binding.get("signature_versions", ("v3",)))
        return ServiceBinding(
            schemes=tuple(binding.get("schemes", ("https", "http"))),
            auth_schemes=versions,
            default_auth_scheme=binding.get(
                "default_signature_version", "v3" if "v3" in versions else versions[0]
            ),
            response_formats=("json",),
            default_response_format="json",
            details=RoaServiceDetails(),
        )

    def bind_operation(
        self,
        binding: Mapping[str, Any],
        operation: Operation,
        service: ServiceBinding,
        api_version: str,
    ) -> HttpBinding:
        template = binding["path"]
        variables = path_variables(template)
        parameters = []
        for member in operation.input.members:
            settings = _settings(binding, member.wire_name)
            wire_name = settings.get("wire_name", member.wire_name)
            location = _location(settings, wire_name, variables)
            parameters.append(
                HttpParameter(
                    member=member,
                    location=location,
                    wire_name=wire_name,
                    style=settings.get("style", default_style(member.shape.kind)),
                )
            )
        action = binding.get("action", operation.name)
        has_body = any(p.location in ("body", "payload") for p in parameters)
        return HttpBinding(
            name=action,
            method=binding["method"],
            path=template,
            parameters=tuple(parameters),
            constants=(
                HttpConstant("header", "x-acs-action", action),
                HttpConstant("header", "x-acs-version", api_version),
            ),
            body_format=binding.get("body", "json") if has_body else None,
            response_payload=self.response_payload(binding),
        )


ALIBABA_ROA = AlibabaRoaBinding()
