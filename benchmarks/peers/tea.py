"""The official Tea SDK, ``alibabacloud-vod20170321`` (signature V3 by default).

Build and sign without network: the SDK's whole call path runs (request model, query,
headers, credentials, ACS3-HMAC-SHA256 signature, URL composition, ``requests``
preparation) and stops where ``requests.Session.send`` would put the prepared request on
the wire: that method is replaced, for the duration of the figure only, by one that raises
:class:`~benchmarks.peers.Captured` with the request. A second, narrower figure stops
earlier, at ``DaraCore.do_action`` (the signed ``DaraRequest``, before any URL or
``requests`` work), to show where the time goes.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from ..environment import not_installed_reason
from ..report import Measured, Missing, Outcome
from ..stats import Summary
from ..timing import Plan, per_call, per_call_async
from . import capture_function, capture_method, captured_request, patched

DIST = "alibabacloud-vod20170321"
LABEL = "Tea SDK (alibabacloud-vod20170321)"
IMPORT_STATEMENT = "import alibabacloud_vod20170321.client"
JOB_IDS = "job1,job2"


def _client(**config: Any) -> Any:
    from alibabacloud_tea_openapi.utils_models import Config
    from alibabacloud_vod20170321.client import Client

    return Client(
        Config(access_key_id="testid", access_key_secret="testsecret", **config)
    )


def _request() -> Any:
    from alibabacloud_vod20170321 import models

    return models.GetAIImageJobsRequest(job_ids=JOB_IDS)


def _missing(label: str, error: BaseException) -> Missing:
    return Missing(label, not_installed_reason(DIST, error))


def build_and_sign(plan: Plan) -> tuple[Outcome, Outcome]:
    """(wire-ready request, signed DaraRequest only), seconds per call."""
    wire_label = f"{LABEL}, to a wire-ready request"
    signed_label = f"{LABEL}, to the signed request only"
    try:
        import requests
        from darabonba.core import DaraCore

        client = _client(region_id="cn-shanghai")
    except ImportError as error:
        return _missing(wire_label, error), _missing(signed_label, error)

    def call() -> object:
        return client.get_aiimage_jobs(_request())

    with patched(requests.Session, "send", capture_method):
        prepared = captured_request(call)
        _check_signed(getattr(prepared, "headers", {}), getattr(prepared, "url", ""))
        wire = per_call(
            lambda: captured_request(call),
            samples=plan.samples,
            min_sample_seconds=plan.min_sample_seconds,
            max_loops=plan.max_loops,
        )
    with patched(DaraCore, "do_action", staticmethod(capture_function)):
        signed = per_call(
            lambda: captured_request(call),
            samples=plan.samples,
            min_sample_seconds=plan.min_sample_seconds,
            max_loops=plan.max_loops,
        )
    return (
        Measured(wire_label, wire, "V3 signature; stops at requests.Session.send"),
        Measured(
            signed_label,
            signed,
            "stops at DaraCore.do_action, before URL and requests preparation",
            compared=False,
        ),
    )


def _check_signed(headers: Any, url: str) -> None:
    authorization = str(headers.get("Authorization", ""))
    if not authorization.startswith("ACS3-HMAC-SHA256 Credential=testid,"):
        raise RuntimeError(f"Tea SDK request not signed as expected: {authorization!r}")
    if "JobIds=job1%2Cjob2" not in url:
        raise RuntimeError(f"Tea SDK request lacks JobIds: {url!r}")


def parse_json(body: bytes, plan: Plan) -> Outcome:
    """``json.loads`` + ``GetAIImageJobsResponseBody().from_map``, as the SDK does."""
    label = f"{LABEL}: json.loads + from_map"
    try:
        from alibabacloud_vod20170321 import models
    except ImportError as error:
        return _missing(label, error)

    def call() -> Any:
        return models.GetAIImageJobsResponseBody().from_map(json.loads(body))

    parsed = call()
    if parsed.aiimage_job_list[0].job_id is None:
        raise RuntimeError("Tea SDK did not parse the documented example")
    summary = per_call(
        call,
        samples=plan.samples,
        min_sample_seconds=plan.min_sample_seconds,
        max_loops=plan.max_loops,
    )
    return Measured(label, summary, "JSON-in-string fields left as strings")


def _loopback_client(port: int) -> Any:
    return _client(endpoint=f"127.0.0.1:{port}", protocol="http")


def _check_answer(response: Any, request_id: str) -> None:
    if response.body.request_id != request_id:
        raise RuntimeError("Tea SDK loopback call did not return the served example")


def loopback_sync(port: int, request_id: str, plan: Plan) -> Outcome:
    label = f"{LABEL}, sync"
    try:
        client = _loopback_client(port)
    except ImportError as error:
        return _missing(label, error)

    def call() -> object:
        return client.get_aiimage_jobs(_request())

    _check_answer(call(), request_id)
    summary = per_call(
        call,
        samples=plan.loopback_samples,
        min_sample_seconds=plan.loopback_min_sample_seconds,
        max_loops=plan.loopback_max_loops,
    )
    return Measured(label, summary, "requests, pooled connection")


def loopback_async(port: int, request_id: str, plan: Plan) -> Outcome:
    label = f"{LABEL}, async"
    try:
        client = _loopback_client(port)
    except ImportError as error:
        return _missing(label, error)

    async def call() -> Any:
        return await client.get_aiimage_jobs_async(_request())

    async def measure() -> Summary:
        _check_answer(await call(), request_id)
        return await per_call_async(
            call,
            samples=plan.loopback_samples,
            min_sample_seconds=plan.loopback_min_sample_seconds,
            max_loops=plan.loopback_max_loops,
        )

    summary = asyncio.run(measure())
    # darabonba opens a new aiohttp ClientSession (so a new connection) for every call.
    return Measured(label, summary, "aiohttp, new session and connection per call")
