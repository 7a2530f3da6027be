"""Validators of DescribeClusterDetail: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/cs/2015-12-15/operations/DescribeClusterDetail.yaml; do not edit.
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


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"DescribeClusterDetailRequest":{"members":[\n'
    '  {"name":"ClusterId","check":{"type":"string","min_length":1},"required":true}\n'
    " ]},\n"
    ' "DescribeClusterDetailResponse":{"members":[\n'
    '  {"name":"cluster_id","check":{"type":"string"}},\n'
    '  {"name":"cluster_type","check":{"type":"string","enum":["Kubernetes","ManagedKubernetes","ExternalKubernetes"],"enum_text":"Kubernetes, ManagedKubernetes, ExternalKubernetes"}},\n'
    '  {"name":"created","check":{"type":"string","date_time":true}},\n'
    '  {"name":"current_version","check":{"type":"string"}},\n'
    '  {"name":"deletion_protection","check":{"type":"boolean"}},\n'
    '  {"name":"name","check":{"type":"string"}},\n'
    '  {"name":"region_id","check":{"type":"string"}},\n'
    '  {"name":"size","check":{"type":"integer"}},\n'
    '  {"name":"state","check":{"type":"string"}},\n'
    '  {"name":"tags","check":{"type":"array","items":{"struct":"Tag"}}},\n'
    '  {"name":"vpc_id","check":{"type":"string"}},\n'
    '  {"name":"master_url","check":{"type":"string"}},\n'
    '  {"name":"maintenance_window","check":{"struct":"MaintenanceWindow"}},\n'
    '  {"name":"parameters","check":{"type":"map","values":{"type":"string"}}}\n'
    " ]},\n"
    ' "Tag":{"members":[\n'
    '  {"name":"key","check":{"type":"string"}},\n'
    '  {"name":"value","check":{"type":"string"}}\n'
    " ]},\n"
    ' "MaintenanceWindow":{"members":[\n'
    '  {"name":"enable","check":{"type":"boolean"}},\n'
    '  {"name":"maintenance_time","check":{"type":"string"}},\n'
    '  {"name":"duration","check":{"type":"string"}},\n'
    '  {"name":"weekly_period","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_DescribeClusterDetailRequest, _REPORT.check("DescribeClusterDetailRequest")
)
is_valid_request = _v.fits(_valid_DescribeClusterDetailRequest)
validate_response = _v.all_violations(
    _valid_DescribeClusterDetailResponse, _REPORT.check("DescribeClusterDetailResponse")
)
is_valid_response = _v.fits(_valid_DescribeClusterDetailResponse)
