"""Python code for the REST/JSON binding: the clients and one parameter table per
operation; the serialization itself is the runtime's (``rest_request``,
``rest_params``), so every operation shares one tested implementation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote
from typing import Any

from ....filters import py_literal, py_str
from ....model import Operation, Service
from ....protocols.rest_json import (
    RestOperationDetails,
    RestServiceDetails,
    SecurityScheme,
)
from ....render import OutputFile, Renderer
from ...facets import ClientOption
from ..alibaba_rpc.python import client_plan
from .shapes import shape_expression

RUNTIME_FILES = (
    "rest_client.py",
    "rest_multipart.py",
    "rest_servers.py",
    "rest_params.py",
    "rest_request.py",
    "rest_response.py",
    # The offline server's shared parts read RPC queries and XML answers.
    "rpc_params.py",
    "rpc_signing.py",
    "xml_decode.py",
)
SHARED_MODULE = "_shared"


def service_details(service: Service) -> RestServiceDetails:
    details = service.binding.details
    return details if isinstance(details, RestServiceDetails) else RestServiceDetails()


def operation_details(operation: Operation) -> RestOperationDetails:
    details = operation.binding.details
    return (
        details if isinstance(details, RestOperationDetails) else RestOperationDetails()
    )


def full_path(service: Service, operation: Operation) -> str:
    """The operation's path template under the service's base path."""
    return service_details(service).base_path + operation.binding.path


def environment_names(product: str) -> dict[str, str]:
    """The variables a client reads credentials from (as ``rest_client`` does)."""
    prefix = re.sub(r"[^A-Za-z0-9]", "_", product).upper()
    return {
        kind: f"{prefix}_{kind.upper()}"
        for kind in ("token", "api_key", "username", "password")
    }


def constant_fragments(operation: Operation) -> str:
    """The fixed query pairs, encoded as the runtime encodes query values."""
    fragments = [
        f"{quote(c.name, safe='')}={quote(c.value, safe='')}"
        for c in operation.binding.constants
        if c.location == "query"
    ]
    return "(" + "".join(f"{py_str(f)}, " for f in fragments) + ")"


def parameter_rows(operation: Operation) -> list[str]:
    """``RestParameter`` arguments, one per input member, in declaration order."""
    details = operation_details(operation)
    rows = []
    for parameter in operation.binding.parameters:
        rows.append(
            ", ".join(
                (
                    py_str(parameter.member.wire_name),
                    py_str(parameter.location),
                    py_str(parameter.wire_name),
                    py_str(parameter.style),
                    str(details.explodes(parameter.wire_name)),
                    py_literal(details.part_type(parameter.wire_name)),
                    str(_files(parameter.member.shape)),
                )
            )
        )
    return rows


def server_rows(service: Service) -> list[str]:
    """``Server(...)`` arguments of every server the spec lists, in order."""
    rows = []
    for server in service_details(service).servers:
        variables = "".join(
            f"ServerVariable({py_str(v.name)}, {py_str(v.default)},"
            f" ({''.join(py_str(e) + ', ' for e in v.enum)})), "
            for v in server.variables
        )
        rows.append(
            f"{py_str(server.url)}, {py_str(server.description)}, ({variables})"
        )
    return rows


def _files(shape: Any) -> bool:
    """A list of files: sent as one multipart part per file."""
    items = shape.items if shape.kind == "array" else None
    return items is not None and items.kind == "string" and items.format == "binary"


def security_rows(
    requirements: tuple[tuple[SecurityScheme, ...], ...], prefix: str = "_r."
) -> list[str]:
    """One tuple of ``Security(...)`` per requirement (alternative), in order."""
    rows = []
    for requirement in requirements:
        schemes = "".join(
            f"{prefix}Security({py_str(s.type)}, {py_literal(s.location)},"
            f" {py_literal(s.parameter)}), "
            for s in requirement
        )
        rows.append(f"({schemes})")
    return rows


def shared_class(service: Service, shape_name: str) -> str | None:
    for shape in service.shared_shapes:
        if shape.name == shape_name and shape.is_structure:
            return shape.class_name
    return None


def _answer(service: Service, operation: Operation) -> tuple[dict[str, Any], list[str]]:
    binding = operation.binding
    payload = binding.response_payload
    errors = []
    imports: set[str] = set()
    for entry in operation_details(operation).errors:
        cls = shared_class(service, entry.shape) if entry.shape else None
        if cls is not None:
            imports.add(cls)
        errors.append((entry.status, f"{cls}.from_wire" if cls else "None"))
    if payload is not None:
        member = next(m for m in operation.output.members if m.wire_name == payload)
        kind = {"array": "array", "string": "string"}.get(member.shape.kind, "value")
        answer = {"payload": kind, "member": py_str(payload), "errors": errors}
    elif not operation.output.members:
        answer = {"payload": "none", "member": "None", "errors": errors}
    else:
        answer = {"payload": "object", "member": "None", "errors": errors}
    lines = (
        [f"from ..models.{SHARED_MODULE} import {', '.join(sorted(imports))}"]
        if imports
        else []
    )
    details = operation_details(operation)
    members = {m.wire_name: m for m in operation.output.members}
    answer["headers"] = [
        f"({py_str(member)}, {py_str(header.lower())},"
        f" _p.{shape_expression(members[member].shape)})"
        for member, header in details.response_headers
        if member in members
    ]
    answer["status_member"] = py_literal(details.status_member)
    if answer["headers"]:
        lines.append("from .._runtime import rest_params as _p")
    return answer, lines


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> list[OutputFile]:
    package = service.package
    module_name = context["module_name"]
    names = environment_names(service.product)
    files = [
        renderer.render_module(
            f"{package}/client.py",
            "python/rest_json/client.py.j2",
            client_module="rest_client",
            sync_base="RestClient",
            async_base="AsyncRestClient",
            environment_names=", ".join(f"``{n}``" for n in names.values()),
            servers=server_rows(service),
            base_path=service_details(service).base_path,
            **client_plan(service, context),
            **context,
        ),
        OutputFile(
            f"{package}/operations/__init__.py",
            renderer.render("python/rest_json/operations_init.py.j2", **context),
        ),
    ]
    header = service_details(service).request_id_header
    for operation in service.operations:
        module = module_name(operation)
        answer, imports = _answer(service, operation)
        binding = operation.binding
        files.append(
            OutputFile(
                f"{package}/operations/{module}.py",
                renderer.render(
                    "python/rest_json/operation.py.j2",
                    operation=operation,
                    binding=binding,
                    module=module,
                    request_class=operation.input.class_name,
                    response_class=operation.output.class_name,
                    parameters=parameter_rows(operation),
                    path=full_path(service, operation),
                    body_format=py_literal(binding.body_format),
                    constants=constant_fragments(operation),
                    answer=answer,
                    imports=imports,
                    security=security_rows(operation_details(operation).requirements),
                    request_id_header=header,
                    **context,
                ),
            )
        )
    return files


class RestPython:
    """The REST/JSON facet of the Python package target."""

    runtime_files: tuple[str, ...] = RUNTIME_FILES

    def joined_string_members(self, operation: Operation) -> list[str]:
        return []

    def client_options(self, service: Service) -> tuple[ClientOption, ...]:
        regional = service.endpoints.regional_host or service.endpoints.global_host
        options = [
            ClientOption(
                "--endpoint",
                "endpoint",
                "[http://|https://]host[:port] to call (the offline server needs"
                f" http://) (default: {service.endpoints.global_host})",
            ),
            ClientOption(
                "--protocol",
                "protocol",
                "URL scheme",
                choices=service.binding.schemes,
                default=(
                    "https"
                    if "https" in service.binding.schemes
                    else service.binding.schemes[0]
                ),
            ),
            ClientOption("--timeout", "timeout", "seconds per attempt", kind="number"),
            ClientOption(
                "--max-attempts", "max_attempts", "attempts per call", kind="integer"
            ),
        ]
        servers = service_details(service).servers
        if len(servers) > 1:
            listed = "; ".join(f"{i}: {s.url}" for i, s in enumerate(servers))
            options.append(
                ClientOption(
                    "--server",
                    "server",
                    f"the server to call, by index or URL ({listed})",
                )
            )
        if any(server.variables for server in servers):
            options.append(
                ClientOption(
                    "--server-variable",
                    "server_variables",
                    "a variable of the server's URL (an enum variable takes only its"
                    " listed values; the others keep their defaults); repeat the"
                    " option for each",
                    kind="pairs",
                )
            )
        if service.endpoints.regional_host:
            options.insert(
                0,
                ClientOption(
                    "--region-id",
                    "region_id",
                    f"server variable: the endpoint becomes {regional}",
                ),
            )
        return tuple(options)

    def credentials_note(self, service: Service) -> str:
        names = environment_names(service.product)
        return (
            f"Credentials come from the environment: {names['token']} (a bearer"
            f" token), {names['api_key']} (an API key), or {names['username']} and"
            f" {names['password']}."
        )

    def render_files(
        self, service: Service, renderer: Renderer, context: Mapping[str, Any]
    ) -> list[OutputFile]:
        return render_files(service, renderer, context)
