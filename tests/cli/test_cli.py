"""``python -m generated.vod``: the generated command line, run as a user would run it.

Each test starts the command as a subprocess against a loopback server that answers
with the spec's documented examples, and checks the exit status, what was printed, and
what reached the server.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest

from generator.model import Operation
from generator.pipeline import load_services
from generated.vod.models import GetAIImageJobsResponse
from tests.conftest import PROJECT, SPEC
from tests.loopback import (
    SECRET,
    SECURITY_TOKEN,
    StubService,
    cli_environment,
    documented,
)

COMMAND = "get-ai-image-jobs"


@pytest.fixture(scope="module")
def operation() -> Operation:
    (service,) = [s for s in load_services(SPEC) if s.product == "vod"]
    return service.operations[0]


@pytest.fixture
def stub(operation: Operation) -> Iterator[StubService]:
    with StubService(documented(operation)) as server:
        yield server


def run(*arguments: str, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generated.vod", *arguments],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=cli_environment(**environment),
        timeout=120,
    )


def call(stub: StubService, *arguments: str) -> subprocess.CompletedProcess[str]:
    return run(COMMAND, *arguments, "--endpoint", stub.endpoint, "--protocol", "http")


def documented_json(operation: Operation) -> object:
    """What the client makes of the documented JSON answer: the CLI prints this."""
    (body,) = [e.body for e in operation.examples.responses if e.format == "json"]
    return GetAIImageJobsResponse.from_json(body).to_dict()


def assert_no_secret(result: subprocess.CompletedProcess[str]) -> None:
    for secret in (SECRET, SECURITY_TOKEN):
        assert secret not in result.stdout and secret not in result.stderr


def test_success_prints_the_answer_as_json(
    stub: StubService, operation: Operation
) -> None:
    result = call(stub, "--job-ids", "ID1,ID2")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == documented_json(operation)
    assert result.stderr == ""
    (received,) = stub.requests
    assert received.action == "GetAIImageJobs"
    assert received.query["JobIds"] == "ID1,ID2"
    assert received.query["Format"] == "JSON"
    assert_no_secret(result)


def test_table_output(stub: StubService) -> None:
    result = call(stub, "--job-ids", "ID1", "--output", "table")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Field", "Value"]
    assert lines[2].split() == ["RequestId", "7721B494-1F78-4E*****E8-A7CEE7315BFA"]
    title = lines.index("AIImageJobList (1)")
    header = lines[title + 1].split()
    assert header[:3] == ["AIImageResult", "Code", "CreationTime"]
    row = lines[title + 3].split()
    assert row[header.index("JobId")] == "cf08a2c6e11e*****de1711b738b9067"
    assert row[header.index("Status")] == "success"


def test_xml_answers_print_the_same_data_as_json(
    stub: StubService, operation: Operation
) -> None:
    result = call(
        stub, "--job-ids", "ID1", "--format", "xml", "--signature-version", "v1"
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == documented_json(operation)
    (received,) = stub.requests
    assert received.query["Format"] == "XML"
    assert received.query["SignatureVersion"] == "1.0"
    assert received.query["Action"] == "GetAIImageJobs"


def test_service_error_exits_1_with_code_and_request_id(stub: StubService) -> None:
    result = call(stub, "--job-ids", "INVALID", "--signature-version", "v1")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "InvalidParameter" in result.stderr
    assert "6C6A2D79-1D3B-4F2E-9E7A-0B4C2E5D8F10" in result.stderr
    assert "Traceback" not in result.stderr
    (received,) = stub.requests
    # The v1 signature travels in the URL; neither it nor the secret may be printed.
    assert received.query["Signature"] not in result.stderr
    assert_no_secret(result)


def test_throttling_is_a_service_error_too(stub: StubService) -> None:
    result = call(stub, "--job-ids", "THROTTLED", "--max-attempts", "1")
    assert result.returncode == 1
    assert "Throttling.User" in result.stderr
    assert "0B2F8E1A-77C4-4E8B-A1D0-5F3C9B2E6A47" in result.stderr
    assert len(stub.requests) == 1
    assert_no_secret(result)


def test_unreachable_endpoint_exits_1() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port any more: every connection is refused.
    result = run(
        COMMAND,
        "--job-ids",
        "ID1",
        "--endpoint",
        f"127.0.0.1:{port}",
        "--protocol",
        "http",
        "--max-attempts",
        "2",
    )
    assert result.returncode == 1
    assert f"cannot reach 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert_no_secret(result)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (",".join(f"ID{n}" for n in range(11)), "11 items given, at most 10 allowed"),
        ("ID1,,ID3", "(item 2): 0 characters given, at least 1 needed"),
    ],
)
def test_broken_rules_are_usage_errors(
    stub: StubService, value: str, message: str
) -> None:
    result = call(stub, "--job-ids", value)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert f"argument --job-ids{' ' if message.startswith('(') else ': '}{message}" in (
        result.stderr
    )
    assert stub.requests == []  # refused before anything was sent


def test_missing_parameter_and_bad_client_settings_are_usage_errors(
    stub: StubService,
) -> None:
    missing = call(stub)
    assert missing.returncode == 2
    assert "the following arguments are required: --job-ids" in missing.stderr
    bad_region = run(COMMAND, "--job-ids", "ID1", "--region-id", "Shanghai!")
    assert bad_region.returncode == 2
    assert "argument --region-id: region_id 'Shanghai!'" in bad_region.stderr
    bad_format = call(stub, "--job-ids", "ID1", "--format", "yaml")
    assert bad_format.returncode == 2
    assert "argument --format: invalid choice: 'yaml'" in bad_format.stderr
    assert stub.requests == []


def test_missing_credentials_exit_2_naming_the_variables(stub: StubService) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generated.vod", COMMAND, "--job-ids", "ID1"]
        + ["--endpoint", stub.endpoint, "--protocol", "http"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={
            name: value
            for name, value in cli_environment().items()
            if not name.startswith("ALIBABA_CLOUD_")
        },
        timeout=120,
    )
    # Found before sending: a usage problem (2), not a service or network error (1).
    assert result.returncode == 2
    assert "ALIBABA_CLOUD_ACCESS_KEY_ID" in result.stderr
    assert "Traceback" not in result.stderr
    assert stub.requests == []


def test_help_lists_operations_options_and_their_rules() -> None:
    top = run("--help")
    assert top.returncode == 0
    assert COMMAND in top.stdout
    assert "Calls GetAIImageJobs to query a list of AI image jobs." in " ".join(
        top.stdout.split()
    )
    assert "ALIBABA_CLOUD_ACCESS_KEY_SECRET" in top.stdout
    sub = run(COMMAND, "--help")
    assert sub.returncode == 0
    text = " ".join(sub.stdout.split())
    assert (
        "--job-ids JOB_IDS[,...] The job IDs. Separate multiple IDs with commas (,)."
        " At most 10 IDs are supported." in text
    )
    assert "1 to 10 items." in text
    assert "must match the regular expression ^[^,]+$" in text
    for flag in ("--region-id", "--endpoint", "--protocol {https,http}", "--output"):
        assert flag in text
    assert "--format {json,xml}" in text and "--signature-version {v1,v3}" in text
    # Credentials are never options: they would end up in shell history.
    assert "secret" not in text.lower().replace("alibaba_cloud_access_key_secret", "")


def test_the_command_line_loads_without_the_client() -> None:
    probe = (
        "import sys, generated.vod.cli;"
        "print(sorted(m for m in sys.modules"
        " if m.startswith(('generated', 'http.client', 'aiohttp', 'defusedxml'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=cli_environment(),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    loaded = set(eval(result.stdout))  # a printed list of module names
    assert loaded == {
        "generated",
        "generated.vod",
        "generated.vod._runtime",
        "generated.vod._runtime.cli",
        "generated.vod._runtime.cli_text",
        "generated.vod.cli",
    }
