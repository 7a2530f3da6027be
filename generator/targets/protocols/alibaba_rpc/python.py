"""Python code for the Alibaba RPC binding: the clients and one serializer per operation."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ... import layout
from ....filters import comment, docblock, py_str
from ....model import HttpParameter, Member, Operation, Service, Shape
from ....render import OutputFile, Renderer
from ....protocols.alibaba_rpc import is_anonymous
from ...facets import ClientOption
from ...per_operation import PerOperation
from ...python_code import default_literal, input_annotation

# Runtime modules (templates/python/runtime) this protocol's generated code imports.
RUNTIME_FILES = (
    "rpc_client.py",
    "rpc_params.py",
    "rpc_request.py",
    "rpc_response.py",
    "rpc_signing.py",
    "xml_decode.py",
)


def joined_string_members(operation: Operation) -> list[str]:
    """Input members sent comma-joined: callers may also pass them as one ``"a,b"`` text."""
    return [
        p.member.wire_name for p in operation.binding.parameters if p.style == "comma"
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
    parameter: HttpParameter
    lines: tuple[str, ...]


def _parameter_lines(parameter: HttpParameter) -> tuple[str, ...]:
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
    return (
        *layout.assign(local, value, indent=4),
        f"if {local} is not None:",
        *layout.indented(_statement(body, indent=8)),
    )


def _statement(statement: str, *, indent: int) -> list[str]:
    """``params[key] = f(value)`` or ``f(params, key, value)``, laid out."""
    if " = " in statement:
        target, value = statement.split(" = ", 1)
        return layout.assign_expression(target, value, indent=indent)
    opening = statement.index("(")
    arguments = layout.split_top_level(statement[opening + 1 : -1], ", ")
    return layout.call(statement[: opening + 1], arguments, ")", indent=indent)


def _class_names(operation: Operation) -> tuple[str, str]:
    request, response = operation.input.class_name, operation.output.class_name
    assert request is not None and response is not None
    return request, response


def operation_lines(operation: Operation, method: str) -> list[str]:
    """``OPERATION: OperationInfo[Request, Response] = OperationInfo(...)``: black
    parenthesizes the call when the line up to its bracket is too long, and splits
    the annotation when even that is."""
    request, response = _class_names(operation)
    binding = operation.binding
    arguments = [
        f"action={py_str(binding.name)},",
        f"method={py_str(method)},",
        "validate_request=_validate_request,",
        "serialize=serialize,",
        f"answer_shape=_XML_{response},",
        f"parse={response}.from_wire,",
        "validate_response=validate_response,",
    ]
    if is_anonymous(binding):
        arguments.append("anonymous=True,")
    annotation = f"OperationInfo[{request}, {response}]"
    head = f"OPERATION: {annotation} = OperationInfo("
    if layout.fits(head):
        return [head, *layout.indented(arguments), ")"]
    if layout.fits(f"OPERATION: {annotation} = ("):
        return [
            f"OPERATION: {annotation} = (",
            f"{layout.INDENT}OperationInfo(",
            *layout.indented(arguments, 2),
            f"{layout.INDENT})",
            ")",
        ]
    return [
        *layout.call(
            "OPERATION: OperationInfo[", [request, response], "] = OperationInfo("
        ),
        *layout.indented(arguments),
        ")",
    ]


def module_lines(operation: Operation, module: str) -> dict[str, list[str]]:
    """The operation module's import, ``__all__`` and signature lines."""
    request, response = _class_names(operation)
    return {
        "import_validators": layout.import_from(
            f"..validators.{module}", ["validate_request", "validate_response"]
        ),
        "all": layout.collection(
            "__all__ = [",
            [py_str(name) for name in ("OPERATION", request, response, "serialize")],
            "]",
        ),
        "serialize": layout.signature(
            "serialize", [f"request: {request}"], "dict[str, str]"
        ),
        "validate_request": layout.signature(
            "_validate_request", [f"request: {request}"], "list[Violation]"
        ),
    }


def client_input_annotation(operation: Operation, member: Member) -> str:
    joined = member.wire_name in joined_string_members(operation)
    given = input_annotation(member.shape, joined, prefix="models.")
    # NULL sends an explicit null (``None`` leaves the member out).
    return f"{given} | models.Null" if member.nullable else given


_RAISES = """Raises:
    RequestValidationError: an argument breaks a documented rule; nothing is sent.
    ServiceError: the service answered with an error (``code``, ``request_id``).
    TransportError: the service could not be reached after every retry.
    ResponseParseError: the answer was not the documented shape."""


def _default_note(member: Member) -> str:
    """What the Args line says of a spec default the client sends."""
    default = default_literal(member)
    if default is None:
        return ""
    return f"Default: ``{default}``, sent unless ``None`` is given."


def client_method(operation: Operation, module: str) -> dict[str, list[str] | str]:
    """The pieces of a client method, laid out for their place in the class."""
    members = operation.input.members
    parameters: list[str] = []
    for member in members:
        annotation = client_input_annotation(operation, member)
        default = default_literal(member)
        if default is not None:
            parameters += layout.annotated(
                member.python_name, f"{annotation} | None", f" = {default},", indent=8
            )
        elif member.required:
            parameters += layout.annotated(
                member.python_name, annotation, ",", indent=8
            )
        else:
            parameters += layout.annotated(
                member.python_name, f"{annotation} | None", " = None,", indent=8
            )
    title = operation.title.get("en")
    if operation.title.zh:
        title += f" ({operation.title.zh})"
    arguments = "\n".join(
        (
            f"    {member.python_name}: "
            + " ".join(
                part
                for part in (
                    comment(member.description.get("en")),
                    _default_note(member),
                )
                if part
            )
        ).rstrip()
        for member in members
    )
    request_class = operation.input.class_name
    request = [f"{m.python_name}={m.python_name}," for m in members]
    return {
        "parameters": parameters,
        "returns": layout.returns_lines(
            f"models.{operation.output.class_name}", indent=4
        ),
        "docstring": docblock(
            f"{title}.",
            operation.summary.get("en"),
            f"Args:\n{arguments}" if members else "",
            _RAISES,
            indent=8,
        ),
        # The operation's module: imported by name for the type checker, found in
        # the client module's cache at run time (``_operation`` in client.py.j2).
        "import": [
            "if TYPE_CHECKING:",
            *layout.indented(
                layout.import_from(".operations", [f"{module} as operation"], indent=12)
            ),
            "else:",
            *layout.indented(
                layout.assign_call(
                    "operation", "_operation", [py_str(module)], indent=12
                )
            ),
        ],
        "request": (
            [f"request = operation.{request_class}(", *layout.indented(request), ")"]
            if request
            else [f"request = operation.{request_class}()"]
        ),
    }


def client_plan(service: Service, context: Mapping[str, Any]) -> dict[str, Any]:
    """What ``python/client.py.j2`` needs of every protocol's client module: each
    operation's method plan (made as the template reads it) and the exports."""
    module_name = context["module_name"]
    return {
        "binding": service.binding,
        "input_annotation": client_input_annotation,
        "methods": PerOperation(
            service.operations,
            lambda operation: client_method(operation, module_name(operation)),
        ),
        "all_lines": layout.collection(
            "__all__ = [",
            [
                py_str(f"Async{service.client_name}Client"),
                py_str(f"{service.client_name}Client"),
                '"SERVICE"',
            ],
            "]",
        ),
    }


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> Iterator[OutputFile]:
    """The client and the operations package, a file at a time."""
    package = service.package
    yield from [
        renderer.render_module(
            f"{package}/client.py",
            "python/client.py.j2",
            client_module="rpc_client",
            sync_base="RpcClient",
            async_base="AsyncRpcClient",
            **client_plan(service, context),
            **context,
        ),
        OutputFile(
            f"{package}/operations/__init__.py",
            renderer.render("python/alibaba_rpc/operations_init.py.j2", **context),
        ),
    ]
    for operation in service.operations:
        binding = operation.binding
        plans = [ParameterPlan(p, _parameter_lines(p)) for p in binding.parameters]
        yield OutputFile(
            f"{package}/operations/{context['module_name'](operation)}.py",
            renderer.render(
                "python/alibaba_rpc/operation.py.j2",
                operation=operation,
                binding=binding,
                parameters=plans,
                lines=module_lines(operation, context["module_name"](operation)),
                operation_lines=operation_lines(operation, binding.method),
                **context,
            ),
        )


def cli_client_options(service: Service) -> tuple[ClientOption, ...]:
    """Client settings a command line may change; credentials are not among them, so a
    secret never lands in shell history or a process list."""
    binding = service.binding
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
            "[http://|https://]host[:port] to call instead of the regional or global"
            " endpoint; without a scheme https is used (the offline server needs"
            f" http://) (default: {service.endpoints.global_host})",
        ),
        ClientOption(
            "--network",
            "network",
            "vpc: the region's VPC endpoint (needs a region)",
            choices=("public", "vpc"),
            default="public",
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
            choices=binding.auth_schemes,
            default=binding.default_auth_scheme,
        ),
        ClientOption(
            "--timeout",
            "timeout",
            "seconds to wait for each attempt's whole answer",
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


class RpcPython:
    """The Alibaba RPC facet of the Python package target."""

    runtime_files: tuple[str, ...] = RUNTIME_FILES

    def joined_string_members(self, operation: Operation) -> list[str]:
        return joined_string_members(operation)

    def client_options(self, service: Service) -> tuple[ClientOption, ...]:
        return cli_client_options(service)

    def render_files(
        self, service: Service, renderer: Renderer, context: Mapping[str, Any]
    ) -> Iterator[OutputFile]:
        return render_files(service, renderer, context)
