"""Lenient parsing: an answer with fields that do not fit the spec still becomes a model.

Strict parsing (the default) raises for a bad field when it is decoded: nested objects
and lists are decoded on their first read, so an answer is refused there. A client built
with ``parsing="lenient"`` parses the answer again without each field that did not fit,
then puts the value as sent back where it was, and lists what did not fit in the
model's ``parse_problems``: the field's JSON pointer, what was expected, and the raw
value. Such a field holds a value of another type than its annotation says; every other
field is typed as documented.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import ResponseParseError
from .model import Model, escape, read_all

__all__ = ["ParseProblem", "parse_leniently"]

ModelT = TypeVar("ModelT")

# Each bad field costs one more pass over the answer; past this many, the answer is
# refused as strict parsing would refuse it.
MAX_PROBLEMS = 100


@dataclass(frozen=True)
class ParseProblem:
    """A field of an answer that did not fit the spec, kept as the service sent it."""

    path: str  # JSON pointer into the answer, ``/Things/1/Created``
    message: str  # what was expected
    raw: Any  # the value as sent


def _unescape(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _segments(path: str) -> list[str]:
    return [_unescape(part) for part in path.split("/")[1:]] if path else []


def _copy(value: Any) -> Any:
    if value.__class__ is dict:
        return {key: _copy(item) for key, item in value.items()}
    if value.__class__ is list:
        return [_copy(item) for item in value]
    return value


class _Removals:
    """Where items were taken out of lists, so later paths name the items as sent."""

    def __init__(self) -> None:
        self._taken: dict[int, list[int]] = {}  # id(list) -> original indices taken

    def original_index(self, container: list[Any], index: int) -> int:
        taken = sorted(self._taken.get(id(container), ()))
        original = index
        for gone in taken:
            if gone <= original:
                original += 1
        return original

    def take(self, container: list[Any], index: int, original: int) -> None:
        self._taken.setdefault(id(container), []).append(original)
        del container[index]


def _take_out(
    data: Any, path: str, removals: _Removals
) -> tuple[str, Any, list[Any]] | None:
    """Remove the value at ``path`` (as the parser numbers it) from ``data``; returns
    the path as sent, the value and the original path's segments, or None."""
    segments = _segments(path)
    if not segments:
        return None
    node = data
    original: list[Any] = []
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        if node.__class__ is dict:
            if segment not in node:
                return None
            original.append(segment)
            if last:
                raw = node[segment]
                node[segment] = None  # absent, as far as the decoder is concerned
                return "/" + "/".join(escape(str(s)) for s in original), raw, original
            node = node[segment]
        elif node.__class__ is list:
            try:
                index = int(segment)
            except ValueError:
                return None
            if not 0 <= index < len(node):
                return None
            first = removals.original_index(node, index)
            original.append(first)
            if last:
                raw = node[index]
                removals.take(node, index, first)
                return "/" + "/".join(escape(str(s)) for s in original), raw, original
            node = node[index]
        else:
            return None
    return None


def _put_back(model: Any, segments: list[Any], raw: Any) -> None:
    """Set ``raw`` at ``segments`` inside the parsed model, where it can be placed."""
    node = model
    for segment in segments[:-1]:
        node = _child(node, segment)
        if node is None:
            return
    last = segments[-1]
    if isinstance(node, Model):
        name = type(node)._WIRE_NAMES.get(str(last))
        if name is not None:
            setattr(node, name, raw)
    elif isinstance(node, list) and isinstance(last, int):
        node.insert(min(last, len(node)), raw)
    elif isinstance(node, dict):
        node[str(last)] = raw


def _child(node: Any, segment: Any) -> Any:
    if isinstance(node, Model):
        name = type(node)._WIRE_NAMES.get(str(segment))
        return getattr(node, name, None) if name is not None else None
    if isinstance(node, list) and isinstance(segment, int):
        return node[segment] if 0 <= segment < len(node) else None
    if isinstance(node, dict):
        return node.get(str(segment))
    return None


def _order(segments: list[Any]) -> list[tuple[int, int, str]]:
    return [
        (0, segment, "") if isinstance(segment, int) else (1, 0, str(segment))
        for segment in segments
    ]


def parse_leniently(
    parse: Callable[[Any, str, str | None], ModelT],
    wire: Any,
    request_id: str | None,
) -> ModelT:
    """``parse(wire)``, leaving out and then restoring each field that does not fit;
    the model's ``parse_problems`` lists them. An answer that is not an object at all
    (or has more than ``MAX_PROBLEMS`` bad fields) raises as strict parsing does."""
    data = _copy(wire)
    removals = _Removals()
    found: list[tuple[ParseProblem, list[Any]]] = []
    while True:
        try:
            model = parse(data, "", request_id)
            # Members a model decodes on first read are read now: each problem must
            # be found, and the answer's data is changed below between passes.
            read_all(model)
            break
        except ResponseParseError as error:
            taken = (
                _take_out(data, error.path, removals)
                if len(found) < MAX_PROBLEMS
                else None
            )
            if taken is None:
                raise
            path, raw, segments = taken
            reason = error.reason
            if reason.startswith(f"{error.path}: "):
                reason = reason[len(error.path) + 2 :]
            found.append((ParseProblem(path, reason, raw), segments))
    # In document order, so that list items go back at their index as sent and a
    # problem inside an item finds the items before it in place.
    for problem, segments in sorted(found, key=lambda entry: _order(entry[1])):
        _put_back(model, segments, problem.raw)
    if isinstance(model, Model):
        parsed: Model = model
        parsed._parse_problems = tuple(problem for problem, _ in found)
    return model
