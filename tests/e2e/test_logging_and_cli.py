"""One log line per request with no secret in it, and the command line server."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from generated.vod import VodClient
from generated.vod.mock import MockServer

from .conftest import ACCESS_KEY_ID, ACCESS_KEY_SECRET, JOB_ID, make_client

PROJECT = Path(__file__).resolve().parents[2]


def test_one_log_line_per_request_without_secrets(
    server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=server.logger.name)
    with make_client(server, signature_version="v1") as client:
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    with make_client(server, access_key_secret="wrong-secret") as client:
        with pytest.raises(Exception):
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    lines = [r.getMessage() for r in caplog.records if r.name == server.logger.name]
    good, bad = server.requests
    assert lines == [
        f"POST GetAIImageJobs 200 {good.request_id}",
        f"POST - 400 {bad.request_id}",
    ]
    text = "\n".join(lines)
    for secret in (ACCESS_KEY_SECRET, "wrong-secret", "Signature", JOB_ID):
        assert secret not in text
    assert ACCESS_KEY_SECRET not in repr(server)
    assert ACCESS_KEY_SECRET not in repr(server.dispatcher)
    assert all(ACCESS_KEY_SECRET not in repr(r) for r in server.requests)


def _start_cli(*arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "generated.vod.mock", *arguments],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_command_line_server_serves_and_stops_cleanly(
    stop_signal: signal.Signals,
) -> None:
    process = _start_cli(
        "--port", "0", "--access-key-id", "cli-id", "--access-key-secret", "cli-secret"
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert "listening on http://127.0.0.1:" in banner
        assert "cli-secret" not in banner
        endpoint = banner.split("listening on ", 1)[1].split()[0]
        with VodClient(
            access_key_id="cli-id",
            access_key_secret="cli-secret",
            endpoint=endpoint,
            signature_version="v1",
        ) as client:
            response = client.get_ai_image_jobs(job_ids=[JOB_ID])
        process.send_signal(stop_signal)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert f"POST GetAIImageJobs 200 {response.request_id}" in stderr
    assert "Traceback" not in stderr
    for secret in ("cli-secret", "Signature="):
        assert secret not in stderr + stdout


def test_command_line_server_needs_credentials() -> None:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("ALIBABA_CLOUD_")
    }
    result = subprocess.run(
        [sys.executable, "-m", "generated.vod.mock"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--access-key-id" in result.stderr


def test_server_binds_loopback_by_default() -> None:
    with MockServer(access_key_id=ACCESS_KEY_ID, access_key_secret="s") as server:
        assert server.host == "127.0.0.1"
        assert server.port > 0
        assert server.endpoint == f"http://127.0.0.1:{server.port}"


def test_stop_from_another_thread_ends_serve_forever() -> None:
    import threading

    server = MockServer(access_key_id=ACCESS_KEY_ID, access_key_secret="s")
    serving = threading.Thread(target=server.serve_forever)
    serving.start()
    with VodClient(
        access_key_id=ACCESS_KEY_ID, access_key_secret="s", endpoint=server.endpoint
    ) as client:
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    server.stop()
    serving.join(timeout=30)
    assert not serving.is_alive()
    assert [r.status for r in server.requests] == [200]
