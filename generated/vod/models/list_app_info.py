"""Models of ListAppInfo: List applications.

获取应用信息列表

Generated from spec/vod/2017-03-21/operations/ListAppInfo.yaml; do not edit.
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
    "AppInfoType",
    "AppStatus",
    "AppInfo",
    "ListAppInfoRequest",
    "ListAppInfoResponse",
]


class AppInfoType(enum.StrEnum):
    """The kind of application.

    应用类型。

    Values the service adds later are kept as plain strings.
    """

    SYSTEM = "System"
    """The application every account has.

    系统默认应用。
    """
    CUSTOM = "Custom"
    """An application the account created.

    用户创建的应用。
    """


_AppInfoType_BY_VALUE: dict[str, AppInfoType] = {
    member.value: member for member in AppInfoType
}


class AppStatus(enum.StrEnum):
    """The status of an application.

    应用状态。

    Values the service adds later are kept as plain strings.
    """

    NORMAL = "Normal"
    """In use.

    正常。
    """
    DISABLE = "Disable"
    """Disabled.

    停用。
    """


_AppStatus_BY_VALUE: dict[str, AppStatus] = {
    member.value: member for member in AppStatus
}


class AppInfo(Model):
    """One application.

    一个应用。
    """

    __slots__ = (
        "app_id",
        "app_name",
        "description",
        "type_",
        "status",
        "creation_time",
        "modification_time",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "AppId": "app_id",
        "AppName": "app_name",
        "Description": "description",
        "Type": "type_",
        "Status": "status",
        "CreationTime": "creation_time",
        "ModificationTime": "modification_time",
    }

    app_id: str | None
    """The ID of the application.

    应用ID。
    """
    app_name: str | None
    """The name of the application.

    应用名称。
    """
    description: str | None
    """What the application is for.

    应用描述。
    """
    type_: AppInfoType | _m.UndocumentedStr | None
    """The kind of application.

    应用类型。
    """
    status: AppStatus | _m.UndocumentedStr | None
    """The status of an application.

    应用状态。
    """
    creation_time: datetime | None
    """When the application was created (UTC).

    创建时间（UTC）。
    """
    modification_time: datetime | None
    """When the application was last changed (UTC).

    最后修改时间（UTC）。
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        app_name: str | None = None,
        description: str | None = None,
        type_: AppInfoType | Literal["System", "Custom"] | None = None,
        status: AppStatus | Literal["Normal", "Disable"] | None = None,
        creation_time: datetime | None = None,
        modification_time: datetime | None = None,
    ) -> None:
        self.app_id = app_id
        self.app_name = app_name
        self.description = description
        self.type_ = _m.enum_member(_AppInfoType_BY_VALUE, type_)
        self.status = _m.enum_member(_AppStatus_BY_VALUE, status)
        self.creation_time = creation_time
        self.modification_time = modification_time

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AppInfo:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("AppId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AppId", "string", value, request_id)
        self.app_id = value
        value = get("AppName")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AppName", "string", value, request_id)
        self.app_name = value
        value = get("Description")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Description", "string", value, request_id)
        self.description = value
        value = get("Type")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/Type", "string", value, request_id)
            value = _AppInfoType_BY_VALUE.get(value, value)
        self.type_ = value
        value = get("Status")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/Status", "string", value, request_id)
            value = _AppStatus_BY_VALUE.get(value, value)
        self.status = value
        value = get("CreationTime")
        if value is not None:
            value = _m.as_date_time(value, path + "/CreationTime", request_id)
        self.creation_time = value
        value = get("ModificationTime")
        if value is not None:
            value = _m.as_date_time(value, path + "/ModificationTime", request_id)
        self.modification_time = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.app_id is not None:
            data["AppId"] = self.app_id
        if self.app_name is not None:
            data["AppName"] = self.app_name
        if self.description is not None:
            data["Description"] = self.description
        if self.type_ is not None:
            data["Type"] = self.type_
        if self.status is not None:
            data["Status"] = self.status
        if self.creation_time is not None:
            data["CreationTime"] = _m.format_date_time(self.creation_time)
        if self.modification_time is not None:
            data["ModificationTime"] = _m.format_date_time(self.modification_time)
        return data


class ListAppInfoRequest(Model):
    """ListAppInfoRequest"""

    __slots__ = ("status", "page_no", "page_size")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    status: AppStatus | Literal["Normal", "Disable"] | None
    """List only the applications in this status.

    只列出处于该状态的应用。
    """
    page_no: int | None
    """The page to return, counted from 1. Default 1.

    页码，从1开始。默认为1。
    """
    page_size: int | None
    """How many applications a page holds. Default 10, at most 100.

    每页的应用数。默认为10，最大为100。
    """

    def __init__(
        self,
        *,
        status: AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> None:
        self.status = status
        self.page_no = page_no
        self.page_size = page_size

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.status is not None:
            data["Status"] = _m.to_wire(self.status)
        if self.page_no is not None:
            data["PageNo"] = _m.to_wire(self.page_no)
        if self.page_size is not None:
            data["PageSize"] = _m.to_wire(self.page_size)
        return data


class ListAppInfoResponse(_m.ResponseModel):
    """ListAppInfoResponse"""

    __slots__ = (
        "request_id",
        "total",
        "_app_info_list__decoded",
        "_app_info_list__wire",
        "_wire__path",
        "_wire__request_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = ("request_id", "total", "app_info_list")
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "RequestId": "request_id",
        "Total": "total",
        "AppInfoList": "app_info_list",
    }
    _LAZY: ClassVar[tuple[str, ...]] = ("app_info_list",)
    _wire__path: str
    _wire__request_id: str | None

    request_id: str | None
    """The ID of the request.

    请求ID。
    """
    total: int | None
    """How many applications match, on all pages.

    符合条件的应用总数。
    """
    _app_info_list__decoded: list[AppInfo] | _m.Unset
    _app_info_list__wire: Any

    def __init__(
        self,
        *,
        request_id: str | None = None,
        total: int | None = None,
        app_info_list: Sequence[AppInfo] | None = None,
    ) -> None:
        self.request_id = request_id
        self.total = total
        self.app_info_list = [] if app_info_list is None else list(app_info_list)

    @property
    def app_info_list(self) -> list[AppInfo]:
        """The applications on this page.

        本页的应用。
        """
        value = self._app_info_list__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._app_info_list__decoded
                if value is _m.UNSET:
                    value = self._app_info_list__decoded = self._read_app_info_list(
                        self._app_info_list__wire,
                        self._wire__path,
                        self._wire__request_id,
                    )
                    self._app_info_list__wire = None
        return value

    @app_info_list.setter
    def app_info_list(self, value: list[AppInfo]) -> None:
        self._app_info_list__decoded = value

    @staticmethod
    def _read_app_info_list(
        value: Any, path: str, request_id: str | None
    ) -> list[AppInfo]:
        decoded: list[AppInfo]
        decoded = _m.list_or_empty(
            value, path + "/AppInfoList", request_id, AppInfo.from_wire
        )
        return decoded

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> ListAppInfoResponse:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        self._wire__path = path
        self._wire__request_id = request_id
        value = get("RequestId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/RequestId", "string", value, request_id)
        self.request_id = value
        value = get("Total")
        if value is not None and value.__class__ is not int:
            _m.wrong_kind(path + "/Total", "integer", value, request_id)
        self.total = value
        value = get("AppInfoList")
        self._app_info_list__wire = value
        self._app_info_list__decoded = _m.UNSET
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.request_id is not None:
            data["RequestId"] = self.request_id
        if self.total is not None:
            data["Total"] = self.total
        if self.app_info_list:
            data["AppInfoList"] = _m.to_wire(self.app_info_list)
        return data


_XML_ListAppInfoResponse: dict[str, Any] = {
    "RequestId": "string",
    "Total": "integer",
    "AppInfoList": (
        "list",
        {
            "AppId": "string",
            "AppName": "string",
            "Description": "string",
            "Type": "string",
            "Status": "string",
            "CreationTime": "string",
            "ModificationTime": "string",
        },
    ),
}
ListAppInfoResponse._XML_SHAPE = _XML_ListAppInfoResponse
