"""Errors the Alibaba Cloud RPC gateway can return for any operation of any product.

These come from the protocol, not from a product's metadata (which documents only its
own errors), so every imported service file lists them.
"""

from __future__ import annotations

from typing import Any


def _error(
    code: str, status: int, message: str, zh: str, en: str, retryable: bool = False
) -> dict[str, Any]:
    entry: dict[str, Any] = {"code": code, "http_status": status}
    if retryable:
        entry["retryable"] = True
    entry["message"] = message
    entry["description"] = {"zh": zh, "en": en}
    return entry


GATEWAY_ERRORS: tuple[dict[str, Any], ...] = (
    _error(
        "MissingParameter",
        400,
        'The input parameter "{parameter}" that is mandatory for processing this'
        " request is not supplied.",
        "缺少必选参数。",
        "A required parameter is missing.",
    ),
    _error(
        "InvalidParameter",
        400,
        'The specified parameter "{parameter}" is not valid.',
        "参数取值不合法。",
        "A parameter value is not valid.",
    ),
    _error(
        "SignatureDoesNotMatch",
        400,
        "Specified signature is not matched with our calculation.",
        "签名不匹配，请检查AccessKey Secret与签名算法。",
        "The signature does not match; check the AccessKey secret and the signing"
        " algorithm.",
    ),
    _error(
        "IncompleteSignature",
        400,
        "The request signature does not conform to Aliyun standards.",
        "签名信息不完整。",
        "The signature information is incomplete.",
    ),
    _error(
        "InvalidAccessKeyId.NotFound",
        404,
        "Specified access key is not found.",
        "AccessKey ID不存在。",
        "The AccessKey ID does not exist.",
    ),
    _error(
        "SignatureNonceUsed",
        400,
        "Specified signature nonce was used already.",
        "签名随机数已被使用，每个请求必须使用新的SignatureNonce。",
        "The signature nonce was used already; every request needs a new nonce.",
    ),
    _error(
        "InvalidTimeStamp.Expired",
        400,
        "Specified time stamp or date value is expired.",
        "时间戳与服务器时间相差超过15分钟。",
        "The timestamp differs from the server time by more than 15 minutes.",
    ),
    _error(
        "Forbidden.RAM",
        403,
        "User not authorized to operate on the specified resource.",
        "RAM用户未被授权执行该操作。",
        "The RAM user is not authorized to perform the operation.",
    ),
    _error(
        "Throttling",
        503,
        "Request was denied due to request throttling.",
        "请求被流控。",
        "The request was throttled.",
        retryable=True,
    ),
    _error(
        "Throttling.User",
        503,
        "Request was denied due to user flow control.",
        "用户级流控。",
        "The request was throttled for this user.",
        retryable=True,
    ),
    _error(
        "ServiceUnavailable",
        503,
        "The request has failed due to a temporary failure of the server.",
        "服务暂时不可用。",
        "The service is temporarily unavailable.",
        retryable=True,
    ),
    _error(
        "InternalError",
        500,
        "The request processing has failed due to some unknown error, exception or"
        " failure.",
        "服务内部错误。",
        "An internal error occurred in the service.",
        retryable=True,
    ),
)


def gateway_status(code: str) -> int | None:
    for entry in GATEWAY_ERRORS:
        if entry["code"] == code:
            status: int = entry["http_status"]
            return status
    return None
