"""Models of every ApsaraVideo VOD operation.

Each operation's classes live in their own module and load on first use, so importing
this package stays fast however many operations the service has.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# NULL, given for a nullable member, sends an explicit JSON null.
from .._runtime.model import NULL as NULL, Null as Null

if TYPE_CHECKING:
    from .get_ai_image_jobs import (
        AIImageJobStatus as AIImageJobStatus,
        AIImageJob as AIImageJob,
        AIImageResultItem as AIImageResultItem,
        GetAIImageJobsRequest as GetAIImageJobsRequest,
        GetAIImageJobsResponse as GetAIImageJobsResponse,
        UserData as UserData,
    )
    from .list_app_info import (
        AppInfoType as AppInfoType,
        AppStatus as AppStatus,
        AppInfo as AppInfo,
        ListAppInfoRequest as ListAppInfoRequest,
        ListAppInfoResponse as ListAppInfoResponse,
    )

_MODULE_OF: dict[str, str] = {
    "AIImageJobStatus": "get_ai_image_jobs",
    "AIImageJob": "get_ai_image_jobs",
    "AIImageResultItem": "get_ai_image_jobs",
    "GetAIImageJobsRequest": "get_ai_image_jobs",
    "GetAIImageJobsResponse": "get_ai_image_jobs",
    "UserData": "get_ai_image_jobs",
    "AppInfoType": "list_app_info",
    "AppStatus": "list_app_info",
    "AppInfo": "list_app_info",
    "ListAppInfoRequest": "list_app_info",
    "ListAppInfoResponse": "list_app_info",
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
