"""The older official SDK: ``aliyun-python-sdk-vod`` on ``aliyun-python-sdk-core`` (v1).

Build and sign without network: ``AcsClient.do_action_with_exception`` runs its whole path
(endpoint resolution from the bundled endpoint map, timeouts, HMAC-SHA1 signature v1, URL,
headers, and ``requests`` preparation in its vendored copy of requests) and stops where the
vendored ``Session.send`` would put the request on the wire: that method is replaced, for
the duration of the figure only, by one that raises the prepared request back out.
"""

from __future__ import annotations

import json
from typing import Any

from ..environment import not_installed_reason
from ..report import Measured, Missing, Outcome
from ..timing import Plan, per_call
from . import capture_method, captured_request, patched

DIST = "aliyun-python-sdk-vod"
LABEL = "older SDK (aliyun-python-sdk-vod + core)"
IMPORT_STATEMENT = (
    "import aliyunsdkcore.client, aliyunsdkvod.request.v20170321.GetAIImageJobsRequest"
)
JOB_IDS = "job1,job2"


def _missing(label: str, error: BaseException) -> Missing:
    return Missing(label, not_installed_reason(DIST, error))


def _request(endpoint: str | None = None) -> Any:
    from aliyunsdkvod.request.v20170321.GetAIImageJobsRequest import (
        GetAIImageJobsRequest,
    )

    request = GetAIImageJobsRequest()
    request.set_JobIds(JOB_IDS)
    if endpoint is not None:
        request.set_endpoint(endpoint)
        request.set_protocol_type("http")
    return request


def build_and_sign(plan: Plan) -> Outcome:
    label = f"{LABEL}, to a wire-ready request"
    try:
        from aliyunsdkcore.client import AcsClient
        from aliyunsdkcore.vendored import requests as vendored_requests

        _request()
    except ImportError as error:
        return _missing(label, error)
    client = AcsClient("testid", "testsecret", "cn-shanghai")

    def call() -> object:
        return client.do_action_with_exception(_request())

    with patched(vendored_requests.Session, "send", capture_method):
        prepared = captured_request(call)
        url = str(getattr(prepared, "url", ""))
        if "Signature=" not in url or "JobIds=job1%2Cjob2" not in url:
            raise RuntimeError(f"older SDK request not signed as expected: {url!r}")
        summary = per_call(
            lambda: captured_request(call),
            samples=plan.samples,
            min_sample_seconds=plan.min_sample_seconds,
            max_loops=plan.max_loops,
        )
    return Measured(label, summary, "signature v1; stops at vendored Session.send")


def loopback_sync(port: int, request_id: str, plan: Plan) -> Outcome:
    label = f"{LABEL}, sync"
    try:
        from aliyunsdkcore.client import AcsClient

        _request()
    except ImportError as error:
        return _missing(label, error)
    client = AcsClient("testid", "testsecret", "cn-shanghai", port=port)
    endpoint = "127.0.0.1"

    def call() -> Any:
        return client.do_action_with_exception(_request(endpoint))

    answer = call()
    if json.loads(answer)["RequestId"] != request_id:
        raise RuntimeError("older SDK loopback call did not return the served example")
    summary = per_call(
        call,
        samples=plan.loopback_samples,
        min_sample_seconds=plan.loopback_min_sample_seconds,
        max_loops=plan.loopback_max_loops,
    )
    return Measured(
        label, summary, "vendored requests, pooled connection; returns bytes"
    )
