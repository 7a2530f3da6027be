"""Credentials that need no network: a fixed AccessKey, a fixed STS token, the
environment. Each is a provider (call it for ``Credentials``) whose repr hides secrets.
"""

from __future__ import annotations

import os

from .credentials import Credentials
from .errors import CredentialsError

__all__ = [
    "EnvironmentCredentials",
    "StaticCredentials",
    "StaticStsCredentials",
]


def _required(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CredentialsError(f"{name} is required")
    return value.strip()


class StaticCredentials:
    """A long-lived AccessKey pair."""

    def __init__(self, access_key_id: str, access_key_secret: str) -> None:
        self._credentials = Credentials(
            _required("access_key_id", access_key_id),
            _required("access_key_secret", access_key_secret),
        )

    def __call__(self) -> Credentials:
        return self._credentials

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(access_key_id={self._credentials.access_key_id!r})"
        )


class StaticStsCredentials(StaticCredentials):
    """A temporary AccessKey pair and its STS security token, used as given."""

    def __init__(
        self, access_key_id: str, access_key_secret: str, security_token: str
    ) -> None:
        super().__init__(access_key_id, access_key_secret)
        self._credentials = self._credentials._replace(
            security_token=_required("security_token", security_token)
        )


class EnvironmentCredentials:
    """``ALIBABA_CLOUD_ACCESS_KEY_ID``, ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` and, for STS,
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, read at every call."""

    def __call__(self) -> Credentials:
        # Values are taken as they are: one with a stray newline or space is refused
        # by the credential check (naming the variable's field) rather than trimmed.
        access_key_id = os.environ.get("ALIBABA_CLOUD_ACCESS_KEY_ID", "")
        secret = os.environ.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "")
        if not access_key_id.strip() or not secret.strip():
            missing = [
                name
                for name, value in (
                    ("ALIBABA_CLOUD_ACCESS_KEY_ID", access_key_id),
                    ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", secret),
                )
                if not value.strip()
            ]
            raise CredentialsError(f"{' and '.join(missing)} not set")
        token = os.environ.get("ALIBABA_CLOUD_SECURITY_TOKEN", "")
        return Credentials(access_key_id, secret, token if token.strip() else None)

    def __repr__(self) -> str:
        return "EnvironmentCredentials()"
