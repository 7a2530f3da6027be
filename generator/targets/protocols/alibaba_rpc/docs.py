"""What the reference pages say about Alibaba RPC: the Action parameter, query names
and styles of the other parameters, and the request URL of an example."""

from __future__ import annotations

from collections.abc import Iterator

from ....markdown import RichText, code, paragraph, parse, strong, text
from ....model import HttpBinding, HttpParameter, JsonValue, Operation, RequestExample
from ....model import Service
from ....protocols.alibaba_rpc import action_description
from ...docs.tables import FieldRow, children_rows, describe, example_text
from ...wording import shape_type, value_text


def _action_row(binding: HttpBinding, language: str) -> FieldRow:
    described = parse(action_description(binding).get(language))
    if not described:
        zh = language == "zh"
        described = (
            paragraph(
                text(
                    "要执行的操作。取值："
                    if zh
                    else "The operation to perform. Set the value to "
                ),
                strong(text(binding.name)),
                text("。" if zh else "."),
            ),
        )
    return FieldRow("Action", "String", binding.name, described, required=True)


def style_rule(parameter: HttpParameter, language: str) -> RichText:
    """How the value travels in the query, when that is not plain text."""
    zh = language == "zh"
    name = parameter.wire_name
    if parameter.style == "comma":
        return (
            paragraph(
                text(
                    "多个值以英文逗号（,）分隔，作为一个参数传入。"
                    if zh
                    else "Several values travel as one parameter, separated by commas (,)."
                )
            ),
        )
    if parameter.style == "json":
        return (
            paragraph(text("以 JSON 字符串传入。" if zh else "Sent as JSON text.")),
        )
    if parameter.style == "repeat_list":
        return (
            paragraph(
                text("依次以 " if zh else "Sent as "),
                code(f"{name}.1"),
                text("、" if zh else ", "),
                code(f"{name}.2"),
                text("…… 传入。" if zh else ", … in turn."),
            ),
        )
    if parameter.style == "flat":
        return (
            paragraph(
                text("各成员以 " if zh else "Each member is sent as "),
                code(f"{name}.<{'成员名' if zh else 'Name'}>"),
                text(" 传入。" if zh else "."),
            ),
        )
    return ()


def _wire_type(parameter: HttpParameter) -> str:
    if parameter.style in ("comma", "json"):
        return "String"
    return shape_type(parameter.member.shape)


def _child_prefix(parameter: HttpParameter) -> str:
    if parameter.style == "repeat_list":
        return f"{parameter.wire_name}.N."
    return f"{parameter.wire_name}."


def _example(parameter: HttpParameter) -> str:
    value = parameter.member.example
    if parameter.style == "comma" and isinstance(value, list):
        return ",".join(value_text(item) for item in value)
    return example_text(value)


def request_rows(
    service: Service, operation: Operation, language: str
) -> list[FieldRow]:
    """Action first, then every parameter under its query name, nested fields below."""
    binding = operation.binding
    rows = [_action_row(binding, language)]
    for parameter in binding.parameters:
        member = parameter.member
        rows.append(
            FieldRow(
                name=parameter.wire_name,
                type=_wire_type(parameter),
                example=_example(parameter),
                description=describe(
                    member, language, extra=(style_rule(parameter, language),)
                ),
                required=member.required,
            )
        )
        rows.extend(children_rows(member.shape, _child_prefix(parameter), language, ()))
    return rows


def _pairs(name: str, style: str, value: JsonValue) -> Iterator[tuple[str, str]]:
    if style == "comma" and isinstance(value, list):
        yield name, ",".join(value_text(item) for item in value)
    elif style == "repeat_list" and isinstance(value, list):
        for index, item in enumerate(value, start=1):
            yield from _pairs(f"{name}.{index}", "flat", item)
    elif style == "flat" and isinstance(value, dict):
        for key, item in value.items():
            yield from _pairs(f"{name}.{key}", "flat", item)
    else:
        yield name, value_text(value)


def request_example_text(
    service: Service, operation: Operation, example: RequestExample, language: str
) -> str:
    """The documented request line as written in the spec, else one built from the
    example's input in the documented style (values unencoded, for reading)."""
    if example.wire is not None:
        return example.wire
    binding = operation.binding
    lines = [f"https://{service.endpoints.global_host}/?Action={binding.name}"]
    data = example.input if isinstance(example.input, dict) else {}
    for parameter in binding.parameters:
        if parameter.member.wire_name in data:
            for key, value in _pairs(
                parameter.wire_name, parameter.style, data[parameter.member.wire_name]
            ):
                lines.append(f"&{key}={value}")
    lines.append(
        "&<公共请求参数>" if language == "zh" else "&<common request parameters>"
    )
    return "\n".join(lines) + "\n"


class RpcDocs:
    """The Alibaba RPC facet of the reference docs target."""

    def request_rows(
        self, service: Service, operation: Operation, language: str
    ) -> list[FieldRow]:
        return request_rows(service, operation, language)

    def request_example_text(
        self,
        service: Service,
        operation: Operation,
        example: RequestExample,
        language: str,
    ) -> str:
        return request_example_text(service, operation, example, language)
