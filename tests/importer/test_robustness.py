"""Whatever a metadata file holds, the importer reports instead of crashing, and what it
writes passes the linter."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.importer.apidocs import parse_api_docs
from generator.importer.files import write_result
from generator.importer.convert import import_api_docs
from generator.validate import load_tree

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 300),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        ["", "1", "-2", "1.5", "true", "abc", "100****", "[1,2]", '{"a":1}', "a,b"]
    ),
    st.text(max_size=5),
)
# Names chosen to collide: in Python (Id/ID/id), in derived classes (Item/ItemItem),
# with keywords and model methods, or not to be names at all.
NAMES = st.sampled_from(
    ["Id", "id", "ID", "Item", "ItemItem", "Status", "status", "class", "validate"]
    + ["A B", "", "Tag.1.Key", "RequestId", "x-y", "Ñame"]
)
TYPES = st.sampled_from(
    ["string", "integer", "number", "boolean", "object", "array", "file", None, 5]
)


def _schema(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "type": TYPES,
            "format": st.sampled_from(
                ["int32", "int64", "double", "date-time", "byte"]
            ),
            "description": st.text(max_size=8),
            "example": VALUES,
            "default": VALUES,
            "required": st.booleans(),
            "enum": st.lists(VALUES, max_size=3),
            "enumValueTitles": st.dictionaries(
                st.text(max_size=3), st.text(max_size=3)
            ),
            "minimum": VALUES,
            "maximum": VALUES,
            "exclusiveMinimum": VALUES,
            "maxLength": VALUES,
            "pattern": st.sampled_from(["^a", "(", "[0-9]+"]),
            "maxItems": VALUES,
            "items": children,
            "properties": st.dictionaries(NAMES, children, max_size=3),
            "additionalProperties": st.one_of(st.booleans(), children),
            "$ref": st.sampled_from(
                ["#/components/schemas/S", "#/components/schemas/T"]
            ),
            "unknown": VALUES,
        },
    )


NODES = st.recursive(st.just({"type": "string"}), _schema, max_leaves=6)
DEMOS = st.fixed_dictionaries(
    {
        "type": st.sampled_from(["json", "xml", "yaml"]),
        "example": st.sampled_from(
            ['{"RequestId":"1"}', "<R><Id>x</Id><Id>y</Id></R>", '{"Id": 5}', "{", ""]
        ),
    },
    optional={"errorExample": st.sampled_from(['{"Code":"Throttling"}', "<E/>"])},
)
APIS = st.fixed_dictionaries(
    {
        "parameters": st.lists(
            st.fixed_dictionaries(
                {"name": NAMES, "schema": NODES},
                optional={
                    "in": st.sampled_from(["query", "formData", "path"]),
                    "style": st.sampled_from(
                        ["simple", "repeatList", "flat", "json", "x"]
                    ),
                },
            ),
            max_size=3,
        ),
        "responses": st.fixed_dictionaries(
            {"200": st.fixed_dictionaries({"schema": NODES})}
        ),
    },
    optional={
        "responseDemo": st.lists(DEMOS, max_size=2).map(json.dumps),
        "methods": st.lists(st.sampled_from(["get", "post", "put"])),
        "errorCodes": st.dictionaries(
            st.sampled_from(["400", "x"]),
            st.lists(st.fixed_dictionaries({"errorCode": st.sampled_from(["X", " "])})),
        ),
    },
)
DOCUMENTS = st.fixed_dictionaries(
    {
        "info": st.just({"style": "RPC", "product": "demo", "version": "1"}),
        "apis": st.dictionaries(
            st.sampled_from(["Get", "GetX", "getX", "Getx", "GetXRequest", "Get X"]),
            APIS,
            max_size=4,
        ),
        "components": st.fixed_dictionaries(
            {
                "schemas": st.dictionaries(
                    st.sampled_from(["S", "T", "get-x-request"]), NODES, max_size=3
                )
            }
        ),
    }
)


@settings(
    max_examples=100,
    deadline=None,
    derandomize=True,  # the same cases every run, so CI cannot turn red by chance
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@example(  # a recursive member cut to "any" kept losing its python_name
    document={
        "info": {"style": "RPC", "product": "demo", "version": "1"},
        "apis": {},
        "components": {
            "schemas": {
                "S": {
                    "properties": {
                        "Id": {"type": "string"},
                        "id": {"type": "string", "$ref": "#/components/schemas/S"},
                    }
                }
            }
        },
    }
)
@given(DOCUMENTS)
def test_any_document_imports_into_a_lint_clean_spec(
    tmp_path_factory: Any, document: dict[str, Any]
) -> None:
    result = import_api_docs(parse_api_docs(json.dumps(document), "api-docs.json"))
    assert len(result.imported) + len(result.skipped) == len(document["apis"])
    out = tmp_path_factory.mktemp("spec")
    write_result(out, result)
    problems = [str(diagnostic) for diagnostic in load_tree(Path(out)).diagnostics]
    assert problems == []
