"""How operation parameters become Alibaba RPC query pairs (one ``str`` per key).

Generated serializers call these for every style the spec can name: ``simple``,
``comma``, ``json``, ``repeat_list`` (``Tag.1.Key=k``) and ``flat`` (``Filter.Name=x``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .model import Model, format_date_time, to_wire


def scalar_text(value: object) -> str:
    """Query text of one scalar: booleans as ``true``/``false``, dates in UTC ``Z`` form."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return repr(value) if not value.is_integer() else str(int(value))
    if isinstance(value, datetime):
        return format_date_time(value) or ""
    return str(value)


def join_comma(values: Any) -> str:
    return ",".join(scalar_text(item) for item in values)


def json_text(value: object) -> str:
    """Compact JSON, non-ASCII kept as is (the query encoder percent-encodes UTF-8)."""
    if isinstance(value, str):
        return value
    return json.dumps(to_wire(value), ensure_ascii=False, separators=(",", ":"))


def _add(params: dict[str, str], key: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, Model):
        value = value.to_dict()
    if isinstance(value, Mapping):
        for name, item in value.items():
            _add(params, f"{key}.{name}", item)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value, start=1):
            _add(params, f"{key}.{index}", item)
    else:
        params[key] = scalar_text(value)


def add_repeat_list(params: dict[str, str], key: str, values: Any) -> None:
    """``Tag=[{"Key": "k"}]`` -> ``Tag.1.Key=k`` (1-based; nested lists and objects too)."""
    for index, item in enumerate(values, start=1):
        _add(params, f"{key}.{index}", item)


def add_flat(params: dict[str, str], key: str, value: Any) -> None:
    """``Filter={"Name": "x"}`` -> ``Filter.Name=x``."""
    _add(params, key, value)
