"""The shape of the parts of an OpenAPI document the importer reads, checked before
anything is converted, so a malformed document gets every problem named by its JSON
pointer instead of a traceback halfway through."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jsonschema import Draft202012Validator

__all__ = ["shape_problems"]

_OBJECT = {"type": "object"}
_REF_OR_OBJECT = _OBJECT
_PARAMETERS = {"type": "array", "items": _REF_OR_OBJECT}
_OPERATION = {
    "type": "object",
    "properties": {
        "operationId": {"type": "string"},
        "summary": {"type": "string"},
        "description": {"type": "string"},
        "parameters": _PARAMETERS,
        "requestBody": _REF_OR_OBJECT,
        "responses": {"type": "object", "additionalProperties": _REF_OR_OBJECT},
        "security": {"type": "array", "items": _OBJECT},
        "deprecated": {"type": "boolean"},
    },
}
_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["openapi", "info"],
    "properties": {
        "openapi": {"type": "string"},
        "info": {
            "type": "object",
            "properties": {"title": {"type": "string"}, "version": {"type": "string"}},
        },
        "servers": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["url"],
                "properties": {
                    "url": {"type": "string"},
                    "variables": {"type": "object", "additionalProperties": _OBJECT},
                },
            },
        },
        "paths": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "properties": {
                    "parameters": _PARAMETERS,
                    **{
                        method: _OPERATION
                        for method in (
                            "get",
                            "put",
                            "post",
                            "delete",
                            "patch",
                            "head",
                            "options",
                        )
                    },
                },
            },
        },
        "components": {
            "type": "object",
            "additionalProperties": {"type": "object"},
        },
        "security": {"type": "array", "items": _OBJECT},
    },
}
_VALIDATOR = Draft202012Validator(_SCHEMA)


def _pointer(path: Any) -> str:
    return "/" + "/".join(
        str(part).replace("~", "~0").replace("/", "~1") for part in path
    )


def shape_problems(document: Mapping[str, Any]) -> list[str]:
    """Every structural problem, as ``/json/pointer: message``, in document order."""
    return sorted(
        f"{_pointer(error.absolute_path)}: {error.message}"
        for error in _VALIDATOR.iter_errors(document)
    )
