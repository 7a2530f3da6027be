"""Models of DeleteCluster: Delete a cluster.

删除集群

Generated from spec/cs/2015-12-15/operations/DeleteCluster.yaml; do not edit.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from .._runtime import model as _m
from .._runtime.errors import ResponseParseError
from .._runtime.model import JsonValue, Model

__all__ = [
    "DeleteOptionDeleteMode",
    "DeleteOptionResourceType",
    "DeleteOption",
    "DeleteClusterRequest",
    "DeleteClusterResponse",
]


class DeleteOptionDeleteMode(enum.StrEnum):
    """Delete it (delete) or keep it (retain).

    删除（delete）或保留（retain）。

    Values the service adds later are kept as plain strings.
    """

    DELETE = "delete"
    RETAIN = "retain"


_DeleteOptionDeleteMode_BY_VALUE: dict[str, DeleteOptionDeleteMode] = {
    member.value: member for member in DeleteOptionDeleteMode
}


class DeleteOptionResourceType(enum.StrEnum):
    """The type of resource.

    资源类型。

    Values the service adds later are kept as plain strings.
    """

    SLB = "SLB"
    ALB = "ALB"
    SLS_DATA = "SLS_Data"
    SLS_CONTROL_PLANE = "SLS_ControlPlane"
    PRIVATE_ZONE = "PrivateZone"


_DeleteOptionResourceType_BY_VALUE: dict[str, DeleteOptionResourceType] = {
    member.value: member for member in DeleteOptionResourceType
}


class DeleteOption(Model):
    """How one type of resource is handled.

    一类资源的删除方式。
    """

    __slots__ = ("resource_type", "delete_mode")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "resource_type": "resource_type",
        "delete_mode": "delete_mode",
    }

    resource_type: DeleteOptionResourceType | _m.UndocumentedStr | None
    """The type of resource.

    资源类型。
    """
    delete_mode: DeleteOptionDeleteMode | _m.UndocumentedStr | None
    """Delete it (delete) or keep it (retain).

    删除（delete）或保留（retain）。
    """

    def __init__(
        self,
        *,
        resource_type: (
            DeleteOptionResourceType
            | Literal["SLB", "ALB", "SLS_Data", "SLS_ControlPlane", "PrivateZone"]
            | None
        ) = None,
        delete_mode: DeleteOptionDeleteMode | Literal["delete", "retain"] | None = None,
    ) -> None:
        self.resource_type = _m.enum_member(
            _DeleteOptionResourceType_BY_VALUE, resource_type
        )
        self.delete_mode = _m.enum_member(_DeleteOptionDeleteMode_BY_VALUE, delete_mode)

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> DeleteOption:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("resource_type")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/resource_type", "string", value, request_id)
            value = _DeleteOptionResourceType_BY_VALUE.get(value, value)
        self.resource_type = value
        value = get("delete_mode")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/delete_mode", "string", value, request_id)
            value = _DeleteOptionDeleteMode_BY_VALUE.get(value, value)
        self.delete_mode = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.resource_type is not None:
            data["resource_type"] = self.resource_type
        if self.delete_mode is not None:
            data["delete_mode"] = self.delete_mode
        return data


class DeleteClusterRequest(Model):
    """DeleteClusterRequest"""

    __slots__ = (
        "cluster_id",
        "retain_all_resources",
        "keep_slb",
        "retain_resources",
        "delete_options",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    cluster_id: str | None
    """The ID of the cluster.

    集群 ID。
    """
    retain_all_resources: bool | None
    """Whether to keep every resource of the cluster; when true, retain_resources is ignored.

    是否保留集群的全部资源。为 true 时忽略 retain_resources。
    """
    keep_slb: bool | None
    """Whether to keep the load balancer the cluster created.

    是否保留集群创建的 SLB 实例。
    """
    retain_resources: list[str] | None
    """The names of the resources to keep.

    要保留的资源名称列表。
    """
    delete_options: list[DeleteOption | Mapping[str, JsonValue]] | None
    """Whether to delete or keep resources, by resource type.

    按资源类型指定删除或保留。
    """

    def __init__(
        self,
        *,
        cluster_id: str,
        retain_all_resources: bool | None = None,
        keep_slb: bool | None = None,
        retain_resources: Sequence[str] | None = None,
        delete_options: Sequence[DeleteOption | Mapping[str, JsonValue]] | None = None,
    ) -> None:
        self.cluster_id = cluster_id
        self.retain_all_resources = retain_all_resources
        self.keep_slb = keep_slb
        self.retain_resources = _m.as_given_list(retain_resources)
        self.delete_options = _m.as_given_list(delete_options)

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.cluster_id is not None:
            data["ClusterId"] = _m.to_wire(self.cluster_id)
        if self.retain_all_resources is not None:
            data["retain_all_resources"] = _m.to_wire(self.retain_all_resources)
        if self.keep_slb is not None:
            data["keep_slb"] = _m.to_wire(self.keep_slb)
        if self.retain_resources is not None:
            data["retain_resources"] = _m.to_wire(self.retain_resources)
        if self.delete_options is not None:
            data["delete_options"] = _m.to_wire(self.delete_options)
        return data


class DeleteClusterResponse(_m.ResponseModel):
    """DeleteClusterResponse"""

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
    """The ID of the deletion task.

    删除任务 ID。
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
    ) -> DeleteClusterResponse:
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


_XML_DeleteClusterResponse: dict[str, Any] = {
    "cluster_id": "string",
    "request_id": "string",
    "task_id": "string",
}
DeleteClusterResponse._XML_SHAPE = _XML_DeleteClusterResponse
