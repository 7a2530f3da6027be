"""The generated offline server: ``<package>/mock`` (per-service tables) and ``_mock``.

What a server reads and answers depends on the protocol, so every file comes from the
protocol's mock facet; the helpers here (reading a parameter back by its style, the
table of documented errors) are shared by the facets of Alibaba's protocols.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from . import layout
from ..filters import py_literal, py_str
from ..model import ErrorDefinition, HttpParameter, Operation, Service
from ..render import OutputFile, Renderer
from .python_code import xml_descriptor

MOCK_DIR = "python/mock"

# Where the reader's statements sit: a function body, and inside its ``if``.
BODY = 4


def _read_call(
    target: str, function: str, arguments: list[str], literal: object, *, indent: int
) -> list[str]:
    """``target = function(arguments..., literal)``, the literal split if need be."""
    lines = layout.assign_call(
        target, function, [*arguments, py_literal(literal)], indent=indent
    )
    if all(layout.fits(line, indent) for line in lines):
        return lines
    return [
        f"{target} = {function}(",
        *(f"{layout.INDENT}{argument}," for argument in arguments),
        *layout.indented(layout.literal(literal, "", ",", indent=indent + 4)),
        ")",
    ]


def reader_lines(parameter: HttpParameter) -> tuple[str, ...]:
    """Statements adding one parameter, read back from ``params``, to ``data``."""
    query_name = py_str(parameter.wire_name)
    member = py_str(parameter.member.wire_name)
    target = f"data[{member}]"
    shape = parameter.member.shape
    if parameter.style in ("repeat_list", "flat"):
        local = f"v_{parameter.member.python_name}"
        return (
            *_read_call(
                local,
                "_w.nested",
                ["params", query_name],
                xml_descriptor(shape),
                indent=BODY,
            ),
            f"if {local} is not None:",
            *layout.indented(layout.assign(target, local, indent=BODY + 4)),
        )
    raw = f"params[{query_name}]"
    if parameter.style == "comma":
        assert shape.items is not None
        value = _read_call(
            target, "_w.comma", [raw], xml_descriptor(shape.items), indent=BODY + 4
        )
    elif parameter.style == "json":
        value = layout.assign_call(target, "_w.json_value", [raw], indent=BODY + 4)
    elif shape.kind == "string" or shape.json_content is not None:
        value = layout.assign_subscript(target, "params", query_name, indent=BODY + 4)
    else:
        value = _read_call(
            target, "_w.scalar", [raw], xml_descriptor(shape), indent=BODY + 4
        )
    return (f"if {query_name} in params:", *layout.indented(value))


def secret_lines(parameters: Sequence[HttpParameter], indent: int = 12) -> list[str]:
    """``secret=frozenset({...}),`` (at ``indent``) naming the wire names of the
    parameters the spec marks secret, for the server to hide in what it keeps; nothing
    when there are none."""
    names = sorted({p.wire_name for p in parameters if p.member.secret})
    if not names:
        return []
    return layout.collection(
        "secret=frozenset({", [py_str(name) for name in names], "}),", indent=indent
    )


def kept_params(
    parameters: Sequence[HttpParameter], params: Mapping[str, str]
) -> dict[str, str]:
    """What the server keeps of ``params`` (query name -> text): secret parameters'
    values, and those of their flattened parts (``Name.1.Key``), hidden as its
    ``Identity.hiding`` hides them."""
    secret = {p.wire_name for p in parameters if p.member.secret}
    return {
        name: (
            "<redacted>" if name in secret or name.split(".", 1)[0] in secret else value
        )
        for name, value in params.items()
    }


def reader_rule(parameter: HttpParameter) -> tuple[object, ...]:
    """How ``_mock/wire.reader`` reads one parameter back: the data counterpart of
    ``reader_lines``, for servers that list their readers as tables."""
    member, name = parameter.member.wire_name, parameter.wire_name
    shape = parameter.member.shape
    if parameter.style in ("repeat_list", "flat"):
        return (member, name, "nested", xml_descriptor(shape))
    if parameter.style == "comma":
        assert shape.items is not None
        return (member, name, "comma", xml_descriptor(shape.items))
    if parameter.style == "json":
        return (member, name, "json")
    if shape.kind == "string" or shape.json_content is not None:
        return (member, name, "text")
    return (member, name, "scalar", xml_descriptor(shape))


def error_lines(error: ErrorDefinition) -> list[str]:
    """One ``"Code": ErrorTemplate(status, message),`` entry of the error table."""
    arguments = [str(error.http_status or 400), py_str(error.message or "")]
    return layout.call(
        f"{py_str(error.code)}: ErrorTemplate(", arguments, "),", indent=8
    )


def error_example_lines(operation: Operation, indent: int = 12) -> list[str]:
    """``error_examples={"name": DocumentedError(...), ...},`` of an operation's mock
    entry (at ``indent``): its error examples by name; nothing when it documents none.
    """
    if not operation.examples.errors:
        return []
    lines = ["error_examples={"]
    for example in operation.examples.errors:
        arguments = [
            str(example.http_status),
            py_str(example.format),
            py_str(example.code),
            py_str(example.body),
            py_str(example.request_id) if example.request_id else "None",
        ]
        entry = layout.call(
            f"{py_str(example.name)}: DocumentedError(",
            arguments,
            "),",
            indent=indent + 4,
        )
        lines.extend(layout.indented(entry))
    lines.append("},")
    return lines


def errors_json(errors: Sequence[ErrorDefinition]) -> str:
    """``mock/errors.json``: each documented code's ``[http_status, message]``, one
    code a line; the server's ``load_errors`` reads it (data needs no Python)."""
    entries = [
        f"{json.dumps(error.code, ensure_ascii=False)}: "
        + json.dumps(
            [error.http_status or 400, error.message or ""], ensure_ascii=False
        )
        for error in errors
    ]
    return "{\n" + ",\n".join(entries) + "\n}\n"


def error_table(service: Service) -> list[ErrorDefinition]:
    """Every documented error with a message, service-wide ones first, one per code."""
    seen: dict[str, ErrorDefinition] = {}
    for definition in service.errors:
        seen.setdefault(definition.code, definition)
    for operation in service.operations:
        for definition in operation.errors:
            seen.setdefault(definition.code, definition)
    return [d for d in seen.values() if d.message]


def render(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
    from ..plugins import facet, plugin_for

    files: list[OutputFile] = []
    for service in services:
        mock = facet(service, "offline server", plugin_for(service).mock)
        files.extend(mock.render_files(service, renderer))
    return files
