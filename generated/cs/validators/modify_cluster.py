"""Validators of ModifyCluster: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/cs/2015-12-15/operations/ModifyCluster.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime import validation as _v

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


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"ModifyClusterRequest":{"members":[\n'
    '  {"name":"ClusterId","check":{"type":"string","min_length":1},"required":true},\n'
    '  {"name":"cluster_name","check":{"type":"string","min_length":1,"max_length":63}},\n'
    '  {"name":"deletion_protection","check":{"type":"boolean"}},\n'
    '  {"name":"instance_deletion_protection","check":{"type":"boolean"}},\n'
    '  {"name":"resource_group_id","check":{"type":"string"}},\n'
    '  {"name":"enable_rrsa","check":{"type":"boolean"}},\n'
    '  {"name":"access_control_list","check":{"type":"array","max_items":100,"items":{"type":"string"}}},\n'
    '  {"name":"maintenance_window","check":{"struct":"sent_MaintenanceWindowSettings"}}\n'
    " ]},\n"
    ' "sent_MaintenanceWindowSettings":{"members":[\n'
    '  {"name":"enable","check":{"type":"boolean"}},\n'
    '  {"name":"maintenance_time","check":{"type":"string"}},\n'
    '  {"name":"duration","check":{"type":"string"}},\n'
    '  {"name":"weekly_period","check":{"type":"string"}}\n'
    ' ],"known":["enable","maintenance_time","duration","weekly_period"]},\n'
    ' "ModifyClusterResponse":{"members":[\n'
    '  {"name":"cluster_id","check":{"type":"string"}},\n'
    '  {"name":"request_id","check":{"type":"string"}},\n'
    '  {"name":"task_id","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_ModifyClusterRequest, _REPORT.check("ModifyClusterRequest")
)
is_valid_request = _v.fits(_valid_ModifyClusterRequest)
validate_response = _v.all_violations(
    _valid_ModifyClusterResponse, _REPORT.check("ModifyClusterResponse")
)
is_valid_response = _v.fits(_valid_ModifyClusterResponse)
