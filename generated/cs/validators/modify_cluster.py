"""Validators of ModifyCluster: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/cs/2015-12-15/operations/ModifyCluster.yaml; do not edit.
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
_KNOWN1 = frozenset({"enable", "maintenance_time", "duration", "weekly_period"})


def _valid_ModifyClusterRequest(data: Any) -> bool:
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
    value = data.get("cluster_name", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
        if len(value) > 63:
            return False
    value = data.get("deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("instance_deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("resource_group_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("enable_rrsa", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("access_control_list", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        if len(value) > 100:
            return False
        for item0 in value:
            if not isinstance(item0, str):
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
        for key1 in value:
            if key1 not in _KNOWN1:
                return False
    return True


def _check_sent_MaintenanceWindowSettings(
    data: Any, path: str, out: list[Violation]
) -> None:
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
    for key in data:
        if key not in _KNOWN1:
            out.append(
                Violation(
                    path + "/" + _v.escape(key), _v.undeclared_message(key, _KNOWN1)
                )
            )


def _check_ModifyClusterRequest(data: Any, path: str, out: list[Violation]) -> None:
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
    value = data.get("cluster_name", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/cluster_name", "string", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/cluster_name",
                        f"{len(value)} characters given, at least 1 needed",
                    )
                )
            if len(value) > 63:
                out.append(
                    Violation(
                        path + "/cluster_name",
                        f"{len(value)} characters given, at most 63 allowed",
                    )
                )
    value = data.get("deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/deletion_protection", "boolean", value))
    value = data.get("instance_deletion_protection", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(
            _v.kind_violation(path + "/instance_deletion_protection", "boolean", value)
        )
    value = data.get("resource_group_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/resource_group_id", "string", value))
    value = data.get("enable_rrsa", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/enable_rrsa", "boolean", value))
    value = data.get("access_control_list", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/access_control_list", "array", value))
        else:
            if len(value) > 100:
                out.append(
                    Violation(
                        path + "/access_control_list",
                        f"{len(value)} items given, at most 100 allowed",
                    )
                )
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str):
                    out.append(
                        _v.kind_violation(
                            path + "/access_control_list" + "/" + str(index0),
                            "string",
                            item0,
                        )
                    )
    value = data.get("maintenance_window", _MISSING)
    if value is not _MISSING:
        _check_sent_MaintenanceWindowSettings(value, path + "/maintenance_window", out)


def _valid_ModifyClusterResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("cluster_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("request_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("task_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    return True


def _check_ModifyClusterResponse(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("cluster_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/cluster_id", "string", value))
    value = data.get("request_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/request_id", "string", value))
    value = data.get("task_id", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/task_id", "string", value))


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_ModifyClusterRequest, _check_ModifyClusterRequest
)
is_valid_request = _v.fits(_valid_ModifyClusterRequest)
validate_response = _v.all_violations(
    _valid_ModifyClusterResponse, _check_ModifyClusterResponse
)
is_valid_response = _v.fits(_valid_ModifyClusterResponse)
