"""Members decoded on first read (JSON carried in strings) give exactly what decoding
them at once gives, and an unread model behaves as a read one."""

from __future__ import annotations

import copy
import json
import pickle

from generated.vod.models import (
    AIImageJob,
    AIImageResultItem,
    GetAIImageJobsResponse,
    UserData,
)


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
    assert read.user_data is not None and read.ai_image_result is not None
    for other in (unread, copied, pickled):
        assert other == read
        assert other.to_dict() == read.to_dict()
        assert repr(other) == repr(read)
        assert other.user_data == read.user_data


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
