"""Benchmark inputs: the documented examples from our spec, and the schema and OpenAPI
documents to feed the validators and openapi-python-client.

Our own artifacts are preferred as soon as the generator emits them; until then the
stand-ins kept in ``benchmarks/data/`` (written for the benchmark, derived from the
GetAIImageJobs documentation) are used, and each figure says which one it ran on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
BENCHMARKS = PROJECT / "benchmarks"
DATA = BENCHMARKS / "data"
SPEC = PROJECT / "spec"
OPERATION_SPEC = SPEC / "vod" / "2017-03-21" / "operations" / "GetAIImageJobs.yaml"

GENERATED_SCHEMA = (
    PROJECT / "generated" / "vod" / "schemas" / "GetAIImageJobs.response.json"
)
STAND_IN_SCHEMA = DATA / "GetAIImageJobs.response.schema.json"
GENERATED_OPENAPI = PROJECT / "generated" / "openapi" / "vod-2017-03-21.json"
STAND_IN_OPENAPI = DATA / "GetAIImageJobs.openapi.json"


@dataclass(frozen=True)
class Examples:
    """The documented success responses of GetAIImageJobs, as bytes off the wire."""

    json_body: bytes
    xml_body: bytes


@dataclass(frozen=True)
class Chosen:
    """A file used as input, and whether it is ours or the benchmark's stand-in."""

    path: Path
    ours: bool

    def describe(self) -> str:
        where = self.path.relative_to(PROJECT)
        return f"`{where}`" + (
            "" if self.ours else " (stand-in until ours is generated)"
        )


def load_examples(spec_file: Path = OPERATION_SPEC) -> Examples:
    """Read the documented JSON and XML responses from the operation's spec file."""
    import yaml  # the project's own dependency, installed into the bench venv with it

    document = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    responses = document["operation"]["examples"]["responses"]
    bodies: dict[str, str] = {}
    for response in responses:
        bodies.setdefault(str(response["format"]), str(response["body"]))
    missing = {"json", "xml"} - bodies.keys()
    if missing:
        raise LookupError(f"{spec_file}: no documented {sorted(missing)} response")
    return Examples(
        json_body=bodies["json"].encode("utf-8"),
        xml_body=bodies["xml"].encode("utf-8"),
    )


def _prefer(ours: Path, stand_in: Path) -> Chosen:
    return Chosen(ours, True) if ours.is_file() else Chosen(stand_in, False)


def response_schema() -> tuple[Chosen, Any]:
    chosen = _prefer(GENERATED_SCHEMA, STAND_IN_SCHEMA)
    return chosen, json.loads(chosen.path.read_text(encoding="utf-8"))


def openapi_document() -> Chosen:
    return _prefer(GENERATED_OPENAPI, STAND_IN_OPENAPI)
