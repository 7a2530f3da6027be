"""Read YAML spec files into plain data while remembering where every node came from.

The rest of the generator works on plain dicts, lists and scalars; positions are kept in a
side table keyed by the node's path so that any later check can point at the exact
``file:line:col`` of the value (or of the mapping key) it complains about.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import Diagnostic, SourcePosition

# A path into loaded data: mapping keys and sequence indexes, as jsonschema reports them.
NodePath = tuple[str | int, ...]

try:  # libyaml's parser is several times faster; the pure-Python one is a fine fallback.
    _BaseLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader


class _SpecLoader(_BaseLoader):  # type: ignore[valid-type, misc]
    """YAML 1.2-ish scalars: only true/false are booleans and dates stay strings.

    YAML 1.1 would turn ``on``/``no`` into booleans and ``2020-10-15T03:30:03Z`` into a
    datetime, silently changing enum values and examples written by a spec author.
    """


_SpecLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
for _first in "tTfF":
    _SpecLoader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", _BOOL)
    )


@dataclass
class LoadedFile:
    """One spec file: its data and the source position of every node in it."""

    path: str
    data: Any
    value_positions: dict[NodePath, SourcePosition] = field(default_factory=dict)
    key_positions: dict[NodePath, SourcePosition] = field(default_factory=dict)

    def position(self, node_path: NodePath, *, key: bool = False) -> SourcePosition:
        """The position of the node at ``node_path``, or of its nearest recorded ancestor."""
        table = self.key_positions if key else self.value_positions
        probe = tuple(node_path)
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.key_positions:
                return self.key_positions[probe]
            probe = probe[:-1]
        return self.value_positions.get((), SourcePosition(self.path, 1, 1))


def _position(path: str, mark: yaml.Mark) -> SourcePosition:
    return SourcePosition(path, mark.line + 1, mark.column + 1)


class _Builder:
    """Turns a composed YAML node tree into plain data, recording positions and duplicates."""

    def __init__(self, loaded: LoadedFile, diagnostics: list[Diagnostic]) -> None:
        self._loaded = loaded
        self._diagnostics = diagnostics
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, node_path: NodePath) -> Any:
        self._loaded.value_positions[node_path] = _position(
            self._loaded.path, node.start_mark
        )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, node_path)
        if isinstance(node, yaml.SequenceNode):
            return [
                self.build(item, node_path + (index,))
                for index, item in enumerate(node.value)
            ]
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode, node_path: NodePath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self._report(key_node, "merge keys ('<<') are not supported in specs")
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self._report(key_node, "mapping keys must be plain scalars")
                continue
            key = self._scalar(key_node)
            if not isinstance(key, str):
                key = str(key_node.value)
            # Keys repeat in every file of a product ("type", "description", ...):
            # one shared string each keeps a large spec's data and position tables small.
            key = sys.intern(key)
            if key in result:
                first = self._loaded.key_positions[node_path + (key,)]
                self._report(
                    key_node,
                    f"duplicate key '{key}' (first defined at line {first.line})",
                )
                continue
            self._loaded.key_positions[node_path + (key,)] = _position(
                self._loaded.path, key_node.start_mark
            )
            result[key] = self.build(value_node, node_path + (key,))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            return self._constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:
            self._report(node, f"invalid scalar: {error}")
            return None

    def _report(self, node: yaml.Node, message: str) -> None:
        self._diagnostics.append(
            Diagnostic(_position(self._loaded.path, node.start_mark), message)
        )


# What one spec file may hold. A spec of the largest product is far inside these; a
# file past them is refused before it is built, so that aliases cannot multiply a small
# file into a huge tree (an "alias bomb") and nesting cannot exhaust the stack.
MAX_ALIASES = 1000
MAX_DEPTH = 64
MAX_NODES = 200_000


@dataclass
class _Open:
    """A mapping or sequence whose end event has not come yet."""

    anchor: str | None
    nodes_before: int
    height: int = 0


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _limit_problem(text: str, display_path: str) -> Diagnostic | None:
    """The first way the YAML in ``text`` breaks a limit, found from its event stream
    (aliases counted as the size of what they stand for), or ``None``.

    Raises ``yaml.YAMLError`` for text that is not YAML at all.
    """
    aliases = nodes = 0
    stack: list[_Open] = []
    # anchor -> (nodes it stands for, levels of nesting it adds)
    anchored: dict[str, tuple[int, int]] = {}
    open_anchors: set[str] = set()

    def problem(mark: Any, message: str) -> Diagnostic:
        # libyaml's marks and PyYAML's share line and column; an event always has one.
        if mark is None:
            return Diagnostic(SourcePosition(display_path, 1, 1), message)
        return Diagnostic(
            SourcePosition(display_path, mark.line + 1, mark.column + 1), message
        )

    for event in yaml.parse(text, Loader=_SpecLoader):
        height = -1
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                return problem(
                    event.start_mark, f"more than {MAX_ALIASES} aliases in one file"
                )
            if event.anchor in open_anchors:
                return problem(
                    event.start_mark,
                    f"alias '*{event.anchor}' refers to a node that contains it;"
                    " recursive data is not allowed",
                )
            size, height = anchored.get(str(event.anchor), (1, 0))
            nodes += size
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            if event.tag is not None:
                return problem(
                    event.start_mark,
                    f"YAML tag '{_short_tag(event.tag)}' is not allowed;"
                    " specs use plain values",
                )
            nodes += 1
            if isinstance(event, yaml.ScalarEvent):
                height = 0
                if event.anchor is not None:
                    anchored[event.anchor] = (1, 0)
            else:
                stack.append(_Open(event.anchor, nodes - 1))
                if event.anchor is not None:
                    open_anchors.add(event.anchor)
                if len(stack) > MAX_DEPTH:
                    return problem(
                        event.start_mark, f"nested more than {MAX_DEPTH} levels deep"
                    )
        elif isinstance(event, yaml.CollectionEndEvent) and stack:
            closed = stack.pop()
            height = closed.height + 1
            if closed.anchor is not None:
                anchored[closed.anchor] = (nodes - closed.nodes_before, height)
                open_anchors.discard(closed.anchor)
        if height >= 0 and stack:
            parent = stack[-1]
            parent.height = max(parent.height, height)
            if len(stack) + height > MAX_DEPTH:
                return problem(
                    event.start_mark, f"nested more than {MAX_DEPTH} levels deep"
                )
        if nodes > MAX_NODES:
            return problem(
                event.start_mark,
                f"more than {MAX_NODES} values in one file (aliases counted as what"
                " they stand for)",
            )
    return None


def _decode_error_position(path: str, raw: bytes, offset: int) -> SourcePosition:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    column = offset - (before.rfind(b"\n") + 1) + 1
    return SourcePosition(path, line, column)


def load_file(
    file_path: Path, display_path: str
) -> tuple[LoadedFile | None, list[Diagnostic]]:
    """Load one YAML file; on failure return ``None`` and the reasons, never raise."""
    diagnostics: list[Diagnostic] = []
    try:
        raw = file_path.read_bytes()
    except OSError as error:
        position = SourcePosition(display_path, 1, 1)
        return None, [Diagnostic(position, f"cannot read file: {error.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        position = _decode_error_position(display_path, raw, error.start)
        return None, [Diagnostic(position, "file is not valid UTF-8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    loaded = LoadedFile(display_path, None)
    try:
        limit = _limit_problem(text, display_path)
        if limit is not None:
            return None, [limit]
        root = yaml.compose(text, Loader=_SpecLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = (
            _position(display_path, mark)
            if mark
            else SourcePosition(display_path, 1, 1)
        )
        problem = error.problem or error.context or "invalid YAML"
        return None, [Diagnostic(position, f"not valid YAML: {problem}")]
    except yaml.YAMLError as error:
        return None, [
            Diagnostic(SourcePosition(display_path, 1, 1), f"not valid YAML: {error}")
        ]
    if root is None:
        return None, [Diagnostic(SourcePosition(display_path, 1, 1), "file is empty")]
    loaded.data = _Builder(loaded, diagnostics).build(root, ())
    return loaded, diagnostics
