"""Regular expressions from specs and metadata, run by a linear-time engine.

A spec's ``pattern`` is input from someone else. Python's ``re`` backtracks, so a pattern
like ``^(a+)+$`` takes exponential time on a near-miss; RE2 (``google-re2``) matches in
time linear in the text, whatever the pattern. It cannot do what needs backtracking
(back-references, look-around); such a pattern is refused with the reason RE2 gives.
The generated validators use the same engine, so lint, generate, the client and the
offline server agree on what a pattern accepts.

RE2's ``$`` without multi-line mode matches only at the very end of the text, as
JSON Schema (ECMA-262) means it; Python's ``$`` would also accept a trailing newline.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import re2  # type: ignore[import-untyped]

Search = Callable[[str], Any]

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # errors are reported to the spec author, not to stderr
# Bound the memory one pattern may take (RE2 refuses, rather than grows, past it).
_OPTIONS.max_mem = 8 << 20


class PatternError(Exception):
    """A pattern RE2 cannot compile; the message says why."""


@lru_cache(maxsize=1024)
def compile_search(pattern: str) -> Search:
    """``search(text)``: a match object or ``None``. Raises :class:`PatternError`."""
    try:
        compiled = re2.compile(pattern, _OPTIONS)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(
            f"the linear-time engine (RE2) cannot use this pattern: {reason}"
        ) from None
    except (TypeError, ValueError) as error:
        raise PatternError(f"not a usable pattern: {error}") from None
    search: Search = compiled.search
    return search


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be used, or ``None``."""
    try:
        compile_search(pattern)
    except PatternError as error:
        return str(error)
    return None


def searches(pattern: str, text: str) -> bool:
    """Whether ``pattern`` (already known to compile) finds a match in ``text``.

    A lone surrogate cannot be handed to RE2 as UTF-8; it is searched as U+FFFD, as the
    generated validators do.
    """
    search = compile_search(pattern)
    try:
        return search(text) is not None
    except UnicodeEncodeError:
        readable = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        return search(readable) is not None
