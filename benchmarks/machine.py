"""Where the figures were measured: CPU, cores, OS, Python, date and peer versions."""

from __future__ import annotations

import datetime
import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .environment import read_status

# Distributions whose versions a reader needs to reproduce the figures.
DISTRIBUTIONS = (
    "alibabacloud-vod20170321",
    "alibabacloud-tea-openapi",
    "alibabacloud-tea",
    "darabonba-core",
    "aliyun-python-sdk-vod",
    "aliyun-python-sdk-core",
    "requests",
    "aiohttp",
    "jsonschema",
    "fastjsonschema",
    "openapi-python-client",
    "ruff",
    "defusedxml",
    "pyyaml",
    "acsgen",
)


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    os: str
    python: str
    date: str


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine() or "unknown"


def _os_name() -> str:
    release = Path("/etc/os-release")
    pretty = ""
    if release.is_file():
        for line in release.read_text(encoding="utf-8").splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
    kernel = f"{platform.system()} {platform.release()}"
    return f"{pretty} ({kernel})" if pretty else kernel


def describe() -> Machine:
    return Machine(
        cpu=_cpu_model(),
        cores=os.cpu_count() or 0,
        os=_os_name(),
        python=f"{platform.python_implementation()} {platform.python_version()}",
        date=datetime.datetime.now(datetime.timezone.utc).strftime(
            "%Y-%m-%d %H:%M UTC"
        ),
    )


def versions() -> list[tuple[str, str]]:
    """(distribution, version or "not installed: …") for every distribution listed."""
    failures = {
        name: item.reason for name, item in read_status().items() if not item.ok
    }
    found: list[tuple[str, str]] = []
    for name in DISTRIBUTIONS:
        try:
            found.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            reason = failures.get(name)
            found.append(
                (name, f"not installed: {reason}" if reason else "not installed")
            )
    return found
