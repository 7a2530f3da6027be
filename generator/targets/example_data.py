"""The data inside a spec's examples, read with the IR's shapes.

Shared by the targets that turn examples into something: generated tests assert what the
examples hold, the offline server answers with them. XML is read by Alibaba's rules
(lists flattened, the shape decides what is a list and what a number), exactly as the
generated client reads it, so an example and its assertions cannot disagree.
"""

from __future__ import annotations

import json
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from ..model import ErrorExample, JsonValue, Operation, ResponseExample, Shape
from ..naming import snake_case

ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")


def parse_xml(body: str) -> Element:
    """The root element of an example (defusedxml: a spec is text from outside)."""
    root: Element = fromstring(body.encode("utf-8"), forbid_dtd=True)
    return root


def xml_value(element: Element, shape: Shape) -> JsonValue:
    """An XML element as the wire value ``shape`` describes."""
    if shape.json_content is not None:
        return element.text or ""
    if shape.kind == "object" and shape.members:
        return xml_object(element, shape)
    if shape.kind in ("object", "map"):
        inner = shape.values
        return {
            child.tag: (
                xml_value(child, inner) if inner is not None else child.text or ""
            )
            for child in element
        }
    if shape.kind == "array":
        assert shape.items is not None
        return [xml_value(child, shape.items) for child in element]
    text = element.text or ""
    if shape.kind == "integer":
        return int(text.strip())
    if shape.kind == "number":
        return float(text.strip())
    if shape.kind == "boolean":
        return text.strip().lower() == "true"
    return text


def xml_object(element: Element, shape: Shape) -> dict[str, JsonValue]:
    result: dict[str, JsonValue] = {}
    for member in shape.members:
        children = element.findall(member.wire_name)
        if not children:
            continue
        if member.shape.kind == "array" and member.shape.json_content is None:
            assert member.shape.items is not None
            result[member.wire_name] = [
                xml_value(child, member.shape.items) for child in children
            ]
        elif (wrapped := _item_level_dropped(children, member.shape)) is not None:
            list_name, item = wrapped
            result[member.wire_name] = {
                list_name: [xml_value(child, item) for child in children]
            }
        else:
            result[member.wire_name] = xml_value(children[0], member.shape)
    return result


def _item_level_dropped(
    elements: list[Element], shape: Shape
) -> tuple[str, Shape] | None:
    """Alibaba's documented XML may write ``{"List": {"Item": [...]}}`` without the
    item level (each ``<List>`` holds one item); the runtime reads both forms."""
    if shape.kind != "object" or len(shape.members) != 1:
        return None
    (inner,) = shape.members
    items = inner.shape.items
    if inner.shape.kind != "array" or items is None:
        return None
    for element in elements:
        tags = {child.tag for child in element}
        if inner.wire_name in tags:
            return None
        if items.kind == "object":
            if tags.isdisjoint(member.wire_name for member in items.members):
                return None
        elif len(element) or not (element.text or "").strip():
            return None
    return inner.wire_name, items


def response_data(
    example: ResponseExample, output: Shape, payload: str | None = None
) -> JsonValue:
    """The wire data of a response example, whichever format it is written in; with
    ``payload`` (the output member that is the whole body) that member's object."""
    if example.format == "xml":
        return xml_object(parse_xml(example.body), output)
    data: Any = json.loads(example.body)
    return {payload: data} if payload is not None else data


def xml_root_tag(body: str) -> str:
    return str(parse_xml(body).tag)


def error_fields(example: ErrorExample) -> dict[str, str]:
    """RequestId, HostId, Code, Message and Recommend of an error example's body,
    under those names whether the body spells them so or in lower camel case
    (``requestId``, as ROA services do; lint holds each protocol to its spelling)."""
    if example.format == "xml":
        root = parse_xml(example.body)
        found = {child.tag: child.text or "" for child in root}
    else:
        data = json.loads(example.body)
        found = {key: value for key, value in data.items() if isinstance(value, str)}
    fields = {}
    for name in ERROR_FIELDS:
        lower_camel = name[0].lower() + name[1:]
        if name in found:
            fields[name] = found[name]
        elif lower_camel in found:
            fields[name] = found[lower_camel]
    return fields


def served_examples(
    operation: Operation,
) -> tuple[ResponseExample | None, ResponseExample | None]:
    """``(json, xml)``: the success examples the offline server answers with (the
    first documented one of each format)."""
    chosen: dict[str, ResponseExample] = {}
    for example in operation.examples.responses:
        if example.http_status == 200:
            chosen.setdefault(example.format, example)
    return chosen.get("json"), chosen.get("xml")


def identifiers(names: list[str]) -> list[str]:
    """Python identifiers for example names, unique among themselves."""
    result: list[str] = []
    for name in names:
        base = snake_case(name) or "example"
        candidate, index = base, 2
        while candidate in result:
            candidate, index = f"{base}_{index}", index + 1
        result.append(candidate)
    return result
