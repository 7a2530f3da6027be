"""The offline server where a spec documents no success answer, and its error examples
by name: ``tests/fixtures/made_up_answers`` (an RPC and an ROA product without answer
examples) generated and called through its own clients.

An answer made from the schema must parse, pass the generated response validator, keep
every rule of the output (enums, ranges, lengths, patterns, item counts) and be the same
on every request; lint notes each such operation; ``fail(example=...)`` (and the HTTP
control's ``{"kind": "fail", "example": ...}``) answers with the documented error.
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

import httpx
import pytest

from generator.pipeline import load_services
from generator.targets.schema_answer import value_for
from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "made_up_answers"
ROOT = "made_up_pkg"
KEYS: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "secret"}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("made_up")) as base:
        yield base


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.{name}")


def test_an_rpc_answer_made_from_the_schema_keeps_every_rule(generated: Path) -> None:
    package = _module("widgets")
    validators = _module("widgets.validators.describe_widgets")
    with _module("widgets.mock").MockServer(**KEYS) as server:
        with package.WidgetsClient(**KEYS, endpoint=server.endpoint) as client:
            first = client.describe_widgets(region_id="cn-hangzhou")
            second = client.describe_widgets(region_id="cn-hangzhou")
            as_xml = client.describe_widgets(region_id="cn-hangzhou")
        with package.WidgetsClient(
            **KEYS, endpoint=server.endpoint, response_format="xml"
        ) as client:
            as_xml = client.describe_widgets(region_id="cn-hangzhou")
    data = first.to_dict()
    assert validators.validate_response(data) == []
    assert first.request_id != second.request_id  # fresh each time, the rest is fixed
    data.pop("RequestId")
    again = second.to_dict()
    again.pop("RequestId")
    assert data == again
    xml_data = as_xml.to_dict()
    xml_data.pop("RequestId")
    assert xml_data == data
    assert 5 <= first.total_count <= 9
    assert 0 < first.ratio < 1
    assert len(first.widgets) == 2 and first.widgets[0] != first.widgets[1]
    widget = first.widgets[0]
    assert widget.widget_id.startswith("w-") and len(widget.widget_id) == 10
    assert widget.zone.startswith("cn-")
    assert 12 <= len(widget.name) <= 16
    assert widget.status in ("Running", "Stopped")
    assert widget.size in (2, 4, 8)
    assert widget.created is not None and widget.created.tzinfo is not None
    assert widget.settings is not None and widget.settings.mode in ("fast", "safe")
    assert all(len(value) <= 3 for value in widget.labels.values())


def test_roa_answers_made_from_the_schema(generated: Path) -> None:
    package = _module("gadgets")
    validators = _module("gadgets.validators.get_gadget")
    with _module("gadgets.mock").MockServer(**KEYS) as server:
        with package.GadgetsClient(**KEYS, endpoint=server.endpoint) as client:
            gadget = client.get_gadget(gadget_id="g1")
            names = client.list_gadget_names()
    assert validators.validate_response(gadget.to_dict()) == []
    assert gadget.gadget_id is not None and gadget.gadget_id.startswith("g")
    assert gadget.state in ("on", "off")
    assert gadget.weight is not None and 2.5 <= gadget.weight <= 3
    assert len(gadget.parts) == 1 and -3 <= gadget.parts[0] <= -1
    assert names.names and all(name[0].isupper() for name in names.names)


def test_a_documented_error_is_served_by_name(generated: Path) -> None:
    widgets = _module("widgets")
    with _module("widgets.mock").MockServer(**KEYS, control=True) as server:
        assert server.error_example_names == ["no-region"]
        with pytest.raises(ValueError, match="no-region"):
            server.fail(example="missing")
        server.fail(example="no-region")
        queued = httpx.post(
            f"{server.endpoint}/_mock/faults",
            json={"kind": "fail", "example": "no-region"},
        )
        assert queued.json() == {"pending": 2}
        with widgets.WidgetsClient(**KEYS, endpoint=server.endpoint) as client:
            for _ in range(2):
                with pytest.raises(widgets.errors.ServiceError) as caught:
                    client.describe_widgets(region_id="nowhere")
                error = caught.value
                assert (error.code, error.http_status) == (
                    "InvalidRegionId.NotFound",
                    404,
                )
                assert error.request_id == "11111111-2222-3333-4444-555555555555"
                assert error.message == "The region does not exist."
    gadgets = _module("gadgets")
    with _module("gadgets.mock").MockServer(**KEYS) as server:
        server.fail(example="not-found")
        with gadgets.GadgetsClient(**KEYS, endpoint=server.endpoint) as client:
            with pytest.raises(gadgets.errors.ServiceError) as caught:
                client.get_gadget(gadget_id="g1")
        assert caught.value.code == "GadgetNotFound"
        assert caught.value.request_id == "66666666-7777-8888-9999-000000000000"
        assert [r.code for r in server.requests] == ["GadgetNotFound"]


def test_lint_notes_operations_without_an_answer_example() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(FIXTURE)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    noted = [line for line in done.stderr.splitlines() if "note:" in line]
    assert len(noted) == 3
    assert all("no success response example" in line for line in noted)
    assert "DescribeWidgets.yaml:" in done.stderr


def test_made_up_values_are_the_same_bytes_every_time(generated: Path) -> None:
    services = load_services(FIXTURE)
    output = services[1].operations[0].output
    first = json.dumps(value_for(output))
    assert first == json.dumps(
        value_for(load_services(FIXTURE)[1].operations[0].output)
    )
    assert '"Status": "Running"' in first


CONTROL_CASES: list[tuple[Any, str]] = [
    ({}, '"kind" is missing: one of throttle, fail, delay, drop_connection, truncate'),
    ({"kind": "error"}, "unknown fault kind 'error': one of throttle, fail, delay"),
    ({"kind": "fail", "statuss": 500}, "fail takes count, status, code, message"),
    ({"kind": "fail", "status": "500"}, "fail: status must be a JSON integer"),
    ({"kind": "delay"}, "delay needs 'seconds'"),
    ({"kind": "throttle", "count": 0}, "count must be at least 1"),
    ([1], "the body must be a JSON object such as"),
]


def test_the_control_api_speaks_the_python_names(generated: Path) -> None:
    widgets = _module("widgets")
    with _module("widgets.mock").MockServer(**KEYS, control=True) as server:
        url = f"{server.endpoint}/_mock/faults"
        for body, message in CONTROL_CASES:
            answer = httpx.post(url, json=body)
            assert answer.status_code == 400, body
            assert message in answer.json()["error"], (body, answer.json())
            assert "TypeError" not in answer.text and "__init__" not in answer.text
        not_json = httpx.post(url, content=b"{kind: fail")
        assert "JSON object" in not_json.json()["error"]
        assert server.pending_faults == 0
        for body in (
            {"kind": "fail", "status": 502, "code": "BadGateway"},
            {"kind": "drop_connection"},
        ):
            assert httpx.post(url, json=body).status_code == 200
        with widgets.WidgetsClient(
            **KEYS, endpoint=server.endpoint, max_attempts=1
        ) as client:
            with pytest.raises(widgets.errors.ServiceError) as caught:
                client.describe_widgets(region_id="r")
            assert (caught.value.code, caught.value.http_status) == ("BadGateway", 502)
            # A connection closed unanswered on reuse is tried again on a new one.
            client.describe_widgets(region_id="r")
        assert [r.fault for r in server.requests] == ["error", "drop", None]
