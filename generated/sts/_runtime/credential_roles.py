"""RAM roles taken on through STS: by another credential (AssumeRole) or by an OIDC
token (AssumeRoleWithOIDC, ACK's RRSA). Both cache what STS issues and refresh it before
it expires (``credential_cache``).

``sts_endpoint`` (``https://host`` or ``http://127.0.0.1:port``) replaces the endpoint
built from ``sts_region``/``ALIBABA_CLOUD_STS_REGION``; tests point it at a local server.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from .credential_cache import (
    DEFAULT_REFRESH_AHEAD_SECONDS,
    ExpiringCredentials,
    RefreshingCredentials,
)
from .credential_sts import (
    DEFAULT_DURATION_SECONDS,
    StsService,
    check_duration,
    default_session_name,
    sts_endpoint as resolve_sts_endpoint,
)
from .credentials import CredentialsProvider
from .errors import CredentialsError
from .transport import Timeouts, Transport

__all__ = ["OidcRoleCredentials", "RamRoleArnCredentials"]

_STS_TIMEOUTS = Timeouts(connect=5.0, read=10.0)


def _required(name: str, value: str | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CredentialsError(f"{name} is required")
    return value.strip()


class RamRoleArnCredentials(RefreshingCredentials):
    """A RAM role assumed with ``source``'s credentials (AssumeRole)."""

    def __init__(
        self,
        source: CredentialsProvider,
        role_arn: str,
        *,
        session_name: str | None = None,
        policy: str | None = None,
        duration_seconds: int = DEFAULT_DURATION_SECONDS,
        external_id: str | None = None,
        sts_endpoint: str | None = None,
        sts_region: str | None = None,
        transport: Transport | None = None,
        timeouts: Timeouts = _STS_TIMEOUTS,
        refresh_ahead: float = DEFAULT_REFRESH_AHEAD_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_ahead=refresh_ahead, clock=clock)
        if not callable(source):
            raise CredentialsError("source must be a credentials provider (a callable)")
        self._source = source
        self.role_arn = _required("role_arn", role_arn)
        self.session_name = session_name or default_session_name()
        self._policy = policy
        self.duration_seconds = check_duration(duration_seconds)
        self._external_id = external_id
        self._sts = StsService(
            resolve_sts_endpoint(sts_endpoint, sts_region), transport, timeouts, source
        )

    def fetch(self) -> ExpiringCredentials:
        return self._sts.assume_role(
            role_arn=self.role_arn,
            session_name=self.session_name,
            duration_seconds=self.duration_seconds,
            policy=self._policy,
            external_id=self._external_id,
        )

    def __repr__(self) -> str:
        return (
            f"RamRoleArnCredentials(role_arn={self.role_arn!r},"
            f" session_name={self.session_name!r}, sts={self._sts.host!r})"
        )


class OidcRoleCredentials(RefreshingCredentials):
    """A RAM role assumed with the OIDC token in ``oidc_token_file`` (re-read each time,
    since the platform rotates it)."""

    def __init__(
        self,
        role_arn: str,
        oidc_provider_arn: str,
        oidc_token_file: str,
        *,
        session_name: str | None = None,
        policy: str | None = None,
        duration_seconds: int = DEFAULT_DURATION_SECONDS,
        sts_endpoint: str | None = None,
        sts_region: str | None = None,
        transport: Transport | None = None,
        timeouts: Timeouts = _STS_TIMEOUTS,
        refresh_ahead: float = DEFAULT_REFRESH_AHEAD_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(refresh_ahead=refresh_ahead, clock=clock)
        self.role_arn = _required("role_arn", role_arn)
        self.oidc_provider_arn = _required("oidc_provider_arn", oidc_provider_arn)
        self.oidc_token_file = _required("oidc_token_file", oidc_token_file)
        self.session_name = session_name or default_session_name()
        self._policy = policy
        self.duration_seconds = check_duration(duration_seconds)
        self._sts = StsService(
            resolve_sts_endpoint(sts_endpoint, sts_region), transport, timeouts
        )

    @classmethod
    def from_environment(
        cls, *, sts_endpoint: str | None = None, transport: Transport | None = None
    ) -> OidcRoleCredentials:
        """The role named by ``ALIBABA_CLOUD_ROLE_ARN``, ``ALIBABA_CLOUD_OIDC_PROVIDER_ARN``
        and ``ALIBABA_CLOUD_OIDC_TOKEN_FILE`` (all three must be set)."""
        names = (
            "ALIBABA_CLOUD_ROLE_ARN",
            "ALIBABA_CLOUD_OIDC_PROVIDER_ARN",
            "ALIBABA_CLOUD_OIDC_TOKEN_FILE",
        )
        values = [os.environ.get(name, "").strip() for name in names]
        missing = [name for name, value in zip(names, values) if not value]
        if missing:
            raise CredentialsError(f"{', '.join(missing)} not set")
        role_arn, provider_arn, token_file = values
        return cls(
            role_arn,
            provider_arn,
            token_file,
            sts_endpoint=sts_endpoint,
            transport=transport,
        )

    def _token(self) -> str:
        try:
            with open(self.oidc_token_file, encoding="utf-8") as file:
                token = file.read().strip()
        except OSError as error:
            raise CredentialsError(
                f"cannot read the OIDC token file {self.oidc_token_file}:"
                f" {error.strerror or type(error).__name__}"
            ) from None
        if not token:
            raise CredentialsError(
                f"the OIDC token file {self.oidc_token_file} is empty"
            )
        return token

    def fetch(self) -> ExpiringCredentials:
        return self._sts.assume_role_with_oidc(
            role_arn=self.role_arn,
            oidc_provider_arn=self.oidc_provider_arn,
            oidc_token=self._token(),
            session_name=self.session_name,
            duration_seconds=self.duration_seconds,
            policy=self._policy,
        )

    def __repr__(self) -> str:
        return (
            f"OidcRoleCredentials(role_arn={self.role_arn!r},"
            f" oidc_provider_arn={self.oidc_provider_arn!r},"
            f" oidc_token_file={self.oidc_token_file!r}, sts={self._sts.host!r})"
        )
