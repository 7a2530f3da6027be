"""Container Service for Kubernetes (cs 2015-12-15) client.

容器服务 Kubernetes 版

    from generated.cs import CsClient, models, errors
    from generated.cs import Credentials, RetryPolicy  # also: credentials providers
    from generated.cs import CallOptions, Deadline      # per-call settings

    with CsClient(region_id="cn-shanghai") as client:
        ...

Names load on first use, so ``python -m generated.cs --help`` stays quick.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import credentials as credentials
    from ._runtime.call_options import CallOptions as CallOptions
    from ._runtime.credentials import Credentials as Credentials
    from ._runtime.deadline import Deadline as Deadline
    from ._runtime.retry import RetryPolicy as RetryPolicy
    from . import errors as errors
    from . import models as models
    from .client import AsyncCsClient as AsyncCsClient
    from .client import CsClient as CsClient

_MODULE_OF = {
    "AsyncCsClient": ".client",
    "CsClient": ".client",
    "CallOptions": "._runtime.call_options",
    "Credentials": "._runtime.credentials",
    "Deadline": "._runtime.deadline",
    "RetryPolicy": "._runtime.retry",
    "credentials": "",
    "errors": "",
    "models": "",
}

__all__ = [
    "AsyncCsClient",
    "CallOptions",
    "Credentials",
    "Deadline",
    "RetryPolicy",
    "CsClient",
    "credentials",
    "errors",
    "models",
]


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = (
        import_module(f"{__name__}.{name}")
        if not module
        else getattr(import_module(module, __name__), name)
    )
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULE_OF})
