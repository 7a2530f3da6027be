"""The default credential chain: what a client uses when it is given no credentials.

Sources are tried in the order (and with the variable names) of Alibaba Cloud's own
credential chain; the first that yields credentials is kept for the client's life:

1. environment: ``ALIBABA_CLOUD_ACCESS_KEY_ID``/``_SECRET`` (``ALIBABA_CLOUD_SECURITY_TOKEN``);
2. OIDC role (ACK RRSA): ``ALIBABA_CLOUD_ROLE_ARN``, ``ALIBABA_CLOUD_OIDC_PROVIDER_ARN``,
   ``ALIBABA_CLOUD_OIDC_TOKEN_FILE``;
3. the ``aliyun`` CLI's ``~/.aliyun/config.json`` (``ALIBABA_CLOUD_CLI_PROFILE_DISABLED``);
4. the shared credentials file ``~/.alibabacloud/credentials``
   (``ALIBABA_CLOUD_CREDENTIALS_FILE``, ``ALIBABA_CLOUD_PROFILE``);
5. the ECS instance's RAM role (``ALIBABA_CLOUD_ECS_METADATA_DISABLED``,
   ``ALIBABA_CLOUD_ECS_METADATA``, ``ALIBABA_CLOUD_IMDSV1_DISABLED``);
6. a credentials URI (``ALIBABA_CLOUD_CREDENTIALS_URI``).

When none yields credentials, one ``CredentialsError`` says what each source reported.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from .credential_files import (
    SourceSettings,
    cli_profile_credentials,
    ini_profile_credentials,
)
from .credential_metadata import (
    DEFAULT_METADATA_ENDPOINT,
    EcsRamRoleCredentials,
    UriCredentials,
)
from .credential_roles import OidcRoleCredentials
from .credential_sources import EnvironmentCredentials
from .credentials import Credentials, CredentialsProvider
from .errors import ApiError, CredentialsError
from .transport import Transport

__all__ = ["DefaultCredentialsChain"]

_Source = tuple[str, Callable[[], CredentialsProvider]]


class DefaultCredentialsChain:
    """A provider trying each source in order; the first that works is kept.

    ``sts_endpoint``, ``metadata_endpoint`` and ``transport`` redirect the sources that
    call out (STS for role profiles and OIDC, the ECS metadata service), for tests or
    private networks.
    """

    def __init__(
        self,
        *,
        sts_endpoint: str | None = None,
        metadata_endpoint: str = DEFAULT_METADATA_ENDPOINT,
        transport: Transport | None = None,
    ) -> None:
        self._settings = SourceSettings(sts_endpoint, metadata_endpoint, transport)
        self._chosen: tuple[str, CredentialsProvider] | None = None
        self._lock = threading.Lock()

    @property
    def source(self) -> str | None:
        """The name of the source in use, once one has been found."""
        return self._chosen[0] if self._chosen else None

    def _sources(self) -> list[_Source]:
        settings = self._settings
        return [
            ("environment", EnvironmentCredentials),
            (
                "OIDC role",
                lambda: OidcRoleCredentials.from_environment(
                    sts_endpoint=settings.sts_endpoint, transport=settings.transport
                ),
            ),
            ("aliyun CLI profile", lambda: cli_profile_credentials(settings)),
            ("credentials file", lambda: ini_profile_credentials(settings)),
            (
                "ECS RAM role",
                lambda: EcsRamRoleCredentials(
                    metadata_endpoint=settings.metadata_endpoint,
                    transport=settings.transport,
                ),
            ),
            ("credentials URI", self._uri_source),
        ]

    def _uri_source(self) -> CredentialsProvider:
        uri = os.environ.get("ALIBABA_CLOUD_CREDENTIALS_URI", "").strip()
        if not uri:
            raise CredentialsError("ALIBABA_CLOUD_CREDENTIALS_URI not set")
        return UriCredentials(uri, transport=self._settings.transport)

    def __call__(self) -> Credentials:
        chosen = self._chosen
        if chosen is not None:
            return chosen[1]()
        with self._lock:
            if self._chosen is not None:
                return self._chosen[1]()
            return self._resolve()

    def _resolve(self) -> Credentials:
        reasons = []
        for name, build in self._sources():
            try:
                provider = build()
                credentials = provider()
            except ApiError as error:
                reasons.append(f"{name}: {error}")
                continue
            self._chosen = (name, provider)
            return credentials
        raise CredentialsError(
            "no credentials found; pass access_key_id and access_key_secret or a"
            " credentials_provider, or configure one of these sources (tried in"
            " order): " + "; ".join(reasons)
        )

    def refresh_due(self) -> bool:
        """Whether the next call may wait on I/O (the first search, or a refresh)."""
        chosen = self._chosen
        if chosen is None:
            return True
        refresh_due = getattr(chosen[1], "refresh_due", None)
        return bool(refresh_due()) if callable(refresh_due) else False

    def __repr__(self) -> str:
        chosen = self._chosen
        using = f"{chosen[0]}: {chosen[1]!r}" if chosen else "not yet searched"
        return f"DefaultCredentialsChain({using})"
