"""What every stage of the spec checks shares: the files of one service, the shapes an
operation can see, and the state a check reports into."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeGuard

from ..diagnostics import Diagnostic, SourcePosition
from ..load import LoadedFile, NodePath, NodeRef
from ..protocols import ProtocolBinding


@dataclass
class ServiceFiles:
    """A service file and the operation files that belong to it."""

    service: LoadedFile
    operations: list[LoadedFile] = field(default_factory=list)


class ShapeTable:
    """Named shapes visible from one operation: its own, then the service's."""

    def __init__(self, *tables: Mapping[str, Any]) -> None:
        self._tables = tables

    def names(self) -> list[str]:
        return [name for table in self._tables for name in table]

    def lookup(self, name: str) -> Mapping[str, Any] | None:
        for table in self._tables:
            candidate = table.get(name)
            if isinstance(candidate, Mapping):
                return candidate
        return None

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any] | None:
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("ref"), str):
            name = node["ref"]
            if name in seen:
                return None
            seen.add(name)
            target = self.lookup(name)
            if target is None:
                return None
            node = target
        return node if isinstance(node, Mapping) else None


def mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def first_field(fields: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` an error body carries (protocols differ in spelling)."""
    for name in names:
        if name in fields:
            return fields[name]
    return None


def shape_class(name: str, node: Any) -> str:
    """The class a named shape becomes: its ``class_name``, else its own name."""
    explicit = mapping(node).get("class_name")
    return explicit if isinstance(explicit, str) else name


def declares_structure(node: Mapping[str, Any]) -> bool:
    return node.get("type") == "object" and bool(mapping(node.get("members")))


def is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class CheckerState:
    """One service's check in progress: what was claimed so far and what was found."""

    def __init__(self, files: ServiceFiles) -> None:
        self.files = files
        self.diagnostics: list[Diagnostic] = []
        self.protocol: ProtocolBinding | None = None
        self.class_names: dict[str, NodeRef] = {}
        self.methods: dict[str, NodeRef] = {}
        # Past the nesting limit, examples are not checked (the check would recurse as
        # deeply as the shapes go); the nesting diagnostic says what to fix.
        self.service_too_deep = False
        self.too_deep = False
        self.service = mapping(mapping(files.service.data).get("service"))
        self.service_shapes = mapping(self.service.get("shapes"))

    def report(
        self, loaded: LoadedFile, path: NodePath, message: str, *, key: bool = False
    ) -> None:
        self.diagnostics.append(Diagnostic(loaded.position(path, key=key), message))

    def reporter(self, loaded: LoadedFile) -> Callable[..., None]:
        def report(path: NodePath, message: str, *, key: bool = False) -> None:
            self.report(loaded, path, message, key=key)

        return report
