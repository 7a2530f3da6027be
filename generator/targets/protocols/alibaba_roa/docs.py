"""What the reference pages say about Alibaba ROA: where each parameter travels (path,
query, header, body), how lists and objects are written, and the request line."""

from __future__ import annotations

from ....markdown import RichText, code, paragraph, text
from ....model import HttpParameter, Operation, RequestExample, Service
from ...docs.tables import FieldRow, children_rows, describe, example_text
from ...wording import shape_type
from ..alibaba_rpc.docs import style_rule
from .wire_examples import expected_path, expected_query_pairs

_WHERE = {
    "path": ("路径参数，替换路径中的 ", "A path parameter: it replaces "),
    "query": ("查询参数 ", "A query parameter, "),
    "header": ("请求头 ", "A request header, "),
    "body": ("请求体（{format}）的字段 ", "A field of the {format} request body, "),
    "payload": ("整个请求体（{format}）", "The whole {format} request body"),
}


def _where(parameter: HttpParameter, body_format: str, language: str) -> RichText:
    zh = language == "zh"
    lead = _WHERE[parameter.location][0 if zh else 1].format(
        format="JSON" if body_format == "json" else "form"
    )
    if parameter.location == "payload":
        return (paragraph(text(lead + ("。" if zh else "."))),)
    shown = (
        f"{{{parameter.wire_name}}}"
        if parameter.location == "path"
        else parameter.wire_name
    )
    return (paragraph(text(lead), code(shown), text("。" if zh else ".")),)


def request_rows(
    service: Service, operation: Operation, language: str
) -> list[FieldRow]:
    """Every parameter under its wire name and location, nested fields below."""
    binding = operation.binding
    rows = []
    for parameter in binding.parameters:
        member = parameter.member
        extra = [_where(parameter, binding.body_format or "json", language)]
        if parameter.location in ("query", "header"):
            extra.append(style_rule(parameter, language))
        textual = parameter.location in ("query", "header") and parameter.style in (
            "comma",
            "json",
        )
        rows.append(
            FieldRow(
                name=parameter.wire_name,
                type="String" if textual else shape_type(member.shape),
                example=example_text(member.example),
                description=describe(member, language, extra=tuple(extra)),
                required=member.required,
            )
        )
        rows.extend(
            children_rows(member.shape, f"{parameter.wire_name}.", language, ())
        )
    return rows


def request_example_text(
    service: Service, operation: Operation, example: RequestExample, language: str
) -> str:
    """The documented request as written in the spec, else the request line built from
    the example's input (query values unencoded, for reading)."""
    if example.wire is not None:
        return example.wire
    binding = operation.binding
    data = example.input if isinstance(example.input, dict) else {}
    path = expected_path(binding, data)
    query = expected_query_pairs(binding, data)
    line = f"{binding.method} {path}"
    if query:
        line += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return f"{line} HTTP/1.1\nHost: {service.endpoints.global_host}\n"


class RoaDocs:
    """The Alibaba ROA facet of the reference docs target."""

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
