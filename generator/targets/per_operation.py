"""Per-operation plans made when read instead of all at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TypeVar

from ..model import Operation

_Plan = TypeVar("_Plan")


class PerOperation(Mapping[str, _Plan]):
    """Each operation's plan by operation name, made each time it is read and not
    kept: a module that grows with the operations (a catalog's client or offline
    server), rendered in pieces, then holds one operation's plan at a time instead of
    all of them. ``values()`` gives the plans in the operations' order."""

    def __init__(
        self, operations: Sequence[Operation], plan: Callable[[Operation], _Plan]
    ) -> None:
        self._operations = {operation.name: operation for operation in operations}
        self._plan = plan

    def __getitem__(self, name: str) -> _Plan:
        return self._plan(self._operations[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self._operations)

    def __len__(self) -> int:
        return len(self._operations)
