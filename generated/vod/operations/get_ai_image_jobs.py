"""Alibaba RPC binding of GetAIImageJobs: action GetAIImageJobs.

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
"""

from __future__ import annotations

from .._runtime import rpc_params as _q
from .._runtime.errors import Violation
from .._runtime.client import OperationInfo
from ..models.get_ai_image_jobs import (
    _XML_GetAIImageJobsResponse,
    GetAIImageJobsRequest,
    GetAIImageJobsResponse,
)
from ..validators.get_ai_image_jobs import validate_request, validate_response

__all__ = ["OPERATION", "GetAIImageJobsRequest", "GetAIImageJobsResponse", "serialize"]


def serialize(request: GetAIImageJobsRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    v_job_ids = request.job_ids
    if v_job_ids is not None:
        params["JobIds"] = _q.join_comma(v_job_ids)
    return params


def _validate_request(request: GetAIImageJobsRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[GetAIImageJobsRequest, GetAIImageJobsResponse] = OperationInfo(
    action="GetAIImageJobs",
    method="POST",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_XML_GetAIImageJobsResponse,
    parse=GetAIImageJobsResponse.from_wire,
    validate_response=validate_response,
)
