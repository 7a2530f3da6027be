"""The command: exit codes, messages, what it writes, and the whole VOD product."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.importer.yamlout import dump
from generator.load import load_file
from generator.validate import load_tree
from tests.conftest import SHARED
from tests.importer.builders import (
    PRODUCT,
    VERSION,
    api_docs,
    import_docs,
    operation,
    parameter,
    run_cli,
)

VOD = SHARED / "data" / "vod-2017-03-21.api-docs.json"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read file"),
        (b"\xff\xfe{", "not UTF-8"),
        (b'{"info": ', "not valid JSON"),
        (b"[1, 2]", "the document is not a JSON object"),
        (b'{"info": {"product": "x"}, "apis": {}}', "info.version None is missing"),
        (b'{"info": {"product": "../x", "version": "1"}, "apis": {}}', "info.product"),
        (b'{"info": {"product": "x", "version": "1"}, "apis": []}', "'apis' is not"),
    ],
)
def test_a_file_that_cannot_be_read_exits_2_without_traceback(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    source = tmp_path / "api-docs.json"
    if content is not None:
        source.write_bytes(content)
    result = run_cli("import-metadata", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_summary_is_the_last_line_and_exit_code_follows_skips(
    tmp_path: Path,
) -> None:
    document = api_docs(
        {
            "Good": operation(
                [parameter("CateId", {"type": "integer", "example": "1****"})]
            ),
            "Bad": operation(
                [
                    parameter(
                        "F",
                        {"type": "array", "items": {"type": "string"}},
                        style="pipeDelimited",
                    )
                ]
            ),
        }
    )
    source = tmp_path / "api-docs.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_cli("import-metadata", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stdout == "imported 1 operations, 1 skipped\n"
    assert "Good: /CateId: example '1****' is not an integer; dropped" in result.stderr
    assert "Bad: /F: unsupported style 'pipeDelimited'" in result.stderr
    good = api_docs({"Good": document["apis"]["Good"]})
    source.write_text(json.dumps(good), encoding="utf-8")
    result = run_cli("import-metadata", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0
    assert result.stdout == "imported 1 operations, 0 skipped\n"


def test_output_is_deterministic_and_stale_files_go(
    tmp_path: Path, capsys: Any
) -> None:
    apis = {
        name: operation(
            [parameter("Id", {"type": "string", "description": "标识“引号”\n- 列表"})],
            properties={
                "Items": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "B": {"type": "integer"},
                            "A": {"type": "string"},
                        },
                    },
                }
            },
        )
        for name in ("ZetaOp", "AlphaOp", "MidOp")
    }
    first = import_docs(tmp_path, api_docs(apis), capsys, out="one")
    second = import_docs(
        tmp_path, api_docs(dict(reversed(apis.items()))), capsys, out="two"
    )

    def files(root: Path) -> dict[str, bytes]:
        return {
            str(path.relative_to(root)): path.read_bytes()
            for path in sorted(root.rglob("*.yaml"))
        }

    assert files(first.spec) == files(second.spec)
    assert len(files(first.spec)) == 4
    del apis["MidOp"]
    again = import_docs(tmp_path, api_docs(apis), capsys, out="one")
    assert sorted(files(again.spec)) == [
        f"{PRODUCT}/{VERSION}/operations/AlphaOp.yaml",
        f"{PRODUCT}/{VERSION}/operations/ZetaOp.yaml",
        f"{PRODUCT}/{VERSION}/service.yaml",
    ]
    text = (again.folder / "operations" / "AlphaOp.yaml").read_text(encoding="utf-8")
    assert "标识“引号”" in text  # readable, not \u-escaped
    # Members keep the metadata's order; node keys follow one fixed order.
    assert text.index("B:") < text.index("A:")


def test_a_product_in_another_style_is_not_imported(
    tmp_path: Path, capsys: Any
) -> None:
    document = api_docs({"A": operation(), "B": operation()}, style="GraphQL")
    result = import_docs(tmp_path, document, capsys)
    assert result.code == 1
    assert result.stdout == "imported 0 operations, 2 skipped\n"
    assert (
        "service: /info/style: only RPC- and ROA-style products can be imported,"
        " not 'GraphQL'"
    ) in result.notes()
    assert not result.spec.exists()


def test_endpoints(tmp_path: Path, capsys: Any) -> None:
    endpoints = [
        {"regionId": "cn-a", "endpoint": "demo.cn-a.example.com"},
        {"regionId": "cn-b", "endpoint": "demo.cn-b.example.com"},
        {"regionId": "cn-c", "endpoint": "demo.example.com"},
        {"regionId": "cn-d", "endpoint": "demo-odd.cn-d.example.com"},
    ]
    result = import_docs(
        tmp_path, api_docs({"A": operation()}, endpoints=endpoints), capsys
    )
    assert result.service()["endpoints"] == {
        "global": "demo.example.com",
        "regional": "demo.{region_id}.example.com",
        "regions": ["cn-a", "cn-b"],
        "hosts": {"cn-c": "demo.example.com", "cn-d": "demo-odd.cn-d.example.com"},
    }
    assert result.lint() == []
    none = import_docs(
        tmp_path, api_docs({"A": operation()}, endpoints=[]), capsys, out="none"
    )
    assert none.service()["endpoints"] == {"global": "demo.aliyuncs.com"}
    assert none.lint() == []


def test_the_service_file(tmp_path: Path, capsys: Any) -> None:
    result = import_docs(tmp_path, api_docs({"A": operation()}), capsys)
    service = result.service()
    assert service["product"] == PRODUCT
    assert service["api_version"] == VERSION
    assert service["protocol"] == "alibaba-rpc"
    assert service["endpoints"]["global"] == "demo.example.com"
    assert service["binding"]["alibaba-rpc"]["response_formats"] == ["json", "xml"]
    codes = {error["code"]: error for error in service["errors"]}
    assert codes["Throttling.User"]["retryable"] is True
    assert codes["MissingParameter"]["http_status"] == 400


HOSTILE = [
    "key: value\n- item\n",
    "# not a comment",
    "&anchor *alias !!python/object:os.system",
    "---\n...\n",
    "  leading spaces\nand a trailing space \n",
    "tab\there\r\nCRLF",
    "\u2028line separator\u0085next line",
    "'single' \"double\" {flow: [x]}",
    "yes",
    "2020-10-15T03:30:03Z",
    "\ufeffbom",
    "",
]


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(JSON, max_size=3) | st.sampled_from([HOSTILE]))
def test_text_stays_data(tmp_path_factory: Any, texts: list[Any]) -> None:
    document = {"operation": {f"k{index}": text for index, text in enumerate(texts)}}
    path = tmp_path_factory.mktemp("yaml") / "x.yaml"
    path.write_text(dump(document), encoding="utf-8")
    loaded, problems = load_file(path, "x.yaml")
    assert problems == []
    assert loaded is not None and loaded.data == document


def test_metadata_text_round_trips_through_the_linter(
    tmp_path: Path, capsys: Any
) -> None:
    api = operation(
        [
            parameter(
                "Id",
                {"type": "string", "description": HOSTILE[0], "example": HOSTILE[1]},
            )
        ],
        description=HOSTILE[2] + HOSTILE[4],
        title=HOSTILE[8],
    )
    result = import_docs(tmp_path, api_docs({"A": api}), capsys)
    assert result.lint() == []
    tree = load_tree(result.spec)
    [service] = tree.services
    [loaded] = service.operations
    data = loaded.data["operation"]
    assert data["title"] == {"zh": HOSTILE[8]}
    assert data["description"] == {"zh": (HOSTILE[2] + HOSTILE[4]).strip()}
    assert data["input"]["members"]["Id"]["description"] == {"zh": HOSTILE[0]}
    assert data["input"]["members"]["Id"]["example"] == HOSTILE[1]


def test_the_whole_vod_product_imports_and_lints_clean(tmp_path: Path) -> None:
    if not VOD.is_file():
        pytest.skip(f"{VOD} is absent: the VOD api-docs metadata lives in ../shared")
    out = tmp_path / "spec"
    result = run_cli("import-metadata", str(VOD), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "imported 170 operations, 0 skipped\n"
    assert "Traceback" not in result.stderr
    for line in result.stderr.splitlines():
        assert re.match(r"^[A-Za-z]+: /\S*: \S", line), line
    tree = load_tree(out)
    assert [str(d) for d in tree.diagnostics] == []
    [service] = tree.services
    assert len(service.operations) == 170
    formats = {
        example["format"]
        for loaded in service.operations
        for example in loaded.data["operation"].get("examples", {}).get("responses", [])
    }
    assert formats == {"json", "xml"}
    again = tmp_path / "again"
    run_cli("import-metadata", str(VOD), "--out", str(again))
    assert [p.read_bytes() for p in sorted(out.rglob("*.yaml"))] == [
        p.read_bytes() for p in sorted(again.rglob("*.yaml"))
    ]


def test_each_note_is_one_printable_line(tmp_path: Path, capsys: Any) -> None:
    properties = {"Bad\nName\x1b[31m": {"type": "string"}}
    result = import_docs(
        tmp_path, api_docs({"Op": operation(properties=properties)}), capsys
    )
    assert result.code == 0
    [line] = [n for n in result.notes() if n.startswith("Op: ")]
    assert line == (
        "Op: /responses/200/Bad\\nName\\x1b[31m: member name 'Bad\\nName\\x1b[31m'"
        " is empty or has white space"
    )


def test_hand_written_specs_are_never_replaced(tmp_path: Path, capsys: Any) -> None:
    spec = tmp_path / "spec"
    hand_written = spec / PRODUCT / VERSION / "operations" / "Old.yaml"
    hand_written.parent.mkdir(parents=True)
    hand_written.write_text("operation:\n  name: Old\n", encoding="utf-8")
    result = import_docs(tmp_path, api_docs({"A": operation()}), capsys)
    assert result.code == 2
    assert "refusing to replace files the importer did not write" in result.stderr
    assert str(hand_written) in result.stderr
    assert hand_written.read_text(encoding="utf-8") == "operation:\n  name: Old\n"
    assert not (spec / PRODUCT / VERSION / "service.yaml").exists()


def test_unwritable_output_exits_2(tmp_path: Path, capsys: Any) -> None:
    (tmp_path / "spec").write_text("a file, not a folder", encoding="utf-8")
    result = import_docs(tmp_path, api_docs({"A": operation()}), capsys)
    assert result.code == 2
    assert result.stderr.splitlines()[-1].startswith("error: cannot write")
