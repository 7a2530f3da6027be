"""Validators of AssumeRole: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/sts/2015-04-01/operations/AssumeRole.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from ..._runtime import validation as _v

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
_PATTERN1 = _v.pattern_search("^[A-Za-z0-9.@_-]+$")
_PATTERN2 = _v.pattern_search("^[A-Za-z0-9_+=,.@:/-]+$")


def _valid_AssumeRoleRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RoleArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    value = data.get("RoleSessionName", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 2:
            return False
        if len(value) > 64:
            return False
        if _PATTERN1(value) is None:
            return False
    else:
        return False
    value = data.get("Policy", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
        if len(value) > 2048:
            return False
    value = data.get("DurationSeconds", _MISSING)
    if value is not _MISSING:
        if value.__class__ is not int and not _v.is_integer(value):
            return False
        if value < 900:
            return False
    value = data.get("ExternalId", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 2:
            return False
        if len(value) > 1224:
            return False
        if _PATTERN2(value) is None:
            return False
    return True


def _valid_AssumeRoleResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("AssumedRoleUser", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("AssumedRoleId", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Arn", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    value = data.get("Credentials", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("AccessKeyId", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("AccessKeySecret", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("SecurityToken", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Expiration", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
    return True


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"AssumeRoleRequest":{"members":[\n'
    '  {"name":"RoleArn","check":{"type":"string","min_length":1},"required":true},\n'
    '  {"name":"RoleSessionName","check":{"type":"string","min_length":2,"max_length":64,"pattern":"^[A-Za-z0-9.@_-]+$"},"required":true},\n'
    '  {"name":"Policy","check":{"type":"string","min_length":1,"max_length":2048}},\n'
    '  {"name":"DurationSeconds","check":{"type":"integer","minimum":900}},\n'
    '  {"name":"ExternalId","check":{"type":"string","min_length":2,"max_length":1224,"pattern":"^[A-Za-z0-9_+=,.@:/-]+$"}}\n'
    " ]},\n"
    ' "AssumeRoleResponse":{"members":[\n'
    '  {"name":"RequestId","check":{"type":"string"}},\n'
    '  {"name":"AssumedRoleUser","check":{"struct":"AssumeRoleResponseAssumedRoleUser"}},\n'
    '  {"name":"Credentials","check":{"struct":"AssumeRoleResponseCredentials"}}\n'
    " ]},\n"
    ' "AssumeRoleResponseAssumedRoleUser":{"members":[\n'
    '  {"name":"AssumedRoleId","check":{"type":"string"}},\n'
    '  {"name":"Arn","check":{"type":"string"}}\n'
    " ]},\n"
    ' "AssumeRoleResponseCredentials":{"members":[\n'
    '  {"name":"AccessKeyId","check":{"type":"string"}},\n'
    '  {"name":"AccessKeySecret","check":{"type":"string","secret":true}},\n'
    '  {"name":"SecurityToken","check":{"type":"string","secret":true}},\n'
    '  {"name":"Expiration","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_AssumeRoleRequest, _REPORT.check("AssumeRoleRequest")
)
is_valid_request = _v.fits(_valid_AssumeRoleRequest)
validate_response = _v.all_violations(
    _valid_AssumeRoleResponse, _REPORT.check("AssumeRoleResponse")
)
is_valid_response = _v.fits(_valid_AssumeRoleResponse)
