"""Our own OpenAPI export, read back: ``generated/openapi/*.json`` imports into a
``rest-json`` spec for the same operations, whose generated package type-checks, passes
its example tests and calls its offline server. (RPC and ROA signing lie outside
OpenAPI, so the round trip speaks plain REST.)"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.openapi.build import Built, build

EXPORTS = sorted((PROJECT / "generated" / "openapi").glob("*.json"))


def _operations(document: Path) -> list[str]:
    data = json.loads(document.read_text(encoding="utf-8"))
    return sorted(
        entry.get("x-acs-action") or entry["operationId"]
        for item in data["paths"].values()
        for entry in item.values()
    )


@pytest.fixture(scope="module", params=EXPORTS, ids=[p.stem for p in EXPORTS])
def built(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, Built]]:
    document: Path = request.param
    root = "round_" + document.stem.split("-")[0]
    result = build(document, tmp_path_factory.mktemp(root), root)
    try:
        yield document, result
    finally:
        result.unload()


def test_the_same_operations_come_back(built: tuple[Path, Built]) -> None:
    document, result = built
    assert sorted(result.result.imported) == _operations(document)
    assert result.result.skipped == []


def test_the_package_type_checks_and_passes_its_example_tests(
    built: tuple[Path, Built],
) -> None:
    _, result = built
    checked = result.run("mypy", "--strict", result.root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = result.run(
        "pytest", "-q", "-p", "no:cacheprovider", f"{result.root}/tests"
    )
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_an_rpc_action_travels_in_its_query(built: tuple[Path, Built]) -> None:
    document, result = built
    if not document.stem.startswith("vod"):
        pytest.skip("the RPC export is VOD's")
    package = result.module()
    mock = result.module("mock")
    client_class = next(
        getattr(package, name)
        for name in package.__all__
        if name.endswith("VodClient") and not name.startswith("Async")
    )
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with client_class(api_key="secret", endpoint=server.endpoint) as client:
            answer = client.get_ai_image_jobs(job_ids=["a", "b"])
    assert answer.ai_image_job_list[0].status == "success"
    operation = result.module("operations.get_ai_image_jobs")
    parts = operation.serialize(operation.GetAIImageJobsRequest(job_ids=["a", "b"]))
    # Format is declared with default JSON, and a spec's scalar defaults are sent.
    assert parts.query == ["Action=GetAIImageJobs", "Format=JSON", "JobIds=a,b"]
    (record,) = server.requests
    assert (record.method, record.path, record.status) == ("POST", "/", 200)
