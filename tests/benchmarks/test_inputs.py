"""The benchmark reads its inputs from the spec and from files that exist."""

from __future__ import annotations

import json

from benchmarks.inputs import (
    STAND_IN_OPENAPI,
    STAND_IN_SCHEMA,
    load_examples,
    openapi_document,
    response_schema,
)


def test_documented_examples_come_from_the_operation_spec() -> None:
    examples = load_examples()
    document = json.loads(examples.json_body)
    assert document["AIImageJobList"][0]["Status"] == "success"
    assert examples.xml_body.lstrip().startswith(b"<GetAIImageJobsResponse>")


def test_schema_and_openapi_inputs_exist_and_parse() -> None:
    chosen, schema = response_schema()
    assert chosen.path.is_file() and schema["type"] == "object"
    assert openapi_document().path.is_file()
    json.loads(STAND_IN_OPENAPI.read_text(encoding="utf-8"))
    json.loads(STAND_IN_SCHEMA.read_text(encoding="utf-8"))
