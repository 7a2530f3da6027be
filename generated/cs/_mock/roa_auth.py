"""Check Alibaba ROA signatures as the service does: V3 (ACS3-HMAC-SHA256) and the
legacy ``authorization: acs AK:signature`` (HMAC-SHA1).

The order is RPC's (see ``auth``): complete signature pieces, a fresh date, a known
AccessKey, a body matching its digest, a matching signature, then an unused nonce, so a
forged request never uses up a client's nonce. Nothing here logs or repeats a secret or
a signature, and a signature of any text (non-ASCII too) is compared without raising.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from datetime import timezone
from email.utils import parsedate_to_datetime
from urllib.parse import unquote

from .._runtime.roa_request import roa_v1_string_to_sign, sign_roa_v1
from .._runtime.rpc_signing import (
    V3_ALGORITHM,
    canonical_query,
    percent_encode,
    sign_v3,
    v3_canonical_request,
    v3_string_to_sign,
)
from .auth import (
    MAX_CLOCK_SKEW,
    V3_MUST_SIGN,
    V3_REQUIRED_HEADERS,
    AuthError,
    Identity,
    NonceStore,
    _authorization_parts,
    _check_timestamp,
    _secret_for,
    _use_nonce,
)

__all__ = ["LEGACY_SCHEME", "canonical_path", "verify_roa"]

LEGACY_SCHEME = "acs"
# Headers the legacy string to sign covers besides every x-acs-* one.
_LEGACY_SIGNED = frozenset({"accept", "content-md5", "content-type", "date"})
_LEGACY_REQUIRED_HEADERS = (
    "date",
    "x-acs-signature-nonce",
    "x-acs-signature-method",
    "x-acs-signature-version",
)


def _same(expected: str, given: str) -> bool:
    """Constant-time comparison that cannot raise, whatever text ``given`` holds."""
    return hmac.compare_digest(
        expected.encode(), given.encode("utf-8", "surrogatepass")
    )


def canonical_path(raw_path: str) -> str:
    """The path as this project's client and Alibaba's SDK encode it: each segment
    decoded, then RFC 3986-encoded again (``%7e`` -> ``~``, ``:`` -> ``%3A``)."""
    return "/".join(percent_encode(unquote(segment)) for segment in raw_path.split("/"))


def _path_candidates(raw_path: str) -> tuple[str, ...]:
    """The canonical form first, then the path exactly as received if it differs (a
    client may have signed what it sent, encoded its own way)."""
    path = raw_path.partition("?")[0] or "/"
    canonical = canonical_path(path)
    return (canonical,) if canonical == path else (canonical, path)


def verify_roa(
    method: str,
    raw_path: str,
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
    secrets: Mapping[str, str],
    nonces: NonceStore | None,
    now: float,
) -> Identity:
    """The request's identity; raises AuthError with the service's code when refused.

    ``raw_path`` is the path as received (still encoded), ``query`` the decoded pairs,
    ``headers`` the headers with lower-case names.
    """
    authorization = headers.get("authorization", "").strip()
    if authorization.startswith(V3_ALGORITHM):
        return _verify_v3(method, raw_path, query, headers, body, secrets, nonces, now)
    if authorization.startswith(f"{LEGACY_SCHEME} "):
        return _verify_legacy(
            method, raw_path, query, headers, body, secrets, nonces, now
        )
    raise AuthError(
        "IncompleteSignature",
        "the Authorization header must use ACS3-HMAC-SHA256 or acs AccessKeyId:Signature",
    )


def _verify_v3(
    method: str,
    raw_path: str,
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
    secrets: Mapping[str, str],
    nonces: NonceStore | None,
    now: float,
) -> Identity:
    algorithm, parts = _authorization_parts(headers["authorization"])
    if algorithm != V3_ALGORITHM:
        raise AuthError(
            "IncompleteSignature", f"the Authorization header must use {V3_ALGORITHM}"
        )
    missing = [
        name
        for name in ("Credential", "SignedHeaders", "Signature")
        if not parts.get(name)
    ]
    missing += [name for name in V3_REQUIRED_HEADERS if not headers.get(name)]
    if missing:
        raise AuthError("IncompleteSignature", f"missing {', '.join(missing)}")
    signed_headers = tuple(
        name.strip().lower() for name in parts["SignedHeaders"].split(";") if name
    )
    # A body's type decides how it is read, so it must be signed along with it.
    must_sign = (*V3_MUST_SIGN, "content-type") if body else V3_MUST_SIGN
    unsigned = [
        name
        for name in must_sign
        if (name == "host" or name in headers) and name not in signed_headers
    ]
    if unsigned:
        raise AuthError(
            "IncompleteSignature", f"SignedHeaders leaves out {', '.join(unsigned)}"
        )
    _check_timestamp(headers["x-acs-date"], now)
    access_key_id = parts["Credential"]
    secret = _secret_for(access_key_id, secrets)
    payload_hash = headers["x-acs-content-sha256"].lower()
    if not _same(hashlib.sha256(body).hexdigest(), payload_hash):
        raise AuthError(
            "SignatureDoesNotMatch", "x-acs-content-sha256 does not match the body"
        )
    # The wire may carry "+" or other escapes: decoded by the caller, re-encoded here.
    canonical = canonical_query(query)
    given = parts["Signature"].lower()
    matched = False
    for path in _path_candidates(raw_path):
        request, _ = v3_canonical_request(
            method, path, canonical, headers, payload_hash, signed_headers
        )
        matched |= _same(sign_v3(v3_string_to_sign(request), secret), given)
    if not matched:
        raise AuthError("SignatureDoesNotMatch")
    nonce = headers["x-acs-signature-nonce"]
    _use_nonce(nonces, access_key_id, nonce, now)
    return Identity(
        signature_version="v3",
        access_key_id=access_key_id,
        action=headers.get("x-acs-action"),
        api_version=headers.get("x-acs-version"),
        nonce=nonce,
        timestamp=headers["x-acs-date"],
        params=dict(query),
        signed_headers=signed_headers,
    )


def _check_http_date(text: str, now: float) -> None:
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        raise AuthError(
            "InvalidTimeStamp.Format",
            "expected an RFC 1123 date like Tue, 01 Dec 2026 07:14:01 GMT",
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if abs(now - moment.timestamp()) > MAX_CLOCK_SKEW:
        raise AuthError(
            "InvalidTimeStamp.Expired",
            f"{text} is more than {MAX_CLOCK_SKEW // 60} minutes from the server's time",
        )


def _verify_legacy(
    method: str,
    raw_path: str,
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
    secrets: Mapping[str, str],
    nonces: NonceStore | None,
    now: float,
) -> Identity:
    credential = headers["authorization"].strip()[len(LEGACY_SCHEME) + 1 :].strip()
    access_key_id, _, given = credential.partition(":")
    missing = [
        name
        for name, value in (("AccessKeyId", access_key_id), ("Signature", given))
        if not value
    ]
    missing += [name for name in _LEGACY_REQUIRED_HEADERS if not headers.get(name)]
    if missing:
        raise AuthError("IncompleteSignature", f"missing {', '.join(missing)}")
    if headers["x-acs-signature-method"] != "HMAC-SHA1":
        raise AuthError(
            "IncompleteSignature", "x-acs-signature-method must be HMAC-SHA1"
        )
    if headers["x-acs-signature-version"] != "1.0":
        raise AuthError("IncompleteSignature", "x-acs-signature-version must be 1.0")
    _check_http_date(headers["date"], now)
    secret = _secret_for(access_key_id, secrets)
    content_md5 = headers.get("content-md5")
    if content_md5 is not None:
        digest = hashlib.md5(body, usedforsecurity=False).digest()
        if not _same(base64.b64encode(digest).decode(), content_md5.strip()):
            raise AuthError(
                "SignatureDoesNotMatch", "content-md5 does not match the body"
            )
    matched = False
    for path in _path_candidates(raw_path):
        string_to_sign = roa_v1_string_to_sign(method, headers, path, query)
        matched |= _same(sign_roa_v1(string_to_sign, secret), given.strip())
    if not matched:
        raise AuthError("SignatureDoesNotMatch")
    nonce = headers["x-acs-signature-nonce"]
    _use_nonce(nonces, access_key_id, nonce, now)
    return Identity(
        signature_version="v1",
        access_key_id=access_key_id,
        action=headers.get("x-acs-action"),
        api_version=headers.get("x-acs-version"),
        nonce=nonce,
        timestamp=headers["date"],
        params=dict(query),
        signed_headers=tuple(
            sorted(
                name
                for name in headers
                if name in _LEGACY_SIGNED or name.startswith("x-acs-")
            )
        ),
    )
