"""An installable project around the generated packages (``generate --package NAME``).

By default the output folder is itself the import root (``generated``), used in place.
With a package name it becomes a project in the *src layout*::

    OUT/pyproject.toml        name, version, the runtime's dependencies
    OUT/README.md
    OUT/src/NAME/__init__.py  the import root: NAME.vod, NAME.cs, ...
    OUT/src/NAME/py.typed
    OUT/tests/...             the example tests, importing NAME (the installed one:
                              ``src/`` keeps the sources off ``sys.path``)
    OUT/docs/, OUT/openapi/   as without a package name

The version comes from the specs: the newest API version (``2017-03-21`` -> ``2017.3.21``),
unless one is given.
"""

from __future__ import annotations

import keyword
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..output_file import OutputFile

if TYPE_CHECKING:  # the no-change check of `generate` reads this module, not the IR
    from ..model import Service

# What the generated code imports at run time; the project's own pyproject.toml lists
# the same (a test keeps the two in step).
RUNTIME_DEPENDENCIES = ("certifi", "defusedxml>=0.7", "google-re2>=1.1")
REQUIRES_PYTHON = ">=3.11"
# Folders that stay beside the package rather than inside it.
_BESIDE_PACKAGE = ("docs/", "openapi/", "tests/")
_API_VERSION = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PEP440 = re.compile(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")


@dataclass(frozen=True)
class Distribution:
    """``generate --package``: an installable project, import root ``package``."""

    package: str
    version: str | None = None


class PackageNameError(ValueError):
    """The package name or version cannot make an installable project."""


def check_package_name(name: str) -> str:
    """``name`` if it can be an import root; else PackageNameError saying why."""
    if not name.isidentifier() or not name.isascii():
        raise PackageNameError(
            f"package name {name!r} is not a Python identifier (letters, digits, _)"
        )
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise PackageNameError(f"package name {name!r} is a Python keyword")
    if name in sys.stdlib_module_names or name in ("tests", "generator"):
        raise PackageNameError(
            f"package name {name!r} would shadow the module of that name"
        )
    return name


def package_version(services: Sequence[Service], given: str | None = None) -> str:
    """The given version, or the newest API version as a PEP 440 release number."""
    if given is not None:
        if not _PEP440.fullmatch(given):
            raise PackageNameError(f"version {given!r} is not a PEP 440 version")
        return given
    releases = []
    for service in services:
        found = _API_VERSION.fullmatch(service.api_version)
        if found:
            releases.append(tuple(int(part) for part in found.groups()))
    if not releases:
        return "0.0.0"
    return ".".join(str(part) for part in max(releases))


def project_path(path: str, package: str) -> str:
    """Where a file of the import root (``path``) goes in the installable project."""
    return path if path.startswith(_BESIDE_PACKAGE) else f"src/{package}/{path}"


def project_files(
    services: Sequence[Service], package: str, version: str
) -> list[OutputFile]:
    """The files an installable project has besides the generated ones."""
    return [
        OutputFile(f"src/{package}/py.typed", ""),
        OutputFile("pyproject.toml", _pyproject(services, package, version)),
        OutputFile("README.md", _readme(services, package)),
    ]


def as_project(
    files: Sequence[OutputFile],
    services: Sequence[Service],
    package: str,
    version: str,
) -> list[OutputFile]:
    """``files`` (paths relative to the import root) laid out as an installable project."""
    moved = [
        OutputFile(project_path(item.path, package), item.text, item.preformatted)
        for item in files
    ]
    return [*moved, *project_files(services, package, version)]


def _toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's for what a title can hold)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def _summary(services: Sequence[Service]) -> str:
    names = ", ".join(f"{s.product} {s.api_version}" for s in services)
    return f"Typed Python clients for {names}"


def _pyproject(services: Sequence[Service], package: str, version: str) -> str:
    dependencies = "".join(f"    {_toml_string(d)},\n" for d in RUNTIME_DEPENDENCIES)
    return (
        "# Written by `python -m generator generate --package`; do not edit.\n"
        "[build-system]\n"
        'requires = ["setuptools>=64"]\n'
        'build-backend = "setuptools.build_meta"\n'
        "\n"
        "[project]\n"
        f"name = {_toml_string(package.replace('_', '-'))}\n"
        f"version = {_toml_string(version)}\n"
        f"description = {_toml_string(_summary(services))}\n"
        'readme = "README.md"\n'
        f"requires-python = {_toml_string(REQUIRES_PYTHON)}\n"
        "dependencies = [\n"
        f"{dependencies}"
        "]\n"
        "\n"
        "[tool.setuptools.packages.find]\n"
        'where = ["src"]\n'
        "\n"
        "[tool.setuptools.package-data]\n"
        '"*" = ["py.typed", "*.json", "*.md"]\n'
        "\n"
        "[tool.pytest.ini_options]\n"
        'testpaths = ["tests"]\n'
        'asyncio_mode = "strict"\n'
        'asyncio_default_fixture_loop_scope = "function"\n'
    )


def _readme(services: Sequence[Service], package: str) -> str:
    lines = [
        f"# {package}",
        "",
        f"{_summary(services)}, generated from their specs; do not edit.",
        "",
        "```",
        "pip install .",
        "```",
        "",
    ]
    for service in services:
        client = f"{service.client_name}Client"
        lines += [
            f"- `from {package}.{service.package} import {client}`:"
            f" {service.product} {service.api_version}; its offline server is"
            f" `python -m {package}.{service.package}.mock`.",
        ]
    lines += [
        "",
        "The example tests under `tests/` run against the installed package:",
        "`pip install . pytest pytest-asyncio && python -m pytest tests`.",
        "",
    ]
    return "\n".join(lines)
