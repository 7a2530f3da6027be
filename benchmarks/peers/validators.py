"""JSON Schema validators of the response: ``jsonschema`` and ``fastjsonschema``."""

from __future__ import annotations

from typing import Any

from ..environment import not_installed_reason
from ..report import Measured, Missing, Outcome
from ..timing import Plan, per_call

JSONSCHEMA = "jsonschema Draft202012Validator.is_valid"
FASTJSONSCHEMA = "fastjsonschema compiled validator"


def jsonschema_is_valid(schema: Any, document: Any, plan: Plan) -> Outcome:
    try:
        import jsonschema
    except ImportError as error:
        return Missing(JSONSCHEMA, not_installed_reason("jsonschema", error))
    validator = jsonschema.Draft202012Validator(schema)
    if not validator.is_valid(document):
        raise RuntimeError("jsonschema rejects the documented example")
    summary = per_call(
        lambda: validator.is_valid(document),
        samples=plan.samples,
        min_sample_seconds=plan.min_sample_seconds,
        max_loops=plan.max_loops,
    )
    return Measured(JSONSCHEMA, summary, "validator built once; formats not checked")


def fastjsonschema_validate(schema: Any, document: Any, plan: Plan) -> Outcome:
    try:
        import fastjsonschema
    except ImportError as error:
        return Missing(FASTJSONSCHEMA, not_installed_reason("fastjsonschema", error))
    validate = fastjsonschema.compile(schema)
    validate(document)  # raises JsonSchemaException if the example does not conform
    summary = per_call(
        lambda: validate(document),
        samples=plan.samples,
        min_sample_seconds=plan.min_sample_seconds,
        max_loops=plan.max_loops,
    )
    return Measured(FASTJSONSCHEMA, summary, "compiled once; checks date-time format")
