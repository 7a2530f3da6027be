"""Endpoint rules: explicit endpoint first, then the region (argument or
``ALIBABA_CLOUD_REGION``) through the product's endpoint map or pattern, VPC hosts, and
a clear error for a region the product is not served in."""

from __future__ import annotations

import pytest

from generated.cs import CsClient
from generated.vod import AsyncVodClient, VodClient, errors

KEYS = {"access_key_id": "id", "access_key_secret": "secret"}


def test_the_region_variable_is_the_default_region(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert VodClient(**KEYS).endpoint == "https://vod.aliyuncs.com"
    monkeypatch.setenv("ALIBABA_CLOUD_REGION", "cn-beijing")
    assert VodClient(**KEYS).endpoint == "https://vod.cn-beijing.aliyuncs.com"
    assert AsyncVodClient(**KEYS).endpoint == "https://vod.cn-beijing.aliyuncs.com"
    assert (
        VodClient(**KEYS, region_id="cn-shanghai").endpoint
        == "https://vod.cn-shanghai.aliyuncs.com"
    )


def test_an_explicit_endpoint_always_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_REGION", "cn-beijing")
    client = VodClient(
        **KEYS, endpoint="vod.internal.example", region_id="cn-shanghai", network="vpc"
    )
    assert client.endpoint == "https://vod.internal.example"


def test_vpc_endpoints() -> None:
    client = VodClient(**KEYS, region_id="cn-shanghai", network="vpc")
    assert client.endpoint == "https://vod-vpc.cn-shanghai.aliyuncs.com"
    with pytest.raises(errors.ConfigurationError, match="network='vpc' needs a region"):
        VodClient(**KEYS, network="vpc")
    with pytest.raises(errors.ConfigurationError, match="network must be one of"):
        VodClient(**KEYS, region_id="cn-shanghai", network="intranet")


def test_regions_off_the_pattern_use_their_own_host() -> None:
    finance = CsClient(**KEYS, region_id="cn-beijing-finance-1")
    assert finance.endpoint == "https://cs.aliyuncs.com"
    hangzhou_finance = CsClient(**KEYS, region_id="cn-hangzhou-finance")
    assert (
        hangzhou_finance.endpoint == "https://cs-vpc.cn-hangzhou-finance.aliyuncs.com"
    )
    assert (
        CsClient(**KEYS, region_id="cn-qingdao").endpoint
        == "https://cs.cn-qingdao.aliyuncs.com"
    )


def test_a_region_the_product_is_not_served_in_names_the_regions() -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        VodClient(**KEYS, region_id="us-west-1")
    message = str(raised.value)
    assert "vod is not served in region 'us-west-1'" in message
    assert "cn-shanghai" in message and "me-central-1" in message


def test_a_malformed_region_variable_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_REGION", "Shanghai")
    with pytest.raises(errors.ConfigurationError, match="ALIBABA_CLOUD_REGION"):
        VodClient(**KEYS)


@pytest.mark.parametrize("endpoint", ["127.0.0.1:99999", "http://[::1]:65536"])
def test_an_endpoint_port_past_65535_is_refused(endpoint: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="is not a host"):
        VodClient(**KEYS, endpoint=endpoint)
