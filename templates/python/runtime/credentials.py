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
from .redaction import HIDDEN, hide_access_key_id

__all__ = [
    "ANONYMOUS",
    "ACCESS_KEY_ID_ENV",
    "ACCESS_KEY_SECRET_ENV",
    "Credentials",
    "CredentialsProvider",
    "SECURITY_TOKEN_ENV",
    "check_credentials",
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
        token = f", security_token={HIDDEN}" if self.security_token else ""
        shown = hide_access_key_id(str(self.access_key_id))
        return (
            f"Credentials(access_key_id={shown!r},"
            f" access_key_secret={HIDDEN}{token})"
        )

    def __str__(self) -> str:
        return self.__repr__()


CredentialsProvider = Callable[[], Credentials]

# What an anonymous operation is "signed" with: nobody. Never handed to a signer; the
# client compares against this very object (``is``) and sends the request unsigned.
ANONYMOUS = Credentials("", "")


def _unusable(value: object) -> str | None:
    """Why a credential value cannot go into a request, or None when it can.

    Only visible ASCII (``!`` to ``~``) fits every place a credential goes: a query
    parameter, an ``Authorization`` header, a signing key. A newline or a space is a
    paste mistake that would otherwise end in an HTTP library's error, value included.
    """
    if not isinstance(value, str):
        return f"must be text, not {type(value).__name__}"
    if value.isascii() and value.isprintable() and " " not in value:
        return None
    for char in value:
        if not char.isascii():
            return "holds a non-ASCII character"
        if not char.isprintable():
            return "holds a control character (a newline, a tab...)"
    return "holds a space"


def check_credentials(credentials: Credentials, source: str) -> Credentials:
    """``credentials`` when every value can be sent; a CredentialsError naming the field
    (never showing its value) otherwise. ``source`` says where they came from."""
    for field, value in (
        ("access_key_id", credentials.access_key_id),
        ("access_key_secret", credentials.access_key_secret),
        ("security_token", credentials.security_token),
    ):
        if field == "security_token" and value is None:
            continue
        problem = _unusable(value)
        if problem is not None:
            raise CredentialsError(f"{field} from {source} {problem}")
    return credentials


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
    return check_credentials(
        Credentials(
            access_key_id,
            access_key_secret,
            os.environ.get(SECURITY_TOKEN_ENV) or None,
        ),
        "the environment",
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
        fixed = check_credentials(
            Credentials(access_key_id, access_key_secret, security_token or None),
            "the arguments",
        )
        return lambda: fixed
    # No credentials given: Alibaba Cloud's default chain (environment first).
    from .credential_chain import DefaultCredentialsChain

    # What a source found is checked like an argument: nothing unsendable leaves.
    return _checked(DefaultCredentialsChain(), "the default credential chain")


def _checked(
    provider: CredentialsProvider, source: str = "credentials_provider"
) -> CredentialsProvider:
    def call() -> Credentials:
        credentials: object = provider()
        if (
            isinstance(credentials, tuple)
            and not isinstance(credentials, Credentials)
            and len(credentials) in (2, 3)
        ):
            # (access_key_id, access_key_secret[, security_token]): a shorthand; the
            # values are checked below like any others.
            credentials = Credentials(*credentials)
        if not isinstance(credentials, Credentials):
            raise CredentialsError(
                f"{source} must return Credentials or an (access_key_id,"
                " access_key_secret[, security_token]) tuple, not"
                f" {type(credentials).__name__}"
            )
        if not credentials.access_key_id or not credentials.access_key_secret:
            raise CredentialsError(
                f"{source} returned an empty access key id or secret"
            )
        return check_credentials(credentials, source)

    # An async client asks a caching provider whether a call would block (refresh_due).
    refresh_due = getattr(provider, "refresh_due", None)
    if callable(refresh_due):
        setattr(call, "refresh_due", refresh_due)
    return call
