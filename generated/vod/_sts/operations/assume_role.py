"""Alibaba RPC binding of AssumeRole: action AssumeRole.

Generated from spec/sts/2015-04-01/operations/AssumeRole.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime import rpc_params as _q
from ..._runtime.errors import Violation
from ..._runtime.client import OperationInfo
from ..models.assume_role import (
    _XML_AssumeRoleResponse,
    AssumeRoleRequest,
    AssumeRoleResponse,
)
from ..validators.assume_role import validate_request, validate_response

__all__ = ["OPERATION", "AssumeRoleRequest", "AssumeRoleResponse", "serialize"]


def serialize(request: AssumeRoleRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    v_role_arn = request.role_arn
    if v_role_arn is not None:
        params["RoleArn"] = v_role_arn
    v_role_session_name = request.role_session_name
    if v_role_session_name is not None:
        params["RoleSessionName"] = v_role_session_name
    v_policy = request.policy
    if v_policy is not None:
        params["Policy"] = v_policy
    v_duration_seconds = request.duration_seconds
    if v_duration_seconds is not None:
        params["DurationSeconds"] = _q.scalar_text(v_duration_seconds)
    v_external_id = request.external_id
    if v_external_id is not None:
        params["ExternalId"] = v_external_id
    return params


def _validate_request(request: AssumeRoleRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[AssumeRoleRequest, AssumeRoleResponse] = OperationInfo(
    action="AssumeRole",
    method="POST",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_XML_AssumeRoleResponse,
    parse=AssumeRoleResponse.from_wire,
    validate_response=validate_response,
)
