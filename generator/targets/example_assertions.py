"""Assertions, as lines of Python, that a decoded response holds an example's values.

Planned from the IR and the example's wire data, field by field: strings and numbers by
value, enums by value (and as the enum class when the value is documented), date-times as
aware UTC datetimes, JSON-in-string members both as their raw text and decoded, lists by
length and item, absent members as None (lists as empty). Every literal goes through the
escaping filters; locals bind optional containers so mypy can narrow them.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from . import layout
from ..filters import py_literal, py_str
from ..model import JsonValue, Member, Shape
from .python_code import has_enum_class

# The assertions make up the body of a check function.
INDENT = 4


class _Locals:
    def __init__(self) -> None:
        self.count = 0

    def new(self) -> str:
        self.count += 1
        return f"v{self.count}"


def datetime_literal(text: str) -> str | None:
    """A ``datetime(...)`` expression in UTC for RFC 3339 text; None for empty text."""
    if not text:
        return None
    parsed = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    parsed = parsed.astimezone(timezone.utc)
    parts = [parsed.year, parsed.month, parsed.day]
    parts += [parsed.hour, parsed.minute, parsed.second]
    if parsed.microsecond:
        parts.append(parsed.microsecond)
    return f"datetime({', '.join(map(str, parts))}, tzinfo=timezone.utc)"


def fits(shape: Shape, value: JsonValue) -> bool:
    """Whether decoded JSON has the kinds ``shape`` declares (what the client's lazy
    decoder needs to return a value rather than None)."""
    if value is None:
        return True
    if shape.json_content is not None or shape.kind == "string":
        return isinstance(value, str)
    if shape.kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if shape.kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if shape.kind == "boolean":
        return isinstance(value, bool)
    if shape.kind == "array":
        assert shape.items is not None
        items = shape.items
        return isinstance(value, list) and all(fits(items, item) for item in value)
    if shape.kind == "map":
        assert shape.values is not None
        values = shape.values
        return isinstance(value, dict) and all(fits(values, v) for v in value.values())
    if shape.kind == "union":
        return any(fits(variant, value) for variant in shape.variants)
    if shape.kind == "object":
        if not isinstance(value, dict):
            return False
        return all(
            fits(member.shape, value[member.wire_name])
            for member in shape.members
            if member.wire_name in value
        )
    return True


class AssertionPlanner:
    """Builds the assertion lines for one example; ``prefix`` qualifies model classes."""

    def __init__(self, prefix: str = "models.") -> None:
        self.prefix = prefix
        self.lines: list[str] = []
        self._locals = _Locals()

    def structure(
        self, shape: Shape, data: dict[str, JsonValue], expr: str, skip: frozenset[str]
    ) -> list[str]:
        """Lines checking every member of ``shape`` at ``expr`` except ``skip``."""
        for member in shape.members:
            if member.wire_name in skip or member.write_only:
                continue  # write-only: answers are not read for it
            value = data.get(member.wire_name)
            if member.nullable and not member.shape.json_content:
                sent_null = member.wire_name in data and value is None
                self._compare(
                    f"{expr}.sent_null({py_str(member.python_name)})",
                    "is",
                    py_literal(sent_null),
                )
            self._member(expr, member, value)
        return self.lines

    def _emit(self, line: str) -> None:
        self.lines.append(line)

    def _compare(self, left: str, operator: str, right: str) -> None:
        self.lines.extend(layout.assert_compare(left, operator, right, indent=INDENT))

    def _is_instance(self, expr: str, class_name: str) -> None:
        self.lines.extend(
            layout.call(
                "assert isinstance(",
                [expr, f"{self.prefix}{class_name}"],
                ")",
                indent=INDENT,
            )
        )

    def _bind(self, expr: str, optional: bool = True) -> str:
        name = self._locals.new()
        self.lines.extend(layout.assign(name, expr, indent=INDENT))
        if optional:
            self._emit(f"assert {name} is not None")
        return name

    def _member(self, owner: str, member: Member, value: JsonValue) -> None:
        attribute = f"{owner}.{member.python_name}"
        content = member.shape.json_content
        if content is None:
            self._value(member.shape, value, attribute)
            return
        if value is None:
            self._compare(f"{attribute}_raw", "is", "None")
            self._compare(attribute, "is", "None")
            return
        assert isinstance(value, str)
        self._compare(f"{attribute}_raw", "==", py_str(value))
        try:
            document = json.loads(value) if value else None
        except ValueError:
            document = None
        if document is None or not fits(content, document):
            self._compare(attribute, "is", "None")
            return
        self._value(content, document, attribute)

    def _value(self, shape: Shape, value: JsonValue, expr: str) -> None:
        if value is None:
            if shape.kind == "array":
                self._compare(expr, "==", "[]")
            else:
                self._compare(expr, "is", "None")
            return
        if shape.kind == "union":
            self._union(shape, value, expr)
            return
        if shape.is_structure:
            assert isinstance(value, dict) and shape.class_name is not None
            local = self._bind(expr)
            self._is_instance(local, shape.class_name)
            self.structure(shape, value, local, frozenset())
            return
        if shape.kind == "array":
            assert shape.items is not None and isinstance(value, list)
            local = self._bind(expr)
            self._compare(f"len({local})", "==", str(len(value)))
            for index, item in enumerate(value):
                self._value(shape.items, item, f"{local}[{index}]")
            return
        if shape.kind == "map":
            assert shape.values is not None and isinstance(value, dict)
            local = self._bind(expr)
            keys = py_literal(sorted(str(key) for key in value))
            self._compare(f"sorted({local})", "==", keys)
            for key, item in value.items():
                self._value(shape.values, item, f"{local}[{py_str(str(key))}]")
            return
        self._scalar(shape, value, expr)

    def _union(self, shape: Shape, value: JsonValue, expr: str) -> None:
        """A tagged union's value is checked as the variant its tag names; an untagged
        one's scalar by equality, and anything else only for being there (which
        variant it fits is the runtime's check, every rule of each variant)."""
        if shape.discriminator is not None and isinstance(value, dict):
            tags = dict(shape.mapping)
            tag = value.get(shape.discriminator)
            if isinstance(tag, str) and tag in tags:
                self._value(shape.variants[tags[tag]], value, expr)
                return
        if isinstance(value, (dict, list)):
            self._compare(expr, "is not", "None")
            return
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            self._compare(expr, "==", py_literal(value))
            return
        self._compare(
            expr, "==" if not isinstance(value, bool) else "is", py_literal(value)
        )

    def _scalar(self, shape: Shape, value: JsonValue, expr: str) -> None:
        if has_enum_class(shape):
            self._compare(expr, "==", py_literal(value))
            if any(choice.value == value for choice in shape.enum):
                assert shape.enum_class_name is not None
                self._is_instance(expr, shape.enum_class_name)
            return
        if shape.kind == "string" and shape.format == "date-time":
            assert isinstance(value, str)
            literal = datetime_literal(value)
            if literal is None:
                self._compare(expr, "is", "None")
            else:
                self._compare(expr, "==", literal)
            return
        if shape.kind == "number" and isinstance(value, (int, float)):
            self._compare(expr, "==", py_literal(float(value)))
            return
        if shape.kind == "boolean":
            self._compare(expr, "is", py_literal(bool(value)))
            return
        self._compare(expr, "==", py_literal(value))


def response_assertions(
    output: Shape, data: dict[str, JsonValue], expr: str, skip: frozenset[str]
) -> list[str]:
    """Every assertion that ``expr`` (a decoded response) holds ``data``."""
    return AssertionPlanner().structure(output, data, expr, skip)
