"""The service's side of one REST/JSON request, free of sockets: check the
credentials the operation's security asks for, route by method and path, read every
parameter back by its OpenAPI style, judge it with the generated validators, answer.

Errors are ``{"code": ..., "message": ..., "request_id": ...}`` bodies with an
``x-request-id`` header, the shape the REST client reads.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from .._runtime import rest_params as _p
from .._runtime.errors import Violation
from .._runtime.rest_request import Security
from .auth import IncomingRequest, NonceStore
from .multipart import boundary_of
from .multipart import parse as parse_multipart
from .replies import new_request_id
from .service import Reply

__all__ = ["RestDispatcher", "RestMockService", "RestReadParameter", "RestRoute"]

_JSON = "application/json"
_VARIABLE = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class RestReadParameter:
    """How one input member is read back: ``member`` its wire name in the data."""

    member: str
    location: str
    name: str
    style: str
    explode: bool
    shape: _p.Shape


@dataclass(frozen=True)
class RestRoute:
    action: str
    method: str
    path: str  # the template under the base path
    parameters: tuple[RestReadParameter, ...]
    validate: Callable[[Any], list[Violation]]
    # Alternatives; each one's schemes must all be satisfied.
    security: tuple[tuple[Security, ...], ...]
    example: str | None
    status: int = 200
    # Fixed query pairs that tell this operation apart (``Action=...``).
    constants: tuple[tuple[str, str], ...] = ()
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = _VARIABLE.split(self.path)
        regex = "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<v{index // 2}>[^/]+)"
            for index, part in enumerate(parts)
        )
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))

    def match(
        self,
        method: str,
        path: str,
        pairs: Sequence[tuple[str, str]] = (),
    ) -> dict[str, str] | None:
        """Still-encoded path values when the request is this route's, else None."""
        if method != self.method:
            return None
        if any(pair not in pairs for pair in self.constants):
            return None
        found = self.pattern.match(path)
        if found is None:
            return None
        names = _VARIABLE.findall(self.path)
        return {name: found.group(f"v{i}") for i, name in enumerate(names)}


@dataclass(frozen=True)
class RestMockService:
    product: str
    api_version: str
    routes: tuple[RestRoute, ...]

    def dispatcher(
        self,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
        nonces: NonceStore | None = None,
    ) -> RestDispatcher:
        return RestDispatcher(self, credentials)


def _authorized(
    security: Sequence[Sequence[Security]],
    request: IncomingRequest,
    pairs: Sequence[tuple[str, str]],
    credentials: Mapping[str, str],
) -> bool:
    """Whether one requirement (every scheme in it) is satisfied."""
    return any(
        all(_satisfied(scheme, request, pairs, credentials) for scheme in requirement)
        for requirement in security
    )


def _satisfied(
    scheme: Security,
    request: IncomingRequest,
    pairs: Sequence[tuple[str, str]],
    credentials: Mapping[str, str],
) -> bool:
    secrets = set(credentials.values())
    authorization = request.headers.get("authorization", "")
    if scheme.type == "bearer" and authorization.startswith("Bearer "):
        return authorization[len("Bearer ") :] in secrets
    if scheme.type == "basic" and authorization.startswith("Basic "):
        try:
            pair = base64.b64decode(authorization[6:], validate=True).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, _, password = pair.partition(":")
        return credentials.get(user) == password
    if scheme.type == "api_key":
        name = scheme.parameter or "x-api-key"
        if scheme.location == "query":
            value = next((v for k, v in pairs if k == name), None)
        elif scheme.location == "cookie":
            value = _p.read_cookie(
                request.headers.get("cookie", ""), name, _p.Shape("string")
            )
        else:
            value = request.headers.get(name.lower())
        return value in secrets
    return False


def _multipart(request: IncomingRequest, route: RestRoute, boundary: str) -> Any:
    """A multipart body's parts as wire data: files as bytes, text read by the
    member's kind (JSON text for lists and objects)."""
    kinds = {p.name: p.shape for p in route.parameters if p.location == "body"}
    values: dict[str, Any] = {}
    for part in parse_multipart(request.body, boundary):
        if part.name not in kinds:
            raise ValueError(f"part {part.name!r} is not a field of this operation")
        listed = kinds[part.name].kind == "array" and part.filename is not None
        if listed:  # a list of files: every part of that name is one
            values.setdefault(part.name, []).append(part.data)
            continue
        if part.name in values:
            raise ValueError(f"part {part.name!r} is sent twice")
        if part.filename is not None:
            values[part.name] = part.data
            continue
        text = part.data.decode("utf-8")
        kind = kinds[part.name].kind
        if kind in ("array", "object", "map", "any"):
            values[part.name] = json.loads(text)
        else:
            values[part.name] = _p.parse_scalar(text, kind)
    return values


def _body(request: IncomingRequest, route: RestRoute) -> Any:
    if not request.body:
        return None
    content_type = request.headers.get("content-type", "").lower()
    boundary = boundary_of(request.headers.get("content-type", ""))
    if boundary is not None:
        return _multipart(request, route, boundary)
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        return request.body
    if content_type.startswith("application/x-www-form-urlencoded"):
        kinds = {p.name: p.shape for p in route.parameters if p.location == "body"}
        return {
            key: _p.parse_scalar(value, kinds[key].kind if key in kinds else "string")
            for key, value in parse_qsl(text, keep_blank_values=True)
        }
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON: the validator names what is wrong


def read(
    route: RestRoute,
    request: IncomingRequest,
    path_values: Mapping[str, str],
    pairs: Sequence[tuple[str, str]],
) -> dict[str, Any]:
    """Every parameter of the request back into wire-shaped data."""
    data: dict[str, Any] = {}
    body = _body(request, route)
    for parameter in route.parameters:
        value: Any = None
        if parameter.location == "path":
            raw = path_values.get(parameter.name)
            if raw is not None:
                value = _p.read_path(
                    raw,
                    parameter.name,
                    parameter.style,
                    parameter.explode,
                    parameter.shape,
                )
        elif parameter.location == "query":
            value = _p.read_query(
                pairs,
                parameter.name,
                parameter.style,
                parameter.explode,
                parameter.shape,
            )
        elif parameter.location == "header":
            raw = request.headers.get(parameter.name.lower())
            if raw is not None:
                value = _p.read_header(
                    raw, parameter.explode, parameter.shape, parameter.style
                )
        elif parameter.location == "cookie":
            value = _p.read_cookie(
                request.headers.get("cookie", ""),
                parameter.name,
                parameter.shape,
                parameter.style,
            )
        elif parameter.location == "payload":
            value = body
        elif isinstance(body, dict):
            value = body.get(parameter.name)
        if value is not None:
            data[parameter.member] = value
    return data


class RestDispatcher:
    """Answers requests for one REST/JSON service."""

    def __init__(
        self, service: RestMockService, credentials: Mapping[str, str]
    ) -> None:
        self.service = service
        self._credentials = dict(credentials)

    def __repr__(self) -> str:
        return f"RestDispatcher({self.service.product} {self.service.api_version})"

    def error(
        self,
        code: str,
        response_format: str = "json",
        *,
        status: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
        action: str | None = None,
    ) -> Reply:
        request_id = new_request_id()
        extra = dict(headers or {})
        if "x-acs-retry-after" in extra:  # a queued throttling fault
            extra["retry-after"] = extra.pop("x-acs-retry-after")
        body = {"code": code, "message": message or code, "request_id": request_id}
        return Reply(
            status or 400,
            {"content-type": _JSON, "x-request-id": request_id, **extra},
            json.dumps(body, ensure_ascii=False).encode(),
            request_id,
            action=action,
            code=code,
        )

    def handle(self, request: IncomingRequest) -> Reply:
        pairs = parse_qsl(request.raw_query, keep_blank_values=True)
        for route in self.service.routes:
            values = route.match(request.method, request.path, pairs)
            if values is not None:
                break
        else:
            return self.error(
                "NotFound",
                status=404,
                message=f"no operation at {request.method} {request.path}",
            )
        if route.security and not _authorized(
            route.security, request, pairs, self._credentials
        ):
            return self.error(
                "Unauthorized",
                status=401,
                message="missing or unknown credentials",
                action=route.action,
            )
        try:
            data = read(route, request, values, pairs)
        except ValueError as error:  # a malformed multipart body
            return self.error(
                "InvalidParameter",
                message=f"malformed multipart body: {error}",
                action=route.action,
            )
        violations = route.validate(data)
        if violations:
            return self.error(
                "InvalidParameter",
                message=str(violations[0]),
                action=route.action,
            )
        request_id = new_request_id()
        return Reply(
            route.status,
            {"content-type": _JSON, "x-request-id": request_id},
            _answer(route.example),
            request_id,
            action=route.action,
        )


def _answer(example: str | None) -> bytes:
    """The documented answer as documented; the fresh request id is the header's."""
    return example.encode() if example is not None else b""
