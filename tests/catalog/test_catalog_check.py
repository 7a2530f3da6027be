"""``python -m generator.catalog_check`` (``make catalog-check``) over real metadata.

STS, the smallest product in ``../shared/data``, goes through every step here: import,
generation as its own package, ``mypy --strict`` and its generated example tests. The
whole folder (ECS alone is 347 operations, some twenty minutes on two cores) runs when
``CATALOG_CHECK_ALL=1`` is set. Both read the metadata in place and skip, saying why,
where it is absent.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.catalog_check import (
    ProductResult,
    junit_counts,
    metadata_files,
    package_name,
    total_line,
)
from tests.conftest import PROJECT, SHARED

DATA = SHARED / "data"
STS = DATA / "sts-2015-04-01.api-docs.json"
LINE = re.compile(
    r"^(?P<product>\S+) (?P<version>\S+): imported (?P<imported>\d+)/(?P<total>\d+),"
    r" mypy (?P<mypy>ok|failed|not run), tests (?P<passed>\d+)/(?P<tests>\d+)$"
)


def _check(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator.catalog_check", str(folder), *extra],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.skipif(
    not STS.is_file(), reason=f"{STS} is absent: the catalog check needs real metadata"
)
def test_sts_goes_through_every_step(tmp_path: Path) -> None:
    folder = tmp_path / "metadata"
    folder.mkdir()
    shutil.copy(STS, folder)
    work = tmp_path / "work"
    result = _check(folder, "--work", str(work), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    product_line, total = result.stdout.splitlines()
    found = LINE.match(product_line)
    assert found, product_line
    assert found["product"] == "Sts" and found["version"] == "2015-04-01"
    assert found["imported"] == found["total"] == "4"
    assert found["mypy"] == "ok"
    assert int(found["tests"]) > 0 and found["passed"] == found["tests"]
    assert total.startswith("total: 1 products (1 ok), imported 4/4, mypy ok 1/1")
    # Each product is its own package, under its own import root.
    assert (work / "sts-2015-04-01/project/src/acs_sts/sts/client.py").is_file()
    assert (work / "sts-2015-04-01/project/pyproject.toml").is_file()


@pytest.mark.skipif(
    not STS.is_file(), reason=f"{STS} is absent: the catalog check needs real metadata"
)
def test_a_broken_file_fails_the_check_and_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "metadata"
    folder.mkdir()
    (folder / "broken-2020-01-01.api-docs.json").write_text('{"info": ', "utf-8")
    result = _check(folder, "--quiet")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "broken-2020-01-01 -: imported 0/0, mypy not run, tests not run",
        "total: 1 products (0 ok), imported 0/0, mypy ok 0/1, tests 0/0",
    ]
    assert "broken-2020-01-01.api-docs.json: import:" in result.stderr
    assert "not valid JSON" in result.stderr


def test_a_folder_without_metadata_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    result = _check(tmp_path)
    assert result.returncode == 2
    assert "no *.api-docs.json files" in result.stderr
    assert metadata_files(tmp_path) == []


@pytest.mark.skipif(
    os.environ.get("CATALOG_CHECK_ALL") != "1",
    reason="the whole ../shared/data catalog takes some twenty minutes;"
    " CATALOG_CHECK_ALL=1 runs it",
)
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_every_product_in_the_shared_data_passes(tmp_path: Path) -> None:
    result = _check(DATA, "--quiet", "--work", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr[-5000:]
    lines = result.stdout.splitlines()
    assert len(lines) == len(metadata_files(DATA)) + 1
    for line in lines[:-1]:
        found = LINE.match(line)
        assert found and found["imported"] == found["total"], line
        assert found["mypy"] == "ok" and found["passed"] == found["tests"], line


def _result(**fields: object) -> ProductResult:
    base: dict[str, object] = dict(
        source=Path("x.api-docs.json"),
        product="X",
        version="2020-01-01",
        imported=4,
        operations=4,
        generated=True,
        mypy_ok=True,
        tests_passed=7,
        tests_total=7,
    )
    base.update(fields)
    return ProductResult(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {"imported": 3},
        {"mypy_ok": False},
        {"tests_passed": 6},
        {"tests_passed": 0, "tests_total": 0},
        {"generated": False},
        {"problems": ["tests: 1 failed"]},
    ],
)
def test_any_lost_operation_or_failed_step_is_a_failure(
    fields: dict[str, object],
) -> None:
    assert _result().ok
    assert not _result(**fields).ok


def test_lines_and_total() -> None:
    results = [
        _result(),
        _result(product="Y", imported=3, mypy_ok=False, tests_passed=5),
    ]
    assert [item.line() for item in results] == [
        "X 2020-01-01: imported 4/4, mypy ok, tests 7/7",
        "Y 2020-01-01: imported 3/4, mypy failed, tests 5/7",
    ]
    assert total_line(results) == (
        "total: 2 products (1 ok), imported 7/8, mypy ok 1/2, tests 12/14"
    )


def test_junit_counts(tmp_path: Path) -> None:
    report = tmp_path / "report.xml"
    report.write_text(
        '<testsuites><testsuite tests="10" failures="1" errors="2" skipped="3"/>'
        '<testsuite tests="5" failures="0" errors="0" skipped="0"/></testsuites>',
        "utf-8",
    )
    assert junit_counts(report) == (9, 15, 3)


def test_package_names() -> None:
    assert package_name("Ecs") == "acs_ecs"
    assert package_name("CS") == "acs_cs"
    assert package_name("Open-Search") == "acs_open_search"
