"""Checks of an operation's examples: request inputs, JSON and XML answers and error
bodies, each against its declared shape and read as the generated client reads it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .. import xml_examples
from ..instances import problems
from ..load import LoadedFile, NodePath

from .common import (
    ShapeTable,
    mapping,
    first_field,
    as_list,
)
from .shapes import ShapeChecks


class ExampleChecks(ShapeChecks):
    """Example checks of one service (see ``ServiceChecker``)."""

    def _check_examples(
        self, loaded: LoadedFile, operation: Mapping[str, Any], table: ShapeTable
    ) -> None:
        if self.too_deep:
            return
        examples = mapping(operation.get("examples"))
        root: NodePath = ("operation", "examples")
        input_node = {"type": "object", **mapping(operation.get("input"))}
        output_node = {"type": "object", **mapping(operation.get("output"))}
        seen: dict[str, NodePath] = {}
        for group in ("requests", "responses", "errors"):
            entries = examples.get(group)
            for index, example in enumerate(
                entries if isinstance(entries, list) else []
            ):
                name = mapping(example).get("name")
                if isinstance(name, str):
                    if name in seen:
                        self.report(
                            loaded,
                            root + (group, index, "name"),
                            f"duplicate example name '{name}'",
                        )
                    seen[name] = root + (group, index)
        for index, example in enumerate(as_list(examples.get("requests"))):
            example_input = mapping(example).get("input")
            if isinstance(example_input, Mapping):
                for pointer, message in problems(
                    input_node, example_input, table.resolve, sending=True
                ):
                    self.report(
                        loaded,
                        root + ("requests", index, "input"),
                        f"request example does not match the input shape at {pointer}: {message}",
                    )
        for index, example in enumerate(as_list(examples.get("responses"))):
            self._check_response_example(
                loaded,
                root + ("responses", index),
                mapping(example),
                output_node,
                table,
                self._response_payload(operation),
            )
        for index, example in enumerate(as_list(examples.get("errors"))):
            self._check_error_example(
                loaded, root + ("errors", index), mapping(example)
            )

    def _response_payload(self, operation: Mapping[str, Any]) -> str | None:
        if self.protocol is None:
            return None
        section = mapping(mapping(operation.get("binding")).get(self.protocol.name))
        return self.protocol.response_payload(section)

    def _check_response_example(
        self,
        loaded: LoadedFile,
        path: NodePath,
        example: Mapping[str, Any],
        output_node: Mapping[str, Any],
        table: ShapeTable,
        payload: str | None,
    ) -> None:
        """``payload``: the output member that is the whole answer, if one is."""
        body, fmt = example.get("body"), example.get("format")
        if not isinstance(body, str):
            return
        if fmt == "json":
            try:
                data: object = json.loads(body)
            except ValueError as error:
                self.report(
                    loaded, path + ("body",), f"JSON example does not parse: {error}"
                )
                return
            if payload is not None:
                data = {payload: data}
            found: list[tuple[str, str]] = []
        elif fmt == "xml":
            try:
                element = xml_examples.parse(body)
            except xml_examples.XmlExampleError as error:
                self.report(
                    loaded, path + ("body",), f"XML example does not parse: {error}"
                )
                return
            descriptor = xml_examples.node_descriptor(output_node, table.resolve)
            data, found = xml_examples.read(element, descriptor)
        else:
            return
        if not found:
            found.extend(problems(output_node, data, table.resolve))
        for pointer, message in found:
            self.report(
                loaded,
                path + ("body",),
                f"{fmt.upper()} example does not match the output shape at {pointer}: {message}",
            )

    def _check_error_example(
        self, loaded: LoadedFile, path: NodePath, example: Mapping[str, Any]
    ) -> None:
        body, fmt = example.get("body"), example.get("format")
        if not isinstance(body, str):
            return
        fields: dict[str, str] = {}
        try:
            if fmt == "json":
                parsed = json.loads(body)
                fields = {key: str(value) for key, value in mapping(parsed).items()}
            elif fmt == "xml":
                fields = xml_examples.text_fields(xml_examples.parse(body))
        except ValueError as error:
            self.report(
                loaded, path + ("body",), f"error example does not parse: {error}"
            )
            return
        code_fields, request_id_fields = (
            (self.protocol.error_code_fields, self.protocol.error_request_id_fields)
            if self.protocol is not None
            else (("Code",), ("RequestId",))
        )
        code = first_field(fields, code_fields)
        if code != example.get("code"):
            self.report(
                loaded,
                path + ("code",),
                f"error example body has {code_fields[0]} {code!r},"
                f" not {example.get('code')!r}",
            )
        request_id = example.get("request_id")
        found_id = first_field(fields, request_id_fields)
        if request_id is not None and found_id != request_id:
            self.report(
                loaded,
                path + ("request_id",),
                f"error example body has {request_id_fields[0]} {found_id!r},"
                f" not {request_id!r}",
            )
