"""Command line of Container Service for Kubernetes (cs 2015-12-15).

    python -m generated.cs delete-cluster --help

One sub-command per operation. Importing this module loads argparse and the runtime's
option tables only; the client loads when a command runs.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._runtime.cli import ClientOption, Command, Option, run

__all__ = ["CLIENT_OPTIONS", "COMMANDS", "main"]

PROG = "python -m generated.cs"
DESCRIPTION = (
    "Container Service for Kubernetes API 2015-12-15: one sub-command per operation."
)

CLIENT_OPTIONS = (
    ClientOption(
        "--region-id",
        "region_id",
        "region to call, such as cn-shanghai: the endpoint becomes cs.{region_id}.aliyuncs.com",
        kind="text",
    ),
    ClientOption(
        "--endpoint",
        "endpoint",
        "[http://|https://]host[:port] to call instead of the regional or global endpoint; without a scheme https is used (the offline server needs http://) (default: cs.aliyuncs.com)",
        kind="text",
    ),
    ClientOption(
        "--network",
        "network",
        "vpc: the region's VPC endpoint (needs a region)",
        choices=("public", "vpc"),
        default="public",
        kind="text",
    ),
    ClientOption(
        "--protocol",
        "protocol",
        "URL scheme",
        choices=("https", "http"),
        default="https",
        kind="text",
    ),
    ClientOption(
        "--signature-version",
        "signature_version",
        "request signature: v1 (HMAC-SHA1) or v3 (ACS3-HMAC-SHA256)",
        choices=("v1", "v3"),
        default="v3",
        kind="text",
    ),
    ClientOption(
        "--timeout",
        "timeout",
        "seconds to wait for each attempt's whole answer",
        default="10",
        kind="number",
    ),
    ClientOption(
        "--max-attempts",
        "max_attempts",
        "attempts in all, retries of throttling and network errors included",
        default="3",
        kind="integer",
    ),
)

COMMANDS = (
    Command(
        "delete-cluster",
        "delete_cluster",
        help="Deletes a cluster and keeps or releases the resources it created. Clean up the cluster's workloads first.",
        description="Deletes a cluster and keeps or releases the resources it created. Clean up the cluster's workloads first.",
        options=(
            Option(
                "--cluster-id",
                "cluster_id",
                "ClusterId",
                "text",
                required=True,
                help="The ID of the cluster.\nAt least 1 character.",
                metavar="CLUSTER_ID",
            ),
            Option(
                "--retain-all-resources",
                "retain_all_resources",
                "retain_all_resources",
                "boolean",
                required=False,
                help="Whether to keep every resource of the cluster; when true, retain_resources is ignored.",
            ),
            Option(
                "--keep-slb",
                "keep_slb",
                "keep_slb",
                "boolean",
                required=False,
                help="Whether to keep the load balancer the cluster created.",
            ),
            Option(
                "--retain-resources",
                "retain_resources",
                "retain_resources",
                "list",
                item_kind="text",
                required=False,
                help="The names of the resources to keep.\nAt most 100 items.\nEach item: at least 1 character.",
                metavar="RETAIN_RESOURCES[,...]",
            ),
            Option(
                "--delete-options",
                "delete_options",
                "delete_options",
                "json",
                required=False,
                help="Whether to delete or keep resources, by resource type.",
                metavar="JSON",
            ),
        ),
    ),
    Command(
        "describe-cluster-detail",
        "describe_cluster_detail",
        help="Returns the details of one cluster, found by its ID.",
        description="Returns the details of one cluster, found by its ID.",
        options=(
            Option(
                "--cluster-id",
                "cluster_id",
                "ClusterId",
                "text",
                required=True,
                help="The ID of the cluster.\nAt least 1 character.",
                metavar="CLUSTER_ID",
            ),
        ),
    ),
    Command(
        "modify-cluster",
        "modify_cluster",
        help="Changes the settings of a cluster, such as its name, deletion protection and maintenance window.",
        description="Changes the settings of a cluster, such as its name, deletion protection and maintenance window.",
        options=(
            Option(
                "--cluster-id",
                "cluster_id",
                "ClusterId",
                "text",
                required=True,
                help="The ID of the cluster.\nAt least 1 character.",
                metavar="CLUSTER_ID",
            ),
            Option(
                "--cluster-name",
                "cluster_name",
                "cluster_name",
                "text",
                required=False,
                help="The new name of the cluster, 1 to 63 characters.\n1 to 63 characters.",
                metavar="CLUSTER_NAME",
            ),
            Option(
                "--deletion-protection",
                "deletion_protection",
                "deletion_protection",
                "boolean",
                required=False,
                help="Whether to turn deletion protection on.",
            ),
            Option(
                "--instance-deletion-protection",
                "instance_deletion_protection",
                "instance_deletion_protection",
                "boolean",
                required=False,
                help="Whether to protect the cluster's node instances from being released.",
            ),
            Option(
                "--resource-group-id",
                "resource_group_id",
                "resource_group_id",
                "text",
                required=False,
                help="The resource group to move the cluster into.",
                metavar="RESOURCE_GROUP_ID",
            ),
            Option(
                "--enable-rrsa",
                "enable_rrsa",
                "enable_rrsa",
                "boolean",
                required=False,
                help="Whether to turn on RRSA (RAM roles for service accounts).",
            ),
            Option(
                "--access-control-list",
                "access_control_list",
                "access_control_list",
                "list",
                item_kind="text",
                required=False,
                help="The network ranges allowed to reach the API server.\nAt most 100 items.",
                metavar="ACCESS_CONTROL_LIST[,...]",
            ),
            Option(
                "--maintenance-window",
                "maintenance_window",
                "maintenance_window",
                "json",
                required=False,
                help="The automatic maintenance window to set.",
                metavar="JSON",
            ),
        ),
    ),
)


def _client_class() -> Callable[..., Any]:
    from .client import CsClient

    return CsClient


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns 0 on success, 1 on a service or network error, 2 on
    a usage error."""
    return run(
        prog=PROG,
        description=DESCRIPTION,
        commands=COMMANDS,
        client_options=CLIENT_OPTIONS,
        load_client=_client_class,
        argv=argv,
    )
