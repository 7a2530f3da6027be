"""An answer made from a response's schema, for operations the spec gives no example of.

The offline server must answer every operation with data the client parses and the
generated validators accept. Where the spec documents no success answer, one is built
here from the output shape: every declared member, typed, inside its rules (enums,
ranges, lengths, patterns, item counts), and the same bytes on every run.
"""

from __future__ import annotations

import importlib
import json
import math
import re
from collections.abc import Callable
from typing import Any

from ..model import Constraints, Operation, Shape
from ..patterns import PatternError, searches

__all__ = ["schema_answer", "value_for"]

# The standard library's own reading of a regular expression (what ``re`` compiles),
# walked to build a text that matches; typeshed describes neither module.
sre_parse: Any = importlib.import_module("re._parser")
sre_constants: Any = importlib.import_module("re._constants")

DATE_TIME = "2020-01-01T00:00:00Z"
_BASE_TEXT = "example"
# A pattern's unbounded repeat is tried with this many more rounds at most.
_MAX_EXTRA = 64


def schema_answer(operation: Operation) -> str | None:
    """The JSON text of a made-up success answer, or None when the answer has no body."""
    output = operation.output
    payload = operation.binding.response_payload
    if payload is not None:
        return json.dumps(value_for(output.member(payload).shape), ensure_ascii=False)
    if not output.members:
        return None
    return json.dumps(value_for(output), ensure_ascii=False)


# How deep a made-up answer goes into a recursive shape before it stops at what may end
# it (an empty list, a left-out member).
_MAX_DEPTH = 4


def value_for(shape: Shape, variant: int = 0, depth: int = 0) -> Any:
    """A value of ``shape`` that passes its rules; ``variant`` tells list items apart."""
    depth += 1
    if shape.enum:
        return shape.enum[variant % len(shape.enum)].value
    if shape.json_content is not None:
        return json.dumps(value_for(shape.json_content), ensure_ascii=False)
    if shape.kind == "string":
        return _string(shape, variant)
    if shape.kind in ("integer", "number"):
        return _number(shape.kind, shape.constraints, variant)
    if shape.kind == "boolean":
        return variant % 2 == 0
    if shape.kind == "array":
        assert shape.items is not None
        rules = shape.constraints
        count = max(rules.min_items or 0, 0 if depth > _MAX_DEPTH else 1)
        if rules.max_items is not None:
            count = min(count, rules.max_items)
        return [
            value_for(shape.items, variant + index, depth) for index in range(count)
        ]
    if shape.kind == "map":
        assert shape.values is not None
        if depth > _MAX_DEPTH:
            return {}
        return {"key": value_for(shape.values, variant, depth)}
    if shape.kind == "union":
        if shape.discriminator is not None and shape.mapping:
            tag, index = shape.mapping[variant % len(shape.mapping)]
            chosen = value_for(shape.variants[index], variant, depth)
            if isinstance(chosen, dict):
                chosen[shape.discriminator] = tag
            return chosen
        return value_for(shape.variants[0], variant, depth)
    if shape.kind == "object":
        return {
            member.wire_name: value_for(member.shape, variant, depth)
            for member in shape.members
            if member.shape.kind != "any" and (depth <= _MAX_DEPTH or member.required)
        }
    return None  # ``any``: nothing typed to say


def _string(shape: Shape, variant: int) -> str:
    if shape.format == "date-time":
        return DATE_TIME
    rules = shape.constraints
    suffix = str(variant) if variant else ""
    if rules.pattern is None:
        return _fit_length(_BASE_TEXT + suffix, rules)
    for candidate in _pattern_candidates(rules.pattern, variant):
        if _fits(candidate, rules):
            return candidate
    return _fit_length(_BASE_TEXT + suffix, rules)


def _fit_length(text: str, rules: Constraints) -> str:
    low = rules.min_length or 0
    if len(text) < low:
        text += "x" * (low - len(text))
    high = rules.max_length
    if rules.max_bytes is not None:
        high = rules.max_bytes if high is None else min(high, rules.max_bytes)
    return text if high is None else text[:high]


def _fits(text: str, rules: Constraints) -> bool:
    if rules.min_length is not None and len(text) < rules.min_length:
        return False
    if rules.max_length is not None and len(text) > rules.max_length:
        return False
    if rules.max_bytes is not None and len(text.encode()) > rules.max_bytes:
        return False
    try:
        return rules.pattern is None or searches(rules.pattern, text)
    except PatternError:
        return False


def _number(kind: str, rules: Constraints, variant: int) -> int | float:
    """``1 + variant`` when the range allows it, else a value at or near its ends."""

    def allowed(value: float) -> bool:
        return not (
            (rules.minimum is not None and value < rules.minimum)
            or (rules.maximum is not None and value > rules.maximum)
            or (
                rules.exclusive_minimum is not None and value <= rules.exclusive_minimum
            )
            or (
                rules.exclusive_maximum is not None and value >= rules.exclusive_maximum
            )
        )

    lows = [v for v in (rules.minimum, rules.exclusive_minimum) if v is not None]
    highs = [v for v in (rules.maximum, rules.exclusive_maximum) if v is not None]
    options: list[float] = [1 + variant]
    if lows:
        low = max(lows)
        options += [low, math.floor(low) + 1, low + 0.5]
    if highs:
        high = min(highs)
        options += [high, math.ceil(high) - 1, high - 0.5]
    if lows and highs:
        options.append((max(lows) + min(highs)) / 2)
    for option in options:
        if kind == "integer" and option != math.floor(option):
            continue
        if allowed(option):
            return int(option) if kind == "integer" else float(option)
    return 1 + variant if kind == "integer" else float(1 + variant)


# -- text matching a pattern ---------------------------------------------------------------

_CATEGORY_CHARS = {
    sre_constants.CATEGORY_DIGIT: "0",
    sre_constants.CATEGORY_NOT_DIGIT: "a",
    sre_constants.CATEGORY_WORD: "a",
    sre_constants.CATEGORY_NOT_WORD: "-",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_SPACE: "a",
}


_CATEGORY_TESTS: dict[Any, Callable[[str], bool]] = {
    sre_constants.CATEGORY_DIGIT: str.isdigit,
    sre_constants.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    sre_constants.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    sre_constants.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    sre_constants.CATEGORY_SPACE: str.isspace,
    sre_constants.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
}


def _pattern_candidates(pattern: str, variant: int) -> list[str]:
    """Texts built from ``pattern`` with 0, 1, 2... extra rounds of each open repeat."""
    try:
        parsed = sre_parse.parse(pattern)
    except (re.error, RecursionError, OverflowError, ValueError):
        return []
    candidates: list[str] = []
    for extra in range(_MAX_EXTRA + 1):
        try:
            text = _build(parsed, extra)
        except _Unbuildable:
            return candidates
        if text not in candidates:
            candidates.append(text)
    if variant:
        # List items: the same text with a distinguishing tail, when the pattern allows.
        candidates = [c + str(variant) for c in candidates] + candidates
    return candidates


class _Unbuildable(Exception):
    pass


def _build(parsed: Any, extra: int) -> str:
    out: list[str] = []
    for op, argument in parsed:
        out.append(_piece(op, argument, extra))
    return "".join(out)


def _piece(op: Any, argument: Any, extra: int) -> str:
    if op is sre_constants.LITERAL:
        return chr(argument)
    if op is sre_constants.NOT_LITERAL:
        return "a" if argument != ord("a") else "b"
    if op is sre_constants.ANY:
        return "a"
    if op is sre_constants.IN:
        return _in_class(argument)
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, item = argument
        rounds: int = low + extra
        if high != sre_constants.MAXREPEAT:
            rounds = min(rounds, high)
        return _build(item, extra) * rounds
    if op is sre_constants.SUBPATTERN:
        return _build(argument[-1], extra)
    if op is sre_constants.BRANCH:
        return _build(argument[1][0], extra)
    if op is sre_constants.AT:
        return ""
    if op is sre_constants.CATEGORY:
        return _CATEGORY_CHARS.get(argument, "a")
    raise _Unbuildable(str(op))


def _in_class(items: Any) -> str:
    negated = False
    for op, argument in items:
        if op is sre_constants.NEGATE:
            negated = True
        elif negated:
            continue
        elif op is sre_constants.LITERAL:
            return chr(argument)
        elif op is sre_constants.RANGE:
            return chr(argument[0])
        elif op is sre_constants.CATEGORY:
            return _CATEGORY_CHARS.get(argument, "a")
    if negated:
        for choice in "aA0-_ .":
            if not _in_items(choice, items):
                return choice
    raise _Unbuildable("character class")


def _in_items(char: str, items: Any) -> bool:
    """Whether a character class's items (negation aside) take ``char``."""
    code = ord(char)
    for op, argument in items:
        if op is sre_constants.LITERAL and argument == code:
            return True
        if op is sre_constants.RANGE and argument[0] <= code <= argument[1]:
            return True
        if op is sre_constants.CATEGORY and _CATEGORY_TESTS[argument](char):
            return True
    return False
