"""The runtime helpers behind the generated validators (``_runtime/validation.py``)."""

from __future__ import annotations

import calendar
import json

import pytest

from generated.vod._runtime import validation as v
from generated.vod._runtime.errors import Violation


@pytest.mark.parametrize("year", [1, 4, 1900, 2000, 2020, 2021, 9999])
def test_date_times_name_real_calendar_days(year: int) -> None:
    for month in range(1, 13):
        for day in range(27, 33):
            text = f"{year:04d}-{month:02d}-{day:02d}T00:00:00Z"
            exists = day <= calendar.monthrange(year, month)[1]
            assert v.is_date_time(text) == exists, text


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2020-10-15T03:30:03Z", True),
        ("2020-10-15t03:30:03z", True),
        ("2020-10-15T03:30:03.123456789+23:59", True),
        ("2020-10-15T23:59:59-00:00", True),
        ("2020-10-15T03:30:03Z\n", False),
        ("2020-10-15T03:30:60Z", False),
        ("2020-10-15T24:00:00Z", False),
        ("2020-10-15T03:30:03+24:00", False),
        ("2020-10-15T03:30:03+00:60", False),
        ("0000-01-01T00:00:00Z", False),
        ("2020-10-15 03:30:03Z", False),
        ("2020-10-15T03:30:03", False),
        ("2020-10-15T03:30:03.Z", False),
        ("٢٠٢٠-10-15T03:30:03Z", False),
        ("20201015T033003Z", False),
    ],
)
def test_date_time_is_rfc_3339(text: str, valid: bool) -> None:
    assert v.is_date_time(text) is valid


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ('{"a": [1, 2.5, null]}', {"a": [1, 2.5, None]}),
        (" \t\n{}\r\n ", {}),
        ("0", 0),
        ('"\\ud800"', "\ud800"),
    ],
)
def test_json_document_decodes_rfc_8259_json(text: str, document: object) -> None:
    assert v.json_document(text) == document


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "{",
        "{}x",
        "1 2",
        "NaN",
        "[Infinity]",
        "-Infinity",
        "\ufeff{}",
        "\u00a0{}",
    ],
)
def test_json_document_refuses_what_is_not_json(text: str) -> None:
    assert v.json_document(text) is v.INVALID


def test_json_document_survives_deep_nesting() -> None:
    assert v.json_document("[" * 100_000 + "]" * 100_000) is v.INVALID


def test_utf8_length_counts_bytes_and_survives_lone_surrogates() -> None:
    assert v.utf8_length("aé中😀") == 1 + 2 + 3 + 4
    assert v.utf8_length(json.loads('"\\udc00x"')) == 4


class _Files:
    """Stands in for a validator module's ``_files`` (``rest_multipart``)."""

    @staticmethod
    def file_problem(value: object) -> str | None:
        return None if isinstance(value, bytes) else "not a file"


_TABLE = {
    "Root": {
        "members": [
            {
                "name": "Id",
                "check": {"type": "string", "min_length": 2},
                "required": True,
            },
            {
                "name": "Secret",
                "check": {
                    "type": "string",
                    "enum": ["a"],
                    "enum_text": "a",
                    "secret": True,
                },
            },
            {"name": "Size", "check": {"type": "integer", "maximum": 3}},
            {"name": "Body", "check": {"type": "string", "json": {"struct": "Inner"}}},
            {
                "name": "Shape",
                "check": {
                    "union": "_count",
                    "variants": 2,
                    "one": True,
                    "tag": "Kind",
                    "mapping": [["in", "Inner"]],
                },
            },
            {"name": "Upload", "check": {"file": True}},
            {"name": "Owner", "read_only": True},
            {"name": "Maybe", "check": {"type": "string"}, "nullable": True},
        ],
        "known": ["Id", "Secret", "Size", "Body", "Shape", "Upload", "Owner", "Maybe"],
        "any_of": [["Id"], ["Size"]],
    },
    "Inner": {
        "members": [
            {
                "name": "N",
                "check": {"type": "array", "items": {"type": "number"}, "max_items": 1},
            }
        ]
    },
}


def test_a_report_table_names_every_broken_rule_with_its_pointer() -> None:
    functions = {"_count": lambda value: 0, "_files": _Files}
    report = v.Report(json.dumps(_TABLE), functions)
    data = {
        "Id": "x",
        "Secret": "hunter2",
        "Size": 4,
        "Body": '{"N": [1, "two"]}',
        "Shape": {"Kind": "in", "N": 5},
        "Upload": "path?",
        "Owner": "me",
        "Maybe": None,
        "Extra/one": 1,
    }
    out: list[Violation] = []
    report.check("Root")(data, "", out)
    assert [(found.path, found.message) for found in out] == [
        ("/Id", "1 characters given, at least 2 needed"),
        ("/Secret", "the value is not one of a"),
        ("/Size", "4 is greater than 3"),
        ("/Body", "inside its JSON text at /N: 2 items given, at most 1 allowed"),
        ("/Body", "inside its JSON text at /N/1: expected number, got string"),
        ("/Shape/N", "expected array, got integer"),
        ("/Upload", "not a file"),
        ("/Owner", "is read-only: only answers carry it"),
        ("/Extra~1one", "not a declared member"),
    ]
    fine: list[Violation] = []
    report.check("Root")({"Id": "ab", "Maybe": None}, "", fine)
    assert fine == []
    missing: list[Violation] = []
    report.check("Root")({"Secret": "a"}, "", missing)
    assert [(found.path, found.message) for found in missing] == [
        ("/", "required member 'Id' is missing"),
        ("/", "must contain Id or Size"),
    ]
