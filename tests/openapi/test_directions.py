"""``readOnly`` members are not request arguments and ``writeOnly`` members are not read
from answers, where the direction is known (a body's or an answer's own members)."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from generator.importer.openapi import import_openapi

ITEM = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string"},
        "password": {"type": "string", "writeOnly": True},
    },
}


def test_each_direction_keeps_its_own_members(tmp_path: Path) -> None:
    document = tmp_path / "doc.json"
    ref = {"$ref": "#/components/schemas/Item"}
    operation = {
        "operationId": "addItem",
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": ref}},
        },
        "responses": {
            "200": {
                "description": "d",
                "content": {"application/json": {"schema": ref}},
            }
        },
    }
    document.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "Items", "version": "1"},
                "paths": {"/items": {"post": operation}},
                "components": {"schemas": {"Item": ITEM}},
            }
        )
    )
    result = import_openapi(document)
    written = yaml.safe_load(result.files["operations/AddItem.yaml"])["operation"]
    assert sorted(written["input"]["members"]) == ["name", "password"]
    assert sorted(written["output"]["members"]) == ["id", "name"]
    assert "_access" not in json.dumps(written) + result.files["service.yaml"]
    notes = [str(n) for n in result.notes]
    assert any(
        "/requestBody/schema/properties/id: readOnly: not a request" in n for n in notes
    )
    assert any("password: writeOnly: not read from the answer" in n for n in notes)


def test_every_spelling_of_null_makes_a_nullable_member(tmp_path: Path) -> None:
    """3.0's ``nullable``, 3.1's ``type`` list and a null variant beside a ``$ref``;
    a null elsewhere (a list's item) is refused with a note."""
    schemas = {
        "Tag": {"type": "object", "properties": {"key": {"type": "string"}}},
        "Item": {
            "type": "object",
            "required": ["old"],
            "properties": {
                "old": {"type": "string", "nullable": True},
                "new": {"type": ["integer", "null"]},
                "tag": {
                    "oneOf": [{"$ref": "#/components/schemas/Tag"}, {"type": "null"}]
                },
                "plain": {"type": "string"},
                "items": {"type": "array", "items": {"type": ["string", "null"]}},
            },
        },
    }
    document = tmp_path / "doc.yaml"
    document.write_text(
        yaml.safe_dump(
            {
                "openapi": "3.0.3",
                "info": {"title": "Items", "version": "1"},
                "paths": {
                    "/items": {
                        "get": {
                            "operationId": "getItem",
                            "responses": {
                                "200": {
                                    "description": "d",
                                    "content": {
                                        "application/json": {
                                            "schema": {
                                                "$ref": "#/components/schemas/Item"
                                            },
                                            "example": {"old": None, "plain": "x"},
                                        }
                                    },
                                }
                            },
                        }
                    }
                },
                "components": {"schemas": schemas},
            }
        )
    )
    result = import_openapi(document)
    written = yaml.safe_load(result.files["operations/GetItem.yaml"])["operation"]
    members = written["output"]["members"]
    assert members["old"] == {"type": "string", "nullable": True, "required": True}
    assert members["new"]["nullable"] is True and members["new"]["type"] == "integer"
    assert members["tag"] == {"ref": "Tag", "nullable": True}
    assert "nullable" not in members["plain"]
    body = json.loads(written["examples"]["responses"][0]["body"])
    assert body == {"old": None, "plain": "x"}  # a nullable member's null is kept
    notes = [str(n) for n in result.notes]
    assert any("items/items: nullable: only an object's members" in n for n in notes)
    assert result.skipped == []


def test_inline_variants_are_named_after_their_place(tmp_path: Path) -> None:
    """A union as a whole body: its inline object variants become named shapes."""
    variant = {
        "type": "object",
        "required": ["size"],
        "properties": {"size": {"type": "integer"}},
    }
    body = {"oneOf": [variant, {"type": "string"}]}
    document = tmp_path / "doc.json"
    document.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "Pets", "version": "1"},
                "paths": {
                    "/pets": {
                        "post": {
                            "operationId": "addPet",
                            "requestBody": {
                                "required": True,
                                "content": {"application/json": {"schema": body}},
                            },
                            "responses": {"204": {"description": "added"}},
                        }
                    }
                },
            }
        )
    )
    result = import_openapi(document)
    assert result.skipped == []
    shapes = yaml.safe_load(result.files["service.yaml"])["service"]["shapes"]
    assert shapes["AddPetOneOf0"]["members"]["size"]["type"] == "integer"
    written = yaml.safe_load(result.files["operations/AddPet.yaml"])["operation"]
    union = written["input"]["members"]["body"]
    assert union["type"] == "union" and union["match"] == "one"
    assert union["variants"] == [{"ref": "AddPetOneOf0"}, {"type": "string"}]
