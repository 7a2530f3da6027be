"""Service names, hosts and addresses that used to pass lint and then break or leak."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.importer.cli import run
from generator.validate import load_tree
from tests.hostile.conftest import Workspace, assert_refused
from tests.importer.builders import api_docs, import_docs, operation


@pytest.mark.parametrize("product", ["tests", "docs", "openapi"])
def test_a_product_named_like_a_shared_output_folder_is_refused(
    workspace: Workspace, product: str
) -> None:
    workspace.edit(workspace.service, "product: demo", f"product: {product}")
    assert_refused(workspace.lint(), f"product '{product}' is the name of a folder")
    assert_refused(workspace.generate())
    assert not workspace.out.exists()


def test_two_services_with_one_product_are_refused(workspace: Workspace) -> None:
    shutil.copytree(workspace.spec / "demo", workspace.spec / "again")
    workspace.edit(
        workspace.spec / "again" / "2020-01-01" / "service.yaml",
        'api_version: "2020-01-01"',
        'api_version: "2021-01-01"',
    )
    assert_refused(workspace.lint(), "product 'demo' is already the product")
    assert_refused(workspace.generate())


@pytest.mark.parametrize("package", ["class", "import", "_private", "tests"])
def test_a_package_python_cannot_import_is_refused(
    workspace: Workspace, package: str
) -> None:
    workspace.edit(
        workspace.service, "product: demo", f"product: demo\n  package: {package}"
    )
    assert_refused(workspace.lint(), f"package '{package}'")


@pytest.mark.parametrize(
    "key,value",
    [
        ("global", '\'evil.com/"); import os; os.system("id"); ("\''),
        ("global", "'demo.example.com\\n'"),
        ("global", "'https://demo.example.com'"),
        ("regional", "'demo.{region_id}.example.com/\"); x'"),
    ],
)
def test_an_endpoint_that_is_not_a_host_name_is_refused(
    workspace: Workspace, key: str, value: str
) -> None:
    old = {
        "global": "global: demo.example.com",
        "regional": 'regional: "demo.{region_id}.example.com"',
    }[key]
    workspace.edit(workspace.service, old, f"{key}: {value}")
    assert_refused(workspace.lint(), f"endpoints/{key}")
    assert_refused(workspace.generate())
    assert not workspace.out.exists()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "'https://example.com/\"><script>x</script>'",
        "'https://example.com/ page'",
        "data:text/html,x",
    ],
)
def test_a_debug_url_that_is_not_a_web_address_is_refused(
    workspace: Workspace, url: str
) -> None:
    workspace.edit(workspace.ping, "name: Ping", f"name: Ping\n  debug_url: {url}")
    assert_refused(workspace.lint(), "debug_url")


def test_a_plain_debug_url_is_accepted(workspace: Workspace) -> None:
    workspace.edit(
        workspace.ping,
        "name: Ping",
        "name: Ping\n  debug_url: https://api.aliyun.com/api/Demo/2020-01-01/Ping?x=1#a",
    )
    result = workspace.lint()
    assert result.returncode == 0, result.stderr


def test_the_importer_drops_endpoints_that_are_not_host_names(
    tmp_path: Path, capsys: Any
) -> None:
    endpoints = [
        {"regionId": "cn-a", "endpoint": 'evil.com/"); import os; ("'},
        {"regionId": "cn-b", "endpoint": "demo.cn-b.example.com"},
    ]
    imported = import_docs(
        tmp_path, api_docs({"Get": operation()}, endpoints=endpoints), capsys
    )
    assert imported.code == 0, imported.stderr
    assert "evil" not in str(imported.service()["endpoints"])
    assert any("is not a host name" in note for note in imported.notes())
    assert imported.lint() == []


def test_the_importer_renames_a_product_named_like_an_output_folder(
    tmp_path: Path, capsys: Any
) -> None:
    document = api_docs({"Get": operation()})
    document["info"]["product"] = "Tests"
    source = tmp_path / "api-docs.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    assert run(source, tmp_path / "spec") == 0
    assert (tmp_path / "spec" / "tests_api").is_dir()
    assert load_tree(tmp_path / "spec").diagnostics == []
