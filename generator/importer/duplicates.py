"""Parameters the metadata declares more than once, reduced to one declaration each.

Alibaba's metadata often lists a parameter twice (``RegionId``, ``ClientToken``...),
mostly with identical content. The API has one parameter by that name, so the
declarations are merged: identical ones silently but for a note, differing ones by
keeping the declaration the API itself goes by. What the API enforces (location, style,
type, whether it is required, limits) outranks what only the documentation says
(descriptions, examples, ``docRequired``); between declarations that disagree on what the
API enforces, the stricter one is kept, and the note names both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .notes import Category, Notes

# Keys of a parameter's schema that only document it; everything else is what the API
# checks. ``docRequired`` is the documentation's word on ``required``.
_DOCUMENTATION_KEYS = frozenset(
    {"title", "description", "example", "docRequired", "enumValueTitles"}
)
# Schema keys that narrow what the API accepts: more of them is stricter.
_CONSTRAINT_KEYS = (
    "enum",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "format",
)


def _schema(parameter: Mapping[str, Any]) -> Mapping[str, Any]:
    schema = parameter.get("schema")
    return schema if isinstance(schema, Mapping) else {}


def _enforced(parameter: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a declaration the API goes by."""
    enforced = {key: value for key, value in parameter.items() if key != "schema"}
    enforced["schema"] = {
        key: value
        for key, value in _schema(parameter).items()
        if key not in _DOCUMENTATION_KEYS
    }
    return enforced


def _strictness(parameter: Mapping[str, Any]) -> tuple[int, int, int]:
    """Required first, then the number of constraints, then a declared type."""
    schema = _schema(parameter)
    return (
        1 if schema.get("required") is True else 0,
        sum(1 for key in _CONSTRAINT_KEYS if key in schema),
        1 if isinstance(schema.get("type"), str) or "$ref" in schema else 0,
    )


def _differences(first: Mapping[str, Any], second: Mapping[str, Any]) -> list[str]:
    keys = sorted(
        {
            *(key for key in first if key != "schema"),
            *(key for key in second if key != "schema"),
        }
    )
    found = [key for key in keys if first.get(key) != second.get(key)]
    one, two = _schema(first), _schema(second)
    found.extend(
        f"schema.{key}" for key in sorted({*one, *two}) if one.get(key) != two.get(key)
    )
    return found


def _show(parameter: Mapping[str, Any], differences: list[str]) -> str:
    shown = []
    for path in differences[:3]:
        if path.startswith("schema."):
            value = _schema(parameter).get(path[len("schema.") :])
        else:
            value = parameter.get(path)
        text = repr(value)
        shown.append(f"{path}={text if len(text) <= 40 else text[:37] + '...'}")
    return ", ".join(shown)


def _choose(
    name: str,
    kept: tuple[int, Mapping[str, Any]],
    other: tuple[int, Mapping[str, Any]],
    notes: Notes,
) -> tuple[int, Mapping[str, Any]]:
    """One declaration of two that differ, with a note naming both."""
    (kept_index, kept_parameter), (other_index, other_parameter) = kept, other
    differences = _differences(kept_parameter, other_parameter)
    if _enforced(kept_parameter) == _enforced(other_parameter):
        chosen, why = kept, "they differ only in documentation; kept the first"
    elif _strictness(other_parameter) > _strictness(kept_parameter):
        chosen, why = other, "kept the stricter one"
    else:
        chosen, why = kept, "kept the stricter one (the first where equally strict)"
    dropped = other if chosen is kept else kept
    notes.add(
        f"/{name}",
        Category.DUPLICATE,
        f"parameter '{name}' is declared twice, differently"
        f" (#{kept_index}: {_show(kept_parameter, differences)};"
        f" #{other_index}: {_show(other_parameter, differences)}); {why},"
        f" #{chosen[0]}, and dropped #{dropped[0]}",
    )
    return chosen


def merge_duplicates(raw: Any, notes: Notes) -> list[tuple[int, Any]]:
    """The parameters of ``raw`` with each name declared once, with their indexes.

    A merged parameter takes the place of its first declaration, so members keep the
    order the metadata gives them. Entries without a usable name pass through untouched:
    the operation importer reports them.
    """
    parameters = raw if isinstance(raw, list) else []
    chosen: dict[str, tuple[int, Mapping[str, Any]]] = {}
    order: list[tuple[int, Any] | str] = []
    for index, parameter in enumerate(parameters):
        name = parameter.get("name") if isinstance(parameter, Mapping) else None
        if not isinstance(name, str):
            order.append((index, parameter))
            continue
        known = chosen.get(name)
        if known is None:
            chosen[name] = (index, parameter)
            order.append(name)
        elif known[1] == parameter:
            notes.add(
                f"/{name}",
                Category.DUPLICATE,
                f"parameter '{name}' is declared twice (#{known[0]} and #{index})"
                " with identical content; merged",
            )
        else:
            chosen[name] = _choose(name, known, (index, parameter), notes)
    return [chosen[item] if isinstance(item, str) else item for item in order]
