"""Malformed OpenAPI documents end in a clear error naming where, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.importer.openapi import import_openapi
from generator.importer.openapi_source import OpenApiError
from tests.conftest import PROJECT

BASE: dict[str, Any] = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}}
OK = {"description": "ok"}
BROKEN = [
    ({"paths": []}, "/paths: [] is not of type 'object'"),
    ({"paths": {"/x": {"get": {"responses": []}}}}, "/paths/~1x/get/responses"),
    ({"paths": {"/x": {"get": {"parameters": "oops", "responses": {}}}}}, "parameters"),
    ({"paths": {"/x": {"get": {"responses": {"200": 3}}}}}, "/responses/200"),
    ({"servers": [{"description": "no url"}]}, "/servers/0: 'url' is a required"),
    ({"openapi": "2.0"}, "versions 3.0.x and 3.1.x are read"),
    (
        {
            "paths": {
                "/x": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "d",
                                "content": {
                                    "application/json": {
                                        "schema": {"properties": {"a": 5}}
                                    }
                                },
                            }
                        }
                    }
                }
            }
        },
        "a schema must be an object",
    ),
    (
        {"paths": {"/x": {"get": {"responses": {"200": {"$ref": "#/nowhere"}}}}}},
        "names nothing",
    ),
    (
        {"paths": {"/x": {"get": {"responses": {"200": {"$ref": "https://e.com/a"}}}}}},
        "remote reference",
    ),
]


@pytest.mark.parametrize(("change", "message"), BROKEN)
def test_a_malformed_document_is_named_and_refused(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    document = tmp_path / "doc.json"
    document.write_text(json.dumps({**BASE, **change}))
    with pytest.raises(OpenApiError) as raised:
        import_openapi(document)
    assert message in str(raised.value)
    assert str(document.resolve()) in str(raised.value) or str(document) in str(
        raised.value
    )


def test_broken_yaml_is_reported_at_its_line_and_column(tmp_path: Path) -> None:
    document = tmp_path / "doc.yaml"
    document.write_text("openapi: 3.0.0\ninfo: {title: T\npaths: {}\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "import-openapi",
            str(document),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert f"{document.resolve()}:3:" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_counts_and_skips(tmp_path: Path) -> None:
    document = tmp_path / "doc.json"
    raw = {
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        },
        "responses": {"200": OK},
    }
    paths = {
        "/upload": {"post": raw},
        "/ping": {"get": {"responses": {"204": OK}}},
    }
    document.write_text(json.dumps({**BASE, "paths": paths}))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "import-openapi",
            str(document),
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stdout.strip() == "imported 1 operations, 1 skipped"
    assert (
        "PostUpload: /requestBody: request body of media type application/octet-stream"
        in (result.stderr)
    )
    assert "PostUpload: skipped" in result.stderr


def test_operations_the_spec_cannot_route_are_skipped_not_fatal(tmp_path: Path) -> None:
    document = tmp_path / "doc.json"
    one = {"responses": {"204": OK}}
    path_parameter = {
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {"204": OK},
    }
    paths = {
        "/a/{id}": {"get": {**path_parameter, "operationId": "getA"}},
        "/a/{other}": {
            "get": {
                **path_parameter,
                "operationId": "getAgain",
                "parameters": [
                    {**path_parameter["parameters"][0], "name": "other"}  # type: ignore[index]
                ],
            }
        },
        "/b/{missing}": {"get": {**one, "operationId": "getB"}},
    }
    document.write_text(json.dumps({**BASE, "paths": paths}))
    result = import_openapi(document)
    assert result.imported == ["GetA"]
    assert sorted(result.skipped) == ["GetAgain", "GetB"]
    notes = [str(note) for note in result.notes]
    assert any("GET /a/{other} is the route of GetA too" in n for n in notes)
    assert any("path variable {missing} has no path parameter" in n for n in notes)
    spec = tmp_path / "spec"
    from generator.importer.files import write_result
    from generator.importer.openapi import OPENAPI_HEADER
    from generator.pipeline import load_services

    write_result(spec, result, OPENAPI_HEADER)
    (service,) = load_services(spec)  # what was written passes lint
    assert [op.name for op in service.operations] == ["GetA"]
