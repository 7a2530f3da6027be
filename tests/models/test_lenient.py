"""Lenient parsing: ``parsing="lenient"`` keeps an answer whose fields do not all fit
the spec, each such field as sent, and lists them in ``parse_problems``; strict parsing
(the default) still refuses the answer, when the member holding the field is read. Sync and async, RPC (JSON and XML) and ROA.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from generated.cs import AsyncCsClient, CsClient
from generated.cs._mock import testing as cs_testing
from generated.cs._runtime.transport import HttpResponse as CsResponse
from generated.cs.errors import ConfigurationError
from generated.cs.errors import ResponseParseError as CsParseError
from generated.vod import AsyncVodClient, VodClient
from generated.vod._mock.testing import AsyncRecordingTransport, RecordingTransport
from generated.vod._runtime.lenient import ParseProblem
from generated.vod._runtime.transport import HttpResponse
from generated.vod.errors import ResponseParseError

KEYS: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "secret"}

VOD_BODY = {
    "RequestId": "R-1",
    "AIImageJobList": [
        {"JobId": 5, "CreationTime": "yesterday", "Status": "success"},
        "not an object",
        {"JobId": "j-3", "CreationTime": "2020-10-15T03:30:03Z", "Status": "queued"},
    ],
}
# In the order the parser meets them.
VOD_PROBLEMS = [
    ("/AIImageJobList/0/CreationTime", "'yesterday' is not a date-time", "yesterday"),
    ("/AIImageJobList/0/JobId", "expected string, got integer", 5),
    ("/AIImageJobList/1", "expected object, got string", "not an object"),
]


def _answer(body: object, content_type: str = "application/json") -> HttpResponse:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return HttpResponse(200, {"content-type": content_type}, data)


def _cs_answer(body: object) -> CsResponse:
    headers = {"content-type": "application/json"}
    return CsResponse(200, headers, json.dumps(body).encode())


def _check_vod(response: Any) -> None:
    jobs = response.ai_image_job_list
    assert [(p.path, p.message, p.raw) for p in response.parse_problems] == VOD_PROBLEMS
    assert all(isinstance(p, ParseProblem) for p in response.parse_problems)
    assert jobs[0].job_id == 5 and jobs[0].creation_time == "yesterday"
    assert jobs[0].status == "success"
    assert jobs[1] == "not an object"  # the item as sent, at its place
    assert jobs[2].job_id == "j-3" and jobs[2].creation_time.year == 2020
    assert jobs[2].status == "queued"  # an unknown enum value is no problem
    assert response.request_id == "R-1"


def test_strict_parsing_refuses_what_lenient_parsing_keeps() -> None:
    transport = RecordingTransport(_answer(VOD_BODY))
    with VodClient(**KEYS, transport=transport) as client:
        strict = client.get_ai_image_jobs(job_ids=["j"])
    assert strict.request_id == "R-1"
    # The list is decoded on its first read: strict parsing refuses it there.
    with pytest.raises(ResponseParseError) as caught:
        strict.ai_image_job_list
    assert caught.value.path == "/AIImageJobList/0/CreationTime"
    assert caught.value.request_id == "R-1"
    with VodClient(**KEYS, transport=transport, parsing="lenient") as client:
        response = client.get_ai_image_jobs(job_ids=["j"])
    _check_vod(response)


def test_eager_parsing_refuses_a_nested_misfit_in_the_call_itself() -> None:
    transport = RecordingTransport(_answer(VOD_BODY))
    with VodClient(**KEYS, transport=transport, parsing="eager") as client:
        with pytest.raises(ResponseParseError) as caught:
            client.get_ai_image_jobs(job_ids=["j"])
    assert caught.value.path == "/AIImageJobList/0/CreationTime"
    assert caught.value.request_id == "R-1"
    good = {"RequestId": "R-2", "AIImageJobList": [{"JobId": "j", "Status": "success"}]}

    async def call() -> Any:
        transport = AsyncRecordingTransport(_answer(good))
        async with AsyncVodClient(**KEYS, transport=transport, parsing="eager") as c:
            return await c.get_ai_image_jobs(job_ids=["j"])

    answered = asyncio.run(call())
    # Decoded during the call: nothing is left waiting for a first read.
    assert answered._ai_image_job_list__wire is None
    assert answered.ai_image_job_list[0].job_id == "j"


def test_lenient_parsing_async() -> None:
    async def call() -> Any:
        transport = AsyncRecordingTransport(_answer(VOD_BODY))
        async with AsyncVodClient(**KEYS, transport=transport, parsing="lenient") as c:
            return await c.get_ai_image_jobs(job_ids=["j"])

    _check_vod(asyncio.run(call()))


def test_a_fitting_answer_has_no_problems_and_xml_bad_values_are_kept() -> None:
    good = {"RequestId": "R-2", "AIImageJobList": [{"JobId": "j"}]}
    xml = (
        b"<GetAIImageJobsResponse><RequestId>R-3</RequestId><AIImageJobList>"
        b"<JobId>j</JobId><CreationTime>soon</CreationTime></AIImageJobList>"
        b"</GetAIImageJobsResponse>"
    )
    transport = RecordingTransport(_answer(good), _answer(xml, "text/xml"))
    with VodClient(**KEYS, transport=transport, parsing="lenient") as client:
        fitting = client.get_ai_image_jobs(job_ids=["j"])
    with VodClient(
        **KEYS, transport=transport, parsing="lenient", response_format="xml"
    ) as client:
        from_xml = client.get_ai_image_jobs(job_ids=["j"])
    assert fitting.parse_problems == ()
    assert [(p.path, p.raw) for p in from_xml.parse_problems] == [
        ("/AIImageJobList/0/CreationTime", "soon")
    ]
    assert from_xml.ai_image_job_list[0].creation_time == "soon"


def test_an_answer_that_is_not_an_object_is_refused_even_leniently() -> None:
    transport = RecordingTransport(_answer(["a list"]))
    with VodClient(**KEYS, transport=transport, parsing="lenient") as client:
        with pytest.raises(ResponseParseError):
            client.get_ai_image_jobs(job_ids=["j"])


def test_roa_lenient_sync_and_async() -> None:
    body = {"cluster_id": "c1", "size": "five", "created": 7, "tags": [{"key": 1}]}
    expected = [("/created", 7), ("/size", "five"), ("/tags/0/key", 1)]
    with CsClient(
        **KEYS, transport=cs_testing.RecordingTransport(_cs_answer(body))
    ) as client:
        with pytest.raises(CsParseError):
            client.describe_cluster_detail(cluster_id="c1")
    with CsClient(
        **KEYS,
        transport=cs_testing.RecordingTransport(_cs_answer(body)),
        parsing="lenient",
    ) as client:
        cluster = client.describe_cluster_detail(cluster_id="c1")
    assert sorted((p.path, p.raw) for p in cluster.parse_problems) == expected
    # Kept as sent, whatever the annotation says: that is what lenient parsing means.
    kept: Any = (cluster.size, cluster.created, cluster.tags[0].key)
    assert kept == ("five", 7, 1)

    async def call() -> Any:
        transport = cs_testing.AsyncRecordingTransport(_cs_answer(body))
        async with AsyncCsClient(**KEYS, transport=transport, parsing="lenient") as c:
            return await c.describe_cluster_detail(cluster_id="c1")

    answered = asyncio.run(call())
    assert sorted((p.path, p.raw) for p in answered.parse_problems) == expected


def test_an_unknown_parsing_mode_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="parsing must be one of strict"):
        CsClient(**KEYS, parsing="loose")  # type: ignore[arg-type]
