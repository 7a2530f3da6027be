"""Proxies: the explicit option, ``HTTPS_PROXY``/``HTTP_PROXY`` and ``NO_PROXY``, and
requests really travelling through a (loopback) proxy, sync and async."""

from __future__ import annotations

import base64

import pytest

from generated.vod import AsyncVodClient, VodClient, errors
from generated.vod._runtime.proxies import bypasses_proxy, proxy_for
from tests.support.scripted_server import Answer, ScriptedServer

KEYS = {"access_key_id": "id", "access_key_secret": "secret"}
ANSWER = Answer(200, b'{"RequestId": "R-1", "AIImageJobList": []}')


def test_environment_proxies_by_scheme(monkeypatch: pytest.MonkeyPatch) -> None:
    assert proxy_for("https", "vod.aliyuncs.com") is None
    monkeypatch.setenv("HTTPS_PROXY", "http://secure-proxy:3128")
    monkeypatch.setenv("http_proxy", "plain-proxy:8080")
    assert proxy_for("https", "vod.aliyuncs.com") == "http://secure-proxy:3128"
    assert proxy_for("http", "vod.aliyuncs.com") == "http://plain-proxy:8080"
    assert proxy_for("https", "vod.aliyuncs.com", "http://mine:1") == "http://mine:1"


@pytest.mark.parametrize(
    ("host", "no_proxy", "bypassed"),
    [
        ("vod.aliyuncs.com", "*", True),
        ("vod.aliyuncs.com", "aliyuncs.com", True),
        ("vod.aliyuncs.com", ".aliyuncs.com", True),
        ("vod.aliyuncs.com", "other.com, vod.aliyuncs.com", True),
        ("vod.aliyuncs.com", "cs.aliyuncs.com", False),
        ("notaliyuncs.com", "aliyuncs.com", False),
        ("127.0.0.1:8080", "127.0.0.1:8080", True),
        ("127.0.0.1:8080", "127.0.0.1:9090", False),
        ("vod.aliyuncs.com", "", False),
    ],
)
def test_no_proxy_matching(host: str, no_proxy: str, bypassed: bool) -> None:
    assert bypasses_proxy(host, no_proxy) is bypassed


def test_no_proxy_names_hosts_reached_directly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy:3128")
    monkeypatch.setenv("NO_PROXY", ".aliyuncs.com")
    assert proxy_for("https", "vod.cn-shanghai.aliyuncs.com") is None


def test_a_bad_proxy_is_refused_without_its_password() -> None:
    with pytest.raises(errors.ConfigurationError) as raised:
        VodClient(**KEYS, proxy="socks5://user:pa55word@proxy:1080")
    assert "pa55word" not in str(raised.value)


def test_requests_travel_through_the_environment_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with ScriptedServer() as proxy:
        proxy.answer(ANSWER)
        host = proxy.endpoint.removeprefix("http://")
        monkeypatch.setenv("HTTP_PROXY", f"http://user:p%40ss@{host}")
        client = VodClient(**KEYS, endpoint="http://vod.example.invalid")
        client.get_ai_image_jobs(job_ids=["job"])
        client.close()
    (received,) = proxy.received
    assert received.headers["host"] == "vod.example.invalid"
    assert received.query["JobIds"] == "job"
    expected = base64.b64encode(b"user:p@ss").decode()
    assert received.headers["proxy-authorization"] == f"Basic {expected}"


@pytest.mark.asyncio
async def test_the_async_client_uses_the_proxy_option() -> None:
    with ScriptedServer() as proxy:
        proxy.answer(ANSWER)
        async with AsyncVodClient(
            **KEYS, endpoint="http://vod.example.invalid", proxy=proxy.endpoint
        ) as client:
            await client.get_ai_image_jobs(job_ids=["job"])
    (received,) = proxy.received
    assert received.headers["host"] == "vod.example.invalid"
