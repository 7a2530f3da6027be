"""The data inside a spec's examples, read with the IR's shapes.

Shared by the targets that turn examples into something: generated tests assert what the
examples hold, the offline server answers with them. XML is read by the generated
client's own reader (``generator.xml_examples``), so an example and its assertions
cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from xml.etree.ElementTree import Element

from .. import xml_examples
from ..model import ErrorExample, JsonValue, Operation, ResponseExample, Shape
from ..naming import snake_case
from .python_code import default_literal, xml_descriptor

ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")


def parse_xml(body: str) -> Element:
    """The root element of an example (lint has checked that it parses safely)."""
    return xml_examples.parse(body)


def response_data(
    example: ResponseExample, output: Shape, payload: str | None = None
) -> JsonValue:
    """The wire data of a response example, whichever format it is written in; with
    ``payload`` (the output member that is the whole body) that member's object."""
    if example.format == "xml":
        read, misfits = xml_examples.read(
            parse_xml(example.body), xml_descriptor(output)
        )
        assert not misfits, misfits  # lint refuses such examples
        value: JsonValue = read
        return value
    data: Any = json.loads(example.body)
    return {payload: data} if payload is not None else data


def xml_root_tag(body: str) -> str:
    return str(parse_xml(body).tag)


def error_fields(example: ErrorExample) -> dict[str, str]:
    """RequestId, HostId, Code, Message and Recommend of an error example's body,
    under those names whether the body spells them so or in lower camel case
    (``requestId``, as ROA services do; lint holds each protocol to its spelling)."""
    if example.format == "xml":
        found = xml_examples.text_fields(parse_xml(example.body))
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


def sent_input(
    operation: Operation, example_input: Mapping[str, JsonValue]
) -> dict[str, JsonValue]:
    """A request example's input as the client sends it: with the spec default of each
    member the example leaves out and the client sends (``default_literal``)."""
    data = dict(example_input)
    for member in operation.input.members:
        if member.wire_name not in data and default_literal(member) is not None:
            data[member.wire_name] = member.shape.default
    return data


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
