"""The ROA signature checks against Alibaba's own Container Service SDK
(``alibabacloud-cs20151215``): its V3 and its legacy (``signature_algorithm="v2"``)
requests verify, and a wrong secret is refused.

The SDK talks to a small loopback server that checks each request with ``verify_roa``
and answers ``{}``. Heavy, so it lives in the ``interop`` extra (``make test-interop``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.support.template_package import mock_module

pytestmark = pytest.mark.interop

ACCESS_KEY_ID = "interop-access-key-id"
ACCESS_KEY_SECRET = "interop-access-key-secret"
MISSING = "install the interop extra (make test-interop) to run Alibaba's CS SDK"
ODD_CLUSTER = "c 1/ü+中"

roa_auth = mock_module("roa_auth")
auth = mock_module("auth")


@dataclass(frozen=True)
class Checked:
    method: str
    raw_path: str
    query: dict[str, str]
    body: bytes
    identity: Any  # the Identity, or None when refused
    refusal: str | None


class VerifyingServer:
    """Checks every request's signature and answers 200 ``{}`` or the service's error."""

    def __init__(self) -> None:
        self.checked: list[Checked] = []
        self.nonces = auth.NonceStore()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length", "0") or 0)
                body = self.rfile.read(length) if length else b""
                target = urlsplit(self.path)
                query = dict(parse_qsl(target.query, keep_blank_values=True))
                headers = {name.lower(): value for name, value in self.headers.items()}
                identity, refusal = None, None
                try:
                    identity = roa_auth.verify_roa(
                        self.command,
                        target.path,
                        query,
                        headers,
                        body,
                        {ACCESS_KEY_ID: ACCESS_KEY_SECRET},
                        outer.nonces,
                        time.time(),
                    )
                except auth.AuthError as error:
                    refusal = error.code
                outer.checked.append(
                    Checked(self.command, target.path, query, body, identity, refusal)
                )
                status = 200 if refusal is None else 400
                payload = (
                    {}
                    if refusal is None
                    else {
                        "code": refusal,
                        "message": "refused",
                        "requestId": "interop-request",
                    }
                )
                answer = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json;charset=utf-8")
                self.send_header("content-length", str(len(answer)))
                self.send_header("x-acs-request-id", "interop-request")
                self.end_headers()
                self.wfile.write(answer)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.address = f"127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> VerifyingServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[VerifyingServer]:
    with VerifyingServer() as running:
        yield running


def _cs_client(server: Any, secret: str, algorithm: str | None) -> Any:
    """The SDK pointed at ``server.address`` (the verifying server or the generated one)."""
    pytest.importorskip("alibabacloud_cs20151215", reason=MISSING)
    from alibabacloud_cs20151215.client import Client
    from alibabacloud_tea_openapi.models import Config

    config = Config(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=secret,
        endpoint=server.address,
        protocol="http",
    )
    if algorithm is not None:
        config.signature_algorithm = algorithm
    return Client(config)


def _calls() -> list[tuple[str, Callable[[Any], object]]]:
    from alibabacloud_cs20151215 import models

    return [
        (
            "DescribeClusterDetail",
            lambda client: client.describe_cluster_detail(ODD_CLUSTER),
        ),
        (
            "DeleteCluster",
            lambda client: client.delete_cluster(
                "c1",
                models.DeleteClusterRequest(
                    retain_all_resources=True, retain_resources=["lb-1", "sg 2"]
                ),
            ),
        ),
        (
            "ModifyCluster",
            lambda client: client.modify_cluster(
                "c1",
                models.ModifyClusterRequest(
                    cluster_name="n ü", deletion_protection=True
                ),
            ),
        ),
    ]


@pytest.mark.parametrize(
    ("algorithm", "version"), [(None, "v3"), ("v2", "v1")], ids=["v3", "legacy"]
)
def test_cs_sdk_requests_verify(
    server: VerifyingServer, algorithm: str | None, version: str
) -> None:
    client = _cs_client(server, ACCESS_KEY_SECRET, algorithm)
    for _, call in _calls():
        answer: Any = call(client)
        assert answer.status_code == 200
    assert [entry.refusal for entry in server.checked] == [None, None, None]
    detail, delete, modify = server.checked
    assert [entry.identity.action for entry in server.checked] == [
        name for name, _ in _calls()
    ]
    assert {entry.identity.signature_version for entry in server.checked} == {version}
    assert (detail.method, detail.raw_path) == (
        "GET",
        "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD",
    )
    assert (delete.method, delete.query["retain_resources"]) == (
        "DELETE",
        '["lb-1","sg 2"]',
    )
    assert modify.method == "PUT"
    assert json.loads(modify.body) == {
        "cluster_name": "n ü",
        "deletion_protection": True,
    }


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3", "legacy"])
def test_cs_sdk_with_a_wrong_secret_is_refused(
    server: VerifyingServer, algorithm: str | None
) -> None:
    client = _cs_client(server, "wrong-secret", algorithm)
    (_, describe), *_ = _calls()
    with pytest.raises(Exception) as caught:
        describe(client)
    assert getattr(caught.value, "code", None) == "SignatureDoesNotMatch"
    assert [entry.refusal for entry in server.checked] == ["SignatureDoesNotMatch"]


# The generated offline server, not just its signature check: Alibaba's SDK gets the
# documented answers from ``generated.cs.mock`` and is refused there with a wrong secret.


def _documented(action: str) -> dict[str, Any]:
    from generated.cs.mock import SERVICE

    (route,) = [route for route in SERVICE.routes if route.action == action]
    assert route.json_example is not None
    data = json.loads(route.json_example)
    assert isinstance(data, dict)
    return data


@pytest.fixture
def generated_server() -> Iterator[Any]:
    from generated.cs.mock import MockServer

    with MockServer(
        access_key_id=ACCESS_KEY_ID, access_key_secret=ACCESS_KEY_SECRET
    ) as running:
        yield running


def _holds(got: Any, documented: Any) -> bool:
    """``got`` says everything ``documented`` says; the SDK's models add empty defaults
    (``exclusions: []``) for fields the example leaves out."""
    if isinstance(documented, dict):
        return isinstance(got, dict) and all(
            key in got and _holds(got[key], value) for key, value in documented.items()
        )
    return bool(got == documented)


def _volatile_removed(data: dict[str, Any]) -> dict[str, Any]:
    # The server gives every answer a fresh request id.
    return {key: value for key, value in data.items() if key != "request_id"}


@pytest.mark.parametrize(
    ("algorithm", "version"), [(None, "v3"), ("v2", "v1")], ids=["v3", "legacy"]
)
def test_cs_sdk_gets_the_documented_answers_from_the_generated_server(
    generated_server: Any, algorithm: str | None, version: str
) -> None:
    client = _cs_client(generated_server, ACCESS_KEY_SECRET, algorithm)
    answers: dict[str, Any] = {name: call(client) for name, call in _calls()}

    detail = answers["DescribeClusterDetail"]
    assert detail.status_code == 200
    assert _holds(detail.body.to_map(), _documented("DescribeClusterDetail"))
    for name in ("DeleteCluster", "ModifyCluster"):
        assert answers[name].status_code == 200
        assert _volatile_removed(answers[name].body.to_map()) == _volatile_removed(
            _documented(name)
        )

    records = generated_server.requests
    assert [record.action for record in records] == [name for name, _ in _calls()]
    assert {record.status for record in records} == {200}
    assert {record.signature_version for record in records} == {version}
    detail_record, delete_record, modify_record = records
    assert detail_record.path == "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD"
    assert delete_record.method == "DELETE"
    assert modify_record.method == "PUT"


@pytest.mark.parametrize("algorithm", [None, "v2"], ids=["v3", "legacy"])
def test_cs_sdk_with_a_wrong_secret_is_refused_by_the_generated_server(
    generated_server: Any, algorithm: str | None
) -> None:
    client = _cs_client(generated_server, "wrong-secret", algorithm)
    (_, describe), *_ = _calls()
    with pytest.raises(Exception) as caught:
        describe(client)
    assert getattr(caught.value, "code", None) == "SignatureDoesNotMatch"
    assert [record.code for record in generated_server.requests] == [
        "SignatureDoesNotMatch"
    ]
