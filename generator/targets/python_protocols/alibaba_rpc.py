"""Python code for the Alibaba RPC binding: the clients and one serializer per operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ...filters import py_str
from ...model import Member, Operation, Service, Shape
from ..python_code import input_annotation
from ...protocols.alibaba_rpc import (
    RpcOperationBinding,
    RpcParameter,
    RpcServiceBinding,
)
from ..python_cli import ClientOption
from ...render import OutputFile, Renderer

# Runtime modules (templates/python/runtime) this protocol's generated code imports.
RUNTIME_FILES = (
    "client.py",
    "rpc_params.py",
    "rpc_request.py",
    "rpc_response.py",
    "rpc_signing.py",
    "xml_decode.py",
)


def _binding(operation: Operation) -> RpcOperationBinding:
    binding = operation.binding
    assert isinstance(binding, RpcOperationBinding)
    return binding


def joined_string_members(operation: Operation) -> list[str]:
    """Input members sent comma-joined: callers may also pass them as one ``"a,b"`` text."""
    return [
        p.member.wire_name for p in _binding(operation).parameters if p.style == "comma"
    ]


def _scalar_text(shape: Shape, value: str) -> str:
    """An expression giving the query text of a scalar value."""
    if shape.json_content is not None:
        return value
    if shape.kind == "string" and shape.format != "date-time" and not shape.enum:
        return value
    return f"_q.scalar_text({value})"


@dataclass(frozen=True)
class ParameterPlan:
    parameter: RpcParameter
    lines: tuple[str, ...]


def _parameter_lines(parameter: RpcParameter) -> tuple[str, ...]:
    member = parameter.member
    value = f"request.{member.python_name}"
    if member.shape.json_content is not None:
        value = f"request.{member.python_name}_raw"
    key = py_str(parameter.wire_name)
    # ``value`` below is renamed to a per-parameter local so mypy sees one type per name.
    if parameter.style == "simple":
        body = f"params[{key}] = {_scalar_text(member.shape, 'value')}"
    elif parameter.style == "comma":
        body = f"params[{key}] = _q.join_comma(value)"
    elif parameter.style == "json":
        body = f"params[{key}] = _q.json_text(value)"
    elif parameter.style == "repeat_list":
        body = f"_q.add_repeat_list(params, {key}, value)"
    else:  # flat
        body = f"_q.add_flat(params, {key}, value)"
    local = f"v_{member.python_name}"
    body = body.replace("value", local)
    return (f"{local} = {value}", f"if {local} is not None:", f"    {body}")


def client_input_annotation(operation: Operation, member: Member) -> str:
    joined = member.wire_name in joined_string_members(operation)
    return input_annotation(member.shape, joined, prefix="models.")


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> list[OutputFile]:
    package = service.package
    files = [
        OutputFile(
            f"{package}/client.py",
            renderer.render(
                "python/alibaba_rpc/client.py.j2",
                binding=service.binding,
                input_annotation=client_input_annotation,
                **context,
            ),
        ),
        OutputFile(
            f"{package}/operations/__init__.py",
            renderer.render("python/alibaba_rpc/operations_init.py.j2", **context),
        ),
    ]
    for operation in service.operations:
        binding = _binding(operation)
        plans = [ParameterPlan(p, _parameter_lines(p)) for p in binding.parameters]
        files.append(
            OutputFile(
                f"{package}/operations/{context['module_name'](operation)}.py",
                renderer.render(
                    "python/alibaba_rpc/operation.py.j2",
                    operation=operation,
                    binding=binding,
                    parameters=plans,
                    **context,
                ),
            )
        )
    return files


def cli_client_options(service: Service) -> tuple[ClientOption, ...]:
    """Client settings a command line may change; credentials are not among them, so a
    secret never lands in shell history or a process list."""
    binding = service.binding
    assert isinstance(binding, RpcServiceBinding)
    regional = service.endpoints.regional_host or service.endpoints.global_host
    return (
        ClientOption(
            "--region-id",
            "region_id",
            f"region to call, such as cn-shanghai: the endpoint becomes {regional}",
        ),
        ClientOption(
            "--endpoint",
            "endpoint",
            "host[:port] to call instead of the regional or global endpoint"
            f" (default: {service.endpoints.global_host})",
        ),
        ClientOption(
            "--protocol",
            "protocol",
            "URL scheme",
            choices=binding.schemes,
            default="https" if "https" in binding.schemes else binding.schemes[0],
        ),
        ClientOption(
            "--format",
            "response_format",
            "response format asked of the service",
            choices=binding.response_formats,
            default=binding.default_response_format,
        ),
        ClientOption(
            "--signature-version",
            "signature_version",
            "request signature: v1 (HMAC-SHA1) or v3 (ACS3-HMAC-SHA256)",
            choices=binding.signature_versions,
            default=binding.default_signature_version,
        ),
        ClientOption(
            "--timeout",
            "timeout",
            "seconds to wait for each read of the answer",
            default="10",
            kind="number",
        ),
        ClientOption(
            "--max-attempts",
            "max_attempts",
            "attempts in all, retries of throttling and network errors included",
            default="3",
            kind="integer",
        ),
    )
