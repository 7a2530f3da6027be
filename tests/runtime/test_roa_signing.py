"""ROA request building and signing against the six reference requests signed by
Alibaba's own SDK, and the encoding rules of paths, queries and bodies."""

from __future__ import annotations

import base64
import hashlib
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.support.roa_vectors import (
    ACCESS_KEY_ID,
    API_VERSION,
    HOST,
    HTTP_DATE,
    MODIFY_BODY,
    ODD_CLUSTER,
    ODD_CLUSTER_PATH,
    SECRET,
    TIMESTAMP,
    USER_AGENT,
    V1_VECTORS,
    V3_VECTORS,
    VECTORS,
    Vector,
)
from tests.support.template_package import runtime_module

roa = runtime_module("roa_request")
Credentials = runtime_module("credentials").Credentials
EMPTY_BODY_SHA256 = runtime_module("rpc_signing").EMPTY_BODY_SHA256
canonical_query = runtime_module("rpc_signing").canonical_query

CREDENTIALS = Credentials(ACCESS_KEY_ID, SECRET)


def _target(signature_version: str) -> object:
    return roa.RoaTarget(
        scheme="http",
        host=HOST,
        api_version=API_VERSION,
        signature_version=signature_version,
    )


def _build(vector: Vector, **options: object) -> object:
    """What our client sends for the vector's call, with the SDK's extra header."""
    return roa.build_request(
        _target(vector.signature_version),
        vector.method,
        vector.action,
        vector.raw_path,
        vector.query,
        {"x-acs-credentials-provider": "static_ak"},
        vector.body,
        "application/json; charset=utf-8" if vector.body else None,
        CREDENTIALS,
        USER_AGENT,
        nonce=vector.nonce,
        timestamp=TIMESTAMP,
        **options,
    )


@pytest.mark.parametrize("vector", V3_VECTORS, ids=lambda vector: vector.name)
def test_v3_signer_reproduces_the_reference(vector: Vector) -> None:
    headers = vector.headers
    authorization = roa.roa_v3_authorization(
        vector.method,
        vector.raw_path,
        canonical_query(vector.query),
        headers,
        headers["x-acs-content-sha256"],
        ACCESS_KEY_ID,
        SECRET,
        signed_headers=headers,
    )
    assert authorization == vector.authorization


@pytest.mark.parametrize("vector", V1_VECTORS, ids=lambda vector: vector.name)
def test_legacy_signer_reproduces_the_reference(vector: Vector) -> None:
    string_to_sign = roa.roa_v1_string_to_sign(
        vector.method, vector.headers, vector.raw_path, vector.query
    )
    signature = roa.sign_roa_v1(string_to_sign, SECRET)
    assert f"acs {ACCESS_KEY_ID}:{signature}" == vector.authorization


def test_legacy_string_to_sign_layout() -> None:
    (vector,) = [v for v in V1_VECTORS if v.action == "DeleteCluster"]
    assert roa.roa_v1_string_to_sign(
        vector.method, vector.headers, vector.raw_path, vector.query
    ) == (
        "DELETE\napplication/json\n\n\nTue, 01 Dec 2026 07:14:01 GMT\n"
        "x-acs-action:DeleteCluster\n"
        "x-acs-credentials-provider:static_ak\n"
        "x-acs-signature-method:HMAC-SHA1\n"
        "x-acs-signature-nonce:a5f99cbef5bf1821de6bd0de04b5987b\n"
        "x-acs-signature-version:1.0\n"
        "x-acs-version:2015-12-15\n"
        '/clusters/c1?retain_all_resources=True&retain_resources=["lb-1","sg 2"]'
    )


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_client_request_carries_the_reference_authorization(vector: Vector) -> None:
    # Given the SDK's user agent and extra header, our client signs exactly what it did.
    request = _build(vector, content_md5=False)
    assert request.headers["authorization"] == vector.authorization
    assert dict(request.headers) == {
        **vector.headers,
        "authorization": vector.authorization,
    }
    assert request.method == vector.method
    assert request.body == vector.body


def test_client_url_carries_the_encoded_path_and_query() -> None:
    (vector,) = [v for v in V3_VECTORS if v.action == "DeleteCluster"]
    url = urlsplit(_build(vector).url)
    assert (url.scheme, url.netloc, url.path) == ("http", HOST, "/clusters/c1")
    # RFC 3986 on the wire: the space is %20 (the SDK's + decodes to the same).
    assert url.query == (
        "retain_all_resources=True&retain_resources=%5B%22lb-1%22%2C%22sg%202%22%5D"
    )
    assert dict(parse_qsl(url.query)) == vector.query
    (detail,) = [v for v in V3_VECTORS if v.action == "DescribeClusterDetail"]
    assert _build(detail).url == f"http://{HOST}{ODD_CLUSTER_PATH}"


def test_v3_without_a_body_sends_no_content_type_and_the_empty_hash() -> None:
    (vector,) = [v for v in V3_VECTORS if v.action == "DescribeClusterDetail"]
    request = roa.build_request(
        _target("v3"),
        "GET",
        "DescribeClusterDetail",
        ODD_CLUSTER_PATH,
        {},
        {},
        b"",
        "application/json; charset=utf-8",
        CREDENTIALS,
        "ua",
    )
    assert "content-type" not in request.headers
    assert request.headers["x-acs-content-sha256"] == EMPTY_BODY_SHA256
    assert vector.headers["x-acs-content-sha256"] == EMPTY_BODY_SHA256


def test_modify_cluster_body_hash_is_the_documented_one() -> None:
    assert hashlib.sha256(MODIFY_BODY).hexdigest() == (
        "66490c6e3beed2af3de8fa036f71f15463e9c612fa4cc0c82038616dcbd92253"
    )


def test_legacy_request_sends_and_signs_the_body_md5_by_default() -> None:
    (vector,) = [v for v in V1_VECTORS if v.action == "ModifyCluster"]
    request = _build(vector)
    md5 = base64.b64encode(hashlib.md5(MODIFY_BODY).digest()).decode()
    assert request.headers["content-md5"] == md5
    assert request.headers["authorization"] != vector.authorization
    expected = roa.sign_roa_v1(
        roa.roa_v1_string_to_sign("PUT", request.headers, vector.raw_path, {}), SECRET
    )
    assert request.headers["authorization"] == f"acs {ACCESS_KEY_ID}:{expected}"
    assert f"\n{md5}\n" in roa.roa_v1_string_to_sign(
        "PUT", request.headers, vector.raw_path, {}
    )


@pytest.mark.parametrize("version", ["v3", "v1"])
def test_sts_token_is_sent_and_signed(version: str) -> None:
    credentials = Credentials(ACCESS_KEY_ID, SECRET, "sts-token")
    plain = roa.build_request(
        _target(version),
        "GET",
        "A",
        "/x",
        {},
        {},
        b"",
        None,
        CREDENTIALS,
        "ua",
        nonce="n",
        timestamp=TIMESTAMP,
    )
    request = roa.build_request(
        _target(version),
        "GET",
        "A",
        "/x",
        {},
        {},
        b"",
        None,
        credentials,
        "ua",
        nonce="n",
        timestamp=TIMESTAMP,
    )
    assert request.headers["x-acs-security-token"] == "sts-token"
    assert request.headers["authorization"] != plain.headers["authorization"]
    if version == "v3":
        signed = request.headers["authorization"].split("SignedHeaders=")[1]
        assert "x-acs-security-token" in signed.split(",")[0].split(";")
    assert "sts-token" not in repr(request)


def test_operation_headers_are_sent_signed_and_cannot_replace_protocol_ones() -> None:
    request = roa.build_request(
        _target("v3"),
        "POST",
        "A",
        "/x",
        {},
        {"X-Custom": "1", "x-acs-action": "Evil"},
        b"",
        None,
        CREDENTIALS,
        "ua",
        nonce="n",
        timestamp=TIMESTAMP,
    )
    assert request.headers["x-custom"] == "1"
    assert request.headers["x-acs-action"] == "A"
    signed = request.headers["authorization"].split("SignedHeaders=")[1].split(",")[0]
    assert set(signed.split(";")) == set(request.headers) - {"authorization"}


@pytest.mark.parametrize("version", ["v3", "v1"])
def test_every_request_gets_a_fresh_nonce(version: str) -> None:
    nonces = {
        roa.build_request(
            _target(version), "GET", "A", "/x", {}, {}, b"", None, CREDENTIALS, "ua"
        ).headers["x-acs-signature-nonce"]
        for _ in range(50)
    }
    assert len(nonces) == 50


def test_legacy_date_defaults_to_now_in_rfc_1123() -> None:
    request = roa.build_request(
        _target("v1"), "GET", "A", "/x", {}, {}, b"", None, CREDENTIALS, "ua"
    )
    date = request.headers["date"]
    assert date.endswith(" GMT") and date[3:5] == ", "
    assert "x-acs-date" not in request.headers


@pytest.mark.parametrize(
    ("timestamp", "expected"),
    [
        (TIMESTAMP, HTTP_DATE),
        ("2024-02-29T23:59:59Z", "Thu, 29 Feb 2024 23:59:59 GMT"),
        ("2000-01-02T03:04:05Z", "Sun, 02 Jan 2000 03:04:05 GMT"),
    ],
)
def test_http_date(timestamp: str, expected: str) -> None:
    assert roa.http_date(timestamp) == expected


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("/clusters/{ClusterId}", {"ClusterId": ODD_CLUSTER}, ODD_CLUSTER_PATH),
        ("/clusters/{ClusterId}", {"ClusterId": "c1"}, "/clusters/c1"),
        (
            "/clusters/{ClusterId}/nodepools/{NodepoolId}",
            {"ClusterId": "a b", "NodepoolId": "~x*y"},
            "/clusters/a%20b/nodepools/~x%2Ay",
        ),
        ("/clusters", {}, "/clusters"),
        ("/k/{A}{B}", {"A": "1", "B": "/"}, "/k/1%2F"),
        ("/k/{A}", {"A": "..."}, "/k/..."),
    ],
)
def test_encode_path(template: str, values: dict[str, str], expected: str) -> None:
    assert roa.encode_path(template, values) == expected


@pytest.mark.parametrize("value", [None, "", ".", ".."])
def test_encode_path_refuses_values_that_address_another_resource(
    value: str | None,
) -> None:
    values = {} if value is None else {"ClusterId": value}
    with pytest.raises(ValueError, match="ClusterId"):
        roa.encode_path("/clusters/{ClusterId}", values)


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        (["lb-1", "sg 2"], "json", {"k": '["lb-1","sg 2"]'}),
        ({"a": 1, "b": ["ü"]}, "json", {"k": '{"a":1,"b":["ü"]}'}),
        (True, "json", {"k": "true"}),
        (3, "json", {"k": "3"}),
        ("plain", "json", {"k": "plain"}),
        (["a", "b"], "simple", {"k": "a,b"}),
        ("a", "simple", {"k": "a"}),
        ({"Name": "x", "Size": 2}, "flat", {"k.Name": "x", "k.Size": "2"}),
        (["a", "b"], "repeatList", {"k.1": "a", "k.2": "b"}),
        ([{"Key": "t"}], "repeatList", {"k.1.Key": "t"}),
        (None, "json", {}),
    ],
)
def test_query_styles(value: object, style: str, expected: dict[str, str]) -> None:
    params: dict[str, str] = {}
    roa.add_query_param(params, "k", value, style)
    assert params == expected


def test_json_body_is_compact_utf8_like_the_reference() -> None:
    body = roa.json_body({"cluster_name": "n ü", "deletion_protection": True})
    assert body == MODIFY_BODY


def test_form_body_encodes_keys_and_values() -> None:
    assert roa.form_body({"a b": "x&y=ü", "k": ""}) == b"a%20b=x%26y%3D%C3%BC&k="
