"""Credentials served over HTTP by the platform: the ECS instance's RAM role from the
metadata service, and any credentials URI (``ALIBABA_CLOUD_CREDENTIALS_URI``).

The metadata service lives at ``100.100.100.200``; ``metadata_endpoint`` replaces it
(tests point it at a local server). Connect timeouts are short: off ECS the address does
not answer, and a laptop must not hang on it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from urllib.parse import quote, urlsplit

from .credential_cache import (
    DEFAULT_REFRESH_AHEAD_SECONDS,
    ExpiringCredentials,
    RefreshingCredentials,
    parse_expiration,
)
from .credential_http import CredentialHttp, json_object, split_endpoint
from .credential_sts import credentials_from
from .errors import CredentialsError
from .transport import HttpRequest, Timeouts, Transport

__all__ = [
    "DEFAULT_METADATA_ENDPOINT",
    "EcsRamRoleCredentials",
    "UriCredentials",
    "metadata_disabled",
]

DEFAULT_METADATA_ENDPOINT = "http://100.100.100.200"
_METADATA_TIMEOUTS = Timeouts(connect=1.0, read=1.0)
_TOKEN_TTL_SECONDS = "21600"
_ROLES_PATH = "/latest/meta-data/ram/security-credentials/"


def _env_true(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() == "true"


def metadata_disabled() -> bool:
    """``ALIBABA_CLOUD_ECS_METADATA_DISABLED=true`` turns the metadata service off."""
    return _env_true("ALIBABA_CLOUD_ECS_METADATA_DISABLED")


class EcsRamRoleCredentials(RefreshingCredentials):
    """The RAM role attached to this ECS instance.

    ``role_name`` defaults to ``ALIBABA_CLOUD_ECS_METADATA``, else the service is asked
    which role the instance has. IMDSv2 is used (a session token from
    ``PUT /latest/api/token``); when that fails the request is sent without a token
    unless ``imdsv1_disabled`` (default: ``ALIBABA_CLOUD_IMDSV1_DISABLED=true``).
    """

    def __init__(
        self,
        role_name: str | None = None,
        *,
        imdsv1_disabled: bool | None = None,
        metadata_endpoint: str = DEFAULT_METADATA_ENDPOINT,
        transport: Transport | None = None,
        timeouts: Timeouts = _METADATA_TIMEOUTS,
        refresh_ahead: float = DEFAULT_REFRESH_AHEAD_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_ahead=refresh_ahead, clock=clock)
        if metadata_disabled():
            raise CredentialsError(
                "the ECS metadata service is disabled"
                " (ALIBABA_CLOUD_ECS_METADATA_DISABLED=true)"
            )
        self.role_name = (
            role_name
            or os.environ.get("ALIBABA_CLOUD_ECS_METADATA", "").strip()
            or None
        )
        self.imdsv1_disabled = (
            _env_true("ALIBABA_CLOUD_IMDSV1_DISABLED")
            if imdsv1_disabled is None
            else imdsv1_disabled
        )
        self.scheme, self.host = split_endpoint(metadata_endpoint, "http")
        self._http = CredentialHttp(transport, timeouts, use_proxy=False)

    def _source(self) -> str:
        return f"ECS metadata service at {self.host}"

    def _get(self, path: str, token: str | None) -> str:
        headers = {"x-aliyun-ecs-metadata-token": token} if token else {}
        response = self._http.send(
            HttpRequest("GET", f"{self.scheme}://{self.host}{path}", headers),
            self._source(),
        )
        if response.status == 404:
            raise CredentialsError(
                f"{self._source()}: {path} not found (no RAM role attached?)"
            )
        if response.status >= 300:
            raise CredentialsError(
                f"{self._source()}: HTTP {response.status} for {path}"
            )
        return response.body.decode("utf-8", "replace").strip()

    def _session_token(self) -> str | None:
        """An IMDSv2 session token; None to go on without one (IMDSv1).

        Only a service that answers (with an error status) gets the IMDSv1 fallback: one
        that cannot be reached at all fails here, so off ECS the search costs one
        connect timeout, not two.
        """
        request = HttpRequest(
            "PUT",
            f"{self.scheme}://{self.host}/latest/api/token",
            {"x-aliyun-ecs-metadata-token-ttl-seconds": _TOKEN_TTL_SECONDS},
        )
        response = self._http.send(request, self._source())
        if response.status < 300:
            return response.body.decode("utf-8", "replace").strip() or None
        if self.imdsv1_disabled:
            raise CredentialsError(
                f"{self._source()}: HTTP {response.status} for an IMDSv2 token"
                " (IMDSv1 is disabled, so there is no fallback)"
            )
        return None

    def _discover_role(self, token: str | None) -> str:
        names = self._get(_ROLES_PATH, token).split()
        if not names:
            raise CredentialsError(f"{self._source()}: no RAM role is attached")
        self.role_name = names[0]
        return names[0]

    def fetch(self) -> ExpiringCredentials:
        token = self._session_token()
        role = self.role_name or self._discover_role(token)
        body = self._get(_ROLES_PATH + quote(role, safe=""), token)
        try:
            document = json.loads(body)
        except ValueError:
            document = None
        if not isinstance(document, dict) or document.get("Code") != "Success":
            raise CredentialsError(
                f"{self._source()}: the answer for role {role} is not successful"
                " credentials"
            )
        return ExpiringCredentials(
            credentials_from(document, self._source()),
            parse_expiration(document.get("Expiration"), self._source()),
        )

    def __repr__(self) -> str:
        return (
            f"EcsRamRoleCredentials(role_name={self.role_name!r}, host={self.host!r})"
        )


class UriCredentials(RefreshingCredentials):
    """Credentials from a URL answering ``{"Code": "Success", "AccessKeyId": ...,
    "AccessKeySecret": ..., "SecurityToken": ..., "Expiration": ...}``."""

    def __init__(
        self,
        uri: str,
        *,
        transport: Transport | None = None,
        timeouts: Timeouts = Timeouts(connect=5.0, read=10.0),
        refresh_ahead: float = DEFAULT_REFRESH_AHEAD_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_ahead=refresh_ahead, clock=clock)
        parts = urlsplit(uri)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CredentialsError("the credentials URI must be an http(s):// URL")
        self.uri = uri
        # The URI's query may hold a secret: messages name the host only.
        self.host = parts.netloc.rpartition("@")[2]
        self._http = CredentialHttp(transport, timeouts)

    def fetch(self) -> ExpiringCredentials:
        source = f"credentials URI at {self.host}"
        response = self._http.send(HttpRequest("GET", self.uri, {}), source)
        if response.status >= 300:
            raise CredentialsError(f"{source}: HTTP {response.status}")
        document = json_object(response, source)
        if document.get("Code") != "Success":
            raise CredentialsError(
                f"{source}: Code {document.get('Code')!r}, not 'Success'"
            )
        return ExpiringCredentials(
            credentials_from(document, source),
            parse_expiration(document.get("Expiration"), source),
        )

    def __repr__(self) -> str:
        return f"UriCredentials(host={self.host!r})"
