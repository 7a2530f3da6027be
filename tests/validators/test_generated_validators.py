"""The generated validators on their own: each rule, its message and its JSON pointer,
several violations at once, and problems inside JSON-in-string members."""

from __future__ import annotations

import copy
import json
from types import ModuleType
from typing import Any

import pytest

from generated.vod.errors import Violation
from generated.vod.validators.get_ai_image_jobs import (
    validate_request,
    validate_response,
)
from tests.conftest import SPEC


def _documented_response() -> dict[str, Any]:
    import yaml

    path = SPEC / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    responses = document["operation"]["examples"]["responses"]
    body = next(r["body"] for r in responses if r["format"] == "json")
    data: dict[str, Any] = json.loads(body)
    return data


RESPONSE = _documented_response()


def _job(**changes: Any) -> dict[str, Any]:
    """The documented response with the first job's members changed (None deletes)."""
    data = copy.deepcopy(RESPONSE)
    job = data["AIImageJobList"][0]
    for key, value in changes.items():
        if value is None:
            del job[key]
        else:
            job[key] = value
    return data


def _messages(violations: list[Violation]) -> list[str]:
    return [str(violation) for violation in violations]


# -- requests ------------------------------------------------------------------------


def test_a_valid_request_has_no_violations() -> None:
    assert validate_request({"JobIds": ["a"]}) == []
    assert validate_request({"JobIds": [f"job-{i}" for i in range(10)]}) == []
    # Unknown members are allowed (the spec keeps additional_members at its default).
    assert validate_request({"JobIds": ["a"], "Other": 1}) == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, ["/: required member 'JobIds' is missing"]),
        ([], ["/: expected object, got array"]),
        (None, ["/: expected object, got null"]),
        ({"JobIds": None}, ["/JobIds: expected array, got null"]),
        ({"JobIds": "a,b"}, ["/JobIds: expected array, got string"]),
        ({"JobIds": []}, ["/JobIds: 0 items given, at least 1 needed"]),
        (
            {"JobIds": [f"j{i}" for i in range(11)]},
            ["/JobIds: 11 items given, at most 10 allowed"],
        ),
        ({"JobIds": ["a,b"]}, ["/JobIds/0: does not match pattern ^[^,]+$"]),
        (
            {"JobIds": ["ok", ""]},
            [
                "/JobIds/1: 0 characters given, at least 1 needed",
                "/JobIds/1: does not match pattern ^[^,]+$",
            ],
        ),
        ({"JobIds": ["ok", 7]}, ["/JobIds/1: expected string, got integer"]),
    ],
)
def test_each_request_rule(data: Any, expected: list[str]) -> None:
    assert _messages(validate_request(data)) == expected


def test_every_request_violation_is_reported_at_once() -> None:
    data = {"JobIds": ["a,b", None, "", *(f"j{i}" for i in range(9))]}
    assert _messages(validate_request(data)) == [
        "/JobIds: 12 items given, at most 10 allowed",
        "/JobIds/0: does not match pattern ^[^,]+$",
        "/JobIds/1: expected string, got null",
        "/JobIds/2: 0 characters given, at least 1 needed",
        "/JobIds/2: does not match pattern ^[^,]+$",
    ]


# -- responses -----------------------------------------------------------------------


def test_the_documented_response_is_valid() -> None:
    assert validate_response(RESPONSE) == []
    assert validate_response({}) == []  # no member is required
    assert validate_response(_job(UserData='{"MessageCallback":{}}')) == []
    assert validate_response(_job(CreationTime="2020-02-29t23:59:59.123+08:00")) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"Status": "done"},
            "/AIImageJobList/0/Status: 'done' is not one of success, fail",
        ),
        (
            {"Status": "Success"},
            "/AIImageJobList/0/Status: 'Success' is not one of success, fail",
        ),
        (
            {"JobId": None and 0 or 5},
            "/AIImageJobList/0/JobId: expected string, got integer",
        ),
        (
            {"CreationTime": "2021-02-29T00:00:00Z"},
            "/AIImageJobList/0/CreationTime: '2021-02-29T00:00:00Z' is not a date-time"
            " like 2020-10-15T03:30:03Z",
        ),
        (
            {"CreationTime": "2020-10-15T03:30:03Z\n"},
            "/AIImageJobList/0/CreationTime: '2020-10-15T03:30:03Z\\n' is not a"
            " date-time like 2020-10-15T03:30:03Z",
        ),
        (
            {"UserData": '{"Other": 1}'},
            "/AIImageJobList/0/UserData: inside its JSON text at /: must contain"
            " MessageCallback or Extend",
        ),
        (
            {"UserData": '{"Extend": "x"}'},
            "/AIImageJobList/0/UserData: inside its JSON text at /Extend: expected"
            " object, got string",
        ),
        (
            {"UserData": "{Extend}"},
            "/AIImageJobList/0/UserData: does not hold valid JSON text",
        ),
        (
            {"TemplateConfig": "NaN"},
            "/AIImageJobList/0/TemplateConfig: does not hold valid JSON text",
        ),
        (
            {"TemplateConfig": "[]"},
            "/AIImageJobList/0/TemplateConfig: inside its JSON text at /: expected"
            " object, got array",
        ),
        (
            {"AIImageResult": '[{"Score": "high", "Url": 1}]'},
            "/AIImageJobList/0/AIImageResult: inside its JSON text at /0/Score:"
            " expected number, got string",
        ),
    ],
)
def test_each_response_rule(changes: dict[str, Any], expected: str) -> None:
    assert expected in _messages(validate_response(_job(**changes)))


def test_user_data_is_limited_in_utf8_bytes_not_characters() -> None:
    def user_data(filler: str) -> str:
        return json.dumps({"Extend": {"k": filler}}, ensure_ascii=False)

    overhead = len(user_data("").encode("utf-8"))
    at_limit = user_data("中" * ((512 - overhead) // 3) + "a" * ((512 - overhead) % 3))
    assert len(at_limit.encode("utf-8")) == 512 and len(at_limit) < 512
    assert validate_response(_job(UserData=at_limit)) == []

    over = user_data("中" * ((512 - overhead) // 3 + 1))
    assert len(over) < 512 < len(over.encode("utf-8"))
    assert _messages(validate_response(_job(UserData=over))) == [
        f"/AIImageJobList/0/UserData: {len(over.encode())} bytes in UTF-8,"
        " at most 512 allowed"
    ]
    # A lone surrogate (JSON can carry one as an escape) counts, and does not crash.
    surrogates = json.loads('"' + "\\ud800" * 200 + '"')
    assert _messages(validate_response(_job(UserData=surrogates))) == [
        "/AIImageJobList/0/UserData: 600 bytes in UTF-8, at most 512 allowed",
        "/AIImageJobList/0/UserData: does not hold valid JSON text",
    ]


def test_json_text_nested_too_deeply_is_reported_not_raised() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert _messages(validate_response(_job(AIImageResult=deep))) == [
        "/AIImageJobList/0/AIImageResult: does not hold valid JSON text"
    ]


def test_every_response_violation_is_reported_at_once() -> None:
    data = _job(
        Status="ok",
        CreationTime="yesterday",
        UserData='{"Extend": 1}',
        AIImageResult='[{"Score": true}, 3]',
    )
    data["RequestId"] = 42
    data["AIImageJobList"].append("not a job")
    assert sorted(_messages(validate_response(data))) == sorted(
        [
            "/RequestId: expected string, got integer",
            "/AIImageJobList/0/Status: 'ok' is not one of success, fail",
            "/AIImageJobList/0/CreationTime: 'yesterday' is not a date-time like"
            " 2020-10-15T03:30:03Z",
            "/AIImageJobList/0/UserData: inside its JSON text at /Extend: expected"
            " object, got integer",
            "/AIImageJobList/0/AIImageResult: inside its JSON text at /0/Score:"
            " expected number, got boolean",
            "/AIImageJobList/0/AIImageResult: inside its JSON text at /1: expected"
            " object, got integer",
            "/AIImageJobList/1: expected object, got string",
        ]
    )


# -- facets the VOD spec does not use (tests/validators/facets_spec) ----------------

VALID_FACETS: dict[str, Any] = {
    "Ids": ["ab", "c-1"],
    "Count": 3,
    "Ratio": 0.5,
    "Level": 2,
    "Flag": False,
    "Labels": {"a/b": "x"},
    "Options": {"A": "on"},
    "Note": "ok",
    "Payload": '{"Kind": "x", "Items": [0, 5]}',
    "Anything": [None, {"any": "thing"}],
    "When": "2020-10-15T03:30:03+05:45",
    "Tags": [{"Key": "k", "Value": "v"}],
}


def _facets(**changes: Any) -> dict[str, Any]:
    return {**VALID_FACETS, **changes}


def test_every_facet_accepts_valid_data(facets_validators: ModuleType) -> None:
    assert facets_validators.validate_request(VALID_FACETS) == []
    # JSON Schema integers may be written with a zero fraction.
    assert facets_validators.validate_request(_facets(Count=3.0, Level=1.0)) == []


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"Ids": ["ab", "ab"]}, ["/Ids: items are not unique"]),
        ({"Ids": ["a"]}, ["/Ids/0: 1 characters given, at least 2 needed"]),
        ({"Ids": ["abcdefghi"]}, ["/Ids/0: 9 characters given, at most 8 allowed"]),
        ({"Count": 0}, ["/Count: 0 is less than 1"]),
        ({"Count": 101}, ["/Count: 101 is greater than 100"]),
        ({"Count": 1.5}, ["/Count: expected integer, got number"]),
        ({"Count": True}, ["/Count: expected integer, got boolean"]),
        ({"Ratio": 0}, ["/Ratio: 0 is not greater than 0"]),
        ({"Ratio": 1.0}, ["/Ratio: 1.0 is not less than 1"]),
        ({"Level": 4}, ["/Level: 4 is not one of 1, 2, 3"]),
        ({"Flag": 1}, ["/Flag: expected boolean, got integer"]),
        (
            {"Labels": {"a/b": "toolong"}},
            ["/Labels/a~1b: 7 characters given, at most 5 allowed"],
        ),
        ({"Options": {"B": 1}}, ["/Options: must contain A or B+C"]),
        ({"Options": {"A": "x", "D": 1}}, ["/Options/D: not a declared member"]),
        ({"Note": "éééééé1"}, ["/Note: 13 bytes in UTF-8, at most 12 allowed"]),
        ({"Note": "a" * 11}, ["/Note: 11 characters given, at most 10 allowed"]),
        (
            {"Payload": '{"Kind": "z", "Items": [1, 2, -3], "More": 1}'},
            [
                "/Payload: inside its JSON text at /Kind: 'z' is not one of x, y",
                "/Payload: inside its JSON text at /Items: 3 items given, at most 2"
                " allowed",
                "/Payload: inside its JSON text at /Items/2: -3 is less than 0",
                "/Payload: inside its JSON text at /More: not a declared member",
            ],
        ),
        (
            {"Payload": "{}"},
            ["/Payload: inside its JSON text at /: required member 'Kind' is missing"],
        ),
        (
            {"When": "2020-10-15T03:30:03+00:60"},
            [
                "/When: '2020-10-15T03:30:03+00:60' is not a date-time like 2020-10-15T03:30:03Z"
            ],
        ),
        ({"Tags": [{"Value": "v"}]}, ["/Tags/0: required member 'Key' is missing"]),
        (
            {"Tags": [{"Key": ""}]},
            ["/Tags/0/Key: 0 characters given, at least 1 needed"],
        ),
    ],
)
def test_each_facet_rule(
    facets_validators: ModuleType, changes: dict[str, Any], expected: list[str]
) -> None:
    found = facets_validators.validate_request(_facets(**changes))
    assert _messages(found) == expected


def test_response_facets_point_into_nested_lists_and_maps(
    facets_validators: ModuleType,
) -> None:
    data = {
        "Entries": [
            {
                "Id": "e",
                "Score": -1,
                "Matrix": [[1.5], [], ["x"]],
                "Counts": '{"a": 10, "b~": 1.5}',
                "Children": '[{"Key": ""}]',
            },
            {"Score": 1},
        ]
    }
    assert _messages(facets_validators.validate_response(data)) == [
        "/Entries/0/Score: -1 is less than 0",
        "/Entries/0/Matrix/1: 0 items given, at least 1 needed",
        "/Entries/0/Matrix/2/0: expected number, got string",
        "/Entries/0/Counts: inside its JSON text at /a: 10 is greater than 9",
        "/Entries/0/Counts: inside its JSON text at /b~0: expected integer, got number",
        "/Entries/0/Children: inside its JSON text at /0/Key: 0 characters given,"
        " at least 1 needed",
        "/Entries/1: required member 'Id' is missing",
    ]
