"""Anonymous RPC operations (STS's AssumeRoleWithOIDC): the client asks for no
credentials and sends the request unsigned, its parameters in a form body for POST and
in the query for GET."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from generated.sts import StsClient
from generated.sts._runtime.credentials import Credentials
from generated.sts._runtime.errors import CredentialsError
from generated.sts._runtime.rpc_request import RequestTarget, build_anonymous_request
from generated.sts._runtime.transport import HttpRequest, HttpResponse, Timeouts

ANSWER = (
    b'{"RequestId": "R-1", "Credentials": {"AccessKeyId": "STS.a",'
    b' "AccessKeySecret": "s", "SecurityToken": "t",'
    b' "Expiration": "2099-01-01T00:00:00Z"}}'
)
TARGET = RequestTarget(
    scheme="https",
    host="sts.aliyuncs.com",
    api_version="2015-04-01",
    signature_version="v3",
    response_format="json",
)


class Recording:
    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(200, {"content-type": "application/json"}, ANSWER)

    def close(self) -> None:
        pass


def _refuse() -> Credentials:
    raise CredentialsError("no credentials here")


def test_post_carries_the_parameters_in_a_form_body() -> None:
    request = build_anonymous_request(
        TARGET, "POST", "AssumeRoleWithOIDC", {"OIDCToken": "tok"}, "ua", nonce="n1"
    )
    query = dict(parse_qsl(urlsplit(request.url).query))
    assert set(query) == {"Action", "Version", "Format", "Timestamp", "SignatureNonce"}
    assert dict(parse_qsl(request.body.decode())) == {"OIDCToken": "tok"}
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in {name.lower() for name in request.headers}


def test_get_carries_them_in_the_query() -> None:
    request = build_anonymous_request(
        TARGET, "GET", "AssumeRoleWithOIDC", {"OIDCToken": "tok"}, "ua"
    )
    assert dict(parse_qsl(urlsplit(request.url).query))["OIDCToken"] == "tok"
    assert request.body == b""


def test_the_client_asks_no_credentials_for_an_anonymous_operation() -> None:
    transport = Recording()
    client = StsClient(credentials_provider=_refuse, transport=transport)
    answer = client.assume_role_with_oidc(
        role_arn="acs:ram::1:role/r",
        oidc_provider_arn="acs:ram::1:oidc-provider/p",
        oidc_token="token-1234",
        role_session_name="s1",
    )
    assert answer.credentials is not None
    assert answer.credentials.access_key_id == "STS.a"
    (sent,) = transport.sent
    assert "authorization" not in {name.lower() for name in sent.headers}
    # A signed operation of the same client still asks, and is refused.
    with pytest.raises(CredentialsError, match="no credentials here"):
        client.get_caller_identity()
    assert len(transport.sent) == 1
