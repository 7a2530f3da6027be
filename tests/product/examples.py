"""Every documented answer of an RPC product through its generated models, validators and
JSON Schemas, shared by the whole-product tests."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element, fromstring

from generator.targets.python_code import module_name
from tests.product.build import Product
from tests.validators.oracle import reference_validator


@dataclass
class ExampleReport:
    parsed_json: int = 0
    parsed_xml: int = 0
    # Every problem found, not just the first, so one run lists them all.
    failures: list[str] = field(default_factory=list)
    # Operations whose JSON and XML examples give unequal models.
    differ: set[str] = field(default_factory=set)


def _canonical(text: str) -> str:
    # XML spells every value as text; "3" and "3.0" and a parsed 3 are the same number.
    try:
        return repr(float(text))
    except ValueError:
        return text


def _document_values(element: Element) -> Iterator[str]:
    for child in element:
        if len(child):
            yield from _document_values(child)
        else:
            yield _canonical(child.text or "")


def _model_values(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _model_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _model_values(item)
    elif isinstance(value, bool):
        yield str(value).lower()
    else:
        yield _canonical(str(value))


def values_not_in_document(data: dict[str, Any], body: str) -> list[str]:
    """The values of a model's wire data that its XML document does not hold, counting
    repeats. Alibaba's documents nest lists in more than one way, so values are matched
    without their paths: a decoder that invents, repeats or misreads a value is caught
    even where the JSON and XML examples carry different data."""
    extra = Counter(_model_values(data)) - Counter(_document_values(fromstring(body)))
    return sorted(extra)


def check_rpc_examples(product: Product) -> ExampleReport:
    """Each JSON example parses, gives its body back from ``to_dict`` and satisfies the
    generated validators and the emitted JSON Schema; each XML example parses, its
    model satisfies the validators and holds only values its document holds."""
    report = ExampleReport()
    schemas = product.module("schemas")
    for operation in product.service.operations:
        module = module_name(operation)
        models = product.module(f"models.{module}")
        validators = product.module(f"validators.{module}")
        response_class = getattr(models, operation.output.class_name or "")
        schema = reference_validator(schemas.load(operation.name, "response"))
        by_format: dict[str, Any] = {}
        for example in operation.examples.responses:
            where = f"{operation.name} {example.name}"
            try:
                if example.format == "json":
                    by_format["json"] = response_class.from_json(example.body)
                    data = json.loads(example.body)
                    if by_format["json"].to_dict() != data:
                        report.failures.append(
                            f"{where}: to_dict does not give the body back"
                        )
                    violations = validators.validate_response(data)
                    if violations:
                        report.failures.append(f"{where}: {violations[:3]}")
                    errors = [e.message for e in schema.iter_errors(data)]
                    if errors:
                        report.failures.append(f"{where}: JSON Schema: {errors[:3]}")
                    report.parsed_json += 1
                else:
                    by_format["xml"] = response_class.from_xml(example.body)
                    data = by_format["xml"].to_dict()
                    violations = validators.validate_response(data)
                    if violations:
                        report.failures.append(f"{where}: {violations[:3]}")
                    foreign = values_not_in_document(data, example.body)
                    if foreign:
                        report.failures.append(
                            f"{where}: values not in the document: {foreign[:3]}"
                        )
                    report.parsed_xml += 1
            except Exception as error:  # every failure is listed, not just the first
                report.failures.append(f"{where}: {type(error).__name__}: {error}")
        if len(by_format) == 2 and by_format["json"] != by_format["xml"]:
            report.differ.add(operation.name)
    return report
