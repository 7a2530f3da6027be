"""What Container Service does not use, generated from ``tests/fixtures/roa_shapes`` and
used against its offline server: a form body with a list field, a header parameter,
a list sent as the whole body and answered as the whole body, and an answer that is only
its HTTP status."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest

from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "roa_shapes"
ROOT = "roa_shapes_pkg"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(
        FIXTURE, ROOT, tmp_path_factory.mktemp("roa_shapes")
    ) as base:
        yield base


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.things{name}")


class _Capture:
    def __init__(self, answers: list[Any]) -> None:
        self.sent: list[Any] = []
        self.answers = answers

    def send(self, request: Any, timeouts: Any) -> Any:
        self.sent.append(request)
        return self.answers.pop(0)

    def close(self) -> None:
        pass


def test_form_body_header_and_whole_body_on_the_wire(generated: Path) -> None:
    package = _module("")
    transport_module = _module("._runtime.transport")
    ok = transport_module.HttpResponse
    capture = _Capture(
        [
            ok(200, {}, b'{"updated": true}'),
            ok(200, {"x-acs-request-id": "R-2"}, b'[{"key": "b", "count": 2}]'),
            ok(204, {"x-acs-request-id": "R-3"}, b""),
        ]
    )
    with package.ThingsClient(
        access_key_id="id", access_key_secret="s", transport=capture
    ) as client:
        updated = client.update_thing(
            thing_id="t 1", trace="abc", dry_run=True, name="Lamp", labels=["a", "b"]
        )
        put = client.put_items(items=[{"key": "a", "count": 1}])
        client.ping()
    form, whole, ping = capture.sent
    assert form.method == "POST"
    assert form.url.startswith("https://things.example.com/things/t%201/update?")
    assert form.headers["x-trace-id"] == "abc"
    assert form.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert dict(parse_qsl(form.body.decode())) == {
        "name": "Lamp",
        "labels.1": "a",
        "labels.2": "b",
    }
    assert whole.body == b'[{"key":"a","count":1}]'
    assert (ping.method, ping.body) == ("HEAD", b"")
    assert updated.updated is True
    assert put.results is not None
    assert [(item.key, item.count) for item in put.results] == [("b", 2)]


def test_the_offline_server_reads_every_location_back(generated: Path) -> None:
    package = _module("")
    mock = _module(".mock")
    errors = _module(".errors")
    with mock.MockServer(access_key_id="id", access_key_secret="s") as server:
        with package.ThingsClient(
            access_key_id="id",
            access_key_secret="s",
            endpoint=server.endpoint,
            max_attempts=1,
        ) as client:
            updated = client.update_thing(
                thing_id="t 1", trace="abc", name="Lamp", labels=["a"]
            )
            put = client.put_items(items=[{"key": "a", "count": 1}])
            with pytest.raises(errors.RequestValidationError):
                client.put_items(items=[{"key": "a"}] * 4)
    assert updated.updated is True
    assert put.results is not None and len(put.results) == 2
    assert [record.status for record in server.requests] == [200, 200]


def test_generated_example_tests_pass(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=generated / ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(generated), "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_is_mypy_strict_clean(generated: Path) -> None:
    """Among others: the class of an answer with no members (Ping) has an XML
    descriptor of its (no) members, typed as the other classes' are."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", ROOT],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
