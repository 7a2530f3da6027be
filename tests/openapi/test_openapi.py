"""The OpenAPI 3.1 export: valid, faithful to the spec, sharing the JSON Schema target's
schemas, and usable where tools need it (paths, parameter styles, security)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate

from generator.pipeline import load_services
from generator.targets.openapi import service_document
from tests.conftest import PROJECT

GENERATED = PROJECT / "generated"
DOCUMENT = GENERATED / "openapi" / "vod-2017-03-21.json"
SCHEMAS = GENERATED / "vod" / "schemas"


def resolved(node: Any, definitions: dict[str, Any], prefix: str) -> Any:
    """``node`` with every local ``$ref`` replaced by what it points at."""
    if isinstance(node, dict):
        reference = node.get("$ref")
        if isinstance(reference, str) and reference.startswith(prefix):
            target = resolved(
                definitions[reference[len(prefix) :]], definitions, prefix
            )
            return {
                **target,
                **{
                    k: resolved(v, definitions, prefix)
                    for k, v in node.items()
                    if k != "$ref"
                },
            }
        return {
            key: resolved(value, definitions, prefix) for key, value in node.items()
        }
    if isinstance(node, list):
        return [resolved(item, definitions, prefix) for item in node]
    return node


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DOCUMENT.read_text(encoding="utf-8"))
    return loaded


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    validate(document)
    assert document["openapi"] == "3.1.0"
    assert document["info"]["version"] == "2017-03-21"


def test_schemas_are_the_json_schema_targets(document: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    for part in ("request", "response"):
        standalone = json.loads((SCHEMAS / f"GetAIImageJobs.{part}.json").read_text())
        expected = resolved(standalone, standalone.get("$defs", {}), "#/$defs/")
        for key in ("$schema", "$id", "$defs"):
            expected.pop(key, None)
        embedded = components[f"GetAIImageJobs{part.title()}"]
        assert resolved(embedded, components, "#/components/schemas/") == expected


def test_each_action_is_a_path_with_its_parameters(document: dict[str, Any]) -> None:
    operation = document["paths"]["/?Action=GetAIImageJobs"]["post"]
    assert operation["operationId"] == "GetAIImageJobs"
    assert operation["x-acs-action"] == "GetAIImageJobs"
    job_ids = next(p for p in operation["parameters"] if p.get("name") == "JobIds")
    assert (job_ids["in"], job_ids["required"]) == ("query", True)
    assert (job_ids["style"], job_ids["explode"]) == ("form", False)
    pointer = job_ids["schema"]["$ref"].removeprefix("#/").split("/")
    schema: Any = document
    for part in pointer:
        schema = schema[part]
    assert schema["maxItems"] == 10 and schema["items"]["pattern"] == "^[^,]+$"
    assert {"$ref": "#/components/parameters/Format"} in operation["parameters"]
    assert set(document["components"]["securitySchemes"]) == {
        "AcsSignatureV1",
        "AcsSignatureV3",
    }


def test_documented_examples_are_there_and_valid(document: dict[str, Any]) -> None:
    components = document["components"]["schemas"]
    responses = document["paths"]["/?Action=GetAIImageJobs"]["post"]["responses"]
    body = responses["200"]["content"]["application/json"]["examples"][
        "documented-json"
    ]
    schema = resolved(
        components["GetAIImageJobsResponse"], components, "#/components/schemas/"
    )
    jsonschema.Draft202012Validator(schema).validate(body["value"])
    xml = responses["200"]["content"]["application/xml"]["examples"]["documented-xml"]
    assert xml["value"].startswith("<GetAIImageJobsResponse>")
    error = responses["400"]["content"]["application/json"]["examples"][
        "invalid-job-ids"
    ]
    assert error["value"]["Code"] == "InvalidParameter"
    assert "503" in responses and "default" in responses
    codes = {entry["code"] for entry in document["x-acs-errors"]}
    assert {"Throttling.User", "SignatureDoesNotMatch"} <= codes


def test_every_query_style_of_the_general_fixture(tmp_path: Path) -> None:
    (service,) = load_services(PROJECT / "tests" / "fixtures" / "general")
    document = service_document(service)
    validate(document)
    operation = document["paths"]["/?Action=DescribeThings"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"] if "name" in p}
    assert parameters["Tag"]["x-acs-style"] == "repeat_list"
    assert parameters["Filter"]["x-acs-style"] == "flat"
    assert "application/json" in parameters["Extra"]["content"]
    assert parameters["Ids"]["style"] == "form"
    assert "Tag" in document["components"]["schemas"]
    assert set(document["paths"]) == {"/?Action=DescribeThings", "/?Action=Ping"}


def test_the_streamed_document_is_the_gathered_one_as_json_writes_it(
    tmp_path: Path,
) -> None:
    from generator.importer.files import write_result
    from generator.importer.openapi import OPENAPI_HEADER, import_openapi
    from generator.targets.openapi import document_pieces

    imported = tmp_path / "spec"
    petstore = PROJECT / "tests" / "openapi" / "documents" / "petstore.yaml"
    write_result(imported, import_openapi(petstore), OPENAPI_HEADER)
    services = (
        load_services(PROJECT / "spec")
        + load_services(PROJECT / "tests" / "fixtures" / "general")
        + load_services(imported)
    )
    assert {service.protocol for service in services} == {
        "alibaba-rpc",
        "alibaba-roa",
        "rest-json",
    }
    for service in services:
        streamed = "".join(document_pieces(service))
        whole = json.dumps(service_document(service), ensure_ascii=False, indent=2)
        assert streamed == whole + "\n", service.product
