"""Plain REST with JSON bodies, as OpenAPI describes it: a method and path per
operation, parameters in the path, query, headers or cookies written by OpenAPI's
``style``/``explode`` rules, JSON or form bodies, answers told apart by HTTP status
(``200``, ranges such as ``4XX``, ``default``), and the security schemes OpenAPI names
(HTTP bearer and basic, API keys in a header, the query or a cookie).
"""

from __future__ import annotations

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
from .alibaba_roa import (
    METHODS,
    AlibabaRoaBinding,
    _PATH_TEMPLATE,
    path_variables,
)
from .base import Reporter

NAME = "rest-json"
LOCATIONS: tuple[Location, ...] = ("path", "query", "header", "cookie", "body")
STYLES = (
    "simple",
    "form",
    "label",
    "matrix",
    "spaceDelimited",
    "pipeDelimited",
    "deepObject",
    "json",  # OpenAPI's ``content: {application/json: ...}``: the value as JSON text
)
# OpenAPI 3.1, "Style Values": which styles each location allows, and its default.
STYLES_IN: dict[str, tuple[str, ...]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject", "json"),
    "header": ("simple", "json"),
    "cookie": ("form", "json"),
}
DEFAULT_STYLE = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}
SECURITY_TYPES = ("bearer", "basic", "api_key")
_STATUS = r"^([1-5][0-9][0-9]|[1-5]XX|default)$"
_SCALARS = ("string", "integer", "number", "boolean")
_NAME = r"^[A-Za-z0-9_.-]+$"
_MEDIA_TYPE = r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]*$"

SERVICE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "schemes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": True,
            "items": {"enum": ["https", "http"]},
        },
        "base_path": {
            "type": "string",
            "pattern": r"^(/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*$",
            "maxLength": 1024,
        },
        "request_id_header": {"type": "string", "pattern": _NAME},
        "servers": {
            "description": "Every server the API lists, the first the default.",
            "type": "array",
            "items": {
                "type": "object",
                "required": ["url"],
                "properties": {
                    "url": {"type": "string", "minLength": 1, "maxLength": 2048},
                    "description": {"type": "string"},
                    "variables": {
                        "type": "object",
                        "propertyNames": {"pattern": _NAME},
                        "additionalProperties": {
                            "type": "object",
                            "required": ["default"],
                            "properties": {
                                "default": {"type": "string"},
                                "enum": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {"type": "string"},
                                },
                            },
                            "additionalProperties": False,
                        },
                    },
                },
                "additionalProperties": False,
            },
        },
        "security": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "type"],
                "properties": {
                    "name": {"type": "string", "pattern": _NAME},
                    "type": {"enum": list(SECURITY_TYPES)},
                    "in": {"enum": ["header", "query", "cookie"]},
                    "parameter": {"type": "string", "pattern": _NAME},
                },
                "additionalProperties": False,
            },
        },
    },
    "additionalProperties": False,
}

OPERATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["method", "path"],
    "properties": {
        "method": {"enum": [*METHODS, "OPTIONS"]},
        "path": {"type": "string", "pattern": _PATH_TEMPLATE, "maxLength": 2048},
        "body": {"enum": ["json", "form", "multipart"]},
        "query": {
            "description": "Fixed query parameters every request carries.",
            "type": "object",
            "propertyNames": {"pattern": _NAME},
            "additionalProperties": {"type": "string"},
        },
        "parameters": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "in": {"enum": [*LOCATIONS, "payload"]},
                    "style": {"enum": list(STYLES)},
                    "explode": {"type": "boolean"},
                    "wire_name": {
                        "type": "string",
                        "pattern": _NAME,
                        "maxLength": 256,
                    },
                    "content_type": {
                        "description": "A multipart part's media type.",
                        "type": "string",
                        "pattern": _MEDIA_TYPE,
                    },
                },
                "additionalProperties": False,
            },
        },
        "response": {
            "type": "object",
            "properties": {
                "payload": {"type": "string", "minLength": 1},
                "status": {"type": "integer", "minimum": 200, "maximum": 299},
                "headers": {
                    "description": "Output members read from answer headers:"
                    " member name -> header name.",
                    "type": "object",
                    "additionalProperties": {"type": "string", "pattern": _NAME},
                },
                "status_member": {
                    "description": "The output member that receives the HTTP status"
                    " (an operation with more than one success status).",
                    "type": "string",
                    "minLength": 1,
                },
            },
            "additionalProperties": False,
        },
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["status"],
                "properties": {
                    "status": {"type": "string", "pattern": _STATUS},
                    "shape": {"type": "string", "minLength": 1},
                },
                "additionalProperties": False,
            },
        },
        "security": {
            "description": "Alternatives, in order: a scheme's name, or a list of"
            " names sent together ([] when credentials are optional).",
            "type": "array",
            "items": {
                "oneOf": [
                    {"type": "string", "pattern": _NAME},
                    {
                        "type": "array",
                        "uniqueItems": True,
                        "items": {"type": "string", "pattern": _NAME},
                    },
                ]
            },
        },
    },
    "additionalProperties": False,
}


@dataclass(frozen=True)
class SecurityScheme:
    """One way a request proves who sends it. ``parameter`` names an API key's header,
    query parameter or cookie."""

    name: str
    type: str
    location: str | None = None
    parameter: str | None = None


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()


@dataclass(frozen=True)
class Server:
    """One server of the API: ``url`` with ``{variables}``."""

    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class RestServiceDetails(ProtocolDetails):
    base_path: str = ""
    request_id_header: str = "x-request-id"
    security: tuple[SecurityScheme, ...] = ()
    servers: tuple[Server, ...] = ()


@dataclass(frozen=True)
class ErrorResponse:
    """An error answer: ``status`` is ``404``, ``4XX`` or ``default``; ``shape`` the
    service shape its body is, when the spec names one."""

    status: str
    shape: str | None = None


@dataclass(frozen=True)
class RestOperationDetails(ProtocolDetails):
    # (wire name, explode) of every path, query, header and cookie parameter.
    explode: tuple[tuple[str, bool], ...] = ()
    success_status: int = 200
    errors: tuple[ErrorResponse, ...] = ()
    # Alternatives, in order; each one's schemes are sent together (OpenAPI's
    # security requirements). An empty one: credentials are optional.
    requirements: tuple[tuple[SecurityScheme, ...], ...] = ()
    # (wire name, media type) of multipart parts whose type the spec names.
    part_types: tuple[tuple[str, str], ...] = ()
    # (output member, header name) of members read from the answer's headers.
    response_headers: tuple[tuple[str, str], ...] = ()
    # The output member that receives the HTTP status of a success, if any.
    status_member: str | None = None

    @property
    def security(self) -> tuple[SecurityScheme, ...]:
        """Every scheme some requirement names, once each, in order."""
        seen: dict[str, SecurityScheme] = {}
        for requirement in self.requirements:
            for scheme in requirement:
                seen.setdefault(scheme.name, scheme)
        return tuple(seen.values())

    def explodes(self, wire_name: str) -> bool:
        return dict(self.explode).get(wire_name, False)

    def part_type(self, wire_name: str) -> str | None:
        return dict(self.part_types).get(wire_name)


def _settings(binding: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    parameters = binding.get("parameters", {})
    own = parameters.get(name, {}) if isinstance(parameters, Mapping) else {}
    return own if isinstance(own, Mapping) else {}


def _location(settings: Mapping[str, Any], wire_name: str, variables: list[str]) -> str:
    explicit = settings.get("in")
    if isinstance(explicit, str):
        return explicit
    return "path" if wire_name in variables else "query"


def style_of(settings: Mapping[str, Any], location: str) -> str:
    style = settings.get("style")
    return style if isinstance(style, str) else DEFAULT_STYLE.get(location, "simple")


def explode_of(settings: Mapping[str, Any], style: str) -> bool:
    """OpenAPI's default: ``explode`` is true for ``form`` and false otherwise."""
    explode = settings.get("explode")
    return explode if isinstance(explode, bool) else style == "form"


def _style_problem(
    style: str, explode: bool, location: str, kind: str | None
) -> str | None:
    allowed = STYLES_IN.get(location, ())
    if style not in allowed:
        return (
            f"style '{style}' does not apply to {location} parameters"
            f" (allowed: {', '.join(allowed) or 'none'})"
        )
    if style == "json":
        return None
    if style == "deepObject" and kind not in ("object", "map"):
        return f"style 'deepObject' needs an object or map, not {kind}"
    if style in ("spaceDelimited", "pipeDelimited") and kind not in (
        "array",
        "object",
        "map",
    ):
        return f"style '{style}' needs a list or an object, not {kind}"
    if location == "cookie" and explode and kind in ("array", "object", "map"):
        return "a cookie cannot carry an exploded list or object (set explode: false)"
    if kind == "any":
        return f"a {location} parameter needs a declared type, not any"
    return None


def _nested_problem(
    member: Mapping[str, Any],
    resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
) -> str | None:
    """A path's list or object holds scalars: no style spells anything deeper."""
    kind = member.get("type")
    inner: list[Any] = []
    if kind == "array":
        inner = [member.get("items")]
    elif kind == "map":
        inner = [member.get("values")]
    elif kind == "object":
        inner = list((member.get("members") or {}).values())
    for node in inner:
        found = resolve(node) if isinstance(node, Mapping) else None
        if found is None or found.get("type") not in _SCALARS:
            return f"a path {kind} must hold scalars only"
    return None


def _service_schemes(service: ServiceBinding) -> tuple[SecurityScheme, ...]:
    details = service.details
    return details.security if isinstance(details, RestServiceDetails) else ()


class RestJsonBinding(AlibabaRoaBinding):
    name = NAME
    service_schema: Mapping[str, Any] = SERVICE_SCHEMA
    operation_schema: Mapping[str, Any] = OPERATION_SCHEMA
    error_code_fields: tuple[str, ...] = ("code", "Code", "error")
    error_request_id_fields: tuple[str, ...] = ("request_id", "requestId", "RequestId")
    accepts_files = True  # format: binary members, as multipart parts
    # OpenAPI's path styles spell lists and objects too (``.a,b``, ``;x=1;y=2``).
    path_kinds: tuple[str, ...] = (*_SCALARS, "array", "object", "map")

    def check_operation(
        self,
        binding: Mapping[str, Any],
        input_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        # ROA's rules on the path template, body fields and the payload hold as they
        # are; its styles do not, so they are checked here instead.
        plain = {
            **binding,
            "parameters": {
                name: {
                    key: value
                    for key, value in settings.items()
                    if key not in ("style", "explode")
                    and not (key == "in" and value in ("cookie", "header"))
                }
                for name, settings in (binding.get("parameters") or {}).items()
                if isinstance(settings, Mapping)
            },
        }
        super().check_operation(plain, input_members, resolve, base_path, report)
        variables = (
            path_variables(binding["path"])
            if isinstance(binding.get("path"), str)
            else []
        )
        seen: dict[str, str] = {}
        for name in sorted(input_members):
            settings = _settings(binding, name)
            wire_name = settings.get("wire_name", name)
            if not isinstance(wire_name, str):
                continue
            location = _location(settings, wire_name, variables)
            path = base_path + ("parameters", name)
            kind = (resolve(input_members[name]) or {}).get("type")
            if location == "cookie":
                key = f"cookie {wire_name}"
                if key in seen:
                    report(
                        path,
                        f"duplicate cookie name '{wire_name}': input members"
                        f" '{seen[key]}' and '{name}' would both be sent as it",
                    )
                seen[key] = name
            if location not in STYLES_IN:
                if "style" in settings or "explode" in settings:
                    report(
                        path,
                        f"style and explode apply to path, query, header and cookie"
                        f" parameters, not {location}",
                    )
                continue
            style = style_of(settings, location)
            problem = _style_problem(style, explode_of(settings, style), location, kind)
            if problem is None and location == "path":
                problem = _nested_problem(resolve(input_members[name]) or {}, resolve)
            if problem:
                report(path + (("style",) if "style" in settings else ()), problem)
        self._check_multipart(binding, input_members, resolve, base_path, report)
        security = binding.get("security")
        # The names are checked against the service's schemes when the service is
        # built (the operation file alone does not know them).
        if isinstance(security, list):
            keys = [tuple(sorted(i)) if isinstance(i, list) else (i,) for i in security]
            if len(set(keys)) != len(keys):
                report(
                    base_path + ("security",), "a security requirement is named twice"
                )
        errors = binding.get("errors")
        if isinstance(errors, list):
            statuses = [e.get("status") for e in errors if isinstance(e, Mapping)]
            for index, status in enumerate(statuses):
                if status in statuses[:index]:
                    report(
                        base_path + ("errors", index, "status"),
                        f"status '{status}' is listed twice",
                    )
            for index, entry in enumerate(errors):
                shape = entry.get("shape") if isinstance(entry, Mapping) else None
                if not isinstance(shape, str):
                    continue
                found = resolve({"ref": shape})
                if found is None:
                    report(
                        base_path + ("errors", index, "shape"),
                        f"error shape '{shape}' is not a shape of the service",
                    )
                elif found.get("type") != "object" or not found.get("members"):
                    report(
                        base_path + ("errors", index, "shape"),
                        f"error shape '{shape}' must be an object with members",
                    )

    def _check_multipart(
        self,
        binding: Mapping[str, Any],
        input_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """Files (``format: binary``) travel only as parts of a multipart body, and
        only a multipart body's parts have their own media type."""
        multipart = binding.get("body") == "multipart"
        variables = (
            path_variables(binding["path"])
            if isinstance(binding.get("path"), str)
            else []
        )
        for name in sorted(input_members):
            settings = _settings(binding, name)
            wire_name = settings.get("wire_name", name)
            if not isinstance(wire_name, str):
                continue
            location = _location(settings, wire_name, variables)
            path = base_path + ("parameters", name)
            if "content_type" in settings and not (multipart and location == "body"):
                report(
                    path + ("content_type",),
                    "content_type applies to fields of a multipart body"
                    " (body: multipart, in: body)",
                )
            member = input_members[name]
            found = resolve(member) if isinstance(member, Mapping) else None
            fmt = (found or {}).get("format")
            items = (found or {}).get("items")
            if (found or {}).get("type") == "array" and isinstance(items, Mapping):
                fmt = (resolve(items) or {}).get("format") or fmt  # a list of files
            if fmt == "binary" and not (multipart and location == "body"):
                report(
                    path,
                    f"member '{name}' is a file (format: binary): files travel only"
                    " as fields of a multipart body (body: multipart, in: body)",
                )
        if multipart and any(
            (_settings(binding, n).get("in") == "payload") for n in input_members
        ):
            report(
                base_path + ("body",),
                "a multipart body is made of fields (in: body), not one payload",
            )

    def check_response(
        self,
        binding: Mapping[str, Any],
        output_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """Header and status members are output members of their own kind; the body
        rules (a payload is the whole body) hold for the rest."""
        response = binding.get("response")
        response = response if isinstance(response, Mapping) else {}
        headers = response.get("headers") or {}
        status_member = response.get("status_member")
        outside = set(headers) | ({status_member} if status_member else set())
        path = base_path + ("response",)
        for member in sorted(headers):
            if member not in output_members:
                report(
                    path + ("headers", member),
                    f"header member '{member}' is not an output member",
                    key=True,
                )
                continue
            found = resolve(output_members[member]) or {}
            kind = found.get("type")
            listed = found.get("items")
            items = resolve(listed) if isinstance(listed, Mapping) else None
            if kind not in _SCALARS and not (items and items.get("type") in _SCALARS):
                report(
                    path + ("headers", member),
                    f"a header holds a scalar or a list of scalars, not {kind}",
                )
        if status_member is not None:
            found = resolve(output_members.get(status_member) or {}) or {}
            if found.get("type") != "integer":
                report(
                    path + ("status_member",),
                    f"status member '{status_member}' must be an integer output"
                    " member",
                )
        body = {k: v for k, v in output_members.items() if k not in outside}
        super().check_response(binding, body, resolve, base_path, report)

    def check_against_service(
        self,
        binding: Mapping[str, Any],
        service: Mapping[str, Any],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """An operation's ``security`` names schemes the service declares."""
        security = binding.get("security")
        if not isinstance(security, list):
            return
        declared = {
            entry.get("name")
            for entry in service.get("security") or ()
            if isinstance(entry, Mapping)
        }
        by_type = {
            entry.get("name"): entry.get("type")
            for entry in service.get("security") or ()
            if isinstance(entry, Mapping)
        }
        for index, item in enumerate(security):
            names = item if isinstance(item, list) else [item]
            where = base_path + ("security", index)
            for inner, name in enumerate(names):
                if name not in declared:
                    known = ", ".join(sorted(str(n) for n in declared)) or "none"
                    report(
                        where + ((inner,) if isinstance(item, list) else ()),
                        f"security scheme '{name}' is not declared by the service"
                        f" (declared: {known})",
                    )
            if isinstance(item, list) and len(item) > 1:
                kinds = [by_type.get(name) for name in names]
                headers = [k for k in kinds if k in ("bearer", "basic")]
                if len(headers) > 1:
                    report(
                        where,
                        "bearer and basic schemes both use the Authorization header:"
                        " they cannot be sent together",
                    )

    def route(
        self, binding: Mapping[str, Any], operation_name: str
    ) -> tuple[str, str] | None:
        """Method and path, and the fixed query when there is one (operations told
        apart by ``?Action=...`` share a path)."""
        found = super().route(binding, operation_name)
        fixed = binding.get("query")
        if found is None or not isinstance(fixed, Mapping) or not fixed:
            return found
        pairs = "&".join(f"{k}={v}" for k, v in sorted(fixed.items()))
        return f"{found[0]}?{pairs}", f"{found[1][:-1]}?{pairs}'"

    def bind_service(self, binding: Mapping[str, Any]) -> ServiceBinding:
        schemes = tuple(
            SecurityScheme(
                name=entry["name"],
                type=entry["type"],
                location=entry.get(
                    "in", "header" if entry["type"] == "api_key" else None
                ),
                parameter=entry.get("parameter")
                or ("X-API-Key" if entry["type"] == "api_key" else None),
            )
            for entry in binding.get("security", ())
        )
        return ServiceBinding(
            schemes=tuple(binding.get("schemes", ("https", "http"))),
            auth_schemes=("auto", "none"),
            default_auth_scheme="auto",
            response_formats=("json",),
            default_response_format="json",
            details=RestServiceDetails(
                base_path=binding.get("base_path", ""),
                request_id_header=binding.get(
                    "request_id_header", "x-request-id"
                ).lower(),
                security=schemes,
                servers=tuple(
                    Server(
                        url=entry["url"],
                        description=entry.get("description", ""),
                        variables=tuple(
                            ServerVariable(
                                name, str(v["default"]), tuple(v.get("enum", ()))
                            )
                            for name, v in (entry.get("variables") or {}).items()
                        ),
                    )
                    for entry in binding.get("servers", ())
                ),
            ),
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
        explode = []
        for member in operation.input.members:
            settings = _settings(binding, member.wire_name)
            wire_name = settings.get("wire_name", member.wire_name)
            location = _location(settings, wire_name, variables)
            style = style_of(settings, location) if location in STYLES_IN else "json"
            if location in STYLES_IN:
                explode.append((wire_name, explode_of(settings, style)))
            parameters.append(
                HttpParameter(
                    member=member,
                    location=location,  # type: ignore[arg-type]
                    wire_name=wire_name,
                    style=style,
                )
            )
        has_body = any(p.location in ("body", "payload") for p in parameters)
        schemes = _service_schemes(service)
        named = binding.get("security")
        if isinstance(named, list):
            by_name = {scheme.name: scheme for scheme in schemes}
            requirements = tuple(
                tuple(
                    by_name[name]
                    for name in (item if isinstance(item, list) else [item])
                    if name in by_name
                )
                for item in named
            )
        else:
            requirements = tuple((scheme,) for scheme in schemes)
        response = binding.get("response") or {}
        return HttpBinding(
            name=operation.name,
            method=binding["method"],
            path=template,
            parameters=tuple(parameters),
            body_format=binding.get("body", "json") if has_body else None,
            response_payload=self.response_payload(binding),
            constants=tuple(
                HttpConstant("query", name, str(value))
                for name, value in (binding.get("query") or {}).items()
            ),
            details=RestOperationDetails(
                explode=tuple(explode),
                success_status=response.get("status", 200),
                errors=tuple(
                    ErrorResponse(str(entry["status"]), entry.get("shape"))
                    for entry in binding.get("errors", ())
                ),
                requirements=requirements,
                response_headers=tuple(
                    (str(member), str(header))
                    for member, header in (response.get("headers") or {}).items()
                ),
                status_member=response.get("status_member"),
                part_types=tuple(
                    (
                        p.wire_name,
                        str(_settings(binding, p.member.wire_name)["content_type"]),
                    )
                    for p in parameters
                    if "content_type" in _settings(binding, p.member.wire_name)
                ),
            ),
        )


REST_JSON = RestJsonBinding()
