"""Members decoded on first read (dates, JSON carried in strings) give exactly what
decoding them at once gives, whatever the order they are read in."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import datetime

import pytest

from generated.cs.models import DescribeClusterDetailResponse
from generated.vod._runtime import model as _m
from generated.vod.models import (
    AIImageJob,
    AIImageResultItem,
    GetAIImageJobsResponse,
    UserData,
)

DATES = [
    "2020-10-15T03:30:03Z",
    "2020-10-15t03:30:03z",
    "2020-10-15T03:30:03.123456Z",
    "2020-10-15T11:30:03+08:00",
    "2020-10-15T03:30:03",  # naive: taken as UTC
    "2017-12-10T04:04Z",  # ECS's documented form, minutes only
    "",  # no value
]


@pytest.mark.parametrize("text", DATES)
def test_a_lazy_date_reads_as_the_eager_decoder_gives(text: str) -> None:
    eager = _m.as_date_time(text, "/CreationTime", None)
    job = AIImageJob.from_wire({"CreationTime": text})
    assert job.creation_time == eager
    assert job.creation_time is job.creation_time, "decoded once, then kept"
    if eager is not None:
        assert isinstance(job.creation_time, datetime)
        assert job.creation_time.utcoffset() is not None


def test_an_unread_lazy_model_compares_copies_and_pickles_as_a_read_one() -> None:
    wire = {
        "JobId": "j",
        "CreationTime": "2020-10-15T11:30:03+08:00",
        "UserData": '{"Extend": {"k": 1}}',
        "AIImageResult": '[{"Score": 1.5, "Url": "u"}]',
    }
    unread = AIImageJob.from_wire(wire)
    copied = copy.copy(AIImageJob.from_wire(wire))
    pickled = pickle.loads(pickle.dumps(AIImageJob.from_wire(wire)))
    read = AIImageJob.from_wire(wire)
    assert read.creation_time is not None and read.user_data is not None
    for other in (unread, copied, pickled):
        assert other == read
        assert other.to_dict() == read.to_dict()
        assert repr(other) == repr(read)
    assert read.to_dict()["CreationTime"] == "2020-10-15T03:30:03Z"


def test_json_in_string_members_read_as_eager_decoding_gives() -> None:
    user_data = (
        '{"MessageCallback": {"CallbackURL": "https://e.com"}, "Extend": {"a": 1}}'
    )
    result = '[{"Score": 5.03, "Url": "http://x/1.gif"}, {"Score": 1, "Url": "u"}]'
    job = AIImageJob.from_wire({"UserData": user_data, "AIImageResult": result})
    assert job.user_data == UserData.from_wire(json.loads(user_data))
    assert job.ai_image_result == [
        AIImageResultItem.from_wire(item) for item in json.loads(result)
    ]
    assert job.ai_image_result is not None
    assert job.ai_image_result[1].score == 1.0
    assert isinstance(job.ai_image_result[1].score, float)


def test_json_and_xml_answers_give_the_same_lazy_values() -> None:
    body = {
        "RequestId": "R",
        "AIImageJobList": [
            {"JobId": str(index), "CreationTime": f"2020-10-{index + 10}T03:30:03Z"}
            for index in range(3)
        ],
    }
    xml = (
        "<GetAIImageJobsResponse><RequestId>R</RequestId>"
        + "".join(
            f"<AIImageJobList><JobId>{job['JobId']}</JobId>"
            f"<CreationTime>{job['CreationTime']}</CreationTime></AIImageJobList>"
            for job in body["AIImageJobList"]  # type: ignore[union-attr]
        )
        + "</GetAIImageJobsResponse>"
    )
    from_json = GetAIImageJobsResponse.from_json(json.dumps(body))
    from_xml = GetAIImageJobsResponse.from_xml(xml)
    assert [job.creation_time for job in from_xml.ai_image_job_list] == [
        _m.as_date_time(job["CreationTime"], "", None)
        for job in body["AIImageJobList"]  # type: ignore[union-attr]
    ]
    assert from_json == from_xml


def test_assigning_a_lazy_date_replaces_it() -> None:
    job = AIImageJob.from_wire({"CreationTime": "not a date"})
    job.creation_time = None
    assert job.creation_time is None
    built = AIImageJob(creation_time=datetime(2020, 1, 1))
    assert built.creation_time == datetime(2020, 1, 1)


def test_an_roa_product_reads_its_lazy_dates_too() -> None:
    answer = DescribeClusterDetailResponse.from_dict(
        {"cluster_id": "c", "created": "2019-11-28T15:09:52+08:00"}
    )
    assert answer.created == _m.as_date_time("2019-11-28T15:09:52+08:00", "", None)
