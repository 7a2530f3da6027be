"""``python -m <package>.mock``: run the offline server until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Mapping, Sequence
from types import FrameType
from typing import TextIO

from .control import CONTROL_KINDS
from .server import MockServer

__all__ = ["main"]


def _parser(server_class: type[MockServer]) -> argparse.ArgumentParser:
    service = server_class.SERVICE
    parser = argparse.ArgumentParser(
        prog=f"python -m {server_class.__module__}",
        description=f"Offline {service.product} {service.api_version} server: checks"
        " signatures v1 and V3 and answers with the documented examples.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    parser.add_argument(
        "--port", type=int, default=0, help="default: 0, a free port (printed)"
    )
    parser.add_argument(
        "--access-key-id",
        help="the AccessKey ID to accept (default: $ALIBABA_CLOUD_ACCESS_KEY_ID)",
    )
    parser.add_argument(
        "--access-key-secret",
        help="its secret (default: $ALIBABA_CLOUD_ACCESS_KEY_SECRET)",
    )
    parser.add_argument(
        "--control",
        action="store_true",
        help=(
            "accept POST/DELETE /_mock/faults to queue or clear faults (kind: "
            + ", ".join(CONTROL_KINDS)
            + ") and POST/DELETE /_mock/sequence to queue or clear answers an"
            " operation gives in turn"
        ),
    )
    parser.add_argument("--quiet", action="store_true", help="no log line per request")
    return parser


class _StopSignals:
    """SIGINT and SIGTERM, caught from before the banner until the server has stopped.

    Both are installed explicitly: a process started in the background by a
    non-interactive shell inherits SIGINT *ignored*, and Python then installs no
    KeyboardInterrupt for it, so Ctrl-C (or a test's SIGINT) would do nothing. The
    handlers only note the signal; the C-level handler also writes a byte to a socket
    pair (``signal.set_wakeup_fd``), which is what the main thread waits on. No exception
    is raised at an arbitrary point, and the server is stopped by the documented
    ``stop()`` from the main thread while it serves from its own thread.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.received: list[int] = []
        self._wake_read, self._wake_write = socket.socketpair()
        self._wake_write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._wake_write.fileno())
        self._previous = {
            number: signal.signal(number, self._note) for number in self.SIGNALS
        }

    def _note(self, signum: int, frame: FrameType | None) -> None:
        self.received.append(signum)

    def wait(self) -> None:
        """Return once SIGINT or SIGTERM has arrived (at once if one already has)."""
        while not self.received:
            self._wake_read.recv(64)

    def restore(self) -> None:
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._wake_read.close()
        self._wake_write.close()


def main(
    server_class: type[MockServer],
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] = os.environ,
    out: TextIO = sys.stdout,
) -> int:
    parser = _parser(server_class)
    arguments = parser.parse_args(argv)
    if threading.current_thread() is not threading.main_thread():
        parser.error("the server's command line runs in the main thread only")
    access_key_id = arguments.access_key_id or environ.get(
        "ALIBABA_CLOUD_ACCESS_KEY_ID"
    )
    secret = arguments.access_key_secret or environ.get(
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
    )
    if not access_key_id or not secret:
        parser.error(
            "give --access-key-id and --access-key-secret (or set"
            " ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET)"
        )
    logging.basicConfig(
        level=logging.WARNING if arguments.quiet else logging.INFO,
        format="%(asctime)s %(message)s",
        stream=sys.stderr,
    )
    stop_signals = _StopSignals()
    try:
        return _serve(server_class, arguments, access_key_id, secret, out, stop_signals)
    finally:
        stop_signals.restore()


def _serve(
    server_class: type[MockServer],
    arguments: argparse.Namespace,
    access_key_id: str,
    secret: str,
    out: TextIO,
    stop_signals: _StopSignals,
) -> int:
    try:
        server = server_class(
            access_key_id=access_key_id,
            access_key_secret=secret,
            host=arguments.host,
            port=arguments.port,
            control=arguments.control,
        )
    except OSError as error:
        print(
            f"cannot listen on {arguments.host}:{arguments.port}: {error}",
            file=sys.stderr,
        )
        return 1
    service = server_class.SERVICE
    print(
        f"{service.product} {service.api_version} mock listening on {server.endpoint}"
        f" (AccessKey ID {access_key_id}); Ctrl-C stops it",
        file=out,
        flush=True,
    )
    try:
        server.start()
        stop_signals.wait()
    finally:
        server.stop()
    return 0
