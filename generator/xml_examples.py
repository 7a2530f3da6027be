"""Alibaba-style XML examples read exactly as a generated client reads them.

The linter, the importer and the targets that turn examples into tests and server
answers all read XML here, and here reads it with the runtime's own reader
(``xml_decode``, see ``runtime_view``): which repeated element wins, how a list without
its item level reads, what a scalar's text means are decided in one place. An example
the reader would have to guess at (a repeated element where one value is declared,
child elements where text is) is a problem, not data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from xml.etree.ElementTree import Element

from .runtime_view import runtime_module

Descriptor = Any
Resolver = Any  # ``instances.Resolver``: a node's ``ref`` resolved
# Deeper than any spec may nest (lint refuses more): a recursive shape stops here.
_MAX_DEPTH = 64


class XmlExampleError(ValueError):
    """The text is not XML that may be read (it does not parse, or is unsafe)."""


def parse(body: str) -> Element:
    """The root element; XmlExampleError for broken or unsafe XML (defusedxml)."""
    reader = runtime_module("xml_decode")
    errors = runtime_module("errors")
    try:
        root: Element = reader.parse_xml_root(body)
    except errors.ResponseParseError as error:
        if error.reason.startswith("XML response refused"):
            raise XmlExampleError(
                "a document type declaration is not accepted"
                " (its entities could expand without bound)"
            ) from None
        raise XmlExampleError(
            error.reason.replace("response is not valid XML: ", "")
        ) from None
    return root


def read(root: Element, descriptor: Descriptor) -> tuple[Any, list[tuple[str, str]]]:
    """``(data, problems)``: the data a client would read, and each ``(pointer,
    problem)`` where the document does not fit (then ``data`` is ``None``)."""
    reader = runtime_module("xml_decode")
    misfits: list[tuple[str, str]] = reader.xml_misfits(root, descriptor)
    if misfits:
        return None, misfits
    return reader.decode_element(root, descriptor), []


def text_fields(root: Element) -> dict[str, str]:
    """An error body's fields (``<Code>``, ``<RequestId>``...) as text, read as the
    runtime reads error bodies."""
    reader = runtime_module("xml_decode")
    fields: dict[str, str] = reader.decode_element(
        root, {child.tag: "string" for child in root}
    )
    return fields


def node_descriptor(node: Mapping[str, Any], resolve: Resolver, depth: int = 0) -> Any:
    """The reader's descriptor of a spec type node (what ``python_code.xml_descriptor``
    gives for the same shape once it is built)."""
    resolved = resolve(node) or {}
    kind = resolved.get("type")
    if depth > _MAX_DEPTH:
        return "any"
    if isinstance(resolved.get("json"), Mapping):
        return "string"
    if kind in ("string", "integer", "number", "boolean", "any"):
        return kind
    if kind in ("array", "map"):
        inner = resolved.get("items" if kind == "array" else "values")
        child = (
            node_descriptor(inner, resolve, depth + 1)
            if isinstance(inner, Mapping)
            else "any"
        )
        return ("list" if kind == "array" else "map", child)
    members = resolved.get("members")
    if kind != "object" or not isinstance(members, Mapping) or not members:
        return "any"
    return {
        str(name): (
            node_descriptor(member, resolve, depth + 1)
            if isinstance(member, Mapping)
            else "any"
        )
        for name, member in members.items()
    }
