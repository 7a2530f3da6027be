"""JSON Schema (draft 2020-12) for the request and the response of every operation.

This module only builds schema objects from the IR; ``schema_files`` writes them, and the
OpenAPI export embeds the very same objects. Each document is self-contained: named
shapes become ``$defs`` entries referenced as ``#/$defs/Name``, and ``$id`` makes the
document its own resource, so the references still resolve once it is embedded
elsewhere (an OpenAPI 3.1 ``components/schemas`` entry, say).

Rules JSON Schema cannot say exactly are written as the nearest standard keyword plus a
vendor keyword that says the rest:

* ``max_bytes`` (UTF-8 length) becomes ``maxLength`` (one character is at least one byte,
  so the byte limit is also a character limit, necessary but not sufficient) and
  ``x-maxBytes``, which validators must be taught (the generated Python validators and
  the tests' jsonschema extension both enforce it).
* JSON carried inside a string becomes ``contentMediaType: application/json`` and
  ``contentSchema``; draft 2020-12 makes both annotations only, so a stock validator
  does not decode the text. The generated validators do.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from ..model import Member, Operation, Shape, Text
from ..sent_shapes import stricter_when_sent

JsonObject = dict[str, Any]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
MAX_BYTES = "x-maxBytes"
ENUM_DESCRIPTIONS = "x-enumDescriptions"
JSON_MEDIA_TYPE = "application/json"
PARTS = ("request", "response")

MAX_BYTES_NOTE = (
    "At most {limit} bytes in UTF-8. No standard keyword counts bytes: `x-maxBytes`"
    " states the rule, and `maxLength` is never more than the character bound it"
    " implies."
)
CONTENT_NOTE = (
    "The string holds a JSON document (`contentMediaType`) described by"
    " `contentSchema`."
)


def english_and_chinese(text: Text) -> str | None:
    """English first, then Chinese; ``None`` when the spec says nothing."""
    parts = [part.strip() for part in (text.en, text.zh) if part and part.strip()]
    if len(parts) == 2 and parts[0] == parts[1]:
        parts = parts[:1]
    return "\n\n".join(parts) or None


def title_text(text: Text) -> str | None:
    """``English (中文)`` on one line."""
    en, zh = (text.en or "").strip(), (text.zh or "").strip()
    if en and zh and en != zh:
        return f"{en} ({zh})"
    return en or zh or None


def schema_file_name(operation: Operation, part: str) -> str:
    """``GetAIImageJobs.request.json``: the file name, also the document's ``$id``."""
    return f"{operation.name}.{part}.json"


def _copied(value: Any) -> Any:
    """Example data is the IR's: a schema gets its own copy, free to change."""
    return copy.deepcopy(value)


def _joined(*paragraphs: str | None) -> str | None:
    kept = [paragraph for paragraph in paragraphs if paragraph]
    return "\n\n".join(kept) or None


class SchemaBuilder:
    """Turns shapes into schemas, collecting named shapes into ``defs``.

    Use one builder per document: named shapes are keyed by their spec name, which is
    unique within one operation's view. ``ref_prefix`` is where the ``$defs`` live
    relative to the document that will hold them (``#/$defs/`` here).
    """

    def __init__(
        self,
        ref_prefix: str = "#/$defs/",
        sent_suffix: str = "",
        received: frozenset[str] = frozenset(),
    ) -> None:
        self.ref_prefix = ref_prefix
        self.defs: dict[str, JsonObject] = {}
        # While a request is described, nested objects refuse undeclared members (see
        # sent_shapes). A named shape that responses use too (``received``) and that
        # reads differently in a request gets a second entry, ``sent_suffix`` added to
        # its name, when one builder serves both directions.
        self.sent_suffix = sent_suffix
        self.received = received
        self.sending = False
        self.request_root: Shape | None = None

    def sorted_defs(self) -> JsonObject:
        return {name: self.defs[name] for name in sorted(self.defs)}

    def shape(self, shape: Shape) -> JsonObject:
        """The schema of a value of ``shape``: a ``$ref`` for a named shape."""
        if shape.name is None:
            return self.inline(shape)
        name = shape.name
        if self.sending and name in self.received and stricter_when_sent(shape):
            name += self.sent_suffix
        if name not in self.defs:
            # Claimed before it is described: a recursive shape refers to its entry.
            self.defs[name] = {}
            self.defs[name] = self.inline(shape)
        return {"$ref": self.ref_prefix + name}

    def member(self, member: Member) -> JsonObject:
        """A member's schema: its shape's, with what the member says about itself.

        Annotations beside ``$ref`` are allowed from draft 2019-09 on, so a member that
        refers to a named shape keeps its own description and example.
        """
        schema = self.shape(member.shape)
        description = english_and_chinese(member.description)
        if description and member.description != member.shape.description:
            if "$ref" not in schema:
                description = _joined(description, *self._notes(member.shape))
            schema["description"] = description
        if member.example is not None and member.example != member.shape.example:
            schema["examples"] = [_copied(member.example)]
        if member.deprecated:
            schema["deprecated"] = True
        if member.read_only:
            schema["readOnly"] = True
        if member.write_only:
            schema["writeOnly"] = True
        if member.nullable:
            # A null of its own (told apart from an absent member), beside the shape.
            return {"anyOf": [schema, {"type": "null"}]}
        return schema

    def _direction_member(self, member: Member) -> JsonObject:
        """A member's schema as this direction reads it: a request may not carry a
        read-only member (no value fits ``not: {}``), an answer is not read for a
        write-only one (any value)."""
        if self.sending and member.read_only:
            return {"readOnly": True, "not": {}}
        if not self.sending and member.write_only:
            return {"writeOnly": True}
        return self.member(member)

    def _required(self, member: Member) -> bool:
        if self.sending:
            return member.required and not member.read_only
        return member.required and not member.write_only

    def inline(self, shape: Shape) -> JsonObject:
        schema: JsonObject = {}
        title = title_text(shape.title)
        if title:
            schema["title"] = title
        description = _joined(
            english_and_chinese(shape.description), *self._notes(shape)
        )
        if description:
            schema["description"] = description
        schema.update(self._rules(shape))
        if shape.default is not None:
            schema["default"] = _copied(shape.default)
        if shape.deprecated:
            schema["deprecated"] = True
        if shape.example is not None:
            schema["examples"] = [_copied(shape.example)]
        return schema

    def _notes(self, shape: Shape) -> list[str | None]:
        """Sentences explaining the vendor and content keywords a shape uses."""
        notes: list[str | None] = []
        if shape.kind == "string" and shape.constraints.max_bytes is not None:
            notes.append(MAX_BYTES_NOTE.format(limit=shape.constraints.max_bytes))
        if shape.json_content is not None:
            notes.append(CONTENT_NOTE)
        return notes

    def _rules(self, shape: Shape) -> JsonObject:
        kind = shape.kind
        if kind == "any":
            return {}
        if kind == "union":
            return self._union_rules(shape)
        rules: JsonObject = {"type": "object" if kind == "map" else kind}
        if shape.format is not None:
            # int32/int64/float/double are annotations, as in OpenAPI; date-time is checked.
            rules["format"] = shape.format
        if shape.enum:
            rules["enum"] = [value.value for value in shape.enum]
            described = {
                str(value.value): english_and_chinese(value.description)
                for value in shape.enum
                if value.description
            }
            if described:
                rules[ENUM_DESCRIPTIONS] = described
        if kind == "string":
            rules.update(self._string_rules(shape))
        elif kind in ("integer", "number"):
            rules.update(_number_rules(shape))
        elif kind == "object":
            rules.update(self._object_rules(shape))
        elif kind == "array":
            assert shape.items is not None
            rules["items"] = self.shape(shape.items)
            limits = shape.constraints
            if limits.min_items is not None:
                rules["minItems"] = limits.min_items
            if limits.max_items is not None:
                rules["maxItems"] = limits.max_items
            if limits.unique_items:
                rules["uniqueItems"] = True
        elif kind == "map":
            assert shape.values is not None
            rules["additionalProperties"] = self.shape(shape.values)
        return rules

    def _string_rules(self, shape: Shape) -> JsonObject:
        limits = shape.constraints
        rules: JsonObject = {}
        if limits.min_length is not None:
            rules["minLength"] = limits.min_length
        bounds = [b for b in (limits.max_length, limits.max_bytes) if b is not None]
        if bounds:
            rules["maxLength"] = min(bounds)
        if limits.max_bytes is not None:
            rules[MAX_BYTES] = limits.max_bytes
        if limits.pattern is not None:
            rules["pattern"] = limits.pattern
        if shape.json_content is not None:
            rules["contentMediaType"] = JSON_MEDIA_TYPE
            rules["contentSchema"] = self.shape(shape.json_content)
        return rules

    def _union_rules(self, shape: Shape) -> JsonObject:
        """``oneOf``/``anyOf`` of the variants; a discriminator as OpenAPI spells it
        (an annotation to JSON Schema: the variants alone decide what is valid)."""
        variants = [self.shape(variant) for variant in shape.variants]
        rules: JsonObject = {"oneOf" if shape.match == "one" else "anyOf": variants}
        if shape.discriminator is not None:
            mapping = {
                value: variants[index]["$ref"]
                for value, index in shape.mapping
                if "$ref" in variants[index]
            }
            rules["discriminator"] = {
                "propertyName": shape.discriminator,
                "mapping": mapping,
            }
        return rules

    def _object_rules(self, shape: Shape) -> JsonObject:
        rules: JsonObject = {}
        if shape.members:
            rules["properties"] = {
                member.wire_name: self._direction_member(member)
                for member in shape.members
            }
            required = [m.wire_name for m in shape.members if self._required(m)]
            if required:
                rules["required"] = required
        if not shape.additional_members or (
            self.sending and shape.closed_when_sent and shape is not self.request_root
        ):
            rules["additionalProperties"] = False
        groups = shape.constraints.any_of_required
        if groups:
            rules["anyOf"] = [{"required": list(group)} for group in groups]
        return rules


def _number_rules(shape: Shape) -> JsonObject:
    limits = shape.constraints
    rules: JsonObject = {}
    for keyword, value in (
        ("minimum", limits.minimum),
        ("maximum", limits.maximum),
        ("exclusiveMinimum", limits.exclusive_minimum),
        ("exclusiveMaximum", limits.exclusive_maximum),
    ):
        if value is not None:
            rules[keyword] = value
    return rules


def shape_document(
    shape: Shape,
    *,
    schema_id: str | None,
    title: str | None = None,
    description: str | None = None,
    examples: list[Any] | None = None,
    builder: SchemaBuilder | None = None,
    sending: bool = False,
) -> JsonObject:
    """A document for ``shape`` (a class-backed structure or any shape).

    With no ``builder`` the document stands alone: named shapes go into its own
    ``$defs``. With one, they go into ``builder.defs`` for the caller to place (OpenAPI
    keeps them in ``components/schemas``) and ``schema_id`` may be ``None``.
    """
    standalone = builder is None
    builder = builder or SchemaBuilder()
    builder.sending, builder.request_root = sending, shape if sending else None
    try:
        body = builder.inline(shape)
    finally:
        builder.sending, builder.request_root = False, None
    document: JsonObject = {"$schema": DIALECT} if standalone else {}
    if schema_id is not None:
        document["$id"] = schema_id
    if title:
        document["title"] = title
    joined = _joined(description, body.pop("description", None))
    if joined:
        document["description"] = joined
    body.pop("title", None)
    document.update(body)
    if examples:
        document["examples"] = _copied(examples)
    if standalone and builder.defs:
        document["$defs"] = builder.sorted_defs()
    return document


def _response_examples(operation: Operation) -> list[Any]:
    """Documented JSON response bodies, parsed (XML ones are the same data in XML)."""
    return [
        json.loads(example.body)
        for example in operation.examples.responses
        if example.format == "json"
    ]


def operation_schemas(
    operation: Operation, builder: SchemaBuilder | None = None
) -> tuple[JsonObject, JsonObject]:
    """``(request_schema, response_schema)`` of one operation, as plain JSON data.

    The request schema describes the parameters as wire-shaped data (wire names, lists
    as arrays, JSON-in-string members as text), before query serialization: what
    ``validate_request`` checks. The response schema describes the decoded body.
    Without ``builder`` each is a standalone document (the schema files); with one,
    named shapes are left in ``builder.defs`` under ``builder.ref_prefix`` (OpenAPI).
    """
    heading = title_text(operation.title)
    summary = english_and_chinese(operation.summary)
    standalone = builder is None
    request = shape_document(
        operation.input,
        schema_id=schema_file_name(operation, "request") if standalone else None,
        title=f"{operation.name} request" + (f": {heading}" if heading else ""),
        description=_joined(
            summary,
            f"The parameters of {operation.name} as wire-shaped data, before they are"
            " written into the query.",
        ),
        examples=[example.input for example in operation.examples.requests],
        builder=builder,
        sending=True,
    )
    response = shape_document(
        operation.output,
        schema_id=schema_file_name(operation, "response") if standalone else None,
        title=f"{operation.name} response" + (f": {heading}" if heading else ""),
        description=_joined(
            summary, f"The body of a successful {operation.name} response."
        ),
        examples=_response_examples(operation),
        builder=builder,
    )
    return request, response
