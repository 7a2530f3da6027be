"""A loopback HTTP server answering like the service, with the spec's documented examples.

Tests start one per test, point a client or the command line at ``stub.endpoint`` over
plain HTTP, and read back what was sent from ``stub.requests``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

from generator.model import Operation, ResponseExample

SECRET = "test-secret-8c1f0e7d"
ACCESS_KEY_ID = "test-key-id"
SECURITY_TOKEN = "test-token-5a3b9e21"


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]

    @property
    def action(self) -> str | None:
        return self.query.get("Action") or self.headers.get("x-acs-action")


@dataclass(frozen=True)
class Answer:
    status: int
    body: str
    content_type: str


Responder = Callable[[Received], Answer]


def documented(operation: Operation) -> Responder:
    """The operation's documented answers: the JSON or XML success example by the
    request's ``Format``; an error example when any parameter value names its code
    (``INVALID`` for a 400 example, ``THROTTLED`` for a 503 one)."""
    successes: dict[str, ResponseExample] = {
        example.format: example for example in operation.examples.responses
    }
    errors = {example.http_status: example for example in operation.examples.errors}

    def answer(received: Received) -> Answer:
        values = " ".join(received.query.values())
        for marker, status in (("INVALID", 400), ("THROTTLED", 503)):
            if marker in values and status in errors:
                error = errors[status]
                return Answer(status, error.body, f"application/{error.format}")
        wanted = "xml" if received.query.get("Format", "").upper() == "XML" else "json"
        success = successes[wanted]
        return Answer(success.http_status, success.body, f"application/{wanted}")

    return answer


class StubService:
    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self.requests: list[Received] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                if length:
                    self.rfile.read(length)
                received = Received(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query, keep_blank_values=True)),
                    {name.lower(): value for name, value in self.headers.items()},
                )
                stub.requests.append(received)
                answer = stub.responder(received)
                data = answer.body.encode("utf-8")
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"{host!s}:{port}"

    def __enter__(self) -> StubService:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


def cli_environment(**extra: str) -> dict[str, str]:
    """The environment of a command-line test: test credentials, no proxies, and the
    caller's own Alibaba Cloud settings left out."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if "proxy" not in name.lower() and not name.startswith("ALIBABA_CLOUD_")
    }
    environment.update(
        ALIBABA_CLOUD_ACCESS_KEY_ID=ACCESS_KEY_ID,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET=SECRET,
        ALIBABA_CLOUD_SECURITY_TOKEN=SECURITY_TOKEN,
        PYTHONIOENCODING="utf-8",
        COLUMNS="100",
    )
    environment.update(extra)
    return environment
