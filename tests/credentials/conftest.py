"""Every credentials test starts from a clean slate: no ``ALIBABA_CLOUD_*`` variables but
the one keeping the real metadata service out of reach, and an empty ``HOME``."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.credentials.fakes import FakeCredentialsUri, FakeMetadata, FakeSts

CALLER_ID = "LTAI-caller-id"
CALLER_SECRET = "caller-secret-9b2f"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("ALIBABA_CLOUD_") and name != (
            "ALIBABA_CLOUD_ECS_METADATA_DISABLED"
        ):
            monkeypatch.delenv(name)
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


@pytest.fixture
def sts() -> Iterator[FakeSts]:
    with FakeSts({CALLER_ID: CALLER_SECRET}, {"oidc-token-1"}).running() as running:
        yield running


@pytest.fixture
def metadata(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMetadata]:
    """A fake metadata service; the test itself decides whether it is enabled."""
    with FakeMetadata().running() as running:
        yield running


@pytest.fixture
def credentials_uri() -> Iterator[FakeCredentialsUri]:
    with FakeCredentialsUri().running() as running:
        yield running
