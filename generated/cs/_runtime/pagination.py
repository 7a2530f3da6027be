"""Walking a paged operation page by page, sync and async.

A generated client's ``<operation>_pages`` and ``<operation>_items`` methods hand this
module the operation's method, the caller's arguments and a ``PagingInfo`` describing
the operation's paging members; the rules of when to ask again and when to stop live
here, once, for every protocol.

Two styles:

- ``token``: the next request carries the previous answer's token. The walk stops when
  the answer carries no token (missing or empty). A token that was already sent in this
  walk would replay pages forever, so it raises ``PaginationError`` instead.
- ``page_number``: pages are numbered from the caller's page number (1 when not given).
  The walk stops on a page with no items, on a page shorter than the page size, or once
  the pages walked reach the answer's total count. When neither the item list nor the
  total count can tell (both missing from an answer), it stops: asking again could
  repeat the last page forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Literal, NamedTuple, TypeVar

from .errors import PaginationError

__all__ = [
    "PagingInfo",
    "item_pages",
    "item_pages_async",
    "pages",
    "pages_async",
]

ResponseT = TypeVar("ResponseT")


class PagingInfo(NamedTuple):
    """How an operation pages: Python names of its paging parameters and the attribute
    paths of its paging answer fields (``items``: empty when the item list is unknown).
    """

    action: str
    style: Literal["token", "page_number"]
    page_size: str
    request_token: str | None = None
    response_token: tuple[str, ...] = ()
    page_number: str | None = None
    total_count: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    # The page size the service uses when none is sent, when the spec says.
    default_page_size: int | None = None


def _lookup(response: object, path: tuple[str, ...]) -> Any:
    """The value at ``path`` of attribute names, or None when any step is missing."""
    value: Any = response
    for name in path:
        if value is None:
            return None
        value = getattr(value, name, None)
    return value


def page_items(response: object, paging: PagingInfo) -> list[Any]:
    """The items of one page (empty when the page carries no list)."""
    found = _lookup(response, paging.items)
    return list(found) if found else []


def _request_id(response: object) -> str | None:
    value = getattr(response, "request_id", None)
    return value if isinstance(value, str) else None


class _Walk:
    """The state of one walk: which arguments the next request takes, or None to stop."""

    def __init__(self, params: Mapping[str, Any], paging: PagingInfo) -> None:
        self.paging = paging
        self.params = dict(params)
        self.sent_tokens: set[str] = set()
        self.page_size: int | None = params.get(paging.page_size)
        if self.page_size is None and not paging.items:
            # With the item list, the first page shows the size the service uses;
            # without it, the spec's default is all there is to go by.
            self.page_size = paging.default_page_size
        if paging.style == "token":
            token = params.get(paging.request_token or "")
            if token:
                self.sent_tokens.add(token)
        else:
            number = params.get(paging.page_number or "")
            self.page = number if isinstance(number, int) else 1
            if not paging.items and self.page_size is None:
                # Without the item list, only page_number * page_size against the
                # total can tell the last page; refuse before anything is sent.
                raise PaginationError(
                    f"{paging.action}: pass {paging.page_size}= to walk its pages:"
                    " the answer does not show how many items a page holds"
                )

    def after(self, response: object) -> dict[str, Any] | None:
        """The arguments of the request after ``response``, or None when it was the last."""
        if self.paging.style == "token":
            return self._after_token(response)
        return self._after_page(response)

    def _after_token(self, response: object) -> dict[str, Any] | None:
        token = _lookup(response, self.paging.response_token)
        if not token:
            return None
        if token in self.sent_tokens:
            raise PaginationError(
                f"{self.paging.action}: the service answered with a page token that"
                " was already sent in this walk; asking again would repeat pages",
                request_id=_request_id(response),
            )
        self.sent_tokens.add(token)
        assert self.paging.request_token is not None
        return {**self.params, self.paging.request_token: token}

    def _after_page(self, response: object) -> dict[str, Any] | None:
        paging = self.paging
        if paging.items:
            count = len(page_items(response, paging))
            if count == 0:
                return None
            if self.page_size is None:
                # The service's own page size: the first page is full unless it is
                # also the last, and then the total ends the walk below.
                self.page_size = count
            elif count < self.page_size:
                return None
        total = _lookup(response, paging.total_count)
        if isinstance(total, int) and not isinstance(total, bool):
            assert self.page_size is not None
            if self.page * self.page_size >= total:
                return None
        elif not paging.items:
            return None  # nothing says whether another page exists
        self.page += 1
        assert paging.page_number is not None
        return {**self.params, paging.page_number: self.page}


def pages(
    call: Callable[..., ResponseT], params: Mapping[str, Any], paging: PagingInfo
) -> Iterator[ResponseT]:
    """Each page's answer of ``call(**params)``, the paging arguments advanced in turn."""
    walk = _Walk(params, paging)
    arguments: dict[str, Any] | None = walk.params
    while arguments is not None:
        response = call(**arguments)
        yield response
        arguments = walk.after(response)


def item_pages(
    call: Callable[..., Any], params: Mapping[str, Any], paging: PagingInfo
) -> Iterator[Any]:
    """Each item of each page, in order."""
    for response in pages(call, params, paging):
        yield from page_items(response, paging)


async def pages_async(
    call: Callable[..., Awaitable[ResponseT]],
    params: Mapping[str, Any],
    paging: PagingInfo,
) -> AsyncIterator[ResponseT]:
    """``pages`` for an async client: an async generator of each page's answer."""
    walk = _Walk(params, paging)
    arguments: dict[str, Any] | None = walk.params
    while arguments is not None:
        response = await call(**arguments)
        yield response
        arguments = walk.after(response)


async def item_pages_async(
    call: Callable[..., Awaitable[Any]],
    params: Mapping[str, Any],
    paging: PagingInfo,
) -> AsyncIterator[Any]:
    """``item_pages`` for an async client."""
    async for response in pages_async(call, params, paging):
        for item in page_items(response, paging):
            yield item
