"""Small helpers the generated validators call; each rule means what JSON Schema says."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from .errors import Violation
from .model import escape, kind

__all__ = [
    "DATE_TIME",
    "INVALID",
    "JSON_ERRORS",
    "MISSING",
    "NUMBERS",
    "Report",
    "SCAN_JSON",
    "TOO_DEEP",
    "all_violations",
    "day_exists",
    "escape",
    "fits",
    "has_duplicates",
    "inside_json",
    "is_date_time",
    "is_integer",
    "is_number",
    "json_document",
    "kind_message",
    "kind_violation",
    "pattern_search",
    "undeclared_message",
    "union_message",
    "utf8_length",
]

# Why data nested past what a check can follow is refused.
TOO_DEEP = "nests arrays or objects deeper than a validator may follow"

MISSING: Any = object()
INVALID: Any = object()

# RFC 3339 section 5.6 ``date-time`` with its ranges (year 0000 does not exist; the day
# is checked against its month only past the 28th). ASCII digits only, and ``\Z``
# rather than ``$``, which would also accept a trailing newline.
DATE_TIME = re.compile(
    r"(?!0000)\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"[Tt](?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?"
    r"(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)\Z",
    re.ASCII,
).match
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# JSON's whitespace, allowed around a document.
_BLANKS = " \t\n\r"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# One decoder for every call (json.loads with options builds a new one each time).
# SCAN_JSON(text, index) -> (document, end) decodes one value starting at ``index``.
# (typeshed does not declare the attribute, hence getattr).
SCAN_JSON: Callable[[str, int], tuple[Any, int]] = getattr(
    json.JSONDecoder(parse_constant=_refuse_constant), "scan_once"
)
JSON_ERRORS = (StopIteration, ValueError, RecursionError)


# The exact classes of JSON numbers: generated checks test these first.
NUMBERS = frozenset({int, float})


def union_message(fitting: int, variants: int) -> str:
    """Why a union's value is refused: it fits none of its variants, or (``oneOf``)
    more than one."""
    if not fitting:
        return f"fits none of the {variants} variants"
    return f"fits {fitting} of the {variants} variants, and exactly one is allowed"


def all_violations(
    valid: Callable[[Any], bool], check: Callable[[Any, str, list[Violation]], None]
) -> Callable[[Any], list[Violation]]:
    """A generated module's ``validate_*``: every violation, empty when valid.

    ``valid`` answers first at full speed; ``check``, which builds paths and messages,
    runs only when that answer is no. One definition here instead of one per module."""

    def validate(data: Any) -> list[Violation]:
        """Every violation of the rules; empty when valid."""
        try:
            if valid(data):
                return []
            out: list[Violation] = []
            check(data, "", out)
        except RecursionError:  # recursive shapes check a level per call
            return [Violation("/", TOO_DEEP)]
        return out

    return validate


def fits(valid: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """A generated module's ``is_valid_*``: ``valid``, with data nested deeper than
    the recursive checks can follow answered no instead of raising RecursionError."""

    def is_valid(data: Any) -> bool:
        """Whether ``data`` keeps every rule (faster than asking for violations)."""
        try:
            return valid(data)
        except RecursionError:
            return False

    return is_valid


def kind_message(expected: str, value: object) -> str:
    return f"expected {expected}, got {kind(value)}"


def kind_violation(path: str, expected: str, value: object) -> Violation:
    """A value of the wrong JSON type at ``path``."""
    return Violation(path, kind_message(expected, value))


def is_integer(value: object) -> bool:
    """A JSON integer: an int that is not a bool, or a float without a fraction."""
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    """A JSON number: an int or a float, but not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_date_time(text: str) -> bool:
    """RFC 3339 date-time (``2020-10-15T03:30:03Z``) naming a real calendar date.

    Leap seconds (``:60``) are refused, as Python's datetime and jsonschema's format
    checker refuse them. Generated fast checks inline it as two rules:
    ``DATE_TIME(text) is None``, then ``text[8:10] > "28" and not day_exists(text)``.
    """
    return DATE_TIME(text) is not None and (text[8:10] <= "28" or day_exists(text))


def day_exists(text: str) -> bool:
    """Whether the day of a ``DATE_TIME`` match exists in its month and year."""
    month, day = text[5:7], text[8:10]
    if month != "02":
        return int(day) <= _MONTH_DAYS[int(month)]
    year = int(text[:4])
    return day <= "29" and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def pattern_search(pattern: str) -> Callable[[str], object]:
    """``search(text)``: something true when RE2 finds the pattern, ``None`` when it
    does not, in time linear in the text.

    A spec's pattern comes from outside; Python's backtracking ``re`` would take
    exponential time on patterns like ``^(a+)+$``. RE2 is imported here, by the first
    validator module with a pattern, not with the package. A lone surrogate (only a JSON
    escape can make one) cannot be handed to RE2 as UTF-8; it is searched as U+FFFD.

    Validators only ask whether there is a match, so the compiled expression is asked
    directly when the binding exposes it: the wrapper's ``search`` builds a match
    object and maps byte offsets back to characters, several times the cost of the
    search itself on the short values parameters hold.
    """
    import re2  # type: ignore[import-untyped]

    options = re2.Options()
    options.log_errors = False
    compiled = re2.compile(pattern, options)
    regexp = getattr(compiled, "_regexp", None)
    anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    no_match = getattr(re2, "_NULL_SPAN", None)
    if regexp is None or anchor is None or no_match is None:  # pragma: no cover
        search: Callable[[str], object] = compiled.search
        return lambda text: search(_encodable(text))
    match = regexp.Match

    def found(text: str) -> object:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = _encodable(text).encode("utf-8")
        return True if match(anchor, data, 0, len(data))[0] != no_match else None

    return found


def _encodable(text: str) -> str:
    """``text`` with lone surrogates as U+FFFD, so that it encodes as UTF-8."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def utf8_length(text: str) -> int:
    """Bytes of ``text`` in UTF-8; a lone surrogate (only a JSON escape can make one)
    counts the three bytes it would take, instead of failing to encode."""
    return len(text.encode("utf-8", "surrogatepass"))


def json_document(text: str) -> Any:
    """The JSON document inside a string, or ``INVALID``.

    RFC 8259 JSON only: Python's ``NaN``/``Infinity`` extensions are refused, and a
    document nested too deeply to decode counts as not decodable.
    """
    try:
        try:
            document, end = SCAN_JSON(text, 0)
        except StopIteration:  # nothing JSON at the start: blanks first, perhaps
            start = len(text) - len(text.lstrip(_BLANKS))
            if not start:
                return INVALID
            document, end = SCAN_JSON(text, start)
    except JSON_ERRORS:
        return INVALID
    if end != len(text) and text[end:].strip(_BLANKS):
        return INVALID
    return document


def inside_json(path: str, violations: list[Violation]) -> list[Violation]:
    """Violations found inside a JSON-in-string member, reported at the member."""
    return [
        Violation(
            path,
            f"inside its JSON text at {violation.path or '/'}: {violation.message}",
        )
        for violation in violations
    ]


def _canonical(value: object) -> object:
    """A hashable form in which equal JSON values are equal and types stay apart."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(_canonical(item) for item in value))
    if isinstance(value, dict):
        return (
            "object",
            frozenset((key, _canonical(item)) for key, item in value.items()),
        )
    return (type(value).__name__, value)


def has_duplicates(items: list[Any]) -> bool:
    seen = set()
    for item in items:
        key = _canonical(item)
        if key in seen:
            return True
        seen.add(key)
    return False


def _spelling(name: str) -> str:
    return name.replace("_", "").replace("-", "").casefold()


def undeclared_message(key: object, declared: frozenset[str]) -> str:
    """``not a declared member``, naming the declared one ``key`` was probably meant
    to be (``key`` for ``Key``, ``page_size`` for ``PageSize``)."""
    if isinstance(key, str):
        meant = sorted(name for name in declared if _spelling(name) == _spelling(key))
        if meant:
            return f"not a declared member (the wire name is {meant[0]!r})"
    return "not a declared member"


# Report tables: what a generated validator module reports when data breaks a rule.
#
# A module's fast ``_valid_*`` functions are straight-line code (valid data is the hot
# path); the full report runs only once they answer no, so it is read from a table of
# rules instead of generated code: a JSON document naming each structure that is
# checked, ``{name: {"members": [...], "known": [...], "any_of": [...]}}``. A member is
# ``{"name", "check", "required", "nullable", "read_only"}``; a ``check`` holds the
# rules of one value:
#   {"struct": name}                      an object checked by another structure
#   {"union": count, "variants", "one", "tag", "mapping"}  ``count`` names the module's
#                                         fast function counting the variants it fits
#   {"file": true}                        a file to upload (``_files`` of the module)
#   {"type": kind, ...facets}             a JSON type, then (when it fits) its facets,
#                                         in this order: enum, lengths, bytes, pattern,
#                                         date-time, JSON text, bounds, items, values
# An empty check accepts anything. The rules mean what the generated schemas say, and
# each message is the one ``tests/validators`` pins.

_EXPECTED = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "map": "object",
    "array": "array",
}
_BOUNDS = (
    ("minimum", "less than"),
    ("maximum", "greater than"),
    ("exclusive_minimum", "not greater than"),
    ("exclusive_maximum", "not less than"),
)


def _fits_type(kind_name: str, value: object) -> bool:
    if kind_name == "string":
        return isinstance(value, str)
    if kind_name == "integer":
        return is_integer(value)
    if kind_name == "number":
        return is_number(value)
    if kind_name == "boolean":
        return isinstance(value, bool)
    if kind_name == "array":
        return isinstance(value, list)
    return isinstance(value, dict)  # object, map


def _out_of_bounds(value: Any, limit: str, bound: Any) -> bool:
    if limit == "minimum":
        return bool(value < bound)
    if limit == "maximum":
        return bool(value > bound)
    if limit == "exclusive_minimum":
        return bool(value <= bound)
    return bool(value >= bound)


class Report:
    """A generated module's report: every violation of its table's rules.

    ``rules`` is the table's JSON text, decoded on the first report (valid data never
    needs it); ``functions`` resolves the union counts it names (the module's
    globals)."""

    def __init__(self, rules: str, functions: Mapping[str, Any]) -> None:
        self._text = rules
        self._functions = functions
        self._table: dict[str, Any] | None = None
        self._patterns: dict[str, Callable[[str], object]] = {}

    def check(self, name: str) -> Callable[[Any, str, list[Violation]], None]:
        """``check(data, path, out)``: appends every violation of structure ``name``
        found in ``data`` at JSON pointer ``path`` to ``out``."""

        def check(data: Any, path: str, out: list[Violation]) -> None:
            self._structure(name, data, path, out)

        return check

    def _rules(self) -> dict[str, Any]:
        table = self._table
        if table is None:
            table = self._table = json.loads(self._text)
        return table

    def _pattern(self, pattern: str) -> Callable[[str], object]:
        search = self._patterns.get(pattern)
        if search is None:
            search = self._patterns[pattern] = pattern_search(pattern)
        return search

    def _structure(self, name: str, data: Any, path: str, out: list[Violation]) -> None:
        rules = self._rules()[name]
        here = path or "/"
        if not isinstance(data, dict):
            out.append(kind_violation(here, "object", data))
            return
        for member in rules["members"]:
            key = member["name"]
            at = path + "/" + escape(key)
            if member.get("read_only"):
                if key in data:
                    out.append(Violation(at, "is read-only: only answers carry it"))
                continue
            value = data.get(key, MISSING)
            if value is not MISSING:
                if value is not None or not member.get("nullable"):
                    self._value(member["check"], value, at, out)
            elif member.get("required"):
                out.append(Violation(here, f"required member {key!r} is missing"))
        known = rules.get("known")
        if known is not None:
            declared = frozenset(known)
            for key in data:
                if key not in declared:
                    out.append(
                        Violation(
                            path + "/" + escape(key), undeclared_message(key, declared)
                        )
                    )
        groups = rules.get("any_of")
        if groups and not any(all(name in data for name in group) for group in groups):
            wanted = " or ".join("+".join(group) for group in groups)
            out.append(Violation(here, "must contain " + wanted))

    def _value(
        self, check: dict[str, Any], value: Any, path: str, out: list[Violation]
    ) -> None:
        if not check:
            return
        if "struct" in check:
            self._structure(check["struct"], value, path, out)
        elif "union" in check:
            self._union(check, value, path, out)
        elif "file" in check:
            # Only packages that upload files have the module: the validator imports it.
            problem = self._functions["_files"].file_problem(value)
            if problem is not None:
                out.append(Violation(path, str(problem)))
        elif not _fits_type(check["type"], value):
            out.append(kind_violation(path, _EXPECTED[check["type"]], value))
        else:
            self._facets(check, value, path, out)

    def _union(
        self, check: dict[str, Any], value: Any, path: str, out: list[Violation]
    ) -> None:
        count: int = self._functions[check["union"]](value)
        # "one" unions fit exactly one variant, "any" unions at least one.
        if (count == 1) if check["one"] else (count > 0):
            return
        message = union_message(count, check["variants"])
        tag = check.get("tag")
        if tag is None:
            out.append(Violation(path, message))
            return
        # Reported as the variant the discriminator names, when it names one (its own
        # rules say what is wrong); else, or when that finds nothing, as the union.
        mark = len(out)
        if isinstance(value, dict):
            named = value.get(tag)
            for name, structure in check["mapping"]:
                if named == name:
                    self._structure(structure, value, path, out)
                    break
        if len(out) == mark:
            out.append(Violation(path, message))

    def _facets(
        self, check: dict[str, Any], value: Any, path: str, out: list[Violation]
    ) -> None:
        # How a message starts: the value itself, unless it is a secret.
        shown = "the value" if check.get("secret") else None
        enum = check.get("enum")
        if enum is not None and value not in enum:
            start = shown or repr(value)
            out.append(Violation(path, f"{start} is not one of {check['enum_text']}"))
        kind_name = check["type"]
        if kind_name == "string":
            self._string_facets(check, value, path, out, shown)
        elif kind_name in ("integer", "number"):
            for limit, words in _BOUNDS:
                if limit in check and _out_of_bounds(value, limit, check[limit]):
                    start = shown or repr(value)
                    bound = check[limit]
                    out.append(Violation(path, f"{start} is {words} {bound!r}"))
        elif kind_name == "array":
            self._array_facets(check, value, path, out)
        elif kind_name == "map" and check.get("values"):
            values = check["values"]
            for key, item in value.items():
                self._value(values, item, path + "/" + escape(key), out)

    def _string_facets(
        self,
        check: dict[str, Any],
        value: str,
        path: str,
        out: list[Violation],
        shown: str | None,
    ) -> None:
        least = check.get("min_length")
        if least is not None and len(value) < least:
            given = f"{len(value)} characters given"
            out.append(Violation(path, f"{given}, at least {least} needed"))
        most = check.get("max_length")
        if most is not None and len(value) > most:
            given = f"{len(value)} characters given"
            out.append(Violation(path, f"{given}, at most {most} allowed"))
        most = check.get("max_bytes")
        # UTF-8 takes at most 4 bytes a character: short text needs no encoding.
        if most is not None and len(value) * 4 > most and utf8_length(value) > most:
            given = f"{utf8_length(value)} bytes in UTF-8"
            out.append(Violation(path, f"{given}, at most {most} allowed"))
        pattern = check.get("pattern")
        if pattern is not None and self._pattern(pattern)(value) is None:
            out.append(Violation(path, "does not match pattern " + pattern))
        if check.get("date_time") and not is_date_time(value):
            start = shown or repr(value[:40])
            out.append(
                Violation(path, f"{start} is not a date-time like 2020-10-15T03:30:03Z")
            )
        content = check.get("json")
        if content is not None:
            document = json_document(value)
            if document is INVALID:
                out.append(Violation(path, "does not hold valid JSON text"))
            elif content:
                inner: list[Violation] = []
                self._value(content, document, "", inner)
                out.extend(inside_json(path, inner))

    def _array_facets(
        self, check: dict[str, Any], value: list[Any], path: str, out: list[Violation]
    ) -> None:
        least = check.get("min_items")
        if least is not None and len(value) < least:
            out.append(
                Violation(path, f"{len(value)} items given, at least {least} needed")
            )
        most = check.get("max_items")
        if most is not None and len(value) > most:
            out.append(
                Violation(path, f"{len(value)} items given, at most {most} allowed")
            )
        if check.get("unique") and has_duplicates(value):
            out.append(Violation(path, "items are not unique"))
        items = check.get("items")
        if items:
            for index, item in enumerate(value):
                self._value(items, item, path + "/" + str(index), out)
