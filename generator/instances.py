"""Check an example value against a type node of a spec (raw, not yet modelled).

Used by the linter to prove that every example in a spec has the shape the spec declares.
It follows the same rules the generated validators enforce, and it never raises on a
malformed type node: a broken node is reported elsewhere, here it simply checks nothing.
"""

from __future__ import annotations

import json
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any

from .patterns import pattern_problem, searches

# resolve(node) -> the node a {"ref": ...} points at (or the node itself); None if unknown.
Resolver = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]

_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$"
)


def _kind_of(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def is_date_time(text: str) -> bool:
    if not _DATE_TIME.match(text):
        return False
    try:
        datetime.fromisoformat(text.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


def problems(
    node: Mapping[str, Any],
    value: object,
    resolve: Resolver,
    pointer: str = "",
    *,
    sending: bool = False,
    root: bool = True,
) -> Iterator[tuple[str, str]]:
    """Yield ``(json_pointer, message)`` for every way ``value`` breaks ``node``.

    ``sending``: ``value`` is a request, whose nested objects (below ``root``) refuse
    undeclared members unless the spec says ``additional_members: true`` (see
    ``generator.sent_shapes``).
    """
    inner = {"sending": sending, "root": False}
    resolved = resolve(node)
    if resolved is None:
        return
    kind = resolved.get("type")
    where = pointer or "/"
    actual = _kind_of(value)
    expected_ok = {
        "string": actual == "string",
        "integer": actual == "integer" or (actual == "number" and float(value).is_integer()),  # type: ignore[arg-type]
        "number": actual in ("integer", "number"),
        "boolean": actual == "boolean",
        "object": actual == "object",
        "map": actual == "object",
        "array": actual == "array",
        "any": True,
        "union": True,
    }
    if not isinstance(kind, str) or kind not in expected_ok:
        return
    if kind == "union":
        yield from _union_problems(resolved, value, resolve, pointer, **inner)
        return
    if not expected_ok[kind]:
        yield where, f"expected {kind}, got {actual}"
        return
    enum = resolved.get("enum")
    if isinstance(enum, list) and value not in enum:
        yield where, f"{value!r} is not one of {enum}"
    if kind == "string":
        yield from _string_problems(
            resolved, str(value), resolve, where, pointer, sending
        )
    elif kind in ("integer", "number"):
        yield from _number_problems(resolved, value, where)  # type: ignore[arg-type]
    elif kind == "array":
        yield from _array_problems(resolved, value, resolve, pointer, sending)  # type: ignore[arg-type]
    elif kind == "object":
        yield from _object_problems(resolved, value, resolve, pointer, sending, root)  # type: ignore[arg-type]
    elif kind == "map":
        values = resolved.get("values")
        if isinstance(values, Mapping):
            for key, item in value.items():  # type: ignore[attr-defined]
                yield from problems(
                    values, item, resolve, f"{pointer}/{_escape(key)}", **inner
                )


def _union_problems(
    node: Mapping[str, Any],
    value: object,
    resolve: Resolver,
    pointer: str,
    *,
    sending: bool,
    root: bool,
) -> Iterator[tuple[str, str]]:
    """A union's value fits exactly one variant (``match: one``) or at least one."""
    variants = node.get("variants")
    if not isinstance(variants, list):
        return
    fitting = [
        index
        for index, variant in enumerate(variants)
        if isinstance(variant, Mapping)
        and next(
            problems(variant, value, resolve, pointer, sending=sending, root=root),
            None,
        )
        is None
    ]
    where = pointer or "/"
    if not fitting:
        yield where, f"fits none of the {len(variants)} variants"
    elif len(fitting) > 1 and node.get("match", "one") == "one":
        shown = ", ".join(str(index) for index in fitting)
        yield where, f"fits variants {shown}, and exactly one is allowed"


def _escape(key: object) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _string_problems(
    node: Mapping[str, Any],
    text: str,
    resolve: Resolver,
    where: str,
    pointer: str,
    sending: bool,
) -> Iterator[tuple[str, str]]:
    if isinstance(node.get("min_length"), int) and len(text) < node["min_length"]:
        yield where, f"shorter than {node['min_length']} characters"
    if isinstance(node.get("max_length"), int) and len(text) > node["max_length"]:
        yield where, f"longer than {node['max_length']} characters"
    if (
        isinstance(node.get("max_bytes"), int)
        and len(text.encode("utf-8")) > node["max_bytes"]
    ):
        yield where, f"longer than {node['max_bytes']} bytes in UTF-8"
    pattern = node.get("pattern")
    if isinstance(pattern, str):
        # A pattern RE2 cannot use is reported where it is declared, not here.
        if pattern_problem(pattern) is None and not searches(pattern, text):
            yield where, f"{text!r} does not match pattern {pattern!r}"
    if node.get("format") == "date-time" and not is_date_time(text):
        yield where, f"{text!r} is not a date-time like 2020-10-15T03:30:03Z"
    content = node.get("json")
    if isinstance(content, Mapping):
        try:
            decoded = json.loads(text)
        except json.JSONDecodeError as error:
            yield where, f"does not hold valid JSON ({error.msg})"
            return
        for inner_pointer, message in problems(
            content, decoded, resolve, "", sending=sending, root=False
        ):
            yield where, f"inside the JSON text at {inner_pointer or '/'}: {message}"


def _number_problems(
    node: Mapping[str, Any], value: float, where: str
) -> Iterator[tuple[str, str]]:
    rules: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
        ("minimum", operator.lt, "less than"),
        ("maximum", operator.gt, "greater than"),
        ("exclusive_minimum", operator.le, "not greater than"),
        ("exclusive_maximum", operator.ge, "not less than"),
    )
    for key, broken, words in rules:
        limit = node.get(key)
        if (
            isinstance(limit, (int, float))
            and not isinstance(limit, bool)
            and broken(value, limit)
        ):
            yield where, f"{value} is {words} {limit}"


def _array_problems(
    node: Mapping[str, Any],
    value: list[Any],
    resolve: Resolver,
    pointer: str,
    sending: bool,
) -> Iterator[tuple[str, str]]:
    where = pointer or "/"
    if isinstance(node.get("min_items"), int) and len(value) < node["min_items"]:
        yield where, f"{len(value)} items given, at least {node['min_items']} needed"
    if isinstance(node.get("max_items"), int) and len(value) > node["max_items"]:
        yield where, f"{len(value)} items given, at most {node['max_items']} allowed"
    items = node.get("items")
    if isinstance(items, Mapping):
        for index, item in enumerate(value):
            yield from problems(
                items, item, resolve, f"{pointer}/{index}", sending=sending, root=False
            )


def _object_problems(
    node: Mapping[str, Any],
    value: dict[str, Any],
    resolve: Resolver,
    pointer: str,
    sending: bool,
    root: bool,
) -> Iterator[tuple[str, str]]:
    where = pointer or "/"
    members = node.get("members")
    members = members if isinstance(members, Mapping) else {}
    for name, member in members.items():
        if not isinstance(member, Mapping):
            continue
        if name in value and value[name] is None and member.get("nullable") is True:
            continue
        if sending and member.get("read_only") is True:
            if name in value:
                yield f"{pointer}/{_escape(name)}", f"'{name}' is read-only"
            continue
        if not sending and member.get("write_only") is True:
            continue  # not read from an answer
        if name in value:
            yield from problems(
                member,
                value[name],
                resolve,
                f"{pointer}/{_escape(name)}",
                sending=sending,
                root=False,
            )
        elif member.get("required") is True:
            yield where, f"required member '{name}' is missing"
    closed_when_sent = (
        sending
        and not root
        and bool(members)
        and node.get("additional_members") is not True
    )
    if node.get("additional_members") is False or closed_when_sent:
        for name in value:
            if name not in members:
                yield f"{pointer}/{_escape(name)}", f"'{name}' is not a declared member"
    alternatives = node.get("any_of_required")
    if isinstance(alternatives, list) and alternatives:
        if not any(
            isinstance(group, list) and all(name in value for name in group)
            for group in alternatives
        ):
            wanted = " or ".join("+".join(map(str, group)) for group in alternatives)
            yield where, f"must contain {wanted}"
