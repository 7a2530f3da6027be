"""jsonschema taught the two rules our schemas state beyond draft 2020-12's assertions.

The reference the generated validators are compared with: ``Draft202012Validator`` with
a ``FormatChecker`` (``date-time`` comes from rfc3339-validator), extended with

* ``x-maxBytes``: the UTF-8 length of a string (lone surrogates count three bytes);
* ``contentMediaType: application/json`` and ``contentSchema``: draft 2020-12 makes them
  annotations only, so stock jsonschema never decodes the text. Here the text must be
  RFC 8259 JSON (no ``NaN``/``Infinity``) and the decoded document must match
  ``contentSchema``.

One correction to the stock format checker: rfc3339-validator anchors its pattern with
``$``, which also matches before a final newline, so it accepts
``"2020-10-15T03:30:03Z\\n"``. RFC 3339 does not; see
``test_stock_date_time_check_accepts_a_trailing_newline``, which fails once upstream is
fixed and this correction can go.

Patterns are run as JSON Schema means them (ECMA-262): ``$`` is the end of the text and
``\\d`` an ASCII digit. Python's ``re``, which stock jsonschema uses, lets ``$`` match
before a final newline and ``\\d`` match any Unicode digit; RE2 keeps ECMA's meaning
for both, so the reference runs patterns with RE2, as the validators do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.protocols import Validator

from generator.patterns import searches

_NOT_JSON = object()


def _refuse(name: str) -> Any:
    raise ValueError(name)


def decode_json_text(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse)
    except (ValueError, RecursionError):
        return _NOT_JSON


def _max_bytes(
    validator: Validator, limit: int, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string"):
        size = len(instance.encode("utf-8", "surrogatepass"))
        if size > limit:
            yield ValidationError(f"{size} bytes in UTF-8, more than {limit}")


def _content_media_type(
    validator: Validator, media_type: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if media_type != "application/json" or not validator.is_type(instance, "string"):
        return
    if decode_json_text(instance) is _NOT_JSON:
        yield ValidationError(f"{instance[:40]!r} is not JSON text")


def _content_schema(
    validator: Validator, content: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if schema.get("contentMediaType") != "application/json":
        return
    if not validator.is_type(instance, "string"):
        return
    document = decode_json_text(instance)
    if document is not _NOT_JSON:
        yield from validator.descend(document, content)


def _pattern(
    validator: Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not searches(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def format_checker() -> FormatChecker:
    checker = FormatChecker()
    stock, _ = checker.checkers["date-time"]

    def date_time(instance: object) -> bool:
        if isinstance(instance, str) and instance.endswith("\n"):
            return False
        return bool(stock(instance))

    checker.checks("date-time")(date_time)
    return checker


ExtendedValidator = jsonschema.validators.extend(
    Draft202012Validator,
    {
        "x-maxBytes": _max_bytes,
        "contentMediaType": _content_media_type,
        "contentSchema": _content_schema,
        "pattern": _pattern,
    },
)


def reference_validator(schema: Mapping[str, Any]) -> Validator:
    """The reference validator for one of our schema documents."""
    validator: Validator = ExtendedValidator(schema, format_checker=format_checker())
    return validator
