"""The ECS instance RAM role and credential URIs against local servers: IMDSv2 session
tokens, the IMDSv1 fallback and its switch, role discovery, expiry and refresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from generated.vod import credentials
from generated.vod._runtime.errors import CredentialsError, TransportTimeoutError
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from tests.credentials.fakes import ROLE_PATH, FakeCredentialsUri, FakeMetadata
from tests.credentials.support import write_cli_config


@pytest.fixture(autouse=True)
def metadata_enabled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "false")


def test_imdsv2_token_then_discovered_role(metadata: FakeMetadata) -> None:
    provider = credentials.EcsRamRoleCredentials(metadata_endpoint=metadata.endpoint)
    assert provider() == ("ECS.id-1", "ECS-secret-1", "ECS-token-1")
    put, roles, role = metadata.received
    assert (put.method, put.path) == ("PUT", "/latest/api/token")
    assert roles.path == ROLE_PATH
    assert role.path == ROLE_PATH + "EcsWorkerRole"
    assert role.headers["x-aliyun-ecs-metadata-token"] == FakeMetadata.TOKEN
    assert provider.role_name == "EcsWorkerRole"


def test_the_role_variable_skips_discovery(
    metadata: FakeMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA", "EcsWorkerRole")
    credentials.EcsRamRoleCredentials(metadata_endpoint=metadata.endpoint)()
    assert [r.path for r in metadata.received] == [
        "/latest/api/token",
        ROLE_PATH + "EcsWorkerRole",
    ]


def test_imdsv1_fallback_and_its_switch(
    metadata: FakeMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    metadata.imdsv2 = False
    provider = credentials.EcsRamRoleCredentials(metadata_endpoint=metadata.endpoint)
    assert provider().access_key_id == "ECS.id-1"
    assert "x-aliyun-ecs-metadata-token" not in metadata.received[-1].headers
    monkeypatch.setenv("ALIBABA_CLOUD_IMDSV1_DISABLED", "true")
    strict = credentials.EcsRamRoleCredentials(metadata_endpoint=metadata.endpoint)
    with pytest.raises(CredentialsError, match="IMDSv1 is disabled"):
        strict()


def test_expiring_credentials_are_fetched_again(metadata: FakeMetadata) -> None:
    now = [0.0]
    provider = credentials.EcsRamRoleCredentials(
        metadata_endpoint=metadata.endpoint, clock=lambda: now[0]
    )
    metadata.issuer.lifetime = 600
    first = provider()
    assert provider() == first  # cached
    now[0] = 10.0**10
    assert provider().access_key_id == "ECS.id-2"


def test_the_metadata_service_can_be_switched_off(
    metadata: FakeMetadata, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true")
    with pytest.raises(CredentialsError, match="disabled"):
        credentials.EcsRamRoleCredentials(metadata_endpoint=metadata.endpoint)
    assert metadata.received == []


def test_an_unreachable_metadata_service_fails_quickly_and_clearly() -> None:
    provider = credentials.EcsRamRoleCredentials(
        metadata_endpoint="http://127.0.0.1:9"  # discard port: nothing listens
    )
    with pytest.raises(CredentialsError, match="ECS metadata service at 127.0.0.1:9"):
        provider()


def test_a_role_without_credentials_is_reported(metadata: FakeMetadata) -> None:
    provider = credentials.EcsRamRoleCredentials(
        "OtherRole", metadata_endpoint=metadata.endpoint
    )
    with pytest.raises(CredentialsError, match="not found"):
        provider()


def test_credentials_uri(credentials_uri: FakeCredentialsUri) -> None:
    provider = credentials.UriCredentials(credentials_uri.uri)
    assert provider() == ("URI.id-1", "URI-secret-1", "URI-token-1")
    assert provider() == ("URI.id-1", "URI-secret-1", "URI-token-1")
    assert "uri-query-secret" not in repr(provider)
    with pytest.raises(CredentialsError, match="http"):
        credentials.UriCredentials("file:///etc/passwd")


def test_cli_credentials_uri_profile(
    credentials_uri: FakeCredentialsUri, home: Path
) -> None:
    write_cli_config(
        home,
        [
            {
                "name": "default",
                "mode": "CredentialsURI",
                "credentials_uri": credentials_uri.uri,
            }
        ],
    )
    assert credentials.DefaultCredentialsChain()().access_key_id == "URI.id-1"


def test_off_ecs_the_search_costs_one_short_connect() -> None:
    class Unreachable:
        def __init__(self) -> None:
            self.timeouts: list[Timeouts] = []

        def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
            self.timeouts.append(timeouts)
            raise TransportTimeoutError("timed out talking to 100.100.100.200")

        def close(self) -> None:
            pass

    transport = Unreachable()
    provider = credentials.EcsRamRoleCredentials(transport=transport)
    with pytest.raises(
        CredentialsError, match="ECS metadata service at 100.100.100.200"
    ):
        provider()
    (timeouts,) = transport.timeouts  # no IMDSv1 retry of an unreachable service
    assert timeouts.connect <= 1.0 and timeouts.read <= 1.0
