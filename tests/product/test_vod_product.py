"""The whole VOD product, imported from Alibaba's metadata and generated in one go.

Reads ``../shared/data/vod-2017-03-21.api-docs.json`` in place (its text is never
copied into the project) and skips, saying why, where it is absent. Every operation's
documented JSON and XML examples go through the generated client, must give equal
models, and must satisfy both the generated validators and the emitted JSON Schemas.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate as validate_openapi

from generator.targets.python_code import module_name
from tests.conftest import SHARED
from tests.product.build import Product, generated_product
from tests.validators.oracle import reference_validator

METADATA = SHARED / "data" / "vod-2017-03-21.api-docs.json"
ROOT = "vod_product"

pytestmark = pytest.mark.skipif(
    not METADATA.is_file(),
    reason=f"{METADATA} is absent: the whole-product tests need Alibaba's metadata",
)


# Alibaba's documented JSON and XML examples of these operations carry different data
# (other values, item counts or members; ListAuditSecurityIp's XML even names its list
# differently), so their models cannot be equal. Each example still parses, and each
# model satisfies the generated validators. The list is exact: an operation that starts
# or stops differing fails the test, so it cannot hide a parser regression.
DOCUMENTED_EXAMPLES_DIFFER = frozenset(
    {
        "AddTranscodeTemplateGroup",
        "AddWatermark",
        "CreateUploadAttachedMedia",
        "DeleteTranscodeTemplateGroup",
        "DescribePlayTopVideos",
        "DescribePlayUserAvg",
        "DescribePlayUserTotal",
        "DescribePlayVideoStatis",
        "DescribeVodAIData",
        "DescribeVodDomainBpsData",
        "DescribeVodDomainCertificateInfo",
        "DescribeVodDomainConfigs",
        "DescribeVodDomainDetail",
        "DescribeVodDomainTrafficData",
        "DescribeVodDomainUsageData",
        "DescribeVodRefreshQuota",
        "DescribeVodRefreshTasks",
        "DescribeVodStorageData",
        "DescribeVodTranscodeData",
        "DetachAppPolicyFromIdentity",
        "GetAIMediaAuditJob",
        "GetAppInfos",
        "GetAuditHistory",
        "GetEditingProjectMaterials",
        "GetImageInfo",
        "GetMediaAuditResult",
        "GetMediaAuditResultTimeline",
        "GetMediaDNAResult",
        "GetMediaRefreshJobs",
        "GetMessageCallback",
        "GetMezzanineInfo",
        "GetPlayInfo",
        "GetTranscodeSummary",
        "GetTranscodeTask",
        "GetTranscodeTemplateGroup",
        "GetURLUploadInfos",
        "GetUploadDetails",
        "GetVodTemplate",
        "GetWatermark",
        "ListAIJob",
        "ListAuditSecurityIp",
        "ListLiveRecordVideo",
        "ListTranscodeTask",
        "ListVodTemplate",
        "MoveAppResource",
        "PreloadVodObjectCaches",
        "RegisterMedia",
        "SearchMedia",
        "SubmitMediaDNADeleteJob",
    }
)


@pytest.fixture(scope="module")
def product(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Product]:
    with generated_product(
        METADATA, tmp_path_factory.mktemp("product"), ROOT
    ) as generated:
        yield generated


def test_every_operation_is_imported(product: Product) -> None:
    assert len(product.result.imported) == 170
    assert product.result.skipped == []
    assert len(product.service.operations) == 170


def test_the_generated_package_is_mypy_strict_clean(product: Product) -> None:
    result = product.mypy_strict()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_every_example_parses_and_validates(product: Product) -> None:
    """JSON (170) and XML (136: the importer drops 5 whose numbers are masked, "100012****",
    and UpdateWatermark's, whose WatermarkConfig is declared a string but written as
    elements, and says so)."""
    parsed_json = parsed_xml = 0
    failures: list[str] = []
    differ: set[str] = set()
    for operation in product.service.operations:
        module = module_name(operation)
        models = product.module(f"models.{module}")
        validators = product.module(f"validators.{module}")
        schemas = product.module("schemas")
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
                        failures.append(f"{where}: to_dict does not give the body back")
                    violations = validators.validate_response(data)
                    if violations:
                        failures.append(f"{where}: {violations[:3]}")
                    errors = [e.message for e in schema.iter_errors(data)]
                    if errors:
                        failures.append(f"{where}: JSON Schema: {errors[:3]}")
                    parsed_json += 1
                else:
                    by_format["xml"] = response_class.from_xml(example.body)
                    violations = validators.validate_response(
                        by_format["xml"].to_dict()
                    )
                    if violations:
                        failures.append(f"{where}: {violations[:3]}")
                    parsed_xml += 1
            except Exception as error:  # every failure is listed, not just the first
                failures.append(f"{where}: {type(error).__name__}: {error}")
        if len(by_format) == 2 and by_format["json"] != by_format["xml"]:
            differ.add(operation.name)
    assert failures == []
    assert (parsed_json, parsed_xml) == (170, 136)
    assert differ == DOCUMENTED_EXAMPLES_DIFFER


def test_the_openapi_document_is_valid(product: Product) -> None:
    document = json.loads(
        (product.out / ROOT / "openapi" / "vod-2017-03-21.json").read_text()
    )
    validate_openapi(document)
    assert len(document["paths"]) == 170


def test_the_generated_example_tests_pass(product: Product) -> None:
    result = product.generated_tests()
    assert result.returncode == 0, result.stdout[-3000:]


def test_list_wrappers_iterate_their_items(product: Product) -> None:
    """Alibaba wraps lists (``PlayInfoList: {PlayInfo: [...]}``); the wrapper iterates,
    counts and indexes the items so ``.play_info`` need not be spelled."""
    models = product.module("models.get_play_info")
    operation = next(o for o in product.service.operations if o.name == "GetPlayInfo")
    body = next(e.body for e in operation.examples.responses if e.format == "json")
    answer = models.GetPlayInfoResponse.from_json(body)
    wrapper = answer.play_info_list
    assert wrapper.play_info and len(wrapper) == len(wrapper.play_info)
    assert list(wrapper) == wrapper.play_info and wrapper[0] is wrapper.play_info[0]
    assert [info.play_url for info in wrapper] == [
        info["PlayURL"] for info in json.loads(body)["PlayInfoList"]["PlayInfo"]
    ]
    empty = models.GetPlayInfoResponse.from_json(
        '{"RequestId": "r", "PlayInfoList": {}}'
    )
    assert list(empty.play_info_list) == [] and len(empty.play_info_list) == 0
