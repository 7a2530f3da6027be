"""The benchmark's own virtual environment, ``.bench-venv/``, and the peers installed in it.

Never the test environment ``.venv``: the peers are heavy and must not leak into it. Each
peer is installed by its own pip call so that one that fails to install is recorded (and
shown as "not installed: <reason>" in its rows) without stopping the others.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import venv
from dataclasses import asdict, dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
VENV = PROJECT / ".bench-venv"
STATUS = VENV / "peers.json"


@dataclass(frozen=True)
class Peer:
    """One pip install: a name for the record and the requirements it installs."""

    name: str
    requirements: tuple[str, ...]


PEERS: tuple[Peer, ...] = (
    Peer("alibabacloud-vod20170321", ("alibabacloud-vod20170321",)),
    # The large-answer figures parse an ECS DescribeInstances page with ECS's Tea models.
    Peer("alibabacloud-ecs20140526", ("alibabacloud-ecs20140526",)),
    Peer(
        "aliyun-python-sdk-vod",
        ("aliyun-python-sdk-vod", "aliyun-python-sdk-core"),
    ),
    Peer("jsonschema", ("jsonschema",)),
    Peer("fastjsonschema", ("fastjsonschema",)),
    Peer("openapi-python-client", ("openapi-python-client==0.29.*",)),
    Peer("defusedxml", ("defusedxml",)),
    # The runner reads the documented examples from the spec's YAML.
    Peer("pyyaml", ("pyyaml",)),
    # The project itself, editable, so that ``generated.vod`` imports here as it grows.
    Peer("acsgen (this project)", ("-e", str(PROJECT))),
)


@dataclass(frozen=True)
class Installed:
    name: str
    ok: bool
    reason: str = ""


def python() -> Path:
    return VENV / "bin" / "python"


def inside() -> bool:
    """True when this interpreter is the bench venv's."""
    return Path(sys.prefix).resolve() == VENV.resolve()


def _fingerprint() -> str:
    # Reinstall when the peer list or the project's own dependencies change.
    digest = hashlib.sha256(repr(PEERS).encode("utf-8"))
    digest.update((PROJECT / "pyproject.toml").read_bytes())
    return digest.hexdigest()


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors or lines or ["pip failed without a message"])[-1]


def _install(peer: Peer) -> Installed:
    command = [
        str(python()),
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        *peer.requirements,
    ]
    try:
        completed = subprocess.run(
            command, capture_output=True, text=True, timeout=900, check=False
        )
    except subprocess.TimeoutExpired:
        return Installed(peer.name, False, "pip timed out after 900 s")
    if completed.returncode != 0:
        return Installed(peer.name, False, _last_line(completed.stderr))
    return Installed(peer.name, True)


def read_status() -> dict[str, Installed]:
    if not STATUS.is_file():
        return {}
    recorded = json.loads(STATUS.read_text(encoding="utf-8"))
    return {
        item["name"]: Installed(item["name"], bool(item["ok"]), str(item["reason"]))
        for item in recorded.get("peers", [])
    }


def ensure(force: bool = False) -> dict[str, Installed]:
    """Create the venv and install every peer unless an up-to-date record says it's done."""
    fingerprint = _fingerprint()
    if not force and STATUS.is_file():
        recorded = json.loads(STATUS.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == fingerprint:
            return read_status()
    if not python().exists():
        print(f"creating {VENV.relative_to(PROJECT)}/", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    results: list[Installed] = []
    for peer in PEERS:
        print(f"installing {peer.name} ...", flush=True)
        result = _install(peer)
        if not result.ok:
            print(f"  not installed: {result.reason}", flush=True)
        results.append(result)
    STATUS.write_text(
        json.dumps(
            {"fingerprint": fingerprint, "peers": [asdict(item) for item in results]},
            indent=2,
        ),
        encoding="utf-8",
    )
    return {item.name: item for item in results}


def not_installed_reason(name: str, error: BaseException | None = None) -> str:
    """Why a peer cannot be measured: pip's recorded failure, else the import error."""
    recorded = read_status().get(name)
    if recorded is not None and not recorded.ok:
        return f"not installed: {recorded.reason}"
    if error is not None:
        return f"not installed: {type(error).__name__}: {error}"
    return "not installed"
