"""What a user imports from a generated package, and the credentials shorthand."""

from __future__ import annotations

from typing import Any

import pytest

import generated.vod as vod
from generated.vod._runtime import credentials as runtime_credentials
from generated.vod._runtime import retry as runtime_retry
from generated.vod._runtime.transport import HttpResponse
from generated.vod.errors import CredentialsError

JOB = "cf08a2c6e11e*****de1711b738b9067"


class _Recording:
    def __init__(self) -> None:
        self.sent: list[Any] = []

    def send(self, request: Any, timeouts: Any) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(200, {}, b'{"RequestId": "R", "AIImageJobList": []}')

    def close(self) -> None:
        pass


def test_credentials_and_retry_policy_are_public() -> None:
    assert vod.Credentials is runtime_credentials.Credentials
    assert vod.RetryPolicy is runtime_retry.RetryPolicy
    assert {"Credentials", "RetryPolicy"} <= set(vod.__all__)
    from generated.vod import Credentials, RetryPolicy  # the documented spelling

    assert Credentials("id", "secret").access_key_secret == "secret"
    assert RetryPolicy(max_attempts=2).max_attempts == 2


@pytest.mark.parametrize(
    "given", [("AKIDTUPLE", "tuple-secret"), ("AKIDTUPLE", "tuple-secret", "tok")]
)
def test_a_provider_may_return_a_tuple(given: tuple[str, ...]) -> None:
    recording = _Recording()
    client = vod.VodClient(
        region_id="cn-shanghai",
        credentials_provider=lambda: given,
        transport=recording,
    )
    client.get_ai_image_jobs(job_ids=[JOB])
    (request,) = recording.sent
    headers = {name.lower(): value for name, value in request.headers.items()}
    assert "Credential=AKIDTUPLE," in headers["authorization"]
    assert headers.get("x-acs-security-token") == (
        given[2] if len(given) == 3 else None
    )


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        (("AKID", 7), "access_key_secret from credentials_provider must be text"),
        (("AKID",), "must return Credentials or an (access_key_id"),
        (("a", "b", "c", "d"), "must return Credentials or an (access_key_id"),
    ],
)
def test_a_tuple_that_cannot_be_credentials_is_refused_before_sending(
    given: tuple[Any, ...], problem: str
) -> None:
    recording = _Recording()
    client = vod.VodClient(
        region_id="cn-shanghai",
        credentials_provider=lambda: given,
        transport=recording,
    )
    with pytest.raises(CredentialsError) as raised:
        client.get_ai_image_jobs(job_ids=[JOB])
    assert problem in str(raised.value)
    assert recording.sent == []
