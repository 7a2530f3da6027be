"""Service-level shapes used by several operations: one class each, for the whole service."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "shared_shapes"
ROOT = "shared_shapes_pkg"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("shared")) as base:
        yield base


def module(name: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.shop.{name}")


def test_each_shared_shape_is_declared_once(generated: Path) -> None:
    models = generated / ROOT / "shop" / "models"
    declared = {
        path.name: [
            line.split("(")[0].split()[1]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("class ")
        ]
        for path in sorted(models.glob("*.py"))
        if path.name != "__init__.py"
    }
    assert declared == {
        "_shared.py": ["Colour", "Item", "ItemSize"],
        "list_items.py": ["ListItemsRequest", "ListItemsResponse"],
        "put_item.py": ["PutItemRequest", "PutItemResponse"],
    }


def test_operations_hand_over_the_same_classes(generated: Path) -> None:
    models = module("models")
    put, listed = module("models.put_item"), module("models.list_items")
    assert put.Item is listed.Item is models.Item
    assert models.Colour is listed.Colour and models.ItemSize.__module__.endswith(
        "_shared"
    )
    stored = put.PutItemResponse.from_json(
        '{"RequestId": "R-1", "Stored": {"Sku": "a", "Colour": "red"}}'
    ).stored
    items = listed.ListItemsResponse.from_json(
        '{"RequestId": "R-2", "Items": [{"Sku": "a", "Colour": "red"}]}'
    ).items
    assert stored == items[0]
    assert stored.colour is models.Colour.RED
    request = listed.ListItemsRequest(colour=models.Colour.GREEN)
    assert put.PutItemRequest(item=stored).item is stored
    assert request.colour is models.Colour.GREEN


def test_the_package_is_mypy_strict_clean(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", ROOT],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
