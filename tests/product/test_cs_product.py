"""Container Service (an ROA product), imported from Alibaba's metadata and generated.

Reads ``../shared/data/cs-2015-12-15.api-docs.json`` in place and skips, saying why,
where it is absent. Every operation is imported; the generated package passes
``mypy --strict``; every documented JSON answer goes through the generated wire decoder
(objects, lists and strings alike), the response validators, the models and the
emitted JSON Schemas.
"""

from __future__ import annotations

import json
from typing import Any

from generator.targets.python_code import module_name
from tests.conftest import SHARED
from tests.product.build import Product, needs_metadata, product_fixture
from tests.validators.oracle import reference_validator

METADATA = SHARED / "data" / "cs-2015-12-15.api-docs.json"
ROOT = "cs_product"

pytestmark = needs_metadata(METADATA)


# DeleteAlertContact's documented answer carries a member ("0") its schema does not
# declare; models ignore undeclared members, so its model cannot give the body back. The
# list is exact: an operation that starts or stops differing fails the test.
UNDECLARED_MEMBERS = frozenset({"DeleteAlertContact"})


product = product_fixture(METADATA, ROOT)


def test_every_operation_is_imported(product: Product) -> None:
    assert len(product.result.imported) == 117
    assert product.result.skipped == []
    assert len(product.service.operations) == 117
    assert product.service.protocol == "alibaba-roa"


def test_the_generated_package_is_mypy_strict_clean(product: Product) -> None:
    result = product.mypy_strict()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def _answers(product: Product) -> tuple[Any, Any, Any]:
    roa = product.module("_runtime.roa_client")
    transport = product.module("_runtime.transport")
    client = product.module("_runtime.client")
    service = client.ServiceInfo("cs", "2015-12-15", "cs.test", "cs.test", "cs")
    wire = roa.RoaWire(
        service,
        scheme="https",
        host="cs.test",
        signature_version=None,
        response_format="json",
    )
    return wire, transport.HttpResponse, product.module("schemas")


def test_every_json_example_goes_through_the_client(product: Product) -> None:
    """115 documented JSON answers (DescribeClusters' example is an object where its
    schema says a list, and DescribeClusterV2UserKubeconfig documents none: the
    importer says so for both)."""
    wire, response_type, schemas = _answers(product)
    decoded = 0
    payloads: set[str] = set()
    differ: set[str] = set()
    failures: list[str] = []
    for operation in product.service.operations:
        module = module_name(operation)
        info = product.module(f"operations.{module}").OPERATION
        models = product.module(f"models.{module}")
        response_class = getattr(models, operation.output.class_name or "")
        schema = reference_validator(schemas.load(operation.name, "response"))
        for example in operation.examples.responses:
            where = f"{operation.name} {example.name}"
            try:
                answer = response_type(
                    200,
                    {"content-type": "application/json", "x-acs-request-id": "R-1"},
                    example.body.encode("utf-8"),
                )
                data, request_id = wire.decode(info, answer)
                violations = info.validate_response(data)
                if violations:
                    failures.append(f"{where}: {violations[:3]}")
                model = info.parse(data, "", request_id)
                if not isinstance(model, response_class):
                    failures.append(f"{where}: parsed as {type(model).__name__}")
                if model.to_dict() != data:
                    differ.add(operation.name)
                errors = [e.message for e in schema.iter_errors(data)]
                if errors:
                    failures.append(f"{where}: JSON Schema: {errors[:3]}")
                if info.answer_shape.member is not None:
                    payloads.add(operation.name)
                    whole = json.loads(example.body)
                    if data != {info.answer_shape.member: whole}:
                        failures.append(f"{where}: the payload is not the whole body")
                decoded += 1
            except Exception as error:  # every failure is listed, not just the first
                failures.append(f"{where}: {type(error).__name__}: {error}")
    assert failures == []
    assert decoded == 115
    assert differ == UNDECLARED_MEMBERS
    # Lists of objects and of strings, maps and a bare string, each the whole answer.
    assert {
        "DescribeClusterAddonsVersion",
        "DescribeClusterAttachScripts",
        "DescribeUserClusterNamespaces",
        "DescribeClusterResources",
        "DescribePolicies",
    } <= payloads


def test_request_bindings_follow_the_metadata(product: Product) -> None:
    operations = {op.name: op for op in product.service.operations}
    modify = operations["ModifyCluster"].binding
    assert (modify.method, modify.path) == ("PUT", "/api/v2/clusters/{ClusterId}")
    locations = {p.wire_name: p.location for p in modify.parameters}
    assert locations["ClusterId"] == "path"
    assert locations["deletion_protection"] == "body"
    delete = operations["DeleteCluster"].binding
    styles = {p.wire_name: (p.location, p.style) for p in delete.parameters}
    assert styles["retain_resources"] == ("query", "json")
    assert styles["retain_all_resources"] == ("query", "simple")
    addons = operations["InstallClusterAddons"].binding
    assert [p.location for p in addons.parameters if p.wire_name == "body"] == [
        "payload"
    ]
    # A body field named like a path parameter keeps its wire name under another
    # argument name.
    trigger = operations["CreateTrigger"].binding
    assert sorted(
        (p.wire_name, p.location)
        for p in trigger.parameters
        if p.wire_name == "cluster_id"
    ) == [("cluster_id", "body"), ("cluster_id", "path")]


def test_the_generated_example_tests_pass(product: Product) -> None:
    result = product.generated_tests()
    assert result.returncode == 0, result.stdout[-3000:]
