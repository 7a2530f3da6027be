"""No credential value in any text the client produces; bad credentials refused early."""

from __future__ import annotations

import json
import logging
import pickle
import traceback
from typing import Any
from urllib.parse import quote

import pytest

from generated.vod import VodClient
from generated.vod._runtime.credentials import Credentials
from generated.vod._runtime.errors import ApiError, CredentialsError
from generated.vod._runtime.redaction import redact
from tests.support.scripted_server import Answer, Received, ScriptedServer

ACCESS_KEY_ID = "LTAI5tHostileKeyId0042"
SECRET = "hostile-secret-9d8c7b6a5f"
TOKEN = "CAIS-hostile-sts-token-1e2d3c4b"
FIELDS = ("access_key_id", "access_key_secret", "security_token")
BAD_VALUES = ["tail\n", "in\x00side", "tab\tbed", "spa ce", "nön-ascii", "\u2028"]


def _arguments(field: str, value: str) -> dict[str, str]:
    arguments = {
        "access_key_id": ACCESS_KEY_ID,
        "access_key_secret": SECRET,
        "security_token": TOKEN,
    }
    arguments[field] = arguments[field][:6] + value
    return arguments


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize("field", FIELDS)
def test_unsendable_credential_is_refused_at_construction(
    field: str, value: str
) -> None:
    arguments = _arguments(field, value)
    with pytest.raises(CredentialsError) as raised:
        VodClient(endpoint="http://127.0.0.1:9", **arguments)
    text = str(raised.value) + repr(raised.value)
    assert field in text
    assert arguments[field] not in text
    assert value.strip() not in text or not value.strip()


@pytest.mark.parametrize("field", FIELDS)
def test_unsendable_credential_from_a_provider_is_refused_before_sending(
    field: str,
) -> None:
    arguments = _arguments(field, "\n")

    def provider() -> Credentials:
        return Credentials(**arguments)

    with ScriptedServer() as server:
        client = VodClient(endpoint=server.endpoint, credentials_provider=provider)
        with client, pytest.raises(CredentialsError) as raised:
            client.get_ai_image_jobs(job_ids=["a"])
        assert server.received == []
    assert field in str(raised.value)
    assert arguments[field] not in str(raised.value)


def test_unsendable_credential_from_the_environment_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", ACCESS_KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN + "\n")
    with ScriptedServer() as server:
        with VodClient(endpoint=server.endpoint) as client:
            with pytest.raises(CredentialsError) as raised:
                client.get_ai_image_jobs(job_ids=["a"])
        assert server.received == []
    assert "security_token" in str(raised.value)
    assert TOKEN not in str(raised.value)


def _echo(received: Received) -> Answer:
    """A server that repeats the whole request in its error message, as some do."""
    echoed = json.dumps({"query": received.query, "headers": received.headers})
    body = {
        "RequestId": "ECHO-1",
        "Code": "InvalidParameter",
        "Message": f"bad request: {echoed} raw {quote(echoed)}",
    }
    return Answer(400, json.dumps(body).encode(), {"content-type": "application/json"})


def _texts_of(error: BaseException) -> list[str]:
    copy = pickle.loads(pickle.dumps(error))
    texts = [str(error), repr(error), str(copy), repr(copy)]
    texts += traceback.format_exception(error)
    texts += [str(value) for value in vars(error).values()]
    return texts


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_server_echoing_the_request_shows_no_secret(
    signature_version: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="generated.vod")
    with ScriptedServer() as server:
        server.responder = _echo
        with VodClient(
            access_key_id=ACCESS_KEY_ID,
            access_key_secret=SECRET,
            security_token=TOKEN,
            endpoint=server.endpoint,
            signature_version=signature_version,
        ) as client:
            with pytest.raises(ApiError) as raised:
                client.get_ai_image_jobs(job_ids=["a"])
        sent = server.received[0]
    signature = (
        sent.query.get("Signature")
        or sent.headers["authorization"].rsplit("Signature=", 1)[1]
    )
    texts = _texts_of(raised.value) + [r.getMessage() for r in caplog.records]
    joined = "\n".join(texts)
    assert "bad request" in joined  # the message is kept, only secrets go
    for secret in (SECRET, TOKEN, quote(TOKEN), signature, quote(signature, safe="")):
        assert secret not in joined
    assert ACCESS_KEY_ID not in joined  # shortened to a prefix


def test_credentials_repr_shows_no_value() -> None:
    credentials = Credentials(ACCESS_KEY_ID, SECRET, TOKEN)
    for text in (repr(credentials), str(credentials), f"{credentials}"):
        for secret in (ACCESS_KEY_ID, SECRET, TOKEN):
            assert secret not in text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tX,"
            "SignedHeaders=host;x-acs-date,Signature=0123abcd",
            ["LTAI5tX", "0123abcd"],
        ),
        (
            "GET&%2F&AccessKeyId%3DLTAI5tX%26SecurityToken%3DCAIStok%26Signature%3Dsig9",
            ["CAIStok", "sig9"],
        ),
        (
            '{"SecurityToken": "CAIStok", "AccessKeySecret": "s3cr"}',
            ["CAIStok", "s3cr"],
        ),
        ("<SecurityToken>CAIStok</SecurityToken>", ["CAIStok"]),
        ("x-acs-security-token: CAIStok", ["CAIStok"]),
        ("access_key_secret='s3cr' security_token=CAIStok", ["s3cr", "CAIStok"]),
    ],
)
def test_redaction_hides_values_after_secret_names(
    text: str, values: list[str]
) -> None:
    shown = redact(text)
    for value in values:
        assert value not in shown
    assert "<redacted>" in shown


def test_client_repr_holds_no_credentials() -> None:
    client: Any = VodClient(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=SECRET,
        security_token=TOKEN,
        endpoint="http://127.0.0.1:9",
    )
    with client:
        text = repr(client) + str(vars(client))
    for secret in (SECRET, TOKEN):
        assert secret not in text


def test_short_values_do_not_cut_words() -> None:
    # An AccessKey ID "id" or a secret "secret" in tests must not mangle "Invalid".
    text = "Invalid: the secret word is 'valid'"
    assert redact(text, ["secret", "id"], access_key_id="id") == text
