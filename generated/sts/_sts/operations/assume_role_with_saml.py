"""Alibaba RPC binding of AssumeRoleWithSAML: action AssumeRoleWithSAML.

Generated from spec/sts/2015-04-01/operations/AssumeRoleWithSAML.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime import rpc_params as _q
from ..._runtime.errors import Violation
from ..._runtime.client import OperationInfo
from ..models.assume_role_with_saml import (
    _XML_AssumeRoleWithSAMLResponse,
    AssumeRoleWithSAMLRequest,
    AssumeRoleWithSAMLResponse,
)
from ..validators.assume_role_with_saml import validate_request, validate_response

__all__ = [
    "OPERATION",
    "AssumeRoleWithSAMLRequest",
    "AssumeRoleWithSAMLResponse",
    "serialize",
]


def serialize(request: AssumeRoleWithSAMLRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    v_saml_provider_arn = request.saml_provider_arn
    if v_saml_provider_arn is not None:
        params["SAMLProviderArn"] = v_saml_provider_arn
    v_role_arn = request.role_arn
    if v_role_arn is not None:
        params["RoleArn"] = v_role_arn
    v_saml_assertion = request.saml_assertion
    if v_saml_assertion is not None:
        params["SAMLAssertion"] = v_saml_assertion
    v_policy = request.policy
    if v_policy is not None:
        params["Policy"] = v_policy
    v_duration_seconds = request.duration_seconds
    if v_duration_seconds is not None:
        params["DurationSeconds"] = _q.scalar_text(v_duration_seconds)
    return params


def _validate_request(request: AssumeRoleWithSAMLRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[AssumeRoleWithSAMLRequest, AssumeRoleWithSAMLResponse] = (
    OperationInfo(
        action="AssumeRoleWithSAML",
        method="POST",
        validate_request=_validate_request,
        serialize=serialize,
        answer_shape=_XML_AssumeRoleWithSAMLResponse,
        parse=AssumeRoleWithSAMLResponse.from_wire,
        validate_response=validate_response,
        anonymous=True,
    )
)
