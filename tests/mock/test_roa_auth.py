"""The offline server's ROA signature checks: the six reference requests signed by
Alibaba's SDK are accepted, and every kind of tampering is refused with the service's code.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from tests.support.roa_vectors import (
    ACCESS_KEY_ID,
    API_VERSION,
    HOST,
    MOMENT,
    SECRET,
    TIMESTAMP,
    V1_VECTORS,
    V3_VECTORS,
    VECTORS,
    Vector,
)
from tests.support.template_package import mock_module, runtime_module

roa_auth = mock_module("roa_auth")
auth = mock_module("auth")
roa_request = runtime_module("roa_request")
Credentials = runtime_module("credentials").Credentials

SECRETS = {ACCESS_KEY_ID: SECRET}
AuthError = auth.AuthError


def _verify(
    vector: Vector,
    *,
    method: str | None = None,
    raw_path: str | None = None,
    query: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    secrets: dict[str, str] = SECRETS,
    nonces: Any = None,
    now: float = MOMENT,
) -> Any:
    sent = {**vector.headers, "authorization": vector.authorization}
    return roa_auth.verify_roa(
        method or vector.method,
        vector.raw_path if raw_path is None else raw_path,
        vector.query if query is None else query,
        sent if headers is None else headers,
        vector.body if body is None else body,
        secrets,
        nonces,
        now,
    )


def _refused(vector: Vector, **changes: Any) -> AuthError:
    with pytest.raises(AuthError) as caught:
        _verify(vector, **changes)
    return caught.value


def _with(vector: Vector, **headers: str) -> dict[str, str]:
    return {**vector.headers, "authorization": vector.authorization, **headers}


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_reference_requests_are_accepted(vector: Vector) -> None:
    identity = _verify(vector, nonces=auth.NonceStore())
    assert identity.signature_version == vector.signature_version
    assert identity.access_key_id == ACCESS_KEY_ID
    assert (identity.action, identity.api_version) == (vector.action, API_VERSION)
    assert identity.nonce == vector.nonce
    assert identity.params == vector.query
    assert "x-acs-action" in identity.signed_headers


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_requests_built_by_our_client_are_accepted(vector: Vector) -> None:
    request = roa_request.build_request(
        roa_request.RoaTarget(
            scheme="http",
            host=HOST,
            api_version=API_VERSION,
            signature_version=vector.signature_version,
        ),
        vector.method,
        vector.action,
        vector.raw_path,
        vector.query,
        {},
        vector.body,
        "application/json; charset=utf-8",
        Credentials(ACCESS_KEY_ID, SECRET, "sts-token"),
        "our-agent",
        timestamp=TIMESTAMP,
    )
    identity = _verify(vector, headers=dict(request.headers))
    assert identity.nonce == request.headers["x-acs-signature-nonce"]


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_tampered_path_is_refused(vector: Vector) -> None:
    error = _refused(vector, raw_path=vector.raw_path.replace("c", "d", 1))
    assert error.code == "SignatureDoesNotMatch"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_tampered_method_is_refused(vector: Vector) -> None:
    assert _refused(vector, method="POST").code == "SignatureDoesNotMatch"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_added_query_parameter_is_refused(vector: Vector) -> None:
    error = _refused(vector, query={**vector.query, "extra": "1"})
    assert error.code == "SignatureDoesNotMatch"


@pytest.mark.parametrize(
    "vector",
    [v for v in VECTORS if v.action == "DeleteCluster"],
    ids=lambda vector: vector.name,
)
def test_tampered_query_value_is_refused(vector: Vector) -> None:
    error = _refused(vector, query={**vector.query, "retain_all_resources": "False"})
    assert error.code == "SignatureDoesNotMatch"


@pytest.mark.parametrize(
    "vector", [v for v in VECTORS if v.body], ids=lambda vector: vector.name
)
def test_tampered_body_is_refused_in_v3(vector: Vector) -> None:
    tampered = vector.body.replace(b"true", b"fals")
    if vector.signature_version == "v3":
        error = _refused(vector, body=tampered)
        assert error.code == "SignatureDoesNotMatch"
        assert "x-acs-content-sha256" in str(error)
    else:
        # The SDK's legacy request carries no content-md5: nothing covers its body.
        assert _verify(vector, body=tampered).action == "ModifyCluster"


def test_legacy_body_is_covered_by_content_md5_when_sent() -> None:
    (vector,) = [v for v in V1_VECTORS if v.body]
    request = roa_request.build_request(
        roa_request.RoaTarget(
            scheme="http", host=HOST, api_version=API_VERSION, signature_version="v1"
        ),
        "PUT",
        "ModifyCluster",
        vector.raw_path,
        {},
        {},
        vector.body,
        "application/json; charset=utf-8",
        Credentials(ACCESS_KEY_ID, SECRET),
        "ua",
        timestamp=TIMESTAMP,
    )
    headers = dict(request.headers)
    assert _verify(vector, headers=headers).signature_version == "v1"
    error = _refused(vector, headers=headers, body=vector.body + b" ")
    assert (error.code, "content-md5" in str(error)) == ("SignatureDoesNotMatch", True)
    # Dropping the digest breaks the signature that covered it.
    del headers["content-md5"]
    assert _refused(vector, headers=headers).code == "SignatureDoesNotMatch"


_SIGNED_HEADER_CHANGES = (
    ("x-acs-action", "ListClusters"),
    ("x-acs-version", "2018-01-01"),
    ("host", "evil.example"),
    ("accept", "application/xml"),
    ("x-acs-credentials-provider", "other"),
)


@pytest.mark.parametrize(
    ("vector", "header", "value"),
    [
        (vector, header, value)
        for vector in VECTORS
        for header, value in _SIGNED_HEADER_CHANGES
        # The legacy signature covers accept and the x-acs-* headers, not the host.
        if not (vector.signature_version == "v1" and header == "host")
    ],
)
def test_tampered_signed_header_is_refused(
    vector: Vector, header: str, value: str
) -> None:
    error = _refused(vector, headers=_with(vector, **{header: value}))
    assert error.code == "SignatureDoesNotMatch"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_stale_date_is_refused(vector: Vector) -> None:
    error = _refused(vector, now=MOMENT + 16 * 60)
    assert error.code == "InvalidTimeStamp.Expired"
    assert _verify(vector, now=MOMENT - 14 * 60).action == vector.action


@pytest.mark.parametrize(
    ("vector", "header", "value"),
    [
        (V3_VECTORS[0], "x-acs-date", "yesterday"),
        (V1_VECTORS[0], "date", "yesterday"),
        (V1_VECTORS[0], "date", "Tue, 41 Dec 2026 07:14:01 GMT"),
    ],
)
def test_malformed_date_is_refused(vector: Vector, header: str, value: str) -> None:
    error = _refused(vector, headers=_with(vector, **{header: value}))
    assert error.code == "InvalidTimeStamp.Format"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_nonce_reuse_is_refused(vector: Vector) -> None:
    nonces = auth.NonceStore()
    _verify(vector, nonces=nonces)
    assert _refused(vector, nonces=nonces).code == "SignatureNonceUsed"


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_forged_request_does_not_use_up_the_nonce(vector: Vector) -> None:
    nonces = auth.NonceStore()
    _refused(vector, nonces=nonces, method="PATCH")
    assert _verify(vector, nonces=nonces).nonce == vector.nonce


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_unknown_access_key_and_wrong_secret(vector: Vector) -> None:
    assert (
        _refused(vector, secrets={"other": SECRET}).code
        == "InvalidAccessKeyId.NotFound"
    )
    assert (
        _refused(vector, secrets={ACCESS_KEY_ID: "wrong"}).code
        == "SignatureDoesNotMatch"
    )


def _replace_signature(vector: Vector, signature: str) -> str:
    if vector.signature_version == "v3":
        return (
            vector.authorization.rsplit("Signature=", 1)[0] + f"Signature={signature}"
        )
    return f"acs {ACCESS_KEY_ID}:{signature}"


@pytest.mark.parametrize("signature", ["签名", "\udcff", "é" * 44, ""])
@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_non_ascii_or_empty_signature_is_refused_cleanly(
    vector: Vector, signature: str
) -> None:
    headers = _with(vector, authorization=_replace_signature(vector, signature))
    error = _refused(vector, headers=headers)
    expected = "IncompleteSignature" if not signature else "SignatureDoesNotMatch"
    assert error.code == expected


@pytest.mark.parametrize(
    ("vector", "missing"),
    [
        *((vector, "x-acs-signature-nonce") for vector in VECTORS),
        *((vector, "x-acs-date") for vector in V3_VECTORS),
        *((vector, "x-acs-content-sha256") for vector in V3_VECTORS),
        *((vector, "date") for vector in V1_VECTORS),
        *((vector, "x-acs-signature-method") for vector in V1_VECTORS),
        *((vector, "x-acs-signature-version") for vector in V1_VECTORS),
        *((vector, "authorization") for vector in VECTORS),
    ],
)
def test_missing_pieces_are_incomplete(vector: Vector, missing: str) -> None:
    headers = _with(vector)
    del headers[missing]
    error = _refused(vector, headers=headers)
    assert error.code == "IncompleteSignature"


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer abc",
        "acs",
        "acs :sig",
        "acs testid:",
        "ACS3-HMAC-SHA256 Credential=testid,Signature=abc",
        "ACS3-HMAC-SHA256X Credential=testid,SignedHeaders=host,Signature=abc",
    ],
)
def test_malformed_authorization_is_incomplete(authorization: str) -> None:
    vector = V3_VECTORS[0] if authorization.startswith("ACS3") else V1_VECTORS[0]
    error = _refused(vector, headers=_with(vector, authorization=authorization))
    assert error.code == "IncompleteSignature"


@pytest.mark.parametrize(
    ("header", "value"),
    [("x-acs-signature-method", "HMAC-SHA256"), ("x-acs-signature-version", "2.0")],
)
def test_legacy_method_and_version_are_checked(header: str, value: str) -> None:
    vector = V1_VECTORS[0]
    error = _refused(vector, headers=_with(vector, **{header: value}))
    assert error.code == "IncompleteSignature"


def test_v3_requires_the_action_and_body_type_to_be_signed() -> None:
    (vector,) = [v for v in V3_VECTORS if v.body]
    authorization = vector.authorization.replace("content-type;", "")
    error = _refused(vector, headers=_with(vector, authorization=authorization))
    assert error.code == "IncompleteSignature" and "content-type" in str(error)
    authorization = vector.authorization.replace("x-acs-action;", "")
    error = _refused(vector, headers=_with(vector, authorization=authorization))
    assert error.code == "IncompleteSignature" and "x-acs-action" in str(error)


@pytest.mark.parametrize("vector", VECTORS, ids=lambda vector: vector.name)
def test_path_encoded_another_way_is_checked_in_canonical_form(vector: Vector) -> None:
    # Lower-case hex escapes and an escaped unreserved character mean the same path.
    other = vector.raw_path.replace("%C3%BC", "%c3%bc").replace("c1", "%63%31")
    assert other != vector.raw_path
    assert _verify(vector, raw_path=other).action == vector.action


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (
            "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD",
            "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD",
        ),
        ("/a/%7e%41b:c", "/a/~Ab%3Ac"),
        ("/", "/"),
    ],
)
def test_canonical_path(raw: str, canonical: str) -> None:
    assert roa_auth.canonical_path(raw) == canonical


def test_identity_carries_no_secret() -> None:
    identity = _verify(V3_VECTORS[0])
    text = repr(identity) + str(dataclasses.asdict(identity))
    assert SECRET not in text
    assert "31e817ad76b011cb" not in text


def test_the_roa_server_keeps_no_secret_query_parameter() -> None:
    """A route's secret query parameters are read, then hidden in the identity every
    reply carries into the request record; the others are kept as sent."""
    from generated.cs._mock.auth import IncomingRequest, NonceStore
    from generated.cs.mock.actions import SERVICE

    (vector,) = [v for v in VECTORS if v.name == "DeleteCluster-v3"]
    service = dataclasses.replace(
        SERVICE,
        routes=tuple(
            (
                dataclasses.replace(route, secret=frozenset({"retain_resources"}))
                if route.action == vector.action
                else route
            )
            for route in SERVICE.routes
        ),
    )
    dispatcher = service.dispatcher(SECRETS, clock=lambda: MOMENT, nonces=NonceStore())
    request = IncomingRequest(
        vector.method,
        vector.raw_path,
        vector.query,
        {**vector.headers, "authorization": vector.authorization},
        vector.body,
    )
    reply = dispatcher.handle(request)
    assert reply.action == "DeleteCluster"
    assert reply.identity is not None
    assert reply.identity.params == {
        "retain_all_resources": "True",
        "retain_resources": "<redacted>",
    }
