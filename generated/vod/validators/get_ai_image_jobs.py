"""Validators of GetAIImageJobs: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
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
_ENUM3 = frozenset({"success", "fail"})
_PATTERN1 = _v.pattern_search("^[^,]+$")


def _valid_GetAIImageJobsRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("JobIds", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        if len(value) < 1:
            return False
        if len(value) > 10:
            return False
        for item0 in value:
            if not isinstance(item0, str):
                return False
            if len(item0) < 1:
                return False
            if _PATTERN1(item0) is None:
                return False
    else:
        return False
    return True


def _valid_GetAIImageJobsResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("AIImageJobList", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            return False
        for item0 in value:
            if not isinstance(item0, dict):
                return False
            value2 = item0.get("AIImageResult", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                try:
                    document2, end2 = _SCAN_JSON(value2, 0)
                except _JSON_ERRORS:
                    document2 = _v.json_document(value2)
                else:
                    if end2 != len(value2):
                        document2 = _v.json_document(value2)
                if document2 is _INVALID:
                    return False
                if not isinstance(document2, list):
                    return False
                for item3 in document2:
                    if not isinstance(item3, dict):
                        return False
                    value5 = item3.get("Score", _MISSING)
                    if (
                        value5 is not _MISSING
                        and value5.__class__ not in _NUMBERS
                        and not _v.is_number(value5)
                    ):
                        return False
                    value5 = item3.get("Url", _MISSING)
                    if value5 is not _MISSING and not isinstance(value5, str):
                        return False
            value2 = item0.get("Code", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("CreationTime", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if _DATE_TIME(value2) is None:
                    return False
                if value2[8:10] > "28" and not _v.day_exists(value2):
                    return False
            value2 = item0.get("JobId", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("Message", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("Status", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if value2 not in _ENUM3:
                    return False
            value2 = item0.get("TemplateConfig", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                try:
                    document4, end4 = _SCAN_JSON(value2, 0)
                except _JSON_ERRORS:
                    document4 = _v.json_document(value2)
                else:
                    if end4 != len(value2):
                        document4 = _v.json_document(value2)
                if document4 is _INVALID:
                    return False
                if not isinstance(document4, dict):
                    return False
            value2 = item0.get("TemplateId", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
            value2 = item0.get("UserData", _MISSING)
            if value2 is not _MISSING:
                if not isinstance(value2, str):
                    return False
                if len(value2) * 4 > 512 and _v.utf8_length(value2) > 512:
                    return False
                try:
                    document5, end5 = _SCAN_JSON(value2, 0)
                except _JSON_ERRORS:
                    document5 = _v.json_document(value2)
                else:
                    if end5 != len(value2):
                        document5 = _v.json_document(value2)
                if document5 is _INVALID:
                    return False
                if not isinstance(document5, dict):
                    return False
                value4 = document5.get("MessageCallback", _MISSING)
                if value4 is not _MISSING and not isinstance(value4, dict):
                    return False
                value4 = document5.get("Extend", _MISSING)
                if value4 is not _MISSING and not isinstance(value4, dict):
                    return False
                if not ("MessageCallback" in document5 or "Extend" in document5):
                    return False
            value2 = item0.get("VideoId", _MISSING)
            if value2 is not _MISSING and not isinstance(value2, str):
                return False
    return True


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"GetAIImageJobsRequest":{"members":[\n'
    '  {"name":"JobIds","check":{"type":"array","min_items":1,"max_items":10,"items":{"type":"string","min_length":1,"pattern":"^[^,]+$"}},"required":true}\n'
    " ]},\n"
    ' "GetAIImageJobsResponse":{"members":[\n'
    '  {"name":"RequestId","check":{"type":"string"}},\n'
    '  {"name":"AIImageJobList","check":{"type":"array","items":{"struct":"AIImageJob"}}}\n'
    " ]},\n"
    ' "AIImageJob":{"members":[\n'
    '  {"name":"AIImageResult","check":{"type":"string","json":{"type":"array","items":{"struct":"AIImageResultItem"}}}},\n'
    '  {"name":"Code","check":{"type":"string"}},\n'
    '  {"name":"CreationTime","check":{"type":"string","date_time":true}},\n'
    '  {"name":"JobId","check":{"type":"string"}},\n'
    '  {"name":"Message","check":{"type":"string"}},\n'
    '  {"name":"Status","check":{"type":"string","enum":["success","fail"],"enum_text":"success, fail"}},\n'
    '  {"name":"TemplateConfig","check":{"type":"string","json":{"type":"object"}}},\n'
    '  {"name":"TemplateId","check":{"type":"string"}},\n'
    '  {"name":"UserData","check":{"type":"string","max_bytes":512,"json":{"struct":"UserData"}}},\n'
    '  {"name":"VideoId","check":{"type":"string"}}\n'
    " ]},\n"
    ' "AIImageResultItem":{"members":[\n'
    '  {"name":"Score","check":{"type":"number"}},\n'
    '  {"name":"Url","check":{"type":"string"}}\n'
    " ]},\n"
    ' "UserData":{"members":[\n'
    '  {"name":"MessageCallback","check":{"type":"object"}},\n'
    '  {"name":"Extend","check":{"type":"object"}}\n'
    ' ],"any_of":[["MessageCallback"],["Extend"]]}}',
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_GetAIImageJobsRequest, _REPORT.check("GetAIImageJobsRequest")
)
is_valid_request = _v.fits(_valid_GetAIImageJobsRequest)
validate_response = _v.all_violations(
    _valid_GetAIImageJobsResponse, _REPORT.check("GetAIImageJobsResponse")
)
is_valid_response = _v.fits(_valid_GetAIImageJobsResponse)
