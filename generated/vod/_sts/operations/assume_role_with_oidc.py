"""Alibaba RPC binding of AssumeRoleWithOIDC: action AssumeRoleWithOIDC.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithOIDC.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime import rpc_params as _q
from ..._runtime.errors import Violation
from ..._runtime.client import OperationInfo
from ..models.assume_role_with_oidc import (
    _XML_AssumeRoleWithOIDCResponse,
    AssumeRoleWithOIDCRequest,
    AssumeRoleWithOIDCResponse,
)
from ..validators.assume_role_with_oidc import validate_request, validate_response

__all__ = [
    "OPERATION",
    "AssumeRoleWithOIDCRequest",
    "AssumeRoleWithOIDCResponse",
    "serialize",
]


def serialize(request: AssumeRoleWithOIDCRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    v_oidc_provider_arn = request.oidc_provider_arn
    if v_oidc_provider_arn is not None:
        params["OIDCProviderArn"] = v_oidc_provider_arn
    v_role_arn = request.role_arn
    if v_role_arn is not None:
        params["RoleArn"] = v_role_arn
    v_oidc_token = request.oidc_token
    if v_oidc_token is not None:
        params["OIDCToken"] = v_oidc_token
    v_policy = request.policy
    if v_policy is not None:
        params["Policy"] = v_policy
    v_duration_seconds = request.duration_seconds
    if v_duration_seconds is not None:
        params["DurationSeconds"] = _q.scalar_text(v_duration_seconds)
    v_role_session_name = request.role_session_name
    if v_role_session_name is not None:
        params["RoleSessionName"] = v_role_session_name
    return params


def _validate_request(request: AssumeRoleWithOIDCRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[AssumeRoleWithOIDCRequest, AssumeRoleWithOIDCResponse] = (
    OperationInfo(
        action="AssumeRoleWithOIDC",
        method="POST",
        validate_request=_validate_request,
        serialize=serialize,
        answer_shape=_XML_AssumeRoleWithOIDCResponse,
        parse=AssumeRoleWithOIDCResponse.from_wire,
        validate_response=validate_response,
        anonymous=True,
    )
)
