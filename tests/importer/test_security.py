"""Security schemes: an operation that proves its caller inside the request (an OIDC
token, a SAML assertion, nothing at all) becomes an anonymous RPC operation; a scheme
the spec cannot hold stays a note; a token-like parameter is marked secret."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.importer.builders import api_docs, import_docs, operation, parameter

TOKEN = parameter("OIDCToken", {"type": "string"})
ASSERTION = parameter("SAMLAssertion", {"type": "string"})


@pytest.mark.parametrize("scheme", ["Anonymous", "ARS_OIDC", "ARS_SAML"])
def test_unsigned_schemes_make_anonymous_operations(
    tmp_path: Path, capsys: Any, scheme: str
) -> None:
    api = operation([TOKEN, ASSERTION], security=[{scheme: []}])
    result = import_docs(tmp_path, api_docs({"SignIn": api}), capsys)
    assert result.code == 0, result.stderr
    assert result.lint() == []
    assert result.operation("SignIn")["binding"]["alibaba-rpc"]["anonymous"] is True
    assert not any("/security" in note for note in result.notes())
    members = result.operation("SignIn")["input"]["members"]
    assert members["OIDCToken"]["secret"] is True
    assert members["SAMLAssertion"]["secret"] is True


def test_signed_and_unknown_schemes_are_not_anonymous(
    tmp_path: Path, capsys: Any
) -> None:
    apis = {
        "Signed": operation([TOKEN]),
        "Odd": operation([TOKEN], security=[{"BearerToken": []}]),
    }
    result = import_docs(tmp_path, api_docs(apis), capsys)
    for name in apis:
        assert "anonymous" not in result.operation(name)["binding"]["alibaba-rpc"]
    assert any("Odd: /security" in note for note in result.notes())


def test_roa_operations_stay_signed(tmp_path: Path, capsys: Any) -> None:
    api = operation(security=[{"Anonymous": []}], path="/things", methods=["get"])
    result = import_docs(tmp_path, api_docs({"ListThings": api}, style="ROA"), capsys)
    assert "anonymous" not in result.operation("ListThings")["binding"]["alibaba-roa"]
    assert any("ListThings: /security" in note for note in result.notes())
