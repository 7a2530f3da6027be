"""The service's side of one ROA request, free of sockets: check, route, validate, answer.

``RoaDispatcher.handle`` turns an ``IncomingRequest`` into a ``Reply``: the signature
(V3 or the legacy HMAC-SHA1) is checked by ``roa_auth``, the route is found by method
and path, every parameter is read back from the path, query, headers and body by the
spec's rules and judged by the generated validators, and the answer is the documented
example (fresh request id) or an Alibaba-style JSON error.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from .._runtime.errors import Violation
from .auth import AuthError, Identity, IncomingRequest, NonceStore
from .paging import MockPaging, PageTokenError, page_data
from .replies import new_request_id
from .roa_auth import verify_roa
from .service import (
    DEFAULT_ERRORS,
    DocumentedError,
    ErrorTemplate,
    Reply,
    documented_error,
    error_example_names,
)

__all__ = ["RoaDispatcher", "RoaMockService", "RoaRequest", "RoaRoute"]

_JSON = "application/json;charset=utf-8"
_VARIABLE = re.compile(r"\{([^{}]+)\}")
# Keys under which a documented answer may carry its request id.
_REQUEST_ID_KEYS = ("request_id", "requestId", "RequestId")


@dataclass(frozen=True)
class RoaRequest:
    """What an operation's reader gets: each location's values, decoded."""

    path: Mapping[str, str]
    query: Mapping[str, str]
    headers: Mapping[str, str]
    # The JSON document, or the form's fields; None without a body.
    body: Any


@dataclass(frozen=True)
class RoaRoute:
    """One operation as the server sees it; generated from the spec."""

    action: str
    method: str
    path: str  # the template, ``/clusters/{ClusterId}``
    read: Callable[[RoaRequest], dict[str, Any]]
    validate: Callable[[Any], list[Violation]]
    # member wire name -> the name it travels under, for messages
    wire_names: Mapping[str, str]
    required: tuple[str, ...]
    json_example: str | None
    status: int = 200
    # The spec's error examples by name, for ``MockServer.fail(example=...)``.
    error_examples: Mapping[str, DocumentedError] = field(default_factory=dict)
    # Set for a paged operation: later pages continue the documented one.
    paging: MockPaging | None = None
    # Query names of the parameters the spec marks secret: read, then never kept.
    secret: frozenset[str] = frozenset()
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = _VARIABLE.split(self.path)
        regex = "".join(
            re.escape(part) if index % 2 == 0 else f"(?P<v{index // 2}>[^/]+)"
            for index, part in enumerate(parts)
        )
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The decoded path values when the request is this route's, else None."""
        if method != self.method:
            return None
        found = self.pattern.match(path)
        if found is None:
            return None
        names = _VARIABLE.findall(self.path)
        return {name: unquote(found.group(f"v{i}")) for i, name in enumerate(names)}


@dataclass(frozen=True)
class RoaMockService:
    product: str
    api_version: str
    host_id: str
    routes: tuple[RoaRoute, ...]
    errors: Mapping[str, ErrorTemplate] = field(default_factory=dict)

    def error_template(self, code: str) -> ErrorTemplate:
        return (
            self.errors.get(code)
            or DEFAULT_ERRORS.get(code)
            or ErrorTemplate(400, f"{code}.")
        )

    def dispatcher(
        self,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
        nonces: NonceStore | None = None,
    ) -> RoaDispatcher:
        return RoaDispatcher(self, credentials, clock=clock, nonces=nonces)


def _body(request: IncomingRequest) -> Any:
    """The JSON document or form fields of the body; None when there is none."""
    if not request.body:
        return None
    content_type = request.headers.get("content-type", "").lower()
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        return request.body
    if content_type.startswith("application/x-www-form-urlencoded"):
        return dict(parse_qsl(text, keep_blank_values=True))
    try:
        return json.loads(text)
    except ValueError:
        return text  # not JSON: the validator names what is wrong


class RoaDispatcher:
    """Answers requests for one ROA service; thread-safe (its nonce store locks)."""

    def __init__(
        self,
        service: RoaMockService,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
        nonces: NonceStore | None = None,
    ) -> None:
        self.service = service
        self._credentials = dict(credentials)
        self._clock = clock
        self._nonces = nonces if nonces is not None else NonceStore()

    def __repr__(self) -> str:
        return f"RoaDispatcher({self.service.product} {self.service.api_version})"

    def _error_tables(self) -> list[tuple[str, Mapping[str, DocumentedError]]]:
        return [(route.action, route.error_examples) for route in self.service.routes]

    def error_example_names(self) -> list[str]:
        return error_example_names(self._error_tables())

    def documented_error(self, request: IncomingRequest, name: str) -> Reply:
        """The spec's error example ``name``, preferring the requested route's."""
        try:
            route, _ = self._route(request)
            preferred: str | None = route.action
        except LookupError:
            preferred = None
        return documented_error(self._error_tables(), name, preferred)

    def error(
        self,
        code: str,
        response_format: str = "json",
        *,
        detail: str | None = None,
        parameter: str | None = None,
        status: int | None = None,
        message: str | None = None,
        action: str | None = None,
        headers: Mapping[str, str] | None = None,
        identity: Identity | None = None,
    ) -> Reply:
        """An error answer as ROA services write it (JSON, lower-camel field names)."""
        template = self.service.error_template(code)
        text = message or template.message.replace("{parameter}", parameter or "")
        if detail:
            text = f"{text} ({detail})"
        request_id = new_request_id()
        fields = {
            "requestId": request_id,
            "hostId": self.service.host_id,
            "code": code,
            "message": text,
            "recommend": "https://next.api.aliyun.com/troubleshoot"
            f"?q={code}&product={self.service.product}",
        }
        return Reply(
            status=status or template.http_status,
            headers={
                "content-type": _JSON,
                "x-acs-request-id": request_id,
                **(headers or {}),
            },
            body=json.dumps(fields, ensure_ascii=False).encode(),
            request_id=request_id,
            action=action,
            code=code,
            identity=identity,
        )

    def _route(self, request: IncomingRequest) -> tuple[RoaRoute, dict[str, str]]:
        for route in self.service.routes:
            values = route.match(request.method, request.path)
            if values is not None:
                return route, values
        raise LookupError(f"{request.method} {request.path}")

    def handle(self, request: IncomingRequest) -> Reply:
        try:
            identity = verify_roa(
                request.method,
                request.path,
                request.query,
                request.headers,
                request.body,
                self._credentials,
                self._nonces,
                self._clock(),
            )
        except AuthError as refused:
            return self.error(refused.code, detail=refused.detail)
        found: tuple[RoaRoute, dict[str, str]] | None
        try:
            route, values = self._route(request)
        except LookupError:
            found = None
        else:
            found = (route, values)
            # Every reply from here on carries the identity into the request record:
            # with the operation's secret query parameters hidden.
            identity = identity.hiding(route.secret)
        version = request.headers.get("x-acs-version")
        if not version:
            return self.error(
                "MissingParameter", parameter="x-acs-version", identity=identity
            )
        if version != self.service.api_version:
            return self.error(
                "InvalidVersion",
                detail=f"this server speaks {self.service.api_version}",
                identity=identity,
            )
        if found is None:
            return self.error(
                "InvalidAction.NotFound",
                detail=f"no operation at {request.method} {request.path}",
                identity=identity,
            )
        route, values = found
        action = request.headers.get("x-acs-action")
        if action is not None and action != route.action:
            return self.error(
                "InvalidAction.NotFound",
                detail=f"{request.method} {route.path} is {route.action}, not {action}",
                action=action,
                identity=identity,
            )
        data = route.read(
            RoaRequest(values, request.query, request.headers, _body(request))
        )
        for member in route.required:
            if member not in data:
                return self.error(
                    "MissingParameter",
                    parameter=route.wire_names.get(member, member),
                    action=route.action,
                    identity=identity,
                )
        violations = route.validate(data)
        if violations:
            first = violations[0]
            member = first.path.split("/")[1] if first.path.count("/") else ""
            return self.error(
                "InvalidParameter",
                parameter=route.wire_names.get(member, member or "request"),
                detail=str(first),
                action=route.action,
                identity=identity,
            )
        request_id = new_request_id()
        example = route.json_example
        if route.paging is not None and example is not None:
            documented = json.loads(example)
            try:
                page = (
                    page_data(route.paging, data, documented)
                    if isinstance(documented, dict)
                    else None
                )
            except PageTokenError:
                token = route.paging.request_token or ""
                return self.error(
                    "InvalidParameter",
                    parameter=route.wire_names.get(token, token),
                    detail="no page has this token",
                    action=route.action,
                    identity=identity,
                )
            if page is not None:
                example = json.dumps(page, ensure_ascii=False)
        return Reply(
            status=route.status,
            headers={"content-type": _JSON, "x-acs-request-id": request_id},
            body=_answer(example, request_id),
            request_id=request_id,
            action=route.action,
            identity=identity,
        )


def _answer(example: str | None, request_id: str) -> bytes:
    """The documented answer, its request id (if it carries one) made fresh."""
    if example is None:
        return b""
    data = json.loads(example)
    if isinstance(data, dict):
        for key in _REQUEST_ID_KEYS:
            if key in data:
                data[key] = request_id
    return json.dumps(data, ensure_ascii=False).encode()
