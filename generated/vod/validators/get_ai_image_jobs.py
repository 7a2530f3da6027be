"""Validators of GetAIImageJobs: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

A request's ``_valid_*`` stops at the first broken rule and builds no paths or
messages, so valid data is checked at full speed; only when that answer is no does
``_REPORT`` read the table of rules at the end of this module
(``_runtime.validation.Report``) and report every violation. Answers are checked only
when a client asks (``validate_responses=True``): the table alone answers for them.

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


# The entry points: the yes-or-no check (fast code for a request, the table for an
# answer), and the full report built on it.
validate_request = _v.all_violations(
    _valid_GetAIImageJobsRequest, _REPORT.check("GetAIImageJobsRequest")
)
is_valid_request = _v.fits(_valid_GetAIImageJobsRequest)
validate_response = _v.all_violations(
    _REPORT.valid("GetAIImageJobsResponse"), _REPORT.check("GetAIImageJobsResponse")
)
is_valid_response = _v.fits(_REPORT.valid("GetAIImageJobsResponse"))
