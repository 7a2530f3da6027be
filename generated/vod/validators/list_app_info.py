"""Validators of ListAppInfo: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/vod/2017-03-21/operations/ListAppInfo.yaml; do not edit.
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


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"ListAppInfoRequest":{"members":[\n'
    '  {"name":"Status","check":{"type":"string","enum":["Normal","Disable"],"enum_text":"Normal, Disable"}},\n'
    '  {"name":"PageNo","check":{"type":"integer","minimum":1}},\n'
    '  {"name":"PageSize","check":{"type":"integer","minimum":1,"maximum":100}}\n'
    " ]},\n"
    ' "ListAppInfoResponse":{"members":[\n'
    '  {"name":"RequestId","check":{"type":"string"}},\n'
    '  {"name":"Total","check":{"type":"integer"}},\n'
    '  {"name":"AppInfoList","check":{"type":"array","items":{"struct":"AppInfo"}}}\n'
    " ]},\n"
    ' "AppInfo":{"members":[\n'
    '  {"name":"AppId","check":{"type":"string"}},\n'
    '  {"name":"AppName","check":{"type":"string"}},\n'
    '  {"name":"Description","check":{"type":"string"}},\n'
    '  {"name":"Type","check":{"type":"string","enum":["System","Custom"],"enum_text":"System, Custom"}},\n'
    '  {"name":"Status","check":{"type":"string","enum":["Normal","Disable"],"enum_text":"Normal, Disable"}},\n'
    '  {"name":"CreationTime","check":{"type":"string","date_time":true}},\n'
    '  {"name":"ModificationTime","check":{"type":"string","date_time":true}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_ListAppInfoRequest, _REPORT.check("ListAppInfoRequest")
)
is_valid_request = _v.fits(_valid_ListAppInfoRequest)
validate_response = _v.all_violations(
    _valid_ListAppInfoResponse, _REPORT.check("ListAppInfoResponse")
)
is_valid_response = _v.fits(_valid_ListAppInfoResponse)
