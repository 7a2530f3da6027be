"""OpenAPI schemas (3.0 and 3.1) as spec type nodes.

A schema reached through a ``$ref`` becomes a named service shape, written once and
referred to by name; an inline schema becomes an inline type node. What the spec's type
system cannot hold is reported as a note on the field and the nearest expressible type
is written instead:

- ``oneOf``/``anyOf``: a union of its variants (inline objects become named shapes),
  chosen by a ``discriminator`` when every variant declares its property;
- ``nullable``/``type: [..., "null"]``/a null variant: an object's member that may be
  null (told apart from absent); elsewhere a null is refused;
- ``readOnly``/``writeOnly``: members marked ``read_only``/``write_only``, at any depth;
- a recursive reference: a reference to the named shape (a recursive model);
- formats ``date``, ``uuid`` and ``byte``: checked by a pattern; others are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..naming import pascal_case
from .notes import Category
from .openapi_source import Located, OpenApiError, Source

__all__ = ["ACCESS", "SchemaConverter", "without_access"]

ACCESS = "_access"


def without_access(node: Any) -> Any:
    """``node`` with the importer's private ``_access`` marks removed."""
    if isinstance(node, dict):
        return {k: without_access(v) for k, v in node.items() if k != ACCESS}
    if isinstance(node, list):
        return [without_access(item) for item in node]
    return node


# Report(pointer, category, message)
Report = Callable[[str, Category, str], None]

_FORMAT_PATTERNS = {
    "date": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
    "uuid": r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    "byte": r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$",
}
_KEPT_FORMATS = {
    "integer": ("int32", "int64"),
    "number": ("float", "double"),
    "string": ("date-time",),
}
_SCALARS = ("string", "integer", "number", "boolean")
_TEXT_KEYS = ("title", "description")
# Names the generated OpenAPI document gives schemas of its own.
_RESERVED = frozenset({"AlibabaError"})
_SHAPE_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
# Pointer segments that say nothing of what an inline variant is.
_PLACE_WORDS = frozenset(
    {
        "components",
        "schemas",
        "properties",
        "paths",
        "content",
        "schema",
        "application",
        "json",
        "items",
        "requestBody",
        "responses",
        "get",
        "put",
        "post",
        "patch",
        "delete",
    }
)
# Schema keywords the converter reads; any other one is reported.
_UNDERSTOOD = frozenset(
    {
        "type",
        "format",
        "title",
        "description",
        "example",
        "examples",
        "default",
        "deprecated",
        "enum",
        "const",
        "nullable",
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
        "required",
        "additionalProperties",
        "allOf",
        "oneOf",
        "anyOf",
        "discriminator",
        "readOnly",
        "writeOnly",
        "$ref",
        "xml",
        "externalDocs",
        "$schema",
        "$id",
        "$comment",
        "contentMediaType",
        "contentSchema",
        "contentEncoding",
    }
)


def _text(value: Any) -> dict[str, str] | None:
    return {"en": value} if isinstance(value, str) and value.strip() else None


class SchemaConverter:
    """Converts schemas of one document; ``shapes`` collects the named ones."""

    def __init__(self, source: Source, version: str) -> None:
        self.source = source
        self.version = version  # "3.0" or "3.1"
        self.shapes: dict[str, dict[str, Any]] = {}
        self._names: dict[tuple[str, str], str] = {}
        self._converting: list[str] = []
        # The operation being imported: what an inline variant outside
        # ``components`` is named after (``AddPetOneOf0``).
        self.operation = ""

    # -- named shapes -------------------------------------------------------------------

    def _shape_name(self, located: Located) -> str:
        if located.key in self._names:
            return self._names[located.key]
        last = located.pointer.rsplit("/", 1)[-1] or located.file.stem
        if re.match(r"^[A-Za-z][A-Za-z0-9_]*$", last):
            base = last[0].upper() + last[1:]  # a usable name keeps its spelling
        else:
            words = re.sub(r"[^A-Za-z0-9]+", " ", last).split()
            base = "".join(w[:1].upper() + w[1:] for w in words) or "Shape"
            if not base[0].isalpha():
                base = f"S{base}"
        name, index = base, 2
        taken = set(self._names.values()) | _RESERVED
        while name in taken:
            name, index = f"{base}{index}", index + 1
        self._names[located.key] = name
        return name

    def named(
        self, reference: str, file: Path, pointer: str, report: Report
    ) -> dict[str, Any]:
        """``{ref: Name}`` for the schema ``reference`` names, converted once."""
        located = self.source.resolve(reference, file)
        located = (
            self.source.follow(located.node, located.file)
            if isinstance(located.node, Mapping) and "$ref" in located.node
            else located
        )
        name = self._shape_name(located)
        if name in self._converting:
            return {"ref": name}  # a recursive shape: the spec refers to it by name
        if name not in self.shapes:
            self._converting.append(name)
            self.shapes[name] = {"type": "any"}  # a placeholder while converting
            try:
                node = self.convert(
                    located.node, located.file, f"#{located.pointer}", report, top=True
                )
            finally:
                self._converting.pop()
            self.shapes[name] = node
        return {"ref": name}

    def is_object(self, schema: Any, file: Path) -> bool:
        located = self.source.follow(schema, file)
        node = located.node
        if not isinstance(node, Mapping):
            return False
        if "allOf" in node:
            return all(
                self.is_object(part, located.file) for part in node["allOf"] or []
            )
        return node.get("type") == "object" or (
            "type" not in node and "properties" in node
        )

    def object_members(
        self, schema: Any, file: Path, pointer: str, report: Report
    ) -> tuple[dict[str, Any], bool | None]:
        """The members of an object schema (``allOf`` parts merged) and its
        ``additional_members`` word, for a request body or an answer."""
        node = self.convert(schema, file, pointer, report, inline=True)
        members = node.get("members", {})
        return members, node.get("additional_members")

    # -- conversion ---------------------------------------------------------------------

    def convert(
        self,
        schema: Any,
        file: Path,
        pointer: str,
        report: Report,
        *,
        top: bool = False,
        inline: bool = False,
        member: bool = False,
    ) -> dict[str, Any]:
        """A type node for ``schema``. ``inline`` expands a top-level ``$ref`` (a body
        whose members become arguments) instead of naming it."""
        if schema is True or schema == {}:
            return {"type": "any"}
        if not isinstance(schema, Mapping):
            raise OpenApiError(f"{file}: {pointer}: a schema must be an object")
        if "$ref" in schema:
            if inline:
                located = self.source.follow(schema, file)
                return self.convert(
                    located.node, located.file, pointer, report, inline=True
                )
            node = self.named(schema["$ref"], file, pointer, report)
            for key in _TEXT_KEYS:
                if _text(schema.get(key)):
                    node[key] = _text(schema[key])
            return node
        for key in sorted(set(schema) - _UNDERSTOOD):
            if key == "not" and schema["not"] == {} and schema.get("readOnly"):
                continue  # how a request schema refuses a read-only member
            if not key.startswith("x-"):
                report(
                    pointer, Category.UNSUPPORTED_KEY, f"'{key}' is not carried over"
                )
        if "allOf" in schema:
            return self._all_of(schema, file, pointer, report)
        variants = schema.get("oneOf") or schema.get("anyOf")
        if variants:
            return self._one_of(schema, variants, file, pointer, report, member)
        node = self._typed(schema, file, pointer, report, member)
        self._common(schema, node, pointer, report)
        return node

    def _common(
        self,
        schema: Mapping[str, Any],
        node: dict[str, Any],
        pointer: str,
        report: Report,
    ) -> None:
        for key in _TEXT_KEYS:
            if _text(schema.get(key)):
                node[key] = _text(schema[key])
        if schema.get("deprecated") is True:
            node["deprecated"] = True
        example = schema.get("example")
        if (
            example is None
            and isinstance(schema.get("examples"), list)
            and schema["examples"]
        ):
            example = schema["examples"][0]
        if example is not None and node.get("type") != "any":
            node["example"] = example
        if "default" in schema and schema["default"] is not None:
            if node.get("type") in _SCALARS or node.get("type") in (
                "array",
                "map",
                "object",
            ):
                node["default"] = schema["default"]

    def _type_of(
        self, schema: Mapping[str, Any], pointer: str, report: Report
    ) -> tuple[str | None, bool]:
        """``(type, nullable)`` from ``type`` (3.1 lists) and 3.0's ``nullable``."""
        declared = schema.get("type")
        nullable = schema.get("nullable") is True
        if isinstance(declared, list):
            kinds = [kind for kind in declared if kind != "null"]
            nullable = nullable or len(kinds) != len(declared)
            if len(kinds) > 1:
                report(
                    pointer,
                    Category.UNSUPPORTED_TYPE,
                    f"type {declared}: several types are any JSON value here",
                )
                return None, nullable
            declared = kinds[0] if kinds else None
        if declared is None:
            if "properties" in schema or "additionalProperties" in schema:
                declared = "object"
            elif "items" in schema:
                declared = "array"
            elif "enum" in schema or "const" in schema:
                values = schema.get("enum") or [schema.get("const")]
                declared = _kind_of(values)
        return declared, nullable

    def _typed(
        self,
        schema: Mapping[str, Any],
        file: Path,
        pointer: str,
        report: Report,
        member: bool = False,
    ) -> dict[str, Any]:
        kind, nullable = self._type_of(schema, pointer, report)
        if nullable and not member:
            _null_refused(pointer, report)
        if kind in _SCALARS:
            scalar = self._scalar(kind, schema, pointer, report)
            carried = schema.get("contentSchema")
            if kind == "string" and isinstance(carried, Mapping):
                # JSON carried in a string: the spec's ``json`` facet, decoded lazily.
                scalar["json"] = self.convert(
                    carried, file, f"{pointer}/contentSchema", report
                )
            return scalar
        if kind == "array":
            items = schema.get("items")
            node: dict[str, Any] = {
                "type": "array",
                "items": (
                    self.convert(items, file, f"{pointer}/items", report)
                    if items is not None
                    else {"type": "any"}
                ),
            }
            for source_key, key in (
                ("minItems", "min_items"),
                ("maxItems", "max_items"),
            ):
                if isinstance(schema.get(source_key), int):
                    node[key] = schema[source_key]
            if schema.get("uniqueItems") is True:
                node["unique_items"] = True
            return node
        if kind == "object":
            return self._object(schema, file, pointer, report)
        if kind is None or kind == "null":
            return {"type": "any"}
        report(
            pointer, Category.UNSUPPORTED_TYPE, f"type {kind!r}: any JSON value here"
        )
        return {"type": "any"}

    def _scalar(
        self, kind: str, schema: Mapping[str, Any], pointer: str, report: Report
    ) -> dict[str, Any]:
        node: dict[str, Any] = {"type": kind}
        fmt = schema.get("format")
        if isinstance(fmt, str):
            if fmt in _KEPT_FORMATS.get(kind, ()):
                node["format"] = fmt
            elif (
                kind == "string" and fmt in _FORMAT_PATTERNS and "pattern" not in schema
            ):
                node["pattern"] = _FORMAT_PATTERNS[fmt]
            elif kind == "string" and fmt == "binary":
                report(
                    pointer,
                    Category.FACET,
                    "format binary: sent and read as text (files are not streamed)",
                )
            elif not (kind == "number" and fmt in ("int32", "int64")):
                report(pointer, Category.FACET, f"format {fmt!r} is not checked")
        values = schema.get("enum")
        if "const" in schema:
            values = [schema["const"]]
        if isinstance(values, list):
            kept = [v for v in values if v is not None and _fits(kind, v)]
            if len(kept) != len([v for v in values if v is not None]):
                report(pointer, Category.ENUM, "enum values of another type dropped")
            if kept:
                node["enum"] = list(dict.fromkeys(kept))
        limits = {
            "minLength": "min_length",
            "maxLength": "max_length",
            "pattern": "pattern",
            "minimum": "minimum",
            "maximum": "maximum",
        }
        for source_key, key in limits.items():
            if source_key in schema and kind != "boolean":
                node[key] = schema[source_key]
        for source_key, key, bound in (
            ("exclusiveMinimum", "exclusive_minimum", "minimum"),
            ("exclusiveMaximum", "exclusive_maximum", "maximum"),
        ):
            value = schema.get(source_key)
            if value is True and bound in node:  # 3.0: a flag on the bound
                node[key] = node.pop(bound)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                node[key] = value
        return node

    def _object(
        self, schema: Mapping[str, Any], file: Path, pointer: str, report: Report
    ) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        if not properties and isinstance(extra, Mapping) and extra:
            return {
                "type": "map",
                "values": self.convert(
                    extra, file, f"{pointer}/additionalProperties", report
                ),
            }
        required = set(schema.get("required") or [])
        members: dict[str, Any] = {}
        for name, sub in properties.items():
            path = f"{pointer}/properties/{name}"
            member = self.convert(sub, file, path, report, member=True)
            located = self.source.follow(sub, file).node
            flags = located if isinstance(located, Mapping) else {}
            if _allows_null(sub) or _allows_null(flags):
                # A null of its own, told apart from an absent member.
                member["nullable"] = True
            if name in required:
                member["required"] = True  # for the direction(s) the member travels
            for flag, facet in (("readOnly", "read_only"), ("writeOnly", "write_only")):
                if flags.get(flag) is True or (
                    isinstance(sub, Mapping) and sub.get(flag)
                ):
                    member[facet] = True
                    # Read by the importer where the direction is known (a request
                    # body's or an answer's own members), and never written out.
                    member[ACCESS] = flag
            members[name] = member
        node: dict[str, Any] = {"type": "object"}
        if members:
            node["members"] = members
        if extra is False:
            node["additional_members"] = False
        elif extra is True or (isinstance(extra, Mapping) and members):
            node["additional_members"] = True
            if isinstance(extra, Mapping) and extra:
                report(
                    pointer,
                    Category.UNSUPPORTED_KEY,
                    "additionalProperties: undeclared members are accepted unchecked",
                )
        return node

    def _all_of(
        self, schema: Mapping[str, Any], file: Path, pointer: str, report: Report
    ) -> dict[str, Any]:
        parts = schema["allOf"]
        if not isinstance(parts, list) or not parts:
            raise OpenApiError(f"{file}: {pointer}: allOf must be a non-empty list")
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if not all(self.is_object(part, file) for part in parts):
            if len(parts) == 1 and not rest.get("properties"):
                node = self.convert(parts[0], file, f"{pointer}/allOf/0", report)
                self._common(schema, node, pointer, report)
                return node
            report(
                pointer,
                Category.UNSUPPORTED_TYPE,
                "allOf of non-objects: any JSON value",
            )
            return {"type": "any"}
        merged: dict[str, Any] = {"type": "object", "members": {}}
        for index, part in enumerate(
            [*parts, rest] if rest.get("properties") else parts
        ):
            node = self.convert(
                part, file, f"{pointer}/allOf/{index}", report, inline=True
            )
            merged["members"].update(node.get("members", {}))
            if node.get("additional_members") is False:
                merged["additional_members"] = False
        for name in rest.get("required") or []:
            if name in merged["members"]:
                merged["members"][name]["required"] = True
        if not merged["members"]:
            del merged["members"]
        self._common(schema, merged, pointer, report)
        return merged

    def _one_of(
        self,
        schema: Mapping[str, Any],
        variants: Any,
        file: Path,
        pointer: str,
        report: Report,
        member: bool = False,
    ) -> dict[str, Any]:
        """A union: each variant a named shape (a reference, or an inline object named
        after its place) or an inline scalar, list or map; a discriminator whose
        property every variant declares picks the variant by its value."""
        keyword = "oneOf" if "oneOf" in schema else "anyOf"
        if not isinstance(variants, list):
            raise OpenApiError(f"{file}: {pointer}: {keyword} must be a list")
        if any(_is_null(v) for v in variants):
            # ``oneOf: [X, {type: "null"}]``: a nullable member of X.
            if not member:
                _null_refused(pointer, report)
            variants = [v for v in variants if not _is_null(v)]
            if len(variants) == 1:
                return self.convert(
                    variants[0], file, f"{pointer}/{keyword}/0", report, member=True
                )
        nodes: list[dict[str, Any]] = []
        for index, variant in enumerate(variants):
            where = f"{pointer}/{keyword}/{index}"
            if (
                isinstance(variant, Mapping)
                and "$ref" not in variant
                and (
                    self.is_object(variant, file)
                    or "oneOf" in variant
                    or "anyOf" in variant
                )
            ):
                nodes.append(self._inline_variant(variant, file, where, report))
            else:
                nodes.append(self.convert(variant, file, where, report))
        node: dict[str, Any] = {
            "type": "union",
            "variants": nodes,
            "match": "one" if keyword == "oneOf" else "any",
        }
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, Mapping):
            tagged = self._discriminator(
                discriminator, variants, nodes, file, pointer, report
            )
            if tagged is not None:
                node["discriminator"], node["mapping"] = tagged
        self._common(schema, node, pointer, report)
        return node

    def _inline_variant(
        self, variant: Mapping[str, Any], file: Path, pointer: str, report: Report
    ) -> dict[str, Any]:
        """An inline object (or union) variant as a named shape, named after where it
        sits (``PaymentOneOf1``), since a variant object needs a class of its own."""
        words = [
            part
            for part in re.split(r"[^A-Za-z0-9]+", pointer.replace("~1", "/"))
            if part[:1].isalpha() and part not in _PLACE_WORDS
        ]
        if not pointer.startswith("#"):  # inside an operation, not a named schema
            words = [self.operation, *words[-2:]]
        index = pointer.rsplit("/", 1)[-1]
        base = "".join(w[:1].upper() + w[1:] for w in words[-3:]) or "Variant"
        base += index
        name, number = base, 2
        taken = set(self._names.values()) | set(self.shapes) | _RESERVED
        while name in taken:
            name, number = f"{base}_{number}", number + 1
        self.shapes[name] = {"type": "any"}  # reserved while converting
        self.shapes[name] = self.convert(variant, file, pointer, report, top=True)
        return {"ref": name}

    def _discriminator(
        self,
        discriminator: Mapping[str, Any],
        variants: list[Any],
        nodes: list[dict[str, Any]],
        file: Path,
        pointer: str,
        report: Report,
    ) -> tuple[str, dict[str, str]] | None:
        """``(property, value -> shape name)``, or None (reported) when a variant is not
        a named object declaring the property."""
        field = discriminator.get("propertyName")
        if not isinstance(field, str) or not field:
            report(pointer, Category.MALFORMED, "discriminator needs a propertyName")
            return None
        for index, node in enumerate(nodes):
            shape = self.shapes.get(node.get("ref", ""), {})
            if shape.get("type") != "object" or field not in shape.get("members", {}):
                report(
                    f"{pointer}/discriminator",
                    Category.UNSUPPORTED_TYPE,
                    f"variant {index} has no property {field!r}: the variant is"
                    " chosen by which one the value fits",
                )
                return None
        mapping: dict[str, str] = {}
        given = discriminator.get("mapping") or {}
        if isinstance(given, Mapping):
            for value, target in given.items():
                reference = (
                    target
                    if isinstance(target, str) and ("#" in target or "/" in target)
                    else f"#/components/schemas/{target}"
                )
                named = self.named(reference, file, f"{pointer}/discriminator", report)
                if named.get("ref") not in {n.get("ref") for n in nodes}:
                    report(
                        f"{pointer}/discriminator/mapping/{value}",
                        Category.MALFORMED,
                        f"{target} is not one of the variants: value dropped",
                    )
                    continue
                mapping[str(value)] = named["ref"]
        mapped = set(mapping.values())
        for variant, node in zip(variants, nodes):
            # A variant the mapping leaves out is named by its schema's own name.
            if node["ref"] not in mapped and isinstance(variant, Mapping):
                own = variant.get("$ref")
                implied = (
                    own.rsplit("/", 1)[-1] if isinstance(own, str) else str(node["ref"])
                )
                mapping.setdefault(implied, node["ref"])
        return field, mapping


def _is_null(schema: Any) -> bool:
    """A schema whose only value is null (``{type: "null"}``, ``{const: null}``)."""
    return isinstance(schema, Mapping) and (
        schema.get("type") == "null" or ("const" in schema and schema["const"] is None)
    )


def _allows_null(schema: Any) -> bool:
    """Whether a (member's) schema admits null: 3.0 ``nullable``, 3.1 ``type`` lists,
    or a null variant of ``oneOf``/``anyOf``."""
    if not isinstance(schema, Mapping):
        return False
    declared = schema.get("type")
    return (
        schema.get("nullable") is True
        or (isinstance(declared, list) and "null" in declared)
        or any(_is_null(v) for v in schema.get("oneOf") or schema.get("anyOf") or [])
    )


def _null_refused(pointer: str, report: Report) -> None:
    report(
        pointer,
        Category.UNSUPPORTED_TYPE,
        "nullable: only an object's members may be null; a null here is refused",
    )


def _kind_of(values: list[Any]) -> str | None:
    kinds = {
        (
            "boolean"
            if isinstance(v, bool)
            else (
                "integer"
                if isinstance(v, int)
                else (
                    "number"
                    if isinstance(v, float)
                    else "string" if isinstance(v, str) else None
                )
            )
        )
        for v in values
        if v is not None
    }
    return kinds.pop() if len(kinds) == 1 else None


def _fits(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, (int, float)) and not isinstance(value, bool)
