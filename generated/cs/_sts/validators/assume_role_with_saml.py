"""Validators of AssumeRoleWithSAML: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithSAML.yaml; do not edit.
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


def _valid_AssumeRoleWithSAMLRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("SAMLProviderArn", _MISSING)
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
    value = data.get("SAMLAssertion", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 4:
            return False
        if len(value) > 100000:
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
    return True


def _check_AssumeRoleWithSAMLRequest(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("SAMLProviderArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/SAMLProviderArn", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/SAMLProviderArn",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
    else:
        out.append(
            Violation(path or "/", "required member 'SAMLProviderArn' is missing")
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
    value = data.get("SAMLAssertion", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/SAMLAssertion", "string", value))
        else:
            if len(value) < 4:
                out.append(
                    Violation(
                        path + "/SAMLAssertion",
                        f"{len(value)} characters given, at least 4 needed",
                    )
                )
            if len(value) > 100000:
                out.append(
                    Violation(
                        path + "/SAMLAssertion",
                        f"{len(value)} characters given, at most 100000 allowed",
                    )
                )
    else:
        out.append(Violation(path or "/", "required member 'SAMLAssertion' is missing"))
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


def _valid_AssumeRoleWithSAMLResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("SAMLAssertionInfo", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("SubjectType", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Subject", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Recipient", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Issuer", _MISSING)
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


def _check_AssumeRoleWithSAMLResponseSAMLAssertionInfo(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("SubjectType", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/SubjectType", "string", value))
    value = data.get("Subject", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Subject", "string", value))
    value = data.get("Recipient", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Recipient", "string", value))
    value = data.get("Issuer", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Issuer", "string", value))


def _check_AssumeRoleWithSAMLResponseAssumedRoleUser(
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


def _check_AssumeRoleWithSAMLResponseCredentials(
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


def _check_AssumeRoleWithSAMLResponse(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/RequestId", "string", value))
    value = data.get("SAMLAssertionInfo", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithSAMLResponseSAMLAssertionInfo(
            value, path + "/SAMLAssertionInfo", out
        )
    value = data.get("AssumedRoleUser", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithSAMLResponseAssumedRoleUser(
            value, path + "/AssumedRoleUser", out
        )
    value = data.get("Credentials", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleWithSAMLResponseCredentials(value, path + "/Credentials", out)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_AssumeRoleWithSAMLRequest, _check_AssumeRoleWithSAMLRequest
)
is_valid_request = _v.fits(_valid_AssumeRoleWithSAMLRequest)
validate_response = _v.all_violations(
    _valid_AssumeRoleWithSAMLResponse, _check_AssumeRoleWithSAMLResponse
)
is_valid_response = _v.fits(_valid_AssumeRoleWithSAMLResponse)
