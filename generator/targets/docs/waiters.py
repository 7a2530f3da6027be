"""The reference page's table of an operation's waiters."""

from __future__ import annotations

from dataclasses import dataclass

from ...markdown import RichText, parse
from ...model import Operation


@dataclass(frozen=True)
class WaiterRow:
    method: str
    status: str
    success: str
    failure: str
    interval: str
    max_wait: str
    description: RichText


def waiter_rows(operation: Operation, language: str) -> tuple[WaiterRow, ...]:
    return tuple(
        WaiterRow(
            method=waiter.method_name,
            status=".".join(waiter.status_path),
            success=", ".join(str(value) for value in waiter.success),
            failure=", ".join(str(value) for value in waiter.failure),
            interval=f"{waiter.interval:g}",
            max_wait=f"{waiter.max_wait:g}",
            description=parse(waiter.description.get(language)),
        )
        for waiter in operation.waiters
    )
