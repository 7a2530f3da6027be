"""The whole VOD product, imported from Alibaba's metadata and generated in one go.

Reads ``../shared/data/vod-2017-03-21.api-docs.json`` in place (its text is never
copied into the project) and skips, saying why, where it is absent. Every operation's
documented JSON and XML examples go through the generated client, must give equal
models, and must satisfy both the generated validators and the emitted JSON Schemas.
"""

from __future__ import annotations

import json
from openapi_spec_validator import validate as validate_openapi

from tests.conftest import SHARED
from tests.product.build import Product, needs_metadata, product_fixture
from tests.product.examples import check_rpc_examples

METADATA = SHARED / "data" / "vod-2017-03-21.api-docs.json"
ROOT = "vod_product"

pytestmark = needs_metadata(METADATA)


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


product = product_fixture(METADATA, ROOT)


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
    report = check_rpc_examples(product)
    assert report.failures == []
    assert (report.parsed_json, report.parsed_xml) == (170, 136)
    assert report.differ == DOCUMENTED_EXAMPLES_DIFFER


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
