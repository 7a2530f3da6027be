"""Alibaba Cloud RPC: parameters in the query string, JSON or XML responses, signature v1/V3."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..load import NodePath
from ..model import (
    NO_TEXT,
    HttpBinding,
    HttpConstant,
    HttpParameter,
    Operation,
    ProtocolDetails,
    ServiceBinding,
    Text,
)
from .base import Reporter

# How a parameter's value becomes query pairs:
#   simple       scalar as text                       PageSize=10
#   comma        list of scalars joined with ","      JobIds=a,b
#   repeat_list  one pair per item, 1-based, objects  Tag.1.Key=k&Tag.1.Value=v
#                flattened with "."
#   flat         object members flattened with "."    Filter.Name=x
#   json         the value JSON-encoded               SpecifiedOffsetTimes=[1000,2000]
ParameterStyle = Literal["simple", "comma", "repeat_list", "flat", "json"]
STYLES: tuple[ParameterStyle, ...] = ("simple", "comma", "repeat_list", "flat", "json")

_TEXT_SCHEMA = {
    "type": "object",
    "minProperties": 1,
    "properties": {"zh": {"type": "string"}, "en": {"type": "string"}},
    "additionalProperties": False,
}

SERVICE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["response_formats", "signature_versions"],
    "properties": {
        "methods": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["POST", "GET"]},
        },
        "schemes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["https", "http"]},
        },
        "response_formats": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["json", "xml"]},
        },
        "default_response_format": {"enum": ["json", "xml"]},
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
    "properties": {
        "action": {"type": "string", "pattern": "^[A-Za-z][A-Za-z0-9]*$"},
        "action_description": _TEXT_SCHEMA,
        "method": {"enum": ["POST", "GET"]},
        # Sent unsigned: the request itself proves the caller (an OIDC token).
        "anonymous": {"type": "boolean"},
        "parameters": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "style": {"enum": list(STYLES)},
                    "wire_name": {"type": "string", "pattern": "^[A-Za-z0-9_.-]+$"},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}


@dataclass(frozen=True)
class RpcOperationDetails(ProtocolDetails):
    """The ``Action`` parameter's own description, shown first in the docs."""

    action_description: Text = NO_TEXT
    anonymous: bool = False


def is_anonymous(binding: HttpBinding) -> bool:
    """Whether the operation is sent unsigned, with no credentials asked for."""
    details = binding.details
    return isinstance(details, RpcOperationDetails) and details.anonymous


@dataclass(frozen=True)
class RpcServiceDetails(ProtocolDetails):
    """Every HTTP method the service accepts (an operation names the one it prefers)."""

    methods: tuple[str, ...] = ("POST", "GET")


def action_description(binding: HttpBinding) -> Text:
    details = binding.details
    return (
        details.action_description
        if isinstance(details, RpcOperationDetails)
        else NO_TEXT
    )


def accepted_methods(binding: ServiceBinding) -> tuple[str, ...]:
    details = binding.details
    return details.methods if isinstance(details, RpcServiceDetails) else ("POST",)


def _text(raw: Any) -> Text:
    if not isinstance(raw, Mapping):
        return NO_TEXT
    return Text(zh=raw.get("zh"), en=raw.get("en"))


def _default_style(member_type: str | None) -> ParameterStyle:
    return (
        "simple"
        if member_type in ("string", "integer", "number", "boolean")
        else "json"
    )


class AlibabaRpcBinding:
    name = "alibaba-rpc"
    service_schema: Mapping[str, Any] = SERVICE_SCHEMA
    operation_schema: Mapping[str, Any] = OPERATION_SCHEMA
    # Where an error body carries its code and request id, in the order a client looks.
    error_code_fields: tuple[str, ...] = ("Code",)
    error_request_id_fields: tuple[str, ...] = ("RequestId",)

    def check_operation(
        self,
        binding: Mapping[str, Any],
        input_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        parameters = binding.get("parameters", {})
        if not isinstance(parameters, Mapping):
            return
        seen_wire_names: dict[str, str] = {}
        for name in sorted(input_members):
            settings = parameters.get(name, {})
            wire_name = (
                settings.get("wire_name", name)
                if isinstance(settings, Mapping)
                else name
            )
            if wire_name in seen_wire_names:
                report(
                    base_path + ("parameters", name),
                    f"duplicate wire name '{wire_name}': input members"
                    f" '{seen_wire_names[wire_name]}' and '{name}' would both be sent as it",
                )
            seen_wire_names[wire_name] = name
        for name, settings in parameters.items():
            path = base_path + ("parameters", name)
            if name not in input_members:
                report(
                    path,
                    f"binding names parameter '{name}', which is not an input member",
                    key=True,
                )
                continue
            if not isinstance(settings, Mapping) or "style" not in settings:
                continue
            member = resolve(input_members[name]) or {}
            kind = member.get("type")
            item = (
                resolve(member["items"])
                if isinstance(member.get("items"), Mapping)
                else None
            )
            style = settings["style"]
            problem = style_problem(style, kind, item.get("type") if item else None)
            if problem:
                report(path + ("style",), problem)
        for name, member_raw in input_members.items():
            member = resolve(member_raw) or {}
            settings = (
                parameters.get(name, {}) if isinstance(parameters, Mapping) else {}
            )
            if not isinstance(settings, Mapping):  # reported by the binding schema
                settings = {}
            if (
                member.get("type") in ("array", "object", "map")
                and "style" not in settings
            ):
                report(
                    base_path,
                    f"input member '{name}' is {member.get('type')}-typed: declare its"
                    f" query style in binding/parameters/{name}/style"
                    f" ({', '.join(STYLES[1:])})",
                )

    def check_response(
        self,
        binding: Mapping[str, Any],
        output_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """RPC answers are always an object of the output members: nothing to check."""

    def response_payload(self, binding: Mapping[str, Any]) -> str | None:
        return None  # an RPC answer is always the output object

    def route(
        self, binding: Mapping[str, Any], operation_name: str
    ) -> tuple[str, str] | None:
        action = binding.get("action", operation_name)
        return (action, f"action '{action}'") if isinstance(action, str) else None

    def bind_service(self, binding: Mapping[str, Any]) -> ServiceBinding:
        formats = tuple(binding.get("response_formats", ("json",)))
        versions = tuple(binding.get("signature_versions", ("v3",)))
        return ServiceBinding(
            schemes=tuple(binding.get("schemes", ("https", "http"))),
            auth_schemes=versions,
            default_auth_scheme=binding.get("default_signature_version", versions[-1]),
            response_formats=formats,
            default_response_format=binding.get("default_response_format", formats[0]),
            details=RpcServiceDetails(
                methods=tuple(binding.get("methods", ("POST", "GET")))
            ),
        )

    def bind_operation(
        self,
        binding: Mapping[str, Any],
        operation: Operation,
        service: ServiceBinding,
        api_version: str,
    ) -> HttpBinding:
        settings = binding.get("parameters", {})
        parameters = []
        for member in operation.input.members:
            own = settings.get(member.wire_name, {})
            parameters.append(
                HttpParameter(
                    member=member,
                    location="query",
                    wire_name=own.get("wire_name", member.wire_name),
                    style=own.get("style", _default_style(member.shape.kind)),
                )
            )
        action = binding.get("action", operation.name)
        return HttpBinding(
            name=action,
            method=binding.get("method") or accepted_methods(service)[0],
            path="/",
            parameters=tuple(parameters),
            constants=(
                HttpConstant("query", "Action", action),
                HttpConstant("query", "Version", api_version),
            ),
            details=RpcOperationDetails(
                action_description=_text(binding.get("action_description")),
                anonymous=binding.get("anonymous") is True,
            ),
        )


def style_problem(style: str, kind: str | None, item_kind: str | None) -> str | None:
    scalar = ("string", "integer", "number", "boolean")
    if style == "simple" and kind not in scalar:
        return f"style 'simple' needs a scalar member, not {kind}"
    if style == "comma" and (kind != "array" or item_kind not in scalar):
        return "style 'comma' needs a list of scalars"
    if style == "repeat_list" and kind != "array":
        return f"style 'repeat_list' needs a list, not {kind}"
    if style == "flat" and kind not in ("object", "map"):
        return f"style 'flat' needs an object or map, not {kind}"
    return None


ALIBABA_RPC = AlibabaRpcBinding()
