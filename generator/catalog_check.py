"""``python -m generator.catalog_check DIR``: every product in a folder of metadata, end
to end.

Each ``*.api-docs.json`` file in ``DIR`` is imported, generated as its own installable
project (import root ``acs_<product>``, so products never share a package), checked with
``mypy --strict`` and put through its own generated example tests. One line per product::

    Ecs 2014-05-26: imported 347/347, mypy ok, tests 1104/1104

then a total. The exit status is 1 when any product lost an operation, failed a step or
failed a test; 2 when the folder holds no metadata at all.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from .importer.apidocs import MetadataError, read_api_docs
from .importer.convert import import_api_docs
from .importer.files import ForeignFiles, UnsafeOutput, write_result

PATTERN = "*.api-docs.json"
# Output kept per failed step, enough to see what broke without flooding the terminal.
_TAIL = 4000


@dataclass
class ProductResult:
    """What happened to one metadata file; ``None`` marks a step that did not run."""

    source: Path
    product: str = "?"
    version: str = "?"
    imported: int = 0
    operations: int = 0
    generated: bool | None = None
    mypy_ok: bool | None = None
    tests_passed: int = 0
    tests_total: int = 0
    tests_skipped: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            not self.problems
            and self.operations > 0
            and self.imported == self.operations
            and self.generated is True
            and self.mypy_ok is True
            and self.tests_total > 0
            and self.tests_passed == self.tests_total - self.tests_skipped
        )

    def line(self) -> str:
        mypy = {True: "ok", False: "failed", None: "not run"}[self.mypy_ok]
        tests = (
            f"tests {self.tests_passed}/{self.tests_total}"
            if self.generated
            else "tests not run"
        )
        if self.tests_skipped:
            tests += f" ({self.tests_skipped} skipped)"
        text = (
            f"{self.product} {self.version}: imported {self.imported}/"
            f"{self.operations}, mypy {mypy}, {tests}"
        )
        if self.generated is False:
            text += ", generation failed"
        return text


def package_name(product: str) -> str:
    """The import root a product is generated under: ``Ecs`` -> ``acs_ecs``."""
    return "acs_" + (re.sub(r"\W+", "_", product.lower()).strip("_") or "product")


def metadata_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.glob(PATTERN) if path.is_file())


def _tail(text: str) -> str:
    return text if len(text) <= _TAIL else "..." + text[-_TAIL:]


def _run(
    argv: Sequence[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[int, str]:
    completed = subprocess.run(
        list(argv), cwd=cwd, env=env, capture_output=True, text=True, check=False
    )
    return completed.returncode, completed.stdout + completed.stderr


def junit_counts(report: Path) -> tuple[int, int, int]:
    """``(passed, total, skipped)`` from a pytest JUnit XML report."""
    root = ElementTree.parse(report).getroot()
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    total = failed = skipped = 0
    for suite in suites:
        total += int(suite.get("tests", "0"))
        failed += int(suite.get("failures", "0")) + int(suite.get("errors", "0"))
        skipped += int(suite.get("skipped", "0"))
    return total - failed - skipped, total, skipped


def _environment(path_entry: Path) -> dict[str, str]:
    import os

    env = dict(os.environ)
    # The generated project's sources, and nothing of this repository: the tests must
    # pass against the package as it would be installed.
    env["PYTHONPATH"] = str(path_entry)
    env.pop("PYTHONSTARTUP", None)
    return env


def check_product(
    source: Path,
    work: Path,
    generate_options: Sequence[str] = (),
    log: Callable[[str], None] = lambda text: None,
) -> ProductResult:
    """Import, generate, type-check and test one metadata file inside ``work``."""
    started = time.monotonic()
    # Until the file is read, the product is known by its file name.
    result = ProductResult(source, source.name.removesuffix(".api-docs.json"), "-")
    try:
        docs = read_api_docs(source)
    except MetadataError as error:
        result.problems.append(f"import: {error}")
        return result
    result.product, result.version = docs.product, docs.version
    result.operations = len(docs.apis)
    imported = import_api_docs(docs)
    result.imported = len(imported.imported)
    for name in imported.skipped:
        result.problems.append(f"import: {name}: skipped")
    if not imported.files:
        result.problems.append("import: nothing to generate")
        return result
    spec = work / "spec"
    project = work / "project"
    try:
        write_result(spec, imported)
    except (ForeignFiles, UnsafeOutput, OSError) as error:
        result.problems.append(f"import: cannot write {spec}: {error}")
        return result
    package = package_name(docs.product)
    python = sys.executable
    code, output = _run(
        [
            python,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(project),
            "--package",
            package,
            *generate_options,
        ],
        cwd=Path(__file__).resolve().parent.parent,
    )
    result.generated = code == 0
    if code != 0:
        result.problems.append(f"generate:\n{_tail(output)}")
        result.seconds = time.monotonic() - started
        return result
    log(f"{result.product} {result.version}: generated; running mypy --strict")
    sources = project / "src"
    env = _environment(sources)
    code, output = _run(
        [
            python,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(work / "mypy-cache"),
            package,
        ],
        cwd=sources,
        env=env,
    )
    result.mypy_ok = code == 0
    if code != 0:
        result.problems.append(f"mypy --strict:\n{_tail(output)}")
    log(f"{result.product} {result.version}: running the generated tests")
    report = work / "tests.xml"
    code, output = _run(
        [
            python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            "tests",
        ],
        cwd=project,
        env=env,
    )
    if report.is_file():
        (
            result.tests_passed,
            result.tests_total,
            result.tests_skipped,
        ) = junit_counts(report)
    if code != 0:
        result.problems.append(f"tests:\n{_tail(output)}")
    result.seconds = time.monotonic() - started
    return result


def total_line(results: Sequence[ProductResult]) -> str:
    imported = sum(item.imported for item in results)
    operations = sum(item.operations for item in results)
    passed = sum(item.tests_passed for item in results)
    tests = sum(item.tests_total for item in results)
    typed = sum(1 for item in results if item.mypy_ok)
    good = sum(1 for item in results if item.ok)
    return (
        f"total: {len(results)} products ({good} ok), imported {imported}/{operations},"
        f" mypy ok {typed}/{len(results)}, tests {passed}/{tests}"
    )


def check_catalog(
    folder: Path,
    work: Path,
    generate_options: Sequence[str] = (),
    out: Callable[[str], None] = print,
    log: Callable[[str], None] = lambda text: None,
) -> list[ProductResult]:
    results = []
    for source in metadata_files(folder):
        log(f"{source.name}: importing")
        scratch = work / source.name.removesuffix(".api-docs.json")
        result = check_product(source, scratch, generate_options, log)
        results.append(result)
        out(result.line())
    return results


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m generator.catalog_check",
        description="Import, generate, type-check and test every product in a folder"
        f" of Alibaba api-docs metadata ({PATTERN}).",
    )
    parser.add_argument("folder", type=Path, help="folder of api-docs files")
    parser.add_argument(
        "--work",
        type=Path,
        help="keep each product's spec and project here (default: a temporary"
        " folder, removed afterwards)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="generate without the formatting cache",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no progress lines on stderr"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = _arguments(argv)
    if not metadata_files(arguments.folder):
        print(f"error: no {PATTERN} files in {arguments.folder}", file=sys.stderr)
        return 2

    def log(text: str) -> None:
        if not arguments.quiet:
            print(text, file=sys.stderr, flush=True)

    options = ["--no-cache"] if arguments.no_cache else []
    work = arguments.work or Path(tempfile.mkdtemp(prefix="catalog-check-"))
    try:
        results = check_catalog(
            arguments.folder,
            work,
            options,
            out=lambda line: print(line, flush=True),
            log=log,
        )
    finally:
        if arguments.work is None:
            shutil.rmtree(work, ignore_errors=True)
    for item in results:
        for problem in item.problems:
            print(f"{item.source.name}: {problem}", file=sys.stderr)
    print(total_line(results))
    return 0 if all(item.ok for item in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
