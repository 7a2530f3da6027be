"""The emitted JSON Schemas: valid draft 2020-12, loadable, deterministic, and true to
every documented example and to the rules of the spec."""

from __future__ import annotations

import importlib
import json
import tomllib
from collections.abc import Iterator
from fnmatch import fnmatch
from types import ModuleType
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.targets.json_schema import operation_schemas
from generator.targets.schema_files import schema_text
from tests.conftest import PROJECT
from tests.validators.oracle import reference_validator
from tests.validators.specs import GeneratedOperation, operations

OPERATIONS = list(operations())
PARTS = ("request", "response")


def _schemas(generated: GeneratedOperation) -> dict[str, dict[str, Any]]:
    module = importlib.import_module(f"{generated.package}.schemas")
    return {part: module.load(generated.operation.name, part) for part in PARTS}


def _documented_examples(generated: GeneratedOperation) -> Iterator[tuple[str, Any]]:
    """``(part, wire data)`` of every example in the spec: request inputs, JSON bodies,
    and XML bodies read the way the client reads them."""
    from generated.vod._runtime.xml_decode import decode_xml

    operation = generated.operation
    for request in operation.examples.requests:
        yield "request", request.input
    models = generated.module("models")
    descriptor = getattr(models, f"_XML_{operation.output.class_name}")
    for response in operation.examples.responses:
        if response.format == "json":
            yield "response", json.loads(response.body)
        else:
            yield "response", decode_xml(response.body, descriptor)


def _subschemas_with_examples(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("examples"), list):
            yield path, node
        for key, value in node.items():
            if key != "examples":
                yield from _subschemas_with_examples(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _subschemas_with_examples(value, f"{path}/{index}")


@pytest.mark.parametrize("generated", OPERATIONS, ids=str)
def test_every_schema_is_valid_draft_2020_12(generated: GeneratedOperation) -> None:
    for part, schema in _schemas(generated).items():
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"{generated.operation.name}.{part}.json"


@pytest.mark.parametrize("generated", OPERATIONS, ids=str)
def test_every_documented_example_matches_its_schema(
    generated: GeneratedOperation,
) -> None:
    schemas = _schemas(generated)
    examples = list(_documented_examples(generated))
    assert {part for part, _ in examples} == set(PARTS)
    for part, data in examples:
        errors = [
            e.message for e in reference_validator(schemas[part]).iter_errors(data)
        ]
        assert errors == [], (part, data)
        # The generated validators agree.
        validate = getattr(generated.module("validators"), f"validate_{part}")
        assert validate(data) == []


@pytest.mark.parametrize("generated", OPERATIONS, ids=str)
def test_examples_inside_schemas_match_the_subschema_that_holds_them(
    generated: GeneratedOperation,
) -> None:
    for part, schema in _schemas(generated).items():
        found = list(_subschemas_with_examples(schema))
        assert found, "the spec's examples are carried into the schema"
        for path, subschema in found:
            # Checked inside its document, so that references to $defs resolve.
            wrapper = {
                "$schema": schema["$schema"],
                "$id": schema["$id"],
                "$defs": schema.get("$defs", {}),
                **{k: v for k, v in subschema.items() if not k.startswith("$")},
            }
            validator = reference_validator(wrapper)
            for example in subschema["examples"]:
                assert list(validator.iter_errors(example)) == [], (part, path)


@pytest.mark.parametrize("generated", OPERATIONS, ids=str)
def test_files_hold_exactly_what_operation_schemas_builds(
    generated: GeneratedOperation,
) -> None:
    built = operation_schemas(generated.operation)
    again = operation_schemas(generated.operation)
    folder = PROJECT / "generated" / generated.service.package / "schemas"
    for part, schema, twin in zip(PARTS, built, again):
        text = schema_text(schema)
        assert text == schema_text(twin)
        raw = (folder / f"{generated.operation.name}.{part}.json").read_bytes()
        assert raw == text.encode("utf-8")
        assert raw.endswith(b"}\n")
    request_text = (folder / f"{generated.operation.name}.request.json").read_text(
        encoding="utf-8"
    )
    title = generated.operation.title.zh
    assert title, "every project operation has a Chinese title"
    assert title in request_text, "Chinese text is kept as UTF-8, not \\u escapes"


def test_get_ai_image_jobs_rules_are_spelled_out() -> None:
    from generated.vod import schemas

    request = schemas.load("GetAIImageJobs", "request")
    job_ids = request["properties"]["JobIds"]
    assert request["required"] == ["JobIds"]
    assert (job_ids["type"], job_ids["minItems"], job_ids["maxItems"]) == (
        "array",
        1,
        10,
    )
    assert job_ids["items"]["pattern"] == "^[^,]+$"

    response = schemas.load("GetAIImageJobs", "response")
    job = response["$defs"]["AIImageJob"]["properties"]
    assert response["properties"]["AIImageJobList"]["items"] == {
        "$ref": "#/$defs/AIImageJob"
    }
    assert job["Status"]["enum"] == ["success", "fail"]
    assert job["CreationTime"]["format"] == "date-time"
    user_data = job["UserData"]
    assert user_data["maxLength"] == 512
    assert user_data["x-maxBytes"] == 512
    assert "x-maxBytes" in user_data["description"]
    assert user_data["contentMediaType"] == "application/json"
    assert user_data["contentSchema"] == {"$ref": "#/$defs/UserData"}
    assert response["$defs"]["UserData"]["anyOf"] == [
        {"required": ["MessageCallback"]},
        {"required": ["Extend"]},
    ]
    assert job["AIImageResult"]["contentSchema"]["items"] == {
        "$ref": "#/$defs/AIImageResultItem"
    }
    assert response["title"].endswith("Query AI image jobs (查询AI图片任务列表)")


def test_stock_validators_see_the_standard_rules() -> None:
    """Without our extension, jsonschema still enforces everything standard."""
    from generated.vod import schemas

    validator = Draft202012Validator(schemas.load("GetAIImageJobs", "request"))
    assert validator.is_valid({"JobIds": ["a"]})
    assert not validator.is_valid({"JobIds": [f"j{i}" for i in range(11)]})
    assert not validator.is_valid({"JobIds": ["a,b"]})
    assert not validator.is_valid({})


def test_load_refuses_unknown_names_and_returns_fresh_copies() -> None:
    from generated.vod import schemas

    assert schemas.OPERATIONS == ("GetAIImageJobs", "ListAppInfo")
    first = schemas.load("GetAIImageJobs", "request")
    first["title"] = "changed"
    assert schemas.load("GetAIImageJobs", "request")["title"] != "changed"
    with pytest.raises(KeyError, match="no operation named"):
        schemas.load("NoSuchOperation", "request")
    with pytest.raises(ValueError, match="part must be one of"):
        schemas.load("GetAIImageJobs", "requests")


def test_package_data_ships_the_schema_files() -> None:
    config = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    folder = PROJECT / "generated" / "vod" / "schemas"
    assert (folder / "__init__.py").is_file(), "schemas/ is a package"
    for path in folder.glob("*.json"):
        assert any(fnmatch(path.name, pattern) for pattern in patterns), path.name
    assert any(fnmatch("README.md", pattern) for pattern in patterns)


def test_stock_date_time_check_accepts_a_trailing_newline() -> None:
    """Pins the upstream quirk the reference validator corrects (see oracle.py)."""
    from jsonschema import FormatChecker

    assert FormatChecker().conforms("2020-10-15T03:30:03Z\n", "date-time")
    assert not FormatChecker().conforms("2020-10-15T03:30:03", "date-time")


def test_every_facet_becomes_its_keyword(facets_schemas: ModuleType) -> None:
    request = facets_schemas.load("CheckFacets", "request")
    response = facets_schemas.load("CheckFacets", "response")
    for schema in (request, response):
        Draft202012Validator.check_schema(schema)
        for example in schema["examples"]:
            assert reference_validator(schema).is_valid(example)
    members = request["properties"]
    assert members["Ids"]["uniqueItems"] is True
    assert members["Count"] == {
        "type": "integer",
        "format": "int32",
        "minimum": 1,
        "maximum": 100,
    }
    assert (
        members["Ratio"]["exclusiveMinimum"],
        members["Ratio"]["exclusiveMaximum"],
    ) == (0, 1)
    assert members["Level"]["enum"] == [1, 2, 3]
    assert members["Labels"]["additionalProperties"] == {
        "type": "string",
        "maxLength": 5,
    }
    assert members["Options"]["additionalProperties"] is False
    assert members["Options"]["anyOf"] == [
        {"required": ["A"]},
        {"required": ["B", "C"]},
    ]
    # maxLength is the tighter of the character limit and the byte limit.
    assert (members["Note"]["maxLength"], members["Note"]["x-maxBytes"]) == (10, 12)
    assert members["Payload"]["contentSchema"]["required"] == ["Kind"]
    assert members["Anything"] == {}
    assert members["Tags"]["items"] == {"$ref": "#/$defs/Tag"}
    assert request["$defs"]["Tag"]["required"] == ["Key"]
    entry = response["$defs"]["Entry"]["properties"]
    assert entry["Meta"] == {"type": "object", "additionalProperties": {}}
    assert entry["Children"]["contentSchema"]["items"] == {"$ref": "#/$defs/Tag"}


def test_schemas_are_fresh_data_the_caller_may_change() -> None:
    """The OpenAPI export embeds these objects; changing them must not reach the IR."""
    operation = next(g.operation for g in OPERATIONS if g.service.product == "vod")
    request, response = operation_schemas(operation)
    request["examples"][0]["JobIds"].append("changed")
    request["properties"]["JobIds"]["examples"][0].append("changed")
    response["examples"][0]["AIImageJobList"].clear()
    again_request, again_response = operation_schemas(operation)
    assert "changed" not in again_request["examples"][0]["JobIds"]
    assert "changed" not in again_request["properties"]["JobIds"]["examples"][0]
    assert again_response["examples"][0]["AIImageJobList"]
    assert operation.examples.requests[0].input == {
        "JobIds": ["cf08a2c6e11e*****de1711b738b9067"]
    }
