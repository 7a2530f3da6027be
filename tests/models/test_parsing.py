"""Generated models: the documented examples, and the variants real servers send."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from generated.vod import errors, models
from generated.vod._runtime.xml_decode import decode_xml
from generated.vod.models import (
    AIImageJob,
    AIImageJobStatus,
    AIImageResultItem,
    GetAIImageJobsRequest,
    GetAIImageJobsResponse,
    UserData,
)

JOB_XML = """<AIImageJobList>
  <Status>{status}</Status>
  <JobId>{job_id}</JobId>
  <UserData>{{"Extend":{{"n":1}}}}</UserData>
  <CreationTime>2020-10-15T03:30:03Z</CreationTime>
</AIImageJobList>"""


def xml_response(*jobs: str, request_id: str = "REQ-X") -> str:
    return (
        f"<GetAIImageJobsResponse><RequestId>{request_id}</RequestId>"
        + "".join(jobs)
        + "</GetAIImageJobsResponse>"
    )


def test_documented_json_round_trips_exactly(documented_json: str) -> None:
    response = GetAIImageJobsResponse.from_json(documented_json)
    assert response.to_dict() == json.loads(documented_json)
    assert GetAIImageJobsResponse.from_json(documented_json.encode()) == response


def test_documented_xml_equals_documented_json(
    documented_json: str, documented_xml: str
) -> None:
    from_xml = GetAIImageJobsResponse.from_xml(documented_xml)
    assert from_xml == GetAIImageJobsResponse.from_json(documented_json)
    assert from_xml.to_dict() == json.loads(documented_json)


def test_fields_have_their_declared_types(documented_json: str) -> None:
    job = GetAIImageJobsResponse.from_json(documented_json).ai_image_job_list[0]
    assert job.status is AIImageJobStatus.SUCCESS
    assert job.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert job.creation_time is not None and job.creation_time.utcoffset() == timedelta(
        0
    )
    assert job.ai_image_result == [
        AIImageResultItem(
            score=5.035636554444242,
            url="http://outin-*****.oss-cn-shanghai.aliyuncs.com/357a8748c577*****789d2726e6436aa/image/ai/b0a7612554d*****5cbe3-00001.gif",
        )
    ]
    assert isinstance(job.ai_image_result[0].score, float)
    assert job.template_config == {"Format": "gif", "SetDefaultCover": "true"}
    assert job.user_data == UserData(extend={"localId": "****", "test": "www"})
    assert job.user_data_raw == '{"Extend":{"localId":"****","test":"www"}}'
    assert job.template_config_raw == '{"Format":"gif","SetDefaultCover":"true"}'


def test_unknown_enum_values_are_kept_as_text() -> None:
    body = {"RequestId": "R", "AIImageJobList": [{"Status": "processing"}]}
    job = GetAIImageJobsResponse.from_json(json.dumps(body)).ai_image_job_list[0]
    assert job.status == "processing" and not isinstance(job.status, AIImageJobStatus)
    assert GetAIImageJobsResponse.from_json(json.dumps(body)).to_dict() == body


def test_several_jobs_in_json_and_xml() -> None:
    jobs = [
        JOB_XML.format(status=s, job_id=f"job-{n}")
        for n, s in enumerate(["success", "fail", "new"])
    ]
    from_xml = GetAIImageJobsResponse.from_xml(xml_response(*jobs))
    assert [job.job_id for job in from_xml.ai_image_job_list] == [
        "job-0",
        "job-1",
        "job-2",
    ]
    assert [job.status for job in from_xml.ai_image_job_list] == [
        AIImageJobStatus.SUCCESS,
        AIImageJobStatus.FAIL,
        "new",
    ]
    as_json = json.dumps(from_xml.to_dict())
    assert GetAIImageJobsResponse.from_json(as_json) == from_xml


def test_one_job_in_xml_is_still_a_list_of_one() -> None:
    response = GetAIImageJobsResponse.from_xml(
        xml_response(JOB_XML.format(status="success", job_id="only"))
    )
    assert isinstance(response.ai_image_job_list, list)
    assert [job.job_id for job in response.ai_image_job_list] == ["only"]
    assert response.ai_image_job_list[0].user_data == UserData(extend={"n": 1})


def test_zero_jobs_is_an_empty_list() -> None:
    assert GetAIImageJobsResponse.from_xml(xml_response()).ai_image_job_list == []
    assert (
        GetAIImageJobsResponse.from_json('{"RequestId": "R"}').ai_image_job_list == []
    )
    empty = GetAIImageJobsResponse.from_json('{"RequestId": "R", "AIImageJobList": []}')
    assert empty.ai_image_job_list == [] and empty.request_id == "R"


def test_missing_optional_fields_are_none() -> None:
    job = GetAIImageJobsResponse.from_json(
        '{"AIImageJobList": [{"JobId": "j"}]}'
    ).ai_image_job_list[0]
    assert job.job_id == "j"
    assert (job.status, job.creation_time, job.user_data, job.user_data_raw) == (
        None,
        None,
        None,
        None,
    )
    assert job.ai_image_result is None and job.template_config is None


def test_unknown_fields_are_ignored() -> None:
    body = {
        "RequestId": "R",
        "NewTopLevel": {"x": 1},
        "AIImageJobList": [{"JobId": "j", "FutureField": [1, 2]}],
    }
    response = GetAIImageJobsResponse.from_json(json.dumps(body))
    assert response.ai_image_job_list[0].job_id == "j"
    xml = xml_response(
        "<AIImageJobList><JobId>j</JobId><Future><A>1</A></Future></AIImageJobList><Other>1</Other>"
    )
    assert GetAIImageJobsResponse.from_xml(xml).ai_image_job_list[0].job_id == "j"


def test_broken_inner_json_keeps_the_raw_text() -> None:
    body = {
        "RequestId": "R",
        "AIImageJobList": [
            {
                "JobId": "j",
                "UserData": "{not json",
                "AIImageResult": '{"Score": "high"}',
                "TemplateConfig": "",
            }
        ],
    }
    job = GetAIImageJobsResponse.from_json(json.dumps(body)).ai_image_job_list[0]
    assert job.user_data is None and job.user_data_raw == "{not json"
    assert job.ai_image_result is None, "JSON of the wrong shape decodes to None"
    assert job.ai_image_result_raw == '{"Score": "high"}'
    assert job.template_config is None and job.template_config_raw == ""


@pytest.mark.parametrize(
    ("job", "path"),
    [
        ({"JobId": {"nested": True}}, "/AIImageJobList/0/JobId"),
        ({"Status": 3}, "/AIImageJobList/0/Status"),
        ({"UserData": {"Extend": {}}}, "/AIImageJobList/0/UserData"),
        ({"CreationTime": "yesterday"}, "/AIImageJobList/0/CreationTime"),
        ("not an object", "/AIImageJobList/0"),
    ],
)
def test_wrong_kinds_raise_with_path_and_request_id(job: object, path: str) -> None:
    body = {"RequestId": "REQ-W", "AIImageJobList": [{"JobId": "ok"}, job][1:]}
    response = GetAIImageJobsResponse.from_json(json.dumps(body))
    # The list is decoded on its first read, and refused there.
    with pytest.raises(errors.ResponseParseError) as caught:
        response.ai_image_job_list
    assert caught.value.path == path
    assert caught.value.request_id == "REQ-W"
    assert path in str(caught.value) and "REQ-W" in str(caught.value)


def test_a_list_where_an_object_list_is_expected() -> None:
    response = GetAIImageJobsResponse.from_json(
        '{"RequestId": "R", "AIImageJobList": {"JobId": "j"}}'
    )
    with pytest.raises(errors.ResponseParseError) as caught:
        response.ai_image_job_list
    assert caught.value.path == "/AIImageJobList"
    with pytest.raises(errors.ResponseParseError):
        response.ai_image_job_list  # a refused member stays refused on every read


def test_non_ascii_text_survives_json_and_xml() -> None:
    message = "转码失败：源文件损坏 ✓"
    from_json = GetAIImageJobsResponse.from_json(
        json.dumps(
            {"RequestId": "R", "AIImageJobList": [{"Message": message}]},
            ensure_ascii=False,
        ).encode()
    )
    from_xml = GetAIImageJobsResponse.from_xml(
        xml_response(
            f"<AIImageJobList><Message>{message}</Message></AIImageJobList>",
            request_id="R",
        ).encode()
    )
    assert from_json.ai_image_job_list[0].message == message
    assert from_xml == from_json


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<GetAIImageJobsResponse><RequestId>&lol9;</RequestId></GetAIImageJobsResponse>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<GetAIImageJobsResponse><RequestId>&secret;</RequestId></GetAIImageJobsResponse>"""


# The same attacks in encodings where ``<!DOCTYPE`` is not those bytes: they are read
# by defusedxml, which refuses them, not by the C parser UTF-8 documents get.
HOSTILE_XML: list[bytes | str] = [
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    BILLION_LAUGHS.replace('"1.0"', '"1.0" encoding="UTF-16"').encode("utf-16"),
    EXTERNAL_ENTITY.replace('"1.0"', '"1.0" encoding="UTF-16"').encode("utf-16-le"),
    EXTERNAL_ENTITY.replace('"1.0"', '"1.0" encoding="UTF-16BE"').encode("utf-16-be"),
    EXTERNAL_ENTITY.replace('"1.0"', "'1.0' encoding = 'ISO-8859-1'").encode(),
    "\ufeff" + EXTERNAL_ENTITY,
]


@pytest.mark.parametrize("body", HOSTILE_XML)
def test_hostile_xml_is_refused(body: bytes | str) -> None:
    with pytest.raises(
        errors.ResponseParseError, match="XML response refused"
    ) as caught:
        GetAIImageJobsResponse.from_xml(body)
    assert "root:" not in str(caught.value)


def test_only_utf8_documents_without_a_dtd_skip_defusedxml() -> None:
    from generated.vod._runtime.xml_decode import _plain_utf8

    assert _plain_utf8(b'<?xml version="1.0" encoding="UTF-8"?><R/>')
    assert _plain_utf8(b"\xef\xbb\xbf<R>\xe8\xbd\xac</R>")
    for body in HOSTILE_XML:
        data = body.encode("utf-8") if isinstance(body, str) else body
        assert not _plain_utf8(data)
    assert not _plain_utf8(b"<?xml version='1.0' encoding=latin-1?><R/>")


def test_xml_in_utf16_without_a_dtd_still_parses() -> None:
    body = xml_response(
        "<AIImageJobList><JobId>j</JobId></AIImageJobList>", request_id="R-16"
    )
    declared = '<?xml version="1.0" encoding="UTF-16"?>' + body
    parsed = GetAIImageJobsResponse.from_xml(declared.encode("utf-16"))
    assert parsed.request_id == "R-16"
    assert parsed.ai_image_job_list[0].job_id == "j"


@pytest.mark.parametrize("body", ["", "<unclosed>", "not xml at all", '{"json": true}'])
def test_broken_xml_raises_a_parse_error(body: str) -> None:
    with pytest.raises(errors.ResponseParseError, match="not valid XML"):
        GetAIImageJobsResponse.from_xml(body)


def test_xml_scalars_follow_declared_types() -> None:
    shape = {"N": "integer", "F": "number", "B": "boolean", "L": ("list", "integer")}
    data = decode_xml(
        "<R><N> 42 </N><F>2.5</F><B>True</B><L>1</L><L>2</L><Extra>x</Extra></R>", shape
    )
    assert data == {"N": 42, "F": 2.5, "B": True, "L": [1, 2]}
    with pytest.raises(errors.ResponseParseError) as caught:
        decode_xml("<R><RequestId>R9</RequestId><L>1</L><L>two</L></R>", shape)
    assert caught.value.path == "/L/1" and caught.value.request_id == "R9"
    with pytest.raises(errors.ResponseParseError, match="true or false"):
        decode_xml("<R><B>yes</B></R>", shape)


def test_json_that_is_not_json_raises_a_parse_error() -> None:
    with pytest.raises(errors.ResponseParseError, match="not valid JSON") as caught:
        GetAIImageJobsResponse.from_json(b'{"RequestId": "R", "AIImageJobList": [')
    assert caught.value.excerpt and caught.value.excerpt.startswith('{"RequestId"')


def test_date_times_are_normalised_to_utc() -> None:
    job = AIImageJob.from_wire({"CreationTime": "2020-10-15T11:30:03+08:00"})
    assert job.creation_time == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert job.to_dict() == {"CreationTime": "2020-10-15T03:30:03Z"}
    lower = AIImageJob.from_wire({"CreationTime": "2020-10-15t03:30:03z"})
    assert lower.creation_time == job.creation_time


def test_a_date_time_outside_the_calendar_is_a_parse_error() -> None:
    with pytest.raises(errors.ResponseParseError) as caught:
        AIImageJob.from_wire({"CreationTime": "0001-01-01T00:00:00+01:00"}, "/J")
    assert caught.value.path == "/J/CreationTime"


def test_models_built_by_hand_encode_their_json_text() -> None:
    job = AIImageJob(
        job_id="j",
        user_data=UserData(message_callback={"CallbackURL": "https://example.com"}),
        ai_image_result=[AIImageResultItem(score=1.5, url="u")],
    )
    assert (
        job.user_data_raw == '{"MessageCallback":{"CallbackURL":"https://example.com"}}'
    )
    assert job.ai_image_result_raw == '[{"Score":1.5,"Url":"u"}]'
    assert job.user_data == UserData(
        message_callback={"CallbackURL": "https://example.com"}
    )
    assert AIImageJob.from_wire(job.to_dict()) == job


def test_models_compare_by_value_and_are_not_hashable() -> None:
    assert AIImageResultItem(score=1.0, url="u") == AIImageResultItem(
        score=1.0, url="u"
    )
    assert AIImageResultItem(score=1.0, url="u") != AIImageResultItem(
        score=2.0, url="u"
    )
    assert repr(AIImageResultItem(url="u")) == "AIImageResultItem(url='u')"
    with pytest.raises(TypeError):
        hash(AIImageResultItem())
    assert not hasattr(AIImageResultItem(), "__dict__"), "models are slotted"


def test_requests_accept_a_list_or_comma_separated_text() -> None:
    assert GetAIImageJobsRequest(job_ids=["a", "b"]).to_dict() == {"JobIds": ["a", "b"]}
    assert GetAIImageJobsRequest(job_ids="a, b").job_ids == ["a", "b"]
    assert GetAIImageJobsRequest(job_ids=("a",)).job_ids == ["a"]


def test_the_models_package_loads_lazily() -> None:
    assert "GetAIImageJobsResponse" in dir(models)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


WRAPPED = {
    "Jobs": {"Job": ("list", {"Id": "string", "N": "integer"})},
    "Ids": {"Id": ("list", "string")},
}


def test_a_list_wrapper_reads_the_same_with_or_without_its_item_level() -> None:
    wire = decode_xml(
        "<R><Jobs><Job><Id>a</Id><N>1</N></Job><Job><Id>b</Id></Job></Jobs>"
        "<Ids><Id>x</Id><Id>y</Id></Ids></R>",
        WRAPPED,
    )
    documented = decode_xml(
        "<R><Jobs><Id>a</Id><N>1</N></Jobs><Jobs><Id>b</Id></Jobs>"
        "<Ids>x</Ids><Ids>y</Ids></R>",
        WRAPPED,
    )
    assert (
        wire
        == documented
        == {
            "Jobs": {"Job": [{"Id": "a", "N": 1}, {"Id": "b"}]},
            "Ids": {"Id": ["x", "y"]},
        }
    )
    assert decode_xml("<R><Jobs></Jobs><Ids></Ids></R>", WRAPPED) == {
        "Jobs": {},
        "Ids": {},
    }
