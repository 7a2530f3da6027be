"""Read a file in Alibaba's api-docs format into a small, checked view.

Only the top level is checked here (it decides whether there is anything to import at
all); operations stay plain JSON data, converted and checked one by one later so that one
odd operation cannot stop the others.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import is_path_segment

_READ = frozenset({"version", "info", "components", "apis", "endpoints"})


class MetadataError(Exception):
    """The file cannot be imported at all; the message says why, for a person."""


@dataclass(frozen=True)
class Endpoint:
    region: str
    host: str


@dataclass(frozen=True)
class ApiDocs:
    product: str
    version: str
    style: str
    endpoints: tuple[Endpoint, ...]
    # components.schemas: shared schemas that operations refer to with $ref.
    schemas: Mapping[str, Any]
    # Operations sorted by name, so everything downstream runs in a stable order.
    apis: tuple[tuple[str, Any], ...]
    # Top-level keys the importer does not read, for the report.
    unread: tuple[str, ...] = ()


def _object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise MetadataError(f"{what} is not a JSON object")
    return value


def _path_part(value: Any, what: str) -> str:
    # Product codes and versions become folder names: the generator's rule for them.
    if not isinstance(value, str) or not is_path_segment(value):
        raise MetadataError(
            f"{what} {value!r} is missing or not usable as a folder name"
        )
    return value


def _endpoints(raw: Any) -> tuple[Endpoint, ...]:
    found = []
    for entry in raw if isinstance(raw, list) else []:
        if not isinstance(entry, Mapping):
            continue
        region, host = entry.get("regionId"), entry.get("endpoint")
        if isinstance(region, str) and isinstance(host, str) and region and host:
            found.append(Endpoint(region.strip(), host.strip()))
    return tuple(found)


def parse_api_docs(text: str, source: str) -> ApiDocs:
    """The api-docs document in ``text``; ``source`` names it in error messages."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise MetadataError(
            f"{source}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}"
        ) from None
    except RecursionError:
        raise MetadataError(f"{source}: JSON nested too deeply") from None
    root = _object(document, f"{source}: the document")
    info = _object(root.get("info"), f"{source}: 'info'")
    apis = _object(root.get("apis"), f"{source}: 'apis'")
    components = root.get("components")
    schemas = components.get("schemas") if isinstance(components, Mapping) else None
    return ApiDocs(
        product=_path_part(info.get("product"), f"{source}: info.product"),
        version=_path_part(info.get("version"), f"{source}: info.version"),
        style=str(info.get("style", "")),
        endpoints=_endpoints(root.get("endpoints")),
        schemas=schemas if isinstance(schemas, Mapping) else {},
        apis=tuple(sorted(apis.items())),
        unread=tuple(sorted(set(root) - _READ)),
    )


def read_api_docs(path: Path) -> ApiDocs:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise MetadataError(f"{path}: cannot read file: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise MetadataError(
            f"{path}: not UTF-8 (byte {error.start} cannot be decoded)"
        ) from None
    return parse_api_docs(text, str(path))
