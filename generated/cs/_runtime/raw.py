"""The HTTP answer a response or an error was read from, kept for debugging and for
headers the spec does not model.

A successful response carries it as ``response.raw``; a ``ServiceError``,
``ResponseParseError`` or ``ResponseValidationError`` as ``error.raw``. Its repr shows the
status, the content type, the header names and the body's length: never a header value
or the body, which may hold what a service echoed back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

__all__ = ["RawResponse"]


class RawResponse(NamedTuple):
    """Status, headers (lower-case names) and the whole body of one HTTP answer."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def request_id(self) -> str | None:
        """The ``x-acs-request-id`` header, when the answer has one."""
        return self.headers.get("x-acs-request-id")

    def header(self, name: str, default: str | None = None) -> str | None:
        """A header's value by name, in any capitalisation."""
        return self.headers.get(name.lower(), default)

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body parsed as JSON (``json.JSONDecodeError`` when it is not JSON)."""
        return json.loads(self.body)

    def redacted(
        self, secrets: Iterable[str], access_key_id: str | None = None
    ) -> RawResponse:
        """A copy with ``secrets`` (and named secrets) hidden in header values and body,
        as an error's message hides them."""
        from .redaction import redact

        headers = {
            name: redact(value, secrets, access_key_id)
            for name, value in self.headers.items()
        }
        text = self.body.decode("utf-8", errors="surrogateescape")
        body = redact(text, secrets, access_key_id).encode(
            "utf-8", errors="surrogateescape"
        )
        return RawResponse(self.status, headers, body)

    def __repr__(self) -> str:
        content_type = self.headers.get("content-type")
        return (
            f"RawResponse(status={self.status}, content_type={content_type!r},"
            f" headers={sorted(self.headers)!r}, body=<{len(self.body)} bytes>)"
        )
