"""Read operation parameters back from query text into wire-shaped data.

The inverse of the client's ``rpc_params``, one function per parameter style, so the
generated validators can judge what arrived exactly as they judge what a client sends.
A text that does not convert (``abc`` for an integer) is kept as text: the validator then
names the parameter and what is wrong with it.

Descriptors are those of the XML reader: ``"string" | "integer" | "number" | "boolean" |
"any"``, ``("list", item)``, ``("map", value)`` and ``{wire_name: descriptor}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["comma", "json_value", "nested", "reader", "scalar"]

Descriptor = Any
_TREE_LEAF = ""  # key under which a node keeps its own text when it also has children


def reader(
    rules: Sequence[tuple[Any, ...]],
) -> Callable[[Mapping[str, str]], dict[str, Any]]:
    """An operation's query parameters read back into wire-shaped data.

    One rule per parameter, listed by the generator as data rather than code (the
    server is no hot path): ``(member wire name, query name, how)`` plus the descriptor
    for ``nested`` (repeat_list and flat styles), ``comma`` (its items) and ``scalar``;
    ``text`` and ``json`` take none."""
    listed = tuple(rules)

    def read(params: Mapping[str, str]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for member, name, how, *described in listed:
            if how == "nested":
                value = nested(params, name, described[0])
                if value is not None:
                    data[member] = value
            elif name in params:
                text = params[name]
                if how == "text":
                    data[member] = text
                elif how == "comma":
                    data[member] = comma(text, described[0])
                elif how == "json":
                    data[member] = json_value(text)
                else:
                    data[member] = scalar(text, described[0])
        return data

    return read


def scalar(text: str, descriptor: Descriptor) -> Any:
    """One scalar's query text as the declared type, or the text when it does not fit."""
    if descriptor == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if descriptor == "number":
        try:
            return float(text)
        except ValueError:
            return text
    if descriptor == "boolean":
        lowered = text.lower()
        return lowered == "true" if lowered in ("true", "false") else text
    return text


def comma(text: str, item: Descriptor) -> list[Any]:
    """``a,b`` -> ``["a", "b"]``; an empty text is an empty list, as the client sends it."""
    if text == "":
        return []
    return [scalar(part, item) for part in text.split(",")]


def json_value(text: str) -> Any:
    """A JSON-encoded parameter's value, or the text itself when it is not JSON."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def nested(params: Mapping[str, str], name: str, descriptor: Descriptor) -> Any:
    """``Tag.1.Key=k`` (repeat_list) or ``Filter.Name=x`` (flat) back into lists and
    objects; None when no key of the parameter was sent."""
    prefix = f"{name}."
    tree: dict[str, Any] = {}
    found = False
    for key, value in params.items():
        if not key.startswith(prefix):
            continue
        found = True
        node = tree
        segments = key[len(prefix) :].split(".")
        for segment in segments[:-1]:
            child = node.get(segment)
            if not isinstance(child, dict):
                child = {} if child is None else {_TREE_LEAF: child}
                node[segment] = child
            node = child
        last = segments[-1]
        if isinstance(node.get(last), dict):
            node[last][_TREE_LEAF] = value
        else:
            node[last] = value
    if not found:
        return None
    return _convert(tree, descriptor)


def _index(segment: str) -> int | None:
    return int(segment) if segment.isdigit() else None


def _convert(node: Any, descriptor: Descriptor) -> Any:
    if isinstance(descriptor, tuple):
        kind, inner = descriptor
        if not isinstance(node, dict):
            return node
        if kind == "map":
            return {key: _convert(value, inner) for key, value in node.items()}
        indexed = [(_index(key), value) for key, value in node.items()]
        if any(index is None for index, _ in indexed):
            return node  # not a list after all: the validator says so
        return [
            _convert(value, inner)
            for _, value in sorted(indexed, key=lambda pair: pair[0] or 0)
        ]
    if isinstance(descriptor, dict):
        if not isinstance(node, dict):
            return node
        return {
            key: _convert(value, descriptor.get(key, "any"))
            for key, value in node.items()
        }
    if isinstance(node, str):
        return scalar(node, descriptor)
    return node
