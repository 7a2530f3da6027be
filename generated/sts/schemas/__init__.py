"""JSON Schemas (draft 2020-12) of every Security Token Service request and response.

    from generated.sts import schemas

    schema = schemas.load("AssumeRole", "response")

Each document is self-contained (``$defs`` inside, ``$id`` set to its file name) and says
the same as the generated validators; see README.md beside this file for the two rules
a stock JSON Schema validator does not enforce (``x-maxBytes`` and
``contentSchema``).

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

__all__ = ["OPERATIONS", "PARTS", "load", "text"]

OPERATIONS: tuple[str, ...] = (
    "AssumeRole",
    "AssumeRoleWithOIDC",
    "AssumeRoleWithSAML",
    "GetCallerIdentity",
)
PARTS: tuple[str, ...] = ("request", "response")


def text(operation: str, part: str) -> str:
    """The schema document of ``operation``'s ``part`` (``"request"`` or ``"response"``) as JSON text."""
    if operation not in OPERATIONS:
        raise KeyError(
            f"no operation named {operation!r}; known: {', '.join(OPERATIONS)}"
        )
    if part not in PARTS:
        raise ValueError(f"part must be one of {', '.join(PARTS)}, not {part!r}")
    return (
        files(__name__).joinpath(f"{operation}.{part}.json").read_text(encoding="utf-8")
    )


def load(operation: str, part: str) -> dict[str, Any]:
    """A fresh copy of the schema of ``operation``'s ``part``, as a dict."""
    document: dict[str, Any] = json.loads(text(operation, part))
    return document
