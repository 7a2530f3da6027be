"""Command line: ``python -m generator {generate,check,lint}`` (also the ``acsgen`` script)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .diagnostics import SpecError
from .paths import UnsafePath
from .targets.distribution import Distribution, PackageNameError, check_package_name

if TYPE_CHECKING:
    from .formatting import Formatter

# The rest of the generator (the spec checks, the IR, the targets, Jinja2, black) is
# imported by the commands that use it: a `generate` whose inputs are unchanged needs
# none of it, and importing it would be most of that run's time.

DEFAULT_CACHE = Path(".cache") / "acsgen"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate typed Python clients, validators and docs from API specs.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("generate", "write generated code for every service under --spec into --out"),
        (
            "check",
            "fail, naming every file, if --out differs from what --spec generates",
        ),
    ):
        command = commands.add_parser(name, help=help_text)
        command.add_argument(
            "--spec",
            type=Path,
            default=Path("spec"),
            help="spec folder (default: spec)",
        )
        command.add_argument(
            "--out",
            type=Path,
            default=Path("generated"),
            help="output folder (default: generated)",
        )
        command.add_argument(
            "--cache-dir",
            type=Path,
            default=DEFAULT_CACHE,
            help=f"cache of formatted files (default: {DEFAULT_CACHE})",
        )
        command.add_argument(
            "--no-cache", action="store_true", help="format every file afresh"
        )
        command.add_argument(
            "--plugin",
            action="append",
            default=[],
            metavar="MODULE",
            help="import MODULE first: a protocol plug-in that registers itself"
            " (repeatable)",
        )
        command.add_argument(
            "--package",
            metavar="NAME",
            help="make --out an installable project whose import root is NAME"
            " (default: --out is the import root `generated`, used in place)",
        )
        command.add_argument(
            "--package-version",
            metavar="VERSION",
            help="the project's version with --package (default: the newest API"
            " version, 2017-03-21 -> 2017.3.21)",
        )
        command.add_argument(
            "--jobs",
            type=int,
            default=None,
            help="formatting processes (default: one per core)",
        )
    lint = commands.add_parser(
        "lint", help="check specs and report every problem as path:line:col"
    )
    lint.add_argument(
        "spec",
        type=Path,
        nargs="?",
        default=Path("spec"),
        help="spec folder (default: spec)",
    )
    importer = commands.add_parser(
        "import-metadata", help="convert Alibaba api-docs metadata into spec files"
    )
    importer.add_argument("path", type=Path, help="an api-docs JSON file")
    importer.add_argument(
        "--out", type=Path, required=True, help="spec folder to write"
    )
    openapi = commands.add_parser(
        "import-openapi",
        help="convert an OpenAPI 3.0/3.1 document into rest-json spec files",
    )
    openapi.add_argument("path", type=Path, help="an OpenAPI document (JSON or YAML)")
    openapi.add_argument("--out", type=Path, required=True, help="spec folder to write")
    return parser


def _formatter(arguments: argparse.Namespace) -> Formatter:
    from .formatting import Formatter

    return Formatter(
        None if arguments.no_cache else arguments.cache_dir, arguments.jobs
    )


def _lint(arguments: argparse.Namespace) -> int:
    from .validate import load_tree

    tree = load_tree(arguments.spec)
    for diagnostic in sorted(set(tree.diagnostics) | set(tree.notes)):
        print(diagnostic, file=sys.stderr)
    if tree.diagnostics:
        print(f"{len(set(tree.diagnostics))} problem(s) found", file=sys.stderr)
        return 1
    operations = sum(len(service.operations) for service in tree.services)
    print(f"ok: {len(tree.services)} service(s), {operations} operation(s)")
    return 0


def _load_plugins(arguments: argparse.Namespace) -> None:
    """Import each ``--plugin`` module; importing it registers its protocol."""
    import importlib

    for name in arguments.plugin:
        try:
            importlib.import_module(name)
        except ImportError as error:
            raise PluginError(f"cannot import plug-in module {name!r}: {error}")


class PluginError(Exception):
    """A ``--plugin`` module could not be loaded."""


def _distribution(arguments: argparse.Namespace) -> Distribution | None:
    if arguments.package is None:
        if arguments.package_version is not None:
            raise PackageNameError("--package-version needs --package")
        return None
    return Distribution(
        check_package_name(arguments.package), arguments.package_version
    )


class OutputError(Exception):
    """The output folder cannot be used, or a path would leave it."""


def _usable_output(folder: Path) -> None:
    from .paths import output_folder_problem

    problem = output_folder_problem(folder)
    if problem is not None:
        raise OutputError(problem)


def _unchanged_key(arguments: argparse.Namespace) -> str | None:
    """The fingerprint of this generation's inputs; None with --no-cache (cold)."""
    if arguments.no_cache:
        return None
    from . import unchanged

    # Only a --plugin module can bring a template folder of its own: the built-in
    # plug-ins keep theirs in templates/, which the fingerprint covers, so without one
    # the plug-in registry (which loads every target) is not needed here.
    folders: tuple[Path, ...] = ()
    if arguments.plugin:
        from .plugins import template_dirs

        folders = template_dirs()
    options = [
        "generate",
        f"package={arguments.package}",
        f"version={arguments.package_version}",
        *(f"plugin={name}" for name in arguments.plugin),
    ]
    return unchanged.fingerprint(arguments.spec, options, folders, arguments.plugin)


def _generate(arguments: argparse.Namespace) -> int:
    _usable_output(arguments.out)
    _load_plugins(arguments)
    distribution = _distribution(arguments)
    key = _unchanged_key(arguments)
    if key is not None:
        from . import unchanged

        # Nothing to compare with in a new output folder: its record is not read.
        record = (
            unchanged.lookup(arguments.cache_dir, key)
            if arguments.out.is_dir()
            else None
        )
        current = None if record is None else unchanged.on_disk(arguments.out, record)
        if record is not None and current is not None:
            unchanged.refresh(arguments.cache_dir, key, record, current)
            print(
                f"generated {len(record.files)} files into {arguments.out}"
                " (0 written, 0 removed), inputs unchanged"
            )
            return 0
        # A catalog's record is thousands of entries: not held while generating.
        del record, current
    from .outputs import write_files
    from .pipeline import open_stream

    stream = open_stream(arguments.spec, _formatter(arguments), distribution)
    try:
        report = write_files(arguments.out, stream)
    except UnsafePath as error:
        raise OutputError(str(error)) from None
    if key is not None:
        from . import unchanged

        unchanged.store(arguments.cache_dir, key, arguments.out, report.files)
    for line in report.refused:
        print(
            f"{arguments.out}/MANIFEST: not removing {line!r}:"
            " it is not a path inside the output folder",
            file=sys.stderr,
        )
    print(
        f"generated {len(report.files)} files into {arguments.out}"
        f" ({len(report.written)} written, {len(report.removed)} removed)"
    )
    return 0


def _check(arguments: argparse.Namespace) -> int:
    from .outputs import differences
    from .pipeline import open_stream

    _usable_output(arguments.out)
    _load_plugins(arguments)
    stream = open_stream(
        arguments.spec, _formatter(arguments), _distribution(arguments)
    )
    problems = differences(arguments.out, stream)
    for line in problems:
        print(f"{arguments.out}: {line}", file=sys.stderr)
    if problems:
        print(
            f"{len(problems)} file(s) out of date: run `make generate` and commit the result",
            file=sys.stderr,
        )
        return 1
    print(f"ok: {arguments.out} matches {arguments.spec} and the templates")
    return 0


def _import_metadata(arguments: argparse.Namespace) -> int:
    from .importer.cli import run

    return run(arguments.path, arguments.out)


def _import_openapi(arguments: argparse.Namespace) -> int:
    from .importer.openapi_cli import run

    return run(arguments.path, arguments.out)


def _refusals() -> tuple[type[Exception], ...]:
    """Errors that refuse the run with a one-line message (evaluated only when an
    exception is raised, so their modules load only then)."""
    from .formatting import FormattingError
    from .plugins import MissingFacetError

    return (
        FormattingError,
        MissingFacetError,
        PluginError,
        PackageNameError,
        OutputError,
        UnsafePath,
    )


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    handlers = {
        "lint": _lint,
        "generate": _generate,
        "check": _check,
        "import-metadata": _import_metadata,
        "import-openapi": _import_openapi,
    }
    try:
        return handlers[arguments.command](arguments)
    except SpecError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(
            f"{len(error.diagnostics)} problem(s) found; nothing was generated",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        # The output folder cannot be written (permissions, a full disk ...).
        where = f" {error.filename}" if error.filename else ""
        print(f"error: cannot write{where}: {error.strerror}", file=sys.stderr)
        return 2
    except _refusals() as error:  # none of them is an OSError
        print(f"error: {error}; nothing was generated", file=sys.stderr)
        return 2
