"""Waiters of ApsaraVideo VOD (vod 2017-03-21): what each
``wait_until_<state>`` client method polls for.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from ._runtime.waiting import WaiterInfo

__all__ = [
    "AI_IMAGE_JOBS_COMPLETE",
]


AI_IMAGE_JOBS_COMPLETE = WaiterInfo(
    name="AIImageJobsComplete",
    path=(
        "ai_image_job_list",
        "*",
        "status",
    ),
    success=frozenset(("success",)),
    failure=frozenset(("fail",)),
    interval=5.0,
    max_wait=600.0,
)
