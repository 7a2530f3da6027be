"""Pages of a paged operation, served from its documented example.

The first page (no token, or the first page number) is the documented answer itself,
unchanged (for page numbers: when the requested size is the documented page's, else the
first page is cut from the collection like the others). The pages after it continue one
collection whose items are the documented page's items repeated in a cycle, sliced by
the requested page size (the documented page's length when none is sent), so that a
client can walk them:

- ``page_number``: the collection holds the documented total count of items; page ``n``
  holds the items after the first ``(n - 1) * size``, and every page carries the same
  total, so the pages agree with it (and a page number or size the documented answer
  echoes is this page's). Past the end a page is empty.
- ``token``: the collection holds three documented pages (one when the documented answer
  carries no token, as a last page does). The documented token leads to the item after
  the documented page; the token of any later offset is the documented token, ``.``
  and the offset, so tokens are deterministic. The last page's token is empty, and a
  token the server did not hand out is an ``InvalidParameter``.

Without a documented item list, a later page repeats the documented answer with its
paging fields advanced.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

__all__ = ["MockPaging", "PageTokenError", "TOKEN_PAGES", "page_data"]

# How many documented pages a token-paged collection holds.
TOKEN_PAGES = 3


class MockPaging(NamedTuple):
    """Wire names of an operation's paging members (``items``: the path to the list)."""

    style: Literal["token", "page_number"]
    page_size: str
    request_token: str | None = None
    response_token: str | None = None
    page_number: str | None = None
    total_count: str | None = None
    items: tuple[str, ...] = ()


class PageTokenError(ValueError):
    """A request carried a page token this server never handed out."""


def _items(data: Mapping[str, Any], path: tuple[str, ...]) -> list[Any]:
    value: Any = data
    for name in path:
        if not isinstance(value, Mapping):
            return []
        value = value.get(name)
    return list(value) if isinstance(value, list) else []


def _with_items(data: dict[str, Any], path: tuple[str, ...], items: list[Any]) -> None:
    """Put ``items`` at ``path``, creating the wrappers an example left out."""
    node = data
    for name in path[:-1]:
        child = node.get(name)
        if not isinstance(child, dict):
            child = node[name] = {}
        node = child
    node[path[-1]] = items


def _size(value: Any, fallback: int) -> int:
    return value if isinstance(value, int) and value > 0 else fallback


def _slice(documented: list[Any], start: int, stop: int) -> list[Any]:
    if not documented:
        return []
    return [copy.deepcopy(documented[i % len(documented)]) for i in range(start, stop)]


def page_data(
    paging: MockPaging, request: Mapping[str, Any], example: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The answer's data for ``request``, or None to serve the documented answer as is.

    ``request`` and ``example`` are wire-shaped (wire names as keys).
    """
    if paging.style == "token":
        return _token_page(paging, request, example)
    return _numbered_page(paging, request, example)


def _numbered_page(
    paging: MockPaging, request: Mapping[str, Any], example: Mapping[str, Any]
) -> dict[str, Any] | None:
    assert paging.page_number is not None and paging.total_count is not None
    number = request.get(paging.page_number)
    if not isinstance(number, int) or number < 1:
        number = 1
    documented = _items(example, paging.items)
    total = example.get(paging.total_count)
    total = total if isinstance(total, int) and total >= 0 else len(documented)
    size = _size(request.get(paging.page_size), max(len(documented), 1))
    if number == 1 and (not paging.items or len(documented) == min(size, total)):
        # The documented page is what this request asks for (as the documented request
        # does): it is served as written. Another size gets a page cut to that size,
        # so that a walk never sees an item twice or a short page before the total.
        return None
    data = copy.deepcopy(dict(example))
    if paging.items:
        start = min((number - 1) * size, total)
        _with_items(
            data, paging.items, _slice(documented, start, min(start + size, total))
        )
    data[paging.total_count] = total
    # An answer that echoes the page number or size echoes the ones of this page.
    for name, value in ((paging.page_number, number), (paging.page_size, size)):
        if name in data:
            data[name] = value
    return data


def _token_page(
    paging: MockPaging, request: Mapping[str, Any], example: Mapping[str, Any]
) -> dict[str, Any] | None:
    assert paging.request_token is not None and paging.response_token is not None
    token = request.get(paging.request_token)
    if not token:
        return None
    documented_token = example.get(paging.response_token)
    if not isinstance(documented_token, str) or not documented_token:
        raise PageTokenError(token)  # the documented page is the only one
    documented = _items(example, paging.items)
    per_page = len(documented) if paging.items else 1
    total = per_page * TOKEN_PAGES
    if token == documented_token:
        start = per_page
    else:
        prefix, _, offset = str(token).rpartition(".")
        if prefix != documented_token or not offset.isdigit():
            raise PageTokenError(token)
        start = int(offset)
        if not per_page < start < total:
            raise PageTokenError(token)
    size = _size(request.get(paging.page_size), per_page) if paging.items else 1
    stop = min(start + size, total)
    data = copy.deepcopy(dict(example))
    if paging.items:
        _with_items(data, paging.items, _slice(documented, start, stop))
    data[paging.response_token] = f"{documented_token}.{stop}" if stop < total else ""
    return data
