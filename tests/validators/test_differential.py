"""The generated validators and jsonschema must give the same verdict on every value.

Values are drawn from each emitted schema (``schema_strategy``), most of them broken on
purpose in one to three places, and checked by both the generated ``validate_*`` and
the reference validator (``oracle``: jsonschema's Draft202012Validator with a format
checker, ``x-maxBytes`` and decoded ``contentSchema``). Runs are derandomized, so CI
draws the same cases every time and a failure replays as it is; set
``DIFFERENTIAL_SEED`` to explore other cases and ``DIFFERENTIAL_EXAMPLES`` for more of
them. Every violation must also carry a JSON pointer to a place in the value.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from tests.validators.oracle import reference_validator
from tests.validators.schema_strategy import instances, mutated, near_misses
from tests.validators.specs import operations

EXAMPLES = int(os.environ.get("DIFFERENTIAL_EXAMPLES", "300"))
SEED = os.environ.get("DIFFERENTIAL_SEED")
PARTS = ("request", "response")
# (is_valid_<part>, validate_<part>) of one generated validators module
Validators = tuple[Callable[[Any], bool], Callable[[Any], list[Any]]]


def validators_of(module: ModuleType, part: str) -> Validators:
    return getattr(module, f"is_valid_{part}"), getattr(module, f"validate_{part}")


def _settings(test: Callable[..., None]) -> Callable[..., None]:
    configured = settings(
        max_examples=EXAMPLES,
        derandomize=SEED is None,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )(test)
    return seed(int(SEED))(configured) if SEED is not None else configured


def pointer_resolves(value: Any, pointer: str) -> bool:
    """``/`` is the root (the generated validators' convention), else RFC 6901."""
    if not pointer.startswith("/"):
        return False
    if pointer == "/":
        return True
    for raw in pointer[1:].split("/"):
        step = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(value, dict) and step in value:
            value = value[step]
        elif isinstance(value, list) and step.isdigit() and int(step) < len(value):
            value = value[int(step)]
        else:
            return False
    return True


def check_agreement(reference: Any, validators: Validators, value: Any) -> None:
    """Both answers of the generated module match jsonschema's verdict on ``value``:
    the fast yes/no and the list of violations (which runs only on a no)."""
    is_valid, validate = validators
    violations = validate(value)
    expected = reference.is_valid(value)
    if expected:
        assert violations == [], f"jsonschema says valid, the validator: {violations}"
    else:
        errors = "; ".join(error.message for error in reference.iter_errors(value))
        assert violations, f"the validator says valid, jsonschema: {errors}"
    assert is_valid(value) == expected
    for violation in violations:
        assert pointer_resolves(value, violation.path), violation
        assert violation.message


def run_differential(schema: dict[str, Any], validators: Validators) -> int:
    """Compare verdicts on ``EXAMPLES`` drawn values; returns how many cases ran."""
    reference = reference_validator(schema)
    cases = []

    @_settings
    @given(value=st.one_of(mutated(schema), mutated(schema), instances(schema)))
    def agree(value: Any) -> None:
        cases.append(None)
        check_agreement(reference, validators, value)

    agree()
    return len(cases)


def run_near_misses(schema: dict[str, Any], validators: Validators) -> int:
    """Compare verdicts on every known single break of every example in ``schema``."""
    reference = reference_validator(schema)
    cases = 0
    for example in schema["examples"]:
        for value in near_misses(schema, example):
            cases += 1
            check_agreement(reference, validators, value)
    return cases


VOD = [(op, part) for op in operations() for part in PARTS]


@pytest.mark.parametrize(
    ("generated", "part"), VOD, ids=[f"{op}-{part}" for op, part in VOD]
)
def test_project_validators_agree_with_jsonschema(generated: Any, part: str) -> None:
    schemas = importlib.import_module(f"{generated.package}.schemas")
    validators = validators_of(generated.module("validators"), part)
    ran = run_differential(schemas.load(generated.operation.name, part), validators)
    assert ran >= EXAMPLES


@pytest.mark.parametrize("part", PARTS)
def test_every_facet_agrees_with_jsonschema(
    part: str, facets_schemas: ModuleType, facets_validators: ModuleType
) -> None:
    validators = validators_of(facets_validators, part)
    ran = run_differential(facets_schemas.load("CheckFacets", part), validators)
    assert ran >= EXAMPLES


@pytest.mark.parametrize(
    ("generated", "part"), VOD, ids=[f"{op}-{part}" for op, part in VOD]
)
def test_near_misses_of_project_examples_agree(generated: Any, part: str) -> None:
    schemas = importlib.import_module(f"{generated.package}.schemas")
    validators = validators_of(generated.module("validators"), part)
    assert run_near_misses(schemas.load(generated.operation.name, part), validators)


@pytest.mark.parametrize("part", PARTS)
def test_near_misses_of_every_facet_agree(
    part: str, facets_schemas: ModuleType, facets_validators: ModuleType
) -> None:
    validators = validators_of(facets_validators, part)
    assert run_near_misses(facets_schemas.load("CheckFacets", part), validators)
