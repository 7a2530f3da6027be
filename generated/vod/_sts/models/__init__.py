"""Models of every Security Token Service operation.

Each operation's classes live in their own module and load on first use, so importing
this package stays fast however many operations the service has.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# NULL, given for a nullable member, sends an explicit JSON null.
from ..._runtime.model import NULL as NULL, Null as Null

if TYPE_CHECKING:
    from .assume_role import (
        AssumeRoleRequest as AssumeRoleRequest,
        AssumeRoleResponse as AssumeRoleResponse,
        AssumeRoleResponseAssumedRoleUser as AssumeRoleResponseAssumedRoleUser,
        AssumeRoleResponseCredentials as AssumeRoleResponseCredentials,
    )
    from .assume_role_with_oidc import (
        AssumeRoleWithOIDCRequest as AssumeRoleWithOIDCRequest,
        AssumeRoleWithOIDCResponse as AssumeRoleWithOIDCResponse,
        AssumeRoleWithOIDCResponseAssumedRoleUser as AssumeRoleWithOIDCResponseAssumedRoleUser,
        AssumeRoleWithOIDCResponseCredentials as AssumeRoleWithOIDCResponseCredentials,
        AssumeRoleWithOIDCResponseOIDCTokenInfo as AssumeRoleWithOIDCResponseOIDCTokenInfo,
    )
    from .assume_role_with_saml import (
        AssumeRoleWithSAMLRequest as AssumeRoleWithSAMLRequest,
        AssumeRoleWithSAMLResponse as AssumeRoleWithSAMLResponse,
        AssumeRoleWithSAMLResponseAssumedRoleUser as AssumeRoleWithSAMLResponseAssumedRoleUser,
        AssumeRoleWithSAMLResponseCredentials as AssumeRoleWithSAMLResponseCredentials,
        AssumeRoleWithSAMLResponseSAMLAssertionInfo as AssumeRoleWithSAMLResponseSAMLAssertionInfo,
    )
    from .get_caller_identity import (
        GetCallerIdentityRequest as GetCallerIdentityRequest,
        GetCallerIdentityResponse as GetCallerIdentityResponse,
    )

_MODULE_OF: dict[str, str] = {
    "AssumeRoleRequest": "assume_role",
    "AssumeRoleResponse": "assume_role",
    "AssumeRoleResponseAssumedRoleUser": "assume_role",
    "AssumeRoleResponseCredentials": "assume_role",
    "AssumeRoleWithOIDCRequest": "assume_role_with_oidc",
    "AssumeRoleWithOIDCResponse": "assume_role_with_oidc",
    "AssumeRoleWithOIDCResponseAssumedRoleUser": "assume_role_with_oidc",
    "AssumeRoleWithOIDCResponseCredentials": "assume_role_with_oidc",
    "AssumeRoleWithOIDCResponseOIDCTokenInfo": "assume_role_with_oidc",
    "AssumeRoleWithSAMLRequest": "assume_role_with_saml",
    "AssumeRoleWithSAMLResponse": "assume_role_with_saml",
    "AssumeRoleWithSAMLResponseAssumedRoleUser": "assume_role_with_saml",
    "AssumeRoleWithSAMLResponseCredentials": "assume_role_with_saml",
    "AssumeRoleWithSAMLResponseSAMLAssertionInfo": "assume_role_with_saml",
    "GetCallerIdentityRequest": "get_caller_identity",
    "GetCallerIdentityResponse": "get_caller_identity",
}

__all__ = sorted([*_MODULE_OF, "NULL", "Null"])


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
