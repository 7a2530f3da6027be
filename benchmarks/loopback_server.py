"""A tiny HTTP/1.1 server on 127.0.0.1 that answers every request with one fixed body.

Run as its own process (``python loopback_server.py BODY_FILE``) so that it works on the
second core instead of competing with the client for this process's GIL. It prints its
port on the first line of stdout, keeps connections alive, and stops by itself when its
parent closes stdin or after ``--max-seconds``, whichever comes first. ``GET
/__bench/stats`` answers how many requests and distinct connections it has served.

With ``--echo-job-ids`` each answer's RequestId is the request's ``JobIds`` value, so a
caller sending a value of its own can tell whether the answer it got is its own.

One asyncio event loop serves every connection: with a hundred clients connected at
once, a thread per connection spends its time handing the GIL around, and the server,
not the clients, would set the pace.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

STATS_PATH = "/__bench/stats"


class Counters:
    """Requests served and distinct client connections seen, to confirm reuse."""

    def __init__(self) -> None:
        self.requests = 0
        self.connections = 0

    def snapshot(self) -> bytes:
        counts = {"requests": self.requests, "connections": self.connections}
        return json.dumps(counts).encode("utf-8")


def echoing(body: bytes) -> Callable[[str], bytes]:
    """Answers whose RequestId is the request's JobIds (the body's own when absent)."""
    document = json.loads(body)
    original = str(document["RequestId"]).encode("utf-8")
    head, _, tail = body.partition(original)

    def answer(target: str) -> bytes:
        found = parse_qs(urlsplit(target).query).get("JobIds")
        if not found:
            return body
        return head + json.dumps(found[0])[1:-1].encode("utf-8") + tail

    return answer


def _response(answer: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\n"
        b"Content-Length: %d\r\n\r\n" % len(answer)
    ) + answer


class _Connection(asyncio.Protocol):
    """Reads requests (headers, then a Content-Length body) and answers each in turn."""

    def __init__(self, answer_for: Callable[[str], bytes], counters: Counters) -> None:
        self.answer_for = answer_for
        self.counters = counters
        self.buffer = b""
        self.transport: asyncio.Transport | None = None
        self.counted = False  # a connection asking only for the stats is not counted

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            length = 0
            for line in head.split("\r\n")[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip() or 0)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            target = head.split(" ", 2)[1] if " " in head else "/"
            if target == STATS_PATH:
                answer = self.counters.snapshot()
            else:
                self.counters.requests += 1
                if not self.counted:
                    self.counted = True
                    self.counters.connections += 1
                answer = self.answer_for(target)
            assert self.transport is not None
            self.transport.write(_response(answer))


async def _serve(
    body: bytes, echo: bool, stop: asyncio.Event, ready: Callable[[int], None]
) -> None:
    counters = Counters()
    answer_for = echoing(body) if echo else (lambda target: body)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _Connection(answer_for, counters), "127.0.0.1", 0, backlog=512
    )
    ready(server.sockets[0].getsockname()[1])
    try:
        await stop.wait()
    finally:
        server.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("body", type=Path, help="file whose bytes every answer carries")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--echo-job-ids", action="store_true")
    arguments = parser.parse_args(argv)
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def watch() -> None:
        # Stdin closing (or the time limit) is the cue to stop.
        reader = threading.Thread(target=sys.stdin.read, daemon=True)
        reader.start()
        reader.join(arguments.max_seconds)
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch, daemon=True).start()
    loop.run_until_complete(
        _serve(
            arguments.body.read_bytes(),
            arguments.echo_job_ids,
            stop,
            lambda port: print(port, flush=True),
        )
    )
    loop.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
