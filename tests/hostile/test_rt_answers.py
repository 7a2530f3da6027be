"""Hostile answers end in a typed error carrying the request id, never a crash."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generated.cs import CsClient
from generated.cs import errors as cs_errors
from generated.vod import AsyncVodClient, VodClient
from generated.vod._runtime.errors import ApiError, ResponseParseError
from generated.vod.models.get_ai_image_jobs import GetAIImageJobsResponse
from tests.support.scripted_server import Answer, ScriptedServer

from .rt_raw_server import RawServer, fixed
from tests.hostile.conftest import HOSTILE_SETTINGS

DEPTH = 100_000
DEEP_ARRAY = "[" * DEPTH + "]" * DEPTH
REQUEST_ID = "DEEP-REQUEST-1"
JSON = {"content-type": "application/json"}


def _client(endpoint: str, **options: Any) -> VodClient:
    settings: dict[str, Any] = {
        "access_key_id": "answers-id",
        "access_key_secret": "answers-secret",
        "endpoint": endpoint,
        "max_attempts": 1,
    }
    settings.update(options)
    return VodClient(**settings)


def _deep_body() -> bytes:
    return f'{{"RequestId": "{REQUEST_ID}", "AIImageJobList": {DEEP_ARRAY}}}'.encode()


@pytest.mark.parametrize("status", [200, 400, 500])
def test_deep_json_answer_is_a_parse_error_with_its_request_id(status: int) -> None:
    with ScriptedServer() as server, _client(server.endpoint) as client:
        server.answer(Answer(status, _deep_body(), JSON))
        with pytest.raises(ResponseParseError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
    assert raised.value.request_id == REQUEST_ID
    assert raised.value.http_status == status


def test_deep_json_answer_of_a_roa_service_is_a_parse_error() -> None:
    with (
        ScriptedServer() as server,
        CsClient(
            access_key_id="answers-id",
            access_key_secret="answers-secret",
            endpoint=server.endpoint,
            max_attempts=1,
        ) as client,
    ):
        server.answer(Answer(200, _deep_body(), {**JSON, "x-acs-request-id": "R-1"}))
        with pytest.raises(cs_errors.ResponseParseError) as raised:
            client.describe_cluster_detail(cluster_id="c1")
    assert raised.value.request_id == "R-1"


def test_deep_json_in_a_model_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError) as raised:
        GetAIImageJobsResponse.from_json(_deep_body())
    assert "deeper" in str(raised.value)


def test_deep_json_inside_a_string_field_reads_as_none() -> None:
    body = json.dumps(
        {"RequestId": REQUEST_ID, "AIImageJobList": [{"TemplateConfig": DEEP_ARRAY}]}
    )
    job = GetAIImageJobsResponse.from_json(body).ai_image_job_list[0]
    assert job.template_config_raw == DEEP_ARRAY
    assert job.template_config is None


BOGUS_XML = (
    '<?xml version="1.0" encoding="x-bogus"?>'
    f"<GetAIImageJobsResponse><RequestId>{REQUEST_ID}</RequestId>"
    "</GetAIImageJobsResponse>"
).encode()


def test_xml_in_an_unknown_encoding_is_a_parse_error() -> None:
    with pytest.raises(ResponseParseError):
        GetAIImageJobsResponse.from_xml(BOGUS_XML)
    with (
        ScriptedServer() as server,
        _client(server.endpoint, response_format="xml") as client,
    ):
        server.answer(Answer(200, BOGUS_XML, {"content-type": "text/xml"}))
        with pytest.raises(ResponseParseError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
        server.answer(Answer(400, BOGUS_XML, {"content-type": "text/xml"}))
        with pytest.raises(ResponseParseError) as refused:
            client.get_ai_image_jobs(job_ids=["a"])
    assert "encoding" in str(raised.value)
    assert refused.value.request_id == REQUEST_ID


INVALID_STATUS = b"HTTP/1.1 000 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"


def test_invalid_status_is_never_a_success() -> None:
    with RawServer(fixed(INVALID_STATUS)) as server:
        with _client(server.endpoint) as client:
            with pytest.raises(ApiError):
                client.get_ai_image_jobs(job_ids=["a"])

        async def call() -> None:
            async with AsyncVodClient(
                access_key_id="answers-id",
                access_key_secret="answers-secret",
                endpoint=server.endpoint,
                max_attempts=1,
            ) as client:
                await client.get_ai_image_jobs(job_ids=["a"])

        with pytest.raises(ApiError):
            asyncio.run(call())


# --- property-based: the models' parsers take any bytes -----------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=30,
)
member_names = st.sampled_from(
    ["RequestId", "AIImageJobList", "NonExistAIImageJobIds", "JobId", "Status"]
)
job_names = st.sampled_from(
    [
        "JobId",
        "Status",
        "TemplateConfig",
        "AIImageResult",
        "UserData",
        "CreationTime",
        "Code",
        "Message",
    ]
)
shaped = st.fixed_dictionaries(
    {
        "RequestId": st.text(max_size=10),
        "AIImageJobList": st.lists(
            st.dictionaries(job_names, json_values | st.text(), max_size=8),
            max_size=3,
        ),
    }
) | st.dictionaries(member_names, json_values, max_size=5)


def _parsed_or_refused(parse: Any, body: Any) -> None:
    # Nested members are decoded on first read: reading them may refuse the answer too.
    try:
        response = parse(body)
        repr(response)
        response.to_dict()
        for job in response.ai_image_job_list:
            job.template_config, job.ai_image_result, job.user_data
    except ResponseParseError as error:
        str(error), repr(error)


@HOSTILE_SETTINGS
@given(shaped)
def test_json_parser_takes_any_document(document: Any) -> None:
    _parsed_or_refused(GetAIImageJobsResponse.from_json, json.dumps(document))


@HOSTILE_SETTINGS
@given(st.binary(max_size=300))
def test_json_parser_takes_any_bytes(body: bytes) -> None:
    _parsed_or_refused(GetAIImageJobsResponse.from_json, body)


xml_names = st.sampled_from(
    ["RequestId", "AIImageJobList", "AIImageJob", "JobId", "Status", "CreationTime"]
)


@st.composite
def xml_documents(draw: st.DrawFn) -> str:
    def element(depth: int) -> str:
        name = draw(xml_names)
        if depth > 3 or draw(st.booleans()):
            text = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=10))
            escaped = text.replace("&", "&amp;").replace("<", "&lt;")
            return f"<{name}>{escaped}</{name}>"
        children = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{name}>{children}</{name}>"

    return f"<GetAIImageJobsResponse>{element(0)}{element(0)}</GetAIImageJobsResponse>"


@HOSTILE_SETTINGS
@given(xml_documents())
def test_xml_parser_takes_any_document(document: str) -> None:
    _parsed_or_refused(GetAIImageJobsResponse.from_xml, document)


@HOSTILE_SETTINGS
@given(st.binary(max_size=300))
def test_xml_parser_takes_any_bytes(body: bytes) -> None:
    _parsed_or_refused(GetAIImageJobsResponse.from_xml, b"<?xml version='1.0'?>" + body)
