"""What the reference pages say about REST/JSON: where each parameter travels, its
OpenAPI style, and the request line."""

from __future__ import annotations

import json

from ....markdown import RichText, code, paragraph, text
from ....model import HttpParameter, Operation, RequestExample, Service
from ...docs.tables import FieldRow, children_rows, describe, example_text
from ...wording import shape_type
from .python import full_path, operation_details

_WHERE = {
    "path": ("路径参数，替换路径中的 ", "A path parameter: it replaces "),
    "query": ("查询参数 ", "A query parameter, "),
    "header": ("请求头 ", "A request header, "),
    "cookie": ("Cookie ", "A cookie, "),
    "body": ("请求体（{format}）的字段 ", "A field of the {format} request body, "),
    "payload": ("整个请求体（{format}）", "The whole {format} request body"),
}


def _where(
    parameter: HttpParameter, body_format: str, explode: bool, language: str
) -> RichText:
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
    pieces = [text(lead), code(shown)]
    if parameter.location not in ("body", "payload"):
        style = f"style={parameter.style}, explode={str(explode).lower()}"
        pieces += [text("（" if zh else " ("), code(style), text("）" if zh else ")")]
    return (paragraph(*pieces, text("。" if zh else ".")),)


def request_rows(
    service: Service, operation: Operation, language: str
) -> list[FieldRow]:
    binding = operation.binding
    details = operation_details(operation)
    rows = []
    for parameter in binding.parameters:
        member = parameter.member
        where = _where(
            parameter,
            binding.body_format or "json",
            details.explodes(parameter.wire_name),
            language,
        )
        rows.append(
            FieldRow(
                name=parameter.wire_name,
                type=shape_type(member.shape),
                example=example_text(member.example),
                description=describe(member, language, extra=(where,)),
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
    """The documented request, else the request line and the example's input."""
    if example.wire is not None:
        return example.wire
    line = f"{operation.binding.method} {full_path(service, operation)} HTTP/1.1"
    data = json.dumps(example.input, ensure_ascii=False, indent=2, sort_keys=True)
    return f"{line}\nHost: {service.endpoints.global_host}\n\n{data}\n"


class RestDocs:
    """The REST/JSON facet of the reference docs target."""

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
