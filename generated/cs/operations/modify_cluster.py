"""Alibaba ROA binding of ModifyCluster: PUT /api/v2/clusters/{ClusterId}.

Generated from spec/cs/2015-12-15/operations/ModifyCluster.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from .._runtime import roa_request as _r
from .._runtime import rpc_params as _q
from .._runtime.model import to_wire
from .._runtime import roa_client as _c
from .._runtime.client import OperationInfo
from .._runtime.errors import Violation
from ..models.modify_cluster import ModifyClusterRequest, ModifyClusterResponse
from ..validators.modify_cluster import validate_request, validate_response

__all__ = ["OPERATION", "ModifyClusterRequest", "ModifyClusterResponse", "serialize"]


def serialize(request: ModifyClusterRequest) -> _c.RoaParts:
    """The operation's path, query, headers and body (common headers are added later)."""
    path = _r.encode_path(
        "/api/v2/clusters/{ClusterId}",
        {"ClusterId": _q.scalar_text(request.cluster_id)},
    )
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    body: dict[str, Any] = {}
    v_cluster_name = request.cluster_name
    if v_cluster_name is not None:
        body["cluster_name"] = to_wire(v_cluster_name)
    v_deletion_protection = request.deletion_protection
    if v_deletion_protection is not None:
        body["deletion_protection"] = to_wire(v_deletion_protection)
    v_instance_deletion_protection = request.instance_deletion_protection
    if v_instance_deletion_protection is not None:
        body["instance_deletion_protection"] = to_wire(v_instance_deletion_protection)
    v_resource_group_id = request.resource_group_id
    if v_resource_group_id is not None:
        body["resource_group_id"] = to_wire(v_resource_group_id)
    v_enable_rrsa = request.enable_rrsa
    if v_enable_rrsa is not None:
        body["enable_rrsa"] = to_wire(v_enable_rrsa)
    v_access_control_list = request.access_control_list
    if v_access_control_list is not None:
        body["access_control_list"] = to_wire(v_access_control_list)
    v_maintenance_window = request.maintenance_window
    if v_maintenance_window is not None:
        body["maintenance_window"] = to_wire(v_maintenance_window)
    return _c.RoaParts(path, query, headers, _r.json_body(body), _c.JSON_CONTENT_TYPE)


def _validate_request(request: ModifyClusterRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[ModifyClusterRequest, ModifyClusterResponse] = OperationInfo(
    action="ModifyCluster",
    method="PUT",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_c.RoaAnswer("object"),
    parse=ModifyClusterResponse.from_wire,
    validate_response=validate_response,
)
