"""A production-sized answer: an ECS ``DescribeInstances`` page of 100 instances.

Built at run time from the documented JSON example in ECS's api-docs metadata (read in
place from ``../shared/data``, never copied into the repository): the documented
instance is repeated 100 times with its identifiers made unique, and every list inside
it holds ``LIST_FACTOR`` entries instead of one, as a busy account's instances have
several tags, security groups and addresses. The XML form is the same page written with
Alibaba's XML rules (a list is its container element holding one element per item).

The ECS client the figures parse with is generated from the same metadata into a
scratch folder: only ``DescribeInstances`` is imported, so generating it takes seconds.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .inputs import PROJECT

API_DOCS = PROJECT.parent / "shared" / "data" / "ecs-2014-05-26.api-docs.json"
OPERATION = "DescribeInstances"
INSTANCES = 100
LIST_FACTOR = 4
PACKAGE = "bench_ecs"


@dataclass(frozen=True)
class Page:
    json_body: bytes
    xml_body: bytes
    instances: int
    request_id: str


def _documented_example(api_docs: Path) -> dict[str, Any]:
    document = json.loads(api_docs.read_text(encoding="utf-8"))
    demos = json.loads(document["apis"][OPERATION]["responseDemo"])
    for demo in demos:
        if demo.get("type") == "json":
            example: dict[str, Any] = json.loads(demo["example"])
            return example
    raise LookupError(f"{api_docs}: {OPERATION} has no documented JSON answer")


def _widen(value: Any, factor: int) -> Any:
    """Every list holds ``factor`` copies of each documented item."""
    if isinstance(value, dict):
        return {key: _widen(item, factor) for key, item in value.items()}
    if isinstance(value, list):
        return [_widen(item, factor) for item in value for _ in range(factor)]
    return value


def _unique(instance: dict[str, Any], index: int) -> dict[str, Any]:
    made = copy.deepcopy(instance)
    for key in ("InstanceId", "InstanceName", "HostName", "SerialNumber"):
        if isinstance(made.get(key), str):
            made[key] = f"{made[key]}-{index:04d}"
    return made


def page_data(
    api_docs: Path = API_DOCS, instances: int = INSTANCES, factor: int = LIST_FACTOR
) -> dict[str, Any]:
    example = _documented_example(api_docs)
    documented = example["Instances"]["Instance"][0]
    widened = _widen(documented, factor)
    page = dict(example)
    page["PageSize"] = instances
    page["TotalCount"] = instances
    page["Instances"] = {
        "Instance": [_unique(widened, index) for index in range(instances)]
    }
    return page


def _xml(name: str, value: Any, out: list[str]) -> None:
    if isinstance(value, dict):
        out.append(f"<{name}>")
        for key, item in value.items():
            if isinstance(item, list):
                for entry in item:  # a list's items repeat under the container
                    _xml(key, entry, out)
            else:
                _xml(key, item, out)
        out.append(f"</{name}>")
    elif isinstance(value, bool):
        out.append(f"<{name}>{'true' if value else 'false'}</{name}>")
    else:
        out.append(f"<{name}>{escape(str(value))}</{name}>")


def to_xml(data: dict[str, Any]) -> bytes:
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8"?>']
    _xml(f"{OPERATION}Response", data, out)
    return "".join(out).encode("utf-8")


def build_page(api_docs: Path = API_DOCS) -> Page:
    data = page_data(api_docs)
    return Page(
        json_body=json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(),
        xml_body=to_xml(data),
        instances=INSTANCES,
        request_id=str(data["RequestId"]),
    )


def generate_client(scratch: Path, api_docs: Path = API_DOCS) -> Path:
    """Generate ECS's ``DescribeInstances`` as package ``bench_ecs`` under ``scratch``;
    return the folder to put on ``sys.path``."""
    imported = scratch / "imported"
    subprocess.run(
        [sys.executable, "-m", "generator", "import-metadata", str(api_docs)]
        + ["--out", str(imported)],
        cwd=PROJECT,
        check=False,  # it exits 1 when some other operation was skipped
        capture_output=True,
    )
    services = sorted(imported.rglob("service.yaml"))
    if not services:
        raise RuntimeError(f"import-metadata wrote no service.yaml from {api_docs}")
    service = services[0]
    operation = service.parent / "operations" / f"{OPERATION}.yaml"
    if not operation.is_file():
        raise RuntimeError(f"import-metadata did not import {OPERATION}")
    spec = scratch / "spec"
    target = spec / service.parent.relative_to(imported)
    (target / "operations").mkdir(parents=True)
    shutil.copy2(service, target / "service.yaml")
    shutil.copy2(operation, target / "operations" / operation.name)
    out = scratch / "project"
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec)]
        + ["--out", str(out), "--package", PACKAGE],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"generate failed: {completed.stderr.strip()[-400:]}")
    return out / "src"
