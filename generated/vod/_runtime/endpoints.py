"""Which host a client talks to: an explicit endpoint, else the region's, else the global.

The rules, in order:

1. an explicit ``endpoint`` (``host[:port]`` or ``scheme://host[:port]``) always wins;
2. the region is ``region_id``, else ``ALIBABA_CLOUD_REGION``;
3. with a region, ``network="vpc"`` gives the product's VPC host; otherwise the region's
   own host from the service's endpoint map, else the regional pattern. A region the
   product is not served in is a ``ConfigurationError`` naming the regions it is;
4. without a region, the global endpoint (``network="vpc"`` then needs a region).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from .errors import ConfigurationError

__all__ = ["EndpointRules", "REGION_ENV", "resolve_endpoint"]

REGION_ENV = "ALIBABA_CLOUD_REGION"
_REGION = re.compile(r"^[a-z]{2,}(?:-[a-z0-9]+)+$")
_HOST = re.compile(
    r"^[A-Za-z0-9.-]+(?::[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::[0-9]{1,5})?$"
)
_NETWORKS = ("public", "vpc")


class EndpointRules(NamedTuple):
    """A product's endpoints, generated from its spec."""

    product: str
    global_host: str
    regional_host: str
    regions: Sequence[str] = ()
    # Regions whose host does not follow ``regional_host``.
    region_hosts: Mapping[str, str] = {}
    # ``{region_id}`` pattern of the VPC hosts; None: ``<product>-vpc.<region>...``.
    vpc_host: str | None = None


def _choice(name: str, value: object, allowed: tuple[str, ...]) -> str:
    lowered = value.lower() if isinstance(value, str) else value
    if lowered not in allowed:
        raise ConfigurationError(
            f"{name} must be one of {', '.join(allowed)}, not {value!r}"
        )
    assert isinstance(lowered, str)
    return lowered


def resolve_endpoint(
    rules: EndpointRules,
    *,
    endpoint: str | None,
    region_id: str | None,
    protocol: str,
    network: str = "public",
) -> tuple[str, str, str | None]:
    """``(scheme, host, region)`` by the rules above."""
    scheme = _choice("protocol", protocol, ("https", "http"))
    network = _choice("network", network, _NETWORKS)
    region = region_id or os.environ.get(REGION_ENV, "").strip() or None
    if endpoint:
        if "://" in endpoint:
            given_scheme, _, endpoint = endpoint.partition("://")
            scheme = _choice("endpoint scheme", given_scheme, ("https", "http"))
        host = endpoint.rstrip("/")
        port = host.rpartition("]")[2].rpartition(":")[2] if ":" in host else ""
        if not _HOST.match(host) or (port.isdigit() and int(port) > 65535):
            raise ConfigurationError(f"endpoint {endpoint!r} is not a host[:port]")
        return scheme, host, region
    if not region:
        if network == "vpc":
            raise ConfigurationError(
                f"network='vpc' needs a region: pass region_id or set {REGION_ENV}"
            )
        return scheme, rules.global_host, None
    if not _REGION.match(region):
        where = "region_id" if region_id else REGION_ENV
        raise ConfigurationError(
            f"{where} {region!r} is not a region id like cn-shanghai"
        )
    served = set(rules.regions) | set(rules.region_hosts)
    if served and region not in served:
        raise ConfigurationError(
            f"{rules.product} is not served in region {region!r}; its regions are"
            f" {', '.join(sorted(served))} (or pass endpoint=)"
        )
    if network == "vpc":
        pattern = rules.vpc_host or f"{rules.product}-vpc.{{region_id}}.aliyuncs.com"
        return scheme, pattern.replace("{region_id}", region), region
    host = rules.region_hosts.get(region) or rules.regional_host.replace(
        "{region_id}", region
    )
    return scheme, host, region
