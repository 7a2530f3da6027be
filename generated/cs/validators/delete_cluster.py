"""Validators of DeleteCluster: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/cs/2015-12-15/operations/DeleteCluster.yaml; do not edit.
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
_ENUM1 = frozenset({"SLB", "ALB", "SLS_Data", "SLS_ControlPlane", "PrivateZone"})
_ENUM2 = frozenset({"delete", "retain"})
_KNOWN3 = frozenset({"resource_type", "delete_mode"})


def _valid_DeleteClusterRequest(data: Any) -> bool:
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
    value = data.get("retain_all_resources", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("keep_slb", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        return False
    value = data.get("retain_resources", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        if len(value) > 100:
            return False
        for item0 in value:
            if not isinstance(item0, str):
                return False
            if len(item0) < 1:
                return False
    value = data.get("delete_options", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        for item0 in value:
            if not isinstance(item0, dict):
                return False
            value2 = item0.get("resource_type", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if value2 not in _ENUM1:
                    return False
            value2 = item0.get("delete_mode", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if value2 not in _ENUM2:
                    return False
            for key2 in item0:
                if key2 not in _KNOWN3:
                    return False
    return True


def _check_sent_DeleteOption(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("resource_type", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/resource_type", "string", value))
        else:
            if value not in _ENUM1:
                out.append(
                    Violation(
                        path + "/resource_type",
                        f"{value!r} is not one of "
                        + "SLB, ALB, SLS_Data, SLS_ControlPlane, PrivateZone",
                    )
                )
    value = data.get("delete_mode", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/delete_mode", "string", value))
        else:
            if value not in _ENUM2:
                out.append(
                    Violation(
                        path + "/delete_mode",
                        f"{value!r} is not one of " + "delete, retain",
                    )
                )
    for key in data:
        if key not in _KNOWN3:
            out.append(
                Violation(
                    path + "/" + _v.escape(key), _v.undeclared_message(key, _KNOWN3)
                )
            )


def _check_DeleteClusterRequest(data: Any, path: str, out: list[Violation]) -> None:
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
    value = data.get("retain_all_resources", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/retain_all_resources", "boolean", value))
    value = data.get("keep_slb", _MISSING)
    if value is not _MISSING and not isinstance(value, bool):
        out.append(_v.kind_violation(path + "/keep_slb", "boolean", value))
    value = data.get("retain_resources", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/retain_resources", "array", value))
        else:
            if len(value) > 100:
                out.append(
                    Violation(
                        path + "/retain_resources",
                        f"{len(value)} items given, at most 100 allowed",
                    )
                )
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str):
                    out.append(
                        _v.kind_violation(
                            path + "/retain_resources" + "/" + str(index0),
                            "string",
                            item0,
                        )
                    )
                else:
                    if len(item0) < 1:
                        out.append(
                            Violation(
                                path + "/retain_resources" + "/" + str(index0),
                                f"{len(item0)} characters given, at least 1 needed",
                            )
                        )
    value = data.get("delete_options", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/delete_options", "array", value))
        else:
            for index0, item0 in enumerate(value):
                _check_sent_DeleteOption(
                    item0, path + "/delete_options" + "/" + str(index0), out
                )


def _valid_DeleteClusterResponse(data: Any) -> bool:
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


def _check_DeleteClusterResponse(data: Any, path: str, out: list[Violation]) -> None:
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
    _valid_DeleteClusterRequest, _check_DeleteClusterRequest
)
is_valid_request = _v.fits(_valid_DeleteClusterRequest)
validate_response = _v.all_violations(
    _valid_DeleteClusterResponse, _check_DeleteClusterResponse
)
is_valid_response = _v.fits(_valid_DeleteClusterResponse)
