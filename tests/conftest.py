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


@pytest.fixture(scope="session", autouse=True)
def _shared_mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One mypy cache for every ``mypy`` a test starts in this test process.

    Those runs check scratch packages in fresh folders, each of which would otherwise
    analyse the standard library and the third-party stubs again from nothing (seconds
    of CPU each). mypy validates every cached module against its source, so a package
    that changed is checked anew. Runs that name ``--cache-dir`` or ``--no-incremental``
    keep their own choice; under pytest-xdist each worker has its own folder, so no two
    processes write one cache at once.
    """
    folder = tmp_path_factory.mktemp("mypy-cache")
    previous = os.environ.get("MYPY_CACHE_DIR")
    os.environ["MYPY_CACHE_DIR"] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("MYPY_CACHE_DIR", None)
        else:
            os.environ["MYPY_CACHE_DIR"] = previous


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


# The test files that take longest, longest first: each generates, type-checks and tests
# a whole product (or builds and installs a project). Under pytest-xdist they start
# first, so the other workers work through the short files beside them instead of
# waiting for them at the end. Only the order changes: a name missing here costs time,
# never a test.
_LONGEST_FIRST = (
    "tests/product/test_ecs_product.py",
    "tests/product/test_vod_product.py",
    "tests/product/test_cs_product.py",
    "tests/catalog/test_catalog_check.py",
    "tests/distribution/test_installable.py",
    "tests/openapi/test_round_trip.py",
    "tests/generator/test_pipeline.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[Any]) -> None:
    # Only in an xdist worker (``workerinput``): a plain run keeps the usual order.
    if not hasattr(config, "workerinput"):
        return
    rank = {name: place for place, name in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
