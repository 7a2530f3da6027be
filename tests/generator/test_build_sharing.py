"""The IR shares one object per distinct description, constraints and error entry, and
a spec's operation files are let go of as their IR is built: a large product's IR and
its spec data are then never both held whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.build import build_service
from generator.model import Constraints, Shape, Text
from generator.pipeline import load_services
from generator.validate import load_tree
from tests.conftest import PROJECT

FIXTURE = PROJECT / "tests" / "fixtures" / "shared_shapes"

_OPERATION = """\
operation:
  name: {name}
  title:
    en: The same title in every operation
  input:
    members:
      Small: {{type: number, minimum: 1, description: {{en: A bounded number}}}}
      Exact: {{type: number, minimum: 1.0, description: {{en: A bounded number}}}}
  output:
    members:
      RequestId: {{type: string}}
"""


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    shutil.copytree(FIXTURE, spec)
    operations = spec / "shop" / "2020-01-01" / "operations"
    for name in ("FirstBound", "SecondBound"):
        (operations / f"{name}.yaml").write_text(
            _OPERATION.format(name=name), encoding="utf-8"
        )
    return spec


def test_equal_texts_and_constraints_are_one_object(tmp_path: Path) -> None:
    (service,) = load_services(_spec(tmp_path))
    first, second = (
        operation
        for operation in service.operations
        if operation.name in ("FirstBound", "SecondBound")
    )
    assert first.title == Text(en="The same title in every operation")
    assert first.title is second.title
    small, exact = first.input.members
    assert small.description is exact.description is second.input.members[0].description
    assert small.shape.constraints is second.input.members[0].shape.constraints


def test_values_equal_in_python_but_written_differently_stay_apart(
    tmp_path: Path,
) -> None:
    (service,) = load_services(_spec(tmp_path))
    operation = next(op for op in service.operations if op.name == "FirstBound")
    small, exact = (member.shape.constraints for member in operation.input.members)
    assert isinstance(small, Constraints) and isinstance(exact, Constraints)
    assert type(small.minimum) is int and small.minimum == 1
    assert type(exact.minimum) is float and exact.minimum == 1.0
    assert small is not exact


def test_release_lets_go_of_the_operation_files_and_builds_the_same_ir(
    tmp_path: Path,
) -> None:
    kept_tree, released_tree = load_tree(_spec(tmp_path)), load_tree(
        _spec(tmp_path / "b")
    )
    (kept_files,), (released_files,) = kept_tree.services, released_tree.services
    kept = build_service(kept_files)
    released = build_service(released_files, release=True)
    assert len(kept_files.operations) == 4
    assert released_files.operations == []
    assert [op.name for op in released.operations] == [
        op.name for op in kept.operations
    ]
    assert [op.input for op in released.operations] == [
        op.input for op in kept.operations
    ]
    assert isinstance(released.operations[0].input, Shape)
