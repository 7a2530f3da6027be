"""Pieces of the command line tested in-process: names, value kinds, output escaping."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from generated.vod._runtime import cli, cli_text
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
    data = {"RequestId": "\x1b[31mred\x9b", "List": [{"A": "x\ny", "B": [{"k": 1}]}]}
    table = cli.render_table(data)
    assert "\x1b" not in table and "\x9b" not in table and "\\u001b[31mred" in table
    assert "x\\ny" in table and '[{"k":1}]' in table
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


def test_nested_objects_spread_into_dotted_fields_and_columns() -> None:
    answer = {
        "RequestId": "r-1",
        "VideoBase": {"Title": "t", "Snapshot": {"Url": "https://x/1.png"}},
        "VideoList": {
            "Video": [
                {"VideoId": "v1", "Snapshot": {"Url": "u1", "Size": 3}},
                {"VideoId": "v2", "Tags": ["a", "b"]},
            ]
        },
    }
    sections = cli.render_table(answer).split("\n\n")
    assert sections[0].splitlines()[2:] == [
        "RequestId               r-1",
        "VideoBase.Title         t",
        "VideoBase.Snapshot.Url  https://x/1.png",
    ]
    assert sections[1].splitlines() == [
        "VideoList.Video (2)",
        "VideoId  Snapshot.Url  Snapshot.Size  Tags",
        "-------  ------------  -------------  ---------",
        "v1       u1            3",
        'v2                                    ["a","b"]',
    ]


def test_objects_nested_very_deep_end_in_one_cell() -> None:
    deep: dict[str, object] = {"x": 1}
    for _ in range(50):
        deep = {"d": deep}
    table = cli.render_table({"Top": deep})
    names = [line.split()[0] for line in table.splitlines()[2:]]
    assert names == ["Top.d.d.d.d.d.d"]
    assert table.count('{"d":') == 50 - 6


def test_help_wraps_wide_text_by_columns_and_keeps_addresses_and_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    url = "https://help.aliyun.com/document_detail/116146-a-very-long-name.html"
    description = "第一段" * 30 + f"请参见为RAM用户授权 ({url})。\n- 第二项：STS Token"
    command = cli.Command(
        "run", "run", help="runs", description=description, options=[]
    )
    _, commands = cli.build_parser("prog", "p", [command], [])
    text = commands["run"].format_help()
    lines = text.splitlines()
    assert url in text
    assert "- 第二项：STS Token" in lines
    assert all(cli_text.display_width(line) <= 78 for line in lines if url not in line)
    assert not any(line.startswith(("。", "，", "：")) for line in lines)


def test_wrap_breaks_between_wide_characters_and_spaces_only() -> None:
    assert cli_text.wrap("ab cd ef", 5) == ["ab cd", "ef"]
    assert cli_text.wrap("中文中文中文", 5) == ["中文", "中文", "中文"]
    assert cli_text.wrap("请见CreateRole接口。", 12) == ["请见", "CreateRole接", "口。"]
    assert cli_text.wrap("x" * 30, 10) == ["x" * 30]
    assert cli_text.wrap("（括号）里", 4) == ["（括", "号）", "里"]


def _secret_parser() -> Any:
    option = cli.Option("--token", "token", "Token", "text", secret=True, help="t")
    command = cli.Command(
        "log-in", "log_in", help="h", description="d", options=[option]
    )
    _, commands = cli.build_parser("prog", "p", [command], [])
    return commands["log-in"]


def test_a_secret_option_reads_a_file_or_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parser = _secret_parser()
    token_file = tmp_path / "token"
    token_file.write_text("eyJ-token\n")
    assert parser.parse_args(["--token", f"@{token_file}"]).input_token == "eyJ-token"
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin\nrest\n"))
    assert parser.parse_args(["--token", "-"]).input_token == "from-stdin"
    assert parser.parse_args(["--token", "plain"]).input_token == "plain"


def test_a_secret_file_that_cannot_be_read_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = _secret_parser()
    with pytest.raises(SystemExit) as exit_info:
        parser.parse_args(["--token", f"@{tmp_path / 'missing'}"])
    assert exit_info.value.code == 2
    assert "cannot read" in capsys.readouterr().err
    big = tmp_path / "big"
    big.write_bytes(b"x" * ((1 << 20) + 1))
    with pytest.raises(SystemExit):
        parser.parse_args(["--token", f"@{big}"])
    assert "more than 1048576 bytes" in capsys.readouterr().err


def test_secret_members_say_how_to_keep_them_off_the_command_line() -> None:
    from generated.sts import cli as sts_cli

    (command,) = [c for c in sts_cli.COMMANDS if c.name == "assume-role-with-oidc"]
    (token,) = [o for o in command.options if o.wire_name == "OIDCToken"]
    assert token.secret and "@FILE" in token.help
    assert not any(o.secret for o in command.options if o.wire_name == "RoleArn")
