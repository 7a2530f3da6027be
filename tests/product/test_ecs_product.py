"""The whole ECS product (347 operations, the largest in ../shared), imported from
Alibaba's metadata and generated in one go.

Reads ``../shared/data/ecs-2014-05-26.api-docs.json`` in place (its text is never
copied into the project) and skips, saying why, where it is absent. The product is
generated once for the module; mypy and the generated tests run once each. Every
documented JSON and XML answer goes through the generated models, validators and JSON
Schemas, and the client calls the generated offline server in both formats.
"""

from __future__ import annotations

import json

import pytest
from openapi_spec_validator import validate as validate_openapi

from tests.conftest import SHARED
from tests.product.build import Product, needs_metadata, product_fixture
from tests.product.examples import check_rpc_examples

METADATA = SHARED / "data" / "ecs-2014-05-26.api-docs.json"
ROOT = "ecs_product"

pytestmark = needs_metadata(METADATA)


# Alibaba's documented JSON and XML answers of these operations carry different data
# (another RequestId, other values, item counts or members), so their models cannot be
# equal; each still parses and validates. The list is exact: an operation that starts
# or stops differing fails the test, so it cannot hide a parser regression.
DOCUMENTED_EXAMPLES_DIFFER = frozenset("""
    AddTags AllocateDedicatedHosts AllocatePublicIpAddress ApplyAutoSnapshotPolicy
    AssignIpv6Addresses AssignPrivateIpAddresses AttachClassicLinkVpc
    AttachInstanceRamRole AttachKeyPair CancelAutoSnapshotPolicy CancelCopyImage
    CancelSimulatedSystemEvents CancelTask ConvertNatPublicIpToEip CopyImage
    CreateAutoProvisioningGroup CreateAutoSnapshotPolicy CreateDemand CreateDisk
    CreateNetworkInterface CreateSecurityGroup CreateSimulatedSystemEvents
    CreateSnapshot CreateStorageSet DeleteAutoProvisioningGroup
    DeleteAutoSnapshotPolicy DeleteCommand DeleteDemand DeleteDeploymentSet
    DeleteDisk DeleteHpcCluster DeleteImage DeleteInstance
    DeleteLaunchTemplateVersion DeleteSnapshot DeleteSnapshotGroup DeleteStorageSet
    DeregisterManagedInstance DescribeAccountAttributes DescribeActivations
    DescribeAutoProvisioningGroupHistory DescribeAutoProvisioningGroupInstances
    DescribeAutoProvisioningGroups DescribeAutoSnapshotPolicyEx
    DescribeAvailableResource DescribeCapacityReservationInstances
    DescribeCapacityReservations DescribeClassicLinkInstances
    DescribeCloudAssistantStatus DescribeCommands DescribeDedicatedHostAutoRenew
    DescribeDedicatedHostTypes DescribeDedicatedHosts
    DescribeDeploymentSetSupportedInstanceTypeFamily DescribeDeploymentSets
    DescribeDiagnosticReports DescribeDiskMonitorData DescribeDisks
    DescribeDisksFullStatus DescribeElasticityAssuranceInstances
    DescribeElasticityAssurances DescribeEniMonitorData DescribeHpcClusters
    DescribeImageComponents DescribeImageFromFamily DescribeImagePipelineExecutions
    DescribeImagePipelines DescribeImageSharePermission
    DescribeImageSupportInstanceTypes DescribeImages
    DescribeInstanceAttachmentAttributes DescribeInstanceAttribute
    DescribeInstanceAutoRenewAttribute DescribeInstanceHistoryEvents
    DescribeInstanceMaintenanceAttributes DescribeInstanceMonitorData
    DescribeInstanceRamRole DescribeInstanceStatus DescribeInstanceTypeFamilies
    DescribeInstanceTypes DescribeInstances DescribeInstancesFullStatus
    DescribeInvocationResults DescribeInvocations DescribeKeyPairs
    DescribeLaunchTemplateVersions DescribeLaunchTemplates DescribeManagedInstances
    DescribeNetworkInterfaceAttribute DescribeNetworkInterfacePermissions
    DescribeNetworkInterfaces DescribeRecommendInstanceType DescribeRegions
    DescribeRenewalPrice DescribeReservedInstanceAutoRenewAttribute
    DescribeReservedInstances DescribeResourceByTags DescribeResourcesModification
    DescribeSecurityGroupAttribute DescribeSecurityGroupReferences
    DescribeSendFileResults DescribeSnapshotGroups DescribeSnapshotLinks
    DescribeSnapshotMonitorData DescribeSnapshotPackage DescribeSnapshots
    DescribeSnapshotsUsage DescribeSpotAdvice DescribeSpotPriceHistory
    DescribeStorageCapacityUnits DescribeStorageSetDetails DescribeStorageSets
    DescribeTags DescribeTaskAttribute DescribeTasks DescribeUserData DescribeZones
    DetachClassicLinkVpc DetachInstanceRamRole DetachKeyPair ExportImage
    GetInstanceConsoleOutput GetInstanceScreenshot InstallCloudAssistant
    ListPluginStatus ListTagResources ModifyAutoProvisioningGroup
    ModifyAutoSnapshotPolicyEx ModifyDedicatedHostsChargeType ModifyDemand
    ModifyDeploymentSetAttribute ModifyHpcClusterAttribute
    ModifyImageSharePermission ModifyInstanceNetworkSpec ModifyInstanceSpec
    ModifyInstanceVncPasswd ModifyLaunchTemplateDefaultVersion ModifyManagedInstance
    ModifyPrepayInstanceSpec ModifyReservedInstances ModifySecurityGroupAttribute
    ModifySecurityGroupEgressRule ModifySecurityGroupRule ModifySnapshotAttribute
    ModifyStorageCapacityUnitAttribute ModifyStorageSetAttribute
    PurchaseStorageCapacityUnit ReInitDisk RebootInstance RebootInstances RemoveTags
    RenewReservedInstances ReplaceSystemDisk ReportInstancesStatus ResetDisks
    RunCommand SendFile StartInstances StopInstances TagResources
    UnassignPrivateIpAddresses
    """.split())

product = product_fixture(METADATA, ROOT)


def test_every_operation_is_imported(product: Product) -> None:
    assert len(product.result.imported) == 347
    assert product.result.skipped == []
    assert len(product.service.operations) == 347


def test_the_generated_package_is_mypy_strict_clean(product: Product) -> None:
    result = product.mypy_strict()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_every_example_parses_and_validates(product: Product) -> None:
    """JSON (275, every one documented) and XML (261 of 265: the importer drops, and
    says why, DeleteLaunchTemplate's and DescribePrice's, whose values do not fit their
    declared types, and ModifyDiskSpec's and ModifyInstanceMaintenanceAttributes',
    which are not well-formed XML)."""
    report = check_rpc_examples(product)
    assert report.failures == []
    assert (report.parsed_json, report.parsed_xml) == (275, 261)
    assert report.differ == DOCUMENTED_EXAMPLES_DIFFER


def test_the_openapi_document_is_valid(product: Product) -> None:
    document = json.loads(
        (product.out / ROOT / "openapi" / "ecs-2014-05-26.json").read_text()
    )
    validate_openapi(document)
    assert len(document["paths"]) == 347


def test_the_generated_example_tests_pass(product: Product) -> None:
    result = product.generated_tests()
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("response_format", ["json", "xml"])
def test_the_client_calls_the_offline_server(
    product: Product, response_format: str
) -> None:
    """Signed calls in either answer format: the server checks the signature, answers
    with the documented example, and the client gives it back as the operation's model;
    a request its validators refuse never reaches the server."""
    client_module = product.module("client")
    errors = product.module("errors")
    mock = product.module("mock")
    models = product.module("models.describe_instances")
    operation = next(
        o for o in product.service.operations if o.name == "DescribeInstances"
    )
    documented = json.loads(
        next(e.body for e in operation.examples.responses if e.format == "json")
    )
    with mock.MockServer(access_key_id="id", access_key_secret="secret") as server:
        with client_module.EcsClient(
            access_key_id="id",
            access_key_secret="secret",
            endpoint=server.endpoint,
            response_format=response_format,
        ) as client:
            regions = client.describe_regions()
            instances = client.describe_instances(region_id="cn-hangzhou", page_size=10)
            with pytest.raises(errors.RequestValidationError, match="PageSize"):
                client.describe_instances(region_id="cn-hangzhou", page_size=0)
    assert [r.region_id for r in regions.regions] != []
    assert isinstance(instances, models.DescribeInstancesResponse)
    assert instances.total_count == documented["TotalCount"]
    assert [i.instance_id for i in instances.instances] == [
        i["InstanceId"] for i in documented["Instances"]["Instance"]
    ]
    assert [(r.action, r.status) for r in server.requests] == [
        ("DescribeRegions", 200),
        ("DescribeInstances", 200),
    ]
    assert server.requests[1].params["RegionId"] == "cn-hangzhou"
    assert server.requests[1].params["PageSize"] == "10"
