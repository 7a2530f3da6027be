"""Types and validation rules of a shape, worded for readers in each language.

The reference pages and the command-line help both read their rules from here.

The wording is ours; the values in it (patterns, enum values, names) come from the spec
and are kept as separate spans so they are escaped where the page is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..markdown import (
    Block,
    RichText,
    Span,
    code,
    item,
    paragraph,
    parse,
    strong,
    text,
)
from ..model import JsonValue, Shape

_SCALAR_TYPES = {"string": "String", "boolean": "Boolean", "any": "Any"}


def shape_type(shape: Shape) -> str:
    """Alibaba's type words: ``String``, ``Long``, ``Array of AIImageJob``, ``Object``."""
    if shape.kind == "integer":
        return "Long" if shape.format == "int64" else "Integer"
    if shape.kind == "number":
        return {"float": "Float", "double": "Double"}.get(shape.format or "", "Number")
    if shape.kind == "array":
        assert shape.items is not None
        return f"Array of {shape_type(shape.items)}"
    if shape.kind == "map":
        assert shape.values is not None
        return f"Map of {shape_type(shape.values)}"
    if shape.kind == "object":
        return shape.class_name if shape.members and shape.class_name else "Object"
    if shape.kind == "union":
        # oneOf / anyOf, with the member that tells the variant when there is one.
        words = "One of" if shape.match == "one" else "Any of"
        listed = ", ".join(dict.fromkeys(shape_type(v) for v in shape.variants))
        told = f" (by {shape.discriminator})" if shape.discriminator else ""
        return f"{words} {listed}{told}"
    return _SCALAR_TYPES[shape.kind]


def value_text(value: JsonValue) -> str:
    """A spec value as a reader would type it: strings bare, the rest as compact JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def first_spans(rich: RichText, separator: str = " ") -> tuple[Span, ...]:
    """The spans of every block, run together: for text that must sit on one line."""
    spans: list[Span] = []
    for block in rich:
        if spans:
            spans.append(text(separator))
        spans.extend(block.spans)
    return tuple(spans)


_UNITS = {
    "characters": ("character", "characters", "个字符"),
    "items": ("item", "items", "项"),
    "bytes": ("byte", "bytes", "字节"),
}


def _en_unit(unit: str, count: int) -> str:
    singular, plural, _ = _UNITS[unit]
    return singular if count == 1 else plural


def count_rule(
    low: int | None, high: int | None, unit: str, language: str
) -> Block | None:
    """``1 to 10 items.`` / ``1～10 项。`` and friends; None when neither bound is set."""
    if low is None and high is None:
        return None
    zh_unit = _UNITS[unit][2]
    if language == "zh":
        # Lengths read "长度为…"; counts of items need no subject.
        subject = "长度" if unit == "characters" else ""
        if low is not None and high is not None:
            bound = f"{low}" if low == high else f"{low}～{high}"
            lead = f"{subject}为 " if subject else ("恰好 " if low == high else "")
            return paragraph(text(f"{lead}{bound} {zh_unit}。"))
        if low is not None:
            return paragraph(text(f"{subject}至少 {low} {zh_unit}。"))
        return paragraph(text(f"{subject}最多 {high} {zh_unit}。"))
    if low is not None and high is not None:
        if low == high:
            return paragraph(text(f"Exactly {low} {_en_unit(unit, low)}."))
        return paragraph(text(f"{low} to {high} {_en_unit(unit, high)}."))
    if low is not None:
        return paragraph(text(f"At least {low} {_en_unit(unit, low)}."))
    assert high is not None
    return paragraph(text(f"At most {high} {_en_unit(unit, high)}."))


def _number_rules(shape: Shape, zh: bool) -> list[Block]:
    c = shape.constraints
    out: list[Block] = []
    if c.minimum is not None and c.maximum is not None:
        low, high = number_text(c.minimum), number_text(c.maximum)
        out.append(
            paragraph(
                text(
                    f"取值范围：{low}～{high}。"
                    if zh
                    else f"Valid range: {low} to {high}."
                )
            )
        )
    elif c.minimum is not None:
        low = number_text(c.minimum)
        out.append(
            paragraph(text(f"最小值：{low}。" if zh else f"Minimum value: {low}."))
        )
    elif c.maximum is not None:
        high = number_text(c.maximum)
        out.append(
            paragraph(text(f"最大值：{high}。" if zh else f"Maximum value: {high}."))
        )
    if c.exclusive_minimum is not None:
        low = number_text(c.exclusive_minimum)
        out.append(paragraph(text(f"须大于 {low}。" if zh else f"Greater than {low}.")))
    if c.exclusive_maximum is not None:
        high = number_text(c.exclusive_maximum)
        out.append(paragraph(text(f"须小于 {high}。" if zh else f"Less than {high}.")))
    return out


def _enum_rules(shape: Shape, language: str) -> list[Block]:
    if not shape.enum:
        return []
    zh = language == "zh"
    out = [paragraph(text("取值：" if zh else "Valid values:"))]
    for value in shape.enum:
        spans: list[Span] = [strong(text(value_text(value.value)))]
        described = first_spans(parse(value.description.get(language)))
        if described:
            spans.append(text("：" if zh else ": "))
            spans.extend(described)
        out.append(item(*spans))
    return out


def _any_of_rule(groups: Sequence[Sequence[str]], zh: bool) -> Block:
    spans: list[Span] = [
        text("须至少包含以下之一：" if zh else "Must contain at least one of: ")
    ]
    for index, group in enumerate(groups):
        if index:
            spans.append(text("；" if zh else "; "))
        for position, name in enumerate(group):
            if position:
                spans.append(text(" 和 " if zh else " and "))
            spans.append(code(name))
    spans.append(text("。" if zh else "."))
    return paragraph(*spans)


def rules(shape: Shape, language: str) -> list[Block]:
    """Every rule of one value's shape, each as its own paragraph (enums as a list)."""
    zh = language == "zh"
    c = shape.constraints
    out: list[Block] = []
    if shape.json_content is not None:
        decoded = shape_type(shape.json_content)
        out.append(
            paragraph(
                text(
                    "JSON 字符串，解码后为 "
                    if zh
                    else "A JSON document in a string; decoded, it is "
                ),
                code(decoded),
                text("。" if zh else "."),
            )
        )
        out.extend(_decoded_rules(shape.json_content, language))
    if shape.format == "date-time" and shape.kind == "string":
        out.append(
            paragraph(
                text(
                    "格式：RFC 3339 日期时间，UTC 时间写作 "
                    if zh
                    else "Format: RFC 3339 date and time, in UTC written as "
                ),
                code("yyyy-MM-ddTHH:mm:ssZ"),
                text("。" if zh else "."),
            )
        )
    if shape.format == "binary" and shape.kind == "string":
        out.append(
            paragraph(
                text(
                    "文件：路径（pathlib.Path）、二进制文件对象、bytes 或 FilePart，分块上传。"
                    if zh
                    else "A file: a pathlib.Path, a binary file object, bytes or a"
                    " FilePart, uploaded in chunks."
                )
            )
        )
    lengths = count_rule(c.min_length, c.max_length, "characters", language)
    if lengths is not None:
        out.append(lengths)
    if c.max_bytes is not None:
        # Bytes, not characters: one Chinese character takes three of them.
        out.append(
            paragraph(
                text(
                    f"UTF-8 编码后最多 {c.max_bytes} 字节。"
                    if zh
                    else f"At most {c.max_bytes} {_en_unit('bytes', c.max_bytes)}"
                    " in UTF-8."
                )
            )
        )
    counts = count_rule(c.min_items, c.max_items, "items", language)
    if counts is not None:
        out.append(counts)
    if c.pattern is not None:
        out.append(
            paragraph(
                text(
                    "须匹配正则表达式 " if zh else "Must match the regular expression "
                ),
                code(c.pattern),
                text("。" if zh else "."),
            )
        )
    out.extend(_number_rules(shape, zh))
    if c.unique_items:
        out.append(paragraph(text("各项不能重复。" if zh else "Items must be unique.")))
    if c.any_of_required:
        out.append(_any_of_rule(c.any_of_required, zh))
    out.extend(_enum_rules(shape, language))
    if shape.default is not None:
        out.append(
            paragraph(
                text("默认值：" if zh else "Default value: "),
                strong(text(value_text(shape.default))),
                text("。" if zh else "."),
            )
        )
    if shape.kind == "array" and shape.items is not None:
        out.extend(_each_item(shape.items, language))
    return out


def _structure_rules(shape: Shape, language: str) -> list[Block]:
    """Rules of a structure as a whole; its members' rules sit on their own rows."""
    groups = shape.constraints.any_of_required
    return [_any_of_rule(groups, language == "zh")] if groups else []


def _decoded_rules(content: Shape, language: str) -> list[Block]:
    """Rules of the document inside a JSON string, as far as no row of its own shows them."""
    if content.kind == "object" and content.members:
        return _structure_rules(content, language)
    return rules(content, language)


def _each_item(items: Shape, language: str) -> list[Block]:
    """Rules of list items, each introduced as applying to every item."""
    zh = language == "zh"
    if items.kind == "object" and items.members:
        inner = _structure_rules(items, language)
    else:
        inner = rules(items, language)
    prefix = text("每一项：" if zh else "Each item: ")
    out = []
    for block in inner:
        if block.kind == "paragraph":
            spans = block.spans
            first = spans[0] if spans else None
            if not zh and first is not None and first.kind == "text":
                # Our English rules start with a capital; after "Each item:" they go on.
                spans = (text(first.text[:1].lower() + first.text[1:]), *spans[1:])
            block = Block(block.kind, (prefix, *spans), block.number)
        out.append(block)
    return out
