"""The command line: exit 2 for what is wrong before sending, no traceback, no secret,
and no line a server can forge in a log or on the terminal."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generated.vod import VodClient
from tests.support.scripted_server import Answer, ScriptedServer

PROJECT = Path(__file__).resolve().parents[2]
ACCESS_KEY_ID = "LTAI5tCliHostile0001"
SECRET = "cli-hostile-secret-77aa"
FORGED = "R-1\n2026-01-01 00:00:00 DEBUG GetAIImageJobs attempt=9 result=ok"


def _cli(
    *arguments: str | bytes, environ: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("ALIBABA_CLOUD_")}
    return subprocess.run(
        [sys.executable, "-m", "generated.vod", *arguments],
        cwd=PROJECT,
        capture_output=True,
        env={**base, **(environ or {})},
        timeout=120,
    )


def _assert_usage_error(result: subprocess.CompletedProcess[bytes]) -> str:
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert SECRET not in stderr
    return stderr


ENDPOINT = ("--endpoint", "http://127.0.0.1:9")


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"ALIBABA_CLOUD_ACCESS_KEY_ID": ACCESS_KEY_ID},
        {"ALIBABA_CLOUD_ACCESS_KEY_SECRET": SECRET},
    ],
    ids=["none", "id-only", "secret-only"],
)
def test_missing_or_half_set_credentials_exit_2(environ: dict[str, str]) -> None:
    result = _cli("get-ai-image-jobs", "--job-ids", "a", *ENDPOINT, environ=environ)
    stderr = _assert_usage_error(result)
    assert "ALIBABA_CLOUD_ACCESS_KEY" in stderr


def test_non_utf8_argument_exits_2() -> None:
    result = _cli("get-ai-image-jobs", "--job-ids", b"\xff\xfeab", *ENDPOINT)
    stderr = _assert_usage_error(result)
    assert "UTF-8" in stderr


@pytest.mark.parametrize(
    ("variable", "value", "field"),
    [
        ("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIé5t", "access_key_id"),
        ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET + "\u2028", "access_key_secret"),
        ("ALIBABA_CLOUD_SECURITY_TOKEN", "tok\tken-value", "security_token"),
    ],
)
def test_unsendable_credential_in_the_environment_exits_2(
    variable: str, value: str, field: str
) -> None:
    environ = {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": ACCESS_KEY_ID,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SECRET,
        variable: value,
    }
    result = _cli("get-ai-image-jobs", "--job-ids", "a", *ENDPOINT, environ=environ)
    stderr = _assert_usage_error(result)
    assert field in stderr
    assert value not in stderr


def _answer_with_forged_request_id(status: int) -> Answer:
    body = {"RequestId": FORGED, "AIImageJobList": [], "NonExistAIImageJobIds": []}
    if status >= 400:
        body.update(Code="InvalidParameter", Message="refused\nsecond line")
    return Answer(
        status, json.dumps(body).encode(), {"content-type": "application/json"}
    )


@pytest.mark.parametrize("status", [200, 400])
def test_request_id_with_a_newline_forges_no_log_line(
    status: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="generated.vod")
    with (
        ScriptedServer() as server,
        VodClient(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=SECRET,
            endpoint=server.endpoint,
            max_attempts=1,
        ) as client,
    ):
        server.answer(_answer_with_forged_request_id(status))
        try:
            client.get_ai_image_jobs(job_ids=["a"])
        except Exception:
            pass
    messages = [r.getMessage() for r in caplog.records if r.name == "generated.vod"]
    assert messages
    assert all("\n" not in message for message in messages)


def test_cli_error_with_a_newline_stays_on_one_line() -> None:
    with ScriptedServer() as server:
        server.answer(_answer_with_forged_request_id(400))
        result = _cli(
            "get-ai-image-jobs",
            "--job-ids",
            "a",
            "--endpoint",
            server.endpoint,
            "--max-attempts",
            "1",
            environ={
                "ALIBABA_CLOUD_ACCESS_KEY_ID": ACCESS_KEY_ID,
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SECRET,
            },
        )
    stderr = result.stderr.decode("utf-8")
    assert result.returncode == 1
    assert stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    assert SECRET not in stderr
