"""Anonymous operations at the offline server: STS's AssumeRoleWithOIDC is accepted
unsigned (fresh timestamp, unused nonce), while every other action still needs its
signature and a half-signed anonymous request is judged as a signed one."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from urllib.parse import urlencode

from generated.sts._mock.auth import IncomingRequest, NonceStore
from generated.sts._mock.service import Dispatcher
from generated.sts.mock.actions import SERVICE

MOMENT = datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()
FORM = {
    "RoleArn": "acs:ram::1:role/reader",
    "OIDCProviderArn": "acs:ram::1:oidc-provider/ack",
    "OIDCToken": "eyJ.token.sig",
    "RoleSessionName": "pod",
}


def _dispatcher(clock: float = MOMENT) -> Dispatcher:
    return SERVICE.dispatcher(
        {"id": "secret"}, clock=lambda: clock, nonces=NonceStore()
    )


def _request(
    action: str = "AssumeRoleWithOIDC",
    form: dict[str, str] | None = None,
    nonce: str = "n-1",
    **query: str,
) -> IncomingRequest:
    common = {
        "Action": action,
        "Version": "2015-04-01",
        "Format": "JSON",
        "Timestamp": "2024-01-01T00:00:00Z",
        "SignatureNonce": nonce,
        **query,
    }
    return IncomingRequest(
        "POST",
        "/",
        common,
        {"content-type": "application/x-www-form-urlencoded"},
        urlencode(FORM if form is None else form).encode(),
    )


def _code(dispatcher: Dispatcher, request: IncomingRequest) -> str | None:
    reply = dispatcher.handle(request)
    if reply.status == 200:
        return None
    return str(json.loads(reply.body)["Code"])


def test_an_unsigned_oidc_request_is_answered() -> None:
    reply = _dispatcher().handle(_request())
    assert reply.status == 200
    assert reply.identity is not None
    assert reply.identity.signature_version == "none"
    assert reply.identity.params == {**FORM, "OIDCToken": "<redacted>"}
    assert "AccessKeyId" in json.loads(reply.body)["Credentials"]


def test_other_actions_still_need_a_signature() -> None:
    form = {"RoleArn": "acs:ram::1:role/reader", "RoleSessionName": "s1"}
    assert _code(_dispatcher(), _request("AssumeRole", form)) == "IncompleteSignature"


def test_a_half_signed_anonymous_request_is_judged_as_signed() -> None:
    request = _request(AccessKeyId="id", Signature="forged")
    assert _code(_dispatcher(), request) == "IncompleteSignature"


def test_the_clock_and_the_nonce_still_count() -> None:
    dispatcher = _dispatcher()
    assert _code(dispatcher, _request(nonce="n-7")) is None
    assert _code(dispatcher, _request(nonce="n-7")) == "SignatureNonceUsed"
    late = _dispatcher(clock=MOMENT + 3600)
    assert _code(late, _request()) == "InvalidTimeStamp.Expired"
    assert _code(dispatcher, _request(nonce="")) == "MissingParameter"


def test_the_parameters_are_checked_as_for_any_action() -> None:
    form = {name: value for name, value in FORM.items() if name != "OIDCToken"}
    reply = _dispatcher().handle(_request(form=form))
    assert reply.status == 400
    assert json.loads(reply.body)["Code"] == "MissingParameter"
    assert "OIDCToken" in json.loads(reply.body)["Message"]


def test_the_server_keeps_no_secret_parameter_of_a_request() -> None:
    """The OIDC token (``secret: true`` in the spec) is read and checked, then hidden in
    what the server keeps: the reply's identity and the request record."""
    from generated.sts import StsClient
    from generated.sts.mock import MockServer

    with MockServer(access_key_id="id", access_key_secret="secret") as server:
        client = StsClient(
            access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
        )
        with client:
            client.assume_role_with_oidc(
                role_arn="acs:ram::1:role/r",
                oidc_provider_arn="acs:ram::1:oidc-provider/p",
                oidc_token="eyJ.kept-nowhere.sig",
                role_session_name="s1",
            )
        (record,) = server.requests
    assert record.action == "AssumeRoleWithOIDC" and record.status == 200
    assert record.params["OIDCToken"] == "<redacted>"
    assert record.params["RoleSessionName"] == "s1"
    assert "kept-nowhere" not in repr(record)


def test_a_refused_request_keeps_no_secret_parameter_either() -> None:
    reply = _dispatcher().handle(_request(form={**FORM, "RoleArn": ""}))
    assert reply.status == 400
    assert reply.identity is not None
    assert reply.identity.params["OIDCToken"] == "<redacted>"
