"""Command line of ApsaraVideo VOD (vod 2017-03-21).

    python -m generated.vod get-ai-image-jobs --help

One sub-command per operation. Importing this module loads argparse and the runtime's
option tables only; the client loads when a command runs.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ._runtime.cli import ClientOption, load_commands, run

__all__ = ["CLIENT_OPTIONS", "COMMANDS", "main"]

PROG = "python -m generated.vod"
DESCRIPTION = "ApsaraVideo VOD API 2017-03-21: one sub-command per operation."

CLIENT_OPTIONS = (
    ClientOption(
        "--region-id",
        "region_id",
        "region to call, such as cn-shanghai: the endpoint becomes vod.{region_id}.aliyuncs.com",
        kind="text",
    ),
    ClientOption(
        "--endpoint",
        "endpoint",
        "[http://|https://]host[:port] to call instead of the regional or global endpoint; without a scheme https is used (the offline server needs http://) (default: vod.aliyuncs.com)",
        kind="text",
    ),
    ClientOption(
        "--network",
        "network",
        "vpc: the region's VPC endpoint (needs a region)",
        choices=("public", "vpc"),
        default="public",
        kind="text",
    ),
    ClientOption(
        "--protocol",
        "protocol",
        "URL scheme",
        choices=("https", "http"),
        default="https",
        kind="text",
    ),
    ClientOption(
        "--format",
        "response_format",
        "response format asked of the service",
        choices=("json", "xml"),
        default="json",
        kind="text",
    ),
    ClientOption(
        "--signature-version",
        "signature_version",
        "request signature: v1 (HMAC-SHA1) or v3 (ACS3-HMAC-SHA256)",
        choices=("v1", "v3"),
        default="v3",
        kind="text",
    ),
    ClientOption(
        "--timeout",
        "timeout",
        "seconds to wait for each attempt's whole answer",
        default="10",
        kind="number",
    ),
    ClientOption(
        "--max-attempts",
        "max_attempts",
        "attempts in all, retries of throttling and network errors included",
        default="3",
        kind="integer",
    ),
)

# One entry per operation, kept as data beside this module: Python that only lists
# values would cost far more to generate and to compile than reading the table does.
COMMANDS = load_commands(Path(__file__).with_name("cli_commands.json"))


def _client_class() -> Callable[..., Any]:
    from .client import VodClient

    return VodClient


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns 0 on success, 1 on a service or network error, 2 on
    a usage error."""
    return run(
        prog=PROG,
        description=DESCRIPTION,
        commands=COMMANDS,
        client_options=CLIENT_OPTIONS,
        load_client=_client_class,
        argv=argv,
    )
