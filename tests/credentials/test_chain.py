"""The default credential chain: each source from a real file or variable in a temporary
HOME, the order between every pair of sources, and one clear error when none works."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from generated.vod import VodClient
from generated.vod._runtime.credential_chain import DefaultCredentialsChain
from generated.vod._runtime.errors import CredentialsError
from tests.credentials.fakes import FakeCredentialsUri, FakeMetadata, FakeSts
from tests.conftest import PROJECT
from tests.credentials.support import (
    ANSWER,
    RecordingTransport,
    write_cli_config,
    write_ini,
)
from tests.runtime.verifier import v3_is_valid
from tests.support.scripted_server import Answer, ScriptedServer

JOB = ["job-1"]


def test_a_client_signs_with_the_credentials_file_profile(home: Path) -> None:
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = ini-id\n"
        "access_key_secret = ini-secret\n",
    )
    transport = RecordingTransport()
    client = VodClient(region_id="cn-shanghai", transport=transport)
    client.get_ai_image_jobs(job_ids=JOB)
    assert transport.sent[0].url.startswith("https://vod.cn-shanghai.aliyuncs.com/")
    assert transport.signed_by("ini-id", "ini-secret")


def test_a_client_signs_with_the_cli_current_profile(home: Path) -> None:
    write_cli_config(
        home,
        [
            {
                "name": "default",
                "mode": "AK",
                "access_key_id": "other",
                "access_key_secret": "other-secret",
            },
            {
                "name": "work",
                "mode": "AK",
                "access_key_id": "cli-id",
                "access_key_secret": "cli-secret",
            },
        ],
        current="work",
    )
    transport = RecordingTransport()
    VodClient(region_id="cn-shanghai", transport=transport).get_ai_image_jobs(
        job_ids=JOB
    )
    assert transport.signed_by("cli-id", "cli-secret")


def test_cli_sts_token_profile_sends_its_token(home: Path) -> None:
    write_cli_config(
        home,
        [
            {
                "name": "default",
                "mode": "StsToken",
                "access_key_id": "STS.cli",
                "access_key_secret": "cli-sts-secret",
                "sts_token": "cli-sts-token",
            }
        ],
    )
    transport = RecordingTransport()
    VodClient(region_id="cn-shanghai", transport=transport).get_ai_image_jobs(
        job_ids=JOB
    )
    assert transport.signed_by("STS.cli", "cli-sts-secret")
    assert transport.last_headers["x-acs-security-token"] == "cli-sts-token"


def test_oidc_variables_sign_with_the_token_sts_issued(
    home: Path, sts: FakeSts, monkeypatch: pytest.MonkeyPatch
) -> None:
    token_file = home / "oidc-token"
    token_file.write_text("oidc-token-1\n")
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/app")
    monkeypatch.setenv(
        "ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/ack"
    )
    monkeypatch.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token_file))
    monkeypatch.setenv("ALIBABA_CLOUD_ROLE_SESSION_NAME", "pod-session")
    transport = RecordingTransport()
    chain = DefaultCredentialsChain(sts_endpoint=sts.endpoint)
    client = VodClient(
        region_id="cn-shanghai", transport=transport, credentials_provider=chain
    )
    client.get_ai_image_jobs(job_ids=JOB)
    (issued,) = sts.issued
    assert transport.signed_by(issued.access_key_id, issued.access_key_secret)
    assert transport.last_headers["x-acs-security-token"] == issued.security_token
    ((action, params),) = sts.requests
    assert action == "AssumeRoleWithOIDC"
    assert params["RoleArn"] == "acs:ram::1:role/app"
    assert params["RoleSessionName"] == "pod-session"
    assert chain.source == "OIDC role"


def test_profile_variable_picks_the_ini_section_and_cli_profile(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = d\naccess_key_secret = ds\n"
        "[prod]\ntype = sts\naccess_key_id = p\naccess_key_secret = ps\n"
        "security_token = pt\n",
    )
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "prod")
    assert DefaultCredentialsChain()() == ("p", "ps", "pt")
    write_cli_config(
        home,
        [
            {
                "name": "prod",
                "mode": "AK",
                "access_key_id": "c",
                "access_key_secret": "cs",
            }
        ],
        current="default",
    )
    assert DefaultCredentialsChain()() == ("c", "cs", None)


def test_credentials_file_variable_overrides_the_path(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = home\n"
        "access_key_secret = hs\n",
    )
    elsewhere = tmp_path / "elsewhere.ini"
    elsewhere.write_text(
        "[default]\ntype = access_key\naccess_key_id = there\naccess_key_secret = ts\n"
    )
    monkeypatch.setenv("ALIBABA_CLOUD_CREDENTIALS_FILE", str(elsewhere))
    assert DefaultCredentialsChain()().access_key_id == "there"


def test_cli_profiles_are_skipped_when_disabled(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cli_config(
        home,
        [
            {
                "name": "default",
                "mode": "AK",
                "access_key_id": "cli",
                "access_key_secret": "cs",
            }
        ],
    )
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = ini\n"
        "access_key_secret = is\n",
    )
    monkeypatch.setenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true")
    chain = DefaultCredentialsChain()
    assert chain().access_key_id == "ini"
    assert chain.source == "credentials file"


def test_nothing_found_lists_every_source_without_secrets(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "lonely-secret-value")
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = x\n"
        "access_key_secret = ini-secret-value\n[other]\n",
    )
    monkeypatch.setenv("ALIBABA_CLOUD_PROFILE", "missing")
    with pytest.raises(CredentialsError) as raised:
        DefaultCredentialsChain()()
    message = str(raised.value)
    for expected in (
        "environment: ALIBABA_CLOUD_ACCESS_KEY_ID not set",
        "OIDC role: ALIBABA_CLOUD_ROLE_ARN",
        "aliyun CLI profile:",
        "config.json not found",
        "credentials file:",
        "has no [missing] section",
        "ECS RAM role: the ECS metadata service is disabled",
        "credentials URI: ALIBABA_CLOUD_CREDENTIALS_URI not set",
    ):
        assert expected in message
    assert "lonely-secret-value" not in message
    assert "ini-secret-value" not in message
    order = [
        "environment:",
        "OIDC role:",
        "aliyun CLI",
        "credentials file:",
        "ECS RAM role:",
        "credentials URI:",
    ]
    assert [message.index(name) for name in order] == sorted(
        message.index(name) for name in order
    )


def test_a_client_without_credentials_fails_before_sending(home: Path) -> None:
    transport = RecordingTransport()
    client = VodClient(region_id="cn-shanghai", transport=transport)
    with pytest.raises(CredentialsError, match="no credentials found"):
        client.get_ai_image_jobs(job_ids=JOB)
    assert transport.sent == []


def test_broken_files_are_reported_without_their_contents(home: Path) -> None:
    (home / ".aliyun").mkdir()
    (home / ".aliyun" / "config.json").write_text('{"profiles": [ "secret-in-json')
    write_ini(home, "[default]\nsecret-in-ini-without-equals\n")
    with pytest.raises(CredentialsError) as raised:
        DefaultCredentialsChain()()
    message = str(raised.value)
    assert "config.json is not valid JSON" in message
    assert "is not valid INI (line 2)" in message
    assert "secret-in" not in message


# Precedence: every pair of sources, both configured, the earlier one wins.

SOURCES = [
    "environment",
    "OIDC role",
    "aliyun CLI profile",
    "credentials file",
    "ECS RAM role",
    "credentials URI",
]


class Sources:
    """Configures any source so that it yields credentials whose id names it."""

    def __init__(
        self,
        home: Path,
        monkeypatch: pytest.MonkeyPatch,
        sts: FakeSts,
        metadata: FakeMetadata,
        uri: FakeCredentialsUri,
    ) -> None:
        self.home = home
        self.env = monkeypatch
        self.uri = uri
        self.configure: dict[str, Callable[[], None]] = {
            "environment": self.environment,
            "OIDC role": self.oidc,
            "aliyun CLI profile": self.cli,
            "credentials file": self.ini,
            "ECS RAM role": self.ecs,
            "credentials URI": self.credentials_uri,
        }

    def environment(self) -> None:
        self.env.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "environment")
        self.env.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")

    def oidc(self) -> None:
        token_file = self.home / "token"
        token_file.write_text("oidc-token-1")
        self.env.setenv("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/r")
        self.env.setenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/p")
        self.env.setenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE", str(token_file))

    def cli(self) -> None:
        write_cli_config(
            self.home,
            [
                {
                    "name": "default",
                    "mode": "AK",
                    "access_key_id": "aliyun CLI profile",
                    "access_key_secret": "cli-secret",
                }
            ],
        )

    def ini(self) -> None:
        write_ini(
            self.home,
            "[default]\ntype = access_key\naccess_key_id = credentials file\n"
            "access_key_secret = ini-secret\n",
        )

    def ecs(self) -> None:
        self.env.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "false")

    def credentials_uri(self) -> None:
        self.env.setenv("ALIBABA_CLOUD_CREDENTIALS_URI", self.uri.uri)


def _source_of(access_key_id: str) -> str:
    prefixes = {"STS.": "OIDC role", "ECS.": "ECS RAM role", "URI.": "credentials URI"}
    for prefix, name in prefixes.items():
        if access_key_id.startswith(prefix):
            return name
    return access_key_id


@pytest.mark.parametrize(
    "earlier, later", list(itertools.combinations(SOURCES, 2)), ids="-over-".join
)
def test_the_earlier_source_wins(
    earlier: str,
    later: str,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    sts: FakeSts,
    metadata: FakeMetadata,
    credentials_uri: FakeCredentialsUri,
) -> None:
    sources = Sources(home, monkeypatch, sts, metadata, credentials_uri)
    # Configure the later source first, so the order of setup cannot decide.
    sources.configure[later]()
    chain = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=metadata.endpoint
    )
    assert _source_of(chain().access_key_id) == later
    sources.configure[earlier]()
    chain = DefaultCredentialsChain(
        sts_endpoint=sts.endpoint, metadata_endpoint=metadata.endpoint
    )
    assert _source_of(chain().access_key_id) == earlier
    assert chain.source == earlier


def test_the_chain_keeps_the_source_it_found(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = ini\n"
        "access_key_secret = ini-secret-4e1a\n",
    )
    chain = DefaultCredentialsChain()
    assert chain().access_key_id == "ini"
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    assert chain().access_key_id == "ini"
    assert "credentials file" in repr(chain)
    assert "ini-secret-4e1a" not in repr(chain)


def test_the_command_line_signs_with_the_credentials_file_profile(
    home: Path, server: ScriptedServer
) -> None:
    write_ini(
        home,
        "[default]\ntype = access_key\naccess_key_id = cli-ini-id\n"
        "access_key_secret = cli-ini-secret\n",
    )
    server.answer(Answer(200, ANSWER))
    result = subprocess.run(
        [sys.executable, "-m", "generated.vod", "get-ai-image-jobs"]
        + ["--job-ids", "job-1", "--endpoint", server.endpoint],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (received,) = server.received
    assert v3_is_valid(received, "cli-ini-id", "cli-ini-secret")
