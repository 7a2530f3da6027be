"""The offline server answering one operation with a queued sequence of answers, from
Python (``server.sequence``) and over its HTTP control (``POST /_mock/sequence``)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from generated.cs import CsClient
from generated.cs.mock import MockServer as CsMockServer
from generated.vod.mock import MockServer

from .conftest import ACCESS_KEY_ID, ACCESS_KEY_SECRET, JOB_ID, make_client


def _job(status: str) -> dict[str, Any]:
    return {"AIImageJobList": [{"JobId": JOB_ID, "Status": status}]}


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_answers_come_in_order_then_the_example(
    server: MockServer, response_format: str
) -> None:
    server.sequence("GetAIImageJobs", [_job("processing"), _job("success")])
    assert server.pending_answers == {"GetAIImageJobs": 2}
    seen = []
    with make_client(server, response_format=response_format) as client:
        for _ in range(3):
            response = client.get_ai_image_jobs(job_ids=[JOB_ID])
            assert response.ai_image_job_list is not None
            job = response.ai_image_job_list[0]
            seen.append((job.status, job.video_id))
            # Every answer carries a fresh request id, the one in its header.
            assert response.request_id == server.requests[-1].request_id
    assert [status for status, _ in seen] == ["processing", "success", "success"]
    # The queued answers hold only what was given; the example answers after them.
    assert seen[0][1] is None and seen[2][1] is not None
    assert server.pending_answers == {}


def test_a_fault_does_not_use_up_an_answer(server: MockServer) -> None:
    server.sequence("GetAIImageJobs", [_job("processing")])
    server.throttle(1)
    with make_client(server) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert response.ai_image_job_list is not None
    assert response.ai_image_job_list[0].status == "processing"
    assert [r.status for r in server.requests] == [503, 200]


def test_bad_sequences_are_refused(server: MockServer) -> None:
    with pytest.raises(ValueError, match="known: GetAIImageJobs"):
        server.sequence("GetAiImageJobs", [_job("x")])
    with pytest.raises(ValueError, match="at least one"):
        server.sequence("GetAIImageJobs", [])
    with pytest.raises(ValueError, match="list of answers"):
        server.sequence("GetAIImageJobs", _job("x"))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not JSON"):
        server.sequence("GetAIImageJobs", [{"when": object()}])
    assert server.pending_answers == {}


def test_http_control_uses_the_same_names() -> None:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET, control=True
    ) as server:
        url = f"{server.endpoint}/_mock/sequence"
        queued = httpx.post(
            url,
            json={"operation": "GetAIImageJobs", "answers": [_job("processing")]},
        )
        assert queued.status_code == 200
        assert queued.json() == {"pending": {"GetAIImageJobs": 1}}
        for wrong, problem in (
            ({"operation": "GetAIImageJobs"}, "missing field 'answers'"),
            (
                {"op": "x", "answers": []},
                "unknown field op (known: operation, answers)",
            ),
            ({"operation": "Nope", "answers": [{}]}, "unknown operation 'Nope'"),
            ([1], "expected"),
        ):
            refused = httpx.post(url, content=json.dumps(wrong))
            assert refused.status_code == 400
            assert problem in refused.json()["error"]
        with make_client(server) as client:
            response = client.get_ai_image_jobs(job_ids=[JOB_ID])
        assert response.ai_image_job_list is not None
        assert response.ai_image_job_list[0].status == "processing"
        server.sequence("GetAIImageJobs", [_job("x")])
        cleared = httpx.delete(url)
        assert cleared.json() == {"pending": {}} and server.pending_answers == {}


def test_roa_sequences() -> None:
    with CsMockServer(access_key_id="id", access_key_secret="secret") as server:
        server.sequence(
            "DescribeClusterDetail", [{"name": "first"}, {"name": "second"}]
        )
        with CsClient(
            access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
        ) as client:
            names = [
                client.describe_cluster_detail(cluster_id="c1").name for _ in range(3)
            ]
    assert names == ["first", "second", "cluster-demo"]
