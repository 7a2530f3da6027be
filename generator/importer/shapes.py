"""Metadata schemas (parameters, response fields, shared components) as spec type nodes.

The metadata's schema dialect is close to JSON Schema: ``type``, ``format``, ``enum``,
``minimum``, ``maxLength``, ``items``, ``properties``... with values usually written as
strings. Each facet is carried over when the spec can say the same thing; anything else
is reported. In strict mode (request parameters) a node that cannot be expressed makes
the operation unusable, so the note is fatal; elsewhere the node becomes ``type: any``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import naming
from ..instances import Resolver
from ..patterns import pattern_problem
from .secrets import is_secret_name
from ..validate import KIND_FORMATS
from .notes import Category, Notes
from .values import convert_scalar, convert_value, count, number

MAX_DEPTH = 32
REF_PREFIX = "#/components/schemas/"

_KINDS = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "array": "array",
    "any": "any",
}
# Every schema key this module reads; any other key is reported, not dropped silently.
_KNOWN_KEYS = frozenset(
    {
        "$ref",
        "type",
        "format",
        "title",
        "description",
        "example",
        "default",
        "required",
        "docRequired",
        "deprecated",
        "enum",
        "enumValueTitles",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "items",
        "properties",
        "additionalProperties",
    }
)
_FACET_KINDS = {
    "minimum": ("integer", "number"),
    "maximum": ("integer", "number"),
    "exclusiveMinimum": ("integer", "number"),
    "exclusiveMaximum": ("integer", "number"),
    "minLength": ("string",),
    "maxLength": ("string",),
    "pattern": ("string",),
    "minItems": ("array",),
    "maxItems": ("array",),
    "uniqueItems": ("array",),
    # A boolean has only two values: the spec declares no enum for it.
    "enum": ("string", "integer", "number"),
    "enumValueTitles": ("string", "integer", "number"),
    "items": ("array",),
    "properties": ("object",),
    "additionalProperties": ("object",),
}

# The order keys are written in: what a node is first, its documentation, then its parts.
KEY_ORDER = (
    "required",
    "python_name",
    "secret",
    "ref",
    "type",
    "format",
    "class_name",
    "enum",
    "enum_descriptions",
    "minimum",
    "maximum",
    "exclusive_minimum",
    "exclusive_maximum",
    "min_length",
    "max_length",
    "max_bytes",
    "pattern",
    "min_items",
    "max_items",
    "unique_items",
    "additional_members",
    "any_of_required",
    "default",
    "example",
    "deprecated",
    "title",
    "description",
    "json",
    "items",
    "values",
    "members",
)


def text(raw: Any) -> dict[str, str] | None:
    """Metadata text is Chinese: it goes under ``zh``; blank text is no text."""
    if isinstance(raw, str) and raw.strip():
        return {"zh": raw}
    return None


def ordered(node: dict[str, Any]) -> dict[str, Any]:
    """``node`` and every node inside it with keys in :data:`KEY_ORDER`."""
    rank = {key: index for index, key in enumerate(KEY_ORDER)}
    result = {key: node[key] for key in sorted(node, key=lambda k: rank.get(k, 99))}
    for key in ("items", "values", "json"):
        if isinstance(result.get(key), dict):
            result[key] = ordered(result[key])
    if isinstance(result.get("members"), dict):
        result["members"] = {
            name: ordered(member) for name, member in result["members"].items()
        }
    return result


def ref_target(raw: Any) -> str | None:
    """The component name a ``$ref`` points at, if it points into components."""
    if isinstance(raw, str) and raw.startswith(REF_PREFIX):
        return raw[len(REF_PREFIX) :]
    return None


class ShapeConverter:
    """Converts the schemas of one operation (or of the shared components)."""

    def __init__(
        self,
        notes: Notes,
        shape_names: Mapping[str, str],
        resolve: Resolver,
        *,
        strict: bool,
    ) -> None:
        self.notes = notes
        self.shape_names = shape_names
        self.resolve = resolve
        self.strict = strict

    def members(
        self, properties: Any, pointer: str, depth: int = 0
    ) -> dict[str, Any] | None:
        """Object members from metadata ``properties``; ``None`` if one is unusable."""
        if not isinstance(properties, Mapping):
            return {}
        members: dict[str, Any] = {}
        for wire_name, schema in properties.items():
            member_pointer = f"{pointer}/{wire_name}"
            problem = naming.wire_name_problem(wire_name)
            if problem is not None:
                if not self._fail(
                    member_pointer,
                    Category.NAME,
                    f"member name {wire_name!r} {problem}",
                ):
                    return None
                continue
            member = self.member(schema, member_pointer, depth + 1)
            if member is None:
                return None
            members[wire_name] = member
        self.unique_python_names(members, pointer)
        return members

    def unique_python_names(self, members: dict[str, Any], pointer: str) -> None:
        """Give ``python_name`` overrides to members whose derived names collide."""
        derived = {
            wire: naming.member_name(wire, member.get("python_name"))
            for wire, member in members.items()
        }
        taken = set(derived.values())
        seen: set[str] = set()
        for wire, name in derived.items():
            if name not in seen:
                seen.add(name)
                continue
            suffix = 2
            while f"{name}_{suffix}" in taken:
                suffix += 1
            override = f"{name}_{suffix}"
            taken.add(override)
            seen.add(override)
            members[wire]["python_name"] = override
            self.notes.add(
                f"{pointer}/{wire}",
                Category.PYTHON_NAME,
                f"Python name '{name}' is taken by another member; using '{override}'",
            )

    def member(
        self, schema: Any, pointer: str, depth: int = 0
    ) -> dict[str, Any] | None:
        node = self.node(schema, pointer, depth)
        if node is None or not isinstance(schema, Mapping):
            return node
        required = schema.get("required") is True
        documented = schema.get("docRequired")
        if isinstance(documented, bool) and documented != required:
            self.notes.add(
                pointer,
                Category.REQUIRED,
                f"the documentation calls it {'required' if documented else 'optional'},"
                f" the API {'requires' if required else 'does not require'} it;"
                f" kept required: {'true' if required else 'false'}",
            )
        if required:
            node["required"] = True
        if is_secret_name(pointer.rsplit("/", 1)[-1]):
            node["secret"] = True
        return node

    def node(self, schema: Any, pointer: str, depth: int = 0) -> dict[str, Any] | None:
        """The type node for ``schema``; ``None`` (with a fatal note) in strict mode."""
        if depth > MAX_DEPTH:
            return self._unusable(
                schema, pointer, f"nested more than {MAX_DEPTH} levels"
            )
        if not isinstance(schema, Mapping):
            return self._unusable(schema, pointer, "schema is not a JSON object")
        for key in schema:
            if key not in _KNOWN_KEYS:
                self.notes.add(
                    f"{pointer}/{key}" if pointer != "/" else f"/{key}",
                    Category.UNSUPPORTED_KEY,
                    f"metadata key '{key}' has no equivalent in the spec; ignored",
                )
        if "$ref" in schema:
            return self._ref(schema, pointer)
        kind = self._kind(schema)
        if kind is None:
            return self._unusable(
                schema, pointer, f"type {schema.get('type')!r} cannot be expressed"
            )
        node: dict[str, Any] = {"type": kind}
        self._misplaced_facets(schema, kind, pointer)
        self._format(schema, kind, node, pointer)
        if kind in ("integer", "number"):
            self._numeric_facets(schema, node, pointer)
        elif kind == "string":
            self._string_facets(schema, node, pointer)
        elif kind == "array":
            self._array_facets(schema, node, pointer)
        if kind in _FACET_KINDS["enum"]:
            self._enum(schema, kind, node, pointer)
        if schema.get("deprecated") is True:
            node["deprecated"] = True
        for key in ("title", "description"):
            value = text(schema.get(key))
            if value:
                node[key] = value
        if kind == "array" and not self._items(schema, node, pointer, depth):
            return None
        if kind == "object" and not self._object(schema, node, pointer, depth):
            return None
        for key, category in (
            ("default", Category.DEFAULT),
            ("example", Category.EXAMPLE),
        ):
            if key in schema:
                self._value(schema[key], key, category, node, pointer)
        return node

    # -- kinds ---------------------------------------------------------------------------

    def _kind(self, schema: Mapping[str, Any]) -> str | None:
        raw = schema.get("type")
        if isinstance(raw, str):
            return _KINDS.get(raw)
        if raw is None and "properties" in schema:
            return "object"
        if raw is None and "items" in schema:
            return "array"
        return None

    def _fail(self, pointer: str, category: Category, message: str) -> bool:
        """Report a problem; ``False`` when it makes the whole operation unusable."""
        self.notes.add(pointer, category, message, fatal=self.strict)
        return not self.strict

    def _unusable(
        self, schema: Any, pointer: str, reason: str
    ) -> dict[str, Any] | None:
        if self.strict:
            self.notes.add(pointer, Category.UNSUPPORTED_TYPE, reason, fatal=True)
            return None
        self.notes.add(
            pointer, Category.UNSUPPORTED_TYPE, f"{reason}; declared as any value"
        )
        node: dict[str, Any] = {"type": "any"}
        if isinstance(schema, Mapping):
            for key in ("title", "description"):
                value = text(schema.get(key))
                if value:
                    node[key] = value
        return node

    def _ref(self, schema: Mapping[str, Any], pointer: str) -> dict[str, Any] | None:
        target = ref_target(schema["$ref"])
        name = self.shape_names.get(target) if target is not None else None
        if name is None:
            return self._unusable(
                schema, pointer, f"$ref {schema['$ref']!r} names no shared schema"
            )
        node: dict[str, Any] = {"ref": name}
        for key in ("title", "description"):
            value = text(schema.get(key))
            if value:
                node[key] = value
        if schema.get("deprecated") is True:
            node["deprecated"] = True
        for key in schema:
            if key in _FACET_KINDS or key in ("type", "format", "default"):
                self.notes.add(
                    pointer,
                    Category.FACET,
                    f"'{key}' next to $ref cannot be expressed (the shared schema"
                    " decides); dropped",
                )
        if "example" in schema:
            self._value(schema["example"], "example", Category.EXAMPLE, node, pointer)
        return node

    # -- facets --------------------------------------------------------------------------

    def _misplaced_facets(
        self, schema: Mapping[str, Any], kind: str, pointer: str
    ) -> None:
        for key, kinds in _FACET_KINDS.items():
            if key in schema and kind not in kinds:
                if key == "enumValueTitles" and not schema[key]:
                    continue
                self.notes.add(
                    pointer,
                    Category.FACET,
                    f"'{key}' does not apply to type {kind}; dropped",
                )

    def _format(
        self, schema: Mapping[str, Any], kind: str, node: dict[str, Any], pointer: str
    ) -> None:
        fmt = schema.get("format")
        if fmt is None:
            return
        if isinstance(fmt, str) and fmt in KIND_FORMATS.get(kind, frozenset()):
            node["format"] = fmt
        else:
            self.notes.add(
                pointer,
                Category.FACET,
                f"format {fmt!r} cannot be expressed for type {kind}; dropped",
            )

    def _numeric_facets(
        self, schema: Mapping[str, Any], node: dict[str, Any], pointer: str
    ) -> None:
        limits: dict[str, int | float] = {}
        for key, target in (("minimum", "minimum"), ("maximum", "maximum")):
            if key in schema:
                value = number(schema[key])
                if value is None:
                    self._bad_facet(key, schema[key], pointer)
                else:
                    limits[target] = value
        # OpenAPI 2 spells an exclusive bound as a flag on minimum/maximum; later
        # versions as a number of its own. Both are read.
        for key, bound, target in (
            ("exclusiveMinimum", "minimum", "exclusive_minimum"),
            ("exclusiveMaximum", "maximum", "exclusive_maximum"),
        ):
            raw = schema.get(key)
            if raw is None or raw is False:
                continue
            if raw is True:
                if bound in limits:
                    limits[target] = limits.pop(bound)
                else:
                    self._bad_facet(key, raw, pointer)
                continue
            value = number(raw)
            if value is None:
                self._bad_facet(key, raw, pointer)
            else:
                limits[target] = value
        low = limits.get("minimum", limits.get("exclusive_minimum"))
        high = limits.get("maximum", limits.get("exclusive_maximum"))
        if low is not None and high is not None and low > high:
            self.notes.add(
                pointer,
                Category.FACET,
                f"lower bound {low} is above upper bound {high}; both dropped",
            )
            return
        node.update(limits)

    def _string_facets(
        self, schema: Mapping[str, Any], node: dict[str, Any], pointer: str
    ) -> None:
        self._counts(schema, node, pointer, ("minLength", "maxLength"))
        pattern = schema.get("pattern")
        if pattern is None:
            return
        problem = (
            pattern_problem(pattern)
            if isinstance(pattern, str)
            else "it is not a string"
        )
        if problem is not None:
            self.notes.add(
                pointer,
                Category.FACET,
                f"pattern {pattern!r} dropped: {problem}",
            )
            return
        node["pattern"] = pattern

    def _array_facets(
        self, schema: Mapping[str, Any], node: dict[str, Any], pointer: str
    ) -> None:
        self._counts(schema, node, pointer, ("minItems", "maxItems"))
        unique = schema.get("uniqueItems")
        if unique is True:
            node["unique_items"] = True
        elif unique not in (None, False):
            self._bad_facet("uniqueItems", unique, pointer)

    def _counts(
        self,
        schema: Mapping[str, Any],
        node: dict[str, Any],
        pointer: str,
        keys: tuple[str, str],
    ) -> None:
        targets = {
            "minLength": "min_length",
            "maxLength": "max_length",
            "minItems": "min_items",
            "maxItems": "max_items",
        }
        found: dict[str, int] = {}
        for key in keys:
            if key in schema:
                value = count(schema[key])
                if value is None:
                    self._bad_facet(key, schema[key], pointer)
                else:
                    found[targets[key]] = value
        low, high = (found.get(targets[key]) for key in keys)
        if low is not None and high is not None and low > high:
            self.notes.add(
                pointer,
                Category.FACET,
                f"'{keys[0]}' {low} is above '{keys[1]}' {high}; both dropped",
            )
            return
        node.update(found)

    def _bad_facet(self, key: str, raw: object, pointer: str) -> None:
        self.notes.add(
            pointer, Category.FACET, f"'{key}' {raw!r} is not a usable limit; dropped"
        )

    def _enum(
        self, schema: Mapping[str, Any], kind: str, node: dict[str, Any], pointer: str
    ) -> None:
        raw = schema.get("enum")
        titles = schema.get("enumValueTitles")
        if raw is None:
            if isinstance(titles, Mapping) and titles:
                self.notes.add(
                    pointer,
                    Category.ENUM,
                    "'enumValueTitles' without 'enum' cannot be expressed (the values"
                    " are not declared closed); dropped",
                )
            return
        values: list[Any] = []
        for item in raw if isinstance(raw, list) else [raw]:
            converted = convert_scalar(item, kind)
            if not converted.ok:
                self.notes.add(
                    pointer,
                    Category.ENUM,
                    f"enum value {converted.problem}; enum dropped",
                )
                return
            if converted.value not in values:
                values.append(converted.value)
        if not values:
            return
        constants: dict[str, Any] = {}
        for value in values:
            constant = naming.constant_case(str(value))
            if constant in constants:
                self.notes.add(
                    pointer,
                    Category.ENUM,
                    f"enum values {constants[constant]!r} and {value!r} would share the"
                    f" Python name {constant}; enum dropped",
                )
                return
            constants[constant] = value
        node["enum"] = values
        if not isinstance(titles, Mapping):
            return
        descriptions: dict[str, dict[str, str]] = {}
        declared = {str(value) for value in values}
        for key, title in titles.items():
            described = text(title)
            if str(key) not in declared:
                self.notes.add(
                    pointer,
                    Category.ENUM,
                    f"'enumValueTitles' names {key!r}, which is not an enum value; dropped",
                )
            elif described:
                descriptions[str(key)] = described
        if descriptions:
            node["enum_descriptions"] = descriptions

    # -- structure -----------------------------------------------------------------------

    def _items(
        self, schema: Mapping[str, Any], node: dict[str, Any], pointer: str, depth: int
    ) -> bool:
        if "items" not in schema:
            if not self._fail(
                pointer, Category.UNSUPPORTED_TYPE, "a list without 'items'"
            ):
                return False
            node["items"] = {"type": "any"}
            return True
        items = self.node(schema["items"], f"{pointer}/*", depth + 1)
        if items is None:
            return False
        node["items"] = items
        return True

    def _object(
        self, schema: Mapping[str, Any], node: dict[str, Any], pointer: str, depth: int
    ) -> bool:
        extra = schema.get("additionalProperties")
        properties = schema.get("properties")
        if isinstance(extra, Mapping) and not properties:
            values = self.node(extra, f"{pointer}/*", depth + 1)
            if values is None:
                return False
            node["type"] = "map"
            node["values"] = values
            return True
        members = self.members(properties, pointer, depth)
        if members is None:
            return False
        if members:
            node["members"] = members
        if extra is False:
            node["additional_members"] = False
        elif isinstance(extra, Mapping):
            self.notes.add(
                pointer,
                Category.FACET,
                "'additionalProperties' next to 'properties' cannot be expressed (extra"
                " members stay untyped); dropped",
            )
        return True

    def _value(
        self,
        raw: object,
        key: str,
        category: Category,
        node: dict[str, Any],
        pointer: str,
    ) -> None:
        if raw is None or raw == "":
            return
        converted = convert_value(raw, node, self.resolve)
        if converted.ok:
            node[key] = converted.value
        else:
            self.notes.add(pointer, category, f"{key} {converted.problem}; dropped")
