"""The six ROA reference requests of ``alibaba-roa.md`` (signed by Alibaba's own SDK,
AccessKey ``testid`` / ``testsecret``), as the service received them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import parse_qsl, urlsplit

ACCESS_KEY_ID = "testid"
SECRET = "testsecret"
HOST = "127.0.0.1:44381"
USER_AGENT = "AlibabaCloud (Linux; x86_64) Python/3.11.7 Core/0.4.3 TeaDSL/2"
TIMESTAMP = "2026-12-01T07:14:01Z"
HTTP_DATE = "Tue, 01 Dec 2026 07:14:01 GMT"
# The moment every vector was signed: a server checking freshness uses it as "now".
MOMENT = datetime(2026, 12, 1, 7, 14, 1, tzinfo=timezone.utc).timestamp()
API_VERSION = "2015-12-15"
JSON_TYPE = "application/json; charset=utf-8"
MODIFY_BODY = '{"cluster_name":"n ü","deletion_protection":true}'.encode()
ODD_CLUSTER = "c 1/ü+中"
ODD_CLUSTER_PATH = "/clusters/c%201%2F%C3%BC%2B%E4%B8%AD"
DELETE_TARGET = (
    "/clusters/c1?retain_all_resources=True"
    "&retain_resources=%5B%22lb-1%22%2C%22sg+2%22%5D"
)


@dataclass(frozen=True)
class Vector:
    name: str
    signature_version: str
    method: str
    action: str
    target: str  # raw path and query, as received
    nonce: str
    authorization: str
    body: bytes = b""

    @property
    def raw_path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    @property
    def headers(self) -> dict[str, str]:
        """Every header the SDK sent and signed, lower-case names."""
        headers = {
            "host": HOST,
            "accept": "application/json",
            "user-agent": USER_AGENT,
            "x-acs-version": API_VERSION,
            "x-acs-action": self.action,
            "x-acs-signature-nonce": self.nonce,
            "x-acs-credentials-provider": "static_ak",
        }
        if self.body:
            headers["content-type"] = JSON_TYPE
        if self.signature_version == "v3":
            headers["x-acs-date"] = TIMESTAMP
            headers["x-acs-content-sha256"] = hashlib.sha256(self.body).hexdigest()
        else:
            headers["date"] = HTTP_DATE
            headers["x-acs-signature-method"] = "HMAC-SHA1"
            headers["x-acs-signature-version"] = "1.0"
        return headers


def _v3(signed: str, signature: str) -> str:
    return (
        f"ACS3-HMAC-SHA256 Credential=testid,SignedHeaders={signed},"
        f"Signature={signature}"
    )


_SIGNED = (
    "accept;host;user-agent;x-acs-action;x-acs-content-sha256;"
    "x-acs-credentials-provider;x-acs-date;x-acs-signature-nonce;x-acs-version"
)
_SIGNED_WITH_TYPE = _SIGNED.replace("accept;", "accept;content-type;")

VECTORS = (
    Vector(
        "DescribeClusterDetail-v3",
        "v3",
        "GET",
        "DescribeClusterDetail",
        ODD_CLUSTER_PATH,
        "d727cdcd679217a48f9f19adefe528b6",
        _v3(
            _SIGNED,
            "31e817ad76b011cbbdd730373f98d5cd4f5797a667fae84599a7fc99bab9b968",
        ),
    ),
    Vector(
        "DeleteCluster-v3",
        "v3",
        "DELETE",
        "DeleteCluster",
        DELETE_TARGET,
        "6bd96bf0149a2ead2e9190e1cb5eb632",
        _v3(
            _SIGNED,
            "59eedd0e803e29f7b297c67144658e98f2070438f5484a2ec5493c84e8b29571",
        ),
    ),
    Vector(
        "ModifyCluster-v3",
        "v3",
        "PUT",
        "ModifyCluster",
        "/api/v2/clusters/c1",
        "01ba024f22456b92991cb6df4b3a51cf",
        _v3(
            _SIGNED_WITH_TYPE,
            "292394105badd15adf27cb615138a83c4d6465acd1660f9bbb644f41aa9c1c36",
        ),
        MODIFY_BODY,
    ),
    Vector(
        "DescribeClusterDetail-v1",
        "v1",
        "GET",
        "DescribeClusterDetail",
        ODD_CLUSTER_PATH,
        "f60933bbb1b2321bb038f6c5fa9ee251",
        "acs testid:g6cSPPCHqKQpDw0Uurf35SM+ua4=",
    ),
    Vector(
        "DeleteCluster-v1",
        "v1",
        "DELETE",
        "DeleteCluster",
        DELETE_TARGET,
        "a5f99cbef5bf1821de6bd0de04b5987b",
        "acs testid:woLHgl0dhRtQvoiKIo6KfyI57BQ=",
    ),
    Vector(
        "ModifyCluster-v1",
        "v1",
        "PUT",
        "ModifyCluster",
        "/api/v2/clusters/c1",
        "fb91f2fcd2a5ade8dbd63a9c76e65792",
        "acs testid:ngSMDsnzyPUjaNV+ODs1xT7owtc=",
        MODIFY_BODY,
    ),
)
V3_VECTORS = tuple(vector for vector in VECTORS if vector.signature_version == "v3")
V1_VECTORS = tuple(vector for vector in VECTORS if vector.signature_version == "v1")
