"""Build a REST/JSON request from an operation's parameter table and a request's
wire data: path, query, headers, cookies and body by OpenAPI's rules, then the
credentials by the operation's security schemes.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any, NamedTuple
from urllib.parse import urlencode

from . import rest_params as _p
from .credentials import Credentials
from .rest_multipart import FilePart, MultipartBody, MultipartField, text_field
from .errors import CredentialsError
from .transport import HttpRequest

__all__ = [
    "FORM_CONTENT_TYPE",
    "JSON_CONTENT_TYPE",
    "MULTIPART",
    "RestCredentials",
    "RestParameter",
    "RestParts",
    "Security",
    "apply_security",
    "build_parts",
]

JSON_CONTENT_TYPE = "application/json"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
MULTIPART = "multipart"


class RestParameter(NamedTuple):
    """Where one input member travels: ``member`` is its wire name in the request's
    data; ``location`` path, query, header, cookie, body or payload."""

    member: str
    location: str
    name: str
    style: str = "simple"
    explode: bool = False
    content_type: str | None = None  # a multipart part's, when the spec names one
    files: bool = False  # a list of files: one multipart part each, all this name


class Security(NamedTuple):
    """One security scheme an operation accepts: ``bearer``, ``basic`` or ``api_key``
    (sent as the ``parameter`` header, query parameter or cookie: ``location``)."""

    type: str
    location: str | None = None
    parameter: str | None = None


class RestParts(NamedTuple):
    """One request's operation-specific parts, before credentials."""

    path: str
    query: list[str]  # encoded ``name=value`` fragments
    headers: dict[str, str]
    cookies: list[tuple[str, Any]]
    body: bytes | MultipartBody = b""
    content_type: str | None = None

    def body_bytes(self) -> bytes:
        """The whole body; a multipart one read through (for tests and examples)."""
        return self.body if isinstance(self.body, bytes) else b"".join(self.body)


def build_parts(
    template: str,
    parameters: Sequence[RestParameter],
    body_format: str | None,
    data: Mapping[str, Any],
    constants: Sequence[str] = (),
) -> RestParts:
    """The parts of one request from its wire data (``request.to_dict()``);
    ``constants`` are encoded ``name=value`` pairs every request carries first."""
    path = template
    query: list[str] = list(constants)
    headers: dict[str, str] = {}
    cookies: list[tuple[str, Any]] = []
    fields: dict[str, Any] = {}
    part_types: dict[str, str | None] = {}
    several: set[str] = set()
    payload: Any = None
    has_payload = False
    for parameter in parameters:
        value = data.get(parameter.member)
        location = parameter.location
        if value is None and (location != "body" or parameter.member not in data):
            # An explicit null (a nullable member given NULL) travels in a JSON body.
            continue
        if location == "path":
            text = _p.path_text(
                parameter.name, value, parameter.style, parameter.explode
            )
            path = path.replace("{" + parameter.name + "}", text)
        elif location == "query":
            query += _p.query_fragments(
                parameter.name, value, parameter.style, parameter.explode
            )
        elif location == "header":
            headers[parameter.name.lower()] = _p.header_text(
                value, parameter.explode, parameter.style
            )
        elif location == "cookie":
            json_text = parameter.style == "json"
            cookies.append((parameter.name, _p.Json(value) if json_text else value))
        elif location == "payload":
            payload, has_payload = value, True
        else:
            fields[parameter.name] = value
            part_types[parameter.name] = parameter.content_type
            if parameter.files:
                several.add(parameter.name)
    if has_payload:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        return RestParts(
            path, query, headers, cookies, body.encode(), JSON_CONTENT_TYPE
        )
    if body_format == "form":
        pairs = [(name, _p.text(value)) for name, value in fields.items()]
        return RestParts(
            path, query, headers, cookies, urlencode(pairs).encode(), FORM_CONTENT_TYPE
        )
    if body_format == MULTIPART:
        multipart = MultipartBody(
            [
                _part(name, item, part_types[name])
                for name, value in fields.items()
                for item in (value if name in several else [value])
            ]
        )
        return RestParts(
            path, query, headers, cookies, multipart, multipart.content_type
        )
    if body_format == "json":
        body = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
        return RestParts(
            path, query, headers, cookies, body.encode(), JSON_CONTENT_TYPE
        )
    return RestParts(path, query, headers, cookies)


def _is_file(value: Any) -> bool:
    return isinstance(value, (FilePart, PurePath, bytes)) or callable(
        getattr(value, "read", None)
    )


def _part(name: str, value: Any, content_type: str | None) -> MultipartField:
    if _is_file(value):
        return MultipartField(name, file=value, content_type=content_type)
    return text_field(name, value, content_type)


# What each scheme needs from the credentials, as ``RestCredentials`` names it.
KIND = {"bearer": "bearer", "api_key": "api_key", "basic": "basic"}
ANONYMOUS = "-"


class RestCredentials(Credentials):
    """Any of a bearer token, an API key and a user name and password, at once (an
    operation may ask for two schemes together). The tuple's own fields are what the
    core redacts and checks: the user name (or ``-``), the first secret, and the kinds
    joined by ``+``; every secret is in ``secrets`` so that each one is hidden too."""

    # Attributes, not tuple fields: the core's Credentials keeps its three fields.
    kinds: dict[str, tuple[str, str]]

    def __new__(
        cls,
        token: str | None = None,
        api_key: str | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> RestCredentials:
        kinds: dict[str, tuple[str, str]] = {}
        if token:
            kinds["bearer"] = ("token", token)
        if api_key:
            kinds["api_key"] = ("api_key", api_key)
        if username and password:
            kinds["basic"] = (username, password)
        first = next(iter(kinds.values()), (ANONYMOUS, ANONYMOUS))
        self = super().__new__(
            cls,
            username or ANONYMOUS,
            first[1],
            "+".join(kinds) or ANONYMOUS,
        )
        self.kinds = kinds
        return self

    def __getnewargs__(self) -> tuple[Any, ...]:
        user, password = self.kinds.get("basic", (None, None))
        return (
            self.kinds.get("bearer", (None, None))[1],
            self.kinds.get("api_key", (None, None))[1],
            user,
            password,
        )

    @property
    def secrets(self) -> tuple[str, ...]:
        return tuple(secret for _, secret in self.kinds.values())


def _kinds(credentials: Credentials) -> dict[str, tuple[str, str]]:
    """What the credentials can satisfy, by scheme type: ``(id, secret)``."""
    if isinstance(credentials, RestCredentials):
        return credentials.kinds
    kind = credentials.security_token or ANONYMOUS
    if kind not in KIND:
        return {}
    return {kind: (credentials.access_key_id, credentials.access_key_secret)}


def apply_security(
    requirements: Sequence[Sequence[Security]],
    credentials: Credentials,
    headers: dict[str, str],
    query: list[str],
    cookies: list[tuple[str, Any]],
    action: str,
) -> None:
    """Send the first requirement (one alternative: its schemes together) that the
    credentials satisfy in full; an empty requirement means credentials are optional.
    An operation with requirements and no fitting credentials is refused before
    anything is sent."""
    if not requirements:
        return
    kinds = _kinds(credentials)
    for requirement in requirements:
        if not all(KIND.get(scheme.type) in kinds for scheme in requirement):
            continue
        for scheme in requirement:
            _apply(scheme, kinds[KIND[scheme.type]], headers, query, cookies)
        return
    wanted = " or ".join(
        dict.fromkeys(
            " and ".join(dict.fromkeys(_WANTED[s.type] for s in r))
            for r in requirements
        )
    )
    raise CredentialsError(f"{action} needs {wanted}; none was given")


def _apply(
    scheme: Security,
    pair: tuple[str, str],
    headers: dict[str, str],
    query: list[str],
    cookies: list[tuple[str, Any]],
) -> None:
    identity, secret = pair
    if scheme.type == "bearer":
        headers["authorization"] = f"Bearer {secret}"
    elif scheme.type == "basic":
        encoded = base64.b64encode(f"{identity}:{secret}".encode()).decode()
        headers["authorization"] = "Basic " + encoded
    elif scheme.location == "query":
        query += _p.query_fragments(scheme.parameter or "api_key", secret, "form", True)
    elif scheme.location == "cookie":
        cookies.append((scheme.parameter or "api_key", secret))
    else:
        headers[(scheme.parameter or "x-api-key").lower()] = secret


_WANTED = {
    "bearer": "a bearer token (token=)",
    "api_key": "an API key (api_key=)",
    "basic": "a user name and password (username=, password=)",
}


def to_request(
    method: str,
    base: str,
    parts: RestParts,
    headers: dict[str, str],
) -> HttpRequest:
    url = base + parts.path + ("?" + "&".join(parts.query) if parts.query else "")
    if parts.cookies:
        headers["cookie"] = _p.cookie_header(parts.cookies)
    if parts.content_type is not None:
        headers["content-type"] = parts.content_type
    if isinstance(parts.body, MultipartBody) and parts.body.length is not None:
        headers["content-length"] = str(parts.body.length)
    if isinstance(parts.body, MultipartBody):
        return HttpRequest(method, url, headers, stream=parts.body)
    return HttpRequest(method, url, headers, parts.body)
