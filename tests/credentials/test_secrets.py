"""No secret, security token or OIDC token in any repr, error message or log line of the
credential sources, on success or failure."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generated.vod import VodClient, credentials
from generated.vod._runtime.errors import ApiError
from tests.credentials.conftest import CALLER_ID, CALLER_SECRET
from tests.credentials.fakes import FakeSts
from tests.credentials.support import RecordingTransport, write_ini

OIDC_TOKEN = "oidc-token-1"


def test_no_secret_anywhere(
    sts: FakeSts,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    token_file = home / "token"
    token_file.write_text(OIDC_TOKEN)
    write_ini(
        home,
        f"[default]\ntype = ram_role_arn\naccess_key_id = {CALLER_ID}\n"
        f"access_key_secret = {CALLER_SECRET}\nrole_arn = acs:ram::1:role/r\n",
    )
    shown: list[str] = []
    providers: list[object] = [
        credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
        credentials.StaticStsCredentials(CALLER_ID, CALLER_SECRET, "static-token-1"),
        credentials.RamRoleArnCredentials(
            credentials.StaticCredentials(CALLER_ID, CALLER_SECRET),
            "acs:ram::1:role/r",
            sts_endpoint=sts.endpoint,
        ),
        credentials.OidcRoleCredentials(
            "acs:ram::1:role/r",
            "acs:ram::1:oidc-provider/p",
            str(token_file),
            sts_endpoint=sts.endpoint,
        ),
        credentials.DefaultCredentialsChain(sts_endpoint=sts.endpoint),
    ]
    for provider in providers:
        assert callable(provider)
        issued = provider()
        shown += [repr(provider), str(provider), repr(issued), str(issued)]
    transport = RecordingTransport()
    client = VodClient(
        region_id="cn-shanghai",
        transport=transport,
        credentials_provider=providers[-1],  # type: ignore[arg-type]
    )
    client.get_ai_image_jobs(job_ids=["job"])
    shown.append(repr(client))
    # Failures: a wrong secret, a rejected OIDC token.
    for failing in (
        credentials.RamRoleArnCredentials(
            credentials.StaticCredentials(CALLER_ID, "wrong-" + CALLER_SECRET),
            "acs:ram::1:role/r",
            sts_endpoint=sts.endpoint,
        ),
        credentials.OidcRoleCredentials(
            "acs:ram::1:role/r",
            "acs:ram::1:oidc-provider/p",
            str(home / "token"),
            sts_endpoint=sts.endpoint,
        ),
    ):
        sts.oidc_tokens.clear()
        with pytest.raises(ApiError) as raised:
            failing()
        shown.append(str(raised.value))
    shown.append(caplog.text)
    text = "\n".join(shown)
    secrets = [CALLER_SECRET, "static-token-1", OIDC_TOKEN] + [
        value
        for issued in sts.issued
        for value in (issued.access_key_secret, issued.security_token or "")
    ]
    assert len(sts.issued) >= 3
    for secret in secrets:
        assert secret not in text
