"""The alibaba-roa binding's own checks, each on an edited copy of a valid spec:
every path variable bound exactly once, no two operations on one method and path, one
whole-body member at most, a response payload that is the only output member."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.validate import load_tree
from tests.conftest import PROJECT

FIXTURE = PROJECT / "tests" / "fixtures" / "roa_shapes"
OPERATIONS = Path("things/2020-01-01/operations")


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "spec")
    return tmp_path / "spec"


def problems(spec: Path) -> list[str]:
    return [str(d) for d in load_tree(spec).diagnostics]


def edit(spec: Path, name: str, old: str, new: str) -> None:
    path = spec / OPERATIONS / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_fixture_is_clean(spec: Path) -> None:
    assert problems(spec) == []


def test_a_path_variable_without_a_member(spec: Path) -> None:
    edit(spec, "UpdateThing", "/things/{ThingId}/update", "/things/{ThingId}/{Part}")
    (problem,) = problems(spec)
    assert "path variable '{Part}' is bound to no input member" in problem
    assert problem.startswith(str(spec / OPERATIONS / "UpdateThing.yaml") + ":")


def test_a_path_member_missing_from_the_path(spec: Path) -> None:
    edit(spec, "UpdateThing", "/things/{ThingId}/update", "/things/update")
    edit(
        spec,
        "UpdateThing",
        "      parameters:\n",
        "      parameters:\n        ThingId: {in: path}\n",
    )
    found = problems(spec)
    assert any("has no '{ThingId}'" in p for p in found), found


def test_a_variable_twice_and_an_optional_path_member(spec: Path) -> None:
    edit(spec, "UpdateThing", "/things/{ThingId}/update", "/t/{ThingId}/{ThingId}")
    edit(
        spec,
        "UpdateThing",
        "      ThingId:\n        required: true\n",
        "      ThingId:\n",
    )
    found = "\n".join(problems(spec))
    assert "appears more than once" in found
    assert "path parameter 'ThingId' must be required" in found


def test_two_operations_on_one_route(spec: Path) -> None:
    edit(
        spec,
        "PutItems",
        "method: PUT\n      path: /items",
        "method: POST\n      path: /things/{Id}/update",
    )
    edit(
        spec,
        "PutItems",
        "      items:\n        required: true",
        "      Id:\n        required: true\n        type: string\n      items:\n        required: true",
    )
    found = problems(spec)
    assert any("duplicate route 'POST /things/{" in p for p in found), found


def test_a_payload_with_body_fields_and_a_shared_payload(spec: Path) -> None:
    edit(
        spec,
        "UpdateThing",
        "        labels: {in: body}",
        "        labels: {in: payload}",
    )
    found = "\n".join(problems(spec))
    assert "'labels' is the whole body, so no member can be a body field" in found
    assert "a form body is made of fields" in found


def test_a_response_payload_must_be_the_only_output_member(spec: Path) -> None:
    edit(
        spec,
        "PutItems",
        "      results:\n",
        "      total:\n        type: integer\n      results:\n",
    )
    found = "\n".join(problems(spec))
    assert "output member 'results' is the whole answer" in found
