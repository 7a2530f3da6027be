"""Hypothesis strategies driven by our emitted JSON Schemas, not by the IR.

``instances(root)`` draws values that mostly satisfy a schema document (the subset of
draft 2020-12 the emitter writes, plus ``x-maxBytes`` and JSON-in-string content);
``mutated(root)`` draws one and breaks it in one to three places, each break chosen for
the rule it aims at: a wrong type or ``null``, a missing or unexpected member, a list
past ``maxItems`` or with a duplicate, an enum value one character off, a string past
``maxLength`` or, in multi-byte characters, past ``x-maxBytes``, a date-time just
outside RFC 3339, a number on or past its bound, broken JSON text, or a break inside
the JSON document a string carries. Whether a result is still valid is for the
validators under test to say.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

Schema = dict[str, Any]
Draw = Callable[[st.SearchStrategy[Any]], Any]

# Characters of every UTF-8 length, and a lone surrogate (JSON can carry one as \\ud800).
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(["é", "中", "😀", "\ud800", "\n", "~", "/", ","]),
)
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**40), max_value=2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(ALPHABET, max_size=6),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(ALPHABET, max_size=4), inner, max_size=3),
    ),
    max_leaves=6,
)
WRONG_TYPES: list[Any] = [None, 0, 2, 1.5, -1.0, True, False, "", "x", [], {}, ["x"]]

# Near misses of RFC 3339 date-times; a few are valid on purpose.
DATE_TIME_VARIANTS = [
    "2020-10-15T03:30:03Z\n",
    "2020-10-15T03:30:60Z",
    "2020-10-15T03:30:03+00:60",
    "2020-10-15T03:30:03+24:00",
    "2021-02-29T00:00:00Z",
    "2020-02-29T00:00:00Z",
    "2020-04-31T00:00:00Z",
    "0000-01-01T00:00:00Z",
    "2020-13-01T00:00:00Z",
    "2020-10-15T24:00:00Z",
    "2020-10-15 03:30:03Z",
    "2020-10-15T03:30:03",
    "2020-10-15t03:30:03z",
    "2020-10-15T03:30:03.Z",
    "2020-10-15T03:30:03.123456789-05:30",
    "٢٠٢٠-10-15T03:30:03Z",
    "2020-10-15T03:30:03Z ",
    " 2020-10-15T03:30:03Z",
    "20201015T033003Z",
    "",
]
BROKEN_JSON = [
    "",
    "{",
    "[1,",
    "{'a': 1}",
    "NaN",
    "[Infinity]",
    "{}x",
    "nul",
    "\ufeff{}",
]


def resolve(schema: Schema, root: Schema) -> Schema:
    while "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        schema = root["$defs"][name]
    return schema


def _utf8(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _fits(text: str, schema: Schema) -> bool:
    if len(text) < schema.get("minLength", 0):
        return False
    if len(text) > schema.get("maxLength", math.inf):
        return False
    return _utf8(text) <= schema.get("x-maxBytes", math.inf)


@st.composite
def date_times(draw: Draw) -> str:
    year = draw(st.integers(1, 9999))
    month = draw(st.integers(1, 12))
    last = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day = draw(st.integers(1, last[month - 1]))
    clock = [
        draw(st.integers(0, 23)),
        draw(st.integers(0, 59)),
        draw(st.integers(0, 59)),
    ]
    text = f"{year:04d}-{month:02d}-{day:02d}T" + ":".join(f"{n:02d}" for n in clock)
    if draw(st.booleans()):
        text += "." + draw(st.from_regex(r"\A[0-9]{1,9}\Z"))
    if draw(st.booleans()):
        text += "Z"
    else:
        sign = draw(st.sampled_from("+-"))
        text += f"{sign}{draw(st.integers(0, 23)):02d}:{draw(st.integers(0, 59)):02d}"
    if draw(st.integers(0, 9)) == 0:
        text = text.lower()
    return text


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _json_text(document: Any, draw: Draw) -> str:
    style = draw(st.sampled_from(["compact", "spaced", "ascii"]))
    if style == "compact":
        return json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    if style == "spaced":
        return json.dumps(document, ensure_ascii=False, indent=1)
    return json.dumps(document)


def _strings(schema: Schema, root: Schema, draw: Draw) -> str:
    if "enum" in schema:
        return str(draw(st.sampled_from(schema["enum"])))
    if schema.get("format") == "date-time":
        return str(draw(date_times()))
    if "contentSchema" in schema:
        document = draw(_values(schema["contentSchema"], root))
        return _json_text(document, draw)
    low, high = schema.get("minLength", 0), schema.get("maxLength", 12)
    high = min(high, low + 12)
    if "pattern" in schema:
        base = st.from_regex(schema["pattern"])
    else:
        base = st.text(ALPHABET, min_size=low, max_size=high)
    return str(draw(base.filter(lambda text: _fits(text, schema))))


def _numbers(schema: Schema, integer: bool, draw: Draw) -> Any:
    if "enum" in schema:
        return draw(st.sampled_from(schema["enum"]))
    low = schema.get("minimum", schema.get("exclusiveMinimum", -(2**53)))
    high = schema.get("maximum", schema.get("exclusiveMaximum", 2**53))
    if integer:
        value = draw(st.integers(math.ceil(low), math.floor(high)))
        if "exclusiveMinimum" in schema and value <= low:
            value = math.floor(low) + 1
        if "exclusiveMaximum" in schema and value >= high:
            value = math.ceil(high) - 1
        # JSON Schema integers may be written with a fraction of zero.
        return float(value) if draw(st.integers(0, 7)) == 0 else value
    return draw(
        st.floats(
            low,
            high,
            exclude_min="exclusiveMinimum" in schema,
            exclude_max="exclusiveMaximum" in schema,
            allow_nan=False,
        )
    )


# Past this depth a value of a recursive schema holds only what it must, so it ends.
DEEP = 4


def _objects(
    schema: Schema, root: Schema, draw: Draw, depth: int = 0
) -> dict[str, Any]:
    properties: dict[str, Schema] = schema.get("properties", {})
    must = set(schema.get("required", []))
    groups = schema.get("anyOf", [])
    if groups:
        must |= set(draw(st.sampled_from(groups))["required"])
    result: dict[str, Any] = {}
    for name, member in properties.items():
        # Mostly present: a break can only land on a member that is there.
        if name in must or (depth < DEEP and draw(st.integers(0, 4)) > 0):
            result[name] = draw(_values(member, root, depth + 1))
    extra = schema.get("additionalProperties", True)
    if extra is not False and depth < DEEP and draw(st.integers(0, 3)) == 0:
        values = JSON_VALUES if extra is True else _values(extra, root)
        keys = st.text(ALPHABET, max_size=5).filter(lambda key: key not in properties)
        result.update(draw(st.dictionaries(keys, values, max_size=3)))
    return result


def _arrays(schema: Schema, root: Schema, draw: Draw, depth: int = 0) -> list[Any]:
    items = _values(schema.get("items", {}), root, depth + 1)
    low = schema.get("minItems", 0)
    high = min(schema.get("maxItems", low + 3), low + 3)
    if depth >= DEEP:
        high = low
    elif draw(st.integers(0, 4)) > 0:
        low = max(low, min(1, high))
    if schema.get("uniqueItems"):
        return list(
            draw(st.lists(items, min_size=low, max_size=high, unique_by=_canonical))
        )
    return list(draw(st.lists(items, min_size=low, max_size=high)))


def _canonical(value: Any) -> str:
    # JSON Schema equality: 1 == 1.0, true != 1; sorting keys makes objects comparable.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, sort_keys=True)


def _values(schema: Schema, root: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
    return _value_strategy(schema, root, depth)


@st.composite
def _value_strategy(draw: Draw, schema: Schema, root: Schema, depth: int = 0) -> Any:
    schema = resolve(schema, root)
    variants = schema.get("oneOf") or schema.get("anyOf")
    if variants and "type" not in schema:
        # A union (or a nullable member): a value of one variant, mostly.
        if draw(st.integers(0, 9)) == 0:
            return draw(JSON_VALUES)
        return draw(_values(draw(st.sampled_from(variants)), root, depth))
    kind = schema.get("type")
    if kind == "null":
        return None
    if kind is None:
        return draw(JSON_VALUES)
    if kind == "string":
        return _strings(schema, root, draw)
    if kind in ("integer", "number"):
        return _numbers(schema, kind == "integer", draw)
    if kind == "boolean":
        return draw(st.booleans())
    if kind == "array":
        return _arrays(schema, root, draw, depth)
    assert kind == "object", kind
    return _objects(schema, root, draw, depth)


class Document(dict[str, Any]):
    """A schema document that shows as its ``$id`` in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"<schema {self.get('$id')}>"


def instances(root: Schema) -> st.SearchStrategy[Any]:
    """Values drawn from the document ``root`` (valid unless a filter was too kind)."""
    root = Document(root)
    return _values(root, root)


# -- mutations --------------------------------------------------------------------


class InJson:
    """A path step into the JSON document a string carries."""

    def __repr__(self) -> str:
        return "<json>"


IN_JSON = InJson()
Step = str | int | InJson


@dataclass(frozen=True)
class Location:
    path: tuple[Step, ...]
    value: Any
    schema: Schema


def locations(value: Any, schema: Schema, root: Schema) -> Iterator[Location]:
    """Every place in ``value``, with the schema that governs it."""

    def walk(value: Any, schema: Schema, path: tuple[Step, ...]) -> Iterator[Location]:
        schema = resolve(schema, root)
        yield Location(path, value, schema)
        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties", {})
            for key, item in value.items():
                inner = properties.get(key, extra if isinstance(extra, dict) else {})
                yield from walk(item, inner, path + (key,))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from walk(item, schema.get("items", {}), path + (index,))
        elif isinstance(value, str) and "contentSchema" in schema:
            try:
                document = json.loads(value)
            except (ValueError, RecursionError):
                return
            yield from walk(document, schema["contentSchema"], path + (IN_JSON,))

    return walk(value, schema, ())


def replace(value: Any, path: tuple[Step, ...], new: Any) -> Any:
    """A copy of ``value`` with the place at ``path`` replaced by ``new``."""
    if not path:
        return new
    step, rest = path[0], path[1:]
    if isinstance(step, InJson):
        return json.dumps(replace(json.loads(value), rest, new), ensure_ascii=False)
    result = copy.copy(value)
    result[step] = replace(value[step], rest, new)
    return result


RULES = frozenset(
    {
        "enum",
        "format",
        "minLength",
        "maxLength",
        "x-maxBytes",
        "pattern",
        "contentSchema",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "uniqueItems",
        "required",
        "anyOf",
        "additionalProperties",
    }
)


def _string_breaks(text: str, schema: Schema) -> list[Any]:
    found: list[Any] = [text + "x"]
    for value in schema.get("enum", []):
        if isinstance(value, str) and value:
            found += [value[:-1], value + "s", value.upper(), value + "\n"]
            found.append(value[:-1] + chr(ord(value[-1]) + 1))
    if "maxLength" in schema:
        limit = schema["maxLength"]
        found += ["a" * limit, "a" * (limit + 1), (text or "a") * (limit + 1)]
    if "x-maxBytes" in schema:
        limit = schema["x-maxBytes"]
        # Multi-byte characters: past the byte limit while under maxLength.
        for char in ("é", "中", "😀", "\ud800"):
            size = _utf8(char)
            found += [char * (limit // size), char * (limit // size + 1)]
        # JSON text may end in blanks: the same document right at and past the limit.
        room = limit - _utf8(text)
        if room >= 0:
            found += [text + " " * room, text + " " * (room + 1)]
    if schema.get("minLength", 0) > 0:
        found += [text[: schema["minLength"] - 1], "a" * schema["minLength"]]
    if "pattern" in schema:
        found += [text + ",", text + "\n", "\n", ""]
    if schema.get("format") == "date-time":
        found += DATE_TIME_VARIANTS + [text + "\n", text.lower()]
    if "contentSchema" in schema:
        found += BROKEN_JSON + [text[: len(text) // 2], " " + text + " "]
        found.append("[" * 5000 + "]" * 5000)
    return found


def _number_breaks(value: Any, schema: Schema) -> list[Any]:
    found: list[Any] = [True, 1.5, -1, 2**63, float(2**60), -0.0]
    for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        bound = schema.get(keyword)
        if isinstance(bound, (int, float)):
            found += [bound, bound - 1, bound + 1, float(bound), bound - 0.5]
    numbers = [v for v in schema.get("enum", []) if isinstance(v, (int, float))]
    if numbers:
        found += [max(numbers) + 1, float(numbers[0]), min(numbers) - 1]
    return found


def _array_breaks(value: list[Any], schema: Schema) -> list[Any]:
    found: list[Any] = [[], value + [None], value + [value]]
    if value:
        found.append(value + [value[0]])
        for limit in (schema.get("maxItems"), schema.get("minItems")):
            if limit is not None:
                # Exactly at the limit, and one past it.
                for size in (limit, limit + 1):
                    found.append((value * (size + 1))[:size])
    return found


def _object_breaks(value: dict[str, Any], schema: Schema) -> list[Any]:
    found: list[Any] = [{}]
    for key in value:
        found += [
            {k: v for k, v in value.items() if k != key},
            {**value, key: None},
        ]
    for extra in ("Extra", "", "a/b", "~"):
        found.append({**value, extra: 1})
    for name in schema.get("properties", {}):
        if name not in value:
            found.append({**value, name: None})
    return found


def breaks(location: Location) -> list[Any]:
    """Replacements for the value at ``location`` that aim at the rules over it."""
    value, schema = location.value, location.schema
    found = list(WRONG_TYPES)
    if isinstance(value, str):
        found += _string_breaks(value, schema)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        found += _number_breaks(value, schema)
    elif isinstance(value, list):
        found += _array_breaks(value, schema)
    elif isinstance(value, dict):
        found += _object_breaks(value, schema)
    return found


def mutated(root: Schema) -> st.SearchStrategy[Any]:
    """A value from ``instances(root)`` broken in one to three places."""
    return _mutated(Document(root))


@st.composite
def _mutated(draw: Draw, root: Schema) -> Any:
    value = draw(instances(root))
    for _ in range(draw(st.integers(1, 3))):
        places = list(locations(value, root, root))
        # Places under a rule are three times as likely to be hit as free ones.
        places += [p for p in places if RULES & p.schema.keys()] * 2
        place = draw(st.sampled_from(places))
        if isinstance(place.value, str) and draw(st.integers(0, 4)) == 0:
            new = place.value + draw(st.text(ALPHABET, min_size=1, max_size=3))
        else:
            new = draw(st.sampled_from(breaks(place)))
        value = replace(value, place.path, new)
    return value


def near_misses(root: Schema, value: Any) -> Iterator[Any]:
    """Every single break of ``value`` that ``breaks`` knows, at every place in it."""
    for place in locations(value, root, root):
        for new in breaks(place):
            yield replace(value, place.path, new)
