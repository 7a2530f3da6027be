"""How deeply a spec nests lists, maps and structures, and where it goes too deep.

Generated validators check a list inside a list with a loop inside a loop, and Python
refuses more than 20 nested blocks in one function; parsers, templates and the checks
of examples recurse once per level. A limit well inside all of them is enforced here,
counting through ``ref``s, so that a spec past it gets a diagnostic instead of a
``SyntaxError`` in generated code or a ``RecursionError`` in the generator.

Heights of named shapes are computed bottom-up with an explicit stack, so a long chain
of shapes referring to each other costs no recursion; inside one shape, recursion is
bounded by the loader's own depth limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from .load import NodePath

MAX_NESTING = 16

Lookup = Callable[[str], Mapping[str, Any] | None]


def _children(node: Mapping[str, Any]) -> Iterator[tuple[NodePath, Any]]:
    members = node.get("members")
    if isinstance(members, Mapping):
        for name, member in members.items():
            yield ("members", name), member
    for key in ("items", "values", "json"):
        if key in node:
            yield (key,), node[key]
    variants = node.get("variants")
    if isinstance(variants, list):
        for index, variant in enumerate(variants):
            yield ("variants", index), variant


def _is_level(node: Mapping[str, Any]) -> bool:
    """Whether ``node`` adds a level: a container, or a string holding JSON."""
    return node.get("type") in ("array", "map", "object") or "json" in node


def _refs(node: Any) -> Iterator[str]:
    if not isinstance(node, Mapping):
        return
    if isinstance(node.get("ref"), str):
        yield node["ref"]
        return
    for _, child in _children(node):
        yield from _refs(child)


class Heights:
    """The nesting height of every node visible through ``lookup``."""

    def __init__(self, lookup: Lookup, names: list[str]) -> None:
        self._lookup = lookup
        self.named: dict[str, int] = {}
        for name in names:
            self._compute(name)

    def _compute(self, start: str) -> None:
        stack: list[tuple[str, bool]] = [(start, False)]
        in_progress: set[str] = set()
        while stack:
            name, ready = stack.pop()
            if name in self.named:
                continue
            node = self._lookup(name)
            if node is None:
                self.named[name] = 0
                continue
            if ready:
                # A recursive reference (reported elsewhere) counts as no level.
                self.named[name] = self.of(node)
                in_progress.discard(name)
                continue
            in_progress.add(name)
            stack.append((name, True))
            for target in _refs(node):
                if target not in self.named and target not in in_progress:
                    stack.append((target, False))

    def of(self, node: Any) -> int:
        """Levels of lists, maps, structures and JSON text from ``node`` down."""
        if not isinstance(node, Mapping):
            return 0
        if isinstance(node.get("ref"), str):
            return self.named.get(node["ref"], 0)
        below = max((self.of(child) for _, child in _children(node)), default=0)
        return below + (1 if _is_level(node) else 0)

    def crossing(self, node: Any, path: NodePath) -> NodePath | None:
        """Where, on the deepest way down from ``node``, nesting first passes
        :data:`MAX_NESTING` (a node inside ``node``, or the ``ref`` through which it
        does); ``None`` if it does not, or if the shape behind that ``ref`` is too deep
        by itself (it is reported where it is defined)."""
        if self.of(node) <= MAX_NESTING:
            return None
        level = 0
        while isinstance(node, Mapping):
            if isinstance(node.get("ref"), str):
                # Deep enough on its own: reported at its definition; else here.
                return None if self.of(node) > MAX_NESTING else path
            if _is_level(node):
                level += 1
            if level > MAX_NESTING:
                return path
            deepest = max(
                _children(node), key=lambda item: self.of(item[1]), default=None
            )
            if deepest is None:
                return None
            step, node = deepest
            path = path + step
        return None
