"""The command line of a generated package: one sub-command per operation.

Sub-commands, option names, value kinds and help texts are decided here, once; the
package target renders them into ``<package>/cli.py`` and the docs target uses the same
plan to print a documented command. The argparse machinery itself is runtime code
(``templates/python/runtime/cli.py``), written and tested once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .. import naming
from ..markdown import parse, plain
from ..model import JsonScalar, JsonValue, Member, Operation, Service, Shape
from ..output_file import StreamedFile
from ..render import OutputFile, Renderer
from .facets import ClientOption
from .wording import rules, value_text

OptionKind = Literal[
    "text", "integer", "number", "boolean", "date-time", "json", "list", "file"
]

# Options the runtime adds to every sub-command; client options come from the protocol.
RUNTIME_FLAGS = frozenset({"--output", "--help", "-h"})


@dataclass(frozen=True)
class CliOption:
    """An input member as a command-line option."""

    flag: str
    member: Member
    kind: OptionKind
    item_kind: OptionKind | None
    help: str
    metavar: str | None
    choices: tuple[JsonScalar, ...]

    @property
    def keyword(self) -> str:
        return self.member.python_name


@dataclass(frozen=True)
class CliCommand:
    name: str
    operation: Operation
    help: str
    description: str
    options: tuple[CliOption, ...]


def option_kind(shape: Shape) -> tuple[OptionKind, OptionKind | None]:
    """How a value is typed on the command line: a kind, and for lists the item kind.

    JSON-in-string members take their JSON text as given; structures, maps and lists of
    anything but scalars take JSON; lists of scalars take comma-separated values.
    """
    if shape.json_content is not None:
        return "text", None
    if shape.kind == "string" and shape.format == "binary":
        return "file", None
    if shape.kind == "string":
        return ("date-time" if shape.format == "date-time" else "text"), None
    if shape.kind == "integer":
        return "integer", None
    if shape.kind == "number":
        return "number", None
    if shape.kind == "boolean":
        return "boolean", None
    if shape.kind == "array" and shape.items is not None:
        item_kind, nested = option_kind(shape.items)
        if nested is None and item_kind != "json":
            return "list", item_kind
    return "json", None


SECRET_HELP = (
    "A secret: give @FILE to read it from a file, or - to read it from standard input,"
    " so that it stays out of shell history and process lists."
)


def help_text(member: Member) -> str:
    """English help: the description (links with their address), then the rules."""
    parts = [
        plain(parse(member.description.get("en")), urls=True),
        plain(tuple(rules(member.shape, "en"))),
    ]
    if member.secret:
        parts.append(SECRET_HELP)
    return _lines(*parts)


def _lines(*parts: str) -> str:
    """The non-blank lines of ``parts``, one per paragraph or list item, spaces squeezed:
    the command line wraps each line to the terminal and keeps the breaks between them.
    """
    return "\n".join(
        " ".join(line.split())
        for part in parts
        for line in part.splitlines()
        if line.strip()
    )


def _metavar(
    member: Member,
    kind: OptionKind,
    choices: Sequence[JsonScalar],
    item_kind: OptionKind | None = None,
) -> str | None:
    if choices or kind == "boolean":
        return None  # argparse shows the choices
    name = member.python_name.rstrip("_").upper()
    if kind == "list" and item_kind == "file":
        return "PATH"  # one file per occurrence of the option
    if kind == "list":
        return f"{name}[,...]"
    if kind == "json":
        return "JSON"
    return name


def command_plan(operation: Operation, reserved: frozenset[str]) -> CliCommand:
    taken = set(reserved | RUNTIME_FLAGS)
    options = []
    for member in operation.input.members:
        flag = naming.cli_flag(member.python_name, frozenset(taken))
        taken.add(flag)
        kind, item_kind = option_kind(member.shape)
        choices = (
            tuple(value.value for value in member.shape.enum)
            if kind in ("text", "integer", "number")
            else ()
        )
        options.append(
            CliOption(
                flag=flag,
                member=member,
                kind=kind,
                item_kind=item_kind,
                help=help_text(member),
                metavar=_metavar(member, kind, choices, item_kind),
                choices=choices,
            )
        )
    summary = plain(parse(operation.summary.get("en") or operation.title.get("en")))
    description = _lines(
        summary, plain(parse(operation.description.get("en")), urls=True)
    )
    return CliCommand(
        name=naming.kebab_case(operation.name),
        operation=operation,
        help=" ".join(summary.split()),
        description=description,
        options=tuple(options),
    )


def command_line_value(option: CliOption, value: JsonValue) -> str:
    """How a documented input value is typed after its option."""
    if option.kind == "list" and isinstance(value, list):
        # A comma inside an item is written \, (the command line splits on commas).
        return ",".join(value_text(item).replace(",", "\\,") for item in value)
    if option.kind == "boolean" and isinstance(value, bool):
        return "true" if value else "false"
    return value_text(value)


def client_options(service: Service) -> tuple[ClientOption, ...]:
    """The client settings the protocol offers on the command line."""
    from ..plugins import facet, plugin_for

    return facet(service, "Python package", plugin_for(service).python).client_options(
        service
    )


def credentials_note(service: Service) -> str | None:
    """Where the protocol's credentials come from, when it says (else the runtime's
    note on Alibaba Cloud's variables stands)."""
    from ..plugins import plugin_for

    note = getattr(plugin_for(service).python, "credentials_note", None)
    return note(service) if note is not None else None


def commands(service: Service) -> Iterator[CliCommand]:
    """Each operation's command, made as it is read."""
    reserved = frozenset(option.flag for option in client_options(service))
    for operation in service.operations:
        yield command_plan(operation, reserved)


def _option_entry(option: CliOption) -> dict[str, Any]:
    """An option's ``Option`` arguments by name; those at their default are left out."""
    entry: dict[str, Any] = {
        "flag": option.flag,
        "keyword": option.keyword,
        "wire_name": option.member.wire_name,
        "kind": option.kind,
    }
    if option.item_kind:
        entry["item_kind"] = option.item_kind
    if option.member.required:
        entry["required"] = True
    if option.help:
        entry["help"] = option.help
    if option.metavar:
        entry["metavar"] = option.metavar
    if option.choices:
        entry["choices"] = list(option.choices)
    if option.member.secret:
        entry["secret"] = True
    return entry


def commands_json(planned: Iterable[CliCommand]) -> Iterator[str]:
    """``cli_commands.json``: the sub-command table the package's ``cli.py`` loads, one
    command a line so that a changed operation changes one line; in pieces, a command
    at a time, so that a catalog's table (megabytes) is never held whole."""
    yield "["
    for index, command in enumerate(planned):
        yield ",\n" if index else "\n"
        yield json.dumps(
            {
                "name": command.name,
                "method": command.operation.python_name,
                "help": command.help,
                "description": command.description,
                "options": [_option_entry(option) for option in command.options],
            },
            ensure_ascii=False,
            sort_keys=False,
        )
    yield "\n]\n"


def render_files(
    service: Service, renderer: Renderer, context: Mapping[str, Any]
) -> list[OutputFile]:
    package = service.package
    first = next(commands(service), None)
    plan = {
        "client_options": client_options(service),
        "first_command": first.name if first is not None else None,
        "module": f"{context['package_path']}",
        "credentials_note": credentials_note(service),
    }
    return [
        OutputFile(
            f"{package}/cli.py",
            renderer.render("python/cli.py.j2", **context, **plan),
        ),
        StreamedFile(
            f"{package}/cli_commands.json",
            lambda: commands_json(commands(service)),
        ),
        OutputFile(
            f"{package}/__main__.py",
            renderer.render("python/main.py.j2", **context, **plan),
        ),
    ]
