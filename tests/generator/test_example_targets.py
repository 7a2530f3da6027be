"""The example-test and offline-server targets: their pure parts, and that what they
generate holds up with hostile example text and catches a wrong answer."""

from __future__ import annotations

import importlib
import inspect
import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.formatting import Formatter
from generator.model import Member, Shape
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.model import HttpBinding, HttpParameter
from generator.render import Renderer
from generator.targets.example_assertions import datetime_literal
from generator.targets.python_mock import reader_lines
from generator.targets.protocols.alibaba_rpc.wire_examples import (
    documented_wire_params,
    expected_query,
)
from generated.vod._mock import wire as _w
from generated.vod._runtime import rpc_params
from tests.conftest import SPEC

STRING = Shape("string")
TAG = Shape(
    "object",
    class_name="Tag",
    members=(
        Member("Key", "key", STRING),
        Member("Weight", "weight", Shape("integer")),
    ),
)
MEMBERS = {
    "Ids": Member("Ids", "ids", Shape("array", items=STRING)),
    "Size": Member("Size", "size", Shape("number")),
    "On": Member("On", "on", Shape("boolean")),
    "Since": Member("Since", "since", Shape("string", format="date-time")),
    "Tag": Member("Tag", "tag", Shape("array", items=TAG)),
    "Filter": Member("Filter", "filter", Shape("map", values=Shape("integer"))),
    "Spec": Member("Spec", "spec", Shape("object")),
}
BINDING = HttpBinding(
    name="Op",
    method="POST",
    path="/",
    parameters=(
        HttpParameter(MEMBERS["Ids"], "query", "JobIds", "comma"),
        HttpParameter(MEMBERS["Size"], "query", "Size", "simple"),
        HttpParameter(MEMBERS["On"], "query", "On", "simple"),
        HttpParameter(MEMBERS["Since"], "query", "Since", "simple"),
        HttpParameter(MEMBERS["Tag"], "query", "Tag", "repeat_list"),
        HttpParameter(MEMBERS["Filter"], "query", "Filter", "flat"),
        HttpParameter(MEMBERS["Spec"], "query", "Spec", "json"),
    ),
)
EXAMPLE = {
    "Ids": ["a", "b"],
    "Size": 2.0,
    "On": True,
    "Since": "2020-10-15T11:30:03+08:00",
    "Tag": [{"Key": "k", "Weight": 3}, {"Key": "中 文"}],
    "Filter": {"Min": 1},
    "Spec": {"Name": "x", "List": [1]},
}


def test_expected_query_agrees_with_the_runtime_serializer() -> None:
    expected = expected_query(BINDING, EXAMPLE)
    assert expected["JobIds"] == rpc_params.join_comma(EXAMPLE["Ids"]) == "a,b"
    assert expected["Size"] == rpc_params.scalar_text(2.0) == "2"
    assert expected["On"] == "true"
    assert expected["Since"] == "2020-10-15T03:30:03Z"  # UTC, like the client sends
    assert expected["Spec"] == rpc_params.json_text(EXAMPLE["Spec"])
    runtime: dict[str, str] = {}
    rpc_params.add_repeat_list(runtime, "Tag", EXAMPLE["Tag"])
    rpc_params.add_flat(runtime, "Filter", EXAMPLE["Filter"])
    assert {k: v for k, v in expected.items() if k.startswith(("Tag.", "Filter."))} == (
        runtime
    )


def test_generated_readers_give_back_the_example() -> None:
    lines = [line for p in BINDING.parameters for line in reader_lines(p)]
    source = "def read(params):\n    data = {}\n"
    source += "".join(f"    {line}\n" for line in lines) + "    return data\n"
    namespace: dict[str, Any] = {"_w": _w}
    exec(compile(source, "<readers>", "exec"), namespace)
    data = namespace["read"](expected_query(BINDING, EXAMPLE))
    assert data == {**EXAMPLE, "Since": "2020-10-15T03:30:03Z"}


def test_documented_wire_keeps_pairs_and_drops_placeholders() -> None:
    wire = "https://vod.aliyuncs.com/?Action=Op\n&JobIds=a%2Cb\n&<公共请求参数>\n"
    assert documented_wire_params(wire) == {"Action": "Op", "JobIds": "a,b"}


def test_datetime_literals_are_aware_utc() -> None:
    assert datetime_literal("2020-10-15T11:30:03.5+08:00") == (
        "datetime(2020, 10, 15, 3, 30, 3, 500000, tzinfo=timezone.utc)"
    )
    assert datetime_literal("") is None


def test_generated_checks_catch_a_wrong_value() -> None:
    from generated.tests.vod.test_get_ai_image_jobs_examples import (
        OK_BODIES,
        check_documented_json,
    )
    from generated.vod import models

    good = json.loads(OK_BODIES["json"])
    check_documented_json(models.GetAIImageJobsResponse.from_dict(good))
    for path, value in (
        (("Status",), "fail"),
        (("CreationTime",), "2020-10-15T03:30:04Z"),
        (("UserData",), '{"Extend":{"localId":"****"}}'),
        (("AIImageResult",), "[]"),
    ):
        bad = json.loads(OK_BODIES["json"])
        bad["AIImageJobList"][0][path[0]] = value
        with pytest.raises(AssertionError):
            check_documented_json(models.GetAIImageJobsResponse.from_dict(bad))


HOSTILE = (
    '"""\\\'\'\'{{ 7*7 }}{% raw %}{# c #}\n\t </script> 中文 ~~1~~ | ` __import__("os")'
)


def _hostile_spec(target: Path) -> None:
    shutil.copytree(SPEC, target, ignore=shutil.ignore_patterns("README.md"))
    path = target / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = document["operation"]["examples"]
    request = examples["requests"][0]
    request["input"] = {"JobIds": [HOSTILE + "\x00"]}
    del request["wire"]
    for response in examples["responses"]:
        if response["format"] == "json":
            data = json.loads(response["body"])
            data["AIImageJobList"][0]["Message"] = HOSTILE + "\x00\u2028"
            data["AIImageJobList"][0]["JobId"] = HOSTILE
            response["body"] = json.dumps(data)
        else:
            escaped = HOSTILE.replace("&", "&amp;").replace("<", "&lt;")
            response["body"] = response["body"].replace(
                "<Message>success</Message>", f"<Message>{escaped}</Message>"
            )
    error = examples["errors"][0]
    data = json.loads(error["body"])
    data["Message"] = HOSTILE
    error["body"] = json.dumps(data)
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


@pytest.fixture
def hostile_package(tmp_path: Path) -> Iterator[str]:
    spec_dir, out_dir = tmp_path / "spec", tmp_path / "out" / "hostile_examples"
    _hostile_spec(spec_dir)
    files = render_services(
        load_services(spec_dir),
        Renderer(root_package="hostile_examples"),
        Formatter(tmp_path / "cache", 1),
    )
    write_files(out_dir, files)
    sys.path.insert(0, str(out_dir.parent))
    try:
        yield "hostile_examples"
    finally:
        sys.path.remove(str(out_dir.parent))
        for name in [m for m in sys.modules if m.split(".")[0] == "hostile_examples"]:
            del sys.modules[name]


def test_hostile_example_text_stays_data_and_its_tests_pass(
    hostile_package: str,
) -> None:
    module = importlib.import_module(
        f"{hostile_package}.tests.vod.test_get_ai_image_jobs_examples"
    )
    tests = [getattr(module, n) for n in dir(module) if n.startswith("test_")]
    assert len(tests) >= 5
    for test in tests:
        parameters = inspect.signature(test).parameters
        arguments = {"signature_version": "v1", "response_format": "xml"}
        test(**{name: arguments[name] for name in parameters})
    # The template syntax in the text came through as text, not evaluated.
    assert module.OK_BODIES["json"].count("{{ 7*7 }}") == 2
    assert "{% raw %}" in module.OK_BODIES["xml"]
