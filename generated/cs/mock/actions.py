"""The routes of the offline Container Service for Kubernetes server.

Per operation: its method and path, how each parameter is read back from the path,
query, headers and body, which members are required, the validator that judges the
request, and the documented answer.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .._mock import wire as _w
from .._mock.roa_service import RoaMockService, RoaRequest, RoaRoute
from .._mock.service import DocumentedError, load_errors
from ..validators import delete_cluster as _validators_delete_cluster
from ..validators import describe_cluster_detail as _validators_describe_cluster_detail
from ..validators import modify_cluster as _validators_modify_cluster

__all__ = ["SERVICE"]


def _read_delete_cluster(request: RoaRequest) -> dict[str, Any]:
    """DeleteCluster: path, query, headers and body back into wire-shaped data."""
    data: dict[str, Any] = {}
    params: Mapping[str, Any]
    params = request.path
    if "ClusterId" in params:
        data["ClusterId"] = params["ClusterId"]
    params = request.query
    if "retain_all_resources" in params:
        data["retain_all_resources"] = _w.scalar(
            params["retain_all_resources"], "boolean"
        )
    if "keep_slb" in params:
        data["keep_slb"] = _w.scalar(params["keep_slb"], "boolean")
    if "retain_resources" in params:
        data["retain_resources"] = _w.json_value(params["retain_resources"])
    if "delete_options" in params:
        data["delete_options"] = _w.json_value(params["delete_options"])
    return data


def _read_describe_cluster_detail(request: RoaRequest) -> dict[str, Any]:
    """DescribeClusterDetail: path, query, headers and body back into wire-shaped data."""
    data: dict[str, Any] = {}
    params: Mapping[str, Any]
    params = request.path
    if "ClusterId" in params:
        data["ClusterId"] = params["ClusterId"]
    return data


def _read_modify_cluster(request: RoaRequest) -> dict[str, Any]:
    """ModifyCluster: path, query, headers and body back into wire-shaped data."""
    data: dict[str, Any] = {}
    params: Mapping[str, Any]
    params = request.path
    if "ClusterId" in params:
        data["ClusterId"] = params["ClusterId"]
    if isinstance(request.body, dict):
        if "cluster_name" in request.body:
            data["cluster_name"] = request.body["cluster_name"]
        if "deletion_protection" in request.body:
            data["deletion_protection"] = request.body["deletion_protection"]
        if "instance_deletion_protection" in request.body:
            data["instance_deletion_protection"] = request.body[
                "instance_deletion_protection"
            ]
        if "resource_group_id" in request.body:
            data["resource_group_id"] = request.body["resource_group_id"]
        if "enable_rrsa" in request.body:
            data["enable_rrsa"] = request.body["enable_rrsa"]
        if "access_control_list" in request.body:
            data["access_control_list"] = request.body["access_control_list"]
        if "maintenance_window" in request.body:
            data["maintenance_window"] = request.body["maintenance_window"]
    return data


SERVICE = RoaMockService(
    product="cs",
    api_version="2015-12-15",
    host_id="cs.aliyuncs.com",
    routes=(
        RoaRoute(
            action="DeleteCluster",
            method="DELETE",
            path="/clusters/{ClusterId}",
            read=_read_delete_cluster,
            validate=_validators_delete_cluster.validate_request,
            wire_names={
                "ClusterId": "ClusterId",
                "retain_all_resources": "retain_all_resources",
                "keep_slb": "keep_slb",
                "retain_resources": "retain_resources",
                "delete_options": "delete_options",
            },
            required=("ClusterId",),
            json_example='{\n  "cluster_id": "cb95aa626a47740afbf6aa099b650****",\n  "request_id": "687C5BAA-D103-4993-884B-C35E4314****",\n  "task_id": "T-5a54309c80282e39ea****"\n}\n',
            error_examples={
                "protected": DocumentedError(
                    400,
                    "json",
                    "ErrorClusterDeletionProtection",
                    '{\n  "Code": "ErrorClusterDeletionProtection",\n  "Message": "The cluster has deletion protection enabled.",\n  "RequestId": "5C1D2E3F-4A5B-4C6D-8E7F-901A2B3C4D5E"\n}\n',
                    "5C1D2E3F-4A5B-4C6D-8E7F-901A2B3C4D5E",
                ),
            },
        ),
        RoaRoute(
            action="DescribeClusterDetail",
            method="GET",
            path="/clusters/{ClusterId}",
            read=_read_describe_cluster_detail,
            validate=_validators_describe_cluster_detail.validate_request,
            wire_names={
                "ClusterId": "ClusterId",
            },
            required=("ClusterId",),
            json_example='{\n  "cluster_id": "c82e6987e2961451182edacd74faf****",\n  "cluster_type": "Kubernetes",\n  "created": "2019-11-25T15:50:20+08:00",\n  "current_version": "1.16.6-aliyun.1",\n  "deletion_protection": true,\n  "name": "cluster-demo",\n  "region_id": "cn-beijing",\n  "size": 5,\n  "state": "running",\n  "tags": [{"key": "env", "value": "prod"}],\n  "vpc_id": "vpc-2zecuu62b9zw7a7qn****",\n  "master_url": "{\\"intranet_api_server_endpoint\\":\\"https://192.168.0.251:6443\\"}",\n  "maintenance_window": {\n    "enable": false,\n    "maintenance_time": "03:00:00Z",\n    "duration": "3h",\n    "weekly_period": "Monday,Thursday"\n  },\n  "parameters": {"key": "WorkerImageId"}\n}\n',
            error_examples={
                "not-found": DocumentedError(
                    404,
                    "json",
                    "ErrorClusterNotFound",
                    '{\n  "code": "ErrorClusterNotFound",\n  "message": "The specified cluster does not exist.",\n  "requestId": "0E2F8A21-9B3C-4D5E-8F60-7A1B2C3D4E5F",\n  "status": 404\n}\n',
                    "0E2F8A21-9B3C-4D5E-8F60-7A1B2C3D4E5F",
                ),
            },
        ),
        RoaRoute(
            action="ModifyCluster",
            method="PUT",
            path="/api/v2/clusters/{ClusterId}",
            read=_read_modify_cluster,
            validate=_validators_modify_cluster.validate_request,
            wire_names={
                "ClusterId": "ClusterId",
                "cluster_name": "cluster_name",
                "deletion_protection": "deletion_protection",
                "instance_deletion_protection": "instance_deletion_protection",
                "resource_group_id": "resource_group_id",
                "enable_rrsa": "enable_rrsa",
                "access_control_list": "access_control_list",
                "maintenance_window": "maintenance_window",
            },
            required=("ClusterId",),
            json_example='{\n  "cluster_id": "cb95aa626a47740afbf6aa09****",\n  "request_id": "687C5BAA-D103-4993-884B-C35E4314****",\n  "task_id": "T-5a54309c80282e39ea00****"\n}\n',
        ),
    ),
    errors=load_errors(Path(__file__).with_name("errors.json")),
)
