"""Read an Alibaba ROA answer: wire data for a success, a typed error otherwise.

A success is a JSON object, a JSON array, a bare string or nothing, as the operation
declares. Errors come as JSON whose field names may be capitalised or not, or as
``<Error><Code>...`` XML.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import (
    ResponseParseError,
    ServiceError,
    ThrottlingError,
    is_throttling_code,
)
from .rpc_response import excerpt, request_id_in_text, unparsable_json
from .transport import HttpResponse

__all__ = ["PAYLOADS", "decode_success", "error_from_response", "request_id_of"]

PAYLOADS = frozenset({"object", "array", "string", "none"})
_EXPECTED = {"object": dict, "array": list}
_ERROR_FIELDS = ("Code", "Message", "RequestId", "HostId", "Recommend")
# Each error field under the names ROA services use for it.
_ALIASES = {
    "Code": ("Code", "code"),
    "Message": ("Message", "message"),
    "RequestId": ("RequestId", "requestId"),
    "HostId": ("HostId", "hostId"),
    "Recommend": ("Recommend", "recommend"),
}
_XML_ERROR_SHAPE = {name: "string" for aliases in _ALIASES.values() for name in aliases}
_RETRY_AFTER_HEADERS = ("x-acs-retry-after", "retry-after")


def request_id_of(response: HttpResponse, data: Any) -> str | None:
    """The ``x-acs-request-id`` header, else the body's ``requestId`` / ``RequestId``."""
    header = response.headers.get("x-acs-request-id")
    if header:
        return header
    if isinstance(data, dict):
        for name in ("requestId", "RequestId"):
            value = data.get(name)
            if isinstance(value, str) and value:
                return value
    return None


def _refuse(response: HttpResponse, reason: str) -> ResponseParseError:
    return ResponseParseError(
        reason,
        http_status=response.status,
        request_id=request_id_of(response, None) or request_id_in_text(response.body),
        excerpt=excerpt(response.body),
    )


def decode_success(response: HttpResponse, payload: str) -> Any:
    """Wire data of a 2xx answer: a dict, a list, a str, or None for ``"none"``.

    A ``"string"`` answer is the body's text (Alibaba's SDK reads it so); a body that is
    a JSON string literal is unwrapped, one that is a JSON object or array is refused.
    """
    if payload == "none":
        return None
    body = response.body
    if payload == "string":
        return _bare_string(response)
    expected = _EXPECTED.get(payload)
    if expected is None:
        raise ValueError(f"unknown response payload kind {payload!r}")
    if not body.strip():
        raise _refuse(response, f"response is empty, expected a JSON {payload}")
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise _refuse(response, unparsable_json(error, body)) from None
    if not isinstance(data, expected):
        raise _refuse(
            response, f"response is a JSON {_kind(data)}, expected a JSON {payload}"
        )
    return data


def _bare_string(response: HttpResponse) -> str:
    try:
        text = response.body.decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse(response, "response text is not UTF-8") from None
    start = text.lstrip()[:1]
    if start in ('"', "{", "["):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return text
        if isinstance(data, str):
            return data
        raise _refuse(response, f"response is a JSON {_kind(data)}, expected a string")
    return text


def _kind(data: object) -> str:
    if isinstance(data, dict):
        return "object"
    if isinstance(data, list):
        return "array"
    if isinstance(data, str):
        return "string"
    return "scalar" if data is not None else "null"


def _error_fields(response: HttpResponse) -> dict[str, Any] | None:
    """The error body's fields, whichever format the server chose; None if unreadable."""
    body = response.body
    start = body.lstrip()[:1]
    try:
        if start == b"{":
            data = json.loads(body)
            return data if isinstance(data, dict) else None
        if start == b"<":
            from .xml_decode import decode_xml

            data = decode_xml(body, _XML_ERROR_SHAPE, response.status)
            return data if isinstance(data, dict) else None
    except (ValueError, RecursionError, ResponseParseError):
        return None
    return None


def _text(fields: dict[str, Any], name: str) -> str | None:
    for alias in _ALIASES[name]:
        value = fields.get(alias)
        if isinstance(value, str) and value:
            return value
    return None


def _retry_after(response: HttpResponse) -> tuple[bool, float | None]:
    """Whether a retry-after header came, and its seconds when it is a number."""
    for name in _RETRY_AFTER_HEADERS:
        raw = response.headers.get(name)
        if raw is None:
            continue
        try:
            seconds = float(raw)
        except ValueError:
            return True, None
        return True, seconds if 0 <= seconds < float("inf") else None
    return False, None


def error_from_response(response: HttpResponse, action: str) -> Exception:
    """A ServiceError (ThrottlingError for flow control or a retry-after header) or, for
    an unreadable body, a ResponseParseError with the status and the header's request id.
    """
    fields = _error_fields(response)
    code = _text(fields, "Code") if fields else None
    if fields is None or code is None:
        return ResponseParseError(
            f"HTTP {response.status} without an Alibaba error body",
            http_status=response.status,
            request_id=request_id_of(response, fields),
            excerpt=excerpt(response.body),
        )
    throttled, retry_after = _retry_after(response)
    kind = ThrottlingError if throttled or is_throttling_code(code) else ServiceError
    return kind(
        code=code,
        message=_text(fields, "Message") or "",
        http_status=response.status,
        request_id=response.headers.get("x-acs-request-id")
        or _text(fields, "RequestId"),
        host_id=_text(fields, "HostId"),
        recommend=_text(fields, "Recommend"),
        action=action,
        retry_after=retry_after,
    )
