"""Which shapes read differently in a request than in a response.

A response may grow members the spec does not know yet, so a reader ignores them
(unless the spec says ``additional_members: false``). A request is the other way
round: a member the spec does not declare would be sent and then misread or ignored by
the service, usually because a key was spelt in Python's case (``{"key": ...}`` for
``Key``). So objects nested in a request refuse undeclared members unless the spec
says ``additional_members: true``. The validators, the JSON Schemas and the linter's
example checks all take that rule from here.
"""

from __future__ import annotations

from .model import Shape


def stricter_when_sent(shape: Shape) -> bool:
    """Whether ``shape`` or anything inside it refuses, in a request, members that a
    response of the same shape would accept (then requests need their own checks)."""
    return _stricter(shape, set())


def _stricter(shape: Shape, seen: set[int]) -> bool:
    if id(shape) in seen:
        return False
    seen.add(id(shape))
    if shape.closed_when_sent and shape.additional_members:
        return True
    children = [member.shape for member in shape.members]
    children += [
        child
        for child in (shape.items, shape.values, shape.json_content)
        if child is not None
    ]
    children += shape.variants
    return any(_stricter(child, seen) for child in children)


def named_shapes(shape: Shape) -> set[str]:
    """Names of the named shapes ``shape`` holds, itself included."""
    found: set[str] = set()
    _collect(shape, found, set())
    return found


def _collect(shape: Shape, found: set[str], seen: set[int]) -> None:
    if id(shape) in seen:
        return
    seen.add(id(shape))
    if shape.name is not None:
        found.add(shape.name)
    for member in shape.members:
        _collect(member.shape, found, seen)
    for child in (shape.items, shape.values, shape.json_content, *shape.variants):
        if child is not None:
            _collect(child, found, seen)
