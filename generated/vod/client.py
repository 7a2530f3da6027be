"""Clients of ApsaraVideo VOD (vod 2017-03-21).

``VodClient`` calls the service synchronously and
``AsyncVodClient`` with ``await``; both sign every attempt afresh,
retry throttling and server errors, and close their connections as context managers.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from ._runtime.client import ServiceInfo
from ._runtime.rpc_client import AsyncRpcClient, RpcClient
from ._runtime.model import JsonValue
from ._runtime import pagination as _pagination
from ._runtime.pagination import PagingInfo

if TYPE_CHECKING:
    from . import models
    from ._runtime.deadline import Deadline

__all__ = ["AsyncVodClient", "VodClient", "SERVICE"]

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
    product="vod",
    api_version="2017-03-21",
    global_endpoint="vod.aliyuncs.com",
    regional_endpoint="vod.{region_id}.aliyuncs.com",
    logger_name="generated.vod",
    regions=(
        "ap-northeast-1",
        "ap-south-1",
        "ap-southeast-1",
        "ap-southeast-5",
        "cn-beijing",
        "cn-hongkong",
        "cn-shanghai",
        "cn-shenzhen",
        "eu-central-1",
        "me-central-1",
    ),
    region_hosts=(),
    vpc_endpoint=None,
    retryable_codes={
        "InternalError": True,
        "ServiceUnavailable": True,
        "Throttling": True,
        "Throttling.User": True,
    },
)

_PAGING_LIST_APP_INFO = PagingInfo(
    action="ListAppInfo",
    style="page_number",
    page_size="page_size",
    page_number="page_no",
    total_count=("total",),
    items=("app_info_list",),
    default_page_size=10,
)


class VodClient(RpcClient):
    """ApsaraVideo VOD API 2017-03-21.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``vod.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``vod.aliyuncs.com``.
    """

    SERVICE = SERVICE

    def get_ai_image_jobs(
        self,
        *,
        job_ids: Sequence[str] | str,
    ) -> models.GetAIImageJobsResponse:
        """Query AI image jobs (查询AI图片任务列表).

        Calls GetAIImageJobs to query a list of AI image jobs.

        Args:
            job_ids: The job IDs. Separate multiple IDs with commas (,). At most 10 IDs are supported.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import get_ai_image_jobs as operation
        else:
            operation = _operation("get_ai_image_jobs")

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return self._invoke(operation.OPERATION, request)

    def wait_until_ai_image_jobs_complete(
        self,
        *,
        job_ids: Sequence[str] | str,
        deadline: Deadline | float | None = None,
    ) -> models.GetAIImageJobsResponse:
        """Call get_ai_image_jobs every 5 s until AIImageJobList.*.Status is success (every one of them, for a list).

        Waits until every AI image job has succeeded; stops as soon as one has failed.

        等待所有AI图片任务完成：任一任务失败即停止等待。

        Failure values: fail. ``deadline``: a Deadline or seconds from now (default 600 s); every poll ends by it too.

        Returns the response that satisfied the waiter.

        Raises:
            WaiterFailedError: the status reached a failure value.
            WaiterTimeoutError: the deadline came first.
            ApiError: a poll failed as the operation's call does.
        """
        if TYPE_CHECKING:
            from .operations import get_ai_image_jobs as operation
        else:
            operation = _operation("get_ai_image_jobs")
        from ._runtime.waiting import wait_until
        from .waiters import AI_IMAGE_JOBS_COMPLETE as waiter

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return wait_until(self, waiter, operation.OPERATION, request, deadline)

    def list_app_info(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> models.ListAppInfoResponse:
        """List applications (获取应用信息列表).

        Lists the applications the caller has access to, one page at a time.

        Args:
            status: List only the applications in this status.
            page_no: The page to return, counted from 1. Default 1. Default: ``1``, sent unless ``None`` is given.
            page_size: How many applications a page holds. Default 10, at most 100. Default: ``10``, sent unless ``None`` is given.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import list_app_info as operation
        else:
            operation = _operation("list_app_info")

        request = operation.ListAppInfoRequest(
            status=status,
            page_no=page_no,
            page_size=page_size,
        )
        return self._invoke(operation.OPERATION, request)

    def list_app_info_pages(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> Iterator[models.ListAppInfoResponse]:
        """Every page of ListAppInfo: each page's answer, in order.

        Takes the arguments of ``list_app_info``; nothing is sent until the first item is asked for. Pages are numbered from ``page_no`` (1 when not given); the walk ends on a page with no items, a page shorter than ``page_size``, or once the pages reach ``total``.

        Raises:
            PaginationError: the service repeated a page token (asking again would repeat
                pages forever), or a page-numbered walk without an item list was given no
                page size.
            RequestValidationError, ServiceError, TransportError, ResponseParseError: as the
                operation's own method raises them, for whichever page.
        """
        return _pagination.pages(
            self.list_app_info,
            {
                "status": status,
                "page_no": page_no,
                "page_size": page_size,
            },
            _PAGING_LIST_APP_INFO,
        )

    def list_app_info_items(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> Iterator[models.AppInfo]:
        """Every item of ListAppInfo's ``app_info_list``, page after page.

        Takes the arguments of ``list_app_info``; nothing is sent until the first item is asked for. Pages are numbered from ``page_no`` (1 when not given); the walk ends on a page with no items, a page shorter than ``page_size``, or once the pages reach ``total``.

        Raises:
            PaginationError: the service repeated a page token (asking again would repeat
                pages forever), or a page-numbered walk without an item list was given no
                page size.
            RequestValidationError, ServiceError, TransportError, ResponseParseError: as the
                operation's own method raises them, for whichever page.
        """
        return _pagination.item_pages(
            self.list_app_info,
            {
                "status": status,
                "page_no": page_no,
                "page_size": page_size,
            },
            _PAGING_LIST_APP_INFO,
        )


class AsyncVodClient(AsyncRpcClient):
    """ApsaraVideo VOD API 2017-03-21, with await.

    Credentials come from the arguments, a ``credentials_provider`` callable, or the
    default chain (``ALIBABA_CLOUD_ACCESS_KEY_ID`` / ``ALIBABA_CLOUD_ACCESS_KEY_SECRET`` /
    ``ALIBABA_CLOUD_SECURITY_TOKEN``, then roles and profiles: see ``credentials``). The endpoint is ``endpoint``,
    else ``vod.{region_id}.aliyuncs.com`` for ``region_id``, else
    ``vod.aliyuncs.com``.
    """

    SERVICE = SERVICE

    async def get_ai_image_jobs(
        self,
        *,
        job_ids: Sequence[str] | str,
    ) -> models.GetAIImageJobsResponse:
        """Query AI image jobs (查询AI图片任务列表).

        Calls GetAIImageJobs to query a list of AI image jobs.

        Args:
            job_ids: The job IDs. Separate multiple IDs with commas (,). At most 10 IDs are supported.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import get_ai_image_jobs as operation
        else:
            operation = _operation("get_ai_image_jobs")

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return await self._invoke(operation.OPERATION, request)

    async def wait_until_ai_image_jobs_complete(
        self,
        *,
        job_ids: Sequence[str] | str,
        deadline: Deadline | float | None = None,
    ) -> models.GetAIImageJobsResponse:
        """Call get_ai_image_jobs every 5 s until AIImageJobList.*.Status is success (every one of them, for a list).

        Waits until every AI image job has succeeded; stops as soon as one has failed.

        等待所有AI图片任务完成：任一任务失败即停止等待。

        Failure values: fail. ``deadline``: a Deadline or seconds from now (default 600 s); every poll ends by it too.

        Returns the response that satisfied the waiter.

        Raises:
            WaiterFailedError: the status reached a failure value.
            WaiterTimeoutError: the deadline came first.
            ApiError: a poll failed as the operation's call does.
        """
        if TYPE_CHECKING:
            from .operations import get_ai_image_jobs as operation
        else:
            operation = _operation("get_ai_image_jobs")
        from ._runtime.waiting import async_wait_until
        from .waiters import AI_IMAGE_JOBS_COMPLETE as waiter

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return await async_wait_until(
            self, waiter, operation.OPERATION, request, deadline
        )

    async def list_app_info(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> models.ListAppInfoResponse:
        """List applications (获取应用信息列表).

        Lists the applications the caller has access to, one page at a time.

        Args:
            status: List only the applications in this status.
            page_no: The page to return, counted from 1. Default 1. Default: ``1``, sent unless ``None`` is given.
            page_size: How many applications a page holds. Default 10, at most 100. Default: ``10``, sent unless ``None`` is given.

        Raises:
            RequestValidationError: an argument breaks a documented rule; nothing is sent.
            ServiceError: the service answered with an error (``code``, ``request_id``).
            TransportError: the service could not be reached after every retry.
            ResponseParseError: the answer was not the documented shape.
        """
        if TYPE_CHECKING:
            from .operations import list_app_info as operation
        else:
            operation = _operation("list_app_info")

        request = operation.ListAppInfoRequest(
            status=status,
            page_no=page_no,
            page_size=page_size,
        )
        return await self._invoke(operation.OPERATION, request)

    def list_app_info_pages(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> AsyncIterator[models.ListAppInfoResponse]:
        """Every page of ListAppInfo: each page's answer, in order.

        Takes the arguments of ``list_app_info``; nothing is sent until the first item is asked for. Pages are numbered from ``page_no`` (1 when not given); the walk ends on a page with no items, a page shorter than ``page_size``, or once the pages reach ``total``.

        Raises:
            PaginationError: the service repeated a page token (asking again would repeat
                pages forever), or a page-numbered walk without an item list was given no
                page size.
            RequestValidationError, ServiceError, TransportError, ResponseParseError: as the
                operation's own method raises them, for whichever page.
        """
        return _pagination.pages_async(
            self.list_app_info,
            {
                "status": status,
                "page_no": page_no,
                "page_size": page_size,
            },
            _PAGING_LIST_APP_INFO,
        )

    def list_app_info_items(
        self,
        *,
        status: models.AppStatus | Literal["Normal", "Disable"] | None = None,
        page_no: int | None = 1,
        page_size: int | None = 10,
    ) -> AsyncIterator[models.AppInfo]:
        """Every item of ListAppInfo's ``app_info_list``, page after page.

        Takes the arguments of ``list_app_info``; nothing is sent until the first item is asked for. Pages are numbered from ``page_no`` (1 when not given); the walk ends on a page with no items, a page shorter than ``page_size``, or once the pages reach ``total``.

        Raises:
            PaginationError: the service repeated a page token (asking again would repeat
                pages forever), or a page-numbered walk without an item list was given no
                page size.
            RequestValidationError, ServiceError, TransportError, ResponseParseError: as the
                operation's own method raises them, for whichever page.
        """
        return _pagination.item_pages_async(
            self.list_app_info,
            {
                "status": status,
                "page_no": page_no,
                "page_size": page_size,
            },
            _PAGING_LIST_APP_INFO,
        )
