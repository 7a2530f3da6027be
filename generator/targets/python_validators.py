"""Straight-line Python validators for request and response shapes.

The rules are the spec's, and they mean what the emitted JSON Schema says: a present
member that is ``null`` is a type error, integers may be written ``1.0``, lengths count
code points, patterns are searched, ``max_bytes`` counts UTF-8 bytes, and a JSON-in-string
member must hold a JSON document of its declared shape. Every violation is collected
with its JSON pointer; nothing stops at the first.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..filters import py_literal, py_str
from ..model import Shape

INDENT = "    "


@dataclass(frozen=True)
class CheckFunction:
    """``def {name}(data, path, out)`` validating one class-backed object shape."""

    name: str
    shape: Shape
    lines: tuple[str, ...]


def _indent(lines: list[str], depth: int = 1) -> list[str]:
    return [INDENT * depth + line for line in lines]


class _Planner:
    def __init__(self) -> None:
        self.functions: dict[str, CheckFunction] = {}
        self.constants: dict[str, str] = {}
        self._counter = 0

    def constant(self, prefix: str, expression: str) -> str:
        for name, existing in self.constants.items():
            if existing == expression and name.startswith(prefix):
                return name
        self._counter += 1
        name = f"{prefix}{self._counter}"
        self.constants[name] = expression
        return name

    def structure(self, shape: Shape) -> str:
        assert shape.class_name is not None
        name = f"_check_{shape.class_name}"
        if name not in self.functions:
            body = tuple(self._object_body(shape))
            # Nested functions were added while planning the body: they come first.
            self.functions[name] = CheckFunction(name, shape, body)
        return name

    def _object_body(self, shape: Shape) -> list[str]:
        lines = [
            "if not isinstance(data, dict):",
            f'{INDENT}out.append(Violation(path or "/", _v.kind_message("object", data)))',
            f"{INDENT}return",
        ]
        for member in shape.members:
            key = py_str(member.wire_name)
            member_path = f"path + {py_str('/' + _escape(member.wire_name))}"
            lines.append(f"value = data.get({key}, _v.MISSING)")
            lines.append("if value is not _v.MISSING:")
            body = self.checks(member.shape, "value", member_path, 0)
            lines.extend(_indent(body or ["pass"]))
            if member.required:
                lines.append("else:")
                lines.append(
                    f'{INDENT}out.append(Violation(path or "/",'
                    f" {py_str('required member ' + repr(member.wire_name) + ' is missing')}))"
                )
        if not shape.additional_members:
            known = self.constant(
                "_KNOWN",
                "frozenset({"
                + ", ".join(py_str(m.wire_name) for m in shape.members)
                + "})",
            )
            lines += [
                "for key in data:",
                f"{INDENT}if key not in {known}:",
                f'{INDENT * 2}out.append(Violation(path + "/" + _v.escape(key), "not a declared member"))',
            ]
        groups = shape.constraints.any_of_required
        if groups:
            condition = " or ".join(
                "(" + " and ".join(f"{py_str(name)} in data" for name in group) + ")"
                for group in groups
            )
            wanted = " or ".join("+".join(group) for group in groups)
            lines += [
                f"if not ({condition}):",
                f'{INDENT}out.append(Violation(path or "/", {py_str("must contain " + wanted)}))',
            ]
        return lines

    def checks(
        self, shape: Shape, value: str, path: str, depth: int, sink: str = "out"
    ) -> list[str]:
        """Statements appending a Violation to ``sink`` for each rule ``value`` breaks."""
        kind = shape.kind
        if kind == "any":
            return []
        if kind == "object" and shape.class_name:
            return [f"{self.structure(shape)}({value}, {path}, {sink})"]
        test, expected = _TYPE_TESTS[kind]
        lines = [
            f"if {test.format(v=value)}:",
            f"{INDENT}{sink}.append(Violation({path}, _v.kind_message({py_str(expected)}, {value})))",
        ]
        facets = self._facets(shape, value, path, depth, sink)
        if facets:
            lines.append("else:")
            lines.extend(_indent(facets))
        return lines

    def _facets(
        self, shape: Shape, value: str, path: str, depth: int, sink: str
    ) -> list[str]:
        rules = shape.constraints
        lines: list[str] = []

        def rule(condition: str, message: str) -> None:
            lines.append(f"if {condition}:")
            lines.append(f"{INDENT}{sink}.append(Violation({path}, {message}))")

        if shape.enum:
            allowed = self.constant(
                "_ENUM",
                "frozenset({"
                + ", ".join(py_literal(e.value) for e in shape.enum)
                + "})",
            )
            shown = py_str(", ".join(str(e.value) for e in shape.enum))
            rule(
                f"{value} not in {allowed}",
                f'f"{{{value}!r}} is not one of " + {shown}',
            )
        if shape.kind == "string":
            if rules.min_length is not None:
                rule(
                    f"len({value}) < {rules.min_length}",
                    f'f"{{len({value})}} characters given, at least {rules.min_length} needed"',
                )
            if rules.max_length is not None:
                rule(
                    f"len({value}) > {rules.max_length}",
                    f'f"{{len({value})}} characters given, at most {rules.max_length} allowed"',
                )
            if rules.max_bytes is not None:
                # UTF-8 takes at most 4 bytes a character: short text needs no encoding.
                rule(
                    f"len({value}) * 4 > {rules.max_bytes}"
                    f" and _v.utf8_length({value}) > {rules.max_bytes}",
                    f'f"{{_v.utf8_length({value})}} bytes in UTF-8, at most {rules.max_bytes} allowed"',
                )
            if rules.pattern is not None:
                compiled = self.constant(
                    "_PATTERN", f"re.compile({py_str(rules.pattern)})"
                )
                rule(
                    f"{compiled}.search({value}) is None",
                    f"{py_str('does not match pattern ' + rules.pattern)}",
                )
            if shape.format == "date-time":
                rule(
                    f"not _v.is_date_time({value})",
                    f'f"{{{value}[:40]!r}} is not a date-time like 2020-10-15T03:30:03Z"',
                )
            if shape.json_content is not None:
                lines += self._json_content(
                    shape.json_content, value, path, depth, sink
                )
        elif shape.kind in ("integer", "number"):
            for limit, comparison, words in (
                ("minimum", "<", "less than"),
                ("maximum", ">", "greater than"),
                ("exclusive_minimum", "<=", "not greater than"),
                ("exclusive_maximum", ">=", "not less than"),
            ):
                bound = getattr(rules, limit)
                if bound is not None:
                    rule(
                        f"{value} {comparison} {bound!r}",
                        f'f"{{{value}!r}} is {words} {bound!r}"',
                    )
        elif shape.kind == "array":
            if rules.min_items is not None:
                rule(
                    f"len({value}) < {rules.min_items}",
                    f'f"{{len({value})}} items given, at least {rules.min_items} needed"',
                )
            if rules.max_items is not None:
                rule(
                    f"len({value}) > {rules.max_items}",
                    f'f"{{len({value})}} items given, at most {rules.max_items} allowed"',
                )
            if rules.unique_items:
                rule(f"_v.has_duplicates({value})", '"items are not unique"')
            assert shape.items is not None
            item, index = f"item{depth}", f"index{depth}"
            inner = self.checks(
                shape.items, item, f'{path} + "/" + str({index})', depth + 1, sink
            )
            if inner:
                lines.append(f"for {index}, {item} in enumerate({value}):")
                lines.extend(_indent(inner))
        elif shape.kind == "map":
            assert shape.values is not None
            item, key = f"item{depth}", f"key{depth}"
            inner = self.checks(
                shape.values,
                item,
                f'{path} + "/" + _v.escape({key})',
                depth + 1,
                sink,
            )
            if inner:
                lines.append(f"for {key}, {item} in {value}.items():")
                lines.extend(_indent(inner))
        return lines

    def _json_content(
        self, content: Shape, value: str, path: str, depth: int, sink: str
    ) -> list[str]:
        """A JSON-in-string member: the text must parse, and its document must fit.

        Problems inside the document are reported at the member, with the pointer into
        the document in the message (the document is not part of the wire tree).
        """
        self._counter += 1
        document, inner = f"document{self._counter}", f"inner{self._counter}"
        checks = self.checks(content, document, '""', depth + 1, inner)
        lines = [
            f"{document} = _v.json_document({value})",
            f"if {document} is _v.INVALID:",
            f'{INDENT}{sink}.append(Violation({path}, "does not hold valid JSON text"))',
        ]
        if checks:
            lines += [
                "else:",
                f"{INDENT}{inner}: list[Violation] = []",
                *_indent(checks),
                f"{INDENT}{sink}.extend(_v.inside_json({path}, {inner}))",
            ]
        return lines


_TYPE_TESTS: dict[str, tuple[str, str]] = {
    "string": ("not isinstance({v}, str)", "string"),
    "integer": ("not _v.is_integer({v})", "integer"),
    "number": ("not _v.is_number({v})", "number"),
    "boolean": ("not isinstance({v}, bool)", "boolean"),
    "object": ("not isinstance({v}, dict)", "object"),
    "map": ("not isinstance({v}, dict)", "object"),
    "array": ("not isinstance({v}, list)", "array"),
}


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class RootValidator:
    """``validate_request`` or ``validate_response``: the public entry points."""

    name: str
    check_function: str


def plan_validators(
    request: Shape, response: Shape
) -> tuple[list[CheckFunction], dict[str, str], list[RootValidator]]:
    """Check functions (nested first) and constants for one operation's two shapes."""
    planner = _Planner()
    roots = [
        RootValidator("validate_request", planner.structure(request)),
        RootValidator("validate_response", planner.structure(response)),
    ]
    functions = list(planner.functions.values())
    return functions, dict(sorted(planner.constants.items())), roots
