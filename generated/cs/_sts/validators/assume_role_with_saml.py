"""Validators of AssumeRoleWithSAML: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithSAML.yaml; do not edit.
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


def _valid_AssumeRoleWithSAMLRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("SAMLProviderArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    value = data.get("RoleArn", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 1:
            return False
    else:
        return False
    value = data.get("SAMLAssertion", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            return False
        if len(value) < 4:
            return False
        if len(value) > 100000:
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
    return True


def _valid_AssumeRoleWithSAMLResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("SAMLAssertionInfo", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, dict):
            return False
        value1 = value.get("SubjectType", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Subject", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Recipient", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
            return False
        value1 = value.get("Issuer", _MISSING)
        if value1 is not _MISSING and not isinstance(value1, str):
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
    '{"AssumeRoleWithSAMLRequest":{"members":[\n'
    '  {"name":"SAMLProviderArn","check":{"type":"string","min_length":1},"required":true},\n'
    '  {"name":"RoleArn","check":{"type":"string","min_length":1},"required":true},\n'
    '  {"name":"SAMLAssertion","check":{"type":"string","secret":true,"min_length":4,"max_length":100000},"required":true},\n'
    '  {"name":"Policy","check":{"type":"string","min_length":1,"max_length":2048}},\n'
    '  {"name":"DurationSeconds","check":{"type":"integer","minimum":900}}\n'
    " ]},\n"
    ' "AssumeRoleWithSAMLResponse":{"members":[\n'
    '  {"name":"RequestId","check":{"type":"string"}},\n'
    '  {"name":"SAMLAssertionInfo","check":{"struct":"AssumeRoleWithSAMLResponseSAMLAssertionInfo"}},\n'
    '  {"name":"AssumedRoleUser","check":{"struct":"AssumeRoleWithSAMLResponseAssumedRoleUser"}},\n'
    '  {"name":"Credentials","check":{"struct":"AssumeRoleWithSAMLResponseCredentials"}}\n'
    " ]},\n"
    ' "AssumeRoleWithSAMLResponseSAMLAssertionInfo":{"members":[\n'
    '  {"name":"SubjectType","check":{"type":"string"}},\n'
    '  {"name":"Subject","check":{"type":"string"}},\n'
    '  {"name":"Recipient","check":{"type":"string"}},\n'
    '  {"name":"Issuer","check":{"type":"string"}}\n'
    " ]},\n"
    ' "AssumeRoleWithSAMLResponseAssumedRoleUser":{"members":[\n'
    '  {"name":"AssumedRoleId","check":{"type":"string"}},\n'
    '  {"name":"Arn","check":{"type":"string"}}\n'
    " ]},\n"
    ' "AssumeRoleWithSAMLResponseCredentials":{"members":[\n'
    '  {"name":"AccessKeyId","check":{"type":"string"}},\n'
    '  {"name":"AccessKeySecret","check":{"type":"string","secret":true}},\n'
    '  {"name":"SecurityToken","check":{"type":"string","secret":true}},\n'
    '  {"name":"Expiration","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_AssumeRoleWithSAMLRequest, _REPORT.check("AssumeRoleWithSAMLRequest")
)
is_valid_request = _v.fits(_valid_AssumeRoleWithSAMLRequest)
validate_response = _v.all_violations(
    _valid_AssumeRoleWithSAMLResponse, _REPORT.check("AssumeRoleWithSAMLResponse")
)
is_valid_response = _v.fits(_valid_AssumeRoleWithSAMLResponse)
