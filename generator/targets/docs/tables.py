"""Rows of the parameter, response and error tables, computed from the IR.

Nested fields are listed under their parent with dotted names (``AIImageJobList.JobId``),
including the decoded members of JSON-in-string fields
(``AIImageJobList.AIImageResult.Score``): one flat table keeps its columns in every
Markdown renderer, where indentation inside a cell does not survive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...markdown import RichText, paragraph, parse, text
from ...model import ErrorDefinition, JsonValue, Member, Shape
from ..wording import rules, shape_type, value_text


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str
    example: str
    description: RichText
    required: bool = False


@dataclass(frozen=True)
class ErrorRow:
    http_status: str
    code: str
    message: str
    description: RichText


def example_text(value: JsonValue | None) -> str:
    return "" if value is None else value_text(value)


def describe(member: Member, language: str, extra: Sequence[RichText] = ()) -> RichText:
    """A member's own description, then what the binding adds, then its rules."""
    blocks = list(parse(member.description.get(language)))
    for more in extra:
        blocks.extend(more)
    blocks.extend(rules(member.shape, language))
    zh = language == "zh"
    if member.nullable:
        blocks.append(
            paragraph(
                text(
                    "可为 null（与缺省不同）。"
                    if zh
                    else "May be null, which is not the same as absent."
                )
            )
        )
    if member.read_only:
        blocks.append(
            paragraph(
                text("只读：仅出现在响应中。" if zh else "Read-only: answers only.")
            )
        )
    if member.write_only:
        blocks.append(
            paragraph(
                text("只写：仅出现在请求中。" if zh else "Write-only: requests only.")
            )
        )
    if member.deprecated or member.shape.deprecated:
        blocks.append(
            paragraph(text("已废弃。" if language == "zh" else "Deprecated."))
        )
    return tuple(blocks)


def nested(shape: Shape) -> tuple[Shape, str] | None:
    """The structure listed under a value of ``shape``, and the infix of child names.

    Lists and JSON-in-string text are looked through; map values sit under ``*``.
    """
    if shape.json_content is not None:
        return nested(shape.json_content)
    if shape.kind == "array" and shape.items is not None:
        return nested(shape.items)
    if shape.kind == "map" and shape.values is not None:
        inner = nested(shape.values)
        return None if inner is None else (inner[0], "*." + inner[1])
    if shape.kind == "object" and shape.members:
        return shape, ""
    return None


def field_rows(
    members: Sequence[Member],
    prefix: str,
    language: str,
    ancestry: tuple[int, ...] = (),
) -> list[FieldRow]:
    """One row per member, each followed by the rows of whatever it holds."""
    rows: list[FieldRow] = []
    for member in members:
        name = prefix + member.wire_name
        rows.append(
            FieldRow(
                name=name,
                type=shape_type(member.shape),
                example=example_text(member.example),
                description=describe(member, language),
                required=member.required,
            )
        )
        rows.extend(children_rows(member.shape, name + ".", language, ancestry))
    return rows


def children_rows(
    shape: Shape, prefix: str, language: str, ancestry: tuple[int, ...]
) -> list[FieldRow]:
    if shape.kind == "union":
        # Each object variant's members, under the variant's name in parentheses.
        rows: list[FieldRow] = []
        for variant in shape.variants:
            if variant.is_structure and id(variant) not in ancestry:
                rows += field_rows(
                    variant.members,
                    f"{prefix}({variant.class_name}).",
                    language,
                    ancestry + (id(variant),),
                )
        return rows
    inner = nested(shape)
    # A recursive shape is listed once: its second appearance would never end.
    if inner is None or id(inner[0]) in ancestry:
        return []
    structure, infix = inner
    return field_rows(
        structure.members, prefix + infix, language, ancestry + (id(structure),)
    )


def response_rows(output: Shape, language: str) -> list[FieldRow]:
    return field_rows(output.members, "", language, (id(output),))


def error_rows(errors: Sequence[ErrorDefinition], language: str) -> list[ErrorRow]:
    return [
        ErrorRow(
            http_status="" if error.http_status is None else str(error.http_status),
            code=error.code,
            message=error.message or "",
            description=parse(error.description.get(language)),
        )
        for error in errors
    ]
