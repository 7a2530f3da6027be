"""Names are derived once, by one function, and are always safe Python identifiers."""

from __future__ import annotations

import keyword

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import naming


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("AIImageJobList", "ai_image_job_list"),
        ("JobIds", "job_ids"),
        ("UploadURLs", "upload_urls"),
        ("GetURLUploadInfos", "get_url_upload_infos"),
        ("M3U8Url", "m3u8_url"),
        ("IPv6List", "ipv6_list"),
        ("HTTPSettings", "http_settings"),
        ("VideoId", "video_id"),
        ("RequestId", "request_id"),
        ("Type", "type_"),
        ("Format", "format_"),
        ("class", "class_"),
        ("ToDict", "to_dict_"),
        ("123Go", "n123_go"),
    ],
)
def test_member_names(wire: str, python: str) -> None:
    assert naming.member_name(wire) == python


def test_override_wins() -> None:
    assert naming.member_name("JobIds", "ids") == "ids"


def test_class_names_keep_acronyms() -> None:
    assert naming.nested_class_name("AIImageJob", "UserData") == "AIImageJobUserData"
    assert naming.nested_class_name("GetPlayInfoResponse", "PlayInfoList", "Item") == (
        "GetPlayInfoResponsePlayInfoListItem"
    )
    assert naming.kebab_case("GetAIImageJobs") == "get-ai-image-jobs"
    assert naming.constant_case("1080p") == "V_1080P"


@given(st.text(min_size=0, max_size=30))
def test_every_wire_name_gives_a_usable_identifier(wire: str) -> None:
    name = naming.member_name(wire)
    assert name.isidentifier()
    assert not keyword.iskeyword(name)
    assert not naming.is_reserved(name)
    assert name not in naming.MODEL_RESERVED


def test_a_member_named_raw_keeps_clear_of_the_models_raw_answer() -> None:
    from generator import naming
    from generator.reserved import member_name_problem

    assert naming.member_name("Raw") == "raw_"
    assert member_name_problem("raw") is not None
