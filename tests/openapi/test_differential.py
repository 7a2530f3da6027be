"""The feature document's generated validators and jsonschema give the same verdict on
values drawn from (and broken against) each emitted JSON Schema, as the project's own
operations do in ``tests/validators/test_differential.py``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.openapi.build import DOCUMENTS, Built, build
from tests.validators.test_differential import (
    EXAMPLES,
    run_differential,
    run_near_misses,
    validators_of,
)

ROOT = "garden_differential"
OPERATIONS = [
    ("AddPlant", "add_plant"),
    ("GetOrder", "get_order"),
    ("GetPlantsByPlantId", "get_plants_by_plant_id"),
    ("ListPlants", "list_plants"),
    ("PlaceOrder", "place_order"),
]
CASES = [(op, part) for op in OPERATIONS for part in ("request", "response")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    document = DOCUMENTS / "features" / "openapi.yaml"
    result = build(document, tmp_path_factory.mktemp("differential"), ROOT)
    try:
        yield result
    finally:
        result.unload()


@pytest.mark.parametrize(
    ("operation", "part"), CASES, ids=[f"{op[0]}-{part}" for op, part in CASES]
)
def test_validators_agree_with_jsonschema(
    built: Built, operation: tuple[str, str], part: str
) -> None:
    name, module = operation
    schema = built.module("schemas").load(name, part)
    validators = validators_of(built.module(f"validators.{module}"), part)
    assert run_differential(schema, validators) >= EXAMPLES
    if schema.get("examples"):
        assert run_near_misses(schema, validators)
