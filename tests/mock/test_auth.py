"""The offline server's signature checks, against the reference test vectors."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from generated.vod._mock.auth import (
    AuthError,
    IncomingRequest,
    NonceStore,
    verify,
)

SECRETS = {"testid": "testsecret"}
NONCE = "3ee8c1b8a83d44afa94f4e0ad82fd6cf"
MOMENT = datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()


def _v1(method: str, signature: str, **changes: str) -> IncomingRequest:
    query = {
        "AccessKeyId": "testid",
        "Action": "GetAIImageJobs",
        "Format": "JSON",
        "JobIds": "job1,job2",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": NONCE,
        "SignatureVersion": "1.0",
        "Timestamp": "2024-01-01T00:00:00Z",
        "Version": "2017-03-21",
        "Signature": signature,
        **changes,
    }
    return IncomingRequest(method, "/", query, {"host": "vod.aliyuncs.com"})


@pytest.mark.parametrize(
    ("method", "signature"),
    [("GET", "IDd0Wn07u9RAl26horU6prIPl7I="), ("POST", "eJgN1brouS3XEkboPRXBtf/oP5k=")],
)
def test_v1_reference_vectors_pass(method: str, signature: str) -> None:
    identity = verify(_v1(method, signature), SECRETS, now=MOMENT)
    assert identity.signature_version == "v1"
    assert (identity.action, identity.api_version) == ("GetAIImageJobs", "2017-03-21")
    assert identity.params == {"JobIds": "job1,job2"}


def test_v1_signature_covers_the_method() -> None:
    with pytest.raises(AuthError) as caught:
        verify(_v1("POST", "IDd0Wn07u9RAl26horU6prIPl7I="), SECRETS, now=MOMENT)
    assert caught.value.code == "SignatureDoesNotMatch"


def test_v1_signature_covers_every_parameter() -> None:
    request = _v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=", JobIds="job1")
    with pytest.raises(AuthError) as caught:
        verify(request, SECRETS, now=MOMENT)
    assert caught.value.code == "SignatureDoesNotMatch"


def _v3(signed: str, signature: str) -> IncomingRequest:
    headers = {
        "accept": "application/json",
        "host": "vod.aliyuncs.com",
        "user-agent": "AlibabaCloud (Linux; x86_64) Python/3.11.7 Core/0.4.3 TeaDSL/2",
        "x-acs-action": "GetAIImageJobs",
        "x-acs-content-sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "x-acs-credentials-provider": "static_ak",
        "x-acs-date": "2024-01-01T00:00:00Z",
        "x-acs-signature-nonce": NONCE,
        "x-acs-version": "2017-03-21",
        "authorization": "ACS3-HMAC-SHA256 Credential=testid,"
        f"SignedHeaders={signed},Signature={signature}",
    }
    return IncomingRequest("POST", "/", {"JobIds": "job1,job2"}, headers)


TEA_SIGNED = (
    "accept;host;user-agent;x-acs-action;x-acs-content-sha256;"
    "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version"
)
TEA_SIGNATURE = "8c533ab75afc9856ee078f7937a9a885da6b0231a56ef787b625b822c00db9f7"


def test_v3_reference_vector_signs_exactly_the_listed_headers() -> None:
    identity = verify(_v3(TEA_SIGNED, TEA_SIGNATURE), SECRETS, now=MOMENT)
    assert identity.signature_version == "v3"
    assert identity.signed_headers == tuple(TEA_SIGNED.split(";"))
    assert identity.params == {"JobIds": "job1,job2"}


def test_v3_with_fewer_listed_headers_does_not_match() -> None:
    fewer = TEA_SIGNED.replace("accept;", "")
    with pytest.raises(AuthError) as caught:
        verify(_v3(fewer, TEA_SIGNATURE), SECRETS, now=MOMENT)
    assert caught.value.code == "SignatureDoesNotMatch"


def test_v3_body_must_match_its_hash() -> None:
    request = _v3(TEA_SIGNED, TEA_SIGNATURE)
    tampered = IncomingRequest("POST", "/", request.query, request.headers, b"x=1")
    with pytest.raises(AuthError) as caught:
        verify(tampered, SECRETS, now=MOMENT)
    assert caught.value.code == "SignatureDoesNotMatch"
    assert "x-acs-content-sha256" in str(caught.value)


def test_clock_skew_limit_is_fifteen_minutes() -> None:
    request = _v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=")
    verify(request, SECRETS, now=MOMENT + 15 * 60)
    with pytest.raises(AuthError) as caught:
        verify(request, SECRETS, now=MOMENT + 15 * 60 + 1)
    assert caught.value.code == "InvalidTimeStamp.Expired"


def test_nonce_is_used_up_only_by_a_good_signature() -> None:
    nonces = NonceStore()
    forged = _v1("GET", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
    with pytest.raises(AuthError):
        verify(forged, SECRETS, now=MOMENT, nonces=nonces)
    good = _v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=")
    verify(good, SECRETS, now=MOMENT, nonces=nonces)
    with pytest.raises(AuthError) as caught:
        verify(good, SECRETS, now=MOMENT, nonces=nonces)
    assert caught.value.code == "SignatureNonceUsed"


def test_nonce_store_forgets_after_its_window_and_stays_bounded() -> None:
    nonces = NonceStore(window=60, capacity=3)
    assert nonces.use("id", "a", now=0)
    assert not nonces.use("id", "a", now=59)
    assert nonces.use("other-id", "a", now=59)  # nonces are per AccessKey
    assert nonces.use("id", "a", now=61)  # forgotten after the window
    for index in range(10):
        nonces.use("id", f"n{index}", now=62)
    assert len(nonces) <= 3


def test_checks_run_in_the_service_order() -> None:
    # An unknown key with a stale timestamp is refused for the timestamp first.
    request = _v1("GET", "x", AccessKeyId="nobody", Timestamp="2000-01-01T00:00:00Z")
    with pytest.raises(AuthError) as caught:
        verify(request, SECRETS, now=MOMENT)
    assert caught.value.code == "InvalidTimeStamp.Expired"
    request = _v1("GET", "x", AccessKeyId="nobody")
    with pytest.raises(AuthError) as caught:
        verify(request, SECRETS, now=MOMENT)
    assert caught.value.code == "InvalidAccessKeyId.NotFound"


def test_v1_method_and_version_must_be_the_documented_ones() -> None:
    for change in ({"SignatureMethod": "HMAC-SHA256"}, {"SignatureVersion": "2.0"}):
        request = _v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=", **change)
        with pytest.raises(AuthError) as caught:
            verify(request, SECRETS, now=MOMENT)
        assert caught.value.code == "IncompleteSignature"


def test_form_encoded_parameters_are_signed_like_query_ones() -> None:
    query = dict(_v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=").query)
    job_ids = query.pop("JobIds")
    request = IncomingRequest(
        "GET",
        "/",
        query,
        {"content-type": "application/x-www-form-urlencoded; charset=utf-8"},
        f"JobIds={job_ids}".encode(),
    )
    assert verify(request, SECRETS, now=MOMENT).params == {"JobIds": "job1,job2"}


def test_incoming_request_repr_hides_the_query() -> None:
    request = _v1("GET", "IDd0Wn07u9RAl26horU6prIPl7I=")
    assert "IDd0Wn07" not in repr(request)
