"""Validators of GetCallerIdentity: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; only when that answer is no does ``_REPORT`` read the
table of rules at the end of this module (``_runtime.validation.Report``) and report
every violation.

Generated from spec/sts/2015-04-01/operations/GetCallerIdentity.yaml; do not edit.
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


def _valid_GetCallerIdentityRequest(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    return True


def _valid_GetCallerIdentityResponse(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    value = data.get("IdentityType", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("AccountId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("PrincipalId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("UserId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("Arn", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    value = data.get("RoleId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        return False
    return True


# Every rule of the structures a report checks, as JSON; union counts name the fast
# functions above.
_REPORT = _v.Report(
    '{"GetCallerIdentityRequest":{"members":[\n'
    " ]},\n"
    ' "GetCallerIdentityResponse":{"members":[\n'
    '  {"name":"IdentityType","check":{"type":"string"}},\n'
    '  {"name":"AccountId","check":{"type":"string"}},\n'
    '  {"name":"RequestId","check":{"type":"string"}},\n'
    '  {"name":"PrincipalId","check":{"type":"string"}},\n'
    '  {"name":"UserId","check":{"type":"string"}},\n'
    '  {"name":"Arn","check":{"type":"string"}},\n'
    '  {"name":"RoleId","check":{"type":"string"}}\n'
    " ]}}",
    globals(),
)


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_GetCallerIdentityRequest, _REPORT.check("GetCallerIdentityRequest")
)
is_valid_request = _v.fits(_valid_GetCallerIdentityRequest)
validate_response = _v.all_violations(
    _valid_GetCallerIdentityResponse, _REPORT.check("GetCallerIdentityResponse")
)
is_valid_response = _v.fits(_valid_GetCallerIdentityResponse)
