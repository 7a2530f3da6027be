"""The Python and command-line examples of a reference page, and what they print.

Calls use the documented request example's values; the printed output is worked out
from the documented JSON response, the way the generated models turn it into
``to_dict()``. A test runs every snippet of every page against a fake transport that
answers with that response, so a page whose example stops working fails the build.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import dataclass
from datetime import datetime, timezone

from .. import layout
from ...filters import py_literal, py_str
from ...model import JsonValue, Member, Operation, Service, Shape
from ..python_cli import CliCommand, command_line_value


@dataclass(frozen=True)
class Snippets:
    sync_code: str
    async_code: str
    command: str
    sync_output: str | None
    async_output: str | None


def _documented_input(operation: Operation) -> dict[str, JsonValue] | None:
    """The first request example's input; else every required member's example."""
    for example in operation.examples.requests:
        if isinstance(example.input, dict):
            return dict(example.input)
    values: dict[str, JsonValue] = {}
    for member in operation.input.members:
        if member.example is not None:
            values[member.wire_name] = member.example
        elif member.required:
            return None
    return values


def _argument(member: Member, value: JsonValue) -> str:
    shape = member.shape
    if (
        shape.kind == "string"
        and shape.format == "date-time"
        and shape.json_content is None
        and isinstance(value, str)
    ):
        return f"{member.python_name}=datetime.fromisoformat({py_str(value)})"
    return f"{member.python_name}={py_literal(value)}"


def _date_time_wire(text: str) -> str:
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return text
    parsed = (
        parsed.replace(tzinfo=timezone.utc)
        if parsed.tzinfo is None
        else parsed.astimezone(timezone.utc)
    )
    return parsed.replace(tzinfo=None).isoformat() + "Z"


def wire_view(shape: Shape, value: JsonValue) -> JsonValue:
    """What ``to_dict()`` gives for documented wire data of ``shape``: declared members
    in declaration order, empty lists left out, numbers as floats, date-times in UTC,
    JSON-in-string text as sent."""
    if value is None or shape.json_content is not None:
        return value
    if shape.kind == "object" and shape.members and isinstance(value, dict):
        out: dict[str, JsonValue] = {}
        for member in shape.members:
            item = value.get(member.wire_name)
            if item is None or (
                member.shape.kind == "string"
                and member.shape.format == "date-time"
                and item == ""
            ):
                continue
            if member.shape.kind == "array" and item == []:
                continue  # to_dict leaves out empty response lists
            out[member.wire_name] = wire_view(member.shape, item)
        return out
    if shape.kind == "array" and shape.items is not None and isinstance(value, list):
        return [wire_view(shape.items, item) for item in value]
    if shape.kind == "map" and shape.values is not None and isinstance(value, dict):
        return {key: wire_view(shape.values, item) for key, item in value.items()}
    if (
        shape.kind == "number"
        and isinstance(value, int)
        and not isinstance(value, bool)
    ):
        return float(value)
    if (
        shape.kind == "string"
        and shape.format == "date-time"
        and isinstance(value, str)
    ):
        return _date_time_wire(value)
    return value


def _documented_answer(operation: Operation) -> dict[str, JsonValue] | None:
    for example in operation.examples.responses:
        if example.format == "json" and example.http_status == 200:
            data = json.loads(example.body)
            if isinstance(data, dict):
                return data
    return None


def _request_id_member(output: Shape) -> Member | None:
    for member in output.members:
        if member.wire_name == "RequestId" and member.shape.kind == "string":
            return member
    return None


def snippets(
    service: Service, operation: Operation, command: CliCommand, package_path: str
) -> Snippets | None:
    """The examples of one operation; None when the spec documents no usable input."""
    documented = _documented_input(operation)
    if documented is None:
        return None
    members = [m for m in operation.input.members if m.wire_name in documented]
    arguments = ", ".join(_argument(m, documented[m.wire_name]) for m in members)
    uses_datetime = "datetime.fromisoformat(" in arguments
    method = operation.python_name

    def call(head: str, indent: int) -> str:
        """The call laid out as black lays it out, indented for its block."""
        values = [(m, documented[m.wire_name]) for m in members]
        texts = [_argument(m, v) for m, v in values]
        lines = layout.call(head, texts, ")", indent=indent)
        if len(lines) > 1 and lines[1] != layout.INDENT + ", ".join(texts):
            # Too long for one line: one argument a line (a comma after each when
            # there are several), a long list or dict split in turn.
            comma = "," if len(values) > 1 else ""
            lines = [head]
            for (member, value), text in zip(values, texts):
                if isinstance(value, (list, dict)):
                    prefix = f"{member.python_name}="
                    lines += layout.indented(
                        layout.literal(value, prefix, comma, indent=indent + 4)
                    )
                else:
                    lines.append(f"{layout.INDENT}{text}{comma}")
            lines.append(")")
        pad = " " * indent
        return f"\n{pad}".join(lines)

    client = f"{service.client_name}Client"
    request_id = _request_id_member(operation.output)
    imports = "from datetime import datetime\n" if uses_datetime else ""

    # Unformatted here: the docs target formats every page's code in one batch.
    sync_code = (
        f"import json\n{imports}\n"
        f"from {package_path} import {client}\n\n"
        f"with {client}() as client:\n"
        f"    {call(f'response = client.{method}(', 4)}\n\n"
        "print(json.dumps(response.to_dict(), ensure_ascii=False, indent=2))\n"
    )
    shown = (
        f"response.{request_id.python_name}"
        if request_id is not None
        else "response.to_dict()"
    )
    async_code = (
        f"import asyncio\n{imports}\n"
        f"from {package_path} import Async{client}\n\n\n"
        "async def main() -> None:\n"
        f"    async with Async{client}() as client:\n"
        f"        {call(f'response = await client.{method}(', 8)}\n"
        f"    print({shown})\n\n\n"
        "asyncio.run(main())\n"
    )
    words = ["python", "-m", package_path, command.name]
    for option in command.options:
        if option.member.wire_name in documented:
            value = documented[option.member.wire_name]
            words += [option.flag, command_line_value(option, value)]
    command_text = " ".join(shlex.quote(word) for word in words) + "\n"

    answer = _documented_answer(operation)
    sync_output = async_output = None
    if answer is not None:
        view = wire_view(operation.output, answer)
        sync_output = json.dumps(view, ensure_ascii=False, indent=2) + "\n"
        if request_id is None:
            async_output = f"{view!r}\n"
        elif isinstance(answer.get(request_id.wire_name), str):
            async_output = f"{answer[request_id.wire_name]}\n"
    return Snippets(
        sync_code=sync_code,
        async_code=async_code,
        command=command_text,
        sync_output=sync_output,
        async_output=async_output,
    )
