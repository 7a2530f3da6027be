"""The peers' side of each figure: one module per peer, each returning outcomes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


class Captured(BaseException):
    """Carries a request out of an SDK at the point it would be sent.

    A ``BaseException`` on purpose: the SDKs' retry loops catch ``Exception`` and would
    otherwise swallow it, retry, and wrap it; this passes straight through them.
    """

    def __init__(self, request: object) -> None:
        super().__init__("request captured before sending")
        self.request = request


def capture_method(_self: object, request: object, *_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for a ``send(self, request, ...)`` method: hands the request back."""
    raise Captured(request)


def capture_function(request: object, *_args: Any, **_kwargs: Any) -> Any:
    """Stand-in for a ``send(request, ...)`` function: hands the request back."""
    raise Captured(request)


@contextmanager
def patched(owner: object, attribute: str, replacement: object) -> Iterator[None]:
    """Replace ``owner.attribute`` for the duration only; later figures see the original."""
    original = getattr(owner, attribute)
    setattr(owner, attribute, replacement)
    try:
        yield
    finally:
        setattr(owner, attribute, original)


def captured_request(call: Callable[[], object]) -> object:
    """Run ``call`` (with a send method patched to :func:`capture`); return the request."""
    try:
        call()
    except Captured as captured:
        return captured.request
    raise RuntimeError("the call returned without reaching the patched send method")
