"""Waiters: poll an operation until the status the spec names reaches a terminal value.

A generated ``wait_until_<state>`` method builds its request as the operation's method
does and hands it here with its ``WaiterInfo``. Each poll is an ordinary call (retries
included) made through ``with_options(deadline=...)``, so no poll outlives the wait's
deadline. The status is read from the response by model attributes; ``"*"`` takes every
item of a list. The wait succeeds once every status read is a success value (and at
least one was read), fails as soon as any is a failure value, and otherwise polls again
after the spec's interval, unless that would pass the deadline.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from .deadline import Deadline
from .errors import WaiterFailedError, WaiterTimeoutError

if TYPE_CHECKING:  # pragma: no cover
    from .client import AsyncClient, Client, OperationInfo

__all__ = [
    "EVERY_ITEM",
    "WaiterInfo",
    "async_wait_until",
    "status_values",
    "wait_until",
]

EVERY_ITEM = "*"
RequestT = TypeVar("RequestT")
ResponseT = TypeVar("ResponseT")


class WaiterInfo(NamedTuple):
    """One waiter of the spec: its status path (model attributes), terminal values,
    seconds between polls and the default length of a wait."""

    name: str
    path: tuple[str, ...]
    success: frozenset[Any]
    failure: frozenset[Any]
    interval: float
    max_wait: float


def status_values(response: object, path: tuple[str, ...]) -> list[Any]:
    """Every status ``path`` reaches in ``response`` (enum members as their values);
    missing values are left out."""
    values: list[Any] = [response]
    for step in path:
        found: list[Any] = []
        for value in values:
            if step == EVERY_ITEM:
                if isinstance(value, list):
                    found.extend(value)
            else:
                found.append(getattr(value, step, None))
        values = [value for value in found if value is not None]
    return [value.value if isinstance(value, enum.Enum) else value for value in values]


def _among(value: Any, values: frozenset[Any]) -> bool:
    # A value the parser kept as it came (a list where a string was documented) is
    # unhashable: it is no terminal value, and the wait goes on.
    try:
        return value in values
    except TypeError:
        return False


class _Wait:
    """One wait's state, free of I/O: judge each answer, say how long to sleep."""

    def __init__(
        self, waiter: WaiterInfo, action: str, deadline: Deadline | float | None
    ) -> None:
        self.waiter = waiter
        self.action = action
        self.deadline = Deadline.of(waiter.max_wait if deadline is None else deadline)
        self.started = time.monotonic()
        self.polls = 0

    def delay_after(self, response: object) -> float | None:
        """None when the wait succeeded; seconds before the next poll otherwise.
        Raises WaiterFailedError or WaiterTimeoutError."""
        self.polls += 1
        values = status_values(response, self.waiter.path)
        waiter = self.waiter
        if any(_among(value, waiter.failure) for value in values):
            raise self._error(
                WaiterFailedError, "reached a failure status", values, response
            )
        if values and all(_among(value, waiter.success) for value in values):
            return None
        if self.deadline.remaining() < waiter.interval:
            raise self._error(
                WaiterTimeoutError,
                "did not finish before its deadline",
                values,
                response,
            )
        return waiter.interval

    def _error(
        self,
        kind: type[WaiterFailedError] | type[WaiterTimeoutError],
        what: str,
        values: list[Any],
        response: object,
    ) -> WaiterFailedError | WaiterTimeoutError:
        return kind(
            waiter=self.waiter.name,
            action=self.action,
            what=what,
            status=tuple(values),
            request_id=getattr(response, "request_id", None),
            polls=self.polls,
            waited=time.monotonic() - self.started,
            response=response,
        )


def wait_until(
    client: Client[Any],
    waiter: WaiterInfo,
    operation: OperationInfo[RequestT, ResponseT],
    request: RequestT,
    deadline: Deadline | float | None,
) -> ResponseT:
    """Poll ``operation`` until ``waiter`` is satisfied; the last response."""
    wait = _Wait(waiter, operation.action, deadline)
    view = client.with_options(deadline=wait.deadline)
    sleep: Callable[[float], None] = client._sleep
    while True:
        response = view._invoke(operation, request)
        delay = wait.delay_after(response)
        if delay is None:
            return response
        sleep(delay)


async def async_wait_until(
    client: AsyncClient[Any],
    waiter: WaiterInfo,
    operation: OperationInfo[RequestT, ResponseT],
    request: RequestT,
    deadline: Deadline | float | None,
) -> ResponseT:
    """``wait_until`` with ``await``."""
    wait = _Wait(waiter, operation.action, deadline)
    view = client.with_options(deadline=wait.deadline)
    sleep: Callable[[float], Awaitable[None]] = client._sleep
    while True:
        response = await view._invoke(operation, request)
        delay = wait.delay_after(response)
        if delay is None:
            return response
        await sleep(delay)
