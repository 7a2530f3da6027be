"""A loopback HTTP server whose answers a test scripts, and which records what it got.

Real sockets, real HTTP/1.1 keep-alive: the client's transport is exercised as in
production, while the test decides status, headers, body, delays and dropped connections.
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop_connection: bool = False
    close_after: bool = False  # answer, then hang up without saying so


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes = b""


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out and hung up is part of the script, not a failure."""


class ScriptedServer:
    """Answers from a queue (the last answer repeats when the queue runs dry)."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.received: list[Received] = []
        self.connections: set[tuple[str, int]] = set()
        self._answers: list[Answer] = []
        self._default = Answer(200, b"{}")
        self._lock = threading.Lock()
        self.responder: Callable[[Received], Answer] | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            # Headers and body leave in separate writes: with Nagle's algorithm on,
            # delayed ACKs add ~40 ms to every answer.
            disable_nagle_algorithm = True

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length", "0") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                received = Received(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query, keep_blank_values=True)),
                    {name.lower(): value for name, value in self.headers.items()},
                    body,
                )
                server.connections.add(self.client_address[:2])
                answer = server._record(received)
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop_connection:
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True
                    return
                self.send_response(answer.status)
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                if "content-length" not in {n.lower() for n in answer.headers}:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
                if answer.close_after:
                    self.wfile.flush()
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.close_connection = True

            do_GET = _handle
            do_POST = _handle
            do_PUT = _handle

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = _QuietServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._scheme = "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self._scheme = "https"
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.02},
            daemon=True,
        )

    def _record(self, received: Received) -> Answer:
        with self._lock:
            self.received.append(received)
            if self.responder is not None:
                return self.responder(received)
            if self._answers:
                answer = self._answers.pop(0)
                if not self._answers:
                    self._default = answer
                return answer
            return self._default

    def answer(self, *answers: Answer) -> None:
        with self._lock:
            self._answers = list(answers)

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        # socketserver types the host as str | bytes; only an AF_UNIX address is bytes.
        if isinstance(host, bytes):
            host = host.decode("ascii")
        return f"{self._scheme}://{host}:{port}"

    def __enter__(self) -> ScriptedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
