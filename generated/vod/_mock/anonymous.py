"""Requests of anonymous operations: accepted unsigned, as the service accepts them.

Some operations prove their caller inside the request instead of by a signature (STS's
``AssumeRoleWithOIDC`` carries an OIDC token, ``AssumeRoleWithSAML`` a SAML assertion);
the spec marks them ``anonymous``. Such a request carries the common parameters
(``Action``, ``Version``, ``Timestamp``, ``SignatureNonce``) and no signature piece at
all. It is still held to a fresh timestamp and an unused nonce. A request of any other
action, or one carrying any signature piece, is left to ``auth.verify`` and judged as
a signed request.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from .auth import AuthError, Identity, IncomingRequest, NonceStore
from .auth import _check_timestamp, _use_nonce

__all__ = ["ANONYMOUS_COMMON_PARAMS", "anonymous_identity"]

# Query parameters of an anonymous request that are not the operation's own.
ANONYMOUS_COMMON_PARAMS = frozenset(
    {"Action", "Version", "Format", "Timestamp", "SignatureNonce"}
)
_SIGNATURE_PIECES = ("Signature", "AccessKeyId", "SignatureMethod", "SignatureVersion")
# Nonces of anonymous requests share one namespace: there is no AccessKey to key them.
_NOBODY = ""


def anonymous_identity(
    request: IncomingRequest,
    anonymous_actions: AbstractSet[str],
    *,
    now: float,
    nonces: NonceStore | None = None,
) -> Identity | None:
    """The identity of an unsigned request of one of ``anonymous_actions``; None when
    the request is signed (or half-signed) or its action must be signed."""
    if not anonymous_actions or "authorization" in request.headers:
        return None
    params = request.parameters()
    if any(name in params for name in _SIGNATURE_PIECES):
        return None
    if params.get("Action") not in anonymous_actions:
        return None
    missing = [name for name in ("Timestamp", "SignatureNonce") if not params.get(name)]
    if missing:
        raise AuthError("MissingParameter", f"missing {', '.join(missing)}")
    _check_timestamp(params["Timestamp"], now)
    _use_nonce(nonces, _NOBODY, params["SignatureNonce"], now)
    return Identity(
        signature_version="none",
        access_key_id=_NOBODY,
        action=params["Action"],
        api_version=params.get("Version"),
        nonce=params["SignatureNonce"],
        timestamp=params["Timestamp"],
        params={
            name: value
            for name, value in params.items()
            if name not in ANONYMOUS_COMMON_PARAMS
        },
    )
