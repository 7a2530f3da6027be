"""The offline server against hostile requests: a clear answer, a log line, bounded
memory, and a command line that stops on SIGINT however it was started."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generated.vod.mock import MockServer
from tests.hostile.conftest import HOSTILE_SETTINGS
from tests.e2e.conftest import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    JOB_ID,
    make_client,
    send,
    signed_request,
)

PROJECT = Path(__file__).resolve().parents[2]
MAX_BODY = 8 * 1024 * 1024
# The reader's own refusal, told apart from the service's answers to a readable request.
REFUSED = b"HTTP/1.1 400 unreadable request body"


@pytest.fixture(scope="module")
def module_server() -> Iterator[MockServer]:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as running:
        yield running


@pytest.fixture
def server() -> Iterator[MockServer]:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as running:
        yield running


def _exchange(server: MockServer, raw: bytes, *, timeout: float = 30.0) -> bytes:
    """Send raw bytes; everything the server answers until it closes or goes quiet."""
    with socket.create_connection((server.host, server.port), timeout=timeout) as conn:
        try:
            conn.sendall(raw)
            conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass  # the server may refuse and close before reading everything
        answer = b""
        try:
            while chunk := conn.recv(65536):
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
        return answer


def _chunked(*size_lines: bytes, tail: bytes = b"") -> bytes:
    head = (
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\n\r\n"
    )
    return head + b"".join(line + b"\r\n" for line in size_lines) + tail


@pytest.mark.parametrize(
    "signature", ["é" * 64, "\u00ff" * 10, "0" * 63 + "\u00e9"], ids=["e", "y", "tail"]
)
def test_non_ascii_v3_signature_gets_an_error_answer_and_a_log_line(
    server: MockServer, signature: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=server.logger.name)
    request = signed_request(server, signature_version="v3")
    headers = dict(request.headers)
    name = next(key for key in headers if key.lower() == "authorization")
    headers[name] = headers[name].rsplit("Signature=", 1)[0] + f"Signature={signature}"
    answer = send(request._replace(headers=headers))
    assert 400 <= answer.status < 500
    assert answer.json()["Code"] in ("SignatureDoesNotMatch", "IncompleteSignature")
    lines = [r.getMessage() for r in caplog.records if r.name == server.logger.name]
    assert any(f" {answer.status} " in line for line in lines)


def test_chunked_body_over_the_cap_is_refused_by_its_declared_size(
    server: MockServer,
) -> None:
    answer = _exchange(server, _chunked(b"%x" % (MAX_BODY + 1)))
    assert answer.startswith(REFUSED)


def test_chunked_body_adding_up_over_the_cap_is_refused(server: MockServer) -> None:
    chunk = b"a" * (1024 * 1024)
    body = (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * 9 + b"0\r\n\r\n"
    answer = _exchange(server, _chunked(tail=body))
    assert answer.startswith(REFUSED)


@pytest.mark.parametrize(
    "size_line",
    [b"FFFFFFFFFFFFFFFF", b"1" + b"0" * 40, b"-1", b"zz", b"", b"0x10", b"1 1"],
)
def test_absurd_chunk_sizes_get_a_400_answer(
    module_server: MockServer, size_line: bytes
) -> None:
    answer = _exchange(module_server, _chunked(size_line, tail=b"abc\r\n0\r\n\r\n"))
    assert answer.startswith(REFUSED)


def test_endless_chunked_trailers_get_a_400_answer(module_server: MockServer) -> None:
    trailers = b"X-Trailer: 1\r\n" * 500 + b"\r\n"
    answer = _exchange(module_server, _chunked(b"3", tail=b"abc\r\n0\r\n" + trailers))
    assert answer.startswith(REFUSED)


def test_request_records_are_bounded() -> None:
    with (
        MockServer(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=ACCESS_KEY_SECRET,
            max_records=3,
        ) as server,
        make_client(server) as client,
    ):
        ids = [client.get_ai_image_jobs(job_ids=[JOB_ID]).request_id for _ in range(5)]
        kept = server.requests
    assert len(kept) == 3
    assert [record.request_id for record in kept] == ids[-3:]


# --- property-based: the request reader takes any bytes ------------------------------

request_heads = st.sampled_from(
    [
        b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n",
        b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        b"GET /?Action=GetAIImageJobs HTTP/1.1\r\nHost: x\r\n\r\n",
        b"",
    ]
)
framing = st.lists(
    st.one_of(
        st.binary(max_size=40),
        st.sampled_from([b"\r\n", b"0\r\n\r\n", b"FFFFFFFF\r\n", b"5;x=y\r\n"]),
        st.integers(0, 2**70).map(lambda n: b"%x\r\n" % n),
    ),
    max_size=6,
)


@HOSTILE_SETTINGS
@given(request_heads, framing)
def test_request_reader_answers_or_closes_and_keeps_serving(
    module_server: MockServer, head: bytes, parts: list[bytes]
) -> None:
    answer = _exchange(module_server, head + b"".join(parts), timeout=60.0)
    # A line without "HTTP/1.x" is answered as HTTP/0.9 would be: the error page alone.
    assert (
        answer == b"" or answer.startswith(b"HTTP/1.") or b"Error code: 400" in answer
    )
    with make_client(module_server) as client:
        assert client.get_ai_image_jobs(job_ids=[JOB_ID]).request_id


header_bytes = st.binary(max_size=80).map(
    lambda raw: raw.replace(b"\r", b"").replace(b"\n", b"")
)


@HOSTILE_SETTINGS
@given(header_bytes, header_bytes, st.sampled_from([b"v3", b"v1", b"roa"]))
def test_signature_checks_answer_any_header_bytes(
    module_server: MockServer, authorization: bytes, date: bytes, style: bytes
) -> None:
    query = b"Action=GetAIImageJobs&Version=2017-03-21&JobIds=a"
    if style == b"v1":
        query += b"&SignatureVersion=1.0&Signature=" + authorization.hex().encode()
    request = (
        b"POST /?" + query + b" HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: ACS3-HMAC-SHA256 " + authorization + b"\r\n"
        b"x-acs-date: " + date + b"\r\nx-acs-signature-nonce: " + date + b"\r\n"
        b"x-acs-content-sha256: " + authorization + b"\r\n"
        b"Content-Length: 0\r\nConnection: close\r\n\r\n"
    )
    answer = _exchange(module_server, request, timeout=60.0)
    status = answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/1.") else b""
    assert status[:1] == b"4", answer[:200]


# --- the command line stops on SIGINT, even when started with SIGINT ignored -----------


def _ignore_sigint() -> None:
    # What a non-interactive shell does to a command it starts in the background.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_command_line_server_stops_on_signal_when_started_ignoring_sigint(
    stop_signal: signal.Signals,
) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generated.vod.mock",
            "--access-key-id",
            ACCESS_KEY_ID,
            "--access-key-secret",
            ACCESS_KEY_SECRET,
        ],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=_ignore_sigint,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert "listening on" in banner
        process.send_signal(stop_signal)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0
    assert "Traceback" not in stderr
    assert ACCESS_KEY_SECRET not in banner + stdout + stderr
