"""Turn an operation's query parameters into a signed Alibaba RPC HTTP request.

Every attempt calls ``build_request`` again, so each one carries a fresh nonce and
timestamp and, with a rotating credentials provider, the current token.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping

from .credentials import Credentials
from .rpc_signing import (
    EMPTY_BODY_SHA256,
    canonical_query,
    percent_encode,
    sign_v1_canonical,
    signed_header_names,
    v3_authorization,
)
from .transport import HttpRequest

__all__ = ["RequestTarget", "build_request", "new_nonce", "utc_timestamp"]


def new_nonce() -> str:
    return os.urandom(16).hex()


def utc_timestamp() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


class RequestTarget:
    """Where and how requests of one client travel; fixed when the client is built."""

    __slots__ = ("scheme", "host", "api_version", "signature_version", "format")

    def __init__(
        self,
        *,
        scheme: str,
        host: str,
        api_version: str,
        signature_version: str,
        response_format: str,
    ) -> None:
        self.scheme = scheme
        self.host = host
        self.api_version = api_version
        self.signature_version = signature_version
        self.format = response_format.upper()


def build_request(
    target: RequestTarget,
    method: str,
    action: str,
    params: Mapping[str, str],
    credentials: Credentials,
    user_agent: str,
    *,
    nonce: str | None = None,
    timestamp: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> HttpRequest:
    """A signed request; ``headers`` are extra ones (lower-case names the client does
    not set itself): V3 signs them, v1 (whose signature covers the query) sends them
    unsigned."""
    nonce = nonce or new_nonce()
    timestamp = timestamp or utc_timestamp()
    if target.signature_version == "v1":
        request = _build_v1(
            target, method, action, params, credentials, user_agent, nonce, timestamp
        )
        if headers:
            request = request._replace(headers={**headers, **request.headers})
        return request
    return _build_v3(
        target,
        method,
        action,
        params,
        credentials,
        user_agent,
        nonce,
        timestamp,
        headers or {},
    )


def _build_v1(
    target: RequestTarget,
    method: str,
    action: str,
    params: Mapping[str, str],
    credentials: Credentials,
    user_agent: str,
    nonce: str,
    timestamp: str,
) -> HttpRequest:
    query = dict(params)
    query.update(
        Action=action,
        Version=target.api_version,
        Format=target.format,
        AccessKeyId=credentials.access_key_id,
        SignatureMethod="HMAC-SHA1",
        SignatureVersion="1.0",
        SignatureNonce=nonce,
        Timestamp=timestamp,
    )
    if credentials.security_token:
        query["SecurityToken"] = credentials.security_token
    canonical = canonical_query(query)
    signature = sign_v1_canonical(method, canonical, credentials.access_key_secret)
    return HttpRequest(
        method,
        f"{target.scheme}://{target.host}/?{canonical}"
        f"&Signature={percent_encode(signature)}",
        {"accept": "application/json, application/xml", "user-agent": user_agent},
    )


def _build_v3(
    target: RequestTarget,
    method: str,
    action: str,
    params: Mapping[str, str],
    credentials: Credentials,
    user_agent: str,
    nonce: str,
    timestamp: str,
    extra: Mapping[str, str],
) -> HttpRequest:
    query = dict(params)
    query["Format"] = target.format
    headers = {
        **extra,
        "host": target.host,
        "x-acs-action": action,
        "x-acs-version": target.api_version,
        "x-acs-date": timestamp,
        "x-acs-signature-nonce": nonce,
        "x-acs-content-sha256": EMPTY_BODY_SHA256,
    }
    if credentials.security_token:
        headers["x-acs-security-token"] = credentials.security_token
    canonical = canonical_query(query)
    headers["authorization"] = v3_authorization(
        method,
        "/",
        canonical,
        headers,
        EMPTY_BODY_SHA256,
        credentials.access_key_id,
        credentials.access_key_secret,
        # Extra headers are signed along with the protocol's own.
        signed_headers=(
            sorted({*signed_header_names(headers), *extra}) if extra else None
        ),
    )
    headers["accept"] = "application/json, application/xml"
    headers["user-agent"] = user_agent
    return HttpRequest(method, f"{target.scheme}://{target.host}/?{canonical}", headers)
