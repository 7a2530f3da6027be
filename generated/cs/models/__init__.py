"""Models of every Container Service for Kubernetes operation.

Each operation's classes live in their own module and load on first use, so importing
this package stays fast however many operations the service has.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# NULL, given for a nullable member, sends an explicit JSON null.
from .._runtime.model import NULL as NULL, Null as Null

if TYPE_CHECKING:
    from .delete_cluster import (
        DeleteOptionDeleteMode as DeleteOptionDeleteMode,
        DeleteOptionResourceType as DeleteOptionResourceType,
        DeleteClusterRequest as DeleteClusterRequest,
        DeleteClusterResponse as DeleteClusterResponse,
        DeleteOption as DeleteOption,
    )
    from .describe_cluster_detail import (
        DescribeClusterDetailResponseClusterType as DescribeClusterDetailResponseClusterType,
        DescribeClusterDetailRequest as DescribeClusterDetailRequest,
        DescribeClusterDetailResponse as DescribeClusterDetailResponse,
        MaintenanceWindow as MaintenanceWindow,
        Tag as Tag,
    )
    from .modify_cluster import (
        MaintenanceWindowSettings as MaintenanceWindowSettings,
        ModifyClusterRequest as ModifyClusterRequest,
        ModifyClusterResponse as ModifyClusterResponse,
    )

_MODULE_OF: dict[str, str] = {
    "DeleteOptionDeleteMode": "delete_cluster",
    "DeleteOptionResourceType": "delete_cluster",
    "DeleteClusterRequest": "delete_cluster",
    "DeleteClusterResponse": "delete_cluster",
    "DeleteOption": "delete_cluster",
    "DescribeClusterDetailResponseClusterType": "describe_cluster_detail",
    "DescribeClusterDetailRequest": "describe_cluster_detail",
    "DescribeClusterDetailResponse": "describe_cluster_detail",
    "MaintenanceWindow": "describe_cluster_detail",
    "Tag": "describe_cluster_detail",
    "MaintenanceWindowSettings": "modify_cluster",
    "ModifyClusterRequest": "modify_cluster",
    "ModifyClusterResponse": "modify_cluster",
}

__all__ = sorted([*_MODULE_OF, "NULL", "Null"])


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
