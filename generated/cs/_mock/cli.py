"""``python -m <package>.mock``: run the offline server until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Mapping, Sequence
from types import FrameType
from typing import TextIO

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
        help="accept POST/DELETE /_mock/faults to queue or clear faults",
    )
    parser.add_argument("--quiet", action="store_true", help="no log line per request")
    return parser


def _stop_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(
    server_class: type[MockServer],
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] = os.environ,
    out: TextIO = sys.stdout,
) -> int:
    parser = _parser(server_class)
    arguments = parser.parse_args(argv)
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
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    return 0
