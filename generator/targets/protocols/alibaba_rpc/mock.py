"""The Alibaba RPC offline server: actions routed by ``Action``, parameters read back
from the query by style, signatures v1 and V3 checked by ``_mock/auth.py``."""

from __future__ import annotations

from dataclasses import dataclass

from ...per_operation import PerOperation
from ... import layout
from ....filters import py_str
from ....model import HttpBinding, Operation, Service
from ....protocols.alibaba_rpc import is_anonymous
from ....render import OutputFile, Renderer
from ...example_data import served_examples, xml_root_tag
from ...mock_paging import mock_paging_lines
from ...python_code import module_name
from ...python_mock import (
    MOCK_DIR,
    error_example_lines,
    error_lines,
    error_table,
    errors_json,
    reader_rule,
    secret_lines,
)
from ...schema_answer import schema_answer

# The server's code, copied from templates/python/mock.
MOCK_FILES = (
    "__init__.py",
    "anonymous.py",
    "auth.py",
    "cli.py",
    "control.py",
    "faults.py",
    "paging.py",
    "replies.py",
    "sequences.py",
    "server.py",
    "service.py",
    "testing.py",
    "wire.py",
)


# Each action is a top-level statement ``_ACTIONS[name] = MockAction(...)``, so that
# black can format a large product's table in pieces (``generator/format_pieces``).
_ARGUMENT_INDENT = 4


@dataclass(frozen=True)
class ActionPlan:
    operation: Operation
    binding: HttpBinding
    module: str
    read: tuple[str, ...]  # ``read=_w.reader(rules),``: a rule per parameter
    json_example: str | None  # literals
    xml_example: str | None
    root_tag: str
    imports: tuple[str, ...]
    required: tuple[str, ...]  # ``required=(...),`` inside MockAction(...)
    error_examples: tuple[str, ...]  # ``error_examples={...},`` or nothing
    paging: tuple[str, ...] = ()  # ``paging=MockPaging(...),`` when it pages
    anonymous: bool = False  # accepted unsigned (the request carries its own proof)
    # (member wire name, query name) of the parameters sent under another name; the
    # server takes every other member's query name to be its wire name
    renamed: tuple[tuple[str, str], ...] = ()
    secret: tuple[str, ...] = ()  # ``secret=frozenset({...}),`` or nothing


def _action_plan(operation: Operation) -> ActionPlan:
    binding = operation.binding
    assert isinstance(binding, HttpBinding)
    json_example, xml_example = served_examples(operation)
    root_tag = (
        xml_root_tag(xml_example.body) if xml_example else f"{binding.name}Response"
    )
    made_up = None if json_example or xml_example else schema_answer(operation)
    module = module_name(operation)
    required = [
        py_str(parameter.member.wire_name)
        for parameter in binding.parameters
        if parameter.member.required
    ]
    return ActionPlan(
        operation=operation,
        binding=binding,
        module=module,
        read=tuple(
            layout.call_of_literal(
                "read=_w.reader(",
                tuple(reader_rule(parameter) for parameter in binding.parameters),
                "),",
                indent=_ARGUMENT_INDENT,
            )
        ),
        json_example=(
            py_str(json_example.body)
            if json_example
            else py_str(made_up) if made_up is not None else None
        ),
        xml_example=py_str(xml_example.body) if xml_example else None,
        root_tag=root_tag,
        error_examples=tuple(error_example_lines(operation, _ARGUMENT_INDENT)),
        imports=(
            *layout.import_from(
                f"..models.{module}", [f"_XML_{operation.output.class_name}"]
            ),
            *layout.import_from("..validators", [f"{module} as _validators_{module}"]),
        ),
        required=tuple(
            layout.collection(
                "required=(", required, "),", indent=_ARGUMENT_INDENT, one_tuple=True
            )
            if len(required) < 2
            else layout.exploded("required=(", required, "),")
        ),
        paging=tuple(mock_paging_lines(operation)),
        anonymous=is_anonymous(binding),
        renamed=tuple(
            (parameter.member.wire_name, parameter.wire_name)
            for parameter in binding.parameters
            if parameter.wire_name != parameter.member.wire_name
        ),
        secret=tuple(secret_lines(binding.parameters, _ARGUMENT_INDENT)),
    )


def _service_files(service: Service, renderer: Renderer) -> list[OutputFile]:
    package = service.package
    errors = error_table(service)
    context = {
        "service": service,
        "package_path": f"{renderer.root_package}.{package}",
        "actions": PerOperation(service.operations, _action_plan).values(),
        "errors": errors,
        "error_lines": error_lines,
        "paged": any(operation.paging for operation in service.operations),
    }
    files = [
        OutputFile(
            f"{package}/mock/{name}.py",
            renderer.render(f"python/alibaba_rpc/mock_{name}.py.j2", **context),
        )
        for name in ("__init__", "__main__")
    ]
    files.append(
        renderer.render_module(
            f"{package}/mock/actions.py",
            "python/alibaba_rpc/mock_actions.py.j2",
            **context,
        )
    )
    if errors:
        files.append(OutputFile(f"{package}/mock/errors.json", errors_json(errors)))
    for name in MOCK_FILES:
        files.append(
            OutputFile(
                f"{package}/_mock/{name}",
                renderer.read_verbatim(f"{MOCK_DIR}/{name}"),
                preformatted=True,
            )
        )
    return files


class RpcMock:
    """The Alibaba RPC facet of the offline-server target."""

    def render_files(self, service: Service, renderer: Renderer) -> list[OutputFile]:
        return _service_files(service, renderer)
