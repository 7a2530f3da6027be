"""Clients of Container Service for Kubernetes (cs 2015-12-15).

``CsClient`` calls the service synchronously and
``AsyncCsClient`` with ``await``; both sign every attempt afresh,
retry throttling and server errors, and close their connections as context managers.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from ._runtime.client import ServiceInfo
from ._runtime.roa_client import AsyncRoaClient, RoaClient
from ._runtime.model import JsonValue

if TYPE_CHECKING:
    from . import models

__all__ = ["AsyncCsClient", "CsClient", "SERVICE"]

# Each operation's module, imported on the operation's first call rather than with the
# package, then found here: an import statement in every call costs forty times this
# look-up.
_OPERATIONS: dict[str, Any] = {}


def _operation(name: str) -> Any:
    module = _OPERATIONS.get(name)
    if module is None:
        from importlib import import_module

        module = _OPERATIONS[name] = import_module(f"{__package__}.operations.{name}")
    return module


SERVICE = ServiceInfo(
    product="cs",
    api_version="2015-12-15",
    global_endpoint="cs.aliyuncs.com",
    regional_endpoint="cs.{region_id}.aliyuncs.com",
    logger_name="generated.cs",
    regions=(
        "ap-northeast-1",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-5",
        "cn-beijing",
        "cn-chengdu",
        "cn-guangzhou",
        "cn-hangzhou",
        "cn-hongkong",
        "cn-huhehaote",
        "cn-qingdao",
        "cn-shanghai",
        "cn-shanghai-finance-1",
        "cn-shenzhen",
        "cn-shenzhen-finance-1",
        "cn-wulanchabu",
        "cn-zhangjiakou",
        "eu-central-1",
        "eu-west-1",
        "me-east-1",
        "us-east-1",
        "us-west-1",
    ),
    region_hosts=(
        ("cn-beijing-finance-1", "cs.aliyuncs.com"),
        ("cn-hangzhou-finance", "cs-vpc.cn-hangzhou-finance.aliyuncs.com"),
    ),
    vpc_endpoint=None,
    retryable_codes={
        "Throttling.User": True,
    },
)


class CsClient(RoaClient):
    """Container Service for Kubernetes API 2015-12-15.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``cs.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``cs.aliyuncs.com``.
    """

    SERVICE = SERVICE

    def delete_cluster(
        self,
        *,
        cluster_id: str,
        retain_all_resources: bool | None = None,
        keep_slb: bool | None = None,
        retain_resources: Sequence[str] | None = None,
        delete_options: (
            Sequence[models.DeleteOption | Mapping[str, JsonValue]] | None
        ) = None,
    ) -> models.DeleteClusterResponse:
        """Delete a cluster (删除集群).

        Deletes a cluster and keeps or releases the resources it created. Clean up the cluster's workloads first.

        Args:
            cluster_id: The ID of the cluster.
            retain_all_resources: Whether to keep every resource of the cluster; when true, retain_resources is ignored.
            keep_slb: Whether to keep the load balancer the cluster created.
            retain_resources: The names of the resources to keep.
            delete_options: Whether to delete or keep resources, by resource type.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import delete_cluster as operation
        else:
            operation = _operation("delete_cluster")

        request = operation.DeleteClusterRequest(
            cluster_id=cluster_id,
            retain_all_resources=retain_all_resources,
            keep_slb=keep_slb,
            retain_resources=retain_resources,
            delete_options=delete_options,
        )
        return self._invoke(operation.OPERATION, request)

    def describe_cluster_detail(
        self,
        *,
        cluster_id: str,
    ) -> models.DescribeClusterDetailResponse:
        """Describe a cluster (查询指定集群的信息).

        Returns the details of one cluster, found by its ID.

        Args:
            cluster_id: The ID of the cluster.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import describe_cluster_detail as operation
        else:
            operation = _operation("describe_cluster_detail")

        request = operation.DescribeClusterDetailRequest(
            cluster_id=cluster_id,
        )
        return self._invoke(operation.OPERATION, request)

    def modify_cluster(
        self,
        *,
        cluster_id: str,
        cluster_name: str | None = None,
        deletion_protection: bool | None = None,
        instance_deletion_protection: bool | None = None,
        resource_group_id: str | None = None,
        enable_rrsa: bool | None = None,
        access_control_list: Sequence[str] | None = None,
        maintenance_window: (
            models.MaintenanceWindowSettings | Mapping[str, JsonValue] | None
        ) = None,
    ) -> models.ModifyClusterResponse:
        """Modify a cluster (修改集群配置).

        Changes the settings of a cluster, such as its name, deletion protection and maintenance window.

        Args:
            cluster_id: The ID of the cluster.
            cluster_name: The new name of the cluster, 1 to 63 characters.
            deletion_protection: Whether to turn deletion protection on.
            instance_deletion_protection: Whether to protect the cluster's node instances from being released.
            resource_group_id: The resource group to move the cluster into.
            enable_rrsa: Whether to turn on RRSA (RAM roles for service accounts).
            access_control_list: The network ranges allowed to reach the API server.
            maintenance_window: The automatic maintenance window to set.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import modify_cluster as operation
        else:
            operation = _operation("modify_cluster")

        request = operation.ModifyClusterRequest(
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            deletion_protection=deletion_protection,
            instance_deletion_protection=instance_deletion_protection,
            resource_group_id=resource_group_id,
            enable_rrsa=enable_rrsa,
            access_control_list=access_control_list,
            maintenance_window=maintenance_window,
        )
        return self._invoke(operation.OPERATION, request)


class AsyncCsClient(AsyncRoaClient):
    """Container Service for Kubernetes API 2015-12-15, with await.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``cs.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``cs.aliyuncs.com``.
    """

    SERVICE = SERVICE

    async def delete_cluster(
        self,
        *,
        cluster_id: str,
        retain_all_resources: bool | None = None,
        keep_slb: bool | None = None,
        retain_resources: Sequence[str] | None = None,
        delete_options: (
            Sequence[models.DeleteOption | Mapping[str, JsonValue]] | None
        ) = None,
    ) -> models.DeleteClusterResponse:
        """Delete a cluster (删除集群).

        Deletes a cluster and keeps or releases the resources it created. Clean up the cluster's workloads first.

        Args:
            cluster_id: The ID of the cluster.
            retain_all_resources: Whether to keep every resource of the cluster; when true, retain_resources is ignored.
            keep_slb: Whether to keep the load balancer the cluster created.
            retain_resources: The names of the resources to keep.
            delete_options: Whether to delete or keep resources, by resource type.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import delete_cluster as operation
        else:
            operation = _operation("delete_cluster")

        request = operation.DeleteClusterRequest(
            cluster_id=cluster_id,
            retain_all_resources=retain_all_resources,
            keep_slb=keep_slb,
            retain_resources=retain_resources,
            delete_options=delete_options,
        )
        return await self._invoke(operation.OPERATION, request)

    async def describe_cluster_detail(
        self,
        *,
        cluster_id: str,
    ) -> models.DescribeClusterDetailResponse:
        """Describe a cluster (查询指定集群的信息).

        Returns the details of one cluster, found by its ID.

        Args:
            cluster_id: The ID of the cluster.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import describe_cluster_detail as operation
        else:
            operation = _operation("describe_cluster_detail")

        request = operation.DescribeClusterDetailRequest(
            cluster_id=cluster_id,
        )
        return await self._invoke(operation.OPERATION, request)

    async def modify_cluster(
        self,
        *,
        cluster_id: str,
        cluster_name: str | None = None,
        deletion_protection: bool | None = None,
        instance_deletion_protection: bool | None = None,
        resource_group_id: str | None = None,
        enable_rrsa: bool | None = None,
        access_control_list: Sequence[str] | None = None,
        maintenance_window: (
            models.MaintenanceWindowSettings | Mapping[str, JsonValue] | None
        ) = None,
    ) -> models.ModifyClusterResponse:
        """Modify a cluster (修改集群配置).

        Changes the settings of a cluster, such as its name, deletion protection and maintenance window.

        Args:
            cluster_id: The ID of the cluster.
            cluster_name: The new name of the cluster, 1 to 63 characters.
            deletion_protection: Whether to turn deletion protection on.
            instance_deletion_protection: Whether to protect the cluster's node instances from being released.
            resource_group_id: The resource group to move the cluster into.
            enable_rrsa: Whether to turn on RRSA (RAM roles for service accounts).
            access_control_list: The network ranges allowed to reach the API server.
            maintenance_window: The automatic maintenance window to set.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import modify_cluster as operation
        else:
            operation = _operation("modify_cluster")

        request = operation.ModifyClusterRequest(
            cluster_id=cluster_id,
            cluster_name=cluster_name,
            deletion_protection=deletion_protection,
            instance_deletion_protection=instance_deletion_protection,
            resource_group_id=resource_group_id,
            enable_rrsa=enable_rrsa,
            access_control_list=access_control_list,
            maintenance_window=maintenance_window,
        )
        return await self._invoke(operation.OPERATION, request)
