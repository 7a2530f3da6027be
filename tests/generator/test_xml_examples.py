"""One XML reader: lint, the importer, the example targets and the generated client
read Alibaba XML with the runtime's ``xml_decode``, and an example it would have to
guess at is a lint error rather than data two readers might take differently."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import xml_examples
from generator.runtime_view import runtime_module
from tests.conftest import PROJECT, SPEC

OPERATION = "vod/2017-03-21/operations/GetAIImageJobs.yaml"
XML_STATUS = "                      <Status>success</Status>\n"


def _lint(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(spec)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )


@pytest.fixture
def spec_copy(tmp_path: Path) -> Path:
    shutil.copytree(SPEC, tmp_path / "spec")
    return tmp_path / "spec"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_repeated_element_where_one_value_is_declared_is_a_lint_error(
    spec_copy: Path,
) -> None:
    operation = spec_copy / OPERATION
    _edit(operation, XML_STATUS, XML_STATUS + XML_STATUS.replace("success", "fail"))
    result = _lint(spec_copy)
    assert result.returncode == 1
    assert (
        "XML example does not match the output shape at /AIImageJobList/0/Status:"
        " <Status> is repeated, but one value is declared"
    ) in result.stderr


def test_child_elements_where_text_is_declared_is_a_lint_error(
    spec_copy: Path,
) -> None:
    operation = spec_copy / OPERATION
    _edit(
        operation,
        XML_STATUS,
        XML_STATUS.replace("success", "<Code>1</Code><Code>2</Code>"),
    )
    result = _lint(spec_copy)
    assert result.returncode == 1
    assert (
        "at /AIImageJobList/0/Status: holds <Code>, but a string is declared"
        in result.stderr
    )


def test_unsafe_xml_in_a_spec_is_refused_by_lint(spec_copy: Path) -> None:
    operation = spec_copy / OPERATION
    _edit(
        operation,
        "          <GetAIImageJobsResponse>\n",
        '          <!DOCTYPE x [<!ENTITY a "aaaa">]>\n          <GetAIImageJobsResponse>\n',
    )
    result = _lint(spec_copy)
    assert result.returncode == 1
    assert (
        "XML example does not parse: a document type declaration is not accepted"
        in result.stderr
    )


def test_the_runtime_reader_and_the_misfit_check_agree_on_what_is_read() -> None:
    descriptor = {"Ids": ("list", "integer"), "Name": "string", "Count": "integer"}
    root = xml_examples.parse(
        "<R><Ids>1</Ids><Ids>2</Ids><Name>n</Name><Count>3</Count><Other/></R>"
    )
    assert xml_examples.read(root, descriptor) == (
        {"Ids": [1, 2], "Name": "n", "Count": 3},
        [],
    )
    bad = xml_examples.parse("<R><Count>x</Count><Name>a</Name><Name>b</Name></R>")
    data, problems = xml_examples.read(bad, descriptor)
    assert data is None
    assert problems == [
        ("/Count", "expected an integer, got 'x'"),
        ("/Name", "<Name> is repeated, but one value is declared"),
    ]
    # A list written without its item level (Alibaba's documented XML) is no misfit.
    wrapped = {"Jobs": {"Job": ("list", {"Id": "string"})}}
    dropped = xml_examples.parse(
        "<R><Jobs><Id>a</Id></Jobs><Jobs><Id>b</Id></Jobs></R>"
    )
    assert xml_examples.read(dropped, wrapped) == (
        {"Jobs": {"Job": [{"Id": "a"}, {"Id": "b"}]}},
        [],
    )
    # The generator runs the very file generated packages carry.
    reader = runtime_module("xml_decode")
    assert (
        Path(reader.__file__).read_bytes()
        == (PROJECT / "generated" / "vod" / "_runtime" / "xml_decode.py").read_bytes()
    )
