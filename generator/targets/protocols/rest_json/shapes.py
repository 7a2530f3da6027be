"""The runtime ``Shape`` of a spec shape: how header and parameter text is read back
into values (``rest_params.Shape``), for the client and the offline server alike."""

from __future__ import annotations

from ....filters import py_literal, py_str
from ....model import Shape


def shape_expression(shape: Shape) -> str:
    """The runtime ``Shape`` a parameter's text is read back into."""
    item = shape.items or shape.values
    fields = {m.wire_name: m.shape.kind for m in shape.members}
    arguments = [py_str(shape.kind)]
    if item is not None:
        arguments.append(py_str(item.kind))
    if fields:
        if item is None:
            arguments.append('"string"')
        arguments.append(py_literal(fields))
    return f"Shape({', '.join(arguments)})"
