"""Models of GetCallerIdentity: Get the caller's identity.

获取调用者身份

Generated from spec/sts/2015-04-01/operations/GetCallerIdentity.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from ..._runtime import model as _m
from ..._runtime.errors import ResponseParseError
from ..._runtime.model import JsonValue, Model

__all__ = [
    "GetCallerIdentityRequest",
    "GetCallerIdentityResponse",
]


class GetCallerIdentityRequest(Model):
    """GetCallerIdentityRequest"""

    __slots__ = ()
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    def __init__(
        self,
    ) -> None:
        pass

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        return data


class GetCallerIdentityResponse(_m.ResponseModel):
    """GetCallerIdentityResponse"""

    __slots__ = (
        "identity_type",
        "account_id",
        "request_id",
        "principal_id",
        "user_id",
        "arn",
        "role_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "IdentityType": "identity_type",
        "AccountId": "account_id",
        "RequestId": "request_id",
        "PrincipalId": "principal_id",
        "UserId": "user_id",
        "Arn": "arn",
        "RoleId": "role_id",
    }

    identity_type: str | None
    """The kind of identity: `Account` (an Alibaba Cloud account), `RAMUser` (a RAM user) or `AssumedRoleUser` (a RAM role).

    身份类型：`Account`（阿里云账号）、`RAMUser`（RAM用户）或`AssumedRoleUser`（RAM角色）。
    """
    account_id: str | None
    """The ID of the Alibaba Cloud account the caller belongs to.

    调用者所属阿里云账号的ID。
    """
    request_id: str | None
    """The ID of the request.

    请求ID。
    """
    principal_id: str | None
    """The caller's principal ID.

    调用者的身份标识。
    """
    user_id: str | None
    """The user ID, when the caller is an Alibaba Cloud account or a RAM user.

    调用者是阿里云账号或RAM用户时，其用户ID。
    """
    arn: str | None
    """The caller's ARN.

    调用者的ARN。
    """
    role_id: str | None
    """The role ID, when the caller is a RAM role.

    调用者是RAM角色时，角色的ID。
    """

    def __init__(
        self,
        *,
        identity_type: str | None = None,
        account_id: str | None = None,
        request_id: str | None = None,
        principal_id: str | None = None,
        user_id: str | None = None,
        arn: str | None = None,
        role_id: str | None = None,
    ) -> None:
        self.identity_type = identity_type
        self.account_id = account_id
        self.request_id = request_id
        self.principal_id = principal_id
        self.user_id = user_id
        self.arn = arn
        self.role_id = role_id

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> GetCallerIdentityResponse:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("IdentityType")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/IdentityType", "string", value, request_id)
        self.identity_type = value
        value = get("AccountId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AccountId", "string", value, request_id)
        self.account_id = value
        value = get("RequestId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/RequestId", "string", value, request_id)
        self.request_id = value
        value = get("PrincipalId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/PrincipalId", "string", value, request_id)
        self.principal_id = value
        value = get("UserId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/UserId", "string", value, request_id)
        self.user_id = value
        value = get("Arn")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Arn", "string", value, request_id)
        self.arn = value
        value = get("RoleId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/RoleId", "string", value, request_id)
        self.role_id = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.identity_type is not None:
            data["IdentityType"] = self.identity_type
        if self.account_id is not None:
            data["AccountId"] = self.account_id
        if self.request_id is not None:
            data["RequestId"] = self.request_id
        if self.principal_id is not None:
            data["PrincipalId"] = self.principal_id
        if self.user_id is not None:
            data["UserId"] = self.user_id
        if self.arn is not None:
            data["Arn"] = self.arn
        if self.role_id is not None:
            data["RoleId"] = self.role_id
        return data


_XML_GetCallerIdentityResponse: dict[str, Any] = {
    "IdentityType": "string",
    "AccountId": "string",
    "RequestId": "string",
    "PrincipalId": "string",
    "UserId": "string",
    "Arn": "string",
    "RoleId": "string",
}
GetCallerIdentityResponse._XML_SHAPE = _XML_GetCallerIdentityResponse
