"""Read YAML spec files into plain data while remembering where every node came from.

The rest of the generator works on plain dicts, lists and scalars; positions are kept in a
side table keyed by the node's path so that any later check can point at the exact
``file:line:col`` of the value (or of the mapping key) it complains about.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
import zlib
from collections import deque
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


@dataclass(eq=False)
class LoadedFile:
    """One spec file: its data, and where to find the source position of any node.

    Positions are needed only for what is reported, so they are not kept for every
    node of every file (for a product of hundreds of operations those tables are
    several times the size of the data): the first ``position`` asked of a file reads
    it again and maps its nodes, and only the few files asked last keep their maps.
    """

    path: str
    _data: Any
    # The file the data came from, and a digest of its bytes: positions are taken
    # only from the same bytes.
    source: Path | None = None
    digest: bytes = b""
    _tables: _Tables | None = field(default=None, repr=False)
    _packed: bytes | None = field(default=None, repr=False)

    @property
    def data(self) -> Any:
        """The file's data (a fresh copy each time, for a packed file: read it, do
        not change it)."""
        if self._packed is None:
            return self._data
        for loaded, data in _unpacked:
            if loaded is self:
                return data
        data = marshal.loads(zlib.decompress(self._packed))
        _unpacked.append((self, data))
        return data

    @data.setter
    def data(self, value: Any) -> None:
        self._data, self._packed = value, None

    def pack(self) -> None:
        """Keep the data compressed until it is read: a product's operation files
        are all loaded before they are checked and built, and as Python objects
        they are about eight times their packed size (ECS: 7 MiB, 0.9 MiB packed).
        A file whose data marshal cannot hold is left as it is."""
        try:
            packed = zlib.compress(marshal.dumps(self._data), 1)
        except ValueError:
            return
        self._data, self._packed = None, packed

    def position(self, node_path: NodePath, *, key: bool = False) -> SourcePosition:
        """The position of the node at ``node_path``, or of its nearest recorded ancestor."""
        values, keys = self._position_tables()
        table = keys if key else values
        probe = tuple(node_path)
        while probe:
            if probe in table:
                return _unpack(self.path, table[probe])
            if not key and probe in keys:
                return _unpack(self.path, keys[probe])
            probe = probe[:-1]
        if () in values:
            return _unpack(self.path, values[()])
        return SourcePosition(self.path, 1, 1)

    def ref(self, node_path: NodePath, *, key: bool = False) -> NodeRef:
        """The node at ``node_path``, its position found only when it is shown."""
        return NodeRef(self, tuple(node_path), key)

    def _position_tables(self) -> _Tables:
        if self._tables is None:
            self._tables = _read_tables(self)
            _recent.append(self)
            if len(_recent) > _KEEP_TABLES:
                _recent.popleft()._tables = None
        return self._tables


@dataclass(frozen=True, eq=False)
class NodeRef:
    """A node of a loaded file, standing for its position: most positions a check
    notes ("first defined at ...") are never shown, so they are never looked up."""

    loaded: LoadedFile
    node_path: NodePath
    key: bool = False

    def position(self) -> SourcePosition:
        return self.loaded.position(self.node_path, key=self.key)

    def same_node(self, other: NodeRef) -> bool:
        return (
            self.loaded is other.loaded
            and self.node_path == other.node_path
            and self.key == other.key
        ) or self.position() == other.position()

    def __str__(self) -> str:
        return str(self.position())


# A position packed in one int: line << 32 | column (a file is far below 4 GiB).
_Tables = tuple[dict[NodePath, int], dict[NodePath, int]]
_COLUMN_BITS = 32
# Checks go through a service's files one after another, so a few maps suffice.
_KEEP_TABLES = 4
_recent: deque[LoadedFile] = deque()
# The packed files read last, with their data: the checks read one file's data many
# times in a row.
_unpacked: deque[tuple[LoadedFile, Any]] = deque(maxlen=2)


def _pack(mark: yaml.Mark) -> int:
    line: int = mark.line + 1
    column: int = mark.column + 1
    return (line << _COLUMN_BITS) | column


def _unpack(path: str, packed: int) -> SourcePosition:
    return SourcePosition(path, packed >> _COLUMN_BITS, packed & (2**_COLUMN_BITS - 1))


def _digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def _read_tables(loaded: LoadedFile) -> _Tables:
    """The positions of every node of ``loaded``'s file, read again; empty if the
    file is gone or no longer holds the bytes that were loaded."""
    values: dict[NodePath, int] = {}
    keys: dict[NodePath, int] = {}
    if loaded.source is None:
        return values, keys
    try:
        raw = loaded.source.read_bytes()
        if _digest(raw) != loaded.digest:
            return values, keys
        root = yaml.compose(_text(raw), Loader=_SpecLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return values, keys
    if root is not None:
        _map_positions(root, (), values, keys)
    return values, keys


def _map_positions(
    node: yaml.Node,
    node_path: NodePath,
    values: dict[NodePath, int],
    keys: dict[NodePath, int],
) -> None:
    """What ``_Builder`` sees of the same nodes: the first of duplicate keys, no merge
    keys and no keys that are not scalars."""
    values[node_path] = _pack(node.start_mark)
    if isinstance(node, yaml.MappingNode):
        constructor = yaml.constructor.SafeConstructor()
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge" or not isinstance(
                key_node, yaml.ScalarNode
            ):
                continue
            key = _key(constructor, key_node)
            if key is None or node_path + (key,) in keys:
                continue
            keys[node_path + (key,)] = _pack(key_node.start_mark)
            _map_positions(value_node, node_path + (key,), values, keys)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_positions(item, node_path + (index,), values, keys)


def _key(constructor: yaml.constructor.SafeConstructor, node: yaml.Node) -> str | None:
    """A mapping key as ``_Builder`` makes it, or None where it reports the key."""
    try:
        key = constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError):
        return None
    return key if isinstance(key, str) else str(node.value)


def _text(raw: bytes) -> str:
    text = raw.decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def _position(path: str, mark: yaml.Mark) -> SourcePosition:
    return SourcePosition(path, mark.line + 1, mark.column + 1)


class _Builder:
    """Turns a composed YAML node tree into plain data, reporting duplicates."""

    def __init__(
        self,
        loaded: LoadedFile,
        diagnostics: list[Diagnostic],
        strings: dict[str, str],
    ) -> None:
        self._loaded = loaded
        self._diagnostics = diagnostics
        self._strings = strings
        self._constructor = yaml.constructor.SafeConstructor()

    def build(self, node: yaml.Node, node_path: NodePath) -> Any:
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
        first_lines: dict[str, int] = {}
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
            # one shared string each keeps a large spec's data small.
            key = sys.intern(key)
            if key in result:
                self._report(
                    key_node,
                    f"duplicate key '{key}' (first defined at line {first_lines[key]})",
                )
                continue
            first_lines[key] = key_node.start_mark.line + 1
            result[key] = self.build(value_node, node_path + (key,))
        return result

    def _scalar(self, node: yaml.Node) -> Any:
        try:
            value = self._constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as error:
            self._report(node, f"invalid scalar: {error}")
            return None
        # Values repeat too (type names, shared descriptions): ECS's spec holds 33,168
        # strings of which 10,944 differ. A table of the load's own, not sys.intern:
        # the interpreter's table never shrinks.
        if type(value) is str:
            return self._strings.setdefault(value, value)
        return value

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
    file_path: Path, display_path: str, strings: dict[str, str] | None = None
) -> tuple[LoadedFile | None, list[Diagnostic]]:
    """Load one YAML file; on failure return ``None`` and the reasons, never raise.

    ``strings``: one string object per distinct text, shared by the files loaded with
    it (a spec's files repeat type names and descriptions)."""
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
    loaded = LoadedFile(display_path, None, file_path.absolute(), _digest(raw))
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
    builder = _Builder(loaded, diagnostics, {} if strings is None else strings)
    loaded.data = builder.build(root, ())
    return loaded, diagnostics
