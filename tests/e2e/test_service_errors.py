"""Every refusal of the offline server, in Alibaba's error format, as the client sees it.

Requests a client would never send (wrong secret, replayed nonce, old timestamp, missing
signature pieces) are crafted with the runtime's own signing functions.
"""

from __future__ import annotations

import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

from generated.vod import errors
from generated.vod._runtime.transport import HttpRequest
from generated.vod.mock import MockServer

from .conftest import (
    ACCESS_KEY_SECRET,
    JOB_ID,
    Answer,
    make_async_client,
    make_client,
    send,
    signed_request,
)

ERROR_KEYS = ["RequestId", "HostId", "Code", "Message", "Recommend"]


def _without_query_param(request: HttpRequest, name: str) -> HttpRequest:
    parts = urlsplit(request.url)
    pairs = [(k, v) for k, v in parse_qsl(parts.query) if k != name]
    return request._replace(url=urlunsplit(parts._replace(query=urlencode(pairs))))


def _assert_error(answer: Answer, status: int, code: str) -> dict[str, str]:
    assert answer.status == status, answer.text
    assert answer.content_type.startswith("application/json")
    body = answer.json()
    assert list(body) == ERROR_KEYS
    assert body["Code"] == code
    assert body["HostId"] == "vod.aliyuncs.com"
    assert len(body["RequestId"]) == 36
    assert ACCESS_KEY_SECRET not in answer.text
    return body


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_wrong_secret_is_signature_does_not_match(
    server: MockServer, signature_version: str
) -> None:
    with make_client(
        server, access_key_secret="not-the-secret", signature_version=signature_version
    ) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    error = caught.value
    assert (error.code, error.http_status) == ("SignatureDoesNotMatch", 400)
    assert error.request_id == server.requests[0].request_id
    assert len(server.requests) == 1  # a 4xx is final: no retry


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_unknown_access_key(server: MockServer, signature_version: str) -> None:
    with make_client(
        server, access_key_id="nobody", signature_version=signature_version
    ) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert (caught.value.code, caught.value.http_status) == (
        "InvalidAccessKeyId.NotFound",
        404,
    )


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_replayed_nonce(server: MockServer, signature_version: str) -> None:
    request = signed_request(
        server, signature_version=signature_version, nonce="0123456789abcdef"
    )
    assert send(request).status == 200
    _assert_error(send(request), 400, "SignatureNonceUsed")
    # A fresh nonce is fine again.
    assert (
        send(signed_request(server, signature_version=signature_version)).status == 200
    )


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
@pytest.mark.parametrize("minutes", [-20, 20])
def test_timestamp_more_than_15_minutes_off(
    server: MockServer, signature_version: str, minutes: int
) -> None:
    moment = time.gmtime(time.time() + minutes * 60)
    request = signed_request(
        server,
        signature_version=signature_version,
        timestamp=time.strftime("%Y-%m-%dT%H:%M:%SZ", moment),
    )
    body = _assert_error(send(request), 400, "InvalidTimeStamp.Expired")
    assert "expired" in body["Message"]


def test_malformed_timestamp(server: MockServer) -> None:
    request = signed_request(server, timestamp="yesterday")
    _assert_error(send(request), 400, "InvalidTimeStamp.Format")


@pytest.mark.parametrize(
    "missing", ["Signature", "SignatureNonce", "Timestamp", "AccessKeyId"]
)
def test_v1_missing_signature_piece(server: MockServer, missing: str) -> None:
    request = _without_query_param(signed_request(server), missing)
    body = _assert_error(send(request), 400, "IncompleteSignature")
    assert missing in body["Message"]


@pytest.mark.parametrize("missing", ["SignedHeaders", "Signature", "Credential"])
def test_v3_authorization_missing_piece(server: MockServer, missing: str) -> None:
    request = signed_request(server, signature_version="v3")
    pieces = request.headers["authorization"].split(" ", 1)[1].split(",")
    kept = ",".join(p for p in pieces if not p.startswith(f"{missing}="))
    headers = {**request.headers, "authorization": f"ACS3-HMAC-SHA256 {kept}"}
    body = _assert_error(
        send(request._replace(headers=headers)), 400, "IncompleteSignature"
    )
    assert missing in body["Message"]


@pytest.mark.parametrize("header", ["x-acs-date", "x-acs-signature-nonce"])
def test_v3_missing_header(server: MockServer, header: str) -> None:
    request = signed_request(server, signature_version="v3")
    headers = {k: v for k, v in request.headers.items() if k != header}
    body = _assert_error(
        send(request._replace(headers=headers)), 400, "IncompleteSignature"
    )
    assert header in body["Message"]


def test_v3_header_left_out_of_signed_headers(server: MockServer) -> None:
    request = signed_request(server, signature_version="v3")
    authorization = request.headers["authorization"].replace("x-acs-action;", "")
    headers = {**request.headers, "authorization": authorization}
    body = _assert_error(
        send(request._replace(headers=headers)), 400, "IncompleteSignature"
    )
    assert "x-acs-action" in body["Message"]


def test_v3_tampered_query_is_signature_does_not_match(server: MockServer) -> None:
    request = signed_request(server, signature_version="v3")
    tampered = request._replace(url=request.url.replace("JobIds=", "JobIds=x"))
    _assert_error(send(tampered), 400, "SignatureDoesNotMatch")


def test_no_signature_at_all(server: MockServer) -> None:
    request = signed_request(server)
    for name in ("Signature", "SignatureMethod", "SignatureNonce"):
        request = _without_query_param(request, name)
    for name in ("SignatureVersion", "AccessKeyId", "Timestamp"):
        request = _without_query_param(request, name)
    _assert_error(send(request), 400, "IncompleteSignature")


@pytest.mark.parametrize("signature_version", ["v1", "v3"])
def test_missing_parameter_names_it(server: MockServer, signature_version: str) -> None:
    request = signed_request(server, signature_version=signature_version, params={})
    body = _assert_error(send(request), 400, "MissingParameter")
    assert '"JobIds"' in body["Message"]


@pytest.mark.parametrize(
    "job_ids", ["", ",".join(f"job{i}" for i in range(11)), "a,,b"]
)
def test_invalid_parameter_names_it(server: MockServer, job_ids: str) -> None:
    request = signed_request(server, params={"JobIds": job_ids})
    body = _assert_error(send(request), 400, "InvalidParameter")
    assert body["Message"].startswith('The specified parameter "JobIds" is not valid.')


def test_unknown_action(server: MockServer) -> None:
    body = _assert_error(
        send(signed_request(server, action="DeleteEverything")),
        404,
        "InvalidAction.NotFound",
    )
    assert "DeleteEverything" in body["Message"]


def test_wrong_api_version(server: MockServer) -> None:
    request = signed_request(server)
    parts = urlsplit(request.url)
    pairs = dict(parse_qsl(parts.query))
    pairs["Version"] = "2099-01-01"
    # Re-sign with the other version, so that only the version is wrong.
    from generated.vod._runtime.rpc_signing import sign_v1

    pairs.pop("Signature")
    pairs["Signature"] = sign_v1("POST", pairs, ACCESS_KEY_SECRET)
    wrong = request._replace(url=urlunsplit(parts._replace(query=urlencode(pairs))))
    _assert_error(send(wrong), 400, "InvalidVersion")


def test_errors_follow_the_requested_format(server: MockServer) -> None:
    answer = send(signed_request(server, params={}, response_format="xml"))
    assert answer.status == 400
    assert answer.content_type.startswith("text/xml")
    assert answer.text.startswith("<?xml")
    assert "<Code>MissingParameter</Code>" in answer.text
    with make_client(server, response_format="xml", access_key_id="nobody") as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert caught.value.code == "InvalidAccessKeyId.NotFound"
    assert caught.value.request_id == server.requests[-1].request_id
    assert caught.value.host_id == "vod.aliyuncs.com"


@pytest.mark.asyncio
async def test_async_client_sees_service_errors(server: MockServer) -> None:
    async with make_async_client(server, access_key_secret="wrong") as client:
        with pytest.raises(errors.ServiceError) as caught:
            await client.get_ai_image_jobs(job_ids=[JOB_ID])
    assert caught.value.code == "SignatureDoesNotMatch"


def test_form_encoded_chunked_body_is_read_and_signed(server: MockServer) -> None:
    import httpx

    from generated.vod._runtime.rpc_signing import canonical_query, sign_v1

    query = dict(parse_qsl(urlsplit(signed_request(server, params={}).url).query))
    query.pop("Signature")
    form = {"JobIds": JOB_ID}
    query["Signature"] = sign_v1("POST", {**query, **form}, ACCESS_KEY_SECRET)
    answer = httpx.post(
        f"{server.endpoint}/?{canonical_query(query)}",
        content=iter([urlencode(form).encode()]),  # an iterator: sent chunked
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert answer.status_code == 200, answer.text
    (record,) = server.requests
    assert record.params == {"JobIds": JOB_ID}
