"""Models of DescribeClusterDetail: Describe a cluster.

查询指定集群的信息

Generated from spec/cs/2015-12-15/operations/DescribeClusterDetail.yaml; do not edit.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, ClassVar, Literal

from .._runtime import model as _m
from .._runtime.errors import ResponseParseError
from .._runtime.model import JsonValue, Model

__all__ = [
    "DescribeClusterDetailResponseClusterType",
    "Tag",
    "MaintenanceWindow",
    "DescribeClusterDetailRequest",
    "DescribeClusterDetailResponse",
]


class DescribeClusterDetailResponseClusterType(enum.StrEnum):
    """The type of the cluster.

    集群类型。

    Values the service adds later are kept as plain strings.
    """

    KUBERNETES = "Kubernetes"
    """An ACK dedicated cluster.

    ACK 专有集群。
    """
    MANAGED_KUBERNETES = "ManagedKubernetes"
    """A managed ACK cluster (Serverless, Edge and Lingjun included).

    ACK 托管类集群（含 Serverless、Edge、灵骏）。
    """
    EXTERNAL_KUBERNETES = "ExternalKubernetes"
    """A registered external cluster.

    注册集群。
    """


_DescribeClusterDetailResponseClusterType_BY_VALUE: dict[
    str, DescribeClusterDetailResponseClusterType
] = {member.value: member for member in DescribeClusterDetailResponseClusterType}


class Tag(Model):
    """One tag.

    一个标签。
    """

    __slots__ = ("key", "value")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {"key": "key", "value": "value"}

    key: str | None
    """The tag key.

    标签键。
    """
    value: str | None
    """The tag value.

    标签值。
    """

    def __init__(
        self,
        *,
        key: str | None = None,
        value: str | None = None,
    ) -> None:
        self.key = key
        self.value = value

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> Tag:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("key")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/key", "string", value, request_id)
        self.key = value
        value = get("value")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/value", "string", value, request_id)
        self.value = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.key is not None:
            data["key"] = self.key
        if self.value is not None:
            data["value"] = self.value
        return data


class MaintenanceWindow(Model):
    """The window in which automatic maintenance of the cluster may run.

    集群的自动运维窗口。
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
    ) -> MaintenanceWindow:
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


class DescribeClusterDetailRequest(Model):
    """DescribeClusterDetailRequest"""

    __slots__ = ("cluster_id",)
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    cluster_id: str | None
    """The ID of the cluster.

    集群 ID。
    """

    def __init__(
        self,
        *,
        cluster_id: str,
    ) -> None:
        self.cluster_id = cluster_id

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.cluster_id is not None:
            data["ClusterId"] = _m.to_wire(self.cluster_id)
        return data


class DescribeClusterDetailResponse(_m.ResponseModel):
    """DescribeClusterDetailResponse"""

    __slots__ = (
        "cluster_id",
        "cluster_type",
        "created",
        "current_version",
        "deletion_protection",
        "name",
        "region_id",
        "size",
        "state",
        "_tags__decoded",
        "_tags__wire",
        "vpc_id",
        "master_url",
        "_maintenance_window__decoded",
        "_maintenance_window__wire",
        "_parameters__decoded",
        "_parameters__wire",
        "_wire__path",
        "_wire__request_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = (
        "cluster_id",
        "cluster_type",
        "created",
        "current_version",
        "deletion_protection",
        "name",
        "region_id",
        "size",
        "state",
        "tags",
        "vpc_id",
        "master_url",
        "maintenance_window",
        "parameters",
    )
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "cluster_id": "cluster_id",
        "cluster_type": "cluster_type",
        "created": "created",
        "current_version": "current_version",
        "deletion_protection": "deletion_protection",
        "name": "name",
        "region_id": "region_id",
        "size": "size",
        "state": "state",
        "tags": "tags",
        "vpc_id": "vpc_id",
        "master_url": "master_url",
        "maintenance_window": "maintenance_window",
        "parameters": "parameters",
    }
    _LAZY: ClassVar[tuple[str, ...]] = ("tags", "maintenance_window", "parameters")
    _wire__path: str
    _wire__request_id: str | None

    cluster_id: str | None
    """The ID of the cluster.

    集群 ID。
    """
    cluster_type: DescribeClusterDetailResponseClusterType | _m.UndocumentedStr | None
    """The type of the cluster.

    集群类型。
    """
    created: datetime | None
    """When the cluster was created.

    集群创建时间。
    """
    current_version: str | None
    """The Kubernetes version the cluster runs now.

    集群当前的 Kubernetes 版本。
    """
    deletion_protection: bool | None
    """Whether deletion protection is on; while on, the cluster cannot be deleted from the console or the API.

    是否开启删除保护：开启后不能通过控制台或 API 删除集群。
    """
    name: str | None
    """The name of the cluster.

    集群名称。
    """
    region_id: str | None
    """The region of the cluster.

    集群所在地域。
    """
    size: int | None
    """How many nodes the cluster has.

    集群节点数。
    """
    state: str | None
    """The state of the cluster, such as running, updating or failed.

    集群状态，例如 running、updating、failed。
    """
    _tags__decoded: list[Tag] | _m.Unset
    _tags__wire: Any
    vpc_id: str | None
    """The ID of the VPC the cluster is in.

    集群所在专有网络 ID。
    """
    master_url: str | None
    """Where the cluster's API server is reached, as a JSON text.

    集群 API Server 的访问地址（JSON 字符串）。
    """
    _maintenance_window__decoded: MaintenanceWindow | None | _m.Unset
    _maintenance_window__wire: Any
    _parameters__decoded: dict[str, str] | None | _m.Unset
    _parameters__wire: Any

    def __init__(
        self,
        *,
        cluster_id: str | None = None,
        cluster_type: (
            DescribeClusterDetailResponseClusterType
            | Literal["Kubernetes", "ManagedKubernetes", "ExternalKubernetes"]
            | None
        ) = None,
        created: datetime | None = None,
        current_version: str | None = None,
        deletion_protection: bool | None = None,
        name: str | None = None,
        region_id: str | None = None,
        size: int | None = None,
        state: str | None = None,
        tags: Sequence[Tag] | None = None,
        vpc_id: str | None = None,
        master_url: str | None = None,
        maintenance_window: MaintenanceWindow | None = None,
        parameters: dict[str, str] | None = None,
    ) -> None:
        self.cluster_id = cluster_id
        self.cluster_type = _m.enum_member(
            _DescribeClusterDetailResponseClusterType_BY_VALUE, cluster_type
        )
        self.created = created
        self.current_version = current_version
        self.deletion_protection = deletion_protection
        self.name = name
        self.region_id = region_id
        self.size = size
        self.state = state
        self.tags = [] if tags is None else list(tags)
        self.vpc_id = vpc_id
        self.master_url = master_url
        self.maintenance_window = maintenance_window
        self.parameters = parameters

    @property
    def tags(self) -> list[Tag]:
        """The tags of the cluster.

        集群的标签。
        """
        value = self._tags__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._tags__decoded
                if value is _m.UNSET:
                    value = self._tags__decoded = self._read_tags(
                        self._tags__wire, self._wire__path, self._wire__request_id
                    )
                    self._tags__wire = None
        return value

    @tags.setter
    def tags(self, value: list[Tag]) -> None:
        self._tags__decoded = value

    @staticmethod
    def _read_tags(value: Any, path: str, request_id: str | None) -> list[Tag]:
        decoded: list[Tag]
        decoded = _m.list_or_empty(value, path + "/tags", request_id, Tag.from_wire)
        return decoded

    @property
    def maintenance_window(self) -> MaintenanceWindow | None:
        """The window in which automatic maintenance of the cluster may run.

        集群的自动运维窗口。
        """
        value = self._maintenance_window__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._maintenance_window__decoded
                if value is _m.UNSET:
                    value = self._maintenance_window__decoded = (
                        self._read_maintenance_window(
                            self._maintenance_window__wire,
                            self._wire__path,
                            self._wire__request_id,
                        )
                    )
                    self._maintenance_window__wire = None
        return value

    @maintenance_window.setter
    def maintenance_window(self, value: MaintenanceWindow | None) -> None:
        self._maintenance_window__decoded = value

    @staticmethod
    def _read_maintenance_window(
        value: Any, path: str, request_id: str | None
    ) -> MaintenanceWindow | None:
        decoded: MaintenanceWindow | None
        if value is not None:
            value = MaintenanceWindow.from_wire(
                value, path + "/maintenance_window", request_id
            )
        decoded = value
        return decoded

    @property
    def parameters(self) -> dict[str, str] | None:
        """Extra parameters of the cluster.

        集群的附加参数。
        """
        value = self._parameters__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._parameters__decoded
                if value is _m.UNSET:
                    value = self._parameters__decoded = self._read_parameters(
                        self._parameters__wire, self._wire__path, self._wire__request_id
                    )
                    self._parameters__wire = None
        return value

    @parameters.setter
    def parameters(self, value: dict[str, str] | None) -> None:
        self._parameters__decoded = value

    @staticmethod
    def _read_parameters(
        value: Any, path: str, request_id: str | None
    ) -> dict[str, str] | None:
        decoded: dict[str, str] | None
        if value is not None:
            value = _m.map_of(value, path + "/parameters", request_id, _m.as_str)
        decoded = value
        return decoded

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> DescribeClusterDetailResponse:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        self._wire__path = path
        self._wire__request_id = request_id
        value = get("cluster_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/cluster_id", "string", value, request_id)
        self.cluster_id = value
        value = get("cluster_type")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/cluster_type", "string", value, request_id)
            value = _DescribeClusterDetailResponseClusterType_BY_VALUE.get(value, value)
        self.cluster_type = value
        value = get("created")
        if value is not None:
            value = _m.as_date_time(value, path + "/created", request_id)
        self.created = value
        value = get("current_version")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/current_version", "string", value, request_id)
        self.current_version = value
        value = get("deletion_protection")
        if value is not None and value.__class__ is not bool:
            _m.wrong_kind(path + "/deletion_protection", "boolean", value, request_id)
        self.deletion_protection = value
        value = get("name")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/name", "string", value, request_id)
        self.name = value
        value = get("region_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/region_id", "string", value, request_id)
        self.region_id = value
        value = get("size")
        if value is not None and value.__class__ is not int:
            _m.wrong_kind(path + "/size", "integer", value, request_id)
        self.size = value
        value = get("state")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/state", "string", value, request_id)
        self.state = value
        value = get("tags")
        self._tags__wire = value
        self._tags__decoded = _m.UNSET
        value = get("vpc_id")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/vpc_id", "string", value, request_id)
        self.vpc_id = value
        value = get("master_url")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/master_url", "string", value, request_id)
        self.master_url = value
        value = get("maintenance_window")
        self._maintenance_window__wire = value
        self._maintenance_window__decoded = _m.UNSET
        value = get("parameters")
        self._parameters__wire = value
        self._parameters__decoded = _m.UNSET
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.cluster_id is not None:
            data["cluster_id"] = self.cluster_id
        if self.cluster_type is not None:
            data["cluster_type"] = self.cluster_type
        if self.created is not None:
            data["created"] = _m.format_date_time(self.created)
        if self.current_version is not None:
            data["current_version"] = self.current_version
        if self.deletion_protection is not None:
            data["deletion_protection"] = self.deletion_protection
        if self.name is not None:
            data["name"] = self.name
        if self.region_id is not None:
            data["region_id"] = self.region_id
        if self.size is not None:
            data["size"] = self.size
        if self.state is not None:
            data["state"] = self.state
        if self.tags:
            data["tags"] = _m.to_wire(self.tags)
        if self.vpc_id is not None:
            data["vpc_id"] = self.vpc_id
        if self.master_url is not None:
            data["master_url"] = self.master_url
        if self.maintenance_window is not None:
            data["maintenance_window"] = _m.to_wire(self.maintenance_window)
        if self.parameters is not None:
            data["parameters"] = dict(self.parameters)
        return data


_XML_DescribeClusterDetailResponse: dict[str, Any] = {
    "cluster_id": "string",
    "cluster_type": "string",
    "created": "string",
    "current_version": "string",
    "deletion_protection": "boolean",
    "name": "string",
    "region_id": "string",
    "size": "integer",
    "state": "string",
    "tags": ("list", {"key": "string", "value": "string"}),
    "vpc_id": "string",
    "master_url": "string",
    "maintenance_window": {
        "enable": "boolean",
        "maintenance_time": "string",
        "duration": "string",
        "weekly_period": "string",
    },
    "parameters": ("map", "string"),
}
DescribeClusterDetailResponse._XML_SHAPE = _XML_DescribeClusterDetailResponse
