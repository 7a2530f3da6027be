"""What the reference pages say about REST/JSON: where each parameter travels, its
OpenAPI style, and the request line."""

from __future__ import annotations

import json
from urllib.parse import quote

from ....markdown import RichText, code, paragraph, text
from ....model import HttpParameter, Operation, RequestExample, Service
from ...docs.tables import FieldRow, children_rows, describe, example_text
from ....runtime_view import runtime_module
from ...wording import shape_type
from .python import environment_names, full_path, operation_details

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
        format={"json": "JSON", "multipart": "multipart"}.get(body_format, "form")
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
    """The documented request, else the request the client sends for the example's
    input, built by the runtime's own serializer (credentials left out)."""
    if example.wire is not None:
        return example.wire
    runtime = runtime_module("rest_request")
    params = runtime_module("rest_params")
    binding = operation.binding
    details = operation_details(operation)
    parameters = [
        runtime.RestParameter(
            p.member.wire_name,
            p.location,
            p.wire_name,
            p.style,
            details.explodes(p.wire_name),
            details.part_type(p.wire_name),
        )
        for p in binding.parameters
    ]
    data = example.input if isinstance(example.input, dict) else {}
    parts = runtime.build_parts(
        full_path(service, operation),
        parameters,
        binding.body_format,
        data,
        [
            f"{quote(c.name, safe='')}={quote(c.value, safe='')}"
            for c in binding.constants
        ],
    )
    target = parts.path + ("?" + "&".join(parts.query) if parts.query else "")
    lines = [
        f"{binding.method} {target} HTTP/1.1",
        f"Host: {service.endpoints.global_host}",
    ]
    lines += [f"{name}: {value}" for name, value in parts.headers.items()]
    if parts.cookies:
        lines.append(f"Cookie: {params.cookie_header(parts.cookies)}")
    if parts.content_type:
        lines.append(f"Content-Type: {parts.content_type}")
    text = "\n".join(lines) + "\n"
    if isinstance(parts.body, runtime.MultipartBody):
        # Its boundary is random per request: a fixed stand-in keeps the docs stable.
        body = b"".join(parts.body).decode("utf-8", errors="replace")
        text = text.replace(parts.body.boundary, "BOUNDARY")
        text += "\n" + body.replace(parts.body.boundary, "BOUNDARY")
    elif parts.body:
        body = parts.body.decode("utf-8")
        if parts.content_type == runtime.JSON_CONTENT_TYPE:
            body = json.dumps(json.loads(body), ensure_ascii=False, indent=2)
        text += f"\n{body}\n"
    return text


class RestDocs:
    """The REST/JSON facet of the reference docs target."""

    def python_intro(self, service: Service, language: str) -> str:
        names = environment_names(service.product)
        if language == "zh":
            return (
                "使用生成的客户端调用此接口。凭证取自参数 `token=`、`api_key=` 或"
                f" `username=`/`password=`，未传入时取自环境变量 `{names['token']}`、"
                f"`{names['api_key']}` 或 `{names['username']}` 和"
                f" `{names['password']}`，可同时提供多种；每个请求发送该接口第一个"
                "能满足的安全要求（同一要求中的多个方案一并发送）。"
            )
        return (
            "Call this operation with the generated client. Credentials come from the"
            " arguments `token=`, `api_key=` or `username=`/`password=`, else from the"
            f" environment variables `{names['token']}`, `{names['api_key']}`, or"
            f" `{names['username']}` and `{names['password']}`, several at once; each"
            " request sends the operation's first security requirement they satisfy"
            " (the schemes of one requirement together)."
        )

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
