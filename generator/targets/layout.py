"""Lines of generated Python laid out the way black lays them out.

Black formats every generated file, and it is most of the generator's time: a file it
changes is formatted twice (black's forced second pass), and each long line it has to
split costs it several attempts. So planners emit statements in black's shape already:
on one line when the line fits in ``LINE_LENGTH`` columns, otherwise split the way black
splits that kind of statement. Black still runs on every file, so a wrong guess costs
time, never correctness.

Every function returns lines relative to the statement's own indentation (``indent``
columns, which the caller's template adds): the first line without it, continuation
lines with their extra ``INDENT``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from ..filters import py_literal, py_str
from ..formatting import LINE_LENGTH

INDENT = "    "


def width(text: str) -> int:
    """Columns ``text`` takes as black counts them (East Asian wide characters: two)."""
    if text.isascii():
        return len(text)
    total = 0
    for character in text:
        if unicodedata.combining(character):
            continue
        total += 2 if unicodedata.east_asian_width(character) in "WF" else 1
    return total


def fits(line: str, indent: int = 0) -> bool:
    """Whether ``line``, indented by ``indent`` columns, stays within the line length."""
    return indent + width(line) <= LINE_LENGTH


def collection(
    head: str,
    items: Sequence[str],
    tail: str,
    *,
    indent: int = 0,
    one_tuple: bool = False,
) -> list[str]:
    """A collection literal ``head items tail`` (``head`` ends with its opening bracket,
    ``tail`` starts with the closing one): on one line when it fits, else one item a
    line with a trailing comma. ``one_tuple`` marks a tuple, whose single item keeps
    its comma on one line."""
    joined = ", ".join(items)
    if one_tuple and len(items) == 1:
        joined += ","
    line = f"{head}{joined}{tail}"
    if not items or fits(line, indent):
        return [line]
    if len(items) == 1 and not one_tuple:
        # Nothing to split at: the lone item keeps its line, with no comma added.
        return [head, INDENT + items[0], tail]
    return [head, *(f"{INDENT}{item}," for item in items), tail]


def call_of_set(
    head: str, items: Sequence[str], tail: str, *, indent: int = 0
) -> list[str]:
    """``head{items}tail``: a set literal as a call's only argument, on one line when
    it fits, else one item a line with a trailing comma (which black keeps)."""
    line = f"{head}{{{', '.join(items)}}}{tail}"
    if fits(line, indent):
        return [line]
    return [head, *indented(exploded("{", items, "}")), tail]


def tuple_lines(head: str, items: Sequence[str]) -> list[str]:
    """``head(items),`` as an argument of an exploded call: a tuple written with a
    comma after its last item, which black keeps on one line for a single item
    (``("a",)``) and explodes, one item a line, for more."""
    if len(items) == 1:
        return [f"{head}({items[0]},),"]
    return [f"{head}(", *(f"{INDENT}{item}," for item in items), "),"]


def exploded(
    head: str, items: Sequence[str], tail: str, *, indent: int | None = None
) -> list[str]:
    """``head``, one item a line with a trailing comma, ``tail``: the shape black keeps
    for brackets that end in a comma, whatever their length. Given the ``indent``, an
    item still too long is split before its operators (see ``operands``)."""
    lines = [head]
    for item in items:
        if indent is None or fits(f"{item},", indent + len(INDENT)):
            lines.append(f"{INDENT}{item},")
        else:
            lines.extend(indented(operands(f"{item},", indent=indent + len(INDENT))))
    lines.append(tail)
    return lines


# Binary operators black splits before, loosest first (``and`` and ``or`` rank alike;
# ``|`` joins the members of a type hint).
_OPERATORS = ((" or ", " and "), (" | ",), (" + ",))


def operands(expression: str, *, indent: int = 0) -> list[str]:
    """A long expression split before each of its loosest operators, one operand a
    line, as black splits inside brackets; an expression without one is kept."""
    if fits(expression, indent):
        return [expression]
    for operators in _OPERATORS:
        lines = [expression]
        for operator in operators:
            lines = [
                f"{operator.strip()} {part}" if position else part
                for line in lines
                for position, part in enumerate(split_top_level(line, operator))
            ]
        if len(lines) > 1:
            return lines
    return [expression]


def call(
    head: str, arguments: Sequence[str], tail: str, *, indent: int = 0
) -> list[str]:
    """A call or a ``def`` split at its brackets: on one line when it fits, else the
    arguments together on a line of their own, else one a line with a trailing comma.

    ``head`` ends with the opening bracket, ``tail`` starts with the closing one.
    """
    joined = ", ".join(arguments)
    line = f"{head}{joined}{tail}"
    if not arguments or fits(line, indent):
        return [line]
    if fits(joined, indent + len(INDENT)):
        return [head, INDENT + joined, tail]
    if len(arguments) == 1:
        # No comma to split at: split the argument itself, with no comma added.
        inner = operands(joined, indent=indent + len(INDENT))
        return [head, *indented(inner), tail]
    return exploded(head, arguments, tail, indent=indent)


def assign_call(
    target: str,
    function: str,
    arguments: Sequence[str],
    *,
    indent: int = 0,
    operator: str = "=",
) -> list[str]:
    """``target = function(arguments)``; when even ``target = function(`` is too long,
    black wraps the right-hand side in parentheses instead."""
    head = f"{target} {operator} {function}("
    split = call(head, arguments, ")", indent=indent)
    if fits(head, indent):
        return split
    inner = call(f"{function}(", arguments, ")", indent=indent + len(INDENT))
    wrapped = [f"{target} {operator} (", *indented(inner), ")"]
    # Black's second opinion: taken only when every line then fits.
    return wrapped if _all_fit(wrapped, indent) else split


def statement_call(
    keyword: str, function: str, arguments: Sequence[str], *, indent: int = 0
) -> list[str]:
    """``keyword function(arguments)`` (``return f(...)``, ``assert f(...)`` or a bare
    call with an empty ``keyword``), split at the call's brackets when too long."""
    prefix = f"{keyword} " if keyword else ""
    return call(f"{prefix}{function}(", arguments, ")", indent=indent)


def literal(
    value: object, prefix: str = "", suffix: str = "", *, indent: int = 0
) -> list[str]:
    """``prefix`` + a Python literal of JSON-like ``value`` (dicts, lists, tuples,
    scalars) + ``suffix``, exploded level by level as far as needed to fit."""
    flat = f"{prefix}{py_literal(value)}{suffix}"
    if fits(flat, indent):
        return [flat]
    if isinstance(value, dict) and value:
        opening, closing = "{", "}"
        entries = [(f"{py_str(str(key))}: ", item) for key, item in value.items()]
    elif isinstance(value, (list, tuple)) and value:
        opening, closing = ("[", "]") if isinstance(value, list) else ("(", ")")
        entries = [("", item) for item in value]
    else:
        return [flat]  # a scalar black cannot split
    lines = [f"{prefix}{opening}"]
    # A lone item has no comma to split at (a tuple's is not magic): black adds none.
    comma = "," if len(entries) > 1 or opening == "(" else ""
    for key, item in entries:
        inner = literal(item, key, comma, indent=indent + len(INDENT))
        lines.extend(INDENT + line for line in inner)
    lines.append(f"{closing}{suffix}")
    return lines


def indented(lines: Sequence[str], depth: int = 1) -> list[str]:
    """``lines`` moved ``depth`` levels to the right."""
    return [INDENT * depth + line for line in lines]


def split_top_level(text: str, separator: str) -> list[str]:
    """``text`` cut at each ``separator`` outside brackets and string literals."""
    parts: list[str] = []
    depth, start, index, quote = 0, 0, 0, ""
    while index < len(text):
        character = text[index]
        if quote:
            if character == "\\":
                index += 1
            elif character == quote:
                quote = ""
        elif character in "'\"":
            quote = character
        elif character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, index):
            parts.append(text[start:index])
            index += len(separator)
            start = index
            continue
        index += 1
    parts.append(text[start:])
    return parts


def _balanced(text: str) -> bool:
    """Whether ``text`` closes every bracket it opens, and none it did not."""
    depth, quote, escaped = 0, "", False
    for character in text:
        if quote:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == quote:
                quote = ""
        elif character in "'\"":
            quote = character
        elif character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0 and not quote


def _all_fit(lines: Sequence[str], indent: int) -> bool:
    return all(fits(line, indent) for line in lines)


def assign(target: str, value: str, *, indent: int = 0) -> list[str]:
    """``target = value`` with a value black cannot split at brackets of its own: on
    one line, else the value wrapped in parentheses."""
    line = f"{target} = {value}"
    if fits(line, indent):
        return [line]
    if _single_token(value) and not fits(value, indent + len(INDENT)):
        return [line]  # parentheses would not help: black leaves it long
    return [f"{target} = (", INDENT + value, ")"]


def assign_subscript(
    target: str, value: str, key: str, *, indent: int = 0
) -> list[str]:
    """``target = value[key]``: black splits a long one inside the subscript's own
    brackets while ``target = value[`` fits, else wraps it in parentheses."""
    line = f"{target} = {value}[{key}]"
    if fits(line, indent):
        return [line]
    head = f"{target} = {value}["
    if fits(head, indent) and fits(key, indent + len(INDENT)):
        return [head, INDENT + key, "]"]
    return assign(target, f"{value}[{key}]", indent=indent)


def _single_token(value: str) -> bool:
    """A name, a number or one string literal."""
    if value.isidentifier() or value.replace(".", "").isdigit():
        return True
    return value[:1] in ("'", '"') and len(split_top_level(value, " ")) == 1


def assign_expression(target: str, value: str, *, indent: int = 0) -> list[str]:
    """``target = value`` for a name, an attribute or a call ``f(a, b)``."""
    line = f"{target} = {value}"
    if fits(line, indent):
        return [line]
    opening = value.find("(")
    if opening > 0 and value.endswith(")"):
        inside = value[opening + 1 : -1]
        # One call: the brackets after the name hold everything up to the end.
        if _balanced(inside):
            arguments = split_top_level(inside, ", ")
            return assign_call(target, value[:opening], arguments, indent=indent)
    return assign(target, value, indent=indent)


def assign_ternary(
    target: str, value: str, condition: str, other: str, *, indent: int = 0
) -> list[str]:
    """``target = value if condition else other``: black keeps the parentheses a long
    conditional expression gets, and splits inside them before ``if`` and ``else``."""
    expression = f"{value} if {condition} else {other}"
    line = f"{target} = {expression}"
    if fits(line, indent):
        return [line]
    if fits(expression, indent + len(INDENT)):
        return [f"{target} = (", INDENT + expression, ")"]
    return [
        f"{target} = (",
        INDENT + value,
        f"{INDENT}if {condition}",
        f"{INDENT}else {other}",
        ")",
    ]


def annotated(
    name: str, annotation: str, rest: str = "", *, indent: int = 0
) -> list[str]:
    """``name: annotation`` + ``rest`` (`` = None,`` for a parameter): a long union is
    parenthesized and split before each ``|``; a long ``X[...]`` is split inside its
    brackets."""
    line = f"{name}: {annotation}{rest}"
    if fits(line, indent):
        return [line]
    parts = split_top_level(annotation, " | ")
    if len(parts) == 1:
        return _subscript(f"{name}: ", annotation, rest, indent)
    inner_indent = indent + len(INDENT)
    if fits(annotation, inner_indent):
        inner = [annotation]
    else:
        inner = []
        for position, part in enumerate(parts):
            prefix = "| " if position else ""
            if fits(prefix + part, inner_indent):
                inner.append(prefix + part)
            else:
                inner.extend(_subscript(prefix, part, "", inner_indent))
    return [f"{name}: (", *indented(inner), f"){rest}"]


def _subscript(prefix: str, annotation: str, rest: str, indent: int = 0) -> list[str]:
    """``X[inner]`` split inside its brackets; an ``inner`` union still too long at
    ``indent`` plus one level is split before each ``|``, as black does."""
    opening = annotation.find("[")
    if opening < 0 or not annotation.endswith("]"):
        return [f"{prefix}{annotation}{rest}"]
    inner = annotation[opening + 1 : -1]
    inner_indent = indent + len(INDENT)
    lines = [inner]
    items = split_top_level(inner, ", ")
    if fits(inner, inner_indent):
        pass
    elif len(items) > 1:
        # Black explodes the items (``Literal[...]`` of many values), a comma after each.
        lines = [f"{item}," for item in items]
    elif len(split_top_level(inner, " | ")) > 1:
        lines = []
        for position, part in enumerate(split_top_level(inner, " | ")):
            start = "| " if position else ""
            if fits(start + part, inner_indent):
                lines.append(start + part)
            else:
                lines.extend(_subscript(start, part, "", inner_indent))
    return [
        f"{prefix}{annotation[: opening + 1]}",
        *(INDENT + line for line in lines),
        f"]{rest}",
    ]


def signature(
    name: str, parameters: Sequence[str], returns: str, *, indent: int = 0
) -> list[str]:
    """``def name(parameters) -> returns:`` split as black splits a ``def``: the
    parameters together on their own line, else one a line; a return annotation that
    still does not fit goes inside parentheses of its own."""
    head = f"def {name}("
    tail = f") -> {returns}:"
    lines = call(head, parameters, tail, indent=indent)
    if len(lines) == 3 and len(parameters) == 1:
        # Black gives a lone parameter a trailing comma, which keeps it exploded.
        lines = exploded(head, parameters, tail)
    if len(lines) > 3 or (len(lines) == 3 and lines[1].endswith(",")):
        # One parameter a line: a type hint too long for its line is split too.
        inner = []
        for parameter in parameters:
            name, colon, hint = parameter.partition(": ")
            if fits(f"{parameter},", indent + len(INDENT)):
                inner.append(f"{INDENT}{parameter},")
            elif colon and name.isidentifier() and " = " not in hint:
                split = type_hint_lines(f"{name}: ", hint, ",", indent=indent + 4)
                inner.extend(indented(split))
            else:
                inner.extend(
                    indented(operands(f"{parameter},", indent=indent + len(INDENT)))
                )
        lines = [head, *inner, tail]
    lines[-1:] = returns_lines(returns, indent=indent) if len(lines) > 1 else lines[-1:]
    return lines


def returns_lines(returns: str, *, indent: int = 0) -> list[str]:
    """The ``) -> returns:`` line closing a split ``def``."""
    line = f") -> {returns}:"
    if fits(line, indent):
        return [line]
    return type_hint_lines(") -> ", returns, ":", indent=indent)


def type_hint_lines(head: str, hint: str, tail: str, *, indent: int = 0) -> list[str]:
    """``head hint tail`` for a type hint too long for its line, as black splits it: a
    hint ending in a subscript of one item (``list[X]``) at that subscript's
    brackets, any other inside parentheses of its own, before its ``|`` if still too
    long."""
    opening = _trailing_bracket(hint)
    if (
        opening > 0
        and hint[opening] == "["
        and len(split_top_level(hint, " | ")) == 1
        and len(split_top_level(hint[opening + 1 : -1], ", ")) == 1
    ):
        inner = hint[opening + 1 : -1]
        return [head + hint[: opening + 1], INDENT + inner, "]" + tail]
    if len(split_top_level(hint, " | ")) == 1 and not fits(INDENT + hint, indent):
        return [head + hint + tail]  # parentheses would not make it fit
    inner_lines = operands(hint, indent=indent + len(INDENT))
    return [head + "(", *indented(inner_lines), ")" + tail]


def class_header(name: str, bases: Sequence[str], *, indent: int = 0) -> list[str]:
    """``class name(bases):``, its bases on a line of their own when too long."""
    return call(f"class {name}(", bases, "):", indent=indent)


def _trailing_bracket(expression: str) -> int:
    """Where the bracket pair that ends ``expression`` opens (a call, a subscript or a
    collection literal), or -1 when it does not end in one."""
    if not expression or expression[-1] not in ")]}":
        return -1
    for opening in range(len(expression) - 1, -1, -1):
        if expression[opening] in "([{" and _balanced(expression[opening:]):
            return opening
    return -1


def assert_compare(
    left: str, operator: str, right: str, *, indent: int = 0
) -> list[str]:
    """``assert left operator right``. Black splits inside brackets that end the
    comparison when the line up to them fits; otherwise it parenthesizes the
    comparison and, if still too long, puts the operator on the next line."""
    line = f"assert {left} {operator} {right}"
    if fits(line, indent):
        return [line]
    opening = _trailing_bracket(right)
    if opening >= 0 and right[opening - 1 : opening] != " ":
        head = f"assert {left} {operator} {right[: opening + 1]}"
        other_brackets = any(bracket in left for bracket in "([{")
        body_head = head[len("assert ") :]
        if (other_brackets or fits(body_head, indent + len(INDENT))) and fits(
            head, indent
        ):
            inside = right[opening + 1 : -1]
            closing = right[-1]
            if right[opening] == "(" and opening > 0:
                items = split_top_level(inside, ", ")
                return call(head, items, closing, indent=indent)
            return collection(
                head, split_top_level(inside, ", "), closing, indent=indent
            )
    comparison = f"{left} {operator} {right}"
    if fits(comparison, indent + len(INDENT)):
        return ["assert (", INDENT + comparison, ")"]
    return ["assert (", INDENT + left, f"{INDENT}{operator} {right}", ")"]


def import_from(module: str, names: Sequence[str], *, indent: int = 0) -> list[str]:
    """``from module import names``; black puts a long import one name a line."""
    line = f"from {module} import {', '.join(names)}"
    if fits(line, indent):
        return [line]
    return exploded(f"from {module} import (", names, ")")


def py_lines(value: object, prefix: str, suffix: str, indent: int) -> str:
    """Template filter: ``prefix`` + the literal of ``value`` + ``suffix`` as black lays
    it out at ``indent`` columns (see ``literal``), continuation lines indented."""
    return ("\n" + " " * indent).join(literal(value, prefix, suffix, indent=indent))


def py_tuple_exploded(
    values: Sequence[object], prefix: str, suffix: str, indent: int
) -> str:
    """Template filter: a tuple black keeps one item a line whatever its length, as it
    does a bracket ending in a comma; a tuple of one item has no such comma (its comma
    is the tuple's), so it is laid out as any literal."""
    if len(values) < 2:
        return py_lines(tuple(values), prefix, suffix, indent)
    items = [py_literal(value) for value in values]
    lines = exploded(f"{prefix}(", items, f"){suffix}", indent=indent)
    return ("\n" + " " * indent).join(lines)


def py_call(arguments: Sequence[str], head: str, tail: str, indent: int) -> str:
    """Template filter: ``head`` + ``arguments`` + ``tail`` (``with f(`` ... ``) as x:``)
    as black lays the call out at ``indent`` columns (see ``call``)."""
    return ("\n" + " " * indent).join(call(head, arguments, tail, indent=indent))


def py_assign_call(
    arguments: Sequence[str], target: str, function: str, indent: int
) -> str:
    """Template filter: ``target = function(arguments)`` as black lays it out."""
    lines = assign_call(target, function, arguments, indent=indent)
    return ("\n" + " " * indent).join(lines)


def call_of_literal(
    head: str, value: object, tail: str, *, indent: int = 0
) -> list[str]:
    """``head`` + the literal of ``value`` as a call's only argument + ``tail``: on one
    line when it fits, else the literal on lines of its own, as black splits it."""
    flat = f"{head}{py_literal(value)}{tail}"
    if fits(flat, indent):
        return [flat]
    inner = literal(value, indent=indent + len(INDENT))
    return [head, *indented(inner), tail]


FILTERS = {
    "py_lines": py_lines,
    "py_tuple_exploded": py_tuple_exploded,
    "py_call": py_call,
    "py_assign_call": py_assign_call,
}
