"""Clients of ApsaraVideo VOD (vod 2017-03-21).

``VodClient`` calls the service synchronously and
``AsyncVodClient`` with ``await``; both sign every attempt afresh,
retry throttling and server errors, and close their connections as context managers.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from ._runtime.client import ServiceInfo
from ._runtime.rpc_client import AsyncRpcClient, RpcClient
from ._runtime.model import JsonValue

if TYPE_CHECKING:
    from . import models
    from ._runtime.deadline import Deadline

__all__ = ["AsyncVodClient", "VodClient", "SERVICE"]

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
        from .operations import get_ai_image_jobs as operation

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
        from .operations import get_ai_image_jobs as operation
        from ._runtime.waiting import wait_until
        from .waiters import AI_IMAGE_JOBS_COMPLETE as waiter

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return wait_until(self, waiter, operation.OPERATION, request, deadline)


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
        from .operations import get_ai_image_jobs as operation

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
        from .operations import get_ai_image_jobs as operation
        from ._runtime.waiting import async_wait_until
        from .waiters import AI_IMAGE_JOBS_COMPLETE as waiter

        request = operation.GetAIImageJobsRequest(
            job_ids=job_ids,
        )
        return await async_wait_until(
            self, waiter, operation.OPERATION, request, deadline
        )
