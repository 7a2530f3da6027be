"""Alibaba RPC clients: the neutral core with RPC's request builder, signer and decoder.

A generated RPC client subclasses ``RpcClient`` / ``AsyncRpcClient``; its operations'
``serialize`` gives the query pairs, and the ``RpcWire`` adds the common and signature
parameters (v1) or headers (V3) to each attempt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .client import AsyncClient, Client, OperationInfo, ServiceInfo, choice
from .credentials import Credentials
from .model import request_id_of
from .rpc_request import RequestTarget, build_request
from .rpc_response import decode_success, error_from_response
from .transport import HttpRequest, HttpResponse

# What ``signature_version=`` takes: ``"v3"`` (ACS3-HMAC-SHA256, the default) or
# ``"v1"`` (HMAC-SHA1).
SignatureVersion = Literal["v1", "v3"]

__all__ = ["AsyncRpcClient", "RpcClient", "RpcWire", "SignatureVersion"]


class RpcWire:
    """Query parameters signed v1 or V3; JSON or XML answers."""

    __slots__ = ("target", "signature_version", "response_format")
    # ``sign`` takes extra headers (``CallOptions.headers``), signed under V3.
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
        self.response_format = choice(
            "response_format", response_format, ("json", "xml")
        )
        self.target = RequestTarget(
            scheme=scheme,
            host=host,
            api_version=service.api_version,
            signature_version=self.signature_version,
            response_format=self.response_format,
        )

    def sign(
        self,
        operation: OperationInfo[Any, Any],
        parts: Mapping[str, str],
        credentials: Credentials,
        user_agent: str,
        headers: Mapping[str, str] | None = None,
    ) -> HttpRequest:
        return build_request(
            self.target,
            operation.method,
            operation.action,
            parts,
            credentials,
            user_agent,
            headers=headers,
        )

    def decode(
        self, operation: OperationInfo[Any, Any], response: HttpResponse
    ) -> tuple[Any, str | None]:
        if response.status >= 300:
            raise error_from_response(response, operation.action)
        wire = decode_success(response, self.response_format, operation.answer_shape)
        return wire, request_id_of(wire)


class RpcClient(Client[SignatureVersion]):
    """Synchronous Alibaba RPC client; use it as a context manager."""

    WIRE = RpcWire


class AsyncRpcClient(AsyncClient[SignatureVersion]):
    """Asynchronous Alibaba RPC client; use it with ``async with``."""

    WIRE = RpcWire
