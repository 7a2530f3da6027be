"""Read a REST/JSON answer: wire data for a success, a typed error for the rest.

Which answers are errors, and what their bodies are, is the operation's: an exact status
(``404``) is looked up first, then its range (``4XX``), then ``default``; any status
outside 2xx is an error whatever the table says. An error body the spec describes is
decoded into its model (``RestError.model``); the decoded JSON is kept as ``body``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from .errors import ResponseParseError, ServiceError
from .rest_params import Shape, read_header
from .transport import HttpResponse

__all__ = ["ErrorEntry", "RestAnswer", "RestError", "decode", "request_id_of"]

_EXCERPT = 200
_CODE_FIELDS = ("code", "Code", "error", "type")
_MESSAGE_FIELDS = ("message", "Message", "detail", "title", "error_description")
_ID_FIELDS = ("request_id", "requestId", "RequestId")


class ErrorEntry(NamedTuple):
    """An error answer the spec describes: status ``404``, ``4XX`` or ``default``, and
    the decoder of its body's model (None when the body is not described)."""

    status: str
    parse: Callable[[Any, str, str | None], Any] | None


class RestAnswer(NamedTuple):
    """How a success maps onto the output: ``payload`` is ``object`` (the body is the
    output object), ``array``/``string``/``value`` (the body is the one output member
    ``member``) or ``none`` (no body); and the error answers the operation declares."""

    payload: str
    member: str | None = None
    errors: Sequence[ErrorEntry] = ()
    # (output member, header name in lower case, shape) of members read from headers.
    headers: Sequence[tuple[str, str, Shape]] = ()
    # The output member that receives the HTTP status (several success statuses).
    status_member: str | None = None


class RestError(ServiceError):
    """An error answer: ``model`` is its body decoded into the spec's error model (None
    when the spec describes none or the body does not fit it), ``body`` the JSON as
    received (None when the body is not JSON).

    The model is decoded from ``body`` when first read, so hiding a secret a server
    echoed in the body (the client scrubs every error) hides it from the model too.
    """

    def __init__(
        self,
        *,
        parse: Callable[[Any, str, str | None], Any] | None,
        body: Any,
        status_key: str | None,
        **fields: Any,
    ) -> None:
        super().__init__(**fields)
        self.body = body
        self.parse = parse
        # Which of the operation's error entries matched (``404``, ``4XX``, ``default``).
        self.status_key = status_key

    @property
    def model(self) -> Any:
        if self.parse is None or self.body is None:
            return None
        try:
            return self.parse(self.body, "", self.request_id)
        except ResponseParseError:
            return None  # the body is kept as ``body``; the status still tells


def request_id_of(response: HttpResponse, header: str, data: Any) -> str | None:
    value = response.headers.get(header)
    if value:
        return value
    if isinstance(data, dict):
        for name in _ID_FIELDS:
            found = data.get(name)
            if isinstance(found, str) and found:
                return found
    return None


def _json(response: HttpResponse) -> Any:
    if not response.body.strip():
        return None
    try:
        return json.loads(response.body)
    except (ValueError, RecursionError):
        return None


def _excerpt(body: bytes) -> str:
    return body[:_EXCERPT].decode("utf-8", "replace")


def _entry(status: int, errors: Sequence[ErrorEntry]) -> ErrorEntry | None:
    table = {entry.status: entry for entry in errors}
    return (
        table.get(str(status))
        or table.get(f"{status // 100}XX")
        or table.get("default")
    )


def _field(data: Any, names: Sequence[str]) -> str | None:
    if isinstance(data, dict):
        for name in names:
            value = data.get(name)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)  # a numeric code (``{"code": 404}``)
            if isinstance(value, dict):  # {"error": {"code": ..., "message": ...}}
                inner = _field(value, names)
                if inner:
                    return inner
    return None


def _retry_after(response: HttpResponse) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def error_of(
    response: HttpResponse, answer: RestAnswer, action: str, header: str
) -> RestError:
    data = _json(response)
    request_id = request_id_of(response, header, data)
    entry = _entry(response.status, answer.errors)
    code = _field(data, _CODE_FIELDS) or f"HTTP{response.status}"
    message = _field(data, _MESSAGE_FIELDS) or (
        _excerpt(response.body) if data is None else ""
    )
    return RestError(
        parse=entry.parse if entry is not None else None,
        body=data,
        status_key=entry.status if entry is not None else None,
        code=code,
        message=message,
        http_status=response.status,
        request_id=request_id,
        action=action,
        retry_after=_retry_after(response),
        declared_retryable=True if response.status == 429 else None,
    )


def decode(
    response: HttpResponse, answer: RestAnswer, action: str, header: str
) -> tuple[Any, str | None]:
    """``(wire data, request id)`` of a 2xx answer; raises RestError otherwise.
    Members read from headers, and the status member, join the body's data."""
    if not 200 <= response.status <= 299:
        raise error_of(response, answer, action, header)
    data, request_id = _body(response, answer, header)
    if answer.headers or answer.status_member:
        data = dict(data)
        for member, name, shape in answer.headers:
            raw = response.headers.get(name)
            if raw is not None:
                data[member] = read_header(raw, False, shape)
        if answer.status_member:
            data[answer.status_member] = response.status
    return data, request_id


def _body(
    response: HttpResponse, answer: RestAnswer, header: str
) -> tuple[Any, str | None]:
    if answer.payload == "none" or (
        answer.payload == "object" and not response.body.strip()
    ):
        return {}, request_id_of(response, header, None)
    if answer.payload == "string":
        text = response.body.decode("utf-8", "replace")
        return {answer.member: text}, request_id_of(response, header, None)
    try:
        data = json.loads(response.body)
    except (ValueError, RecursionError):
        raise ResponseParseError(
            "response is not JSON",
            http_status=response.status,
            request_id=request_id_of(response, header, None),
            excerpt=_excerpt(response.body),
        ) from None
    request_id = request_id_of(response, header, data)
    if answer.payload == "object":
        if not isinstance(data, dict):
            raise ResponseParseError(
                "response is not a JSON object",
                http_status=response.status,
                request_id=request_id,
                excerpt=_excerpt(response.body),
            )
        return data, request_id
    return {answer.member: data}, request_id
