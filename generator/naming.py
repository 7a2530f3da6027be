"""Python names derived from wire names: decided here once, used by every target."""

from __future__ import annotations

import builtins
import keyword
import re

# Words of a wire name: version-tagged acronyms ("IPv6"), acronyms mixed with digits
# ("M3U8"), an acronym run with an optional plural "s" ("URLs"), a capitalised or
# lower-case word; digits stay with the word they follow ("Mp4").
_WORD = re.compile(
    r"[A-Z]{2,}v[0-9]+"  # IPv6
    # M3U8; the look-ahead for a digit keeps this linear per start (written as
    # [A-Z][A-Z0-9]*[0-9][A-Z0-9]* it backtracks cubically on "A1A1A1...a").
    r"|[A-Z](?=[A-Z0-9]*[0-9])[A-Z0-9]*(?=[A-Z][a-z]|[^A-Za-z0-9]|$)"
    r"|[A-Z]{2,}[0-9]*s(?=[A-Z]|[^A-Za-z0-9]|$)"
    r"|[A-Z]+[0-9]*(?=[A-Z][a-z]|[^A-Za-z0-9]|$)"
    r"|[A-Z]?[a-z]+[0-9]*"
    r"|[A-Z]+[0-9]*"
    r"|[0-9]+[a-z]*"
)

_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_SOFT_KEYWORDS = frozenset(keyword.softkwlist)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


# Longer text (an enum value can be any string) is named after its start: splitting
# costs time quadratic in the length, and no name needs more.
MAX_NAME_SOURCE = 128


MAX_WIRE_NAME = 128  # the meta-schema's wireName


def wire_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a wire name in a spec, or ``None``."""
    if not name or any(character.isspace() for character in name):
        return "is empty or has white space"
    if len(name) > MAX_WIRE_NAME:
        return f"is longer than {MAX_WIRE_NAME} characters"
    return None


def words(wire_name: str) -> list[str]:
    """Split ``AIImageJobList`` into ``["AI", "Image", "Job", "List"]``."""
    return _WORD.findall(wire_name[:MAX_NAME_SOURCE])


def is_identifier(name: str) -> bool:
    return bool(_IDENTIFIER.match(name))


def is_reserved(name: str) -> bool:
    """Names a generated identifier must not take: keywords, soft keywords, builtins."""
    return keyword.iskeyword(name) or name in _SOFT_KEYWORDS or name in _BUILTINS


def make_safe(name: str, reserved: frozenset[str] = frozenset()) -> str:
    """Mangle a candidate identifier so it can never clash with Python itself."""
    if not name or name[0].isdigit():
        name = f"n{name}" if name else "value"
    while is_reserved(name) or name in reserved:
        name += "_"
    return name


def snake_case(wire_name: str, reserved: frozenset[str] = frozenset()) -> str:
    """``AIImageJobList`` -> ``ai_image_job_list``; keywords and builtins get a ``_``."""
    parts = words(wire_name)
    return make_safe("_".join(part.lower() for part in parts), reserved)


def pascal_case(wire_name: str) -> str:
    """``ai_image-job`` -> ``AiImageJob``; an existing ``AIImage`` keeps its acronym."""
    parts = words(wire_name)
    name = "".join(part[0].upper() + part[1:] for part in parts)
    return make_safe(name)


def kebab_case(wire_name: str) -> str:
    """``GetAIImageJobs`` -> ``get-ai-image-jobs`` (command-line sub-commands)."""
    return "-".join(part.lower() for part in words(wire_name))


def cli_flag(python_name: str, taken: frozenset[str] = frozenset()) -> str:
    """``job_ids`` -> ``--job-ids``; a flag already taken (``--region-id`` of the client)
    gets a ``--param-`` prefix so the operation's own parameter stays reachable."""
    flag = "--" + python_name.strip("_").replace("_", "-")
    if flag in taken:
        flag = "--param-" + flag[2:]
    base, number = flag, 2
    while flag in taken:
        flag, number = f"{base}-{number}", number + 1
    return flag


def constant_case(value: str) -> str:
    """An enum value as a member name: ``fuzzy_match`` -> ``FUZZY_MATCH``."""
    parts = words(value)
    name = "_".join(part.upper() for part in parts) or "EMPTY"
    if name[0].isdigit():
        name = f"V_{name}"
    return make_safe(name)


# Attributes and methods every generated model class defines; members must not shadow them.
MODEL_RESERVED = frozenset(
    {
        "to_dict",
        "from_json",
        "from_xml",
        "from_dict",
        "from_wire",
        "validate",
        "raw",
        "parse_problems",
        "self",
        "cls",
    }
)


def member_name(wire_name: str, override: str | None = None) -> str:
    """The Python attribute and argument name of a structure member."""
    return override if override else snake_case(wire_name, MODEL_RESERVED)


def nested_class_name(parent_class: str, wire_name: str, role: str = "") -> str:
    """Class name of an inline structure: ``AIImageJob`` + ``UserData`` -> ``AIImageJobUserData``.

    ``role`` distinguishes list items (``Item``) and map values (``Value``).
    """
    return make_safe(parent_class + pascal_case(wire_name) + role)


def enum_class_name(parent_class: str, wire_name: str) -> str:
    return make_safe(parent_class + pascal_case(wire_name))
