"""Alibaba RPC binding of GetCallerIdentity: action GetCallerIdentity.

Generated from spec/sts/2015-04-01/operations/GetCallerIdentity.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime import rpc_params as _q
from ..._runtime.errors import Violation
from ..._runtime.client import OperationInfo
from ..models.get_caller_identity import (
    _XML_GetCallerIdentityResponse,
    GetCallerIdentityRequest,
    GetCallerIdentityResponse,
)
from ..validators.get_caller_identity import validate_request, validate_response

__all__ = [
    "OPERATION",
    "GetCallerIdentityRequest",
    "GetCallerIdentityResponse",
    "serialize",
]


def serialize(request: GetCallerIdentityRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    return params


def _validate_request(request: GetCallerIdentityRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[GetCallerIdentityRequest, GetCallerIdentityResponse] = (
    OperationInfo(
        action="GetCallerIdentity",
        method="POST",
        validate_request=_validate_request,
        serialize=serialize,
        answer_shape=_XML_GetCallerIdentityResponse,
        parse=GetCallerIdentityResponse.from_wire,
        validate_response=validate_response,
    )
)
