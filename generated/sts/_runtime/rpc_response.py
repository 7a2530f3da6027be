"""Read an Alibaba RPC answer: wire data for a success, a typed error otherwise."""

from __future__ import annotations

import json
from typing import Any

from .errors import (
    ResponseParseError,
    ServiceError,
    ThrottlingError,
    is_throttling_code,
)
from .transport import HttpResponse

__all__ = ["decode_success", "error_from_response", "excerpt", "request_id_in_text"]

_ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")
_XML_ERROR_SHAPE = {name: "string" for name in _ERROR_FIELDS}


def excerpt(body: bytes, limit: int = 200) -> str:
    return body[:limit].decode("utf-8", "replace")


def request_id_in_text(body: bytes) -> str | None:
    """The ``RequestId`` of a body too broken (or too deep) to parse, found by its text.

    Only an answer that already failed pays for the search.
    """
    import re

    found = re.search(
        rb'"RequestId"\s*:\s*"([A-Za-z0-9_.:-]{1,128})"|'
        rb"<RequestId>([A-Za-z0-9_.:-]{1,128})</RequestId>",
        body,
    )
    if found is None:
        return None
    return (found.group(1) or found.group(2)).decode("ascii")


def unparsable_json(error: BaseException, body: bytes) -> str:
    """Why a JSON body could not be read, in words."""
    if isinstance(error, RecursionError):
        return "response nests arrays or objects deeper than a parser may follow"
    if not body.strip():
        return "response is empty body"
    return f"response is not valid JSON ({error})"


def decode_success(response: HttpResponse, response_format: str, xml_shape: Any) -> Any:
    """Wire-shaped data of a 2xx body in the format the client asked for."""
    body = response.body
    if response_format == "xml":
        from .xml_decode import decode_xml

        data = decode_xml(body, xml_shape, response.status)
    else:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as error:
            raise ResponseParseError(
                unparsable_json(error, body),
                http_status=response.status,
                request_id=request_id_in_text(body),
                excerpt=excerpt(body),
            ) from None
    if not isinstance(data, dict):
        raise ResponseParseError(
            f"response is not a {response_format.upper()} object",
            http_status=response.status,
            excerpt=excerpt(body),
        )
    return data


def _error_fields(body: bytes) -> dict[str, Any] | None:
    """The error body's fields, whichever format the server chose; None if unreadable."""
    start = body.lstrip()[:1]
    try:
        if start == b"{":
            data = json.loads(body)
            return data if isinstance(data, dict) else None
        if start == b"<":
            from .xml_decode import decode_xml

            data = decode_xml(body, _XML_ERROR_SHAPE)
            return data if isinstance(data, dict) else None
    except (ValueError, RecursionError, ResponseParseError):
        return None
    return None


def _retry_after(response: HttpResponse) -> float | None:
    raw = response.headers.get("x-acs-retry-after")
    if raw is None:
        return None
    try:
        seconds = float(raw)
    except ValueError:
        return None
    return seconds if seconds >= 0 else None


def error_from_response(response: HttpResponse, action: str) -> Exception:
    """A ServiceError (ThrottlingError for flow control) or, for an unreadable body,
    a ResponseParseError carrying the HTTP status and an excerpt."""
    fields = _error_fields(response.body)
    code = fields.get("Code") if fields else None
    if not fields or not isinstance(code, str) or not code:
        request_id = fields.get("RequestId") if fields else None
        if not isinstance(request_id, str):
            request_id = request_id_in_text(response.body)
        return ResponseParseError(
            f"HTTP {response.status} without an Alibaba error body",
            http_status=response.status,
            request_id=request_id,
            excerpt=excerpt(response.body),
        )

    def text(name: str) -> str | None:
        value = fields.get(name)
        return value if isinstance(value, str) and value else None

    kind = ThrottlingError if is_throttling_code(code) else ServiceError
    return kind(
        code=code,
        message=text("Message") or "",
        http_status=response.status,
        request_id=text("RequestId"),
        host_id=text("HostId"),
        recommend=text("Recommend"),
        action=action,
        retry_after=_retry_after(response),
    )
