"""The command line of a generated package, built from tables the generator writes.

``python -m <package> <operation> --option value``: one sub-command per operation, one
option per input member. Exit status 0 means success (the answer on stdout), 1 an error
of the service or the network (code, message and request id on stderr), 2 a usage error
(argparse style, naming the option and the broken rule).

Only the standard library loads with this module; the client, its models and its HTTP
stack load when a command runs, so ``--help`` answers at once. Credentials come from the
default chain only: an option would put the secret in shell history and process lists.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from .cli_text import HelpFormatter

__all__ = [
    "ClientOption",
    "Command",
    "Option",
    "render_json",
    "render_table",
    "run",
]

_OUTPUTS = ("json", "table")
_CREDENTIALS_NOTE = (
    "Credentials come from the default chain, never from options: the environment"
    " (ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS,"
    " ALIBABA_CLOUD_SECURITY_TOKEN), an OIDC role (ALIBABA_CLOUD_ROLE_ARN,"
    " ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE), the aliyun CLI's"
    " profile, ~/.alibabacloud/credentials (ALIBABA_CLOUD_PROFILE picks the profile),"
    " the ECS instance's RAM role, or ALIBABA_CLOUD_CREDENTIALS_URI."
)


class ClientOption:
    """A client constructor argument offered to every sub-command (``--region-id``)."""

    __slots__ = ("flag", "keyword", "help", "choices", "default", "kind")

    def __init__(
        self,
        flag: str,
        keyword: str,
        help: str,
        *,
        choices: Sequence[str] = (),
        default: str | None = None,
        kind: str = "text",
    ) -> None:
        self.flag = flag
        self.keyword = keyword
        self.help = help
        self.choices = tuple(choices)
        self.default = default
        self.kind = kind


class Option:
    """An input member of an operation as an option (``--job-ids``).

    ``kind`` is one of text, integer, number, boolean, date-time, json and list (comma
    separated values of ``item_kind``).
    """

    __slots__ = (
        "flag",
        "keyword",
        "wire_name",
        "kind",
        "item_kind",
        "required",
        "help",
        "metavar",
        "choices",
        "secret",
    )

    def __init__(
        self,
        flag: str,
        keyword: str,
        wire_name: str,
        kind: str,
        *,
        item_kind: str | None = None,
        required: bool = False,
        help: str = "",
        metavar: str | None = None,
        choices: Sequence[object] = (),
        secret: bool = False,
    ) -> None:
        self.flag = flag
        self.keyword = keyword
        self.wire_name = wire_name
        self.kind = kind
        self.item_kind = item_kind
        self.required = required
        self.help = help
        self.metavar = metavar
        self.choices = tuple(choices)
        # A password or token: ``@FILE`` or ``-`` keep it off the command line.
        self.secret = secret


class Command:
    """One operation as a sub-command: ``method`` is the client method it calls."""

    __slots__ = ("name", "method", "help", "description", "options")

    def __init__(
        self,
        name: str,
        method: str,
        *,
        help: str,
        description: str,
        options: Sequence[Option],
    ) -> None:
        self.name = name
        self.method = method
        self.help = help
        self.description = description
        self.options = tuple(options)


def load_commands(path: Path) -> tuple[Command, ...]:
    """The sub-commands a generated package lists in its ``cli_commands.json``.

    The table is data, not Python: one entry per operation, each option's arguments by
    name as ``Option`` takes them."""
    with open(path, encoding="utf-8") as file:
        listed = json.load(file)
    return tuple(
        Command(
            entry["name"],
            entry["method"],
            help=entry["help"],
            description=entry["description"],
            options=[Option(**option) for option in entry["options"]],
        )
        for entry in listed
    )


# --- values ----------------------------------------------------------------------------


def _integer(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def _boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise argparse.ArgumentTypeError(f"expected true or false, got {text!r}")


def _date_time(text: str) -> Any:
    from datetime import datetime

    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None or value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"expected a date and time with a zone, like 2020-10-15T03:30:03Z,"
            f" got {text!r}"
        )
    return value


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not valid JSON ({error})") from None


def _pair(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` (a client setting given once per name, ``--server-variable``)."""
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    return name, value


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "pairs": _pair,
    "text": str,
    "integer": _integer,
    "number": _number,
    "boolean": _boolean,
    "date-time": _date_time,
    "json": _json,
    "file": Path,  # an upload: the file at this path, streamed when sent
}


# How a list option is written, told in its help.
LIST_HELP = (
    "A list: repeat the option, or separate values with commas (a comma inside a"
    " value is written \\,)."
)
FILE_LIST_HELP = "A list of files: repeat the option, one path each."
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")


def _list_of(kind: str) -> Callable[[str], list[Any]]:
    """One occurrence of a list option: comma-separated values (``\\,`` is a comma
    inside one); a file list takes one path per occurrence, commas and all."""
    convert = _CONVERTERS[kind]
    if kind == "file":
        return lambda text: [convert(text)]

    def split(text: str) -> list[Any]:
        values = []
        parts = _UNESCAPED_COMMA.split(text)
        for position, part in enumerate(parts, start=1):
            try:
                values.append(convert(part.strip().replace("\\,", ",")))
            except argparse.ArgumentTypeError as error:
                raise argparse.ArgumentTypeError(f"item {position}: {error}") from None
        return values

    return split


# The most a secret read from a file or standard input may hold.
_SECRET_BYTES = 1 << 20


def _secret_text(text: str) -> str:
    """A secret option's value: ``@FILE`` reads the file, ``-`` one line of standard
    input, anything else is the value itself. A value on the command line is seen in
    shell history and process lists; these two forms keep it out of both."""
    if text == "-":
        return sys.stdin.readline(_SECRET_BYTES).rstrip("\r\n")
    if text.startswith("@") and len(text) > 1:
        path = text[1:]
        try:
            with open(path, "rb") as handle:
                data = handle.read(_SECRET_BYTES + 1)
        except OSError as error:
            raise argparse.ArgumentTypeError(
                f"cannot read {printable(path)}: {error.strerror or error}"
            ) from None
        if len(data) > _SECRET_BYTES:
            raise argparse.ArgumentTypeError(
                f"{printable(path)} holds more than {_SECRET_BYTES} bytes"
            )
        try:
            return data.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise argparse.ArgumentTypeError(
                f"{printable(path)} is not UTF-8 text"
            ) from None
    return text


def _converter(option: Option) -> Callable[[str], Any]:
    if option.kind == "list":
        convert = _list_of(option.item_kind or "text")
    else:
        convert = _CONVERTERS[option.kind]
    if not option.secret:
        return convert

    def secret(text: str) -> Any:
        return convert(_secret_text(text))

    return secret


# --- parser ----------------------------------------------------------------------------


def _help(text: str) -> str:
    """Option help as argparse wants it: it %-formats every option's help."""
    return text.replace("%", "%%")


def _prose(text: str) -> str:
    """A description or epilog as argparse wants it: it %-formats those only when they
    mention ``%(prog)``, so only then may a literal ``%`` be doubled."""
    return _help(text) if "%(prog)" in text else text


def _client_dest(option: ClientOption) -> str:
    return f"client_{option.keyword}"


def _option_dest(option: Option) -> str:
    return f"input_{option.keyword}"


def _add_client_options(
    parser: argparse.ArgumentParser, options: Sequence[ClientOption]
) -> None:
    group = parser.add_argument_group("client options")
    for option in options:
        help_text = option.help
        if option.default is not None:
            help_text += f" (default: {option.default})"
        pairs = option.kind == "pairs"
        group.add_argument(
            option.flag,
            dest=_client_dest(option),
            choices=option.choices or None,
            type=_CONVERTERS.get(option.kind, str),
            # NAME=VALUE settings: repeat the option, one pair each.
            action="append" if pairs else "store",
            metavar=(
                "NAME=VALUE"
                if pairs
                else None if option.choices else option.keyword.upper()
            ),
            help=_help(help_text),
        )
    group.add_argument(
        "--output",
        dest="cli_output",
        choices=_OUTPUTS,
        default="json",
        help="print the answer as JSON or as a table (default: json)",
    )


def build_parser(
    prog: str,
    description: str,
    commands: Sequence[Command],
    client_options: Sequence[ClientOption],
    credentials_note: str = _CREDENTIALS_NOTE,
) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The parser and, by name, the parser of each sub-command."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=_prose(description),
        epilog=_prose(credentials_note),
        formatter_class=HelpFormatter,
    )
    subparsers = parser.add_subparsers(
        title="operations", metavar="OPERATION", dest="cli_command", required=True
    )
    by_name = {}
    for command in commands:
        sub = subparsers.add_parser(
            command.name,
            help=_help(command.help),
            description=_prose(command.description),
            epilog=_prose(credentials_note),
            formatter_class=HelpFormatter,
        )
        sub.set_defaults(cli_operation=command)
        group = sub.add_argument_group("parameters")
        for option in command.options:
            listed = option.kind == "list"
            note = FILE_LIST_HELP if option.item_kind == "file" else LIST_HELP
            group.add_argument(
                option.flag,
                dest=_option_dest(option),
                type=_converter(option),
                # Each occurrence adds its values: ``--tag a,b --tag c`` is [a, b, c].
                action="extend" if listed else "store",
                required=option.required,
                choices=option.choices or None,
                metavar=option.metavar,
                help=_help(
                    "\n".join(p for p in (option.help, note if listed else "") if p)
                ),
            )
        _add_client_options(sub, client_options)
        by_name[command.name] = sub
    return parser, by_name


# --- errors ----------------------------------------------------------------------------


def _unescape_pointer(segment: str) -> str:
    return segment.replace("~1", "/").replace("~0", "~")


def _violation_message(violation: Any, command: Command) -> str:
    """``argument --job-ids: 11 items given, at most 10 allowed``, from a Violation."""
    segments = [_unescape_pointer(part) for part in violation.path.split("/")[1:]]
    option = next(
        (o for o in command.options if segments and o.wire_name == segments[0]), None
    )
    if option is None:
        return str(violation.message)
    rest = segments[1:]
    where = ""
    if len(rest) == 1 and rest[0].isdigit():
        where = f" (item {int(rest[0]) + 1})"
    elif rest:
        where = " (at /" + "/".join(rest) + ")"
    return f"argument {option.flag}{where}: {violation.message}"


def _client_usage(error: Exception, options: Sequence[ClientOption]) -> str:
    """A client setting the client refused, named by its option."""
    message = str(error)
    for option in options:
        if message.startswith(option.keyword):
            return f"argument {option.flag}: {message}"
    return message


def printable(text: str) -> str:
    """Text safe to show on a terminal: control characters (escape sequences) are
    written as ``\\uXXXX``, so an answer cannot drive the terminal."""
    return "".join(
        ch if ch.isprintable() or ch in "\n" else f"\\u{ord(ch):04x}" for ch in text
    )


def _has_undecodable(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _shown(text: str) -> str:
    """An argument for a message: undecodable bytes as ``\\xNN``, and short."""
    raw = text.encode("utf-8", "surrogateescape")
    shown = raw.decode("utf-8", "backslashreplace")
    return shown if len(shown) <= 60 else shown[:60] + "…"


def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.error(printable(message))


# --- output ----------------------------------------------------------------------------


def render_json(data: Any) -> str:
    """Indented JSON; characters a terminal would act on stay escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    # json.dumps escapes C0 controls but not DEL, C1 controls or lone surrogates.
    return "".join(
        (
            f"\\u{ord(ch):04x}"
            if (0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF)
            else ch
        )
        for ch in text
    )


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return printable(value).replace("\n", "\\n")
    if isinstance(value, (int, float)):
        return repr(value)
    return printable(json.dumps(value, ensure_ascii=False, separators=(",", ":")))


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [_width(name) for name in header]
    for row in rows:
        widths = [max(width, _width(cell)) for width, cell in zip(widths, row)]

    def line(cells: Sequence[str]) -> str:
        padded = [
            cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths)
        ]
        return "  ".join(padded).rstrip()

    return "\n".join(
        [line(header), line(["-" * width for width in widths])]
        + [line(row) for row in rows]
    )


def _is_records(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


# Objects nested deeper than this are shown as JSON in one cell rather than spread out.
_SPREAD_DEPTH = 6


def _fields(value: Mapping[str, Any], prefix: str, depth: int) -> list[tuple[str, Any]]:
    """An object's fields by dotted name, nested objects spread into their fields: an
    answer's ``VideoList.Video`` list gets its own table, a record's ``Snapshot.Url`` its
    own column, instead of a whole object as JSON in one cell."""
    fields: list[tuple[str, Any]] = []
    for key, item in value.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(item, dict) and item and depth < _SPREAD_DEPTH:
            fields.extend(_fields(item, name, depth + 1))
        else:
            fields.append((name, item))
    return fields


def render_table(data: Mapping[str, Any]) -> str:
    """Scalar fields as a Field/Value table; each list of records as its own table."""
    fields = _fields(data, "", 0)
    sections = []
    singles = [
        (printable(name), _cell(value))
        for name, value in fields
        if not (_is_records(value) and value)
    ]
    if singles:
        sections.append(_grid(("Field", "Value"), singles))
    for name, value in fields:
        if not (_is_records(value) and value):
            continue
        records = [dict(_fields(record, "", 1)) for record in value]
        columns: list[str] = []
        for record in records:
            columns.extend(column for column in record if column not in columns)
        rows = [[_cell(record.get(column)) for column in columns] for record in records]
        title = f"{printable(name)} ({len(value)})"
        sections.append(title + "\n" + _grid([printable(c) for c in columns], rows))
    return "\n\n".join(sections)


# --- running ---------------------------------------------------------------------------


def run(
    *,
    prog: str,
    description: str,
    commands: Sequence[Command],
    client_options: Sequence[ClientOption],
    load_client: Callable[[], Callable[..., Any]],
    argv: Sequence[str] | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    credentials_note: str | None = None,
) -> int:
    """Parse ``argv``, call the operation, print the answer; returns the exit status.
    ``credentials_note`` says where the protocol's credentials come from."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser, subparsers = build_parser(
        prog,
        description,
        commands,
        client_options,
        credentials_note or _CREDENTIALS_NOTE,
    )
    given = list(sys.argv[1:] if argv is None else argv)
    undecodable = next((arg for arg in given if _has_undecodable(arg)), None)
    if undecodable is not None:
        # Python keeps bytes that are not UTF-8 as lone surrogates; they would fail
        # deep inside signing or printing instead of here.
        parser.error(
            f"argument {printable(_shown(undecodable))!s} is not valid UTF-8 text"
        )
    arguments = parser.parse_args(given)
    command: Command = arguments.cli_operation
    sub = subparsers[command.name]
    values = {
        option.keyword: getattr(arguments, _option_dest(option))
        for option in command.options
        if getattr(arguments, _option_dest(option)) is not None
    }
    settings = {
        option.keyword: (
            dict(getattr(arguments, _client_dest(option)))
            if option.kind == "pairs"
            else getattr(arguments, _client_dest(option))
        )
        for option in client_options
        if getattr(arguments, _client_dest(option)) is not None
    }

    from .errors import ApiError, CredentialsError, RequestValidationError

    client_class = load_client()
    try:
        client = client_class(**settings)
    except ValueError as error:  # ConfigurationError is one
        _fail(sub, _client_usage(error, client_options))
    except CredentialsError as error:  # nothing was sent: a usage problem
        _fail(sub, str(error))
    try:
        with client:
            response = getattr(client, command.method)(**values)
    except RequestValidationError as error:
        _fail(sub, "; ".join(_violation_message(v, command) for v in error.violations))
    except CredentialsError as error:  # read when the first request is signed
        _fail(sub, str(error))
    except ApiError as error:
        # One line: a newline in a server's message must not start a line of its own.
        shown = printable(str(error)).replace("\n", "\\n")
        print(f"{prog} {command.name}: error: {shown}", file=err)
        return 1
    except KeyboardInterrupt:
        return 130
    data = response.to_dict()
    if arguments.cli_output == "table":
        print(render_table(data), file=out)
    else:
        print(render_json(data), file=out)
    return 0
