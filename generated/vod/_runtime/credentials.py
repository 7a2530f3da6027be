"""Where a client's AccessKey comes from: arguments, a provider callable, or the default
credential chain (``credential_chain``).

A provider is called before every attempt, so STS tokens that rotate are picked up
without rebuilding the client. ``Credentials`` never shows its secret or token in a repr.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import NamedTuple

from .errors import CredentialsError

__all__ = [
    "ACCESS_KEY_ID_ENV",
    "ACCESS_KEY_SECRET_ENV",
    "Credentials",
    "CredentialsProvider",
    "SECURITY_TOKEN_ENV",
    "environment_credentials",
    "resolve_provider",
]

ACCESS_KEY_ID_ENV = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ACCESS_KEY_SECRET_ENV = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
SECURITY_TOKEN_ENV = "ALIBABA_CLOUD_SECURITY_TOKEN"


class Credentials(NamedTuple):
    """An AccessKey pair and, for STS, its security token."""

    access_key_id: str
    access_key_secret: str
    security_token: str | None = None

    def __repr__(self) -> str:
        token = ", security_token=<hidden>" if self.security_token else ""
        return (
            f"Credentials(access_key_id={self.access_key_id!r},"
            f" access_key_secret=<hidden>{token})"
        )

    def __str__(self) -> str:
        return self.__repr__()


CredentialsProvider = Callable[[], Credentials]


def environment_credentials() -> Credentials:
    """Credentials from ``ALIBABA_CLOUD_ACCESS_KEY_ID`` and friends, read at call time."""
    access_key_id = os.environ.get(ACCESS_KEY_ID_ENV, "")
    access_key_secret = os.environ.get(ACCESS_KEY_SECRET_ENV, "")
    if not access_key_id or not access_key_secret:
        missing = [
            name
            for name, value in (
                (ACCESS_KEY_ID_ENV, access_key_id),
                (ACCESS_KEY_SECRET_ENV, access_key_secret),
            )
            if not value
        ]
        raise CredentialsError(
            "no credentials: pass access_key_id and access_key_secret, a"
            " credentials_provider, or set " + " and ".join(missing)
        )
    return Credentials(
        access_key_id, access_key_secret, os.environ.get(SECURITY_TOKEN_ENV) or None
    )


def resolve_provider(
    access_key_id: str | None,
    access_key_secret: str | None,
    security_token: str | None,
    credentials_provider: CredentialsProvider | None,
) -> CredentialsProvider:
    """One provider from the client's arguments; explicit arguments win over the rest."""
    if credentials_provider is not None:
        if access_key_id or access_key_secret:
            raise CredentialsError(
                "pass either access_key_id/access_key_secret or credentials_provider,"
                " not both"
            )
        return _checked(credentials_provider)
    if access_key_id or access_key_secret:
        if not (access_key_id and access_key_secret):
            given = "access_key_id" if access_key_id else "access_key_secret"
            raise CredentialsError(
                f"{given} was given without its pair: pass both access_key_id and"
                " access_key_secret"
            )
        fixed = Credentials(access_key_id, access_key_secret, security_token or None)
        return lambda: fixed
    # No credentials given: Alibaba Cloud's default chain (environment first).
    from .credential_chain import DefaultCredentialsChain

    return DefaultCredentialsChain()


def _checked(provider: CredentialsProvider) -> CredentialsProvider:
    def call() -> Credentials:
        credentials = provider()
        if not isinstance(credentials, Credentials):
            raise CredentialsError(
                "credentials_provider must return a Credentials object, not"
                f" {type(credentials).__name__}"
            )
        if not credentials.access_key_id or not credentials.access_key_secret:
            raise CredentialsError(
                "credentials_provider returned an empty access key id or secret"
            )
        return credentials

    # An async client asks a caching provider whether a call would block (refresh_due).
    refresh_due = getattr(provider, "refresh_due", None)
    if callable(refresh_due):
        setattr(call, "refresh_due", refresh_due)
    return call
