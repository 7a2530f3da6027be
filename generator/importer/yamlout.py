"""Spec documents as YAML text: safe, deterministic and readable.

Only the safe dumper is used, so metadata text can only ever become YAML strings. Keys
keep the order the importer built them in (the importer orders them on purpose), Chinese
text stays readable, and multi-line text is written as literal blocks when YAML can hold
it verbatim that way (PyYAML falls back to a quoted scalar when it cannot).
"""

from __future__ import annotations

from typing import Any

import yaml

HEADER = (
    "# Imported from Alibaba Cloud api-docs metadata by"
    " `python -m generator import-metadata`.\n"
)


class _Dumper(yaml.SafeDumper):
    """Block style for nested data, literal blocks for multi-line strings."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # List items indented under their key, as people write them by hand.
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        # Shared objects are written out in full: anchors would make specs hard to read.
        return True


# YAML 1.1 line breaks besides "\n". PyYAML writes them unescaped in plain, single-quoted
# and literal scalars when unicode is allowed, and a reader then folds them into spaces or
# newlines; only double-quoted scalars escape them.
_OTHER_BREAKS = frozenset("\x85\u2028\u2029")


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if _OTHER_BREAKS.intersection(data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _represent_str)


def dump(document: Any, header: str = HEADER) -> str:
    body = yaml.dump(
        document,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    return header + body
