"""What an Alibaba ROA request example must look like on the wire: its path and query.

Written apart from the runtime's serializer on purpose (as for RPC): the generated tests
compare the two, and the docs show the same request line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import quote

from ....model import HttpBinding, JsonValue
from ..alibaba_rpc.wire_examples import expected_query, scalar_text


def expected_path(binding: HttpBinding, data: Mapping[str, JsonValue]) -> str:
    """The template with each given variable's value percent-encoded, ``/`` included."""
    path = binding.path
    for parameter in binding.located("path"):
        value = data.get(parameter.member.wire_name)
        if value is not None:
            text = scalar_text(parameter.member.shape, value)
            path = path.replace(f"{{{parameter.wire_name}}}", quote(text, safe="~"))
    return path


def expected_query_pairs(
    binding: HttpBinding, data: Mapping[str, JsonValue]
) -> dict[str, str]:
    """The query parameters of a request example's input, by their styles."""
    return expected_query(replace(binding, parameters=binding.located("query")), data)


def form_style(kind: str) -> str:
    """How a form body field is written: lists as ``name.1``, objects as ``name.key``."""
    if kind == "array":
        return "repeat_list"
    if kind in ("object", "map"):
        return "flat"
    return "simple"


def expected_form_pairs(
    binding: HttpBinding, data: Mapping[str, JsonValue]
) -> dict[str, str]:
    """The form body fields of a request example's input."""
    fields = tuple(
        replace(p, style=form_style(p.member.shape.kind))
        for p in binding.located("body")
    )
    return expected_query(replace(binding, parameters=fields), data)
