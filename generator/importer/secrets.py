"""Which imported members hold secrets, judged by their wire names.

Alibaba's metadata has no flag for it, but its names are regular: ``AccessKeySecret``,
``SecurityToken``, ``Password``, ``DBPassword``, ``PrivateKey``, ``SAMLAssertion`` (a bearer proof of identity). A member marked
``secret: true`` is never shown in reprs or validation messages. Pagination and
idempotency tokens (``NextToken``, ``ClientToken``) are not secrets.
"""

from __future__ import annotations

# Endings of a wire name, lower-cased with separators taken out.
_SECRET_ENDINGS = (
    "secret",
    "password",
    "passwd",
    "privatekey",
    "securitytoken",
    "accesstoken",
    "sessiontoken",
    "refreshtoken",
    "authtoken",
    "idtoken",
    "oidctoken",
    "samlassertion",
)


def is_secret_name(wire_name: str) -> bool:
    """``AccessKeySecret`` and ``db_password`` yes; ``NextToken``, ``SecretName`` no."""
    plain = wire_name.replace("_", "").replace("-", "").replace(".", "").lower()
    return plain.endswith(_SECRET_ENDINGS)
