"""Alibaba ROA binding of DescribeClusterDetail: GET /clusters/{ClusterId}.

Generated from spec/cs/2015-12-15/operations/DescribeClusterDetail.yaml; do not edit.
"""

from __future__ import annotations

from .._runtime import roa_request as _r
from .._runtime import rpc_params as _q
from .._runtime import roa_client as _c
from .._runtime.client import OperationInfo
from .._runtime.errors import Violation
from ..models.describe_cluster_detail import (
    DescribeClusterDetailRequest,
    DescribeClusterDetailResponse,
)
from ..validators.describe_cluster_detail import validate_request, validate_response

__all__ = [
    "OPERATION",
    "DescribeClusterDetailRequest",
    "DescribeClusterDetailResponse",
    "serialize",
]


def serialize(request: DescribeClusterDetailRequest) -> _c.RoaParts:
    """The operation's path, query, headers and body (common headers are added later)."""
    path = _r.encode_path(
        "/clusters/{ClusterId}", {"ClusterId": _q.scalar_text(request.cluster_id)}
    )
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    return _c.RoaParts(path, query, headers)


def _validate_request(request: DescribeClusterDetailRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[
    DescribeClusterDetailRequest, DescribeClusterDetailResponse
] = OperationInfo(
    action="DescribeClusterDetail",
    method="GET",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_c.RoaAnswer("object"),
    parse=DescribeClusterDetailResponse.from_wire,
    validate_response=validate_response,
)
