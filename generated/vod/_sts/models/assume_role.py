"""Models of AssumeRole: Assume a RAM role.

扮演RAM角色

Generated from spec/sts/2015-04-01/operations/AssumeRole.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal

from ..._runtime import model as _m
from ..._runtime.errors import ResponseParseError
from ..._runtime.model import JsonValue, Model

__all__ = [
    "AssumeRoleResponseAssumedRoleUser",
    "AssumeRoleResponseCredentials",
    "AssumeRoleRequest",
    "AssumeRoleResponse",
]


class AssumeRoleResponseAssumedRoleUser(Model):
    """The temporary identity taken on.

    扮演角色后的临时身份。
    """

    __slots__ = ("assumed_role_id", "arn")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "AssumedRoleId": "assumed_role_id",
        "Arn": "arn",
    }

    assumed_role_id: str | None
    """The ID of the temporary identity.

    临时身份的ID。
    """
    arn: str | None
    """The ARN of the temporary identity.

    临时身份的ARN。
    """

    def __init__(
        self,
        *,
        assumed_role_id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.assumed_role_id = assumed_role_id
        self.arn = arn

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AssumeRoleResponseAssumedRoleUser:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("AssumedRoleId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AssumedRoleId", "string", value, request_id)
        self.assumed_role_id = value
        value = get("Arn")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Arn", "string", value, request_id)
        self.arn = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.assumed_role_id is not None:
            data["AssumedRoleId"] = self.assumed_role_id
        if self.arn is not None:
            data["Arn"] = self.arn
        return data


class AssumeRoleResponseCredentials(Model):
    """The temporary credentials issued.

    签发的临时访问凭证。
    """

    __slots__ = ("access_key_id", "access_key_secret", "security_token", "expiration")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "AccessKeyId": "access_key_id",
        "AccessKeySecret": "access_key_secret",
        "SecurityToken": "security_token",
        "Expiration": "expiration",
    }
    _SECRETS: ClassVar[frozenset[str]] = frozenset(
        {
            "access_key_secret",
            "security_token",
        }
    )

    access_key_id: str | None
    """The temporary AccessKey ID.

    临时AccessKey ID。
    """
    access_key_secret: str | None
    """The temporary AccessKey secret.

    临时AccessKey Secret。
    """
    security_token: str | None
    """The security token sent along with each request. Its length varies; assume no upper bound.

    安全令牌，随请求一起发送。长度不固定，不要假定上限。
    """
    expiration: str | None
    """When the credentials expire (UTC).

    凭证失效时间（UTC）。
    """

    def __init__(
        self,
        *,
        access_key_id: str | None = None,
        access_key_secret: str | None = None,
        security_token: str | None = None,
        expiration: str | None = None,
    ) -> None:
        self.access_key_id = access_key_id
        self.access_key_secret = access_key_secret
        self.security_token = security_token
        self.expiration = expiration

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AssumeRoleResponseCredentials:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("AccessKeyId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AccessKeyId", "string", value, request_id)
        self.access_key_id = value
        value = get("AccessKeySecret")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AccessKeySecret", "string", value, request_id)
        self.access_key_secret = value
        value = get("SecurityToken")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/SecurityToken", "string", value, request_id)
        self.security_token = value
        value = get("Expiration")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Expiration", "string", value, request_id)
        self.expiration = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.access_key_id is not None:
            data["AccessKeyId"] = self.access_key_id
        if self.access_key_secret is not None:
            data["AccessKeySecret"] = self.access_key_secret
        if self.security_token is not None:
            data["SecurityToken"] = self.security_token
        if self.expiration is not None:
            data["Expiration"] = self.expiration
        return data


class AssumeRoleRequest(Model):
    """AssumeRoleRequest"""

    __slots__ = (
        "role_arn",
        "role_session_name",
        "policy",
        "duration_seconds",
        "external_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    role_arn: str | None
    """The ARN of the RAM role to take on.

    要扮演的RAM角色的ARN。
    """
    role_session_name: str | None
    """A session name that tells, in audit logs, who took on the role. Letters, digits, `.`, `@`, `-` and `_`.

    会话名称，用于在操作审计中区分谁扮演了角色。可含字母、数字、`.`、`@`、`-`和`_`。
    """
    policy: str | None
    """An extra permission policy (JSON). The credentials issued get only what both the role and this policy allow; without it, everything the role allows.

    额外的权限策略（JSON）。签发的凭证只拥有角色权限与该策略的交集；不指定时拥有角色的全部权限。
    """
    duration_seconds: int | None
    """How long the credentials last, in seconds. 3600 by default, at least 900, at most the role's maximum session duration.

    凭证有效期，单位秒。默认3600，最少900，最多为角色的最大会话时间。
    """
    external_id: str | None
    """The role's external ID, which guards against the confused deputy problem; required when the role's trust policy asks for one.

    角色外部ID，防止混淆代理人问题；角色的信任策略要求时必须提供。
    """

    def __init__(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        policy: str | None = None,
        duration_seconds: int | None = None,
        external_id: str | None = None,
    ) -> None:
        self.role_arn = role_arn
        self.role_session_name = role_session_name
        self.policy = policy
        self.duration_seconds = duration_seconds
        self.external_id = external_id

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.role_arn is not None:
            data["RoleArn"] = _m.to_wire(self.role_arn)
        if self.role_session_name is not None:
            data["RoleSessionName"] = _m.to_wire(self.role_session_name)
        if self.policy is not None:
            data["Policy"] = _m.to_wire(self.policy)
        if self.duration_seconds is not None:
            data["DurationSeconds"] = _m.to_wire(self.duration_seconds)
        if self.external_id is not None:
            data["ExternalId"] = _m.to_wire(self.external_id)
        return data


class AssumeRoleResponse(_m.ResponseModel):
    """AssumeRoleResponse"""

    __slots__ = (
        "request_id",
        "_assumed_role_user__decoded",
        "_assumed_role_user__wire",
        "_credentials__decoded",
        "_credentials__wire",
        "_wire__path",
        "_wire__request_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = (
        "request_id",
        "assumed_role_user",
        "credentials",
    )
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "RequestId": "request_id",
        "AssumedRoleUser": "assumed_role_user",
        "Credentials": "credentials",
    }
    _LAZY: ClassVar[tuple[str, ...]] = ("assumed_role_user", "credentials")
    _wire__path: str
    _wire__request_id: str | None

    request_id: str | None
    """The ID of the request.

    请求ID。
    """
    _assumed_role_user__decoded: AssumeRoleResponseAssumedRoleUser | None | _m.Unset
    _assumed_role_user__wire: Any
    _credentials__decoded: AssumeRoleResponseCredentials | None | _m.Unset
    _credentials__wire: Any

    def __init__(
        self,
        *,
        request_id: str | None = None,
        assumed_role_user: AssumeRoleResponseAssumedRoleUser | None = None,
        credentials: AssumeRoleResponseCredentials | None = None,
    ) -> None:
        self.request_id = request_id
        self.assumed_role_user = assumed_role_user
        self.credentials = credentials

    @property
    def assumed_role_user(self) -> AssumeRoleResponseAssumedRoleUser | None:
        """The temporary identity taken on.

        扮演角色后的临时身份。
        """
        value = self._assumed_role_user__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._assumed_role_user__decoded
                if value is _m.UNSET:
                    value = self._assumed_role_user__decoded = (
                        self._read_assumed_role_user(
                            self._assumed_role_user__wire,
                            self._wire__path,
                            self._wire__request_id,
                        )
                    )
                    self._assumed_role_user__wire = None
        return value

    @assumed_role_user.setter
    def assumed_role_user(
        self, value: AssumeRoleResponseAssumedRoleUser | None
    ) -> None:
        self._assumed_role_user__decoded = value

    @staticmethod
    def _read_assumed_role_user(
        value: Any, path: str, request_id: str | None
    ) -> AssumeRoleResponseAssumedRoleUser | None:
        decoded: AssumeRoleResponseAssumedRoleUser | None
        if value is not None:
            value = AssumeRoleResponseAssumedRoleUser.from_wire(
                value, path + "/AssumedRoleUser", request_id
            )
        decoded = value
        return decoded

    @property
    def credentials(self) -> AssumeRoleResponseCredentials | None:
        """The temporary credentials issued.

        签发的临时访问凭证。
        """
        value = self._credentials__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._credentials__decoded
                if value is _m.UNSET:
                    value = self._credentials__decoded = self._read_credentials(
                        self._credentials__wire,
                        self._wire__path,
                        self._wire__request_id,
                    )
                    self._credentials__wire = None
        return value

    @credentials.setter
    def credentials(self, value: AssumeRoleResponseCredentials | None) -> None:
        self._credentials__decoded = value

    @staticmethod
    def _read_credentials(
        value: Any, path: str, request_id: str | None
    ) -> AssumeRoleResponseCredentials | None:
        decoded: AssumeRoleResponseCredentials | None
        if value is not None:
            value = AssumeRoleResponseCredentials.from_wire(
                value, path + "/Credentials", request_id
            )
        decoded = value
        return decoded

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AssumeRoleResponse:
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
        value = get("AssumedRoleUser")
        self._assumed_role_user__wire = value
        self._assumed_role_user__decoded = _m.UNSET
        value = get("Credentials")
        self._credentials__wire = value
        self._credentials__decoded = _m.UNSET
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.request_id is not None:
            data["RequestId"] = self.request_id
        if self.assumed_role_user is not None:
            data["AssumedRoleUser"] = _m.to_wire(self.assumed_role_user)
        if self.credentials is not None:
            data["Credentials"] = _m.to_wire(self.credentials)
        return data


_XML_AssumeRoleResponse: dict[str, Any] = {
    "RequestId": "string",
    "AssumedRoleUser": {"AssumedRoleId": "string", "Arn": "string"},
    "Credentials": {
        "AccessKeyId": "string",
        "AccessKeySecret": "string",
        "SecurityToken": "string",
        "Expiration": "string",
    },
}
AssumeRoleResponse._XML_SHAPE = _XML_AssumeRoleResponse
