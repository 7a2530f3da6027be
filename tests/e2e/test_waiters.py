"""``wait_until_<state>`` against the offline server changing state over time (answer
sequences): success, failure, timeout, lists of jobs, sync and async."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from generated.vod import Deadline, errors
from generated.vod.mock import MockServer

from .conftest import (
    JOB_ID,
    AsyncSleepRecorder,
    SleepRecorder,
    make_async_client,
    make_client,
)

OTHER_JOB = "second-job"


def _jobs(*statuses: str) -> dict[str, Any]:
    ids = (JOB_ID, OTHER_JOB)
    return {
        "AIImageJobList": [
            {"JobId": ids[index], "Status": status}
            for index, status in enumerate(statuses)
        ]
    }


def test_waits_through_pending_states_until_success(server: MockServer) -> None:
    server.sequence(
        "GetAIImageJobs",
        [_jobs("processing"), _jobs("Processing"), _jobs("success")],
    )
    sleep = SleepRecorder()
    with make_client(server, sleep=sleep) as client:
        response = client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID])
    assert response.ai_image_job_list is not None
    assert response.ai_image_job_list[0].status == "success"
    assert len(server.requests) == 3
    # The spec's interval, between polls only.
    assert sleep.calls == [5.0, 5.0]
    assert response.raw is not None and response.raw.status == 200


def test_every_job_of_the_list_must_succeed(server: MockServer) -> None:
    server.sequence(
        "GetAIImageJobs",
        [_jobs("success", "processing"), _jobs("success", "success")],
    )
    with make_client(server) as client:
        client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID, OTHER_JOB])
    assert len(server.requests) == 2


def test_an_empty_list_is_not_success(server: MockServer) -> None:
    server.sequence("GetAIImageJobs", [{"AIImageJobList": []}, _jobs("success")])
    with make_client(server) as client:
        client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID])
    assert len(server.requests) == 2


def test_a_failure_status_raises_at_once(server: MockServer) -> None:
    server.sequence(
        "GetAIImageJobs",
        [_jobs("processing", "processing"), _jobs("success", "fail"), _jobs("success")],
    )
    with make_client(server) as client:
        with pytest.raises(errors.WaiterFailedError) as caught:
            client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID, OTHER_JOB])
    error = caught.value
    assert isinstance(error, errors.WaiterError) and isinstance(error, errors.ApiError)
    assert error.status == ("success", "fail")
    assert error.waiter == "AIImageJobsComplete" and error.action == "GetAIImageJobs"
    assert error.polls == 2
    assert error.request_id == server.requests[-1].request_id
    assert error.request_id is not None and error.request_id in str(error)
    assert len(server.requests) == 2
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.status, copied.request_id) == (error.status, error.request_id)


def test_a_wait_that_would_pass_its_deadline_raises_a_timeout(
    server: MockServer,
) -> None:
    server.sequence("GetAIImageJobs", [_jobs("processing")] * 3)
    sleep = SleepRecorder()
    with make_client(server, sleep=sleep) as client:
        with pytest.raises(errors.WaiterTimeoutError) as caught:
            # The 5-second interval does not fit in a 1-second deadline.
            client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID], deadline=1)
    assert caught.value.status == ("processing",)
    assert caught.value.polls == 1 and sleep.calls == []
    with make_client(server) as client:
        with pytest.raises(errors.WaiterTimeoutError):
            client.wait_until_ai_image_jobs_complete(
                job_ids=[JOB_ID], deadline=Deadline(4.9)
            )


def test_a_poll_never_outlives_the_wait(server: MockServer) -> None:
    server.delay(3.0)
    with make_client(server) as client:
        with pytest.raises(errors.TransportTimeoutError):
            client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID], deadline=0.3)


def test_arguments_are_checked_before_the_first_poll(server: MockServer) -> None:
    with make_client(server) as client:
        with pytest.raises(errors.RequestValidationError):
            client.wait_until_ai_image_jobs_complete(job_ids=[])
    assert server.requests == []


@pytest.mark.asyncio
async def test_async_waiter(server: MockServer) -> None:
    server.sequence(
        "GetAIImageJobs", [_jobs("processing"), _jobs("success"), _jobs("processing")]
    )
    sleep = AsyncSleepRecorder()
    async with make_async_client(server, sleep=sleep) as client:
        response = await client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID])
        assert response.ai_image_job_list is not None
        assert response.ai_image_job_list[0].status == "success"
        assert sleep.calls == [5.0]
        server.clear_sequences()
        server.sequence("GetAIImageJobs", [_jobs("fail")])
        with pytest.raises(errors.WaiterFailedError):
            await client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID])
        server.sequence("GetAIImageJobs", [_jobs("processing")])
        with pytest.raises(errors.WaiterTimeoutError):
            await client.wait_until_ai_image_jobs_complete(job_ids=[JOB_ID], deadline=1)
