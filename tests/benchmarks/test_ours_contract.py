"""Our side of the figures measures a package that keeps the contract in ``ours.py``.

A stand-in package with the expected names (client, models, validators) is written to a
temporary folder; every figure function must then return a measured row, not a
"not available yet" one. No timing is asserted.
"""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import ours
from benchmarks.inputs import load_examples
from benchmarks.loopback import serving
from benchmarks.report import Measured, Missing
from benchmarks.timing import Plan

PLAN = Plan(
    samples=2,
    min_sample_seconds=0.001,
    max_loops=5,
    loopback_samples=2,
    loopback_min_sample_seconds=0.001,
    loopback_max_loops=3,
)

FAKE_INIT = """
from __future__ import annotations

import json
from typing import Any

import httpx

from . import models
from ._runtime.http_sync import HttpTransport


def _url(endpoint: str) -> str:
    return endpoint if "://" in endpoint else f"https://{endpoint}"


class VodClient:
    def __init__(self, *, access_key_id: str, access_key_secret: str,
                 region_id: str | None = None, endpoint: str | None = None) -> None:
        self._base = _url(endpoint or f"vod.{region_id}.aliyuncs.com")
        self._http = httpx.Client()
        self._transport = HttpTransport(self._http)

    def get_ai_image_jobs(self, *, job_ids: list[str]) -> Any:
        request = self._http.build_request(
            "POST", self._base + "/", params={"JobIds": ",".join(job_ids)},
            headers={"Authorization": "stand-in"},
        )
        answer = self._transport.send(request)
        return models.GetAIImageJobsResponse.from_json(answer.content)


class AsyncVodClient:
    def __init__(self, *, access_key_id: str, access_key_secret: str,
                 endpoint: str) -> None:
        self._base = _url(endpoint)
        self._http = httpx.AsyncClient()

    async def get_ai_image_jobs(self, *, job_ids: list[str]) -> Any:
        answer = await self._http.post(self._base + "/", params={"JobIds": ",".join(job_ids)})
        return models.GetAIImageJobsResponse.from_json(answer.content)
"""

FAKE_MODELS = """
from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from typing import Any


class GetAIImageJobsResponse:
    def __init__(self, request_id: str, jobs: list[Any]) -> None:
        self.request_id = request_id
        self.ai_image_job_list = jobs

    @classmethod
    def from_json(cls, body: bytes) -> "GetAIImageJobsResponse":
        document = json.loads(body)
        return cls(document["RequestId"], document["AIImageJobList"])

    @classmethod
    def from_xml(cls, body: bytes) -> "GetAIImageJobsResponse":
        root = ElementTree.fromstring(body)
        return cls(root.findtext("RequestId") or "", root.findall("AIImageJobList"))
"""

FAKE_TRANSPORT = """
from typing import Any


class HttpTransport:
    def __init__(self, http: Any) -> None:
        self._http = http

    def send(self, request: Any) -> Any:
        return self._http.send(request)
"""

FAKE_VALIDATORS = """
from typing import Any


def validate_response(document: Any) -> list[str]:
    return [] if isinstance(document.get("AIImageJobList"), list) else ["no list"]
"""


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    package = tmp_path / "fakegen" / "vod"
    (package / "validators").mkdir(parents=True)
    (tmp_path / "fakegen" / "__init__.py").write_text("")
    (package / "__init__.py").write_text(textwrap.dedent(FAKE_INIT))
    (package / "models.py").write_text(textwrap.dedent(FAKE_MODELS))
    (package / "validators" / "__init__.py").write_text("")
    (package / "_runtime").mkdir()
    (package / "_runtime" / "__init__.py").write_text("")
    (package / "_runtime" / "http_sync.py").write_text(FAKE_TRANSPORT)
    (package / "validators" / "get_ai_image_jobs.py").write_text(FAKE_VALIDATORS)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(ours, "PACKAGE", "fakegen.vod")
    yield "fakegen.vod"
    for name in [name for name in sys.modules if name.startswith("fakegen")]:
        del sys.modules[name]


def test_every_in_process_figure_measures_a_package_that_keeps_the_contract(
    fake_package: str,
) -> None:
    examples = load_examples()
    assert ours.available() is None
    rows = [
        ours.build_and_sign(PLAN),
        ours.parse_json(examples.json_body, PLAN),
        ours.parse_xml(examples.xml_body, PLAN),
        ours.validate(json.loads(examples.json_body), PLAN),
    ]
    assert [row for row in rows if not isinstance(row, Measured)] == []


def test_loopback_figures_measure_a_package_that_keeps_the_contract(
    fake_package: str,
) -> None:
    examples = load_examples()
    request_id = json.loads(examples.json_body)["RequestId"]
    with serving(examples.json_body, max_seconds=60) as port:
        sync = ours.loopback_sync(port, request_id, PLAN)
        asynchronous = ours.loopback_async(port, request_id, PLAN)
    assert isinstance(sync, Measured), sync
    assert isinstance(asynchronous, Measured), asynchronous


def test_a_missing_package_reads_not_available_yet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ours, "PACKAGE", "no_such_package_for_bench.vod")
    row = ours.parse_json(b"{}", PLAN)
    assert isinstance(row, Missing)
    assert row.reason.startswith("not available yet: no module no_such_package")
