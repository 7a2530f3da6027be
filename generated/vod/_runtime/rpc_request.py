"""Turn an operation's query parameters into a signed Alibaba RPC HTTP request.

Every attempt calls ``build_request`` again, so each one carries a fresh nonce and
timestamp and, with a rotating credentials provider, the current token.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from urllib.parse import urlencode

from .credentials import Credentials
from .rpc_signing import (
    EMPTY_BODY_SHA256,
    V3_ALGORITHM,
    canonical_query,
    percent_encode,
    sign_v1_canonical,
    sign_v3,
    signed_header_names,
    v3_authorization,
    v3_string_to_sign,
)
from .transport import HttpRequest

__all__ = [
    "RequestTarget",
    "build_anonymous_request",
    "build_request",
    "new_nonce",
    "utc_timestamp",
]


def new_nonce() -> str:
    return os.urandom(16).hex()


# The last second formatted, and its text: calls within one second share the text
# instead of formatting it again. One tuple, replaced whole, so threads never see a
# second paired with another second's text.
_last_second: tuple[int, str] = (-1, "")


def utc_timestamp() -> str:
    global _last_second
    now = int(time.time())  # what time.gmtime() takes: the seconds, rounded down
    second, text = _last_second
    if second != now:
        text = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
        _last_second = (now, text)
    return text


class RequestTarget:
    """Where and how requests of one client travel; fixed when the client is built."""

    __slots__ = (
        "scheme",
        "host",
        "api_version",
        "signature_version",
        "format",
        "url_prefix",
        "v3_host_line",
        "v3_version_line",
    )

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
        self.url_prefix = f"{scheme}://{host}/?"
        # The V3 canonical header lines that never change for this target.
        self.v3_host_line = f"host:{host.strip()}\n"
        self.v3_version_line = f"x-acs-version:{api_version.strip()}\n"


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
        f"{target.url_prefix}{canonical}&Signature={percent_encode(signature)}",
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
    token = credentials.security_token
    if token:
        headers["x-acs-security-token"] = token
    canonical = canonical_query(query)
    if extra:
        headers["authorization"] = v3_authorization(
            method,
            "/",
            canonical,
            headers,
            EMPTY_BODY_SHA256,
            credentials.access_key_id,
            credentials.access_key_secret,
            # Extra headers are signed along with the protocol's own.
            signed_headers=sorted({*signed_header_names(headers), *extra}),
        )
    else:
        headers["authorization"] = _v3_authorization(
            target, method, canonical, action, timestamp, nonce, token, credentials
        )
    headers["accept"] = "application/json, application/xml"
    headers["user-agent"] = user_agent
    return HttpRequest(method, target.url_prefix + canonical, headers)


_SIGNED = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
_SIGNED_WITH_TOKEN = (
    "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-security-token;"
    "x-acs-signature-nonce;x-acs-version"
)


def _v3_authorization(
    target: RequestTarget,
    method: str,
    canonical: str,
    action: str,
    timestamp: str,
    nonce: str,
    token: str | None,
    credentials: Credentials,
) -> str:
    """``v3_authorization`` of the protocol's own headers, written out in their sorted
    order: the same text without lower-casing, filtering and sorting them every call."""
    if token:
        token_line = f"x-acs-security-token:{token.strip()}\n"
        signed = _SIGNED_WITH_TOKEN
    else:
        token_line = ""
        signed = _SIGNED
    request = (
        f"{method}\n/\n{canonical}\n{target.v3_host_line}"
        f"x-acs-action:{action.strip()}\n"
        f"x-acs-content-sha256:{EMPTY_BODY_SHA256}\n"
        f"x-acs-date:{timestamp.strip()}\n{token_line}"
        f"x-acs-signature-nonce:{nonce.strip()}\n{target.v3_version_line}"
        f"\n{signed}\n{EMPTY_BODY_SHA256}"
    )
    signature = sign_v3(v3_string_to_sign(request), credentials.access_key_secret)
    return (
        f"{V3_ALGORITHM} Credential={credentials.access_key_id},"
        f"SignedHeaders={signed},Signature={signature}"
    )


def build_anonymous_request(
    target: RequestTarget,
    method: str,
    action: str,
    params: Mapping[str, str],
    user_agent: str,
    *,
    nonce: str | None = None,
    timestamp: str | None = None,
) -> HttpRequest:
    """An unsigned request of an operation that proves its caller some other way (an
    OIDC token, a SAML assertion): the common parameters in the query and, for POST,
    the operation's own in a form body, so a token stays out of URLs that proxies and
    access logs keep."""
    query = {
        "Action": action,
        "Version": target.api_version,
        "Format": target.format,
        "Timestamp": timestamp or utc_timestamp(),
        "SignatureNonce": nonce or new_nonce(),
    }
    headers = {"accept": "application/json, application/xml", "user-agent": user_agent}
    body = b""
    if method == "POST":
        headers["content-type"] = "application/x-www-form-urlencoded"
        body = urlencode(sorted(params.items())).encode()
    else:
        query.update(params)
    url = target.url_prefix + canonical_query(query)
    return HttpRequest(method, url, headers, body)
