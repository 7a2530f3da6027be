"""The linter's word on unions and recursive shapes in a spec: each problem at its
file:line:col, the rest of the spec still checked."""

from __future__ import annotations

from pathlib import Path

from generator.importer.files import write_result
from generator.importer.openapi import OPENAPI_HEADER, import_openapi
from tests.generator.test_lint import edit, line_of, run_lint
from tests.openapi.build import DOCUMENTS


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    write_result(
        spec, import_openapi(DOCUMENTS / "features" / "openapi.yaml"), OPENAPI_HEADER
    )
    return spec


def test_the_imported_unions_and_recursive_shapes_lint_clean(tmp_path: Path) -> None:
    result = run_lint(_spec(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr


def test_broken_unions_and_endless_recursion_are_reported(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    service = spec / "garden_store" / "2.1" / "service.yaml"
    edit(service, "        card: Card\n", "        card: Plant\n")
    edit(
        service,
        "        - ref: PotOneOf1\n",
        "        - type: object\n          members: {a: {type: string}}\n",
    )
    edit(
        service,
        "    Card:\n      type: object\n      members:\n",
        "    Card:\n      type: object\n      members:\n        again:\n"
        "          ref: Card\n          required: true\n",
    )
    result = run_lint(spec)
    assert result.returncode != 0
    out = result.stdout + result.stderr
    shown = service.relative_to(spec.parent)
    assert f"{shown}:{line_of(service, 'card: Plant')}:" in out
    assert "'Plant' is not one of the union's variants" in out
    assert "an inline object cannot be a variant" in out
    assert "shape 'Card' holds itself through required members only" in out
    # The recursive shapes that can end (TreeNode, Shelf, Category) stay unreported.
    assert "TreeNode" not in out and "Shelf" not in out
