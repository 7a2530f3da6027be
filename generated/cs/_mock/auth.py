"""Check Alibaba RPC signatures as the service does: v1 in the query, V3 in headers.

A request is judged in the service's order: complete signature pieces, a fresh timestamp,
a known AccessKey, a matching signature, then an unused nonce (only a request with a good
signature uses up its nonce, so a forged request cannot burn a client's nonce). Nothing
here logs, stores or repeats a secret or a signature.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import parse_qsl

from .._runtime.redaction import HIDDEN
from .._runtime.rpc_signing import (
    canonical_query,
    V3_ALGORITHM,
    sign_v1,
    sign_v3,
    v3_canonical_request,
    v3_string_to_sign,
)

__all__ = [
    "MAX_CLOCK_SKEW",
    "V1_COMMON_PARAMS",
    "V3_COMMON_QUERY_PARAMS",
    "AuthError",
    "Identity",
    "IncomingRequest",
    "NonceStore",
    "verify",
]

# The service refuses a timestamp more than 15 minutes away from its own clock.
MAX_CLOCK_SKEW = 15 * 60

V1_SIGNATURE_PARAMS = (
    "AccessKeyId",
    "Signature",
    "SignatureMethod",
    "SignatureNonce",
    "SignatureVersion",
    "Timestamp",
)
# Query parameters of a v1 request that are not the operation's own.
V1_COMMON_PARAMS = frozenset(
    {
        "Action",
        "Version",
        "Format",
        "SecurityToken",
        "SignatureType",
        *V1_SIGNATURE_PARAMS,
    }
)
# A V3 request keeps only these common parameters in its query (the rest are headers).
V3_COMMON_QUERY_PARAMS = frozenset({"Format"})
# V3 headers without which a request cannot be checked at all.
V3_REQUIRED_HEADERS = ("x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256")
# V3 headers that must be covered by the signature whenever they are sent.
V3_MUST_SIGN = (
    "host",
    "x-acs-action",
    "x-acs-version",
    "x-acs-date",
    "x-acs-signature-nonce",
    "x-acs-content-sha256",
    "x-acs-security-token",
)

_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z$")
_FORM = "application/x-www-form-urlencoded"


class AuthError(Exception):
    """The request is refused; ``code`` is the service's error code, ``detail`` says why."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        self.code = code
        self.detail = detail
        super().__init__(code if detail is None else f"{code}: {detail}")


@dataclass(frozen=True)
class IncomingRequest:
    """What arrived: decoded query pairs, lower-case header names, the raw body."""

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes = b""
    # The query as sent: repeated names (``tag=a&tag=b``) survive only here.
    raw_query: str = ""

    def form(self) -> dict[str, str]:
        """Parameters sent form-encoded in the body (some SDKs POST them that way)."""
        content_type = self.headers.get("content-type", "")
        if not self.body or not content_type.lower().startswith(_FORM):
            return {}
        try:
            text = self.body.decode("utf-8")
        except UnicodeDecodeError:
            return {}
        return dict(parse_qsl(text, keep_blank_values=True))

    def parameters(self) -> dict[str, str]:
        """Query and form parameters together (a form value wins over the query's)."""
        merged = dict(self.query)
        merged.update(self.form())
        return merged

    def __repr__(self) -> str:
        return f"IncomingRequest({self.method} {self.path})"


@dataclass(frozen=True)
class Identity:
    """A request whose signature checked out, and what it asked for."""

    signature_version: str
    access_key_id: str
    action: str | None
    api_version: str | None
    nonce: str
    timestamp: str
    # The operation's own parameters: common and signature parameters taken out.
    params: dict[str, str] = field(default_factory=dict)
    signed_headers: tuple[str, ...] = ()

    def hiding(self, secret: frozenset[str]) -> Identity:
        """This identity with the values of the operation's secret parameters (and of
        their flattened parts, ``Name.1.Key``) replaced: what the server keeps of a
        request once it has read it must not hold a password the caller sent."""
        if not secret:
            return self
        return replace(
            self,
            params={
                name: (
                    HIDDEN
                    if name in secret or name.split(".", 1)[0] in secret
                    else value
                )
                for name, value in self.params.items()
            },
        )


class NonceStore:
    """Nonces seen per AccessKey, kept as long as a replay could still pass the clock check.

    A request is accepted only within ``MAX_CLOCK_SKEW`` of its timestamp, so a nonce first
    seen at time ``t`` can only come back, with a valid timestamp, before ``t + 2 * skew``.
    """

    def __init__(
        self, window: float = 2 * MAX_CLOCK_SKEW, capacity: int = 100_000
    ) -> None:
        self._window = window
        self._capacity = capacity
        self._seen: OrderedDict[tuple[str, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def use(self, access_key_id: str, nonce: str, now: float) -> bool:
        """Record the nonce; False when it was already used."""
        key = (access_key_id, nonce)
        with self._lock:
            while self._seen:
                oldest_key, seen_at = next(iter(self._seen.items()))
                if now - seen_at <= self._window and len(self._seen) < self._capacity:
                    break
                del self._seen[oldest_key]
            if key in self._seen:
                return False
            self._seen[key] = now
            return True

    def __len__(self) -> int:
        return len(self._seen)


def _same(expected: str, given: str) -> bool:
    """Constant-time comparison of bytes: ``hmac.compare_digest`` refuses non-ASCII
    text, and a client may send any bytes as its signature."""
    return hmac.compare_digest(
        expected.encode(), given.encode("utf-8", "surrogatepass")
    )


def _check_timestamp(text: str, now: float) -> None:
    if not _TIMESTAMP.match(text):
        raise AuthError(
            "InvalidTimeStamp.Format", "expected UTC time like 2024-01-01T00:00:00Z"
        )
    try:
        moment = datetime.fromisoformat(text[:-1] + "+00:00").timestamp()
    except ValueError:
        raise AuthError("InvalidTimeStamp.Format", "not a calendar date") from None
    if abs(now - moment) > MAX_CLOCK_SKEW:
        raise AuthError(
            "InvalidTimeStamp.Expired",
            f"{text} is more than {MAX_CLOCK_SKEW // 60} minutes from the server's time",
        )


def _secret_for(access_key_id: str, secrets: Mapping[str, str]) -> str:
    secret = secrets.get(access_key_id)
    if secret is None:
        raise AuthError("InvalidAccessKeyId.NotFound")
    return secret


def _use_nonce(
    nonces: NonceStore | None, access_key_id: str, nonce: str, now: float
) -> None:
    if nonces is not None and not nonces.use(access_key_id, nonce, now):
        raise AuthError("SignatureNonceUsed")


def signature_version_of(request: IncomingRequest) -> str | None:
    """``"v3"`` for an Authorization header, ``"v1"`` for v1 query parameters, else None."""
    if "authorization" in request.headers:
        return "v3"
    params = request.parameters()
    if any(name in params for name in V1_SIGNATURE_PARAMS):
        return "v1"
    return None


def verify(
    request: IncomingRequest,
    secrets: Mapping[str, str],
    *,
    now: float,
    nonces: NonceStore | None = None,
) -> Identity:
    """The request's identity; raises AuthError with the service's code when refused."""
    version = signature_version_of(request)
    if version == "v3":
        return _verify_v3(request, secrets, now, nonces)
    if version == "v1":
        return _verify_v1(request, secrets, now, nonces)
    raise AuthError(
        "IncompleteSignature",
        "neither a Signature parameter nor an Authorization header was sent",
    )


def _verify_v1(
    request: IncomingRequest,
    secrets: Mapping[str, str],
    now: float,
    nonces: NonceStore | None,
) -> Identity:
    params = request.parameters()
    missing = [name for name in V1_SIGNATURE_PARAMS if not params.get(name)]
    if missing:
        raise AuthError("IncompleteSignature", f"missing {', '.join(missing)}")
    if params["SignatureMethod"] != "HMAC-SHA1":
        raise AuthError(
            "IncompleteSignature", "SignatureMethod must be HMAC-SHA1 for version 1.0"
        )
    if params["SignatureVersion"] != "1.0":
        raise AuthError("IncompleteSignature", "SignatureVersion must be 1.0")
    _check_timestamp(params["Timestamp"], now)
    access_key_id = params["AccessKeyId"]
    secret = _secret_for(access_key_id, secrets)
    signed = {name: value for name, value in params.items() if name != "Signature"}
    expected = sign_v1(request.method, signed, secret)
    if not _same(expected, params["Signature"]):
        raise AuthError("SignatureDoesNotMatch")
    _use_nonce(nonces, access_key_id, params["SignatureNonce"], now)
    return Identity(
        signature_version="v1",
        access_key_id=access_key_id,
        action=params.get("Action"),
        api_version=params.get("Version"),
        nonce=params["SignatureNonce"],
        timestamp=params["Timestamp"],
        params={
            name: value
            for name, value in params.items()
            if name not in V1_COMMON_PARAMS
        },
    )


def _authorization_parts(value: str) -> tuple[str, dict[str, str]]:
    """``ACS3-HMAC-SHA256 Credential=a,SignedHeaders=b,Signature=c`` -> (algorithm, parts)."""
    algorithm, _, rest = value.strip().partition(" ")
    parts: dict[str, str] = {}
    for piece in rest.split(","):
        name, separator, content = piece.strip().partition("=")
        if separator:
            parts[name.strip()] = content.strip()
    return algorithm, parts


def _verify_v3(
    request: IncomingRequest,
    secrets: Mapping[str, str],
    now: float,
    nonces: NonceStore | None,
) -> Identity:
    headers = request.headers
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
    unsigned = [
        name
        for name in V3_MUST_SIGN
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
    if not _same(hashlib.sha256(request.body).hexdigest(), payload_hash):
        raise AuthError(
            "SignatureDoesNotMatch", "x-acs-content-sha256 does not match the body"
        )
    canonical, _ = v3_canonical_request(
        request.method,
        request.path,
        canonical_query(request.query),
        headers,
        payload_hash,
        signed_headers=signed_headers,
    )
    expected = sign_v3(v3_string_to_sign(canonical), secret)
    if not _same(expected, parts["Signature"].lower()):
        raise AuthError("SignatureDoesNotMatch")
    _use_nonce(nonces, access_key_id, headers["x-acs-signature-nonce"], now)
    params = request.parameters()
    return Identity(
        signature_version="v3",
        access_key_id=access_key_id,
        action=headers.get("x-acs-action") or params.get("Action"),
        api_version=headers.get("x-acs-version") or params.get("Version"),
        nonce=headers["x-acs-signature-nonce"],
        timestamp=headers["x-acs-date"],
        params={
            name: value
            for name, value in params.items()
            if name not in V3_COMMON_QUERY_PARAMS
        },
        signed_headers=signed_headers,
    )
