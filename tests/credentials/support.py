"""Helpers of the credentials tests: profile files in a temporary HOME, and a transport
that records what a client would send and checks its signature."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts
from tests.runtime.verifier import v3_is_valid
from tests.support.scripted_server import Received

ANSWER = b'{"RequestId": "R-1", "AIImageJobList": []}'


def write_ini(home: Path, text: str) -> Path:
    folder = home / ".alibabacloud"
    folder.mkdir(exist_ok=True)
    path = folder / "credentials"
    path.write_text(text, encoding="utf-8")
    return path


def write_cli_config(
    home: Path, profiles: list[dict[str, object]], current: str = "default"
) -> Path:
    folder = home / ".aliyun"
    folder.mkdir(exist_ok=True)
    path = folder / "config.json"
    document = {"current": current, "profiles": profiles, "meta_path": ""}
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def as_received(request: HttpRequest) -> Received:
    parts = urlsplit(request.url)
    return Received(
        request.method,
        parts.path,
        dict(parse_qsl(parts.query, keep_blank_values=True)),
        {name.lower(): value for name, value in request.headers.items()},
        request.body,
    )


class RecordingTransport:
    """Answers every request with a small success and keeps the request."""

    def __init__(self) -> None:
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(200, {"content-type": "application/json"}, ANSWER)

    def close(self) -> None:
        pass

    def signed_by(self, access_key_id: str, secret: str) -> bool:
        """Whether the last request carries a valid V3 signature of this key."""
        return v3_is_valid(as_received(self.sent[-1]), access_key_id, secret)

    @property
    def last_headers(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.sent[-1].headers.items()}
