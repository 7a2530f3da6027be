"""ROA (RESTful) products: method and path, parameter locations, bodies and answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.importer.builders import api_docs, import_docs, parameter


def roa_operation(
    method: str,
    path: str,
    parameters: list[dict[str, Any]],
    answer: dict[str, Any] | None,
    demos: list[dict[str, str]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    api: dict[str, Any] = {
        "path": path,
        "methods": [method],
        "schemes": ["https"],
        "security": [{"AK": []}],
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "parameters": parameters,
        "responses": {"200": {"schema": answer} if answer is not None else {}},
        "title": "演示",
    }
    if demos is not None:
        api["responseDemo"] = json.dumps(demos)
    api.update(extra)
    return api


ITEM = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
}


def body(schema: dict[str, Any], name: str = "body", **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "body", **extra, "schema": schema}


def test_locations_bodies_and_answers(tmp_path: Path, capsys: Any) -> None:
    apis = {
        "ModifyThing": roa_operation(
            "put",
            "/things/{ThingId}",
            [
                parameter("ThingId", {"type": "string"}, **{"in": "path"}),
                parameter("dry_run", {"type": "boolean"}),
                parameter(
                    "keep",
                    {"type": "array", "items": {"type": "string"}},
                    style="json",
                ),
                parameter(
                    "ids",
                    {"type": "array", "items": {"type": "string"}},
                    style="simple",
                ),
                parameter("x-trace", {"type": "string"}, **{"in": "header"}),
                body(
                    {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string", "required": True},
                            "ThingId": {"type": "string"},
                            "item": ITEM,
                        },
                    },
                    style="json",
                ),
            ],
            {
                "type": "object",
                "properties": {"request_id": {"type": "string"}},
            },
            [
                {"type": "json", "example": '{"request_id": "R-1"}'},
                {"type": "xml", "example": "<request_id>R-1</request_id>"},
            ],
        ),
        "ListThings": roa_operation(
            "get",
            "/things",
            [],
            {"type": "array", "items": ITEM},
            [{"type": "json", "example": '[{"name": "a", "size": 1}]'}],
        ),
        "PutThings": roa_operation(
            "post",
            "/things",
            [body({"type": "array", "items": ITEM}, name="things")],
            None,
        ),
        "Both": {
            **roa_operation("post", "/both", [], {"type": "string"}),
            "methods": ["post", "delete"],
        },
    }
    result = import_docs(tmp_path, api_docs(apis, style="ROA"), capsys)
    assert result.code == 0, result.stderr
    assert result.stdout.strip() == "imported 4 operations, 0 skipped"
    assert result.lint() == []
    service = result.service()
    assert service["protocol"] == "alibaba-roa"
    assert service["binding"] == {
        "alibaba-roa": {
            "schemes": ["https"],
            "signature_versions": ["v1", "v3"],
            "default_signature_version": "v3",
        }
    }

    modify = result.operation("ModifyThing")
    members = modify["input"]["members"]
    assert list(members) == [
        "ThingId",
        "dry_run",
        "keep",
        "ids",
        "x-trace",
        "name",
        "body_ThingId",
        "item",
    ]
    assert members["ThingId"]["required"] is True
    assert members["name"]["required"] is True
    assert modify["binding"] == {
        "alibaba-roa": {
            "method": "PUT",
            "path": "/things/{ThingId}",
            "parameters": {
                "ids": {"style": "comma"},
                "x-trace": {"in": "header"},
                "name": {"in": "body"},
                "body_ThingId": {"in": "body", "wire_name": "ThingId"},
                "item": {"in": "body"},
            },
        }
    }
    assert [e["format"] for e in modify["examples"]["responses"]] == ["json"]
    notes = result.notes()
    assert (
        "ModifyThing: /ThingId: declared optional, but the path cannot be built"
        " without it; kept required: true"
    ) in notes
    assert (
        "ModifyThing: /responseDemo/1/xml: XML example: the protocol answers in JSON"
        " only; dropped"
    ) in notes
    assert any(
        line.startswith("ModifyThing: /body/ThingId: body field 'ThingId' has the name")
        for line in notes
    )

    listed = result.operation("ListThings")
    assert listed["output"]["members"]["body"]["type"] == "array"
    assert listed["binding"]["alibaba-roa"]["response"] == {"payload": "body"}
    assert listed["examples"]["responses"][0]["body"] == '[{"name": "a", "size": 1}]'

    put = result.operation("PutThings")
    assert put["binding"]["alibaba-roa"]["parameters"] == {"things": {"in": "payload"}}
    assert put["output"] == {"members": {}}

    both = result.operation("Both")
    assert both["binding"]["alibaba-roa"]["method"] == "POST"
    assert (
        "Both: /methods: the operation accepts POST and DELETE; the client sends POST,"
        " the first listed"
    ) in notes


def test_what_cannot_be_sent_is_named(tmp_path: Path, capsys: Any) -> None:
    apis = {
        "NoPath": roa_operation("get", "things", [], None),
        "Unbound": roa_operation(
            "get",
            "/things",
            [parameter("Id", {"type": "string"}, **{"in": "path"})],
            None,
        ),
        "Fine": roa_operation("get", "/fine", [], None),
    }
    result = import_docs(tmp_path, api_docs(apis, style="ROA"), capsys)
    assert result.code == 1
    assert result.stdout.strip() == "imported 1 operations, 2 skipped"
    assert (
        "NoPath: /path: path 'things' is missing or not a usable path template"
        in result.notes()
    )
    assert (
        "Unbound: /Id: a path parameter, but the path '/things' has no '{Id}'"
        in result.notes()
    )
    assert result.lint() == []
