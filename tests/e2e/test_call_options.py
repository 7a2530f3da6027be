"""Per-call settings (``client.with_options``) and the public ``Deadline``, against the
offline server: timeouts, deadlines, attempts, extra headers (signed where the protocol
signs headers, refused where they would replace the client's own) and endpoints, sync
and async, RPC and ROA."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from generated import cs, vod
from generated.cs import CsClient
from generated.cs.mock import MockServer as CsMockServer
from generated.vod import CallOptions, Deadline, RetryPolicy, errors
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from generated.vod.mock import MockServer

from .conftest import (
    ACCESS_KEY_ID,
    ACCESS_KEY_SECRET,
    JOB_ID,
    make_async_client,
    make_client,
)


def test_every_package_exports_deadline_and_call_options() -> None:
    for package in (vod, cs):
        assert {"Deadline", "CallOptions"} <= set(package.__all__)
        deadline = package.Deadline(5)
        assert 4 < deadline.remaining() <= 5 and not deadline.expired


def test_deadline_refuses_what_is_not_a_duration() -> None:
    for value in (-1, float("nan"), "5", True):
        with pytest.raises(errors.ConfigurationError):
            Deadline(value)  # type: ignore[arg-type]
    assert Deadline(0).expired
    assert Deadline(0).remaining() == 0
    later, sooner = Deadline(100), Deadline(1)
    assert later.earlier(sooner) is sooner and sooner.earlier(later) is sooner
    # Another process has another monotonic clock: what travels is what is left.
    copied = pickle.loads(pickle.dumps(later))
    assert 99 < copied.remaining() <= 100


def test_view_timeout_applies_to_the_view_only(server: MockServer) -> None:
    with make_client(server) as client:
        server.delay(1.0)
        with pytest.raises(errors.TransportTimeoutError):
            client.with_options(timeout=0.2, max_attempts=1).get_ai_image_jobs(
                job_ids=[JOB_ID]
            )
        server.delay(0.3)
        # The client keeps its own 10-second timeout.
        assert client.get_ai_image_jobs(job_ids=[JOB_ID]).request_id


def test_view_max_attempts(server: MockServer) -> None:
    with make_client(server) as client:
        server.fail(2, status=500)
        with pytest.raises(errors.ServiceError):
            client.with_options(max_attempts=1).get_ai_image_jobs(job_ids=[JOB_ID])
        assert [r.status for r in server.requests] == [500]
        # The client's own three attempts get past the second failure.
        client.get_ai_image_jobs(job_ids=[JOB_ID])
        assert [r.status for r in server.requests] == [500, 500, 200]


def test_call_options_object_and_retry_policy(server: MockServer) -> None:
    options = CallOptions(retry_policy=RetryPolicy(max_attempts=1))
    with make_client(server) as client:
        server.throttle(1)
        with pytest.raises(errors.ThrottlingError):
            client.with_options(options).get_ai_image_jobs(job_ids=[JOB_ID])
        assert len(server.requests) == 1


def test_deadline_ends_a_call_that_its_timeout_would_let_run(
    server: MockServer,
) -> None:
    server.delay(2.0)
    with make_client(server) as client:
        with pytest.raises(errors.TransportTimeoutError):
            client.with_options(deadline=0.3).get_ai_image_jobs(job_ids=[JOB_ID])


def test_passed_deadline_sends_nothing(server: MockServer) -> None:
    with make_client(server) as client:
        with pytest.raises(errors.TransportTimeoutError) as caught:
            client.with_options(deadline=Deadline(0)).get_ai_image_jobs(
                job_ids=[JOB_ID]
            )
    assert "deadline" in str(caught.value)
    assert server.requests == []


def test_deadline_stops_retries_whose_wait_would_pass_it(server: MockServer) -> None:
    server.throttle(3, retry_after=5)
    with make_client(server) as client:
        with pytest.raises(errors.ThrottlingError):
            client.with_options(deadline=2).get_ai_image_jobs(job_ids=[JOB_ID])
    # Without the deadline the 5-second retry-after would be waited (and slept).
    assert len(server.requests) == 1


def test_unknown_or_bad_options_are_refused(server: MockServer) -> None:
    with make_client(server) as client:
        with pytest.raises(errors.ConfigurationError, match="known: timeout"):
            client.with_options(timout=1)  # type: ignore[call-arg]
        for bad in (
            {"timeout": 0},
            {"connect_timeout": -1},
            {"max_attempts": 0},
            {"deadline": -1},
            {"endpoint": ""},
            {"endpoint": "not a host"},
        ):
            with pytest.raises(errors.ConfigurationError):
                client.with_options(**bad)


# -- extra headers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Authorization",
        "host",
        "x-acs-security-token",
        "X-Acs-Signature-Nonce",
        "x-acs-date",
        "x-acs-content-sha256",
        "x-acs-action",
        "Date",
        "Content-Length",
        "User-Agent",
    ],
)
def test_headers_the_client_sets_are_refused(server: MockServer, name: str) -> None:
    with make_client(server) as client:
        with pytest.raises(errors.ConfigurationError, match="set and signed"):
            client.with_options(headers={name: "x"})


def test_header_values_that_would_split_the_request_are_refused(
    server: MockServer,
) -> None:
    with make_client(server) as client:
        with pytest.raises(errors.ConfigurationError) as caught:
            client.with_options(headers={"x-trace": "secret-value\r\nX-Evil: 1"})
        assert "secret-value" not in str(caught.value)
        with pytest.raises(errors.ConfigurationError):
            client.with_options(headers={"bad name": "v"})


def test_rpc_v3_signs_extra_headers(server: MockServer) -> None:
    headers = {"X-Trace-Id": "trace-1", "x-acs-resourcegroupid": "rg-1"}
    with make_client(server) as client:
        client.with_options(headers=headers).get_ai_image_jobs(job_ids=[JOB_ID])
        client.get_ai_image_jobs(job_ids=[JOB_ID])
    with_headers, without = server.requests
    assert with_headers.status == 200
    assert {"x-trace-id", "x-acs-resourcegroupid"} <= set(with_headers.signed_headers)
    assert "x-trace-id" not in without.header_names


def test_rpc_v1_sends_extra_headers_unsigned(server: MockServer) -> None:
    with make_client(server, signature_version="v1") as client:
        client.with_options(headers={"x-trace-id": "t"}).get_ai_image_jobs(
            job_ids=[JOB_ID]
        )
    (record,) = server.requests
    assert record.status == 200 and "x-trace-id" in record.header_names


class _Tamper:
    """A transport that changes one header after the request was signed."""

    def __init__(self, inner: Any, name: str) -> None:
        self.inner, self.name = inner, name

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        headers = dict(request.headers)
        headers[self.name] = "changed-after-signing"
        response: HttpResponse = self.inner.send(
            request._replace(headers=headers), timeouts
        )
        return response

    def close(self) -> None:
        self.inner.close()


def test_a_changed_extra_header_breaks_the_v3_signature(server: MockServer) -> None:
    from generated.vod._runtime.http_sync import HttpTransport

    transport = _Tamper(HttpTransport(), "x-trace-id")
    with make_client(server, transport=transport, max_attempts=1) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.with_options(headers={"x-trace-id": "t"}).get_ai_image_jobs(
                job_ids=[JOB_ID]
            )
    assert caught.value.code == "SignatureDoesNotMatch"


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_roa_signs_extra_headers(signature_version: str) -> None:
    with CsMockServer(access_key_id="id", access_key_secret="secret") as server:
        with CsClient(
            access_key_id="id",
            access_key_secret="secret",
            endpoint=server.endpoint,
            signature_version=signature_version,
        ) as client:
            view = client.with_options(headers={"x-acs-trace": "t-1"})
            cluster = view.describe_cluster_detail(cluster_id="c1")
    assert cluster.name == "cluster-demo"
    (record,) = server.requests
    assert record.status == 200 and "x-acs-trace" in record.header_names
    if signature_version == "v3":
        assert "x-acs-trace" in record.signed_headers


# -- endpoint and sharing ------------------------------------------------------------------


def test_view_endpoint_sends_elsewhere(server: MockServer) -> None:
    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as other:
        with make_client(server) as client:
            view = client.with_options(endpoint=other.address)  # bare host:port
            assert view.endpoint == other.endpoint  # keeps the client's http scheme
            view.get_ai_image_jobs(job_ids=[JOB_ID])
            client.get_ai_image_jobs(job_ids=[JOB_ID])
            assert client.endpoint == server.endpoint
    assert len(other.requests) == 1 and len(server.requests) == 1


def test_closing_a_view_leaves_the_client_open(server: MockServer) -> None:
    with make_client(server) as client:
        with client.with_options(timeout=5) as view:
            view.get_ai_image_jobs(job_ids=[JOB_ID])
        client.get_ai_image_jobs(job_ids=[JOB_ID])
        # Both calls went over the one pooled connection.
        assert server.connections_accepted == 1


@pytest.mark.asyncio
async def test_async_views(server: MockServer) -> None:
    async with make_async_client(server) as client:
        server.delay(1.0)
        with pytest.raises(errors.TransportTimeoutError):
            await client.with_options(timeout=0.2, max_attempts=1).get_ai_image_jobs(
                job_ids=[JOB_ID]
            )
        view = client.with_options(headers={"x-trace-id": "a"}, deadline=Deadline(30))
        response = await view.get_ai_image_jobs(job_ids=[JOB_ID])
        assert response.raw is not None and response.raw.status == 200
        with pytest.raises(errors.TransportTimeoutError):
            await client.with_options(deadline=0).get_ai_image_jobs(job_ids=[JOB_ID])
    (record,) = [r for r in server.requests if "x-trace-id" in r.header_names]
    assert "x-trace-id" in record.signed_headers and record.status == 200


def test_seconds_are_a_budget_for_each_call(server: MockServer) -> None:
    import time

    with make_client(server) as client:
        view = client.with_options(deadline=0.5)
        time.sleep(0.6)  # longer than the budget: it counts from each call's start
        view.get_ai_image_jobs(job_ids=[JOB_ID])
        fixed = client.with_options(deadline=Deadline(0.5))
        time.sleep(0.6)  # a Deadline is one instant: passed now
        with pytest.raises(errors.TransportTimeoutError):
            fixed.get_ai_image_jobs(job_ids=[JOB_ID])
    assert len(server.requests) == 1


@pytest.mark.asyncio
async def test_async_roa_views() -> None:
    with CsMockServer(access_key_id="id", access_key_secret="secret") as server:
        with CsMockServer(access_key_id="id", access_key_secret="secret") as other:
            async with cs.AsyncCsClient(
                access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
            ) as client:
                view = client.with_options(
                    headers={"x-acs-trace": "t"}, endpoint=other.endpoint
                )
                cluster = await view.describe_cluster_detail(cluster_id="c1")
                with pytest.raises(cs.errors.ConfigurationError):
                    client.with_options(headers={"x-acs-date": "now"})
    assert cluster.raw is not None and cluster.raw.status == 200
    assert server.requests == []
    (record,) = other.requests
    assert "x-acs-trace" in record.signed_headers
