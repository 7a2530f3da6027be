"""A tiny HTTP/1.1 server on 127.0.0.1 that answers every request with one fixed body.

Run as its own process (``python loopback_server.py BODY_FILE``) so that it works on the
second core instead of competing with the client for this process's GIL. It prints its
port on the first line of stdout, keeps connections alive, and stops by itself when its
parent closes stdin or after ``--max-seconds``, whichever comes first. ``GET
/__bench/stats`` answers how many requests and distinct connections it has served.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

STATS_PATH = "/__bench/stats"


class Counters:
    """Requests served and distinct client connections seen, to confirm reuse."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests = 0
        self.connections: set[tuple[str, int]] = set()

    def count(self, client: tuple[str, int]) -> None:
        with self.lock:
            self.requests += 1
            self.connections.add(client)

    def snapshot(self) -> bytes:
        with self.lock:
            counts = {"requests": self.requests, "connections": len(self.connections)}
        return json.dumps(counts).encode("utf-8")


def handler_for(body: bytes, counters: Counters) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, so clients can reuse connections
        # Headers and body leave in two writes; with Nagle on, the second waits for the
        # client's delayed ACK and every call costs a flat 40 ms.
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            if self.path == STATS_PATH:
                answer = counters.snapshot()
            else:
                counters.count(self.client_address)
                answer = body
            self.send_response(200)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        do_GET = _answer
        do_POST = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass  # thousands of requests; a log line each would dominate the timing

    return Handler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("body", type=Path, help="file whose bytes every answer carries")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    arguments = parser.parse_args(argv)
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), handler_for(arguments.body.read_bytes(), Counters())
    )
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    watcher = threading.Thread(target=sys.stdin.read, daemon=True)
    watcher.start()
    watcher.join(arguments.max_seconds)
    server.shutdown()
    server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
