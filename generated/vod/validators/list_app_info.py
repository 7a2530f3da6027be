"""Validators of ListAppInfo: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/vod/2017-03-21/operations/ListAppInfo.yaml; do not edit.
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
_ENUM1 = frozenset({"Normal", "Disable"})
_ENUM2 = frozenset({"System", "Custom"})


def _valid_ListAppInfoRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("Status", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if value not in _ENUM1:
            return False
    value = data.get("PageNo", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            return False
        if value < 1:
            return False
    value = data.get("PageSize", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            return False
        if value < 1:
            return False
        if value > 100:
            return False
    return True


def _check_ListAppInfoRequest(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("Status", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/Status", "string", value))
        else:
            if value not in _ENUM1:
                out.append(
                    Violation(
                        path + "/Status",
                        f"{value!r} is not one of " + "Normal, Disable",
                    )
                )
    value = data.get("PageNo", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            out.append(_v.kind_violation(path + "/PageNo", "integer", value))
        else:
            if value < 1:
                out.append(Violation(path + "/PageNo", f"{value!r} is less than 1"))
    value = data.get("PageSize", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            out.append(_v.kind_violation(path + "/PageSize", "integer", value))
        else:
            if value < 1:
                out.append(Violation(path + "/PageSize", f"{value!r} is less than 1"))
            if value > 100:
                out.append(
                    Violation(path + "/PageSize", f"{value!r} is greater than 100")
                )


def _valid_ListAppInfoResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("Total", _MISSING)
    if (
        value is not _MISSING
        and value.__class__ is not int
        and not _v.is_integer(value)
    ):
        return False
    value = data.get("AppInfoList", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        for item0 in value:
            if not isinstance(item0, dict):
                return False
            value2 = item0.get("AppId", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("AppName", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("Description", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("Type", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if value2 not in _ENUM2:
                    return False
            value2 = item0.get("Status", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if value2 not in _ENUM1:
                    return False
            value2 = item0.get("CreationTime", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if _DATE_TIME(value2) is None:
                    return False
                if value2[8:10] > "28" and not _v.day_exists(value2):
                    return False
            value2 = item0.get("ModificationTime", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if _DATE_TIME(value2) is None:
                    return False
                if value2[8:10] > "28" and not _v.day_exists(value2):
                    return False
    return True


def _check_AppInfo(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("AppId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/AppId", "string", value))
    value = data.get("AppName", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/AppName", "string", value))
    value = data.get("Description", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Description", "string", value))
    value = data.get("Type", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/Type", "string", value))
        else:
            if value not in _ENUM2:
                out.append(
                    Violation(
                        path + "/Type", f"{value!r} is not one of " + "System, Custom"
                    )
                )
    value = data.get("Status", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/Status", "string", value))
        else:
            if value not in _ENUM1:
                out.append(
                    Violation(
                        path + "/Status",
                        f"{value!r} is not one of " + "Normal, Disable",
                    )
                )
    value = data.get("CreationTime", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/CreationTime", "string", value))
        else:
            if not _v.is_date_time(value):
                out.append(
                    Violation(
                        path + "/CreationTime",
                        f"{value[:40]!r} is not a date-time like 2020-10-15T03:30:03Z",
                    )
                )
    value = data.get("ModificationTime", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/ModificationTime", "string", value))
        else:
            if not _v.is_date_time(value):
                out.append(
                    Violation(
                        path + "/ModificationTime",
                        f"{value[:40]!r} is not a date-time like 2020-10-15T03:30:03Z",
                    )
                )


def _check_ListAppInfoResponse(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/RequestId", "string", value))
    value = data.get("Total", _MISSING)
    if (
        value is not _MISSING
        and value.__class__ is not int
        and not _v.is_integer(value)
    ):
        out.append(_v.kind_violation(path + "/Total", "integer", value))
    value = data.get("AppInfoList", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/AppInfoList", "array", value))
        else:
            for index0, item0 in enumerate(value):
                _check_AppInfo(item0, path + "/AppInfoList" + "/" + str(index0), out)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_ListAppInfoRequest, _check_ListAppInfoRequest
)
is_valid_request = _v.fits(_valid_ListAppInfoRequest)
validate_response = _v.all_violations(
    _valid_ListAppInfoResponse, _check_ListAppInfoResponse
)
is_valid_response = _v.fits(_valid_ListAppInfoResponse)
