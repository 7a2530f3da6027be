"""Validators of GetAIImageJobs: every rule of its request and response shapes.

``validate_request(data)`` and ``validate_response(data)`` take wire-shaped data (what
``to_dict()`` and ``json.loads`` give) and return every Violation, each with its JSON
pointer; an empty list means valid. They agree with the JSON Schemas in ``schemas/``.

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
"""

from __future__ import annotations

import re
from typing import Any

from .._runtime import validation as _v
from .._runtime.errors import Violation

__all__ = ["validate_request", "validate_response"]
_ENUM3 = frozenset({"success", "fail"})
_PATTERN1 = re.compile("^[^,]+$")


def validate_request(data: Any) -> list[Violation]:
    """Every violation of the request rules; empty when valid."""
    out: list[Violation] = []
    _check_GetAIImageJobsRequest(data, "", out)
    return out


def validate_response(data: Any) -> list[Violation]:
    """Every violation of the response rules; empty when valid."""
    out: list[Violation] = []
    _check_GetAIImageJobsResponse(data, "", out)
    return out


def _check_GetAIImageJobsRequest(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(Violation(path or "/", _v.kind_message("object", data)))
        return
    value = data.get("JobIds", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, list):
            out.append(Violation(path + "/JobIds", _v.kind_message("array", value)))
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
                        Violation(
                            path + "/JobIds" + "/" + str(index0),
                            _v.kind_message("string", item0),
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
                    if _PATTERN1.search(item0) is None:
                        out.append(
                            Violation(
                                path + "/JobIds" + "/" + str(index0),
                                "does not match pattern ^[^,]+$",
                            )
                        )
    else:
        out.append(Violation(path or "/", "required member 'JobIds' is missing"))


def _check_AIImageResultItem(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(Violation(path or "/", _v.kind_message("object", data)))
        return
    value = data.get("Score", _v.MISSING)
    if value is not _v.MISSING:
        if not _v.is_number(value):
            out.append(Violation(path + "/Score", _v.kind_message("number", value)))
    value = data.get("Url", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/Url", _v.kind_message("string", value)))


def _check_UserData(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(Violation(path or "/", _v.kind_message("object", data)))
        return
    value = data.get("MessageCallback", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, dict):
            out.append(
                Violation(path + "/MessageCallback", _v.kind_message("object", value))
            )
    value = data.get("Extend", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, dict):
            out.append(Violation(path + "/Extend", _v.kind_message("object", value)))
    if not (("MessageCallback" in data) or ("Extend" in data)):
        out.append(Violation(path or "/", "must contain MessageCallback or Extend"))


def _check_AIImageJob(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(Violation(path or "/", _v.kind_message("object", data)))
        return
    value = data.get("AIImageResult", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(
                Violation(path + "/AIImageResult", _v.kind_message("string", value))
            )
        else:
            document2 = _v.json_document(value)
            if document2 is _v.INVALID:
                out.append(
                    Violation(path + "/AIImageResult", "does not hold valid JSON text")
                )
            else:
                inner2: list[Violation] = []
                if not isinstance(document2, list):
                    inner2.append(Violation("", _v.kind_message("array", document2)))
                else:
                    for index1, item1 in enumerate(document2):
                        _check_AIImageResultItem(item1, "" + "/" + str(index1), inner2)
                out.extend(_v.inside_json(path + "/AIImageResult", inner2))
    value = data.get("Code", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/Code", _v.kind_message("string", value)))
    value = data.get("CreationTime", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(
                Violation(path + "/CreationTime", _v.kind_message("string", value))
            )
        else:
            if not _v.is_date_time(value):
                out.append(
                    Violation(
                        path + "/CreationTime",
                        f"{value[:40]!r} is not a date-time like 2020-10-15T03:30:03Z",
                    )
                )
    value = data.get("JobId", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/JobId", _v.kind_message("string", value)))
    value = data.get("Message", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/Message", _v.kind_message("string", value)))
    value = data.get("Status", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/Status", _v.kind_message("string", value)))
        else:
            if value not in _ENUM3:
                out.append(
                    Violation(
                        path + "/Status", f"{value!r} is not one of " + "success, fail"
                    )
                )
    value = data.get("TemplateConfig", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(
                Violation(path + "/TemplateConfig", _v.kind_message("string", value))
            )
        else:
            document4 = _v.json_document(value)
            if document4 is _v.INVALID:
                out.append(
                    Violation(path + "/TemplateConfig", "does not hold valid JSON text")
                )
            else:
                inner4: list[Violation] = []
                if not isinstance(document4, dict):
                    inner4.append(Violation("", _v.kind_message("object", document4)))
                out.extend(_v.inside_json(path + "/TemplateConfig", inner4))
    value = data.get("TemplateId", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(
                Violation(path + "/TemplateId", _v.kind_message("string", value))
            )
    value = data.get("UserData", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/UserData", _v.kind_message("string", value)))
        else:
            if len(value) * 4 > 512 and _v.utf8_length(value) > 512:
                out.append(
                    Violation(
                        path + "/UserData",
                        f"{_v.utf8_length(value)} bytes in UTF-8, at most 512 allowed",
                    )
                )
            document5 = _v.json_document(value)
            if document5 is _v.INVALID:
                out.append(
                    Violation(path + "/UserData", "does not hold valid JSON text")
                )
            else:
                inner5: list[Violation] = []
                _check_UserData(document5, "", inner5)
                out.extend(_v.inside_json(path + "/UserData", inner5))
    value = data.get("VideoId", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/VideoId", _v.kind_message("string", value)))


def _check_GetAIImageJobsResponse(data: Any, path: str, out: list[Violation]) -> None:
    if not isinstance(data, dict):
        out.append(Violation(path or "/", _v.kind_message("object", data)))
        return
    value = data.get("RequestId", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, str):
            out.append(Violation(path + "/RequestId", _v.kind_message("string", value)))
    value = data.get("AIImageJobList", _v.MISSING)
    if value is not _v.MISSING:
        if not isinstance(value, list):
            out.append(
                Violation(path + "/AIImageJobList", _v.kind_message("array", value))
            )
        else:
            for index0, item0 in enumerate(value):
                _check_AIImageJob(
                    item0, path + "/AIImageJobList" + "/" + str(index0), out
                )
