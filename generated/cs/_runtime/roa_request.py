"""Turn an Alibaba ROA (RESTful) operation's path, query, headers and body into a signed
HTTP request, with signature V3 (ACS3-HMAC-SHA256) or the legacy ``acs AK:signature``.

Every attempt calls ``build_request`` again, so each one carries a fresh nonce and date
and, with a rotating credentials provider, the current token.

What the client signs (V3): every header it sends, ``accept`` and ``user-agent`` included,
as Alibaba's own SDK does. Unlike RPC, an ROA operation may carry parameters in headers,
and signing the whole set keeps them covered too. A server signs what ``SignedHeaders``
names, so either choice verifies.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import lru_cache

from .credentials import Credentials
from .model import Model, to_wire
from .rpc_params import add_flat, add_repeat_list, join_comma, scalar_text
from .rpc_request import new_nonce, utc_timestamp
from .rpc_signing import (
    EMPTY_BODY_SHA256,
    V3_ALGORITHM,
    canonical_query,
    percent_encode,
    sign_v3,
    v3_canonical_request,
    v3_string_to_sign,
)
from .transport import HttpRequest

__all__ = [
    "JSON_CONTENT_TYPE",
    "FORM_CONTENT_TYPE",
    "RoaTarget",
    "add_query_param",
    "build_request",
    "canonical_resource",
    "encode_path",
    "form_body",
    "http_date",
    "json_body",
    "roa_v1_string_to_sign",
    "roa_v3_authorization",
    "sign_roa_v1",
]

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
_ACCEPT = "application/json"
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# A path segment of "." or ".." would be resolved away by any proxy or server on the
# way, sending the call to another resource (DELETE /clusters/.. is DELETE /).
_DOT_SEGMENTS = frozenset({".", ".."})
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


class RoaTarget:
    """Where and how requests of one client travel; fixed when the client is built.

    ``signature_version`` is ``"v3"`` (ACS3-HMAC-SHA256) or ``"v1"`` (the legacy ROA
    HMAC-SHA1 signature in ``authorization: acs AK:signature``).
    """

    __slots__ = ("scheme", "host", "api_version", "signature_version")

    def __init__(
        self, *, scheme: str, host: str, api_version: str, signature_version: str
    ) -> None:
        self.scheme = scheme
        self.host = host
        self.api_version = api_version
        self.signature_version = signature_version


@lru_cache(maxsize=1024)
def _template_parts(template: str) -> tuple[str, ...]:
    """``"/a/{B}/c"`` -> ``("/a/", "B", "/c")``: literals at even, names at odd indexes."""
    return tuple(_PLACEHOLDER.split(template))


def encode_path(template: str, values: Mapping[str, str]) -> str:
    """The template with each ``{Name}`` replaced by its RFC 3986-encoded value.

    ``/`` inside a value is encoded (``%2F``), so a value is always exactly one segment;
    the template's own slashes stay. An empty, missing, ``.`` or ``..`` value is refused
    with ValueError: each would silently address another resource.
    """
    parts = _template_parts(template)
    if len(parts) == 1:
        return template
    pieces = list(parts)
    for index in range(1, len(pieces), 2):
        name = pieces[index]
        value = values.get(name)
        if value is None or value == "":
            raise ValueError(f"path parameter {name} needs a non-empty value")
        if value in _DOT_SEGMENTS:
            raise ValueError(f"path parameter {name} cannot be {value!r}")
        pieces[index] = percent_encode(value)
    return "".join(pieces)


def add_query_param(
    params: dict[str, str], name: str, value: object, style: str = "json"
) -> None:
    """Add one query parameter by its style; ``None`` adds nothing.

    ``json`` (ROA's default): lists and objects JSON-encoded, scalars as text;
    ``simple``: a list comma-joined; ``flat``: ``name.member=value``;
    ``repeatList``: ``name.1=a&name.2=b`` (1-based, nested members too).
    """
    if value is None:
        return
    if style == "repeatList":
        add_repeat_list(params, name, value)
    elif style == "flat":
        add_flat(params, name, value)
    elif style == "simple" and isinstance(value, (list, tuple)):
        params[name] = join_comma(value)
    elif isinstance(value, (list, tuple, Mapping, Model)):
        params[name] = _compact_json(value)
    else:
        params[name] = scalar_text(value)


def _compact_json(value: object) -> str:
    return json.dumps(to_wire(value), ensure_ascii=False, separators=(",", ":"))


def json_body(value: object) -> bytes:
    """Compact JSON, non-ASCII kept as UTF-8 (what Alibaba's SDK sends and signs)."""
    return _compact_json(value).encode()


def form_body(pairs: Mapping[str, str]) -> bytes:
    """``key=value`` pairs RFC 3986-encoded (space as ``%20``), in the given order."""
    return "&".join(
        f"{percent_encode(key)}={percent_encode(value)}" for key, value in pairs.items()
    ).encode()


def http_date(timestamp: str | None = None) -> str:
    """RFC 1123 date (``Tue, 01 Dec 2026 07:14:01 GMT``) of a UTC ``...Z`` timestamp, or
    of now; built by hand because ``strftime``'s day and month names follow the locale.
    """
    if timestamp is None:
        moment = time.gmtime()
    else:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00")).utctimetuple()
    return (
        f"{_DAYS[moment.tm_wday]}, {moment.tm_mday:02d} {_MONTHS[moment.tm_mon - 1]}"
        f" {moment.tm_year} {moment.tm_hour:02d}:{moment.tm_min:02d}"
        f":{moment.tm_sec:02d} GMT"
    )


def roa_v3_authorization(
    method: str,
    path: str,
    canonical: str,
    headers: Mapping[str, str],
    payload_sha256: str,
    access_key_id: str,
    secret: str,
    signed_headers: Iterable[str] | None = None,
) -> str:
    """The V3 ``authorization`` value; signs ``signed_headers``, by default every header.

    ``path`` is the encoded path (the canonical URI), ``canonical`` the canonical query.
    """
    request, signed = v3_canonical_request(
        method,
        path,
        canonical,
        headers,
        payload_sha256,
        signed_headers=headers if signed_headers is None else signed_headers,
    )
    signature = sign_v3(v3_string_to_sign(request), secret)
    return (
        f"{V3_ALGORITHM} Credential={access_key_id},SignedHeaders={signed},"
        f"Signature={signature}"
    )


def canonical_resource(path: str, query: Mapping[str, str]) -> str:
    """The legacy signature's resource: the encoded path, then the query sorted by key
    with values NOT encoded; a key whose value is empty stands alone."""
    if not query:
        return path
    pairs = "&".join(
        key if query[key] == "" else f"{key}={query[key]}" for key in sorted(query)
    )
    return f"{path}?{pairs}"


def roa_v1_string_to_sign(
    method: str, headers: Mapping[str, str], path: str, query: Mapping[str, str]
) -> str:
    """``METHOD\\naccept\\ncontent-md5\\ncontent-type\\ndate\\n``, every ``x-acs-*``
    header as ``name:value\\n`` (sorted, lower-case names), then the canonical resource.

    ``headers`` must have lower-case names (what servers and this module's client hold).
    """
    acs = "".join(
        f"{name}:{headers[name]}\n"
        for name in sorted(name for name in headers if name.startswith("x-acs-"))
    )
    return (
        f"{method}\n{headers.get('accept', '')}\n{headers.get('content-md5', '')}\n"
        f"{headers.get('content-type', '')}\n{headers.get('date', '')}\n"
        f"{acs}{canonical_resource(path, query)}"
    )


def sign_roa_v1(string_to_sign: str, secret: str) -> str:
    """base64 HMAC-SHA1 keyed with the secret itself (RPC's v1 appends ``&``; ROA's not)."""
    digest = hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def _own_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The operation's header parameters with lower-case names; protocol headers set
    afterwards win, so a parameter can never replace the action, date or signature."""
    if not headers:
        return {}
    return {name.lower(): value for name, value in headers.items()}


def build_request(
    target: RoaTarget,
    method: str,
    action: str,
    path: str,
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
    content_type: str | None,
    credentials: Credentials,
    user_agent: str,
    *,
    nonce: str | None = None,
    timestamp: str | None = None,
    content_md5: bool = True,
) -> HttpRequest:
    """A signed request. ``path`` is already encoded (``encode_path``); ``query`` holds
    decoded text values; ``timestamp`` is UTC ``YYYY-MM-DDThh:mm:ssZ`` (default now).

    ``content_md5`` (legacy signature only): send and sign the body's MD5, the only way
    that signature covers a body; Alibaba's SDK leaves it out.
    """
    sent = _own_headers(headers)
    sent["host"] = target.host
    sent["accept"] = _ACCEPT
    sent["user-agent"] = user_agent
    sent["x-acs-action"] = action
    sent["x-acs-version"] = target.api_version
    sent["x-acs-signature-nonce"] = nonce or new_nonce()
    if body and content_type:
        sent["content-type"] = content_type
    if credentials.security_token:
        sent["x-acs-security-token"] = credentials.security_token
    canonical = canonical_query(query) if query else ""
    if target.signature_version == "v1":
        _sign_v1(
            sent,
            method,
            path,
            query,
            body if content_md5 else b"",
            credentials,
            timestamp,
        )
    else:
        payload_sha256 = hashlib.sha256(body).hexdigest() if body else EMPTY_BODY_SHA256
        sent["x-acs-date"] = timestamp or utc_timestamp()
        sent["x-acs-content-sha256"] = payload_sha256
        sent["authorization"] = roa_v3_authorization(
            method,
            path,
            canonical,
            sent,
            payload_sha256,
            credentials.access_key_id,
            credentials.access_key_secret,
        )
    url = f"{target.scheme}://{target.host}{path}"
    if canonical:
        # The canonical query is RFC 3986-encoded: it is also what goes on the wire.
        url = f"{url}?{canonical}"
    return HttpRequest(method, url, sent, body)


def _sign_v1(
    sent: dict[str, str],
    method: str,
    path: str,
    query: Mapping[str, str],
    md5_of: bytes,
    credentials: Credentials,
    timestamp: str | None,
) -> None:
    sent["date"] = http_date(timestamp)
    sent["x-acs-signature-method"] = "HMAC-SHA1"
    sent["x-acs-signature-version"] = "1.0"
    if md5_of:
        # The legacy signature covers the body only through its MD5.
        digest = hashlib.md5(md5_of, usedforsecurity=False).digest()
        sent["content-md5"] = base64.b64encode(digest).decode()
    signature = sign_roa_v1(
        roa_v1_string_to_sign(method, sent, path, query),
        credentials.access_key_secret,
    )
    sent["authorization"] = f"acs {credentials.access_key_id}:{signature}"
