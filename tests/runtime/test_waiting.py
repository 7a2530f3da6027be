"""The waiter's judgement of one answer, apart from any server."""

from __future__ import annotations

import enum
from types import SimpleNamespace

import pytest

from generated.vod._runtime.errors import WaiterFailedError, WaiterTimeoutError
from generated.vod._runtime.waiting import WaiterInfo, _Wait, status_values

WAITER = WaiterInfo(
    name="Done",
    path=("jobs", "*", "status"),
    success=frozenset(("ok",)),
    failure=frozenset(("bad",)),
    interval=2.0,
    max_wait=60.0,
)


class Colour(enum.Enum):
    OK = "ok"


def _answer(*statuses: object) -> SimpleNamespace:
    jobs = [SimpleNamespace(status=status) for status in statuses]
    return SimpleNamespace(jobs=jobs, request_id="R")


def test_status_values_follow_lists_and_enums() -> None:
    assert status_values(_answer("ok", None, Colour.OK), WAITER.path) == ["ok", "ok"]
    assert status_values(SimpleNamespace(jobs=None), WAITER.path) == []


def test_verdicts() -> None:
    wait = _Wait(WAITER, "Op", None)
    assert wait.delay_after(_answer("ok", "ok")) is None
    assert wait.delay_after(_answer("ok", "running")) == 2.0
    assert wait.delay_after(_answer()) == 2.0
    # A value kept as it came (unhashable) is no terminal value.
    assert wait.delay_after(_answer(["ok"])) == 2.0
    with pytest.raises(WaiterFailedError) as failed:
        wait.delay_after(_answer("ok", "bad"))
    assert failed.value.status == ("ok", "bad") and failed.value.polls == 5


def test_no_sleep_past_the_deadline() -> None:
    wait = _Wait(WAITER, "Op", 1.5)
    with pytest.raises(WaiterTimeoutError) as late:
        wait.delay_after(_answer("running"))
    assert "did not finish before its deadline" in str(late.value)
