"""A spec ``default`` reaches Python: the signature shows it, the client sends it unless
given ``None`` (which leaves the member to the service), the generated example tests
expect it on the wire, and the CLI's help names it. ``tests/fixtures/made_up_answers``
declares an integer, an enum and a boolean default."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "made_up_answers"
ROOT = "defaults_pkg"
KEYS: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "secret"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("defaults")) as base:
        yield base


def test_the_signature_shows_the_default_and_the_client_sends_it(
    generated: Path,
) -> None:
    package = importlib.import_module(f"{ROOT}.widgets")
    mock = importlib.import_module(f"{ROOT}.widgets.mock")
    parameters = inspect.signature(package.WidgetsClient.describe_widgets).parameters
    assert parameters["page_size"].default == 10
    assert parameters["mode"].default == "safe"
    assert parameters["dry_run"].default is False
    assert "Default: ``10``" in (package.WidgetsClient.describe_widgets.__doc__ or "")
    request = importlib.import_module(f"{ROOT}.widgets.operations.describe_widgets")
    assert request.DescribeWidgetsRequest(region_id="r").page_size == 10
    with mock.MockServer(**KEYS) as server:
        with package.WidgetsClient(**KEYS, endpoint=server.endpoint) as client:
            client.describe_widgets(region_id="r")
            client.describe_widgets(region_id="r", page_size=None, mode="fast")
    sent = [dict(record.params) for record in server.requests]
    assert sent == [
        {"RegionId": "r", "PageSize": "10", "Mode": "safe", "DryRun": "false"},
        {"RegionId": "r", "Mode": "fast", "DryRun": "false"},
    ]


def test_the_example_tests_expect_the_defaults_on_the_wire(generated: Path) -> None:
    tests = generated / ROOT / "tests" / "widgets"
    text = (tests / "test_describe_widgets_examples.py").read_text(encoding="utf-8")
    assert '"PageSize": "10"' in text
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tests)],
        capture_output=True,
        text=True,
        cwd=generated,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_the_cli_help_names_the_default(generated: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", f"{ROOT}.widgets", "describe-widgets", "--help"],
        capture_output=True,
        text=True,
        cwd=generated,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    help_text = " ".join(done.stdout.split())
    assert "--page-size PAGE_SIZE Valid range: 1 to 50. Default value: 10." in help_text
    assert "Default value: safe." in help_text
