"""Read every field of a parsed model, as a caller walking the whole answer would.

Our models decode nested objects, lists and maps on their first read, so parsing alone
leaves that work undone; figures that time parsing also time parsing followed by this
walk, so the cost moved from parsing to reading stays in view. JSON-in-string fields
are read as the text sent (``_FIELDS`` names ``x_raw``), as the Tea SDK leaves them.
"""

from __future__ import annotations

from typing import Any


def read_every_field(value: Any) -> None:
    """Touch each declared field of each model under ``value``, depth first."""
    fields = getattr(value, "_FIELDS", None)
    if fields is not None:
        for name in fields:
            read_every_field(getattr(value, name))
    elif value.__class__ is list:
        for item in value:
            read_every_field(item)
    elif value.__class__ is dict:
        for item in value.values():
            read_every_field(item)
