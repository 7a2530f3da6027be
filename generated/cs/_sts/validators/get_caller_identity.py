"""Validators of GetCallerIdentity: every rule of its request and response shapes.

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


# The entry points: the yes-or-no check (fast code for a request, the table for an
# answer), and the full report built on it.
validate_request = _v.all_violations(
    _valid_GetCallerIdentityRequest, _REPORT.check("GetCallerIdentityRequest")
)
is_valid_request = _v.fits(_valid_GetCallerIdentityRequest)
validate_response = _v.all_violations(
    _REPORT.valid("GetCallerIdentityResponse"),
    _REPORT.check("GetCallerIdentityResponse"),
)
is_valid_response = _v.fits(_REPORT.valid("GetCallerIdentityResponse"))
