"""Signature v1 and V3 against the reference test vectors, and RFC 3986 encoding."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from generated.vod._runtime import rpc_signing
from generated.vod._runtime.credentials import Credentials
from generated.vod._runtime.rpc_request import RequestTarget, build_request

NONCE = "3ee8c1b8a83d44afa94f4e0ad82fd6cf"
V1_PARAMS = {
    "AccessKeyId": "testid",
    "Action": "GetAIImageJobs",
    "Format": "JSON",
    "JobIds": "job1,job2",
    "SignatureMethod": "HMAC-SHA1",
    "SignatureNonce": NONCE,
    "SignatureVersion": "1.0",
    "Timestamp": "2024-01-01T00:00:00Z",
    "Version": "2017-03-21",
}


def test_v1_canonical_query_matches_the_reference() -> None:
    assert rpc_signing.canonical_query(V1_PARAMS) == (
        "AccessKeyId=testid&Action=GetAIImageJobs&Format=JSON&JobIds=job1%2Cjob2"
        "&SignatureMethod=HMAC-SHA1&SignatureNonce=3ee8c1b8a83d44afa94f4e0ad82fd6cf"
        "&SignatureVersion=1.0&Timestamp=2024-01-01T00%3A00%3A00Z&Version=2017-03-21"
    )


@pytest.mark.parametrize(
    ("method", "signature"),
    [("GET", "IDd0Wn07u9RAl26horU6prIPl7I="), ("POST", "eJgN1brouS3XEkboPRXBtf/oP5k=")],
)
def test_v1_signature_vectors(method: str, signature: str) -> None:
    assert rpc_signing.sign_v1(method, V1_PARAMS, "testsecret") == signature


def test_v1_request_built_by_the_client_carries_the_vector_signature() -> None:
    target = RequestTarget(
        scheme="https",
        host="vod.aliyuncs.com",
        api_version="2017-03-21",
        signature_version="v1",
        response_format="json",
    )
    request = build_request(
        target,
        "POST",
        "GetAIImageJobs",
        {"JobIds": "job1,job2"},
        Credentials("testid", "testsecret"),
        "test-agent",
        nonce=NONCE,
        timestamp="2024-01-01T00:00:00Z",
    )
    query = dict(parse_qsl(urlsplit(request.url).query))
    assert query == {**V1_PARAMS, "Signature": "eJgN1brouS3XEkboPRXBtf/oP5k="}
    assert request.body == b""


V3_HEADERS = {
    "accept": "application/json",
    "host": "vod.aliyuncs.com",
    "user-agent": "AlibabaCloud (Linux; x86_64) Python/3.11.7 Core/0.4.3 TeaDSL/2",
    "x-acs-action": "GetAIImageJobs",
    "x-acs-content-sha256": rpc_signing.EMPTY_BODY_SHA256,
    "x-acs-credentials-provider": "static_ak",
    "x-acs-date": "2024-01-01T00:00:00Z",
    "x-acs-signature-nonce": NONCE,
    "x-acs-version": "2017-03-21",
}


def test_v3_vector_with_the_tea_sdk_header_set() -> None:
    canonical, signed = rpc_signing.v3_canonical_request(
        "POST",
        "/",
        rpc_signing.canonical_query({"JobIds": "job1,job2"}),
        V3_HEADERS,
        rpc_signing.EMPTY_BODY_SHA256,
        signed_headers=V3_HEADERS,
    )
    string_to_sign = rpc_signing.v3_string_to_sign(canonical)
    assert string_to_sign == (
        "ACS3-HMAC-SHA256\n"
        "077b6c6a4a4e8e44d29a98e5503cdda3d3f902569a0e5bda75a623eab5cd3680"
    )
    assert rpc_signing.sign_v3(string_to_sign, "testsecret") == (
        "8c533ab75afc9856ee078f7937a9a885da6b0231a56ef787b625b822c00db9f7"
    )
    assert signed.split(";") == sorted(V3_HEADERS)


def test_v3_signs_host_and_every_acs_header_by_default() -> None:
    _, signed = rpc_signing.v3_canonical_request(
        "POST", "/", "", V3_HEADERS, rpc_signing.EMPTY_BODY_SHA256
    )
    assert signed == (
        "host;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;"
        "x-acs-date;x-acs-signature-nonce;x-acs-version"
    )


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("a b", "a%20b"),
        ("*", "%2A"),
        ("~", "~"),
        ("/", "%2F"),
        ("+", "%2B"),
        ("&", "%26"),
        ("=", "%3D"),
        ("-_.", "-_."),
        ("视频", "%E8%A7%86%E9%A2%91"),
        ("é", "%C3%A9"),
        ("a,b", "a%2Cb"),
    ],
)
def test_rfc3986_encoding(text: str, encoded: str) -> None:
    assert rpc_signing.percent_encode(text) == encoded


def test_canonical_query_sorts_by_encoded_key() -> None:
    assert rpc_signing.canonical_query({"b": "1", "a b": "2", "A": "3"}) == (
        "A=3&a%20b=2&b=1"
    )


def test_every_request_gets_a_fresh_nonce_and_timestamp_field() -> None:
    target = RequestTarget(
        scheme="https",
        host="vod.aliyuncs.com",
        api_version="2017-03-21",
        signature_version="v3",
        response_format="json",
    )
    credentials = Credentials("id", "secret")
    nonces = {
        build_request(target, "POST", "A", {}, credentials, "ua").headers[
            "x-acs-signature-nonce"
        ]
        for _ in range(50)
    }
    assert len(nonces) == 50


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "a b+c",
        "*~/",
        "中文 & =",
        "é\x00\x7f\xff",
        "A.1",
        "%41",
        "\U0001f600",
    ],
)
def test_percent_encoding_is_quote_with_only_the_tilde_safe(text: str) -> None:
    from urllib.parse import quote

    assert rpc_signing.percent_encode(text) == quote(text, safe="~")


def test_canonical_query_orders_keys_before_looking_at_values() -> None:
    # "A.1=" sorts before "A=" as text; as keys "A" comes first.
    assert rpc_signing.canonical_query({"A.1": "x", "A": "y", "A-": "z"}) == (
        "A=y&A-=z&A.1=x"
    )


@pytest.mark.parametrize("token", [None, "sts-token", " padded token "])
@pytest.mark.parametrize("extra", [{}, {"x-acs-trace": "t1", "x-custom": "c"}])
def test_v3_authorization_of_a_built_request_is_the_generic_one(
    token: str | None, extra: dict[str, str]
) -> None:
    target = RequestTarget(
        scheme="https",
        host="vod.cn-shanghai.aliyuncs.com",
        api_version="2017-03-21",
        signature_version="v3",
        response_format="xml",
    )
    request = build_request(
        target,
        "POST",
        "GetAIImageJobs",
        {"JobIds": "job1,job2", "Title": "视频 a*b"},
        Credentials("testid", "testsecret", token),
        "ua",
        nonce=NONCE,
        timestamp="2024-01-01T00:00:00Z",
        headers=extra,
    )
    headers = dict(request.headers)
    authorization = headers.pop("authorization")
    query = urlsplit(request.url).query
    assert query == rpc_signing.canonical_query(
        {"JobIds": "job1,job2", "Title": "视频 a*b", "Format": "XML"}
    )
    signed = sorted({*rpc_signing.signed_header_names(headers), *extra})
    assert authorization == rpc_signing.v3_authorization(
        "POST",
        "/",
        query,
        headers,
        rpc_signing.EMPTY_BODY_SHA256,
        "testid",
        "testsecret",
        signed_headers=signed,
    )
    assert ("x-acs-security-token" in authorization) == bool(token)


def test_timestamps_are_the_current_utc_second() -> None:
    import time

    from generated.vod._runtime.rpc_request import utc_timestamp

    before = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    stamp = utc_timestamp()
    after = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    assert before <= stamp <= after
