"""Straight-line Python validators for request and response shapes.

The rules are the spec's, and they mean what the emitted JSON Schema says: a present
member that is ``null`` is a type error, integers may be written ``1.0``, lengths count
code points, patterns are searched, ``max_bytes`` counts UTF-8 bytes, and a JSON-in-string
member must hold a JSON document of its declared shape.

Each root shape gets a fast function and every structure a reporting one, planned
from the same rules. ``_valid_X(data)`` only answers yes or no and returns at the first
broken rule: it builds no paths or messages and has nested objects inlined, so valid
data (nearly all of it) costs only the checks themselves. ``_check_X(data, path, out)``
runs when that answer is no, and appends every Violation with its JSON pointer; nothing
stops at the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..filters import py_literal, py_str
from ..model import Shape

INDENT = "    "


@dataclass(frozen=True)
class CheckFunction:
    """``def {name}(data) -> bool`` (fast) or ``def {name}(data, path, out)``."""

    name: str
    shape: Shape
    lines: tuple[str, ...]
    fast: bool


@dataclass(frozen=True)
class _Mode:
    """How a broken rule is acted on: return False at once, or record a Violation."""

    fast: bool

    def function(self, shape: Shape) -> str:
        assert shape.class_name is not None
        return f"_{'valid' if self.fast else 'check'}_{shape.class_name}"

    def reject(self, path: str, message: str, sink: str) -> str:
        if self.fast:
            return "return False"
        return f"{sink}.append(Violation({path}, {message}))"


FAST = _Mode(fast=True)
REPORT = _Mode(fast=False)


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

    def structure(self, shape: Shape, mode: _Mode) -> str:
        name = mode.function(shape)
        if name not in self.functions:
            body = tuple(self._object_body(shape, mode))
            # Nested functions were added while planning the body: they come first.
            self.functions[name] = CheckFunction(name, shape, body, mode.fast)
        return name

    def _object_body(
        self, shape: Shape, mode: _Mode, data: str = "data", depth: int = 0
    ) -> list[str]:
        """Checks of an object held in variable ``data``; ``depth`` > 0 when the body
        is inlined into an enclosing fast function (its variables then get suffixes)."""
        here = 'path or "/"'
        suffix = str(depth) if depth else ""
        value, key_var = f"value{suffix}", f"key{suffix}"
        lines = [
            f"if not isinstance({data}, dict):",
            INDENT + mode.reject(here, f'_v.kind_message("object", {data})', "out"),
        ]
        if not mode.fast:
            lines.append(INDENT + "return")
        for member in shape.members:
            key = py_str(member.wire_name)
            member_path = f"path + {py_str('/' + _escape(member.wire_name))}"
            lines.append(f"{value} = {data}.get({key}, _MISSING)")
            lines.append(f"if {value} is not _MISSING:")
            body = self.checks(member.shape, value, member_path, depth, mode)
            lines.extend(_indent(body or ["pass"]))
            if member.required:
                missing = "required member " + repr(member.wire_name) + " is missing"
                lines.append("else:")
                lines.append(INDENT + mode.reject(here, py_str(missing), "out"))
        if not shape.additional_members:
            known = self.constant(
                "_KNOWN",
                "frozenset({"
                + ", ".join(py_str(m.wire_name) for m in shape.members)
                + "})",
            )
            undeclared = mode.reject(
                f'path + "/" + _v.escape({key_var})', '"not a declared member"', "out"
            )
            lines += [
                f"for {key_var} in {data}:",
                f"{INDENT}if {key_var} not in {known}:",
                f"{INDENT * 2}{undeclared}",
            ]
        groups = shape.constraints.any_of_required
        if groups:
            condition = " or ".join(
                "(" + " and ".join(f"{py_str(name)} in {data}" for name in group) + ")"
                for group in groups
            )
            wanted = " or ".join("+".join(group) for group in groups)
            lines += [
                f"if not ({condition}):",
                INDENT + mode.reject(here, py_str("must contain " + wanted), "out"),
            ]
        if mode.fast and not depth:
            lines.append("return True")
        return lines

    def checks(
        self,
        shape: Shape,
        value: str,
        path: str,
        depth: int,
        mode: _Mode,
        sink: str = "out",
    ) -> list[str]:
        """Statements acting on each rule ``value`` breaks (see ``_Mode``).

        ``path`` is an expression for the value's JSON pointer; fast functions never
        evaluate it.
        """
        kind = shape.kind
        if kind == "any":
            return []
        if kind == "object" and shape.class_name:
            if mode.fast:
                # Inlined: a call per nested object costs more than its checks.
                return self._object_body(shape, mode, value, depth + 1)
            return [f"{self.structure(shape, mode)}({value}, {path}, {sink})"]
        test, expected = _TYPE_TESTS[kind]
        message = f"_v.kind_message({py_str(expected)}, {value})"
        lines = [
            f"if {test.format(v=value)}:",
            INDENT + mode.reject(path, message, sink),
        ]
        facets = self._facets(shape, value, path, depth, mode, sink)
        if facets:
            lines.append("else:")
            lines.extend(_indent(facets))
        return lines

    def _facets(
        self, shape: Shape, value: str, path: str, depth: int, mode: _Mode, sink: str
    ) -> list[str]:
        rules = shape.constraints
        lines: list[str] = []

        def rule(condition: str, message: str) -> None:
            lines.append(f"if {condition}:")
            lines.append(INDENT + mode.reject(path, message, sink))

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
            self._string_facets(shape, value, rule)
            if shape.json_content is not None:
                lines += self._json_content(
                    shape.json_content, value, path, depth, mode, sink
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
                shape.items, item, f'{path} + "/" + str({index})', depth + 1, mode, sink
            )
            if inner:
                loop = (
                    f"for {item} in {value}:"
                    if mode.fast
                    else f"for {index}, {item} in enumerate({value}):"
                )
                lines.append(loop)
                lines.extend(_indent(inner))
        elif shape.kind == "map":
            assert shape.values is not None
            item, key = f"item{depth}", f"key{depth}"
            inner = self.checks(
                shape.values,
                item,
                f'{path} + "/" + _v.escape({key})',
                depth + 1,
                mode,
                sink,
            )
            if inner:
                loop = (
                    f"for {item} in {value}.values():"
                    if mode.fast
                    else f"for {key}, {item} in {value}.items():"
                )
                lines.append(loop)
                lines.extend(_indent(inner))
        return lines

    def _string_facets(
        self, shape: Shape, value: str, rule: Callable[[str, str], None]
    ) -> None:
        rules = shape.constraints
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
                "_PATTERN", f"re.compile({py_str(rules.pattern)}).search"
            )
            rule(
                f"{compiled}({value}) is None",
                f"{py_str('does not match pattern ' + rules.pattern)}",
            )
        if shape.format == "date-time":
            rule(
                f"_DATE_TIME({value}) is None"
                f' or ({value}[8:10] > "28" and not _v.day_exists({value}))',
                f'f"{{{value}[:40]!r}} is not a date-time like 2020-10-15T03:30:03Z"',
            )

    def _json_content(
        self,
        content: Shape,
        value: str,
        path: str,
        depth: int,
        mode: _Mode,
        sink: str,
    ) -> list[str]:
        """A JSON-in-string member: the text must parse, and its document must fit.

        Problems inside the document are reported at the member, with the pointer into
        the document in the message (the document is not part of the wire tree).
        """
        self._counter += 1
        document, inner = f"document{self._counter}", f"inner{self._counter}"
        invalid = [
            f"if {document} is _INVALID:",
            INDENT + mode.reject(path, '"does not hold valid JSON text"', sink),
        ]
        if mode.fast:
            # The scanner called in place; text with blanks around the document, or
            # no document, takes the full route through json_document.
            end = f"end{self._counter}"
            lines = [
                "try:",
                f"{INDENT}{document}, {end} = _SCAN_JSON({value}, 0)",
                "except _JSON_ERRORS:",
                f"{INDENT}{document} = _v.json_document({value})",
                "else:",
                f"{INDENT}if {end} != len({value}):",
                f"{INDENT * 2}{document} = _v.json_document({value})",
                *invalid,
            ]
            return lines + self.checks(content, document, '""', depth + 1, mode)
        lines = [f"{document} = _v.json_document({value})", *invalid]
        checks = self.checks(content, document, '""', depth + 1, mode, inner)
        if checks:
            lines += [
                "else:",
                f"{INDENT}{inner}: list[Violation] = []",
                *_indent(checks),
                f"{INDENT}{sink}.extend(_v.inside_json({path}, {inner}))",
            ]
        return lines


# Conditions true when a value is not of the kind; bool is an int in Python, not in JSON.
_TYPE_TESTS: dict[str, tuple[str, str]] = {
    "string": ("not isinstance({v}, str)", "string"),
    "integer": (
        "isinstance({v}, bool) or not (isinstance({v}, int)"
        " or (isinstance({v}, float) and {v}.is_integer()))",
        "integer",
    ),
    "number": (
        "isinstance({v}, bool) or not isinstance({v}, (int, float))",
        "number",
    ),
    "boolean": ("not isinstance({v}, bool)", "boolean"),
    "object": ("not isinstance({v}, dict)", "object"),
    "map": ("not isinstance({v}, dict)", "object"),
    "array": ("not isinstance({v}, list)", "array"),
}


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class RootValidator:
    """``validate_request`` / ``is_valid_request`` (or ``_response``): the public API."""

    part: str
    valid_function: str
    check_function: str


def plan_validators(
    request: Shape, response: Shape
) -> tuple[list[CheckFunction], dict[str, str], list[RootValidator]]:
    """Check functions (nested first) and constants for one operation's two shapes."""
    planner = _Planner()
    roots = [
        RootValidator(
            part,
            planner.structure(shape, FAST),
            planner.structure(shape, REPORT),
        )
        for part, shape in (("request", request), ("response", response))
    ]
    functions = list(planner.functions.values())
    return functions, dict(sorted(planner.constants.items())), roots
