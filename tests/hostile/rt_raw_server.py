"""A loopback TCP server that answers each connection with a script of raw bytes.

Hostile answers (a status line of ``000``, a body dripped one byte at a time, a
connection dropped after the request) are below what an HTTP server library will send,
so the tests write the bytes themselves.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from types import TracebackType

Script = Callable[[socket.socket, threading.Event], None]


def read_request(connection: socket.socket) -> bytes:
    """The request head and its sized body (the clients under test send no chunks)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


class RawServer:
    """Runs ``script(connection, stopping)`` for each accepted connection."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.connections = 0
        self.stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self._listener.getsockname()[:2]
        return f"http://{host}:{port}"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._run, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _run(self, connection: socket.socket) -> None:
        try:
            self.script(connection, self.stopping)
        except OSError:
            pass  # the client gave up: that is what most scripts test
        finally:
            connection.close()

    def __enter__(self) -> RawServer:
        self._accepting.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._accepting.join(timeout=5)
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


def dripping(interval: float, body_size: int = 10_000) -> Script:
    """A 200 answer whose body arrives one byte every ``interval`` seconds."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        read_request(connection)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {body_size}\r\n\r\n".encode()
        )
        for _ in range(body_size):
            if stopping.wait(interval):
                return
            connection.sendall(b" ")

    return script


def dripping_headers(interval: float) -> Script:
    """A status line and then header bytes, one every ``interval`` seconds, forever."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        read_request(connection)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        while not stopping.wait(interval):
            connection.sendall(b"X")

    return script


def fixed(answer: bytes) -> Script:
    """The same raw answer to every request, then the connection is closed."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        read_request(connection)
        connection.sendall(answer)

    return script


def dropping() -> Script:
    """Read the request, then hang up without a byte of answer."""

    def script(connection: socket.socket, stopping: threading.Event) -> None:
        read_request(connection)

    return script
