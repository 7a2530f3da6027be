"""Start and stop the loopback server process for the round-trip figures."""

from __future__ import annotations

import http.client
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER = Path(__file__).resolve().parent / "loopback_server.py"


@contextmanager
def serving(
    body: bytes, max_seconds: float = 900.0, echo_job_ids: bool = False
) -> Iterator[int]:
    """Yield the port of a server answering every request with ``body`` (its RequestId
    replaced by the request's JobIds with ``echo_job_ids``)."""
    with tempfile.NamedTemporaryFile(prefix="bench-body-", suffix=".json") as file:
        file.write(body)
        file.flush()
        process = subprocess.Popen(
            [sys.executable, str(SERVER), file.name, "--max-seconds", str(max_seconds)]
            + (["--echo-job-ids"] if echo_job_ids else []),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={k: v for k, v in os.environ.items() if not _is_proxy(k)},
        )
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line.strip().isdigit():
                raise RuntimeError(f"loopback server did not start: {line!r}")
            yield int(line)
        finally:
            if process.stdin is not None:
                process.stdin.close()  # the server's cue to stop
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def without_proxies() -> Iterator[None]:
    """Hide proxy variables from the in-process clients, so loopback stays loopback."""
    saved = {key: os.environ.pop(key) for key in list(os.environ) if _is_proxy(key)}
    try:
        yield
    finally:
        os.environ.update(saved)


def _is_proxy(key: str) -> bool:
    return key.lower() in {"http_proxy", "https_proxy", "all_proxy", "no_proxy"}


def served(port: int) -> tuple[int, int]:
    """(requests, distinct connections) the server has answered so far."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/__bench/stats")
        counts = json.loads(connection.getresponse().read())
    finally:
        connection.close()
    return int(counts["requests"]), int(counts["connections"])
