"""Models of GetAIImageJobs: Query AI image jobs.

查询AI图片任务列表

Generated from spec/vod/2017-03-21/operations/GetAIImageJobs.yaml; do not edit.
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
    "AIImageJobStatus",
    "AIImageJob",
    "AIImageResultItem",
    "UserData",
    "GetAIImageJobsRequest",
    "GetAIImageJobsResponse",
]


class AIImageJobStatus(enum.StrEnum):
    """The status of the job.

    任务状态。

    Values the service adds later are kept as plain strings.
    """

    SUCCESS = "success"
    """Succeeded.

    成功。
    """
    FAIL = "fail"
    """Failed.

    失败。
    """


_AIImageJobStatus_BY_VALUE: dict[str, AIImageJobStatus] = {
    member.value: member for member in AIImageJobStatus
}


class AIImageJob(Model):
    """An AI image job.

    AI图片任务。
    """

    __slots__ = (
        "ai_image_result_raw",
        "_ai_image_result_cache",
        "code",
        "creation_time",
        "job_id",
        "message",
        "status",
        "template_config_raw",
        "_template_config_cache",
        "template_id",
        "user_data_raw",
        "_user_data_cache",
        "video_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = (
        "ai_image_result_raw",
        "code",
        "creation_time",
        "job_id",
        "message",
        "status",
        "template_config_raw",
        "template_id",
        "user_data_raw",
        "video_id",
    )
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "Code": "code",
        "CreationTime": "creation_time",
        "JobId": "job_id",
        "Message": "message",
        "Status": "status",
        "TemplateId": "template_id",
        "VideoId": "video_id",
    }

    ai_image_result_raw: str | None
    """The OSS URLs of the AI images.

    **Note:** This is the job result, so the URLs carry no complete authentication information. Generate the authentication information yourself, or call [ListAIImage](~~186924~~) to get the media asset results.

    AI图片的OSS地址。

    **说明：** 为任务结果，因此该地址不提供完整的鉴权信息，需要鉴权信息需用户生成或者调用[ListAIImage](~~186924~~)接口获取媒资结果。

    The JSON text as sent; ``ai_image_result`` is its decoded value.
    """
    _ai_image_result_cache: list[AIImageResultItem] | None | _m.Unset
    code: str | None
    """The error code.

    错误码。
    """
    creation_time: datetime | None
    """The time when the AI image job was created, in the format *yyyy-MM-dd*T*HH:mm:ss*Z (UTC).

    AI图片任务创建时间。格式为：*yyyy-MM-dd*T*HH:mm:ss*Z（UTC时间）。
    """
    job_id: str | None
    """The ID of the AI image job.

    AI图片处理的任务ID。
    """
    message: str | None
    """The error message.

    错误信息。
    """
    status: AIImageJobStatus | _m.UndocumentedStr | None
    """The status of the job.

    任务状态。
    """
    template_config_raw: str | None
    """A snapshot of the configuration of the specified template, taken when the job was submitted.

    提交任务时，对指定模板的配置信息的快照。

    The JSON text as sent; ``template_config`` is its decoded value.
    """
    _template_config_cache: dict[str, JsonValue] | None | _m.Unset
    template_id: str | None
    """The ID of the AI template.

    AI模板ID。
    """
    user_data_raw: str | None
    """The custom settings.

    - It must be a JSON string.
    - It must contain MessageCallback or Extend.
    - It can be at most 512 bytes long.

    For how to construct it, see [UserData](~~86952~~).

    自定义设置。

    - 必须是JSON字符串。
    - 需要包含MessageCallback或者Extend参数。
    - 最大长度为512个字节。

    参数构造详情，请参见[UserData](~~86952~~)。

    The JSON text as sent; ``user_data`` is its decoded value.
    """
    _user_data_cache: UserData | None | _m.Unset
    video_id: str | None
    """The ID of the video.

    视频ID。
    """

    def __init__(
        self,
        *,
        ai_image_result: list[AIImageResultItem] | None = None,
        ai_image_result_raw: str | None = None,
        code: str | None = None,
        creation_time: datetime | None = None,
        job_id: str | None = None,
        message: str | None = None,
        status: AIImageJobStatus | Literal["success", "fail"] | None = None,
        template_config: dict[str, JsonValue] | None = None,
        template_config_raw: str | None = None,
        template_id: str | None = None,
        user_data: UserData | None = None,
        user_data_raw: str | None = None,
        video_id: str | None = None,
    ) -> None:
        if ai_image_result is not None and ai_image_result_raw is None:
            ai_image_result_raw = _m.encode_json_text(ai_image_result)
        self.ai_image_result_raw = ai_image_result_raw
        self._ai_image_result_cache = (
            _m.UNSET if ai_image_result is None else ai_image_result
        )
        self.code = code
        self.creation_time = creation_time
        self.job_id = job_id
        self.message = message
        self.status = _m.enum_member(_AIImageJobStatus_BY_VALUE, status)
        if template_config is not None and template_config_raw is None:
            template_config_raw = _m.encode_json_text(template_config)
        self.template_config_raw = template_config_raw
        self._template_config_cache = (
            _m.UNSET if template_config is None else template_config
        )
        self.template_id = template_id
        if user_data is not None and user_data_raw is None:
            user_data_raw = _m.encode_json_text(user_data)
        self.user_data_raw = user_data_raw
        self._user_data_cache = _m.UNSET if user_data is None else user_data
        self.video_id = video_id

    @property
    def ai_image_result(self) -> list[AIImageResultItem] | None:
        """The OSS URLs of the AI images.

        **Note:** This is the job result, so the URLs carry no complete authentication information. Generate the authentication information yourself, or call [ListAIImage](~~186924~~) to get the media asset results.

        AI图片的OSS地址。

        **说明：** 为任务结果，因此该地址不提供完整的鉴权信息，需要鉴权信息需用户生成或者调用[ListAIImage](~~186924~~)接口获取媒资结果。

        Decoded from ``ai_image_result_raw`` on first access; ``None`` when the text is absent, not JSON, or not of the documented shape.
        """
        value = self._ai_image_result_cache
        if value is _m.UNSET:
            value = self._ai_image_result_cache = _decode_AIImageJob_ai_image_result(
                self.ai_image_result_raw
            )
        return value

    @property
    def template_config(self) -> dict[str, JsonValue] | None:
        """A snapshot of the configuration of the specified template, taken when the job was submitted.

        提交任务时，对指定模板的配置信息的快照。

        Decoded from ``template_config_raw`` on first access; ``None`` when the text is absent, not JSON, or not of the documented shape.
        """
        value = self._template_config_cache
        if value is _m.UNSET:
            value = self._template_config_cache = _decode_AIImageJob_template_config(
                self.template_config_raw
            )
        return value

    @property
    def user_data(self) -> UserData | None:
        """The custom settings.

        - It must be a JSON string.
        - It must contain MessageCallback or Extend.
        - It can be at most 512 bytes long.

        For how to construct it, see [UserData](~~86952~~).

        自定义设置。

        - 必须是JSON字符串。
        - 需要包含MessageCallback或者Extend参数。
        - 最大长度为512个字节。

        参数构造详情，请参见[UserData](~~86952~~)。

        Decoded from ``user_data_raw`` on first access; ``None`` when the text is absent, not JSON, or not of the documented shape.
        """
        value = self._user_data_cache
        if value is _m.UNSET:
            value = self._user_data_cache = _decode_AIImageJob_user_data(
                self.user_data_raw
            )
        return value

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AIImageJob:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("AIImageResult")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/AIImageResult", "string", value, request_id)
        self.ai_image_result_raw = value
        self._ai_image_result_cache = _m.UNSET
        value = get("Code")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Code", "string", value, request_id)
        self.code = value
        value = get("CreationTime")
        if value is not None:
            value = _m.as_date_time(value, path + "/CreationTime", request_id)
        self.creation_time = value
        value = get("JobId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/JobId", "string", value, request_id)
        self.job_id = value
        value = get("Message")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Message", "string", value, request_id)
        self.message = value
        value = get("Status")
        if value is not None:
            if value.__class__ is not str:
                _m.wrong_kind(path + "/Status", "string", value, request_id)
            value = _AIImageJobStatus_BY_VALUE.get(value, value)
        self.status = value
        value = get("TemplateConfig")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/TemplateConfig", "string", value, request_id)
        self.template_config_raw = value
        self._template_config_cache = _m.UNSET
        value = get("TemplateId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/TemplateId", "string", value, request_id)
        self.template_id = value
        value = get("UserData")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/UserData", "string", value, request_id)
        self.user_data_raw = value
        self._user_data_cache = _m.UNSET
        value = get("VideoId")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/VideoId", "string", value, request_id)
        self.video_id = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.ai_image_result_raw is not None:
            data["AIImageResult"] = self.ai_image_result_raw
        if self.code is not None:
            data["Code"] = self.code
        if self.creation_time is not None:
            data["CreationTime"] = _m.format_date_time(self.creation_time)
        if self.job_id is not None:
            data["JobId"] = self.job_id
        if self.message is not None:
            data["Message"] = self.message
        if self.status is not None:
            data["Status"] = self.status
        if self.template_config_raw is not None:
            data["TemplateConfig"] = self.template_config_raw
        if self.template_id is not None:
            data["TemplateId"] = self.template_id
        if self.user_data_raw is not None:
            data["UserData"] = self.user_data_raw
        if self.video_id is not None:
            data["VideoId"] = self.video_id
        return data


class AIImageResultItem(Model):
    """One AI image.

    一张AI图片。
    """

    __slots__ = ("score", "url")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {"Score": "score", "Url": "url"}

    score: float | None
    """The score of the image.

    图片得分。
    """
    url: str | None
    """The OSS URL of the image.

    图片的OSS地址。
    """

    def __init__(
        self,
        *,
        score: float | None = None,
        url: str | None = None,
    ) -> None:
        self.score = score
        self.url = url

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> AIImageResultItem:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("Score")
        if value is not None and value.__class__ is not float:
            if value.__class__ is not int:
                _m.wrong_kind(path + "/Score", "number", value, request_id)
            value = float(value)
        self.score = value
        value = get("Url")
        if value is not None and value.__class__ is not str:
            _m.wrong_kind(path + "/Url", "string", value, request_id)
        self.url = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.score is not None:
            data["Score"] = self.score
        if self.url is not None:
            data["Url"] = self.url
        return data


class UserData(Model):
    """Custom settings; they must contain MessageCallback or Extend.

    自定义设置，需要包含MessageCallback或者Extend参数。
    """

    __slots__ = ("message_callback", "extend")
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "MessageCallback": "message_callback",
        "Extend": "extend",
    }

    message_callback: dict[str, JsonValue] | None
    """The message callback settings.

    消息回调设置。
    """
    extend: dict[str, JsonValue] | None
    """Custom extension fields.

    自定义扩展字段。
    """

    def __init__(
        self,
        *,
        message_callback: dict[str, JsonValue] | None = None,
        extend: dict[str, JsonValue] | None = None,
    ) -> None:
        self.message_callback = message_callback
        self.extend = extend

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> UserData:
        """Build from wire-shaped data (a decoded JSON object); raises ResponseParseError."""
        if data.__class__ is not dict:
            _m.wrong_kind(path, "object", data, request_id)
        get = data.get
        self = cls.__new__(cls)
        value = get("MessageCallback")
        if value is not None:
            value = _m.as_object(value, path + "/MessageCallback", request_id)
        self.message_callback = value
        value = get("Extend")
        if value is not None:
            value = _m.as_object(value, path + "/Extend", request_id)
        self.extend = value
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.message_callback is not None:
            data["MessageCallback"] = self.message_callback
        if self.extend is not None:
            data["Extend"] = self.extend
        return data


class GetAIImageJobsRequest(Model):
    """GetAIImageJobsRequest"""

    __slots__ = ("job_ids",)
    _FIELDS: ClassVar[tuple[str, ...]] = __slots__

    job_ids: list[str] | None
    """The job IDs. Separate multiple IDs with commas (,). At most 10 IDs are supported.

    任务ID。多个ID使用英文逗号（,）分隔，最大支持10个。
    """

    def __init__(
        self,
        *,
        job_ids: Sequence[str] | str,
    ) -> None:
        self.job_ids = _m.split_joined(job_ids, ",")

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.job_ids is not None:
            data["JobIds"] = _m.to_wire(self.job_ids)
        return data


class GetAIImageJobsResponse(_m.ResponseModel):
    """GetAIImageJobsResponse"""

    __slots__ = (
        "request_id",
        "_ai_image_job_list__decoded",
        "_ai_image_job_list__wire",
        "_wire__path",
        "_wire__request_id",
    )
    _FIELDS: ClassVar[tuple[str, ...]] = ("request_id", "ai_image_job_list")
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {
        "RequestId": "request_id",
        "AIImageJobList": "ai_image_job_list",
    }
    _LAZY: ClassVar[tuple[str, ...]] = ("ai_image_job_list",)
    _wire__path: str
    _wire__request_id: str | None

    request_id: str | None
    """The ID of the request.

    请求ID。
    """
    _ai_image_job_list__decoded: list[AIImageJob] | _m.Unset
    _ai_image_job_list__wire: Any

    def __init__(
        self,
        *,
        request_id: str | None = None,
        ai_image_job_list: Sequence[AIImageJob] | None = None,
    ) -> None:
        self.request_id = request_id
        self.ai_image_job_list = (
            [] if ai_image_job_list is None else list(ai_image_job_list)
        )

    @property
    def ai_image_job_list(self) -> list[AIImageJob]:
        """The list of AI image jobs.

        AI图片任务列表。
        """
        value = self._ai_image_job_list__decoded
        if value is _m.UNSET:
            with _m.FIRST_READ:
                value = self._ai_image_job_list__decoded
                if value is _m.UNSET:
                    value = self._ai_image_job_list__decoded = (
                        self._read_ai_image_job_list(
                            self._ai_image_job_list__wire,
                            self._wire__path,
                            self._wire__request_id,
                        )
                    )
                    self._ai_image_job_list__wire = None
        return value

    @ai_image_job_list.setter
    def ai_image_job_list(self, value: list[AIImageJob]) -> None:
        self._ai_image_job_list__decoded = value

    @staticmethod
    def _read_ai_image_job_list(
        value: Any, path: str, request_id: str | None
    ) -> list[AIImageJob]:
        decoded: list[AIImageJob]
        decoded = _m.list_or_empty(
            value, path + "/AIImageJobList", request_id, AIImageJob.from_wire
        )
        return decoded

    @classmethod
    def from_wire(
        cls, data: object, path: str = "", request_id: str | None = None
    ) -> GetAIImageJobsResponse:
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
        value = get("AIImageJobList")
        self._ai_image_job_list__wire = value
        self._ai_image_job_list__decoded = _m.UNSET
        return self

    def to_dict(self) -> dict[str, Any]:
        """The wire-shaped dict: wire names, JSON-in-string members as their text."""
        data: dict[str, Any] = {}
        if self.request_id is not None:
            data["RequestId"] = self.request_id
        if self.ai_image_job_list:
            data["AIImageJobList"] = _m.to_wire(self.ai_image_job_list)
        return data


def _decode_AIImageJob_ai_image_result(
    raw: str | None,
) -> list[AIImageResultItem] | None:
    data = _m.decode_json_text(raw)
    if data is None:
        return None
    request_id = None
    try:
        return _m.list_of(data, "", request_id, AIImageResultItem.from_wire)
    except ResponseParseError:
        # The text is JSON but not of the documented shape: keep the raw text only.
        return None


def _decode_AIImageJob_template_config(raw: str | None) -> dict[str, JsonValue] | None:
    data = _m.decode_json_text(raw)
    if data is None:
        return None
    request_id = None
    try:
        return _m.as_object(data, "", request_id)
    except ResponseParseError:
        # The text is JSON but not of the documented shape: keep the raw text only.
        return None


def _decode_AIImageJob_user_data(raw: str | None) -> UserData | None:
    data = _m.decode_json_text(raw)
    if data is None:
        return None
    request_id = None
    try:
        return UserData.from_wire(data, "", request_id)
    except ResponseParseError:
        # The text is JSON but not of the documented shape: keep the raw text only.
        return None


_XML_GetAIImageJobsResponse: dict[str, Any] = {
    "RequestId": "string",
    "AIImageJobList": (
        "list",
        {
            "AIImageResult": "string",
            "Code": "string",
            "CreationTime": "string",
            "JobId": "string",
            "Message": "string",
            "Status": "string",
            "TemplateConfig": "string",
            "TemplateId": "string",
            "UserData": "string",
            "VideoId": "string",
        },
    ),
}
GetAIImageJobsResponse._XML_SHAPE = _XML_GetAIImageJobsResponse
