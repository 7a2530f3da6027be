"""The runtime's rules of walking pages, against scripted answers (no network)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest

from generated.vod import errors
from generated.vod._runtime.pagination import (
    PagingInfo,
    item_pages,
    item_pages_async,
    pages,
    pages_async,
)

TOKEN = PagingInfo(
    action="ListThings",
    style="token",
    page_size="max_results",
    request_token="next_token",
    response_token=("next_token",),
    items=("things", "thing"),
)
NUMBERED = PagingInfo(
    action="ListThings",
    style="page_number",
    page_size="page_size",
    page_number="page_number",
    total_count=("total_count",),
    items=("things",),
)


class Script:
    """A fake operation method: answers in turn, recording the arguments of each call."""

    def __init__(self, answers: list[Any]) -> None:
        self.answers = answers
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **arguments: Any) -> Any:
        self.calls.append(arguments)
        if len(self.calls) > len(self.answers):
            raise AssertionError(f"asked for page {len(self.calls)}, scripted fewer")
        return self.answers[len(self.calls) - 1]

    async def call_async(self, **arguments: Any) -> Any:
        return self(**arguments)


def token_page(token: str | None, *items: str) -> SimpleNamespace:
    return SimpleNamespace(
        request_id=f"R-{token}",
        next_token=token,
        things=SimpleNamespace(thing=list(items)),
    )


def numbered_page(total: int | None, *items: str) -> SimpleNamespace:
    return SimpleNamespace(request_id="R", total_count=total, things=list(items))


def test_token_pages_follow_the_token_and_stop_on_an_empty_one() -> None:
    script = Script(
        [token_page("t2", "a", "b"), token_page("t3", "c"), token_page("", "d")]
    )
    found = list(item_pages(script, {"max_results": 2, "next_token": None}, TOKEN))
    assert found == ["a", "b", "c", "d"]
    assert script.calls == [
        {"max_results": 2, "next_token": None},
        {"max_results": 2, "next_token": "t2"},
        {"max_results": 2, "next_token": "t3"},
    ]


def test_a_missing_token_ends_the_walk() -> None:
    script = Script([token_page("t2", "a"), SimpleNamespace(things=None)])
    assert len(list(pages(script, {}, TOKEN))) == 2
    assert list(item_pages(Script([token_page(None, "a")]), {}, TOKEN)) == ["a"]


def test_a_short_token_page_does_not_end_the_walk() -> None:
    # A token service may hand back fewer items than asked for before its last page;
    # only its token says whether more follow.
    script = Script([token_page("t2", "a"), token_page(None, "b", "c")])
    assert list(item_pages(script, {"max_results": 2}, TOKEN)) == ["a", "b", "c"]


def test_a_repeated_token_raises_instead_of_looping() -> None:
    script = Script(
        [token_page("t2", "a"), token_page("t3", "b"), token_page("t2", "c")]
    )
    walk = pages(script, {}, TOKEN)
    assert next(walk).next_token == "t2"
    assert next(walk).next_token == "t3"
    assert next(walk).things.thing == ["c"]  # its items still count
    with pytest.raises(errors.PaginationError) as raised:
        next(walk)  # the third answer handed back t2 again: no fourth request
    assert raised.value.request_id == "R-t2"
    assert "already sent" in str(raised.value) and "R-t2" in str(raised.value)
    assert len(script.calls) == 3
    copy = pickle.loads(pickle.dumps(raised.value))
    assert (str(copy), copy.request_id) == (str(raised.value), "R-t2")


def test_the_callers_own_token_counts_as_sent() -> None:
    script = Script([token_page("mine", "a")])
    with pytest.raises(errors.PaginationError):
        list(pages(script, {"next_token": "mine"}, TOKEN))


def test_numbered_pages_stop_at_the_total() -> None:
    script = Script(
        [
            numbered_page(5, "a", "b"),
            numbered_page(5, "c", "d"),
            numbered_page(5, "e", "f"),
        ]
    )
    found = list(item_pages(script, {"page_size": 2}, NUMBERED))
    assert found == [
        "a",
        "b",
        "c",
        "d",
        "e",
        "f",
    ]  # the third page is fetched, not a fourth
    assert [call.get("page_number") for call in script.calls] == [None, 2, 3]


def test_numbered_pages_stop_on_a_short_page() -> None:
    script = Script([numbered_page(100, "a", "b"), numbered_page(100, "c")])
    assert list(item_pages(script, {"page_size": 2, "page_number": 1}, NUMBERED)) == [
        "a",
        "b",
        "c",
    ]
    assert [call["page_number"] for call in script.calls] == [1, 2]


def test_numbered_pages_stop_on_an_empty_page() -> None:
    script = Script([numbered_page(None, "a"), numbered_page(None)])
    assert list(item_pages(script, {}, NUMBERED)) == ["a"]
    assert len(script.calls) == 2


def test_without_a_page_size_the_first_page_shows_it() -> None:
    script = Script(
        [numbered_page(5, "a", "b"), numbered_page(5, "c", "d"), numbered_page(5, "e")]
    )
    assert len(list(item_pages(script, {}, NUMBERED))) == 5
    assert len(script.calls) == 3


def test_a_walk_may_start_at_a_later_page() -> None:
    script = Script([numbered_page(6, "c", "d"), numbered_page(6, "e", "f")])
    assert list(item_pages(script, {"page_size": 2, "page_number": 2}, NUMBERED)) == [
        "c",
        "d",
        "e",
        "f",
    ]
    assert [call["page_number"] for call in script.calls] == [2, 3]


WITHOUT_ITEMS = NUMBERED._replace(items=())


def test_without_an_item_list_the_total_and_page_size_decide() -> None:
    script = Script([numbered_page(5), numbered_page(5), numbered_page(5)])
    assert len(list(pages(script, {"page_size": 2}, WITHOUT_ITEMS))) == 3


def test_without_an_item_list_the_specs_default_page_size_serves() -> None:
    paging = WITHOUT_ITEMS._replace(default_page_size=10)
    script = Script([numbered_page(25), numbered_page(25), numbered_page(25)])
    assert len(list(pages(script, {}, paging))) == 3


def test_without_an_item_list_or_page_size_nothing_is_sent() -> None:
    script = Script([])
    walk = pages(script, {}, WITHOUT_ITEMS)
    with pytest.raises(errors.PaginationError, match="pass page_size="):
        next(walk)
    assert script.calls == []


def test_without_an_item_list_or_total_the_walk_stops() -> None:
    script = Script([numbered_page(None)])
    assert len(list(pages(script, {"page_size": 2}, WITHOUT_ITEMS))) == 1


def test_nothing_is_sent_until_a_page_is_asked_for() -> None:
    script = Script([token_page(None, "a")])
    walk: Iterator[Any] = pages(script, {}, TOKEN)
    assert script.calls == []
    next(walk)
    assert len(script.calls) == 1


@pytest.mark.asyncio
async def test_async_walks_follow_the_same_rules() -> None:
    script = Script([token_page("t2", "a"), token_page("", "b")])
    found = [item async for item in item_pages_async(script.call_async, {}, TOKEN)]
    assert found == ["a", "b"]
    script = Script([numbered_page(3, "a", "b"), numbered_page(3, "c")])
    answers = [
        page
        async for page in pages_async(script.call_async, {"page_size": 2}, NUMBERED)
    ]
    assert [page.things for page in answers] == [["a", "b"], ["c"]]
    script = Script([token_page("t2", "a"), token_page("t2", "b")])
    with pytest.raises(errors.PaginationError):
        [page async for page in pages_async(script.call_async, {}, TOKEN)]
