"""Local stand-ins for the services credential sources call: STS (AssumeRole checked
against the caller's V3 signature, AssumeRoleWithOIDC against known tokens), the ECS
metadata service (IMDSv2 tokens, IMDSv1 fallback, role discovery) and a credentials URI.
Each issues numbered credentials and records what it was asked."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl

from generated.vod._runtime.credentials import Credentials
from tests.runtime.verifier import v3_is_valid
from tests.support.scripted_server import Answer, Received, ScriptedServer

ROLE_PATH = "/latest/meta-data/ram/security-credentials/"


def iso_utc(seconds: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _json(status: int, document: object) -> Answer:
    return Answer(status, json.dumps(document).encode())


class _Issuer:
    """Numbered credentials with a prefix, expiring ``lifetime`` seconds after issue."""

    def __init__(self, prefix: str, lifetime: float) -> None:
        self.prefix = prefix
        self.lifetime = lifetime
        self.issued: list[Credentials] = []
        self._lock = threading.Lock()

    def issue(self) -> tuple[Credentials, str]:
        with self._lock:
            number = len(self.issued) + 1
            credentials = Credentials(
                f"{self.prefix}.id-{number}",
                f"{self.prefix}-secret-{number}",
                f"{self.prefix}-token-{number}",
            )
            self.issued.append(credentials)
        return credentials, iso_utc(time.time() + self.lifetime)


class FakeSts:
    """STS on 127.0.0.1: AssumeRole for ``callers`` (key id -> secret), OIDC for
    ``oidc_tokens``; ``delay`` seconds per answer widens races for concurrency tests."""

    def __init__(
        self,
        callers: dict[str, str] | None = None,
        oidc_tokens: set[str] | None = None,
        lifetime: float = 3600.0,
        delay: float = 0.0,
    ) -> None:
        self.callers = dict(callers or {})
        self.oidc_tokens = set(oidc_tokens or ())
        self.delay = delay
        self.issuer = _Issuer("STS", lifetime)
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.server = ScriptedServer()
        self.server.responder = self._answer
        self.failing = False

    @property
    def endpoint(self) -> str:
        return self.server.endpoint

    @property
    def issued(self) -> list[Credentials]:
        return self.issuer.issued

    def _answer(self, received: Received) -> Answer:
        if self.delay:
            time.sleep(self.delay)
        if self.failing:
            return _json(503, {"Code": "ServiceUnavailable", "RequestId": "R-503"})
        action = received.headers.get("x-acs-action") or received.query.get("Action")
        if action == "AssumeRole":
            params = dict(received.query)
            authorization = received.headers.get("authorization", "")
            key_id = authorization.partition("Credential=")[2].partition(",")[0]
            secret = self.callers.get(key_id)
            if secret is None or not v3_is_valid(received, key_id, secret):
                self.requests.append(("AssumeRole-refused", params))
                return _json(
                    400,
                    {
                        "Code": "SignatureDoesNotMatch",
                        "Message": "The request signature does not conform.",
                        "RequestId": "R-SIG",
                    },
                )
        elif action == "AssumeRoleWithOIDC":
            params = dict(parse_qsl(received.body.decode()))
            if "authorization" in received.headers:
                return _json(400, {"Code": "Unexpected.Signature", "RequestId": "R-X"})
            if params.get("OIDCToken") not in self.oidc_tokens:
                self.requests.append(("AssumeRoleWithOIDC-refused", params))
                return _json(
                    400,
                    {
                        "Code": "InvalidParameter.OIDCToken",
                        "Message": "the OIDC token is invalid",
                        "RequestId": "R-OIDC",
                    },
                )
        else:
            return _json(400, {"Code": "InvalidAction", "RequestId": "R-?"})
        self.requests.append((action, params))
        credentials, expiration = self.issuer.issue()
        # Issued credentials may call STS in turn (a role assumed from a role).
        self.callers[credentials.access_key_id] = credentials.access_key_secret
        return _json(
            200,
            {
                "RequestId": "R-OK",
                "AssumedRoleUser": {"Arn": params.get("RoleArn", "")},
                "Credentials": {
                    "AccessKeyId": credentials.access_key_id,
                    "AccessKeySecret": credentials.access_key_secret,
                    "SecurityToken": credentials.security_token,
                    "Expiration": expiration,
                },
            },
        )

    @contextmanager
    def running(self) -> Iterator[FakeSts]:
        with self.server:
            yield self


class FakeMetadata:
    """The ECS metadata service: ``imdsv2`` hands out session tokens (and then insists on
    one); without it the token request fails and plain GETs are served (IMDSv1)."""

    TOKEN = "imds-session-token-5c1e"

    def __init__(
        self, role: str = "EcsWorkerRole", imdsv2: bool = True, lifetime: float = 3600
    ) -> None:
        self.role = role
        self.imdsv2 = imdsv2
        self.issuer = _Issuer("ECS", lifetime)
        self.server = ScriptedServer()
        self.server.responder = self._answer

    @property
    def endpoint(self) -> str:
        return self.server.endpoint

    @property
    def received(self) -> list[Received]:
        return self.server.received

    def _answer(self, received: Received) -> Answer:
        if received.method == "PUT" and received.path == "/latest/api/token":
            if not self.imdsv2:
                return Answer(404, b"not found")
            if "x-aliyun-ecs-metadata-token-ttl-seconds" not in received.headers:
                return Answer(400, b"ttl required")
            return Answer(200, self.TOKEN.encode())
        if self.imdsv2 and (
            received.headers.get("x-aliyun-ecs-metadata-token") != self.TOKEN
        ):
            return Answer(401, b"token required")
        if received.path == ROLE_PATH:
            return Answer(200, self.role.encode())
        if received.path == ROLE_PATH + self.role:
            credentials, expiration = self.issuer.issue()
            return _json(
                200,
                {
                    "Code": "Success",
                    "AccessKeyId": credentials.access_key_id,
                    "AccessKeySecret": credentials.access_key_secret,
                    "SecurityToken": credentials.security_token,
                    "Expiration": expiration,
                    "LastUpdated": iso_utc(time.time()),
                },
            )
        return Answer(404, b"not found")

    @contextmanager
    def running(self) -> Iterator[FakeMetadata]:
        with self.server:
            yield self


class FakeCredentialsUri:
    """A credentials URI answering ``{"Code": "Success", ...}``."""

    def __init__(self, lifetime: float = 3600) -> None:
        self.issuer = _Issuer("URI", lifetime)
        self.server = ScriptedServer()
        self.server.responder = self._answer

    @property
    def uri(self) -> str:
        return self.server.endpoint + "/credentials?secret-query=uri-query-secret"

    def _answer(self, received: Received) -> Answer:
        credentials, expiration = self.issuer.issue()
        return _json(
            200,
            {
                "Code": "Success",
                "AccessKeyId": credentials.access_key_id,
                "AccessKeySecret": credentials.access_key_secret,
                "SecurityToken": credentials.security_token,
                "Expiration": expiration,
            },
        )

    @contextmanager
    def running(self) -> Iterator[FakeCredentialsUri]:
        with self.server:
            yield self
