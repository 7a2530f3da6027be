"""Server-side checks of Alibaba RPC signatures, written from the reference, not the client."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote

from tests.support.scripted_server import Received


def _encode(text: str) -> str:
    return quote(text, safe="~")


def _canonical(query: dict[str, str]) -> str:
    pairs = sorted((_encode(k), _encode(v)) for k, v in query.items())
    return "&".join(f"{k}={v}" for k, v in pairs)


def v1_is_valid(received: Received, secret: str) -> bool:
    query = dict(received.query)
    signature = query.pop("Signature", "")
    to_sign = f"{received.method}&%2F&{_encode(_canonical(query))}"
    expected = base64.b64encode(
        hmac.new(f"{secret}&".encode(), to_sign.encode(), hashlib.sha1).digest()
    ).decode()
    return hmac.compare_digest(signature, expected)


def v3_is_valid(received: Received, access_key_id: str, secret: str) -> bool:
    authorization = received.headers.get("authorization", "")
    algorithm, _, rest = authorization.partition(" ")
    fields = dict(part.split("=", 1) for part in rest.split(","))
    if algorithm != "ACS3-HMAC-SHA256" or fields.get("Credential") != access_key_id:
        return False
    names = fields["SignedHeaders"].split(";")
    headers = "".join(f"{name}:{received.headers[name].strip()}\n" for name in names)
    canonical = "\n".join(
        (
            received.method,
            received.path,
            _canonical(received.query),
            headers,
            ";".join(names),
            received.headers["x-acs-content-sha256"],
        )
    )
    to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
    expected = hmac.new(secret.encode(), to_sign.encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(fields["Signature"], expected)
