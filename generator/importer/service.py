"""The service file: product, version, endpoints, protocol settings and shared shapes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from .. import naming
from ..paths import RESERVED_TOP_LEVEL
from ..reserved import class_name_problem
from ..instances import Resolver
from .apidocs import ApiDocs, Endpoint
from .gateway_errors import GATEWAY_ERRORS
from .notes import Category, Notes
from .operations import METHODS, SCHEMES, ImportedOperation
from .roa import service_binding as roa_service_binding
from .shapes import ShapeConverter, ordered

_REGION_SLOT = "{region_id}"


# What the spec accepts as a host name and a region id (see the meta-schema).
_HOST = re.compile(r"[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63})*(?::[0-9]{1,5})?")
_REGION = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")


def product_code(product: str) -> str:
    """The spec's product code: lower case letters, digits and ``_``, starting with a letter."""
    code = re.sub(r"[^a-z0-9_]", "_", product.lower())
    code = code if code[:1].isalpha() else f"p_{code}"
    # A product named like a folder every generation writes would share it.
    return f"{code}_api" if code in RESERVED_TOP_LEVEL else code


def shape_names(schemas: Mapping[str, Any], reserved: set[str]) -> dict[str, str]:
    """A spec shape name for every shared schema, unique and never one in ``reserved``."""
    names: dict[str, str] = {}
    taken = set(reserved)
    for raw in sorted(schemas):
        base = naming.pascal_case(str(raw)) or "Shape"
        if not base[0].isupper():
            base = "Shape" + base
        name, suffix = base, 2
        while name in taken or class_name_problem(name) is not None:
            name, suffix = f"{base}{suffix}", suffix + 1
        taken.add(name)
        names[raw] = name
    return names


def make_resolver(shapes: Mapping[str, Any]) -> Resolver:
    def resolve(node: Mapping[str, Any]) -> Mapping[str, Any] | None:
        seen: set[str] = set()
        current: Any = node
        while isinstance(current, Mapping) and isinstance(current.get("ref"), str):
            name = current["ref"]
            if name in seen:
                return None
            seen.add(name)
            current = shapes.get(name)
        return current if isinstance(current, Mapping) else None

    return resolve


def convert_shapes(
    schemas: Mapping[str, Any],
    names: Mapping[str, str],
    shapes: dict[str, Any],
    notes: Notes,
) -> None:
    """Fill ``shapes`` (which the resolver already reads) with the shared schemas."""
    converter = ShapeConverter(notes, names, make_resolver(shapes), strict=False)
    # Convert in dependency-free passes: a shape's example may refer to another shape,
    # so every shape is first declared, then converted.
    for raw, name in sorted(names.items(), key=lambda item: item[1]):
        node = converter.node(schemas[raw], f"/components/schemas/{raw}")
        if node is not None:
            shapes[name] = ordered(node)
    _break_cycles(shapes, notes)


def _break_cycles(shapes: dict[str, Any], notes: Notes) -> None:
    """Replace references that lead back to a shape being defined with ``any``.

    The spec has no recursive shapes (a generated class cannot contain itself by
    value), so a self-referencing schema keeps its outer levels typed and the
    recursive level becomes untyped JSON.
    """
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in done or name not in shapes:
            return
        path.append(name)
        follow(shapes, name, name, path)
        path.pop()
        done.add(name)

    def follow(
        container: dict[str, Any], key: str, owner: str, path: list[str]
    ) -> None:
        child = container.get(key)
        if not isinstance(child, dict):
            return
        target = child.get("ref")
        if target in path:
            container[key] = _untyped(child, owner, notes)
        elif isinstance(target, str):
            visit(target, path)
        else:
            for part in ("items", "values", "json"):
                follow(child, part, owner, path)
            members = child.get("members")
            if isinstance(members, dict):
                for wire in list(members):
                    follow(members, wire, owner, path)

    for name in sorted(shapes):
        visit(name, [])


def _untyped(node: dict[str, Any], owner: str, notes: Notes) -> dict[str, Any]:
    notes.add(
        f"/components/schemas/{owner}",
        Category.UNSUPPORTED_TYPE,
        f"reference back to {node['ref']} makes the shape recursive, which cannot be"
        " expressed; declared as any value",
    )
    kept: dict[str, Any] = {
        key: node[key]
        for key in ("required", "title", "description", "python_name")
        if key in node
    }
    kept["type"] = "any"
    return ordered(kept)


def endpoints(
    found: tuple[Endpoint, ...], product: str, notes: Notes
) -> dict[str, Any]:
    """One global host; where hosts follow one pattern, a regional template and the
    regions on it; the host of every other region."""
    templates: Counter[str] = Counter()
    global_hosts: Counter[str] = Counter()
    usable = []
    for endpoint in found:
        if _HOST.fullmatch(endpoint.host) and _REGION.fullmatch(endpoint.region):
            usable.append(endpoint)
        else:
            notes.add(
                "/endpoints",
                Category.SERVICE,
                f"endpoint {endpoint.host!r} of region {endpoint.region!r} is not a"
                " host name and a region id; ignored",
            )
    found = tuple(usable)
    for endpoint in found:
        labels = endpoint.host.split(".")
        if endpoint.region in labels:
            index = labels.index(endpoint.region)
            templates[
                ".".join(labels[:index] + [_REGION_SLOT] + labels[index + 1 :])
            ] += 1
        else:
            global_hosts[endpoint.host] += 1
    template = _most_common(templates)
    result: dict[str, Any] = {}
    if global_hosts:
        result["global"] = _most_common(global_hosts)
    elif template is not None:
        result["global"] = template.replace(f".{_REGION_SLOT}", "").replace(
            f"{_REGION_SLOT}.", ""
        )
        notes.add(
            "/endpoints",
            Category.SERVICE,
            f"no global endpoint in the metadata; derived {result['global']} from the"
            " regional ones",
        )
    else:
        result["global"] = f"{product}.aliyuncs.com"
        notes.add(
            "/endpoints",
            Category.SERVICE,
            f"no endpoints in the metadata; assumed {result['global']}",
        )
    if template is not None:
        result["regional"] = template
        regions = sorted(
            {
                endpoint.region
                for endpoint in found
                if endpoint.host == template.replace(_REGION_SLOT, endpoint.region)
            }
        )
        result["regions"] = regions
    # Regions served on another host (the global one, or off the pattern) are listed
    # with their host, so a client of such a region still reaches the right one.
    hosts = {
        endpoint.region: endpoint.host
        for endpoint in sorted(found, key=lambda item: item.region)
        if template is None
        or endpoint.host != template.replace(_REGION_SLOT, endpoint.region)
    }
    if hosts:
        result["hosts"] = hosts
    return result


def _most_common(counter: Counter[str]) -> str | None:
    if not counter:
        return None
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[0][0]


def _union(
    operations: Iterable[ImportedOperation], attribute: str, order: tuple[str, ...]
) -> list[str]:
    used = {item for op in operations for item in getattr(op, attribute)}
    return [item for item in order if item in used] or list(order)


def service_document(
    docs: ApiDocs,
    operations: list[ImportedOperation],
    shapes: Mapping[str, Any],
    notes: Notes,
    protocol: str = "alibaba-rpc",
) -> dict[str, Any]:
    product = product_code(docs.product)
    if product != docs.product:
        notes.add(
            "/info/product",
            Category.SERVICE,
            f"product code {docs.product!r} written as {product!r}",
        )
    notes.add(
        "/info",
        Category.SERVICE,
        "the metadata has no product title; the product code is used",
    )
    imported = [op for op in operations if op.document is not None]
    methods = _union(imported, "methods", METHODS)
    schemes = _union(imported, "schemes", SCHEMES)
    for op in imported:
        if set(op.schemes) != set(schemes):
            op.notes.add(
                "/schemes",
                Category.BINDING,
                f"only {', '.join(op.schemes)}: schemes cannot be restricted per"
                f" operation (the service allows {', '.join(schemes)})",
            )
    binding = (
        {
            "alibaba-rpc": {
                "methods": methods,
                "schemes": schemes,
                "response_formats": ["json", "xml"],
                "default_response_format": "json",
                "signature_versions": ["v1", "v3"],
                "default_signature_version": "v3",
            }
        }
        if protocol == "alibaba-rpc"
        else roa_service_binding(schemes)
    )
    service: dict[str, Any] = {
        "product": product,
        "api_version": docs.version,
        "title": {"en": docs.product},
        "protocol": protocol,
        "endpoints": endpoints(docs.endpoints, product, notes),
        "binding": binding,
        "errors": [dict(entry) for entry in GATEWAY_ERRORS],
    }
    if shapes:
        service["shapes"] = dict(shapes)
    return {"service": service}
