"""Validators of DeleteCluster: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/cs/2015-12-15/operations/DeleteCluster.yaml; do not edit.
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


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"DeleteClusterRequest":{"members":[\n'
    '  {"name":"ClusterId","check":{"type":"string","min_length":1},"required":true},\n'
    '  {"name":"retain_all_resources","check":{"type":"boolean"}},\n'
    '  {"name":"keep_slb","check":{"type":"boolean"}},\n'
    '  {"name":"retain_resources","check":{"type":"array","max_items":100,"items":{"type":"string","min_length":1}}},\n'
    '  {"name":"delete_options","check":{"type":"array","items":{"struct":"sent_DeleteOption"}}}\n'
    " ]},\n"
    ' "sent_DeleteOption":{"members":[\n'
    '  {"name":"resource_type","check":{"type":"string","enum":["SLB","ALB","SLS_Data","SLS_ControlPlane","PrivateZone"],"enum_text":"SLB, ALB, SLS_Data, SLS_ControlPlane, PrivateZone"}},\n'
    '  {"name":"delete_mode","check":{"type":"string","enum":["delete","retain"],"enum_text":"delete, retain"}}\n'
    ' ],"known":["resource_type","delete_mode"]},\n'
    ' "DeleteClusterResponse":{"members":[\n'
    '  {"name":"cluster_id","check":{"type":"string"}},\n'
    '  {"name":"request_id","check":{"type":"string"}},\n'
    '  {"name":"task_id","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_DeleteClusterRequest, _REPORT.check("DeleteClusterRequest")
)
is_valid_request = _v.fits(_valid_DeleteClusterRequest)
validate_response = _v.all_violations(
    _valid_DeleteClusterResponse, _REPORT.check("DeleteClusterResponse")
)
is_valid_response = _v.fits(_valid_DeleteClusterResponse)
