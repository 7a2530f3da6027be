"""Shared fixtures: paths of the project and of the read-only material beside it, the
documented examples of the spec, and a scripted loopback HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import os

import pytest
import yaml
from hypothesis import settings

# Property tests draw the same cases on every run, so a red CI is a real regression and
# replays as it is; HYPOTHESIS_PROFILE=explore draws new cases while developing.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
# Other names (tests/hostile's "ci" and "fuzz") are profiles those tests apply themselves.
_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "repeatable")
settings.load_profile(
    _PROFILE if _PROFILE in ("repeatable", "explore") else "repeatable"
)

from tests.support.scripted_server import ScriptedServer

PROJECT = Path(__file__).resolve().parent.parent
SPEC = PROJECT / "spec"
SHARED = PROJECT.parent / "shared"
OPERATION_SPEC = SPEC / "vod/2017-03-21/operations/GetAIImageJobs.yaml"


@cache
def operation_examples() -> dict[str, Any]:
    document = yaml.safe_load(OPERATION_SPEC.read_text(encoding="utf-8"))
    examples: dict[str, Any] = document["operation"]["examples"]
    return examples


def response_body(name: str) -> str:
    """The verbatim body of a documented response example (``documented-json``...)."""
    for example in operation_examples()["responses"]:
        if example["name"] == name:
            body: str = example["body"]
            return body
    raise KeyError(name)


def error_example(name: str) -> dict[str, Any]:
    for example in operation_examples()["errors"]:
        if example["name"] == name:
            found: dict[str, Any] = example
            return found
    raise KeyError(name)


@pytest.fixture
def project() -> Path:
    return PROJECT


@pytest.fixture
def documented_json() -> str:
    return response_body("documented-json")


@pytest.fixture
def documented_xml() -> str:
    return response_body("documented-xml")


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never reach the real ECS metadata service (100.100.100.200): the default
    credential chain skips it; tests of the metadata source use a local fake server."""
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    # Loopback servers are reached directly, whatever the machine's proxy settings,
    # and a client's default region is the one each test names.
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY", "ALIBABA_CLOUD_REGION"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
