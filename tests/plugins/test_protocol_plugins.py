"""The protocol seam: a protocol plugs in from outside ``generator/targets``, and a
protocol that lacks a facet stops generation with an error naming both.

``tests/fixtures/bearer_rest`` is a third protocol (plain REST with a bearer token) that
the generator has never heard of: it registers itself, brings its own runtime module and
templates, and its generated package is used end to end against its offline server.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.formatting import Formatter
from generator.model import HttpBinding, Operation, ServiceBinding
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.plugins import MissingFacetError, ProtocolPlugin, register
from generator.protocols.alibaba_roa import AlibabaRoaBinding
from generator.render import Renderer
from tests.conftest import PROJECT

FIXTURE = PROJECT / "tests" / "fixtures" / "bearer_rest"
ROOT = "bearer_pkg"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    importlib.import_module("tests.fixtures.bearer_rest")  # registers the plug-in
    base = tmp_path_factory.mktemp("bearer")
    files = render_services(
        load_services(FIXTURE / "spec"), Renderer(root_package=ROOT), Formatter(None, 1)
    )
    write_files(base / ROOT, files)
    sys.path.insert(0, str(base))
    try:
        yield base
    finally:
        sys.path.remove(str(base))
        for name in [m for m in sys.modules if m.split(".")[0] == ROOT]:
            del sys.modules[name]


def notes(generated: Path) -> ModuleType:
    return importlib.import_module(f"{ROOT}.notes")


def test_every_target_serves_the_new_protocol(generated: Path) -> None:
    package = generated / ROOT / "notes"
    for relative in (
        "client.py",
        "operations/get_note.py",
        "_runtime/bearer_client.py",
        "mock/actions.py",
        "_mock/bearer_service.py",
        "validators/get_note.py",
    ):
        assert (package / relative).is_file(), relative
    document = json.loads(
        next((generated / ROOT / "openapi").glob("notes*.json")).read_text()
    )
    assert set(document["paths"]) == {"/notes/{NoteId}", "/notes"}
    assert document["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert list((generated / ROOT / "docs").rglob("*GetNote*"))


def test_client_and_server_speak_the_new_protocol(generated: Path) -> None:
    package = notes(generated)
    mock = importlib.import_module(f"{ROOT}.notes.mock")
    errors = importlib.import_module(f"{ROOT}.notes.errors")
    with mock.MockServer(access_key_id="id", access_key_secret="token") as server:
        with package.NotesClient(
            access_key_id="id", access_key_secret="token", endpoint=server.endpoint
        ) as client:
            note = client.get_note(note_id="n/1 ü", with_history=True)
            created = client.create_note(title="Groceries", tags=["home"])
            with pytest.raises(errors.RequestValidationError):
                client.create_note(title="x" * 101)
        with package.NotesClient(
            access_key_id="id",
            access_key_secret="wrong",
            endpoint=server.endpoint,
            max_attempts=1,
        ) as client:
            with pytest.raises(errors.ServiceError) as refused:
                client.get_note(note_id="n1")
    assert (note.id_, note.title, note.version) == ("n/1 ü", "Groceries", 3)
    assert created.id_ == "n-2"
    assert refused.value.code == "Unauthorized"
    assert refused.value.http_status == 401
    first, second, third = server.requests
    assert first.path == "/notes/n%2F1%20%C3%BC"
    assert (first.method, first.action, first.status) == ("GET", "GetNote", 200)
    assert (second.method, second.action) == ("POST", "CreateNote")
    assert third.status == 401


def test_generated_example_tests_pass(generated: Path) -> None:
    tests = generated / ROOT / "tests"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_command_line_loads_a_plugin_module(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--plugin",
            "tests.fixtures.bearer_rest",
            "--spec",
            str(FIXTURE / "spec"),
            "--out",
            str(tmp_path / "out"),
            "--no-cache",
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "notes" / "_runtime" / "bearer_client.py").is_file()


class _BareBinding(AlibabaRoaBinding):
    name = "bare-rest"
    service_schema: dict[str, Any] = {"type": "object"}

    def bind_service(self, binding: Any) -> ServiceBinding:
        return ServiceBinding(("https",), ("none",), "none")

    def bind_operation(
        self, binding: Any, operation: Operation, service: Any, api_version: str
    ) -> HttpBinding:
        return super().bind_operation(binding, operation, service, api_version)


def _bare_spec(folder: Path) -> Path:
    spec = FIXTURE / "spec" / "notes" / "1.0"
    target = folder / "spec" / "notes" / "1.0"
    (target / "operations").mkdir(parents=True)
    for source in [spec / "service.yaml", *sorted((spec / "operations").glob("*"))]:
        text = source.read_text(encoding="utf-8").replace("bearer-rest", "bare-rest")
        (target / source.relative_to(spec)).write_text(text, encoding="utf-8")
    return folder / "spec"


def test_a_protocol_without_facets_fails_naming_target_and_protocol(
    tmp_path: Path,
) -> None:
    register(ProtocolPlugin(binding=_BareBinding()))
    with pytest.raises(MissingFacetError) as missing:
        render_services(
            load_services(_bare_spec(tmp_path)),
            Renderer(root_package="bare_pkg"),
            Formatter(None, 1),
        )
    message = str(missing.value)
    assert "bare-rest" in message
    assert "Python package" in message or "python" in message.lower()


def test_command_line_reports_a_missing_plugin_cleanly(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--plugin",
            "no_such_plugin_module",
            "--spec",
            str(FIXTURE / "spec"),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "no_such_plugin_module" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_per_call_options_on_a_plugin_protocol(generated: Path) -> None:
    package = notes(generated)
    mock = importlib.import_module(f"{ROOT}.notes.mock")
    errors = importlib.import_module(f"{ROOT}.notes.errors")
    with mock.MockServer(access_key_id="id", access_key_secret="token") as server:
        with package.NotesClient(
            access_key_id="id", access_key_secret="token", endpoint=server.endpoint
        ) as client:
            note = client.with_options(timeout=5, max_attempts=1).get_note(note_id="n1")
            # Its wire cannot sign extra headers: they are refused, not sent unsigned.
            with pytest.raises(errors.ConfigurationError, match="extra headers"):
                client.with_options(headers={"x-trace": "t"})
    assert note.raw is not None and note.raw.status == 200
