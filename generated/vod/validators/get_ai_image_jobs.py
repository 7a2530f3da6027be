"""Validators of GetAIImageJobs: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. ``is_valid_request(data)`` and
``is_valid_response(data)`` only answer yes or no. They agree with the JSON Schemas in
``schemas/``.

``_valid_*`` stops at the first broken rule and builds no paths or messages, so valid
data is checked at full speed; ``_check_*`` runs only when that answer is no, and
reports every violation.

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime import validation as _v
from .._runtime.errors import Violation

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


def _check_GetAIImageJobsRequest(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("JobIds", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/JobIds", "array", value))
        else:
            if len(value) < 1:
                out.append(
                    Violation(
                        path + "/JobIds", f"{len(value)} items given, at least 1 needed"
                    )
                )
            if len(value) > 10:
                out.append(
                    Violation(
                        path + "/JobIds",
                        f"{len(value)} items given, at most 10 allowed",
                    )
                )
            for index0, item0 in enumerate(value):
                if not isinstance(item0, str):
                    out.append(
                        _v.kind_violation(
                            path + "/JobIds" + "/" + str(index0), "string", item0
                        )
                    )
                else:
                    if len(item0) < 1:
                        out.append(
                            Violation(
                                path + "/JobIds" + "/" + str(index0),
                                f"{len(item0)} characters given, at least 1 needed",
                            )
                        )
                    if _PATTERN1(item0) is None:
                        out.append(
                            Violation(
                                path + "/JobIds" + "/" + str(index0),
                                "does not match pattern ^[^,]+$",
                            )
                        )
    else:
        out.append(Violation(path or "/", "required member 'JobIds' is missing"))


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


def _check_AIImageResultItem(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("Score", _MISSING)
    if (
        value is not _MISSING
        and value.__class__ not in _NUMBERS
        and not _v.is_number(value)
    ):
        out.append(_v.kind_violation(path + "/Score", "number", value))
    value = data.get("Url", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Url", "string", value))


def _check_UserData(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("MessageCallback", _MISSING)
    if value is not _MISSING and not isinstance(value, dict):
        out.append(_v.kind_violation(path + "/MessageCallback", "object", value))
    value = data.get("Extend", _MISSING)
    if value is not _MISSING and not isinstance(value, dict):
        out.append(_v.kind_violation(path + "/Extend", "object", value))
    if not ("MessageCallback" in data or "Extend" in data):
        out.append(Violation(path or "/", "must contain MessageCallback or Extend"))


def _check_AIImageJob(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("AIImageResult", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/AIImageResult", "string", value))
        else:
            document6 = _v.json_document(value)
            if document6 is _INVALID:
                out.append(
                    Violation(path + "/AIImageResult", "does not hold valid JSON text")
                )
            else:
                inner6: list[Violation] = []
                if not isinstance(document6, list):
                    inner6.append(_v.kind_violation("", "array", document6))
                else:
                    for index1, item1 in enumerate(document6):
                        _check_AIImageResultItem(item1, "" + "/" + str(index1), inner6)
                out.extend(_v.inside_json(path + "/AIImageResult", inner6))
    value = data.get("Code", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Code", "string", value))
    value = data.get("CreationTime", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/CreationTime", "string", value))
        else:
            if not _v.is_date_time(value):
                out.append(
                    Violation(
                        path + "/CreationTime",
                        f"{value[:40]!r} is not a date-time like 2020-10-15T03:30:03Z",
                    )
                )
    value = data.get("JobId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/JobId", "string", value))
    value = data.get("Message", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/Message", "string", value))
    value = data.get("Status", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/Status", "string", value))
        else:
            if value not in _ENUM3:
                out.append(
                    Violation(
                        path + "/Status", f"{value!r} is not one of " + "success, fail"
                    )
                )
    value = data.get("TemplateConfig", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/TemplateConfig", "string", value))
        else:
            document7 = _v.json_document(value)
            if document7 is _INVALID:
                out.append(
                    Violation(path + "/TemplateConfig", "does not hold valid JSON text")
                )
            else:
                inner7: list[Violation] = []
                if not isinstance(document7, dict):
                    inner7.append(_v.kind_violation("", "object", document7))
                out.extend(_v.inside_json(path + "/TemplateConfig", inner7))
    value = data.get("TemplateId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/TemplateId", "string", value))
    value = data.get("UserData", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, str):
            out.append(_v.kind_violation(path + "/UserData", "string", value))
        else:
            if len(value) * 4 > 512 and _v.utf8_length(value) > 512:
                out.append(
                    Violation(
                        path + "/UserData",
                        f"{_v.utf8_length(value)} bytes in UTF-8, at most 512 allowed",
                    )
                )
            document8 = _v.json_document(value)
            if document8 is _INVALID:
                out.append(
                    Violation(path + "/UserData", "does not hold valid JSON text")
                )
            else:
                inner8: list[Violation] = []
                _check_UserData(document8, "", inner8)
                out.extend(_v.inside_json(path + "/UserData", inner8))
    value = data.get("VideoId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/VideoId", "string", value))


def _check_GetAIImageJobsResponse(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(_v.kind_violation(path or "/", "object", data))
        return
    value = data.get("RequestId", _MISSING)
    if value is not _MISSING and not isinstance(value, str):
        out.append(_v.kind_violation(path + "/RequestId", "string", value))
    value = data.get("AIImageJobList", _MISSING)
    if value is not _MISSING:
        if not isinstance(value, list):
            out.append(_v.kind_violation(path + "/AIImageJobList", "array", value))
        else:
            for index0, item0 in enumerate(value):
                _check_AIImageJob(
                    item0, path + "/AIImageJobList" + "/" + str(index0), out
                )


# The entry points: the fast yes-or-no check, and the full report built on it.
validate_request = _v.all_violations(
    _valid_GetAIImageJobsRequest, _check_GetAIImageJobsRequest
)
is_valid_request = _v.fits(_valid_GetAIImageJobsRequest)
validate_response = _v.all_violations(
    _valid_GetAIImageJobsResponse, _check_GetAIImageJobsResponse
)
is_valid_response = _v.fits(_valid_GetAIImageJobsResponse)
