"""Alibaba RPC binding of ListAppInfo: action ListAppInfo.

Generated from spec/vod/2017-03-21/operations/ListAppInfo.yaml; do not edit.
"""

from __future__ import annotations

from .._runtime import rpc_params as _q
from .._runtime.errors import Violation
from .._runtime.client import OperationInfo
from ..models.list_app_info import (
    _XML_ListAppInfoResponse,
    ListAppInfoRequest,
    ListAppInfoResponse,
)
from ..validators.list_app_info import validate_request, validate_response

__all__ = ["OPERATION", "ListAppInfoRequest", "ListAppInfoResponse", "serialize"]


def serialize(request: ListAppInfoRequest) -> dict[str, str]:
    """The operation's query parameters (common and signature parameters are added later)."""
    params: dict[str, str] = {}
    v_status = request.status
    if v_status is not None:
        params["Status"] = _q.scalar_text(v_status)
    v_page_no = request.page_no
    if v_page_no is not None:
        params["PageNo"] = _q.scalar_text(v_page_no)
    v_page_size = request.page_size
    if v_page_size is not None:
        params["PageSize"] = _q.scalar_text(v_page_size)
    return params


def _validate_request(request: ListAppInfoRequest) -> list[Violation]:
    return validate_request(request.to_dict())


OPERATION: OperationInfo[ListAppInfoRequest, ListAppInfoResponse] = OperationInfo(
    action="ListAppInfo",
    method="POST",
    validate_request=_validate_request,
    serialize=serialize,
    answer_shape=_XML_ListAppInfoResponse,
    parse=ListAppInfoResponse.from_wire,
    validate_response=validate_response,
)
