"""The metadata's ``responseDemo``: documented JSON and XML responses, and error bodies.

A documented response becomes a spec example only if it parses and matches the imported
output shape by the linter's own rules; the body is kept verbatim, never rewritten to
fit, because a generated test should replay what the service was documented to send.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .. import xml_examples
from ..instances import Resolver, problems
from .notes import Category, Notes

_SHOWN_PROBLEMS = 3


def _demos(raw: Any, notes: Notes) -> list[Any]:
    if isinstance(raw, list):
        return raw
    if not isinstance(raw, str) or not raw.strip():
        return []
    try:
        parsed = json.loads(raw)
    except ValueError as error:
        notes.add(
            "/responseDemo",
            Category.RESPONSE_EXAMPLE,
            f"responseDemo is not JSON ({error}); no examples imported",
        )
        return []
    return parsed if isinstance(parsed, list) else [parsed]


def _mismatches(
    body: str, fmt: str, output: Mapping[str, Any], resolve: Resolver
) -> list[str]:
    """Where ``body`` breaks ``output``; ``ValueError`` if it does not parse."""
    found: list[tuple[str, str]]
    if fmt == "json":
        try:
            data: object = json.loads(body)
        except ValueError as error:
            raise ValueError(f"JSON does not parse: {error}") from None
        found = []
    else:
        try:
            root = xml_examples.parse(body)
        except xml_examples.XmlExampleError as error:
            raise ValueError(f"XML does not parse: {error}") from None
        data, found = xml_examples.read(
            root, xml_examples.node_descriptor(output, resolve)
        )
    if not found:
        found.extend(problems(output, data, resolve))
    # A value the XML reader could not convert is reported again by the shape check;
    # the first word on each place is enough.
    first: dict[str, str] = {}
    for pointer, message in found:
        first.setdefault(pointer, message)
    return [f"at {pointer}: {message}" for pointer, message in first.items()]


def _unique_name(base: str, taken: set[str]) -> str:
    name, suffix = base, 2
    while name in taken:
        name, suffix = f"{base}-{suffix}", suffix + 1
    taken.add(name)
    return name


def _error_fields(body: str) -> dict[str, str]:
    if body.lstrip().startswith("<"):
        try:
            return xml_examples.text_fields(xml_examples.parse(body))
        except xml_examples.XmlExampleError as error:
            raise ValueError(f"XML does not parse: {error}") from None
    parsed = json.loads(body)
    if not isinstance(parsed, Mapping):
        raise ValueError("the body is not a JSON object")
    return {str(key): str(value) for key, value in parsed.items()}


def _error_example(
    body: str,
    pointer: str,
    status_of: Callable[[str], int | None],
    name: str,
    notes: Notes,
) -> dict[str, Any] | None:
    try:
        fields = _error_fields(body)
    except ValueError as error:
        notes.add(pointer, Category.ERROR_EXAMPLE, f"error example: {error}; dropped")
        return None
    code = fields.get("Code", "").strip()
    if not code or code != fields.get("Code"):
        notes.add(
            pointer,
            Category.ERROR_EXAMPLE,
            "error example has no usable Code; dropped",
        )
        return None
    status = status_of(code)
    if status is None or not 400 <= status <= 599:
        notes.add(
            pointer,
            Category.ERROR_EXAMPLE,
            f"error example: no HTTP status is documented for '{code}'; dropped",
        )
        return None
    example: dict[str, Any] = {
        "name": name,
        "format": "xml" if body.lstrip().startswith("<") else "json",
        "http_status": status,
        "code": code,
    }
    if fields.get("RequestId"):
        example["request_id"] = fields["RequestId"]
    example["body"] = body
    return example


def _response_example(
    demo: Mapping[str, Any],
    pointer: str,
    output: Mapping[str, Any],
    resolve: Resolver,
    notes: Notes,
    formats: tuple[str, ...],
) -> dict[str, Any] | None:
    fmt = str(demo.get("type", "")).strip().lower()
    body = demo.get("example")
    if not isinstance(body, str) or not body.strip():
        return None
    if fmt in ("json", "xml") and fmt not in formats:
        notes.add(
            f"{pointer}/{fmt}",
            Category.RESPONSE_EXAMPLE,
            f"{fmt.upper()} example: the protocol answers in"
            f" {' or '.join(item.upper() for item in formats)} only; dropped",
        )
        return None
    if fmt not in ("json", "xml"):
        notes.add(
            pointer,
            Category.RESPONSE_EXAMPLE,
            f"example of type {demo.get('type')!r} cannot be expressed; dropped",
        )
        return None
    try:
        found = _mismatches(body, fmt, output, resolve)
    except ValueError as error:
        notes.add(
            f"{pointer}/{fmt}",
            Category.RESPONSE_EXAMPLE,
            f"{fmt.upper()} example: {error}; dropped",
        )
        return None
    if found:
        shown = "; ".join(found[:_SHOWN_PROBLEMS])
        more = len(found) - _SHOWN_PROBLEMS
        extra = f" (and {more} more)" if more > 0 else ""
        notes.add(
            f"{pointer}/{fmt}",
            Category.RESPONSE_EXAMPLE,
            f"{fmt.upper()} example does not match the response schema"
            f" {shown}{extra}; dropped",
        )
        return None
    return {"name": f"documented-{fmt}", "format": fmt, "body": body}


def import_demos(
    raw: Any,
    output: Mapping[str, Any],
    resolve: Resolver,
    status_of: Callable[[str], int | None],
    notes: Notes,
    formats: tuple[str, ...] = ("json", "xml"),
) -> dict[str, list[dict[str, Any]]]:
    """``examples`` for an operation: ``responses`` and ``errors`` that fit the spec."""
    responses: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    names: set[str] = set()
    for index, demo in enumerate(_demos(raw, notes)):
        pointer = f"/responseDemo/{index}"
        if not isinstance(demo, Mapping):
            notes.add(pointer, Category.RESPONSE_EXAMPLE, "not a JSON object; dropped")
            continue
        example = _response_example(demo, pointer, output, resolve, notes, formats)
        if example is not None:
            example["name"] = _unique_name(example["name"], names)
            responses.append(example)
        error_body = demo.get("errorExample")
        if isinstance(error_body, str) and error_body.strip():
            name = _unique_name("documented-error", names)
            error = _error_example(
                error_body, f"{pointer}/errorExample", status_of, name, notes
            )
            if error is not None:
                errors.append(error)
    result: dict[str, list[dict[str, Any]]] = {}
    if responses:
        result["responses"] = responses
    if errors:
        result["errors"] = errors
    return result
