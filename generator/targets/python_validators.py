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

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from . import layout
from ..filters import py_literal, py_str
from ..model import Shape
from ..sent_shapes import stricter_when_sent

INDENT = "    "
# A check function's statements start one level in.
BODY_INDENT = 4


@dataclass(frozen=True)
class _Laid:
    """A statement laid out once its indentation is known (``prefix`` is what
    enclosing blocks add; ``lay(indent)`` gives its lines at ``indent`` columns)."""

    lay: Callable[[int], list[str]]
    prefix: str = ""
    condition: str | None = None  # of an ``if`` statement


_Line = str | _Laid


def _expand(lines: Sequence[_Line], indent: int = BODY_INDENT) -> tuple[str, ...]:
    out: list[str] = []
    for line in lines:
        if isinstance(line, str):
            out.append(line)
        else:
            width = indent + len(line.prefix)
            out.extend(line.prefix + text for text in line.lay(width))
    return tuple(out)


def _statement_call(function: str, arguments: Sequence[str]) -> _Laid:
    """``function(arguments)`` as a statement."""
    return _Laid(
        lambda indent: layout.call(f"{function}(", arguments, ")", indent=indent)
    )


def _append(sink: str, function: str, arguments: Sequence[str]) -> _Laid:
    """``sink.append(function(arguments))``, split first at ``append``'s brackets."""

    def lay(indent: int) -> list[str]:
        inner = layout.call(f"{function}(", arguments, ")", indent=indent + 4)
        line = f"{sink}.append({inner[0]})"
        if len(inner) == 1 and layout.fits(line, indent):
            return [line]
        return [f"{sink}.append(", *layout.indented(inner), ")"]

    return _Laid(lay)


def _assign_call(target: str, function: str, arguments: Sequence[str]) -> _Laid:
    """``target = function(arguments)``, split at the call's brackets when too long."""
    return _Laid(
        lambda indent: layout.assign_call(target, function, arguments, indent=indent)
    )


def _if(condition: str) -> _Laid:
    """``if condition:`` for a condition with at most one ``and`` or ``or`` that ends
    in a call: black splits inside the call's brackets when the line up to them fits,
    else it wraps the condition in parentheses."""

    def lay(indent: int) -> list[str]:
        line = f"if {condition}:"
        if layout.fits(line, indent):
            return [line]
        opening = condition.rfind("(")
        operators = len(layout.split_top_level(condition, " and ")) + len(
            layout.split_top_level(condition, " or ")
        )
        if (
            operators <= 3
            and condition.endswith(")")
            and ")" not in condition[opening:-1]
        ):
            head = f"if {condition[: opening + 1]}"
            if layout.fits(head, indent):
                return [head, INDENT + condition[opening + 1 : -1], "):"]
        inner = layout.operands(condition, indent=indent + 4)
        return ["if (", *layout.indented(inner), "):"]

    return _Laid(lay, condition=condition)


def _if_not_any(operands: Sequence[str]) -> _Laid:
    """``if not (a or b):``"""

    def lay(indent: int) -> list[str]:
        inner = " or ".join(operands)
        line = f"if not ({inner}):"
        if layout.fits(line, indent):
            return [line]
        if layout.fits(inner, indent + 4):
            return ["if not (", INDENT + inner, "):"]
        first, *rest = operands
        return ["if not (", INDENT + first, *(f"{INDENT}or {o}" for o in rest), "):"]

    return _Laid(lay)


@dataclass(frozen=True)
class CheckFunction:
    """``def {name}(data) -> bool`` (fast) or ``def {name}(data, path, out)``."""

    name: str
    shape: Shape
    lines: tuple[str, ...]
    fast: bool
    returns: str = "bool"  # of a fast function (a union's count is an int)

    @property
    def signature(self) -> list[str]:
        if self.fast:
            return layout.signature(self.name, ["data: Any"], self.returns)
        parameters = ["data: Any", "path: str", "out: list[Violation]"]
        return layout.signature(self.name, parameters, "None")


@dataclass(frozen=True)
class _Mode:
    """How a broken rule is acted on: return False at once, or record a Violation."""

    fast: bool
    # Checking a request: nested objects refuse undeclared members (see sent_shapes).
    sending: bool = False

    def function(self, shape: Shape, request_root: Shape | None) -> str:
        """The check function's name; a shape that is stricter in a request than in a
        response gets a request-only one (the request's own root is only ever sent)."""
        assert shape.class_name is not None
        kind = "valid" if self.fast else "check"
        if self.sending and shape is not request_root and stricter_when_sent(shape):
            return f"_{kind}_sent_{shape.class_name}"
        return f"_{kind}_{shape.class_name}"

    def reject(self, path: str, message: str, sink: str) -> _Line:
        if self.fast:
            return "return False"
        return _append(sink, "Violation", [path, message])

    def reject_kind(self, path: str, expected: str, value: str, sink: str) -> _Line:
        """A value of the wrong JSON type."""
        if self.fast:
            return "return False"
        return _append(sink, "_v.kind_violation", [path, py_str(expected), value])


FAST = _Mode(fast=True)
REPORT = _Mode(fast=False)
FAST_SENT = _Mode(fast=True, sending=True)
REPORT_SENT = _Mode(fast=False, sending=True)


def _indent(lines: Sequence[_Line], depth: int = 1) -> list[_Line]:
    pad = INDENT * depth
    return [
        pad + line if isinstance(line, str) else replace(line, prefix=pad + line.prefix)
        for line in lines
    ]


class _Planner:
    def __init__(self, request_root: Shape | None = None) -> None:
        # The request's own parameters: checked as the spec says, not closed (the
        # client's keyword arguments and the server's parameter reader name them).
        self.request_root = request_root
        self.functions: dict[str, CheckFunction] = {}
        self.constants: dict[str, str] = {}
        self._counter = 0
        # Functions whose bodies are being planned, and structures being inlined: a
        # recursive shape met again calls its function instead of growing forever.
        self._planning: set[str] = set()
        self._inlining: list[int] = []

    def constant(self, prefix: str, expression: str) -> str:
        for name, existing in self.constants.items():
            if existing == expression and name.startswith(prefix):
                return name
        self._counter += 1
        name = f"{prefix}{self._counter}"
        self.constants[name] = expression
        return name

    def structure(self, shape: Shape, mode: _Mode) -> str:
        name = mode.function(shape, self.request_root)
        if name not in self.functions and name not in self._planning:
            self._planning.add(name)
            self._inlining.append(id(shape))
            body = _expand(self._object_body(shape, mode))
            self._inlining.pop()
            self._planning.discard(name)
            # Nested functions were added while planning the body: they come first.
            self.functions[name] = CheckFunction(name, shape, body, mode.fast)
        return name

    def _object_body(
        self, shape: Shape, mode: _Mode, data: str = "data", depth: int = 0
    ) -> list[_Line]:
        """Checks of an object held in variable ``data``; ``depth`` > 0 when the body
        is inlined into an enclosing fast function (its variables then get suffixes)."""
        here = 'path or "/"'
        suffix = str(depth) if depth else ""
        value, key_var = f"value{suffix}", f"key{suffix}"
        lines: list[_Line] = [
            f"if not isinstance({data}, dict):",
            *_indent([mode.reject_kind(here, "object", data, "out")]),
        ]
        if not mode.fast:
            lines.append(INDENT + "return")
        for member in shape.members:
            key = py_str(member.wire_name)
            member_path = f"path + {py_str('/' + _escape(member.wire_name))}"
            if not mode.sending and member.write_only:
                continue  # answers are not read for it
            if mode.sending and member.read_only:
                # Answers carry it; a request may not.
                refused = mode.reject(
                    member_path, py_str("is read-only: only answers carry it"), "out"
                )
                lines += [f"if {key} in {data}:", *_indent([refused])]
                continue
            lines.append(_assign_call(value, f"{data}.get", [key, "_MISSING"]))
            body = self.checks(
                member.shape, value, member_path, depth, mode, secret=member.secret
            )
            present = f"{value} is not _MISSING"
            if member.nullable:
                present += f" and {value} is not None"
            first = body[0] if body else None
            if (
                len(body) == 2
                and isinstance(first, _Laid)
                and first.condition is not None
                and not member.required
            ):
                # A type test alone: one ``if`` for presence and type.
                lines.append(_if(f"{present} and {first.condition}"))
                lines.append(body[1])
                continue
            lines.append(f"if {value} is not _MISSING:")
            if member.nullable and body:
                lines.append(f"{INDENT}if {value} is not None:")
                lines.extend(_indent(body, 2))
            else:
                lines.extend(_indent(body or ["pass"]))
            if member.required:
                missing = "required member " + repr(member.wire_name) + " is missing"
                lines.append("else:")
                lines.extend(_indent([mode.reject(here, py_str(missing), "out")]))
        closed = not shape.additional_members or (
            mode.sending and shape.closed_when_sent and shape is not self.request_root
        )
        if closed:
            known = self.constant(
                "_KNOWN",
                "frozenset({"
                + ", ".join(py_str(m.wire_name) for m in shape.members)
                + "})",
            )
            undeclared = mode.reject(
                f'path + "/" + _v.escape({key_var})',
                f"_v.undeclared_message({key_var}, {known})",
                "out",
            )
            lines += [
                f"for {key_var} in {data}:",
                f"{INDENT}if {key_var} not in {known}:",
                *_indent([undeclared], 2),
            ]
        groups = shape.constraints.any_of_required
        if groups:
            operands = [
                " and ".join(f"{py_str(name)} in {data}" for name in group)
                for group in groups
            ]
            wanted = " or ".join("+".join(group) for group in groups)
            lines += [
                _if_not_any(
                    [
                        f"({operand})" if len(group) > 1 else operand
                        for operand, group in zip(operands, groups)
                    ]
                ),
                *_indent([mode.reject(here, py_str("must contain " + wanted), "out")]),
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
        secret: bool = False,
    ) -> list[_Line]:
        """Statements acting on each rule ``value`` breaks (see ``_Mode``).

        ``path`` is an expression for the value's JSON pointer; fast functions never
        evaluate it. The messages of a ``secret`` member never quote its value.
        """
        kind = shape.kind
        if kind == "any":
            return []
        if kind == "union":
            return self._union(shape, value, path, mode, sink)
        if kind == "object" and shape.class_name:
            if mode.fast and id(shape) in self._inlining:
                # A recursive shape: its own function, called at each level.
                called = self.structure(shape, mode)
                return [f"if not {called}({value}):", f"{INDENT}return False"]
            if mode.fast:
                # Inlined: a call per nested object costs more than its checks.
                self._inlining.append(id(shape))
                inlined = self._object_body(shape, mode, value, depth + 1)
                self._inlining.pop()
                return inlined
            return [_statement_call(self.structure(shape, mode), [value, path, sink])]
        if kind == "string" and shape.format == "binary":
            # A file to upload: a path to a file, a binary file object, or bytes.
            problem = f"_files.file_problem({value})"
            return [
                _if(f"{problem} is not None"),
                *_indent([mode.reject(path, f"str({problem})", sink)]),
            ]
        test, expected = _TYPE_TESTS[kind]
        lines: list[_Line] = [
            _if(test.format(v=value)),
            *_indent([mode.reject_kind(path, expected, value, sink)]),
        ]
        facets = self._facets(shape, value, path, depth, mode, sink, secret)
        if facets and mode.fast:
            # The rejection returned: the other rules follow at the same level.
            lines.extend(facets)
        elif facets:
            lines.append("else:")
            lines.extend(_indent(facets))
        return lines

    def variant_fits(self, union: Shape, index: int, sending: bool = False) -> str:
        """A fast function: whether a value fits variant ``index`` of ``union``."""
        fast = FAST_SENT if sending else FAST
        variant = union.variants[index]
        if variant.is_structure:
            return self.structure(variant, fast)
        assert union.union_name is not None
        infix = "_sent" if sending else ""
        name = f"_fits{infix}_{union.union_name}_{index}"
        if name not in self.functions:
            body = _expand(
                [*self.checks(variant, "data", '""', 0, fast), "return True"]
            )
            self.functions[name] = CheckFunction(name, variant, body, True)
        return name

    def _union_count(self, union: Shape, sending: bool) -> str:
        """A fast function: how many variants a value fits; "any" unions stop at the
        first, "one" unions at the second (more is as wrong as two)."""
        assert union.union_name is not None
        infix = "_sent" if sending else ""
        name = f"_count{infix}_{union.union_name}"
        if name in self.functions:
            return name
        enough = 1 if union.match == "any" else 2
        lines = ["count = 0"]
        for index in range(len(union.variants)):
            fits = self.variant_fits(union, index, sending)
            lines += [f"if {fits}(data):", f"{INDENT}count += 1"]
            if index:
                lines += [f"{INDENT}if count == {enough}:", f"{INDENT * 2}return count"]
            elif enough == 1:
                lines += [f"{INDENT}return count"]
        lines.append("return count")
        self.functions[name] = CheckFunction(
            name, union, tuple(lines), True, returns="int"
        )
        return name

    def _union(
        self, shape: Shape, value: str, path: str, mode: _Mode, sink: str
    ) -> list[_Line]:
        """A union's value fits exactly one variant ("one") or at least one ("any")."""
        count = f"{self._union_count(shape, mode.sending)}({value})"
        wrong = f"{count} != 1" if shape.match == "one" else f"not {count}"
        message = f"_v.union_message({count}, {len(shape.variants)})"
        if mode.fast or shape.discriminator is None:
            return [f"if {wrong}:", *_indent([mode.reject(path, message, sink)])]
        # Reported as the variant the discriminator names, when it names one (its own
        # rules say what is wrong); else, or when that finds nothing, as the union.
        self._counter += 1
        mark = f"mark{self._counter}"
        tag = f"{value}.get({py_str(shape.discriminator)})"
        lines: list[_Line] = [f"{mark} = len({sink})"]
        for number, (name, index) in enumerate(shape.mapping):
            variant = shape.variants[index]
            if not variant.is_structure:
                continue
            keyword = "if" if number == 0 else "elif"
            lines += [
                f"{keyword} isinstance({value}, dict) and {tag} == {py_str(name)}:",
                *_indent(
                    [
                        _statement_call(
                            self.structure(variant, mode), [value, path, sink]
                        )
                    ]
                ),
            ]
        lines += [
            f"if len({sink}) == {mark}:",
            *_indent([mode.reject(path, message, sink)]),
        ]
        return [f"if {wrong}:", *_indent(lines)]

    def _facets(
        self,
        shape: Shape,
        value: str,
        path: str,
        depth: int,
        mode: _Mode,
        sink: str,
        secret: bool = False,
    ) -> list[_Line]:
        rules = shape.constraints
        lines: list[_Line] = []
        # How a message starts: the value itself, unless it is a secret.
        quoted = '"the value ' if secret else f'f"{{{value}!r}} '

        def rule(condition: str, message: str) -> None:
            lines.append(f"if {condition}:")
            lines.extend(_indent([mode.reject(path, message, sink)]))

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
                f'{quoted}is not one of " + {shown}',
            )
        if shape.kind == "string":
            self._string_facets(shape, value, mode, rule, secret)
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
                        f'{quoted}is {words} {bound!r}"',
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
        self,
        shape: Shape,
        value: str,
        mode: _Mode,
        rule: Callable[[str, str], None],
        secret: bool = False,
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
                "_PATTERN", f"_v.pattern_search({py_str(rules.pattern)})"
            )
            rule(
                f"{compiled}({value}) is None",
                f"{py_str('does not match pattern ' + rules.pattern)}",
            )
        if shape.format == "date-time":
            shown = '"the value' if secret else f'f"{{{value}[:40]!r}}'
            message = f'{shown} is not a date-time like 2020-10-15T03:30:03Z"'
            if mode.fast:
                # Inlined on the hot path: the pattern, then the day in its month.
                rule(f"_DATE_TIME({value}) is None", message)
                rule(f'{value}[8:10] > "28" and not _v.day_exists({value})', message)
            else:
                rule(f"not _v.is_date_time({value})", message)

    def _json_content(
        self,
        content: Shape,
        value: str,
        path: str,
        depth: int,
        mode: _Mode,
        sink: str,
    ) -> list[_Line]:
        """A JSON-in-string member: the text must parse, and its document must fit.

        Problems inside the document are reported at the member, with the pointer into
        the document in the message (the document is not part of the wire tree).
        """
        self._counter += 1
        document, inner = f"document{self._counter}", f"inner{self._counter}"
        invalid: list[_Line] = [
            f"if {document} is _INVALID:",
            *_indent([mode.reject(path, '"does not hold valid JSON text"', sink)]),
        ]
        if mode.fast:
            # The scanner called in place; text with blanks around the document, or
            # no document, takes the full route through json_document.
            end = f"end{self._counter}"
            lines: list[_Line] = [
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
                *_indent(
                    [
                        _statement_call(
                            f"{sink}.extend", [f"_v.inside_json({path}, {inner})"]
                        )
                    ]
                ),
            ]
        return lines


class _Reports:
    """The report table (see the runtime's ``validation.Report``): every rule of the
    structures a report checks, as data, named as the reporting functions would be
    (``X``, or ``sent_X`` for a shape stricter in a request). Union counts are the
    planner's fast functions, which the table names."""

    def __init__(self, planner: _Planner) -> None:
        self.planner = planner
        self.structures: dict[str, dict[str, Any]] = {}

    def structure(self, shape: Shape, sending: bool) -> str:
        mode = REPORT_SENT if sending else REPORT
        name = mode.function(shape, self.planner.request_root)[len("_check_") :]
        if name in self.structures:
            return name
        rules: dict[str, Any] = {}
        self.structures[name] = rules  # before the members: a shape may hold itself
        members = []
        for member in shape.members:
            if not sending and member.write_only:
                continue  # answers are not read for it
            entry: dict[str, Any] = {"name": member.wire_name}
            if sending and member.read_only:
                entry["read_only"] = True  # answers carry it; a request may not
            else:
                entry["check"] = self.check(member.shape, sending, member.secret)
                if member.required:
                    entry["required"] = True
                if member.nullable:
                    entry["nullable"] = True
            members.append(entry)
        rules["members"] = members
        if not shape.additional_members or (
            sending
            and shape.closed_when_sent
            and shape is not self.planner.request_root
        ):
            rules["known"] = [member.wire_name for member in shape.members]
        if shape.constraints.any_of_required:
            rules["any_of"] = [
                list(group) for group in shape.constraints.any_of_required
            ]
        return name

    def check(
        self, shape: Shape, sending: bool, secret: bool = False
    ) -> dict[str, Any]:
        """The rules of one value; the messages of a ``secret`` one never quote it."""
        kind = shape.kind
        if kind == "any":
            return {}
        if kind == "union":
            return self._union(shape, sending)
        if kind == "object" and shape.class_name:
            return {"struct": self.structure(shape, sending)}
        if kind == "string" and shape.format == "binary":
            return {"file": True}
        check: dict[str, Any] = {"type": kind}
        if secret:
            check["secret"] = True
        rules = shape.constraints
        if shape.enum:
            check["enum"] = [value.value for value in shape.enum]
            check["enum_text"] = ", ".join(str(value.value) for value in shape.enum)
        if kind == "string":
            for limit in ("min_length", "max_length", "max_bytes", "pattern"):
                if getattr(rules, limit) is not None:
                    check[limit] = getattr(rules, limit)
            if shape.format == "date-time":
                check["date_time"] = True
            if shape.json_content is not None:
                check["json"] = self.check(shape.json_content, sending)
        elif kind in ("integer", "number"):
            for limit in (
                "minimum",
                "maximum",
                "exclusive_minimum",
                "exclusive_maximum",
            ):
                if getattr(rules, limit) is not None:
                    check[limit] = getattr(rules, limit)
        elif kind == "array":
            if rules.min_items is not None:
                check["min_items"] = rules.min_items
            if rules.max_items is not None:
                check["max_items"] = rules.max_items
            if rules.unique_items:
                check["unique"] = True
            assert shape.items is not None
            check["items"] = self.check(shape.items, sending)
        elif kind == "map":
            assert shape.values is not None
            check["values"] = self.check(shape.values, sending)
        return check

    def _union(self, shape: Shape, sending: bool) -> dict[str, Any]:
        check: dict[str, Any] = {
            "union": self.planner._union_count(shape, sending),
            "variants": len(shape.variants),
            "one": shape.match == "one",
        }
        if shape.discriminator is not None:
            check["tag"] = shape.discriminator
            check["mapping"] = [
                [name, self.structure(shape.variants[index], sending)]
                for name, index in shape.mapping
                if shape.variants[index].is_structure
            ]
        return check

    def lines(self) -> list[str]:
        """The table as a Python literal: JSON text, a line for each structure and
        member, in pieces the parser joins (black reads a string as one token, however
        much it holds)."""
        text = []
        for number, (name, rules) in enumerate(self.structures.items()):
            members = rules["members"]
            head = "{" if number == 0 else " "
            text.append(f'{head}{_json(name)}:{{"members":[')
            for index, member in enumerate(members):
                comma = "," if index < len(members) - 1 else ""
                text.append(f"  {_json(member)}{comma}")
            rest = "".join(
                f",{_json(key)}:{_json(value)}"
                for key, value in rules.items()
                if key != "members"
            )
            end = "}" if number == len(self.structures) - 1 else ","
            text.append(f" ]{rest}}}{end}")
        if not text:
            text.append("{}")
        lines = [line + "\n" for line in text[:-1]] + text[-1:]
        return [py_str(line) for line in lines]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# Conditions true when a value is not of the kind; bool is an int in Python, not in
# JSON. The exact class is tested first: it is the common case, and the cheapest test.
_TYPE_TESTS: dict[str, tuple[str, str]] = {
    "string": ("not isinstance({v}, str)", "string"),
    "integer": (
        "{v}.__class__ is not int and not _v.is_integer({v})",
        "integer",
    ),
    "number": (
        "{v}.__class__ not in _NUMBERS and not _v.is_number({v})",
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
    check_function: str  # an expression: the report of the root's table entry


@dataclass(frozen=True)
class ValidatorPlan:
    """One operation's validators: fast functions (nested first), their constants,
    the report table's lines, and the roots."""

    functions: list[CheckFunction]
    constants: dict[str, tuple[str, ...]]
    report: list[str]
    roots: list[RootValidator]


def plan_validators(request: Shape, response: Shape) -> ValidatorPlan:
    """Fast check functions, constants and the report table for one operation's two
    shapes."""
    planner = _Planner(request_root=request)
    reports = _Reports(planner)
    roots = [
        RootValidator(
            part,
            planner.structure(shape, FAST_SENT if sending else FAST),
            f"_REPORT.check({py_str(reports.structure(shape, sending))})",
        )
        for part, shape, sending in (
            ("request", request, True),
            ("response", response, False),
        )
    ]
    functions = list(planner.functions.values())
    constants = {
        name: tuple(_constant_lines(name, expression))
        for name, expression in sorted(planner.constants.items())
    }
    return ValidatorPlan(functions, constants, reports.lines(), roots)


def _constant_lines(name: str, expression: str) -> list[str]:
    """``name = frozenset({...})`` or ``name = _v.pattern_search(...)``, laid out."""
    line = f"{name} = {expression}"
    if layout.fits(line):
        return [line]
    if expression.startswith("frozenset({"):
        items = layout.split_top_level(expression[len("frozenset({") : -2], ", ")
        inner = layout.collection("{", items, "}", indent=len(INDENT))
        return [f"{name} = frozenset(", *layout.indented(inner), ")"]
    if expression.startswith("_v.pattern_search(") and expression.endswith(")"):
        pattern = expression[len("_v.pattern_search(") : -len(")")]
        return [f"{name} = _v.pattern_search(", INDENT + pattern, ")"]
    return [line]
