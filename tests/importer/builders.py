"""Small synthetic api-docs documents, written for these tests, and ways to run them."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.importer.cli import run
from generator.validate import load_tree
from tests.conftest import PROJECT

PRODUCT = "demo"
VERSION = "2020-01-01"


def parameter(name: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    given = {key: value for key, value in extra.items() if value is not None}
    return {"name": name, "in": "query", **given, "schema": schema}


def operation(
    parameters: list[dict[str, Any]] | None = None,
    properties: dict[str, Any] | None = None,
    demos: list[dict[str, str]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    response_properties = {
        "RequestId": {"type": "string", "description": "请求ID。", "example": "R-1"}
    }
    response_properties.update(properties or {})
    api: dict[str, Any] = {
        "methods": ["post", "get"],
        "schemes": ["http", "https"],
        "security": [{"AK": []}],
        "parameters": parameters or [],
        "responses": {
            "200": {"schema": {"type": "object", "properties": response_properties}}
        },
        "title": "演示",
        "summary": "演示接口。",
    }
    if demos is not None:
        api["responseDemo"] = json.dumps(demos)
    api.update(extra)
    return api


def api_docs(
    apis: dict[str, Any],
    *,
    schemas: dict[str, Any] | None = None,
    endpoints: list[dict[str, str]] | None = None,
    style: str = "RPC",
) -> dict[str, Any]:
    return {
        "version": "1.0",
        "info": {"style": style, "product": PRODUCT, "version": VERSION},
        "directories": [],
        "components": {"schemas": schemas or {}},
        "apis": apis,
        "endpoints": (
            endpoints
            if endpoints is not None
            else [
                {"regionId": "cn-a", "endpoint": f"{PRODUCT}.cn-a.example.com"},
                {"regionId": "cn-b", "endpoint": f"{PRODUCT}.cn-b.example.com"},
            ]
        ),
    }


@dataclass
class Imported:
    code: int
    stdout: str
    stderr: str
    spec: Path

    @property
    def folder(self) -> Path:
        return self.spec / PRODUCT / VERSION

    def operation(self, name: str) -> dict[str, Any]:
        path = self.folder / "operations" / f"{name}.yaml"
        data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        found: dict[str, Any] = data["operation"]
        return found

    def service(self) -> dict[str, Any]:
        text = (self.folder / "service.yaml").read_text(encoding="utf-8")
        data: dict[str, Any] = yaml.safe_load(text)
        found: dict[str, Any] = data["service"]
        return found

    def notes(self) -> list[str]:
        return self.stderr.splitlines()

    def lint(self) -> list[str]:
        """Every problem the linter finds in the imported spec."""
        return [str(diagnostic) for diagnostic in load_tree(self.spec).diagnostics]


def import_docs(
    tmp_path: Path, document: dict[str, Any], capsys: Any, out: str = "spec"
) -> Imported:
    source = tmp_path / "api-docs.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    spec = tmp_path / out
    code = run(source, spec)
    captured = capsys.readouterr()
    return Imported(code, captured.out, captured.err, spec)


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
