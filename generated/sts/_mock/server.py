"""The offline server: a real HTTP/1.1 server on loopback, with faults on demand.

``MockServer`` binds when built (port 0 picks a free port), serves from a background
thread after ``start()`` (or as a context manager), or in the calling thread with
``serve_forever()``. Each request gets one log line (method, action, status, request id),
never its query, signature or headers. The generated ``mock`` package subclasses it with
the service's ``SERVICE`` table.
"""

from __future__ import annotations

import json
import logging
from collections import deque
import socket
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, ClassVar, Self
from urllib.parse import parse_qsl, urlsplit

from .auth import IncomingRequest, NonceStore
from .control import ControlError, parse_control
from .faults import Fault, FaultQueue
from .sequences import SEQUENCE_PATH, AnswerSequences, operation_names
from .service import Reply, ServesDocumentedErrors, ServiceTable, response_format_of

__all__ = ["MockServer", "RecordedRequest"]

CONTROL_PATH = "/_mock/faults"
_MAX_BODY = 8 * 1024 * 1024
DEFAULT_MAX_RECORDS = 10_000
_MAX_TRAILER_LINES = 100


def _loggable(text: str | None) -> str:
    """Client-given text fit for one log line: printable, short, never empty."""
    if not text:
        return "-"
    cleaned = "".join(ch if ch.isprintable() and ch != " " else "?" for ch in text)
    return cleaned[:64]


@dataclass(frozen=True)
class RecordedRequest:
    """What the server saw and answered; no signature, secret or token is kept."""

    method: str
    path: str
    action: str | None
    status: int
    request_id: str | None
    code: str | None
    signature_version: str | None
    query_names: tuple[str, ...]
    header_names: tuple[str, ...]
    signed_headers: tuple[str, ...] = ()
    # The operation's own parameters as they arrived: common ones taken out, the
    # values of those the spec marks secret replaced by "<redacted>".
    params: Mapping[str, str] = field(default_factory=dict)
    user_agent: str | None = None
    fault: str | None = None


class _HttpServer(ThreadingHTTPServer):
    # Handler threads are joined on close; open keep-alive sockets are shut first so
    # that no thread waits for a next request that will never come.
    daemon_threads = False
    block_on_close = True
    owner: MockServer

    def __init__(self, address: tuple[str, int], owner: MockServer, ipv6: bool) -> None:
        if ipv6:
            self.address_family = socket.AF_INET6
        self.owner = owner
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        self.accepted = 0
        super().__init__(address, _Handler)

    def track(self, connection: socket.socket, is_open: bool) -> None:
        with self._open_lock:
            if is_open:
                self.accepted += 1
                self._open.add(connection)
            else:
                self._open.discard(connection)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-answer (or a connection shut by stop()) is routine
        # here; the default handler would print a traceback to stderr.
        self.owner.logger.debug("connection from %s ended early", client_address[0])

    def shut_open_connections(self) -> None:
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every answer carries Content-Length
    server_version = "AlibabaRpcMock/1"
    sys_version = ""
    timeout = 60  # an idle keep-alive connection is closed after this many seconds
    server: _HttpServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    def log_message(self, format: str, *args: Any) -> None:
        # The default line repeats the request line, query and signature included.
        return

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def _read_body(self) -> bytes | None:
        """The request body, or None when it is malformed or larger than the cap."""
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            return self._read_chunked()
        try:
            length = int(self.headers.get("content-length", "0"))
        except ValueError:
            return None
        if length < 0 or length > _MAX_BODY:
            return None
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes | None:
        """A chunked body under the same cap as a sized one: a chunk is refused by its
        declared size, before any of it is read."""
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024)
            if not size_line.endswith(b"\n"):
                return None  # the connection ended, or a size line with no end
            size_text = size_line.split(b";")[0].strip()
            if not size_text or len(size_text) > 16:
                return None
            try:
                size = int(size_text, 16)
            except ValueError:
                return None
            if size < 0 or size > _MAX_BODY - total:
                return None
            if size == 0:
                return b"".join(chunks) if self._skip_trailers() else None
            chunk = self.rfile.read(size)
            if len(chunk) != size or self.rfile.readline(1024) not in (b"\r\n", b"\n"):
                return None
            chunks.append(chunk)
            total += size

    def _skip_trailers(self) -> bool:
        """Read past a chunked body's trailer lines; False when there are too many."""
        for _ in range(_MAX_TRAILER_LINES):
            if self.rfile.readline(1024) in (b"\r\n", b"\n", b""):
                return True
        return False

    def _serve(self) -> None:
        owner = self.server.owner
        body = self._read_body()
        if body is None:
            self.close_connection = True
            owner.logger.info(
                "%s - 400 unreadable or oversized request body", self.command
            )
            self.send_error(400, "unreadable request body")
            return
        parts = urlsplit(self.path)
        request = IncomingRequest(
            method=self.command,
            path=parts.path or "/",
            query=dict(parse_qsl(parts.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            raw_query=parts.query,
        )
        if owner.control and request.path == SEQUENCE_PATH:
            status, answer = owner._sequences.control(request.method, body)
            data = json.dumps(answer).encode()
            json_type = {"content-type": "application/json"}
            self._send(Reply(status, json_type, data, "-"), None)
            return
        if owner.control and request.path == CONTROL_PATH:
            self._send(owner._control(request), None)
            return
        fault = owner._faults.take()
        if fault is not None and fault.kind == "drop":
            self.close_connection = True
            owner._record(request, None, fault)
            return
        if fault is not None and fault.kind == "delay":
            owner._wait(fault.seconds)
        reply = owner._answer(request, fault)
        owner._record(request, reply, fault)
        self._send(reply, fault)

    def _send(self, reply: Reply, fault: Fault | None) -> None:
        body = reply.body
        declared = len(body)
        if fault is not None and fault.kind == "truncate":
            keep = fault.keep_bytes if fault.keep_bytes is not None else len(body) // 2
            body = body[: max(0, min(keep, len(body)))]
            declared = declared if fault.declare_full_length else len(body)
            if fault.declare_full_length:
                self.close_connection = True
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(declared))
        if self.close_connection:
            self.send_header("connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()


class MockServer:
    """An offline server for one service, verifying signatures v1 and V3.

    ``access_key_id``/``access_key_secret`` is the one AccessKey it accepts (more in
    ``credentials``); ``clock`` gives the server's time for the 15-minute check;
    ``requests`` keeps the newest ``max_records`` requests.
    """

    SERVICE: ClassVar[ServiceTable]

    def __init__(
        self,
        *,
        access_key_id: str,
        access_key_secret: str,
        host: str = "127.0.0.1",
        port: int = 0,
        credentials: Mapping[str, str] | None = None,
        clock: Callable[[], float] = time.time,
        control: bool = False,
        logger: logging.Logger | None = None,
        max_records: int = DEFAULT_MAX_RECORDS,
    ) -> None:
        if max_records < 0:
            raise ValueError("max_records must not be negative")
        accepted = {access_key_id: access_key_secret, **(credentials or {})}
        self.dispatcher = self.SERVICE.dispatcher(
            accepted, clock=clock, nonces=NonceStore()
        )
        self.control = control
        self.logger = logger or logging.getLogger(f"{__package__}.server")
        self._faults = FaultQueue()
        self._sequences = AnswerSequences(operation_names(self.SERVICE))
        # The newest ``max_records`` requests: a long run must not grow without bound.
        self._records: deque[RecordedRequest] = deque(maxlen=max_records)
        self._records_lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._serving = False
        self._closed = False
        self._http = _HttpServer((host, port), self, ipv6=":" in host)

    # -- where it listens -------------------------------------------------------------

    @property
    def host(self) -> str:
        return str(self._http.server_address[0])

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def address(self) -> str:
        """``host:port`` as SDKs take it (IPv6 hosts in brackets)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def endpoint(self) -> str:
        """``http://host:port``, for a generated client's ``endpoint=``."""
        return f"http://{self.address}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(endpoint={self.endpoint!r})"

    # -- running ------------------------------------------------------------------------

    def start(self) -> Self:
        """Serve from a background thread; returns at once."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._http.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"mock-{self.port}",
                daemon=True,
            )
            self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread until ``stop()`` (from another thread) or
        KeyboardInterrupt."""
        self._serving = True
        try:
            self._http.serve_forever(poll_interval=0.2)
        finally:
            self._serving = False

    def stop(self) -> None:
        """Stop serving, close every connection and join every thread."""
        if self._closed:
            return
        self._closed = True
        self._stopping.set()
        if self._thread is not None or self._serving:
            self._http.shutdown()  # returns once the serving loop has ended
        if self._thread is not None:
            self._thread.join()
        self._http.shut_open_connections()
        self._http.server_close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- faults -------------------------------------------------------------------------

    def throttle(
        self,
        count: int = 1,
        *,
        retry_after: float | None = None,
        code: str = "Throttling.User",
        status: int = 503,
    ) -> None:
        """Answer the next ``count`` requests with a throttling error (HTTP 503), with an
        ``x-acs-retry-after`` header when ``retry_after`` is given."""
        self._faults.add(
            Fault("throttle", status=status, code=code, retry_after=retry_after), count
        )

    def fail(
        self,
        count: int = 1,
        *,
        status: int = 500,
        code: str = "InternalError",
        message: str | None = None,
        example: str | None = None,
    ) -> None:
        """Answer the next ``count`` requests with an error (default 500 InternalError),
        or with the spec's error example named ``example``, verbatim (the requested
        operation's when it documents one by that name)."""
        if example is not None:
            known = self.error_example_names
            if example not in known:
                listed = ", ".join(known) if known else "none documented"
                raise ValueError(f"no error example {example!r}: {listed}")
        self._faults.add(
            Fault("error", status=status, code=code, message=message, example=example),
            count,
        )

    @property
    def error_example_names(self) -> list[str]:
        """The names ``fail(example=...)`` takes: the spec's error examples."""
        if isinstance(self.dispatcher, ServesDocumentedErrors):
            return self.dispatcher.error_example_names()
        return []

    def delay(self, seconds: float, count: int = 1) -> None:
        """Wait ``seconds`` before answering each of the next ``count`` requests."""
        self._faults.add(Fault("delay", seconds=seconds), count)

    def drop_connection(self, count: int = 1) -> None:
        """Close the connection without answering the next ``count`` requests."""
        self._faults.add(Fault("drop"), count)

    def truncate(
        self,
        count: int = 1,
        *,
        keep_bytes: int | None = None,
        declare_full_length: bool = False,
    ) -> None:
        """Cut the body of the next ``count`` answers to ``keep_bytes`` (default half).

        The cut body is framed as complete (a parse error for the client) unless
        ``declare_full_length``, which announces the whole length and closes early.
        """
        self._faults.add(
            Fault(
                "truncate",
                keep_bytes=keep_bytes,
                declare_full_length=declare_full_length,
            ),
            count,
        )

    def sequence(self, operation: str, answers: list[Any]) -> None:
        """Answer the next successful requests of ``operation`` (its action name) with
        ``answers`` in turn (wire-shaped data, as examples are written), then with the
        documented example again. See ``sequences``."""
        self._sequences.add(operation, answers)

    def clear_sequences(self) -> None:
        self._sequences.clear()

    @property
    def pending_answers(self) -> dict[str, int]:
        """Queued answers left, per operation."""
        return self._sequences.pending

    def clear_faults(self) -> None:
        self._faults.clear()

    @property
    def pending_faults(self) -> int:
        return self._faults.pending

    # -- what happened -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests served so far (the newest ``max_records``), oldest first."""
        with self._records_lock:
            return list(self._records)

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted so far (keep-alive reuses one for many requests)."""
        return self._http.accepted

    def clear_requests(self) -> None:
        with self._records_lock:
            self._records.clear()

    # -- inside the handler threads -------------------------------------------------------

    def _wait(self, seconds: float) -> None:
        # An Event wait, so that stop() never waits for a long injected delay.
        self._stopping.wait(seconds)

    def _answer(self, request: IncomingRequest, fault: Fault | None) -> Reply:
        if fault is not None and fault.example is not None:
            assert isinstance(self.dispatcher, ServesDocumentedErrors)  # fail() checked
            return self.dispatcher.documented_error(request, fault.example)
        if fault is not None and fault.answers_instead:
            headers = {}
            if fault.retry_after is not None:
                headers["x-acs-retry-after"] = f"{fault.retry_after:g}"
            return self.dispatcher.error(
                fault.code,
                response_format_of(request),
                status=fault.status,
                message=fault.message,
                headers=headers,
            )
        return self._sequences.answer(self.dispatcher.handle(request))

    def _record(
        self, request: IncomingRequest, reply: Reply | None, fault: Fault | None
    ) -> None:
        identity = reply.identity if reply is not None else None
        status = reply.status if reply is not None else 0
        action = reply.action if reply is not None else None
        request_id = reply.request_id if reply is not None else None
        record = RecordedRequest(
            method=request.method,
            path=request.path,
            action=action,
            status=status,
            request_id=request_id,
            code=reply.code if reply is not None else None,
            signature_version=identity.signature_version if identity else None,
            query_names=tuple(sorted(request.query)),
            header_names=tuple(sorted(request.headers)),
            signed_headers=identity.signed_headers if identity else (),
            params=dict(identity.params) if identity else {},
            user_agent=request.headers.get("user-agent"),
            fault=fault.kind if fault is not None else None,
        )
        with self._records_lock:
            self._records.append(record)
        self.logger.info(
            "%s %s %s %s%s",
            request.method,
            _loggable(action),
            status or "closed",
            request_id or "-",
            f" fault={fault.kind}" if fault is not None else "",
        )

    def _control(self, request: IncomingRequest) -> Reply:
        """``POST /_mock/faults`` with ``{"kind": "fail", "status": 500, ...}`` calls the
        method of that name with those arguments; ``DELETE`` clears every fault. Off
        unless the server was built with control."""
        headers = {"content-type": "application/json"}
        if request.method == "DELETE":
            self.clear_faults()
            return Reply(200, headers, b'{"pending": 0}', "-")
        try:
            if request.method != "POST":
                raise ControlError("POST a fault, or DELETE to clear them")
            kind, arguments = parse_control(request.body)
            getattr(self, kind)(**arguments)
        except ValueError as error:  # ControlError, or a method refusing a value
            body = json.dumps({"error": str(error)}).encode()
            return Reply(400, headers, body, "-")
        body = json.dumps({"pending": self.pending_faults}).encode()
        return Reply(200, headers, body, "-")
