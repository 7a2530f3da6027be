"""Check loaded spec data against a JSON Schema and word the problems for spec authors."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema
from jsonschema.exceptions import ValidationError

from .diagnostics import Diagnostic
from .load import LoadedFile, NodePath
from .patterns import PatternError, searches

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _linear_pattern(
    validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    """JSON Schema's ``pattern`` run by RE2 (see :mod:`generator.patterns`): linear
    time, and ``$`` is the end of the text, so a trailing newline is not let through."""
    if not isinstance(instance, str):
        return
    try:
        found = searches(pattern, instance)
    except PatternError as error:
        yield ValidationError(f"schema pattern {pattern!r}: {error}")
        return
    if not found:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


# Draft 2020-12 with the linear-time ``pattern``; the schemas are ours, the values not.
_Validator: Any = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, {"pattern": _linear_pattern}
)

_VALIDATORS: dict[int, tuple[Mapping[str, Any], jsonschema.Draft202012Validator]] = {}


def compiled(schema: Mapping[str, Any]) -> jsonschema.Draft202012Validator:
    """A validator for ``schema``, built once per schema object (they are constants)."""
    entry = _VALIDATORS.get(id(schema))
    if entry is None or entry[0] is not schema:
        entry = (schema, _Validator(schema))
        _VALIDATORS[id(schema)] = entry
    return entry[1]


def _describe_type(expected: object) -> str:
    if isinstance(expected, list):
        return " or ".join(_TYPE_NAMES.get(str(item), str(item)) for item in expected)
    return _TYPE_NAMES.get(str(expected), str(expected))


def _declared_keys(schema: Mapping[str, Any], root: Mapping[str, Any]) -> set[str]:
    """Keys a schema (following local ``$ref``s) names in ``properties``."""
    keys = set(schema.get("properties", {}))
    reference = schema.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/"):
        target: Any = root
        for part in reference[2:].split("/"):
            target = target[part]
        keys |= _declared_keys(target, root)
    return keys


def _leaf_errors(error: ValidationError) -> Iterator[ValidationError]:
    """For ``anyOf``/``oneOf`` failures, the most specific alternatives' errors."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        deepest = max(len(sub.absolute_path) for sub in error.context)
        if deepest > 0:
            for sub in error.context:
                if len(sub.absolute_path) == deepest:
                    yield from _leaf_errors(sub)
            return
    yield error


def check_against_schema(
    loaded: LoadedFile,
    instance: Any,
    schema: Mapping[str, Any],
    base_path: NodePath = (),
) -> list[Diagnostic]:
    """Every way ``instance`` (found at ``base_path`` in ``loaded``) breaks ``schema``."""
    diagnostics: list[Diagnostic] = []
    validator = compiled(schema)
    for top_error in validator.iter_errors(instance):
        for error in _leaf_errors(top_error):
            diagnostics.extend(_explain(loaded, error, schema, base_path))
    return diagnostics


def _explain(
    loaded: LoadedFile,
    error: ValidationError,
    root: Mapping[str, Any],
    base_path: NodePath,
) -> Iterator[Diagnostic]:
    path: NodePath = base_path + tuple(error.absolute_path)
    where = "/".join(str(part) for part in path) or "the file"
    keyword = error.validator
    # jsonschema types these loosely (they may be "unset"); read them once, narrowed.
    schema: Mapping[str, Any] = (
        error.schema if isinstance(error.schema, Mapping) else {}
    )
    found: Any = error.instance
    expected: Any = error.validator_value
    if keyword in ("additionalProperties", "unevaluatedProperties"):
        allowed = _declared_keys(schema, root)
        instance = found if isinstance(found, dict) else {}
        pattern_props = schema.get("patternProperties", {})
        for key in instance:
            if key in allowed or pattern_props:
                continue
            known = ", ".join(sorted(allowed)) or "none"
            yield Diagnostic(
                loaded.position(path + (key,), key=True),
                f"unknown key '{key}' in {where} (allowed: {known})",
            )
        return
    if keyword == "required":
        missing = [name for name in expected if name not in found]
        for name in missing:
            yield Diagnostic(loaded.position(path), f"missing key '{name}' in {where}")
        return
    if keyword == "propertyNames":
        name = found if not isinstance(found, dict) else None
        position = (
            loaded.position(path + (name,), key=True) if name else loaded.position(path)
        )
        yield Diagnostic(position, f"invalid name '{name}' in {where}: {error.message}")
        return
    if keyword == "type":
        yield Diagnostic(
            loaded.position(path),
            f"{where} must be {_describe_type(expected)},"
            f" not {type(found).__name__}",
        )
        return
    if keyword == "anyOf" and all(
        isinstance(option, dict) and set(option) == {"required"} for option in expected
    ):
        names = " or ".join(f"'{option['required'][0]}'" for option in expected)
        yield Diagnostic(loaded.position(path), f"{where} needs {names}")
        return
    if keyword in ("minProperties", "maxProperties") and not path:
        yield Diagnostic(
            loaded.position(path),
            "a spec file holds exactly one top-level key: 'service' or 'operation'",
        )
        return
    if keyword == "pattern" and isinstance(schema.get("description"), str):
        yield Diagnostic(
            loaded.position(path),
            f"{where}: {found!r} is refused: {schema['description']}",
        )
        return
    yield Diagnostic(loaded.position(path), f"{where}: {error.message}")
