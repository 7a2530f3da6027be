"""RAM roles through STS: AssumeRole signed with the source credential (the fake STS
checks the V3 signature), AssumeRoleWithOIDC with the token file read afresh, and role
profiles from the CLI and INI files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generated.vod import AsyncVodClient, VodClient, credentials
from generated.vod._runtime.credential_files import SourceSettings
from generated.vod._runtime.errors import CredentialsError
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from tests.credentials.conftest import CALLER_ID, CALLER_SECRET
from tests.credentials.fakes import FakeSts
from tests.credentials.support import RecordingTransport, write_cli_config, write_ini

ROLE = "acs:ram::1234567890:role/reader"
JOB = ["job-1"]


def test_assume_role_is_signed_by_the_source_and_carries_every_option(
    sts: FakeSts,
) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        session_name="nightly-report",
        policy='{"Statement": [], "Version": "1"}',
        duration_seconds=1800,
        external_id="ext-42",
        sts_endpoint=sts.endpoint,
    )
    transport = RecordingTransport()
    client = VodClient(
        region_id="cn-shanghai", transport=transport, credentials_provider=role
    )
    client.get_ai_image_jobs(job_ids=JOB)
    client.get_ai_image_jobs(job_ids=JOB)
    ((action, params),) = sts.requests  # the second call used the cached credentials
    assert action == "AssumeRole"
    assert params["RoleArn"] == ROLE
    assert params["RoleSessionName"] == "nightly-report"
    assert params["Policy"] == '{"Statement": [], "Version": "1"}'
    assert params["DurationSeconds"] == "1800"
    assert params["ExternalId"] == "ext-42"
    (issued,) = sts.issued
    assert transport.signed_by(issued.access_key_id, issued.access_key_secret)
    assert transport.last_headers["x-acs-security-token"] == issued.security_token


def test_a_refused_assume_role_says_why_without_the_secret(sts: FakeSts) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, "wrong-secret-0a0a"),
        ROLE,
        sts_endpoint=sts.endpoint,
    )
    with pytest.raises(CredentialsError) as raised:
        role()
    message = str(raised.value)
    assert "AssumeRole" in message and "SignatureDoesNotMatch" in message
    assert "R-SIG" in message
    assert "wrong-secret-0a0a" not in message
    assert sts.issued == []


def test_role_options_are_checked_before_any_call(sts: FakeSts) -> None:
    source = credentials.StaticCredentials(CALLER_ID, CALLER_SECRET)
    with pytest.raises(CredentialsError, match="duration_seconds"):
        credentials.RamRoleArnCredentials(
            source, ROLE, duration_seconds=60, sts_endpoint=sts.endpoint
        )
    with pytest.raises(CredentialsError, match="role_arn is required"):
        credentials.RamRoleArnCredentials(source, " ", sts_endpoint=sts.endpoint)
    with pytest.raises(CredentialsError, match="not \\[http"):
        credentials.RamRoleArnCredentials(source, ROLE, sts_endpoint="ftp://x")
    assert sts.requests == []


def test_the_sts_endpoint_follows_region_and_vpc_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = credentials.StaticCredentials(CALLER_ID, CALLER_SECRET)
    assert "sts.aliyuncs.com" in repr(credentials.RamRoleArnCredentials(source, ROLE))
    monkeypatch.setenv("ALIBABA_CLOUD_STS_REGION", "cn-beijing")
    assert "sts.cn-beijing.aliyuncs.com" in repr(
        credentials.RamRoleArnCredentials(source, ROLE)
    )
    monkeypatch.setenv("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true")
    assert "sts-vpc.cn-beijing.aliyuncs.com" in repr(
        credentials.RamRoleArnCredentials(source, ROLE)
    )


def test_oidc_reads_the_token_file_each_time(sts: FakeSts, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("oidc-token-1")
    sts.oidc_tokens.add("oidc-token-2")
    now = [1_000.0]
    role = credentials.OidcRoleCredentials(
        ROLE,
        "acs:ram::1:oidc-provider/ack",
        str(token_file),
        sts_endpoint=sts.endpoint,
        clock=lambda: now[0],
    )
    first = role()
    token_file.write_text("oidc-token-2")  # the platform rotated the token
    now[0] = 10.0**10  # past the first credentials' expiry
    second = role()
    assert first != second
    tokens = [params["OIDCToken"] for _, params in sts.requests]
    assert tokens == ["oidc-token-1", "oidc-token-2"]


def test_oidc_failures_name_the_file_not_the_token(
    sts: FakeSts, tmp_path: Path
) -> None:
    token_file = tmp_path / "token"
    role = credentials.OidcRoleCredentials(
        ROLE, "acs:ram::1:oidc-provider/ack", str(token_file), sts_endpoint=sts.endpoint
    )
    with pytest.raises(CredentialsError, match="cannot read the OIDC token file"):
        role()
    token_file.write_text("stolen-oidc-token-77")
    with pytest.raises(CredentialsError) as raised:
        role()
    assert "InvalidParameter.OIDCToken" in str(raised.value)
    assert "stolen-oidc-token-77" not in str(raised.value)


def test_cli_ram_role_profiles_assume_their_role(sts: FakeSts, home: Path) -> None:
    write_cli_config(
        home,
        [
            {
                "name": "base",
                "mode": "AK",
                "access_key_id": CALLER_ID,
                "access_key_secret": CALLER_SECRET,
            },
            {
                "name": "default",
                "mode": "RamRoleArn",
                "access_key_id": CALLER_ID,
                "access_key_secret": CALLER_SECRET,
                "ram_role_arn": ROLE,
                "ram_session_name": "cli-session",
                "expired_seconds": 900,
            },
            {
                "name": "chained",
                "mode": "ChainableRamRoleArn",
                "source_profile": "default",
                "ram_role_arn": ROLE + "-2",
            },
        ],
    )
    chain = credentials.DefaultCredentialsChain(sts_endpoint=sts.endpoint)
    assert chain().access_key_id == "STS.id-1"
    assert sts.requests[0][1]["RoleSessionName"] == "cli-session"
    assert sts.requests[0][1]["DurationSeconds"] == "900"
    # A chained profile assumes its role with the credentials of its source profile.
    chained = credentials.cli_profile_credentials(
        SourceSettings(sts_endpoint=sts.endpoint), profile="chained"
    )
    assert chained().access_key_id == "STS.id-3"
    assert [action for action, _ in sts.requests] == ["AssumeRole"] * 3
    assert sts.requests[2][1]["RoleArn"] == ROLE + "-2"


def test_ini_ram_role_profile_assumes_its_role(sts: FakeSts, home: Path) -> None:
    write_ini(
        home,
        f"[default]\ntype = ram_role_arn\naccess_key_id = {CALLER_ID}\n"
        f"access_key_secret = {CALLER_SECRET}\nrole_arn = {ROLE}\n"
        "role_session_name = ini-session\n",
    )
    transport = RecordingTransport()
    client = VodClient(
        region_id="cn-shanghai",
        transport=transport,
        credentials_provider=credentials.DefaultCredentialsChain(
            sts_endpoint=sts.endpoint
        ),
    )
    client.get_ai_image_jobs(job_ids=JOB)
    (issued,) = sts.issued
    assert transport.signed_by(issued.access_key_id, issued.access_key_secret)
    assert sts.requests[0][1]["RoleSessionName"] == "ini-session"


@pytest.mark.asyncio
async def test_the_async_client_signs_with_assumed_role_credentials(
    sts: FakeSts,
) -> None:
    role = credentials.RamRoleArnCredentials(
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        ROLE,
        sts_endpoint=sts.endpoint,
    )

    class AsyncRecording:
        def __init__(self) -> None:
            self.inner = RecordingTransport()

        async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
            return self.inner.send(request, timeouts)

        async def aclose(self) -> None:
            pass

    transport = AsyncRecording()
    async with AsyncVodClient(
        region_id="cn-shanghai", transport=transport, credentials_provider=role
    ) as client:
        await client.get_ai_image_jobs(job_ids=JOB)
    (issued,) = sts.issued
    assert transport.inner.signed_by(issued.access_key_id, issued.access_key_secret)
