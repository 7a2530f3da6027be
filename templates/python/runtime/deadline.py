"""A point in time a call, or a whole wait, must end by.

A ``Deadline`` is absolute (``time.monotonic()`` based), so one value can bound several
calls made one after another: ``client.with_options(deadline=d)`` and a waiter's polls
all end by it. The client turns what is left of it into the ``Timeouts.deadline`` of
each attempt and stops retrying when a wait would pass it.
"""

from __future__ import annotations

import time

from .errors import ConfigurationError

__all__ = ["Deadline"]


class Deadline:
    """``Deadline(30)``: 30 seconds from now. Immutable; compare with ``remaining()``."""

    __slots__ = ("_at",)

    def __init__(self, seconds: float) -> None:
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise ConfigurationError(
                f"a deadline is a number of seconds, not {type(seconds).__name__}"
            )
        if not seconds >= 0:  # also refuses NaN
            raise ConfigurationError(
                "a deadline needs a non-negative number of seconds"
            )
        self._at = time.monotonic() + float(seconds)

    @classmethod
    def at(cls, monotonic: float) -> Deadline:
        """The deadline at a ``time.monotonic()`` instant."""
        deadline = cls.__new__(cls)
        deadline._at = float(monotonic)
        return deadline

    @classmethod
    def of(cls, value: Deadline | float) -> Deadline:
        """``value`` itself when it is a Deadline, else that many seconds from now."""
        return value if isinstance(value, Deadline) else cls(value)

    @property
    def when(self) -> float:
        """The ``time.monotonic()`` instant it falls on."""
        return self._at

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._at - time.monotonic())

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._at

    def earlier(self, other: Deadline | None) -> Deadline:
        """Whichever of the two falls first."""
        return self if other is None or self._at <= other._at else other

    def __repr__(self) -> str:
        return f"Deadline(remaining={self.remaining():.3f})"

    def __reduce__(self) -> tuple[object, ...]:
        # Monotonic instants mean nothing in another process: carry what is left.
        return (Deadline, (self.remaining(),))
