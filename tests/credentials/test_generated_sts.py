"""Role credentials against the generated STS offline server: AssumeRole signed V3 with
the caller's key (the server checks the signature as STS does), AssumeRoleWithOIDC sent
unsigned with its token in the form body, and a VOD client, given nothing but the OIDC
variables, signing its calls with the token STS issued (checked by the VOD server)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs

import pytest

from generated.sts.mock import MockServer as StsServer
from generated.vod import AsyncVodClient, VodClient, credentials
from generated.vod._runtime.errors import CredentialsError
from generated.vod._runtime.http_sync import HttpTransport
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from generated.vod.mock import MockServer as VodServer
from tests.credentials.conftest import CALLER_ID, CALLER_SECRET
from tests.credentials.sts_server import issued_by, sts_server

ROLE = "acs:ram::1234567890:role/reader"
PROVIDER = "acs:ram::1234567890:oidc-provider/ack-rrsa"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.oidc-token-of-the-pod.c2lnbmF0dXJl"
JOB = ["job-1"]


@pytest.fixture
def sts() -> Iterator[StsServer]:
    with sts_server() as server:
        yield server


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    path = tmp_path / "token"
    path.write_text(TOKEN)
    return path


class Passthrough:
    """A real HTTP transport that keeps every request it sends."""

    def __init__(self) -> None:
        self.inner = HttpTransport()
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        self.sent.append(request)
        return self.inner.send(request, timeouts)

    def close(self) -> None:
        self.inner.close()


def test_assume_role_is_signed_and_checked_by_the_sts_server(sts: StsServer) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        session_name="nightly-report",
        policy='{"Version": "1", "Statement": []}',
        duration_seconds=1800,
        external_id="ext-42",
        sts_endpoint=sts.endpoint,
    )
    assert role() == issued_by("AssumeRole")
    assert role() == issued_by("AssumeRole")  # served from the cache
    (record,) = sts.requests
    assert (record.action, record.status, record.signature_version) == (
        "AssumeRole",
        200,
        "v3",
    )
    assert dict(record.params) == {
        "RoleArn": ROLE,
        "RoleSessionName": "nightly-report",
        "Policy": '{"Version": "1", "Statement": []}',
        "DurationSeconds": "1800",
        "ExternalId": "ext-42",
    }


def test_a_wrong_caller_secret_is_refused_by_the_sts_server(sts: StsServer) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, "wrong-secret-0a0a"),
        ROLE,
        sts_endpoint=sts.endpoint,
    )
    with pytest.raises(CredentialsError) as raised:
        role()
    message = str(raised.value)
    (record,) = sts.requests
    assert record.code == "SignatureDoesNotMatch"
    assert f"STS AssumeRole at {sts.address}" in message
    assert "SignatureDoesNotMatch" in message and str(record.request_id) in message
    assert "wrong-secret-0a0a" not in message


def test_a_session_name_sts_would_refuse_is_refused_before_sending(
    sts: StsServer,
) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        session_name="has spaces!",
        sts_endpoint=sts.endpoint,
    )
    with pytest.raises(CredentialsError, match="RoleSessionName"):
        role()
    assert sts.requests == []


def test_oidc_is_sent_unsigned_with_the_token_in_the_body(
    sts: StsServer, token_file: Path
) -> None:
    role = credentials.OidcRoleCredentials(
        ROLE,
        PROVIDER,
        str(token_file),
        session_name="pod-session",
        sts_endpoint=sts.endpoint,
        transport=(transport := Passthrough()),
    )
    assert role() == issued_by("AssumeRoleWithOIDC")
    (sent,) = transport.sent
    assert parse_qs(sent.body.decode())["OIDCToken"] == [TOKEN]
    (record,) = sts.requests
    assert (record.action, record.status, record.signature_version) == (
        "AssumeRoleWithOIDC",
        200,
        "none",
    )
    assert "authorization" not in record.header_names
    # Read and checked by the server, which keeps no copy (the spec marks it secret).
    assert record.params["OIDCToken"] == "<redacted>"
    assert record.params["OIDCProviderArn"] == PROVIDER
    assert record.params["RoleSessionName"] == "pod-session"
    # The token stays out of the URL, which proxies and access logs keep.
    assert "OIDCToken" not in record.query_names


def test_a_token_sts_would_refuse_is_refused_before_sending(
    sts: StsServer, tmp_path: Path
) -> None:
    short = tmp_path / "token"
    short.write_text("xyz")  # under the spec's 4 characters
    role = credentials.OidcRoleCredentials(
        ROLE, PROVIDER, str(short), sts_endpoint=sts.endpoint
    )
    with pytest.raises(CredentialsError) as raised:
        role()
    message = str(raised.value)
    assert "AssumeRoleWithOIDC" in message and "/OIDCToken" in message
    assert "xyz" not in message
    assert sts.requests == []


def test_one_sts_call_under_50_concurrent_callers(sts: StsServer) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        sts_endpoint=sts.endpoint,
    )
    sts.delay(0.3)  # the first answer is slow: every other caller arrives meanwhile
    start = threading.Barrier(50)
    seen: list[object] = []

    def call() -> None:
        start.wait()
        seen.append(role())

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == [issued_by("AssumeRole")] * 50
    assert len(sts.requests) == 1


def _oidc_environment(
    monkeypatch: pytest.MonkeyPatch, token_file: Path, home: Path
) -> None:
    assert not any(home.iterdir())  # no profile files: the OIDC variables decide
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_ARN", ROLE)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", PROVIDER)
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_SESSION_NAME", "rrsa-session")


def test_vod_calls_are_signed_with_the_token_the_sts_server_issued(
    sts: StsServer,
    token_file: Path,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _oidc_environment(monkeypatch, token_file, home)
    issued = issued_by("AssumeRoleWithOIDC")
    transport = Passthrough()
    with (
        VodServer(
            access_key_id=issued.access_key_id,
            access_key_secret=issued.access_key_secret,
        ) as vod,
        VodClient(
            region_id="cn-shanghai",
            endpoint=vod.endpoint,
            transport=transport,
            credentials_provider=credentials.DefaultCredentialsChain(
                sts_endpoint=sts.endpoint
            ),
        ) as client,
    ):
        client.get_ai_image_jobs(job_ids=JOB)
        client.get_ai_image_jobs(job_ids=JOB)
        records = vod.requests
    # The VOD server checked each signature against the issued key and secret ...
    assert [(r.action, r.status) for r in records] == [("GetAIImageJobs", 200)] * 2
    for record in records:
        assert "x-acs-security-token" in record.signed_headers
    # ... and the token it was sent is the one STS issued, once, to the pod's role.
    for request in transport.sent:
        headers = {name.lower(): value for name, value in request.headers.items()}
        assert headers["x-acs-security-token"] == issued.security_token
    (sts_call,) = sts.requests
    assert (sts_call.action, sts_call.signature_version) == (
        "AssumeRoleWithOIDC",
        "none",
    )
    assert sts_call.params["RoleSessionName"] == "rrsa-session"


@pytest.mark.asyncio
async def test_the_async_client_signs_with_the_issued_token_too(
    sts: StsServer,
    token_file: Path,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _oidc_environment(monkeypatch, token_file, home)
    issued = issued_by("AssumeRoleWithOIDC")
    with VodServer(
        access_key_id=issued.access_key_id,
        access_key_secret=issued.access_key_secret,
    ) as vod:
        async with AsyncVodClient(
            region_id="cn-shanghai",
            endpoint=vod.endpoint,
            credentials_provider=credentials.DefaultCredentialsChain(
                sts_endpoint=sts.endpoint
            ),
        ) as client:
            await client.get_ai_image_jobs(job_ids=JOB)
        (record,) = vod.requests
    assert (record.action, record.status) == ("GetAIImageJobs", 200)
    assert "x-acs-security-token" in record.signed_headers
    assert [r.action for r in sts.requests] == ["AssumeRoleWithOIDC"]
