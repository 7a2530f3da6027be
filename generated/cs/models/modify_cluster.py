"""Models of ModifyCluster: Modify a cluster.

修改集群配置

Generated from spec/cs/2015-12-15/operations/ModifyCluster.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from .._runtime import model as _m
from .._runtime.errors import ResponseParseError
from .._runtime.model import JsonValue, Model

__all__ = [
    "MaintenanceWindowSettings",
    "ModifyClusterRequest",
    "ModifyClusterResponse",
]


class MaintenanceWindowSettings(Model):
    """The automatic maintenance window to set.

    要设置的自动运维窗口。
    """

    __slots__ = ("enable", "maintenance_time", "duration", "weekly_period")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "enable": "enable",
        "maintenance_time": "maintenance_time",
        "duration": "duration",
        "weekly_period": "weekly_period",
    }

    enable: bool | None
    """Whether the maintenance window is on.

    是否启用运维窗口。
    """
    maintenance_time: str | None
    """When the window starts, as an RFC 3339 time of day in UTC.

    运维窗口开始时间（UTC，RFC 3339 时间格式）。
    """
    duration: str | None
    """How long the window lasts, from 1h to 24h.

    运维窗口时长，单位为小时，取值 1h 到 24h。
    """
    weekly_period: str | None
    """The days of the week the window opens, comma-separated.

    每周哪几天开启运维窗口，多个取值用英文逗号分隔。
    """

    def __init__(
        self,
        *,
        enable: bool | None = None,
        maintenance_time: str | None = None,
        duration: str | None = None,
        weekly_period: str | None = None,
    ) -> None:
        self.enable = enable
        self.maintenance_time = maintenance_time
        self.duration = duration
        self.weekly_period = weekly_period

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> MaintenanceWindowSettings:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("enable")
        if value is not None and value.__class__ is not bool:
            _m.wrong_kind(path + "/enable", "boolean", value, request_id)
        self.enable = value
        value = get("maintenance_time")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/maintenance_time", "string", value, request_id)
        self.maintenance_time = value
        value = get("duration")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/duration", "string", value, request_id)
        self.duration = value
        value = get("weekly_period")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/weekly_period", "string", value, request_id)
        self.weekly_period = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.enable is not None:
            data["enable"] = self.enable
        if self.maintenance_time is not None:
            data["maintenance_time"] = self.maintenance_time
        if self.duration is not None:
            data["duration"] = self.duration
        if self.weekly_period is not None:
            data["weekly_period"] = self.weekly_period
        return data


class ModifyClusterRequest(Model):
    """ModifyClusterRequest"""

    __slots__ = (
        "cluster_id",
        "cluster_name",
        "deletion_protection",
        "instance_deletion_protection",
        "resource_group_id",
        "enable_rrsa",
        "access_control_list",
        "maintenance_window",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    cluster_id: str | None
    """The ID of the cluster.

    集群 ID。
    """
    cluster_name: str | None
    """The new name of the cluster, 1 to 63 characters.

    新的集群名称（1～63 个字符）。
    """
    deletion_protection: bool | None
    """Whether to turn deletion protection on.

    是否开启删除保护。
    """
    instance_deletion_protection: bool | None
    """Whether to protect the cluster's node instances from being released.

    是否开启集群节点实例的释放保护。
    """
    resource_group_id: str | None
    """The resource group to move the cluster into.

    集群要移入的资源组 ID。
    """
    enable_rrsa: bool | None
    """Whether to turn on RRSA (RAM roles for service accounts).

    是否开启 RRSA（为服务账户配置 RAM 角色）。
    """
    access_control_list: list[str] | None
    """The network ranges allowed to reach the API server.

    允许访问 API Server 的网段列表。
    """
    maintenance_window: MaintenanceWindowSettings | Mapping[str, JsonValue] | None
    """The automatic maintenance window to set.

    要设置的自动运维窗口。
    """

    def __init__(
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
            MaintenanceWindowSettings | Mapping[str, JsonValue] | None
        ) = None,
    ) -> None:
        self.cluster_id = cluster_id
        self.cluster_name = cluster_name
        self.deletion_protection = deletion_protection
        self.instance_deletion_protection = instance_deletion_protection
        self.resource_group_id = resource_group_id
        self.enable_rrsa = enable_rrsa
        self.access_control_list = _m.as_given_list(access_control_list)
        self.maintenance_window = maintenance_window

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.cluster_id is not None:
            data["ClusterId"] = _m.to_wire(self.cluster_id)
        if self.cluster_name is not None:
            data["cluster_name"] = _m.to_wire(self.cluster_name)
        if self.deletion_protection is not None:
            data["deletion_protection"] = _m.to_wire(self.deletion_protection)
        if self.instance_deletion_protection is not None:
            data["instance_deletion_protection"] = _m.to_wire(
                self.instance_deletion_protection
            )
        if self.resource_group_id is not None:
            data["resource_group_id"] = _m.to_wire(self.resource_group_id)
        if self.enable_rrsa is not None:
            data["enable_rrsa"] = _m.to_wire(self.enable_rrsa)
        if self.access_control_list is not None:
            data["access_control_list"] = _m.to_wire(self.access_control_list)
        if self.maintenance_window is not None:
            data["maintenance_window"] = _m.to_wire(self.maintenance_window)
        return data


class ModifyClusterResponse(_m.ResponseModel):
    """ModifyClusterResponse"""

    __slots__ = ("cluster_id", "request_id", "task_id")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "cluster_id": "cluster_id",
        "request_id": "request_id",
        "task_id": "task_id",
    }

    cluster_id: str | None
    """The ID of the cluster.

    集群 ID。
    """
    request_id: str | None
    """The ID of the request.

    请求 ID。
    """
    task_id: str | None
    """The ID of the modification task.

    修改任务 ID。
    """

    def __init__(
        self,
        *,
        cluster_id: str | None = None,
        request_id: str | None = None,
        task_id: str | None = None,
    ) -> None:
        self.cluster_id = cluster_id
        self.request_id = request_id
        self.task_id = task_id

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> ModifyClusterResponse:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("cluster_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/cluster_id", "string", value, request_id)
        self.cluster_id = value
        value = get("request_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/request_id", "string", value, request_id)
        self.request_id = value
        value = get("task_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/task_id", "string", value, request_id)
        self.task_id = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.cluster_id is not None:
            data["cluster_id"] = self.cluster_id
        if self.request_id is not None:
            data["request_id"] = self.request_id
        if self.task_id is not None:
            data["task_id"] = self.task_id
        return data


_XML_ModifyClusterResponse: dict[str, Any] = {
    "cluster_id": "string",
    "request_id": "string",
    "task_id": "string",
}
ModifyClusterResponse._XML_SHAPE = _XML_ModifyClusterResponse
