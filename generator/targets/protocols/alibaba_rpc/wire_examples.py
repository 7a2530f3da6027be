"""What an Alibaba RPC request example must look like on the wire.

Written apart from the runtime's serializer on purpose: the generated tests compare the
two, so a bug in either shows up as a failing example.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from urllib.parse import unquote

from ....model import JsonValue, Shape
from ....model import HttpBinding


def _date_time_text(text: str) -> str:
    parsed = datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
    return f"{parsed.isoformat()}Z"


def scalar_text(shape: Shape | None, value: JsonValue) -> str:
    """Query text of a scalar: booleans lower-case, whole floats without ``.0``,
    date-times in UTC with ``Z``."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if (
        isinstance(value, str)
        and shape is not None
        and shape.kind == "string"
        and shape.format == "date-time"
        and shape.json_content is None
    ):
        return _date_time_text(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _flatten(
    key: str, shape: Shape | None, value: JsonValue, out: dict[str, str]
) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        for name, item in value.items():
            inner: Shape | None = None
            if shape is not None and shape.kind == "object" and shape.members:
                inner = next(
                    (m.shape for m in shape.members if m.wire_name == name), None
                )
            elif shape is not None:
                inner = shape.values
            _flatten(f"{key}.{name}", inner, item, out)
    elif isinstance(value, list):
        items = shape.items if shape is not None else None
        for index, item in enumerate(value, start=1):
            _flatten(f"{key}.{index}", items, item, out)
    else:
        out[key] = scalar_text(shape, value)


def expected_query(
    binding: HttpBinding, example_input: Mapping[str, JsonValue]
) -> dict[str, str]:
    """The operation's own query parameters for a request example's input."""
    params: dict[str, str] = {}
    for parameter in binding.parameters:
        value = example_input.get(parameter.member.wire_name)
        if value is None:
            continue
        shape = parameter.member.shape
        key = parameter.wire_name
        if parameter.style == "simple":
            params[key] = scalar_text(shape, value)
        elif parameter.style == "comma":
            assert isinstance(value, list)
            params[key] = ",".join(scalar_text(shape.items, item) for item in value)
        elif parameter.style == "json":
            params[key] = (
                value
                if isinstance(value, str)
                else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            )
        elif parameter.style == "repeat_list":
            assert isinstance(value, list)
            for index, item in enumerate(value, start=1):
                _flatten(f"{key}.{index}", shape.items, item, params)
        else:
            _flatten(key, shape, value, params)
    return params


def documented_wire_params(wire: str) -> dict[str, str]:
    """The ``key=value`` pairs of a documented request URL (placeholders such as
    ``&<common parameters>`` left out)."""
    flat = "".join(line.strip() for line in wire.splitlines())
    _, _, query = flat.partition("?")
    pairs: dict[str, str] = {}
    for piece in query.split("&"):
        name, separator, value = piece.partition("=")
        if not separator or not name or "<" in piece or ">" in piece:
            continue
        pairs[unquote(name)] = unquote(value)
    return pairs
