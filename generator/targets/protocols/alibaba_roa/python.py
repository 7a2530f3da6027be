"""Python code for the Alibaba ROA binding: the clients and one serializer per operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ....filters import py_str
from ....model import HttpParameter, Location, Operation, Service
from ....render import OutputFile, Renderer
from ...facets import ClientOption
from .wire_examples import form_style
from ..alibaba_rpc.python import cli_client_options, client_plan

# Runtime modules (templates/python/runtime) this protocol's generated code imports.
RUNTIME_FILES = (
    "roa_client.py",
    "roa_request.py",
    "roa_response.py",
    "rpc_params.py",
    "rpc_request.py",
    "rpc_response.py",
    "rpc_signing.py",
    "xml_decode.py",  # the offline server's shared answer bodies read XML
)

_QUERY_STATEMENTS = {
    "simple": "{target}[{key}] = _q.scalar_text({value})",
    "comma": "{target}[{key}] = _q.join_comma({value})",
    "json": "{target}[{key}] = _q.json_text({value})",
    "repeat_list": "_q.add_repeat_list({target}, {key}, {value})",
    "flat": "_q.add_flat({target}, {key}, {value})",
}


def joined_string_members(operation: Operation) -> list[str]:
    return [
        p.member.wire_name for p in operation.binding.parameters if p.style == "comma"
    ]


def _value(parameter: HttpParameter) -> str:
    member = parameter.member
    if member.shape.json_content is not None:
        return f"request.{member.python_name}_raw"
    return f"request.{member.python_name}"


def _optional(parameter: HttpParameter, statement: str) -> list[str]:
    """``statement`` (using ``value``) run when the member is set."""
    local = f"v_{parameter.member.python_name}"
    return [
        f"{local} = {_value(parameter)}",
        f"if {local} is not None:",
        "    " + statement.format(value=local),
    ]


def serialize_lines(operation: Operation) -> list[str]:
    """The body of ``serialize``: one statement group per parameter, by location."""
    binding = operation.binding
    lines: list[str] = []
    path_values = [
        f"{py_str(p.wire_name)}: _q.scalar_text({_value(p)})"
        for p in binding.located("path")
    ]
    if path_values:
        lines.append(
            f"path = _r.encode_path({py_str(binding.path)},"
            f" {{{', '.join(path_values)}}})"
        )
    else:
        lines.append(f"path = {py_str(binding.path)}")
    locations: tuple[tuple[str, Location], ...] = (
        ("query", "query"),
        ("headers", "header"),
    )
    for target, location in locations:
        lines.append(f"{target}: dict[str, str] = {{}}")
        for parameter in binding.located(location):
            template = _QUERY_STATEMENTS[parameter.style]
            statement = template.format(
                target=target, key=py_str(parameter.wire_name), value="{value}"
            )
            lines += _optional(parameter, statement)
    payload = binding.located("payload")
    fields = binding.located("body")
    if payload:
        local = f"v_{payload[0].member.python_name}"
        lines += [
            f"{local} = {_value(payload[0])}",
            f"if {local} is None:",
            "    return _c.RoaParts(path, query, headers)",
            f"return _c.RoaParts(path, query, headers, _r.json_body(to_wire({local})),"
            " _c.JSON_CONTENT_TYPE)",
        ]
    elif fields and binding.body_format == "form":
        lines.append("form: dict[str, str] = {}")
        for parameter in fields:
            template = _QUERY_STATEMENTS[form_style(parameter.member.shape.kind)]
            statement = template.format(
                target="form", key=py_str(parameter.wire_name), value="{value}"
            )
            lines += _optional(parameter, statement)
        lines.append(
            "return _c.RoaParts(path, query, headers, _r.form_body(form),"
            " _c.FORM_CONTENT_TYPE)"
        )
    elif fields:
        # Members sent as a JSON object: unset ones are left out, and the object is
        # sent even when empty, as the service's own SDKs do.
        lines.append("body: dict[str, Any] = {}")
        for parameter in fields:
            statement = f"body[{py_str(parameter.wire_name)}] = to_wire({{value}})"
            lines += _optional(parameter, statement)
        lines.append(
            "return _c.RoaParts(path, query, headers, _r.json_body(body),"
            " _c.JSON_CONTENT_TYPE)"
        )
    else:
        lines.append("return _c.RoaParts(path, query, headers)")
    return lines


def _imports(operation: Operation, lines: list[str]) -> list[str]:
    """Only the imports the operation's code uses."""
    text = "\n".join(lines)
    imports = []
    if "Any" in text:
        imports.append("from typing import Any")
        imports.append("")
    if "_r." in text:
        imports.append("from .._runtime import roa_request as _r")
    if "_q." in text:
        imports.append("from .._runtime import rpc_params as _q")
    if "to_wire(" in text:
        imports.append("from .._runtime.model import to_wire")
    return imports


def answer_expression(operation: Operation) -> str:
    """The operation's ``RoaAnswer``: how the answer body maps onto the output."""
    payload = operation.binding.response_payload
    if payload is not None:
        member = next(m for m in operation.output.members if m.wire_name == payload)
        kind = member.shape.kind
        shape = {"array": "array", "string": "string"}.get(kind, "object")
        return f"_c.RoaAnswer({py_str(shape)}, {py_str(payload)})"
    if not operation.output.members:
        return '_c.RoaAnswer("none")'
    return '_c.RoaAnswer("object")'


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> list[OutputFile]:
    package = service.package
    module_name = context["module_name"]
    files = [
        renderer.render_module(
            f"{package}/client.py",
            "python/client.py.j2",
            client_module="roa_client",
            sync_base="RoaClient",
            async_base="AsyncRoaClient",
            **client_plan(service, context),
            **context,
        ),
        OutputFile(
            f"{package}/operations/__init__.py",
            renderer.render("python/alibaba_roa/operations_init.py.j2", **context),
        ),
    ]
    for operation in service.operations:
        module = module_name(operation)
        files.append(
            OutputFile(
                f"{package}/operations/{module}.py",
                renderer.render(
                    "python/alibaba_roa/operation.py.j2",
                    operation=operation,
                    binding=operation.binding,
                    module=module,
                    request_class=operation.input.class_name,
                    response_class=operation.output.class_name,
                    body_lines=(lines := serialize_lines(operation)),
                    imports=_imports(operation, lines),
                    answer=answer_expression(operation),
                    **context,
                ),
            )
        )
    return files


class RoaPython:
    """The Alibaba ROA facet of the Python package target."""

    runtime_files: tuple[str, ...] = RUNTIME_FILES

    def joined_string_members(self, operation: Operation) -> list[str]:
        return joined_string_members(operation)

    def client_options(self, service: Service) -> tuple[ClientOption, ...]:
        # ROA answers are JSON only: no --format.
        return tuple(
            option
            for option in cli_client_options(service)
            if option.keyword != "response_format"
        )

    def render_files(
        self, service: Service, renderer: Renderer, context: Mapping[str, Any]
    ) -> list[OutputFile]:
        return render_files(service, renderer, context)
