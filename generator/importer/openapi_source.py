"""Reading an OpenAPI document: JSON or YAML, and its local ``$ref``s.

A reference may point into the same file (``#/components/schemas/Pet``) or into
another file beside it (``common.yaml#/Error``, ``schemas/pet.json``); every file must
lie inside the root document's folder, so a document cannot make the importer read
``../../etc/passwd``. Remote references (``https://...``) are refused.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

__all__ = ["OpenApiError", "Located", "Source"]

_MAX_BYTES = 32 * 1024 * 1024


class OpenApiError(Exception):
    """The document cannot be read: the message names the file and where."""


class Located:
    """A node and where it came from: its file and JSON pointer."""

    __slots__ = ("node", "file", "pointer")

    def __init__(self, node: Any, file: Path, pointer: str) -> None:
        self.node = node
        self.file = file
        self.pointer = pointer

    @property
    def key(self) -> tuple[str, str]:
        return (str(self.file), self.pointer)


def _parse(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise OpenApiError(f"{path}: cannot read: {error.strerror}") from None
    if len(data) > _MAX_BYTES:
        raise OpenApiError(f"{path}: larger than {_MAX_BYTES} bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise OpenApiError(f"{path}: not UTF-8 (byte {error.start})") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except ValueError as error:
            line = getattr(error, "lineno", 0)
            column = getattr(error, "colno", 0)
            message = getattr(error, "msg", str(error))
            raise OpenApiError(f"{path}:{line}:{column}: {message}") from None
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"{mark.line + 1}:{mark.column + 1}" if mark else "1:1"
        raise OpenApiError(f"{path}:{where}: {error.problem}") from None
    except yaml.YAMLError as error:
        raise OpenApiError(f"{path}: {error}") from None


class Source:
    """The root document and every local file its references reach."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.folder = self.root.parent
        self._files: dict[Path, Any] = {}
        self.document = self.file(self.root)
        if not isinstance(self.document, Mapping):
            raise OpenApiError(f"{root}: not an OpenAPI document (not an object)")

    def file(self, path: Path) -> Any:
        if path not in self._files:
            self._files[path] = _parse(path)
        return self._files[path]

    def resolve(self, reference: str, file: Path) -> Located:
        """The node ``reference`` names, read from ``file``'s point of view."""
        target, _, fragment = reference.partition("#")
        if "://" in target or target.startswith("//"):
            raise OpenApiError(
                f"{file}: remote reference {reference!r} is not followed"
            )
        path = file
        if target:
            path = (file.parent / unquote(target)).resolve()
            if not path.is_relative_to(self.folder):
                raise OpenApiError(
                    f"{file}: reference {reference!r} leaves the document's folder"
                    f" {self.folder}"
                )
            if not path.is_file():
                raise OpenApiError(f"{file}: reference {reference!r}: no such file")
        node = self.file(path)
        pointer = unquote(fragment)
        if pointer and not pointer.startswith("/"):
            raise OpenApiError(f"{file}: reference {reference!r} is not a JSON pointer")
        for raw in pointer.split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise OpenApiError(f"{file}: reference {reference!r} names nothing")
        return Located(node, path, pointer)

    def follow(self, node: Any, file: Path) -> Located:
        """``node`` with its ``$ref`` chain followed (at most 64 hops)."""
        located = Located(node, file, "")
        for _ in range(64):
            if not (isinstance(located.node, Mapping) and "$ref" in located.node):
                return located
            reference = located.node["$ref"]
            if not isinstance(reference, str):
                raise OpenApiError(f"{located.file}: $ref is not a string")
            located = self.resolve(reference, located.file)
        raise OpenApiError(f"{file}: more than 64 chained references")
