"""Validators of DescribeClusterDetail: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/cs/2015-12-15/operations/DescribeClusterDetail.yaml; do not edit.
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
_ENUM1 = frozenset({"Kubernetes", "ManagedKubernetes", "ExternalKubernetes"})


def _valid_DescribeClusterDetailRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("ClusterId", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    return True


def _check_DescribeClusterDetailRequest(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("ClusterId", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/ClusterId", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/ClusterId",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
    else:
        out.append(Violation(path or "/", "required member 'ClusterId' is missing"))


def _valid_DescribeClusterDetailResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("cluster_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("cluster_type", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if value not in _ENUM1:
            return False
    value = data.get("created", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if _DATE_TIME(value) is None:
            return False
        if value[8:10] > "28" and not _v.day_exists(value):
            return False
    value = data.get("current_version", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("name", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("region_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("size", _MISSING)
    if (
        value is not _MISSING
        and value.__class__ is not int
        and not _v.is_integer(value)
    ):
        return False
    value = data.get("state", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("tags", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        for item0 in value:
            if not isinstance(item0, dict):
                return False
            value2 = item0.get("key", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("value", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
    value = data.get("vpc_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("master_url", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("maintenance_window", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("enable", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, bool):
            return False
        value1 = value.get("maintenance_time", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("duration", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("weekly_period", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    value = data.get("parameters", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        for item0 in value.values():
            if not isinstance(item0, str):
                return False
    return True


def _check_Tag(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("key", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/key", "string", value))
    value = data.get("value", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/value", "string", value))


def _check_MaintenanceWindow(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("enable", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/enable", "boolean", value))
    value = data.get("maintenance_time", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/maintenance_time", "string", value))
    value = data.get("duration", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/duration", "string", value))
    value = data.get("weekly_period", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/weekly_period", "string", value))


def _check_DescribeClusterDetailResponse(
    data: Any, path: str, out: list[Violation]
) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("cluster_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/cluster_id", "string", value))
    value = data.get("cluster_type", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/cluster_type", "string", value))
        else:
            if value not in _ENUM1:
                out.append(
                    Violation(
                        path + "/cluster_type",
                        f"{value!r} is not one of "
                        + "Kubernetes, ManagedKubernetes, ExternalKubernetes",
                    )
                )
    value = data.get("created", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/created", "string", value))
        else:
            if not _v.is_date_time(value):
                out.append(
                    Violation(
                        path + "/created",
                        f"{value[:40]!r} is not a date-time like 2020-10-15T03:30:03Z",
                    )
                )
    value = data.get("current_version", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/current_version", "string", value))
    value = data.get("deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/deletion_protection", "boolean", value))
    value = data.get("name", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/name", "string", value))
    value = data.get("region_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/region_id", "string", value))
    value = data.get("size", _MISSING)
    if (
        value is not _MISSING
        and value.__class__ is not int
        and not _v.is_integer(value)
    ):
        out.append(_v.kind_violation(path + "/size", "integer", value))
    value = data.get("state", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/state", "string", value))
    value = data.get("tags", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/tags", "array", value))
        else:
            for index0, item0 in enumerate(value):
                _check_Tag(item0, path + "/tags" + "/" + str(index0), out)
    value = data.get("vpc_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/vpc_id", "string", value))
    value = data.get("master_url", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/master_url", "string", value))
    value = data.get("maintenance_window", _MISSING)
    if value is not _MISSING:
        _check_MaintenanceWindow(value, path + "/maintenance_window", out)
    value = data.get("parameters", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            out.append(_v.kind_violation(path + "/parameters", "object", value))
        else:
            for key0, item0 in value.items():
                if not isinstance(item0, str):
                    out.append(
                        _v.kind_violation(
                            path + "/parameters" + "/" + _v.escape(key0),
                            "string",
                            item0,
                        )
                    )


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_DescribeClusterDetailRequest, _check_DescribeClusterDetailRequest
)
is_valid_request = _v.fits(_valid_DescribeClusterDetailRequest)
validate_response = _v.all_violations(
    _valid_DescribeClusterDetailResponse, _check_DescribeClusterDetailResponse
)
is_valid_response = _v.fits(_valid_DescribeClusterDetailResponse)
