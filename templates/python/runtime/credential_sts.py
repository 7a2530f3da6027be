"""The STS (Security Token Service, API 2015-04-01) calls that role credentials need.

``AssumeRole`` is an ordinary RPC call signed (ACS3-HMAC-SHA256) with the caller's
credentials by this runtime's own RPC signer. ``AssumeRoleWithOIDC`` is anonymous: the
OIDC token proves who calls, so it carries no signature, and the token travels in the
form body rather than in the URL. Both answer JSON with a ``Credentials`` object.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlencode

from .credential_cache import ExpiringCredentials, parse_expiration
from .credential_http import CredentialHttp, json_object, split_endpoint
from .credentials import Credentials
from .errors import CredentialsError
from .rpc_request import RequestTarget, build_request, new_nonce, utc_timestamp
from .rpc_signing import canonical_query
from .transport import HttpRequest, HttpResponse

__all__ = [
    "DEFAULT_DURATION_SECONDS",
    "STS_API_VERSION",
    "StsService",
    "check_duration",
    "credentials_from",
    "default_session_name",
    "sts_endpoint",
]

STS_API_VERSION = "2015-04-01"
DEFAULT_DURATION_SECONDS = 3600
_MIN_DURATION_SECONDS = 900
_USER_AGENT = "alibabacloud-credentials (acsgen runtime)"


def sts_endpoint(
    endpoint: str | None = None, region: str | None = None, vpc: bool | None = None
) -> str:
    """The STS endpoint to call: ``endpoint`` if given, else one built from the region.

    ``region`` defaults to ``ALIBABA_CLOUD_STS_REGION`` and ``vpc`` to
    ``ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true`` (``sts-vpc.<region>.aliyuncs.com``);
    with no region the central ``sts.aliyuncs.com``.
    """
    if endpoint:
        return endpoint
    region = region or os.environ.get("ALIBABA_CLOUD_STS_REGION") or None
    if vpc is None:
        vpc = os.environ.get("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "").lower() == "true"
    if region:
        return f"sts{'-vpc' if vpc else ''}.{region}.aliyuncs.com"
    return "sts.aliyuncs.com"


def default_session_name() -> str:
    """``ALIBABA_CLOUD_ROLE_SESSION_NAME``, or a name unique enough to audit by."""
    return os.environ.get("ALIBABA_CLOUD_ROLE_SESSION_NAME") or (
        f"acsgen-python-{new_nonce()[:12]}"
    )


def check_duration(duration_seconds: int) -> int:
    if (
        not isinstance(duration_seconds, int)
        or duration_seconds < _MIN_DURATION_SECONDS
    ):
        raise CredentialsError(
            f"duration_seconds must be a whole number of at least"
            f" {_MIN_DURATION_SECONDS}, not {duration_seconds!r}"
        )
    return duration_seconds


class StsService:
    """One STS endpoint and the HTTP settings to reach it."""

    def __init__(self, endpoint: str, http: CredentialHttp) -> None:
        self.scheme, self.host = split_endpoint(endpoint)
        self._http = http

    def assume_role(
        self,
        caller: Credentials,
        *,
        role_arn: str,
        session_name: str,
        duration_seconds: int = DEFAULT_DURATION_SECONDS,
        policy: str | None = None,
        external_id: str | None = None,
    ) -> ExpiringCredentials:
        params = {
            "RoleArn": role_arn,
            "RoleSessionName": session_name,
            "DurationSeconds": str(duration_seconds),
        }
        if policy:
            params["Policy"] = policy
        if external_id:
            params["ExternalId"] = external_id
        target = RequestTarget(
            scheme=self.scheme,
            host=self.host,
            api_version=STS_API_VERSION,
            signature_version="v3",
            response_format="json",
        )
        request = build_request(
            target, "POST", "AssumeRole", params, caller, _USER_AGENT
        )
        return self._credentials("AssumeRole", request)

    def assume_role_with_oidc(
        self,
        *,
        role_arn: str,
        oidc_provider_arn: str,
        oidc_token: str,
        session_name: str,
        duration_seconds: int = DEFAULT_DURATION_SECONDS,
        policy: str | None = None,
    ) -> ExpiringCredentials:
        query = {
            "Action": "AssumeRoleWithOIDC",
            "Version": STS_API_VERSION,
            "Format": "JSON",
            "Timestamp": utc_timestamp(),
            "SignatureNonce": new_nonce(),
        }
        form = {
            "RoleArn": role_arn,
            "OIDCProviderArn": oidc_provider_arn,
            "OIDCToken": oidc_token,
            "RoleSessionName": session_name,
            "DurationSeconds": str(duration_seconds),
        }
        if policy:
            form["Policy"] = policy
        request = HttpRequest(
            "POST",
            f"{self.scheme}://{self.host}/?{canonical_query(query)}",
            {
                "accept": "application/json",
                "content-type": "application/x-www-form-urlencoded",
                "user-agent": _USER_AGENT,
            },
            urlencode(form).encode(),
        )
        return self._credentials("AssumeRoleWithOIDC", request)

    def _credentials(self, action: str, request: HttpRequest) -> ExpiringCredentials:
        source = f"STS {action} at {self.host}"
        response = self._http.send(request, source)
        document = json_object(response, source)
        if response.status >= 300:
            raise _refusal(source, response, document)
        issued = document.get("Credentials")
        if not isinstance(issued, Mapping):
            raise CredentialsError(f"{source}: the answer carries no Credentials")
        return ExpiringCredentials(
            credentials_from(issued, source),
            parse_expiration(issued.get("Expiration"), source),
        )


def credentials_from(fields: Mapping[str, object], source: str) -> Credentials:
    """Credentials from ``AccessKeyId``/``AccessKeySecret``/``SecurityToken`` fields."""
    access_key_id = fields.get("AccessKeyId")
    access_key_secret = fields.get("AccessKeySecret")
    token = fields.get("SecurityToken")
    if not isinstance(access_key_id, str) or not access_key_id:
        raise CredentialsError(f"{source}: the answer carries no AccessKeyId")
    if not isinstance(access_key_secret, str) or not access_key_secret:
        raise CredentialsError(f"{source}: the answer carries no AccessKeySecret")
    if token is not None and not isinstance(token, str):
        raise CredentialsError(f"{source}: SecurityToken is not a string")
    return Credentials(access_key_id, access_key_secret, token or None)


def _refusal(
    source: str, response: HttpResponse, document: Mapping[str, object]
) -> CredentialsError:
    code = document.get("Code") or "-"
    message = document.get("Message") or ""
    request_id = document.get("RequestId") or "-"
    return CredentialsError(
        f"{source} refused (HTTP {response.status}, {code}): {message}"
        f" (request id {request_id})"
    )
