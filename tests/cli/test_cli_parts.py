"""Pieces of the command line tested in-process: names, value kinds, output escaping."""

from __future__ import annotations

import json

import pytest

from generated.vod._runtime import cli
from generated.vod._runtime.errors import Violation
from generator.model import Shape
from generator.naming import cli_flag
from generator.targets.python_cli import option_kind


def test_flags_that_clash_with_client_options_get_a_prefix() -> None:
    assert cli_flag("job_ids") == "--job-ids"
    assert cli_flag("type_") == "--type"
    taken = frozenset({"--region-id", "--output", "--param-output"})
    assert cli_flag("region_id", taken) == "--param-region-id"
    assert cli_flag("output", taken) == "--param-output-2"


@pytest.mark.parametrize(
    ("shape", "kinds"),
    [
        (Shape("string"), ("text", None)),
        (Shape("string", format="date-time"), ("date-time", None)),
        (Shape("integer"), ("integer", None)),
        (Shape("array", items=Shape("integer")), ("list", "integer")),
        (Shape("array", items=Shape("object")), ("json", None)),
        (Shape("string", json_content=Shape("object")), ("text", None)),
        (Shape("map", values=Shape("string")), ("json", None)),
    ],
)
def test_option_kinds(shape: Shape, kinds: tuple[str, str | None]) -> None:
    assert option_kind(shape) == kinds


def test_violations_name_the_option_and_the_item() -> None:
    command = cli.Command(
        "get-x",
        "get_x",
        help="",
        description="",
        options=[cli.Option("--job-ids", "job_ids", "JobIds", "list")],
    )
    assert (
        cli._violation_message(Violation("/JobIds", "11 items given"), command)
        == "argument --job-ids: 11 items given"
    )
    assert (
        cli._violation_message(Violation("/JobIds/2", "too short"), command)
        == "argument --job-ids (item 3): too short"
    )
    assert cli._violation_message(Violation("/", "must contain A"), command) == (
        "must contain A"
    )


def test_list_values_are_split_and_typed() -> None:
    split = cli._list_of("integer")
    assert split("1, 2,3") == [1, 2, 3]
    with pytest.raises(Exception, match="item 2: expected an integer"):
        split("1,x")


def test_terminal_control_characters_are_escaped() -> None:
    data = {"RequestId": "\x1b[31mred\x9b", "List": [{"A": "x\ny", "B": {"k": 1}}]}
    table = cli.render_table(data)
    assert "\x1b" not in table and "\x9b" not in table and "\\u001b[31mred" in table
    assert "x\\ny" in table and '{"k":1}' in table
    text = cli.render_json(data)
    assert "\x9b" not in text
    assert json.loads(text) == data


def test_wide_characters_line_up() -> None:
    table = cli.render_table({"List": [{"名称": "视频", "Id": "a"}]})
    lines = table.splitlines()
    assert lines[1] == "名称  Id"
    assert lines[3] == "视频  a"


def test_percent_signs_in_texts_reach_the_help_unchanged() -> None:
    option = cli.Option("--rate", "rate", "Rate", "number", help="at most 50% (x)")
    command = cli.Command(
        "set-rate",
        "set_rate",
        help="sets 100%",
        description="100% sure",
        options=[option],
    )
    parser, commands = cli.build_parser("prog", "all 100%", [command], [])
    assert "all 100%" in parser.format_help() and "sets 100%" in parser.format_help()
    text = commands["set-rate"].format_help()
    assert "100% sure" in text and "at most 50% (x)" in text
