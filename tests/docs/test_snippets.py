"""The code on the generated reference pages runs and prints what the pages say.

Every Python block of every operation page is executed as written, with the client's
default transport swapped for a fake one that answers with the operation's documented
JSON response; what it prints must equal the output block shown under it, and what it
sent must carry the documented request's parameters. The page's command line runs as a
subprocess against a loopback server. Change the client, the models or the spec without
regenerating the pages, and this fails.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator.model import Operation, Service
from generator.pipeline import load_services
from generated.vod._runtime import client as runtime_client
from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from tests.conftest import PROJECT, SPEC
from tests.docs.markdown_view import read
from tests.loopback import (
    ACCESS_KEY_ID,
    SECRET,
    StubService,
    cli_environment,
    documented,
)

DOCS = PROJECT / "generated" / "docs"
# The pages of the RPC product; the ROA pages are checked in tests/e2e/test_roa_product.py.
PAGES = sorted(p for p in DOCS.glob("vod/*.md") if not p.name.startswith("index."))


@pytest.fixture(scope="module")
def services() -> tuple[Service, ...]:
    return tuple(s for s in load_services(SPEC) if s.product == "vod")


def find(services: tuple[Service, ...], page: Path) -> tuple[Service, Operation]:
    name = page.name.split(".")[0]
    for service in services:
        if service.package == page.parent.name:
            for operation in service.operations:
                if operation.name == name:
                    return service, operation
    raise AssertionError(f"{page} documents no operation of the spec")


def examples_with_output(page: Path) -> list[tuple[str, str]]:
    """``(code, printed)`` for each Python block; the output block follows its code."""
    fences = read(page.read_text(encoding="utf-8")).fences()
    pairs = []
    for index, (info, code) in enumerate(fences):
        if info == "python":
            following = fences[index + 1] if index + 1 < len(fences) else ("", "")
            assert following[0] == "text", f"{page.name}: no output under a snippet"
            pairs.append((code, following[1]))
    return pairs


def documented_json(operation: Operation) -> str:
    for example in operation.examples.responses:
        if example.format == "json" and example.http_status == 200:
            return example.body
    raise AssertionError(f"{operation.name} documents no JSON response")


def documented_params(service: Service, operation: Operation) -> dict[str, str]:
    """The query parameters the documented request example must produce, from the
    generated serializer (so the check holds for any operation)."""
    module = importlib.import_module(
        f"generated.{service.package}.operations.{operation.python_name}"
    )
    request = operation.examples.requests[0].input
    assert isinstance(request, dict)
    by_wire = {m.wire_name: m.python_name for m in operation.input.members}
    model = getattr(module, str(operation.input.class_name))
    arguments = {by_wire[name]: value for name, value in request.items()}
    params: dict[str, str] = module.serialize(model(**arguments))
    return params


class FakeTransport:
    def __init__(self, body: str, sent: list[HttpRequest]) -> None:
        self.body = body.encode("utf-8")
        self.sent = sent

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(200, {"content-type": "application/json"}, self.body)

    def close(self) -> None:
        pass


class AsyncFakeTransport(FakeTransport):
    async def send(  # type: ignore[override]
        self, request: HttpRequest, timeouts: Timeouts
    ) -> HttpResponse:
        return FakeTransport.send(self, request, timeouts)

    async def aclose(self) -> None:
        pass


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[HttpRequest]]:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", ACCESS_KEY_ID)
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
    monkeypatch.delenv("ALIBABA_CLOUD_SECURITY_TOKEN", raising=False)
    yield []


def test_every_operation_has_pages() -> None:
    (service,) = [s for s in load_services(SPEC) if s.product == "vod"]
    names = {page.name for page in PAGES}
    for operation in service.operations:
        assert {f"{operation.name}.zh.md", f"{operation.name}.en.md"} <= names


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_python_examples_print_what_the_page_shows(
    page: Path,
    services: tuple[Service, ...],
    sent: list[HttpRequest],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    service, operation = find(services, page)
    body = documented_json(operation)

    def sync_transport(self: Any, verify: Any, limit: Any, proxy: Any) -> FakeTransport:
        return FakeTransport(body, sent)

    def async_transport(
        self: Any, verify: Any, limit: Any, proxy: Any
    ) -> AsyncFakeTransport:
        return AsyncFakeTransport(body, sent)

    monkeypatch.setattr(runtime_client.Client, "_default_transport", sync_transport)
    monkeypatch.setattr(
        runtime_client.AsyncClient, "_default_transport", async_transport
    )
    snippets = examples_with_output(page)
    assert len(snippets) == 2  # the synchronous and the asynchronous call
    for code, printed in snippets:
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            exec(compile(code, page.name, "exec"), {"__name__": "__main__"})
        assert stdout.getvalue() == printed

    binding = operation.binding
    expected = documented_params(service, operation)
    assert len(sent) == 2
    for request in sent:
        url = urlsplit(request.url)
        assert url.netloc == service.endpoints.global_host
        query = dict(parse_qsl(url.query))
        assert {k: query.get(k) for k in expected} == expected
        assert request.headers.get("x-acs-action", query.get("Action")) == binding.name


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_the_documented_command_prints_what_the_page_shows(
    page: Path, services: tuple[Service, ...]
) -> None:
    service, operation = find(services, page)
    fences = read(page.read_text(encoding="utf-8")).fences()
    (command,) = [code for info, code in fences if info == "sh"]
    printed = examples_with_output(page)[0][1]  # the synchronous call's output
    words = shlex.split(command)
    assert words[:3] == ["python", "-m", f"generated.{service.package}"]
    with StubService(documented(operation)) as stub:
        result = subprocess.run(
            [sys.executable, *words[1:], "--endpoint", stub.endpoint]
            + ["--protocol", "http"],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=cli_environment(),
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout == printed
    (received,) = stub.requests
    assert {
        k: received.query.get(k) for k in documented_params(service, operation)
    } == (documented_params(service, operation))
