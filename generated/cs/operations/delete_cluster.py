"""Alibaba ROA binding of DeleteCluster: DELETE /clusters/{ClusterId}.

Generated from spec/cs/2015-12-15/operations/DeleteCluster.yaml; do not edit.
"""

from __future__ import annotations

from .._runtime import roa_request as _r
from .._runtime import rpc_params as _q
from .._runtime import roa_client as _c
from .._runtime.client import OperationInfo
from .._runtime.errors import Violation
from ..models.delete_cluster import DeleteClusterRequest, DeleteClusterResponse
from ..validators.delete_cluster import validate_request, validate_response

__all__ = ["OPERATION", "DeleteClusterRequest", "DeleteClusterResponse", "serialize"]


def serialize(request: DeleteClusterRequest) -> _c.RoaParts:
    """The operation's path, query, headers and body (common headers are added later)."""
    path = _r.encode_path(
        "/clusters/{ClusterId}", {"ClusterId": _q.scalar_text(request.cluster_id)}
    )
    query: dict[str, str] = {}
    v_retain_all_resources = request.retain_all_resources
    if v_retain_all_resources is not None:
        query["retain_all_resources"] = _q.scalar_text(v_retain_all_resources)
    v_keep_slb = request.keep_slb
    if v_keep_slb is not None:
        query["keep_slb"] = _q.scalar_text(v_keep_slb)
    v_retain_resources = request.retain_resources
    if v_retain_resources is not None:
        query["retain_resources"] = _q.json_text(v_retain_resources)
    v_delete_options = request.delete_options
    if v_delete_options is not None:
        query["delete_options"] = _q.json_text(v_delete_options)
    headers: dict[str, str] = {}
    return _c.RoaParts(path, query, headers)


def _validate_request(request: DeleteClusterRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[DeleteClusterRequest, DeleteClusterResponse] = OperationInfo(
    action="DeleteCluster",
    method="DELETE",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_c.RoaAnswer("object"),
    parse=DeleteClusterResponse.from_wire,
    validate_response=validate_response,
)
