"""Walking pages against the offline servers, sync and async: VOD's ListAppInfo (page
numbers) and the made-up products of ``tests/fixtures/paging`` (RPC by token with a
wrapped list, by number without an item list; ROA by number and by token)."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generated.vod import AsyncVodClient, VodClient, errors, models
from generated.vod.mock import MockServer
from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "paging"
ROOT = "paging_fixture_pkg"
KEYS: dict[str, Any] = {"access_key_id": "id", "access_key_secret": "secret"}


def _no_sleep(_: float) -> None:
    return None


@pytest.fixture(scope="module")
def fixture_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("paging")) as base:
        yield base


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.{name}")


def _paging_params(server: Any, *names: str) -> list[dict[str, str]]:
    return [
        {key: value for key, value in record.params.items() if key in names}
        for record in server.requests
    ]


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_vod_list_app_info_pages_by_number(response_format: str) -> None:
    with MockServer(**KEYS) as server:
        with VodClient(
            **KEYS, endpoint=server.endpoint, response_format=response_format
        ) as client:
            pages = list(client.list_app_info_pages(status="Normal", page_size=2))
            apps = list(client.list_app_info_items(page_size=2))
    assert [len(page.app_info_list or ()) for page in pages] == [2, 2, 1]
    assert {page.total for page in pages} == {5}
    assert len({page.request_id for page in pages}) == 3
    assert len(apps) == 5 and all(isinstance(app, models.AppInfo) for app in apps)
    assert [app.app_id for app in apps[:2]] == ["app-1000001", "app-1000002"]
    # PageNo's spec default (1) is sent, as every scalar default is.
    assert _paging_params(server, "PageNo", "PageSize", "Status")[:3] == [
        {"PageNo": "1", "PageSize": "2", "Status": "Normal"},
        {"PageNo": "2", "PageSize": "2", "Status": "Normal"},
        {"PageNo": "3", "PageSize": "2", "Status": "Normal"},
    ]
    assert len(server.requests) == 6  # no request past the total


@pytest.mark.parametrize(
    ("page_size", "lengths"), [(1, [1, 1, 1, 1, 1]), (3, [3, 2]), (None, [5])]
)
def test_vod_walks_of_any_page_size_see_the_total_once(
    page_size: int | None, lengths: list[int]
) -> None:
    # The documented first page holds 2 items of 5; a walk with pages of another size
    # (None: the spec's default, 10) must neither see an item twice nor stop short.
    arguments: dict[str, Any] = {} if page_size is None else {"page_size": page_size}
    with MockServer(**KEYS) as server:
        with VodClient(**KEYS, endpoint=server.endpoint) as client:
            pages = list(client.list_app_info_pages(**arguments))
            items = list(client.list_app_info_items(**arguments))
    assert [len(page.app_info_list or ()) for page in pages] == lengths
    assert len(items) == 5


def test_vod_pages_of_another_size_and_start() -> None:
    with MockServer(**KEYS) as server:
        with VodClient(**KEYS, endpoint=server.endpoint) as client:
            # Pages of 3 items, starting at the second.
            from_two = list(client.list_app_info_items(page_no=2, page_size=3))
            bad = client.list_app_info_pages(page_size=500)
            with pytest.raises(errors.RequestValidationError):
                next(bad)  # arguments are checked before the first page is sent
    assert len(from_two) == 2  # page 2 of 3-item pages holds items 4 and 5 of 5
    assert len(server.requests) == 1


def test_vod_async_walk() -> None:
    async def walk() -> tuple[list[int], list[str]]:
        async with AsyncVodClient(**KEYS, endpoint=server.endpoint) as client:
            sizes = [
                len(page.app_info_list or ())
                async for page in client.list_app_info_pages(page_size=2)
            ]
            ids = [app.app_id or "" async for app in client.list_app_info_items()]
        return sizes, ids

    with MockServer(**KEYS) as server:
        sizes, ids = asyncio.run(walk())
    assert sizes == [2, 2, 1]
    # No page size given: the spec's default (10) is sent, and the first page holds
    # all 5 items, which reaches the total and ends the walk.
    assert len(ids) == 5
    assert [record.params.get("PageSize") for record in server.requests[3:]] == ["10"]


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_rpc_token_pages_through_a_wrapped_list(
    fixture_root: Path, response_format: str
) -> None:
    package = _module("widgets")
    mock = _module("widgets.mock")
    with mock.MockServer(**KEYS) as server:
        with package.WidgetsClient(
            **KEYS, endpoint=server.endpoint, response_format=response_format
        ) as client:
            pages = list(client.list_widgets_pages(colour="red", max_results=2))
            widgets = list(client.list_widgets_items(max_results=4))
    assert [page.next_token for page in pages] == ["tok-a", "tok-a.4", ""]
    assert [len(page.widgets.widget) for page in pages] == [2, 2, 2]
    assert [w.widget_id for w in widgets] == ["w-1", "w-2", "w-1", "w-2", "w-1", "w-2"]
    assert _paging_params(server, "NextToken", "Colour")[:3] == [
        {"Colour": "red"},
        {"Colour": "red", "NextToken": "tok-a"},
        {"Colour": "red", "NextToken": "tok-a.4"},
    ]
    # max_results=4: the documented page (2), then the other 4 items in one page.
    assert _paging_params(server, "NextToken")[3:] == [{}, {"NextToken": "tok-a"}]


def test_rpc_a_token_the_server_never_gave_is_refused(fixture_root: Path) -> None:
    package = _module("widgets")
    mock = _module("widgets.mock")
    with mock.MockServer(**KEYS) as server:
        with package.WidgetsClient(**KEYS, endpoint=server.endpoint) as client:
            with pytest.raises(package.errors.ServiceError) as raised:
                list(client.list_widgets_pages(next_token="forged"))
    assert raised.value.code == "InvalidParameter"
    assert "NextToken" in raised.value.message


def test_rpc_pages_without_an_item_list(fixture_root: Path) -> None:
    package = _module("widgets")
    mock = _module("widgets.mock")
    assert not hasattr(package.WidgetsClient, "count_widgets_items")
    with mock.MockServer(**KEYS) as server:
        with package.WidgetsClient(**KEYS, endpoint=server.endpoint) as client:
            # No page size given: the spec's default (2) against the total (5).
            pages = list(client.count_widgets_pages())
    assert [page.total_count for page in pages] == [5, 5, 5]
    assert [r.params.get("PageNumber") for r in server.requests] == [None, "2", "3"]


def test_roa_pages_by_number_and_by_token(fixture_root: Path) -> None:
    package = _module("gadgets")
    mock = _module("gadgets.mock")
    with mock.MockServer(**KEYS) as server:
        with package.GadgetsClient(**KEYS, endpoint=server.endpoint) as client:
            listed = [g.gadget_id for g in client.list_gadgets_items(page_size=2)]
            scanned = list(client.scan_gadgets_pages())
    assert listed == ["g-1", "g-2", "g-1", "g-2", "g-1"]
    assert [page.next_token for page in scanned] == ["AAEC", "AAEC.2", ""]
    queries = [record.params for record in server.requests]
    assert [q.get("page_number") for q in queries[:3]] == [None, "2", "3"]
    assert [q.get("next_token") for q in queries[3:]] == [None, "AAEC", "AAEC.2"]


def test_roa_async_walk(fixture_root: Path) -> None:
    package = _module("gadgets")
    mock = _module("gadgets.mock")

    async def walk() -> tuple[list[str], int]:
        async with package.AsyncGadgetsClient(
            **KEYS, endpoint=server.endpoint
        ) as client:
            ids = [g.gadget_id async for g in client.scan_gadgets_items()]
            pages = [p async for p in client.list_gadgets_pages(page_size=2)]
        return ids, len(pages)

    with mock.MockServer(**KEYS) as server:
        ids, count = asyncio.run(walk())
    assert ids == ["g-1", "g-1", "g-1"]
    assert count == 3
