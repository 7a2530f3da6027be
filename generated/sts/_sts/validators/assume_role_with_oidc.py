"""Validators of AssumeRoleWithOIDC: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithOIDC.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from ..._runtime import validation as _v
from ..._runtime.errors import Violation

__all__ = [
    "is_valid_request",
    "is_valid_response",
    "validate_request",
    "validate_response",
]

# Module globals: one lookup each, on the hot path of every check.
_MISSING = _v.MISSING
_INVALID = _v.INVALID
_DATE_TIME = _v.DATE_TIME
_SCAN_JSON = _v.SCAN_JSON
_JSON_ERRORS = _v.JSON_ERRORS
_NUMBERS = _v.NUMBERS
_PATTERN1 = _v.pattern_search("^[A-Za-z0-9.@_-]+$")


def _valid_AssumeRoleWithOIDCRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("OIDCProviderArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    value = data.get("RoleArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    value = data.get("OIDCToken", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 4:
            return False
        if len(value) > 20000:
            return False
    else:
        return False
    value = data.get("Policy", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
        if len(value) > 2048:
            return False
    value = data.get("DurationSeconds", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            return False
        if value < 900:
            return False
    value = data.get("RoleSessionName", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 2:
            return False
        if len(value) > 64:
            return False
        if _PATTERN1(value) is None:
            return False
    else:
        return False
    return True


def _check_AssumeRoleWithOIDCRequest(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("OIDCProviderArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/OIDCProviderArn", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/OIDCProviderArn",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
    else:
        out.append(
            Violation(path or "/", "required member 'OIDCProviderArn' is missing")
        )
    value = data.get("RoleArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/RoleArn", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/RoleArn",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
    else:
        out.append(Violation(path or "/", "required member 'RoleArn' is missing"))
    value = data.get("OIDCToken", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/OIDCToken", "string", value))
        else:
            if len(value) < 4:
                out.append(
                    Violation(
                        path + "/OIDCToken",
                        f"{len(value)} characters given, at least 4 needed",
                    )
                )
            if len(value) > 20000:
                out.append(
                    Violation(
                        path + "/OIDCToken",
                        f"{len(value)} characters given, at most 20000 allowed",
                    )
                )
    else:
        out.append(Violation(path or "/", "required member 'OIDCToken' is missing"))
    value = data.get("Policy", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/Policy", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/Policy",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
            if len(value) > 2048:
                out.append(
                    Violation(
                        path + "/Policy",
                        f"{len(value)} characters given, at most 2048 allowed",
                    )
                )
    value = data.get("DurationSeconds", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            out.append(_v.kind_violation(path + "/DurationSeconds", "integer", value))
        else:
            if value < 900:
                out.append(
                    Violation(path + "/DurationSeconds", f"{value!r} is less than 900")
                )
    value = data.get("RoleSessionName", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/RoleSessionName", "string", value))
        else:
            if len(value) < 2:
                out.append(
                    Violation(
                        path + "/RoleSessionName",
                        f"{len(value)} characters given, at least 2 needed",
                    )
                )
            if len(value) > 64:
                out.append(
                    Violation(
                        path + "/RoleSessionName",
                        f"{len(value)} characters given, at most 64 allowed",
                    )
                )
            if _PATTERN1(value) is None:
                out.append(
                    Violation(
                        path + "/RoleSessionName",
                        "does not match pattern ^[A-Za-z0-9.@_-]+$",
                    )
                )
    else:
        out.append(
            Violation(path or "/", "required member 'RoleSessionName' is missing")
        )


def _valid_AssumeRoleWithOIDCResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("OIDCTokenInfo", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("Subject", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Issuer", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("ClientIds", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("ExpirationTime", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("IssuanceTime", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("VerificationInfo", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    value = data.get("AssumedRoleUser", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("AssumedRoleId", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Arn", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    value = data.get("Credentials", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("AccessKeyId", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("AccessKeySecret", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("SecurityToken", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Expiration", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    return True


def _check_AssumeRoleWithOIDCResponseOIDCTokenInfo(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("Subject", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Subject", "string", value))
    value = data.get("Issuer", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Issuer", "string", value))
    value = data.get("ClientIds", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/ClientIds", "string", value))
    value = data.get("ExpirationTime", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/ExpirationTime", "string", value))
    value = data.get("IssuanceTime", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/IssuanceTime", "string", value))
    value = data.get("VerificationInfo", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/VerificationInfo", "string", value))


def _check_AssumeRoleWithOIDCResponseAssumedRoleUser(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("AssumedRoleId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/AssumedRoleId", "string", value))
    value = data.get("Arn", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Arn", "string", value))


def _check_AssumeRoleWithOIDCResponseCredentials(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("AccessKeyId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/AccessKeyId", "string", value))
    value = data.get("AccessKeySecret", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/AccessKeySecret", "string", value))
    value = data.get("SecurityToken", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/SecurityToken", "string", value))
    value = data.get("Expiration", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Expiration", "string", value))


def _check_AssumeRoleWithOIDCResponse(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/RequestId", "string", value))
    value = data.get("OIDCTokenInfo", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithOIDCResponseOIDCTokenInfo(
            value, path + "/OIDCTokenInfo", out
        )
    value = data.get("AssumedRoleUser", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithOIDCResponseAssumedRoleUser(
            value, path + "/AssumedRoleUser", out
        )
    value = data.get("Credentials", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithOIDCResponseCredentials(value, path + "/Credentials", out)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_AssumeRoleWithOIDCRequest, _check_AssumeRoleWithOIDCRequest
)
is_valid_request = _v.fits(_valid_AssumeRoleWithOIDCRequest)
validate_response = _v.all_violations(
    _valid_AssumeRoleWithOIDCResponse, _check_AssumeRoleWithOIDCResponse
)
is_valid_response = _v.fits(_valid_AssumeRoleWithOIDCResponse)
