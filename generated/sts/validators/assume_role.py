"""Validators of AssumeRole: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/sts/2015-04-01/operations/AssumeRole.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime import validation as _v
from .._runtime.errors import Violation

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
_PATTERN2 = _v.pattern_search("^[A-Za-z0-9_+=,.@:/-]+$")


def _valid_AssumeRoleRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RoleArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
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
    value = data.get("ExternalId", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 2:
            return False
        if len(value) > 1224:
            return False
        if _PATTERN2(value) is None:
            return False
    return True


def _check_AssumeRoleRequest(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
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
    value = data.get("ExternalId", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/ExternalId", "string", value))
        else:
            if len(value) < 2:
                out.append(
                    Violation(
                        path + "/ExternalId",
                        f"{len(value)} characters given, at least 2 needed",
                    )
                )
            if len(value) > 1224:
                out.append(
                    Violation(
                        path + "/ExternalId",
                        f"{len(value)} characters given, at most 1224 allowed",
                    )
                )
            if _PATTERN2(value) is None:
                out.append(
                    Violation(
                        path + "/ExternalId",
                        "does not match pattern ^[A-Za-z0-9_+=,.@:/-]+$",
                    )
                )


def _valid_AssumeRoleResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
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


def _check_AssumeRoleResponseAssumedRoleUser(
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


def _check_AssumeRoleResponseCredentials(
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


def _check_AssumeRoleResponse(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/RequestId", "string", value))
    value = data.get("AssumedRoleUser", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleResponseAssumedRoleUser(value, path + "/AssumedRoleUser", out)
    value = data.get("Credentials", _MISSING)
    if value is not _MISSING:
        _check_AssumeRoleResponseCredentials(value, path + "/Credentials", out)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(_valid_AssumeRoleRequest, _check_AssumeRoleRequest)
is_valid_request = _v.fits(_valid_AssumeRoleRequest)
validate_response = _v.all_violations(
    _valid_AssumeRoleResponse, _check_AssumeRoleResponse
)
is_valid_response = _v.fits(_valid_AssumeRoleResponse)
