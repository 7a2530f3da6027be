"""The offline server's view of an operation's paging: a ``MockPaging`` literal naming
the paging members by wire name, so the server can continue the documented page."""

from __future__ import annotations

from ..filters import py_str
from ..model import Operation
from . import layout


def mock_paging_lines(operation: Operation) -> list[str]:
    """``paging=MockPaging(...),`` inside ``MockAction(...)``, or nothing."""
    paging = operation.paging
    if paging is None:
        return []
    fields = [
        f"style={py_str(paging.style)},",
        f"page_size={py_str(paging.page_size.wire_name)},",
    ]
    for key, member in (
        ("request_token", paging.request_token),
        ("response_token", paging.response_token),
        ("page_number", paging.page_number),
        ("total_count", paging.total_count),
    ):
        if member is not None:
            fields.append(f"{key}={py_str(member.wire_name)},")
    if paging.items:
        names = [py_str(member.wire_name) for member in paging.items]
        fields += layout.tuple_lines("items=", names)
    return ["paging=MockPaging(", *layout.indented(fields), "),"]
