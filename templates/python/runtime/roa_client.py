"""Alibaba ROA clients: the neutral core with ROA's request builder, signer and decoder.

A generated ROA operation's ``serialize`` gives ``RoaParts``: the encoded path, query
pairs, the operation's own headers and the body bytes. The ``RoaWire`` adds the common
headers and the signature (V3 or the legacy HMAC-SHA1) to each attempt, and reads the
answer by the operation's ``RoaAnswer``: an object of the output members, one member
that is the whole body (an array, a string), or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

from .client import AsyncClient, Client, OperationInfo, ServiceInfo, choice
from .credentials import Credentials
from .roa_request import RoaTarget, build_request
from .roa_response import decode_success, error_from_response, request_id_of
from .transport import HttpRequest, HttpResponse

# What ``signature_version=`` takes: ``"v3"`` (ACS3-HMAC-SHA256, the default) or
# ``"v1"`` (HMAC-SHA1).
SignatureVersion = Literal["v1", "v3"]

__all__ = [
    "AsyncRoaClient",
    "RoaAnswer",
    "RoaClient",
    "RoaParts",
    "RoaWire",
    "SignatureVersion",
    "JSON_CONTENT_TYPE",
    "FORM_CONTENT_TYPE",
]

JSON_CONTENT_TYPE = "application/json; charset=utf-8"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"


class RoaParts(NamedTuple):
    """One request's operation-specific parts, before the common headers and signing."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""
    content_type: str | None = None


class RoaAnswer(NamedTuple):
    """How the answer's body maps onto the output: ``payload`` is ``object`` (the body
    is the output object), ``array``/``string``/``value`` (the body is the one output
    member ``member``) or ``none`` (no body; the HTTP status is the answer)."""

    payload: str
    member: str | None = None


class RoaWire:
    """Method and path per operation, signed V3 or legacy v1; JSON answers."""

    __slots__ = ("target", "signature_version", "response_format")
    # ``sign`` takes extra headers (``CallOptions.headers``): both signatures cover
    # them (V3 signs every header, the legacy one every ``x-acs-*`` header).
    EXTRA_HEADERS = True

    def __init__(
        self,
        service: ServiceInfo,
        *,
        scheme: str,
        host: str,
        signature_version: str | None,
        response_format: str,
    ) -> None:
        self.signature_version = choice(
            "signature_version", signature_version or "v3", ("v1", "v3")
        )
        self.response_format = choice("response_format", response_format, ("json",))
        self.target = RoaTarget(
            scheme=scheme,
            host=host,
            api_version=service.api_version,
            signature_version=self.signature_version,
        )

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        parts: RoaParts,
        credentials: Credentials,
        user_agent: str,
        headers: Mapping[str, str] | None = None,
    ) -> HttpRequest:
        own = parts.headers
        if headers:
            # The operation's own header parameters win over extra headers.
            own = {**headers, **{name.lower(): v for name, v in own.items()}}
        return build_request(
            self.target,
            operation.method,
            operation.action,
            parts.path,
            parts.query,
            own,
            parts.body,
            parts.content_type,
            credentials,
            user_agent,
        )

    def decode(
        self, operation: OperationInfo[Any, Any], response: HttpResponse
    ) -> tuple[Any, str | None]:
        if response.status >= 300 or response.status < 200:
            raise error_from_response(response, operation.action)
        answer: RoaAnswer = operation.answer_shape
        data = decode_success(response, answer.payload)
        request_id = request_id_of(response, data)
        if answer.payload == "none":
            return {}, request_id
        if answer.member is not None:
            return {answer.member: data}, request_id
        return data, request_id


class RoaClient(Client[SignatureVersion]):
    """Synchronous Alibaba ROA client; use it as a context manager."""

    WIRE = RoaWire


class AsyncRoaClient(AsyncClient[SignatureVersion]):
    """Asynchronous Alibaba ROA client; use it with ``async with``."""

    WIRE = RoaWire
