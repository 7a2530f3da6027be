"""The STS (Security Token Service, API 2015-04-01) calls that role credentials need.

They go through the STS client generated from the project's STS spec, which every
generated package carries at ``<package>/_sts`` beside this runtime (see README:
"Where STS calls come from"). ``AssumeRole`` is signed (ACS3-HMAC-SHA256) with the
caller's credentials like any call; ``AssumeRoleWithOIDC`` is an anonymous operation in
the spec: the OIDC token proves who calls, so it is sent unsigned and its parameters
travel in the form body rather than in the URL. Both answer with a ``Credentials``
object. The client makes one attempt per call: the credentials cache decides when to
try again (``credential_cache``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from importlib import import_module
from typing import Any

from .credential_cache import ExpiringCredentials, parse_expiration
from .credential_http import split_endpoint
from .credentials import Credentials, CredentialsProvider
from .errors import ApiError, CredentialsError, ServiceError
from .rpc_request import new_nonce
from .transport import Timeouts, Transport

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
    """One STS endpoint, the transport settings to reach it and the caller whose
    credentials sign (None: only anonymous calls); the package's generated
    ``StsClient`` is built on the first call."""

    def __init__(
        self,
        endpoint: str,
        transport: Transport | None,
        timeouts: Timeouts,
        caller: CredentialsProvider | None = None,
    ) -> None:
        self.scheme, self.host = split_endpoint(endpoint)
        self._transport = transport
        self._timeouts = timeouts
        self._caller = caller
        self._sts: Any = None

    def _client(self) -> Any:
        if self._sts is None:
            module = import_module(f"{_package()}._sts.client")
            self._sts = module.StsClient(
                endpoint=f"{self.scheme}://{self.host}",
                credentials_provider=self._caller or _no_caller,
                transport=self._transport,
                timeout=self._timeouts.read,
                connect_timeout=self._timeouts.connect,
                max_attempts=1,
            )
        return self._sts

    def assume_role(
        self,
        *,
        role_arn: str,
        session_name: str,
        duration_seconds: int = DEFAULT_DURATION_SECONDS,
        policy: str | None = None,
        external_id: str | None = None,
    ) -> ExpiringCredentials:
        return self._credentials(
            "AssumeRole",
            lambda: self._client().assume_role(
                role_arn=role_arn,
                role_session_name=session_name,
                duration_seconds=duration_seconds,
                policy=policy or None,
                external_id=external_id or None,
            ),
        )

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
        return self._credentials(
            "AssumeRoleWithOIDC",
            lambda: self._client().assume_role_with_oidc(
                role_arn=role_arn,
                oidc_provider_arn=oidc_provider_arn,
                oidc_token=oidc_token,
                role_session_name=session_name,
                duration_seconds=duration_seconds,
                policy=policy or None,
            ),
            secrets=(oidc_token,),
        )

    def _credentials(
        self,
        action: str,
        call: Callable[[], Any],
        secrets: tuple[str, ...] = (),
    ) -> ExpiringCredentials:
        source = f"STS {action} at {self.host}"
        try:
            answer = call().to_dict()
        except ServiceError as error:
            raise _refusal(source, error, secrets) from None
        except ApiError as error:
            raise CredentialsError(_hidden(f"{source}: {error}", secrets)) from None
        issued = answer.get("Credentials")
        if not isinstance(issued, Mapping):
            raise CredentialsError(f"{source}: the answer carries no Credentials")
        return ExpiringCredentials(
            credentials_from(issued, source),
            parse_expiration(issued.get("Expiration"), source),
        )


def _package() -> str:
    """The generated package this runtime belongs to (``generated.vod``)."""
    return __name__.rsplit(".", 2)[0]


def _no_caller() -> Credentials:
    # Only anonymous operations go through a client built without a caller, and the
    # client asks no credentials for those.
    raise CredentialsError("this STS call needs a caller's credentials")


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


def _hidden(text: str, secrets: tuple[str, ...]) -> str:
    from .redaction import redact

    return redact(text, secrets)


def _refusal(
    source: str, error: ServiceError, secrets: tuple[str, ...]
) -> CredentialsError:
    return CredentialsError(
        _hidden(
            f"{source} refused (HTTP {error.http_status}, {error.code or '-'}):"
            f" {error.message or ''} (request id {error.request_id or '-'})",
            secrets,
        )
    )
