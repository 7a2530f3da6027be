"""Alibaba RPC request signatures: v1 (HMAC-SHA1 in the query) and V3 (ACS3-HMAC-SHA256).

Pure functions of their inputs, so clients and the offline server share them and the
reference test vectors check them directly. Nothing here keeps or logs a secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Mapping

__all__ = [
    "EMPTY_BODY_SHA256",
    "V3_ALGORITHM",
    "canonical_query",
    "percent_encode",
    "sign_v1",
    "sign_v1_canonical",
    "sign_v3",
    "signed_header_names",
    "v1_string_to_sign",
    "v3_authorization",
    "v3_canonical_request",
    "v3_string_to_sign",
]

V3_ALGORITHM = "ACS3-HMAC-SHA256"
_UNRESERVED_BYTES = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"
)
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")
# Every byte outside the unreserved set, as the code point of its Latin-1 reading, mapped
# to its ``%XX``: ``str.translate`` then escapes a whole UTF-8 text in one C call, which
# is what ``quote(text, safe="~")`` does a character at a time in Python.
_ESCAPES = {
    byte: f"%{byte:02X}" for byte in range(256) if byte not in _UNRESERVED_BYTES
}
EMPTY_BODY_SHA256 = hashlib.sha256(b"").hexdigest()


def percent_encode(text: str) -> str:
    """RFC 3986: only ``A-Z a-z 0-9 - _ . ~`` stay; UTF-8 bytes as upper-case ``%XX``."""
    # Most keys and values (names, nonces, versions) need no escaping at all.
    if _UNRESERVED.fullmatch(text):
        return text
    # Same text as quote(text, safe="~"): space becomes %20, not +; a lone surrogate
    # fails to encode the same way.
    return text.encode("utf-8").decode("latin-1").translate(_ESCAPES)


def canonical_query(params: Mapping[str, str]) -> str:
    """Encoded ``key=value`` pairs sorted by encoded key, joined with ``&``."""
    encode = percent_encode
    # Encoding keeps distinct keys distinct, so sorting by key alone is the same order
    # as sorting the (key, value) pairs.
    encoded = {encode(key): encode(value) for key, value in params.items()}
    return "&".join([f"{key}={encoded[key]}" for key in sorted(encoded)])


def v1_string_to_sign(method: str, canonical: str) -> str:
    """``METHOD&%2F&encode(canonical query)``."""
    return f"{method}&%2F&{percent_encode(canonical)}"


def sign_v1_canonical(method: str, canonical: str, secret: str) -> str:
    """The v1 ``Signature`` of an already canonical query (sign and send it once)."""
    digest = hmac.new(
        f"{secret}&".encode(),
        v1_string_to_sign(method, canonical).encode(),
        hashlib.sha1,
    ).digest()
    return base64.b64encode(digest).decode()


def sign_v1(method: str, params: Mapping[str, str], secret: str) -> str:
    """The ``Signature`` of a v1 request: base64 HMAC-SHA1 keyed with ``secret + "&"``."""
    return sign_v1_canonical(method, canonical_query(params), secret)


def signed_header_names(headers: Mapping[str, str]) -> list[str]:
    """``host``, ``content-type`` and every ``x-acs-*`` header, lower-cased and sorted."""
    return sorted(
        name.lower()
        for name in headers
        if name.lower() in ("host", "content-type") or name.lower().startswith("x-acs-")
    )


def v3_canonical_request(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    payload_sha256: str,
    signed_headers: Iterable[str] | None = None,
) -> tuple[str, str]:
    """``(canonical request, signed header list)`` for a canonical ``query`` string.

    ``signed_headers`` picks the headers to sign (a server verifying a request signs what
    the client said it signed); by default the ones the protocol requires.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    names = (
        sorted(name.lower() for name in signed_headers)
        if signed_headers is not None
        else signed_header_names(lowered)
    )
    canonical_headers = "".join(
        f"{name}:{lowered.get(name, '').strip()}\n" for name in names
    )
    signed = ";".join(names)
    request = "\n".join(
        (
            method,
            path or "/",
            query,
            canonical_headers,
            signed,
            payload_sha256,
        )
    )
    return request, signed


def v3_string_to_sign(canonical_request: str) -> str:
    digest = hashlib.sha256(canonical_request.encode()).hexdigest()
    return f"{V3_ALGORITHM}\n{digest}"


def sign_v3(string_to_sign: str, secret: str) -> str:
    return hmac.new(
        secret.encode(), string_to_sign.encode(), hashlib.sha256
    ).hexdigest()


def v3_authorization(
    method: str,
    path: str,
    query: str,
    headers: Mapping[str, str],
    payload_sha256: str,
    access_key_id: str,
    secret: str,
    signed_headers: Iterable[str] | None = None,
) -> str:
    """The ``Authorization`` header value of a V3 request (``query`` is canonical);
    ``signed_headers`` picks the headers signed (by default the protocol's)."""
    canonical, signed = v3_canonical_request(
        method, path, query, headers, payload_sha256, signed_headers
    )
    signature = sign_v3(v3_string_to_sign(canonical), secret)
    return (
        f"{V3_ALGORITHM} Credential={access_key_id},SignedHeaders={signed},"
        f"Signature={signature}"
    )
