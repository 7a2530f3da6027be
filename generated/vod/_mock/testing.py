"""Test doubles for a generated client: transports that record requests and answer from a
script, and the conversion that lets the offline server's checks judge a captured request.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .._runtime.transport import HttpRequest, HttpResponse, Timeouts
from .auth import IncomingRequest

__all__ = [
    "ACCESS_KEY_ID",
    "ACCESS_KEY_SECRET",
    "AsyncRecordingTransport",
    "Answer",
    "CONTENT_TYPES",
    "RecordingTransport",
    "V1_COMMON",
    "V3_HEADERS",
    "answer",
    "example_client",
    "incoming_request",
    "no_sleep",
    "query_of",
]

# What every generated example test shares, kept here once instead of in each test
# module: the made-up keys, the answer formats, and the fixed parts of a signed request.
ACCESS_KEY_ID = "example-access-key-id"
ACCESS_KEY_SECRET = "example-access-key-secret"
# A v1 (Alibaba RPC) request's query: the operation's parameters and exactly these.
V1_COMMON = frozenset(
    {
        "AccessKeyId",
        "Action",
        "Format",
        "Signature",
        "SignatureMethod",
        "SignatureNonce",
        "SignatureVersion",
        "Timestamp",
        "Version",
    }
)
# Headers every V3 request carries (the query keeps the parameters and Format).
V3_HEADERS = frozenset(
    {
        "authorization",
        "host",
        "x-acs-action",
        "x-acs-content-sha256",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-version",
    }
)
CONTENT_TYPES = {
    "json": "application/json;charset=utf-8",
    "xml": "text/xml;charset=utf-8",
}

_Client = TypeVar("_Client")

# An answer is a response, an exception to raise, or a function of the request.
Answer = HttpResponse | BaseException | Callable[[HttpRequest], HttpResponse]


def query_of(request: HttpRequest) -> dict[str, str]:
    """The decoded query parameters of a captured request."""
    return dict(parse_qsl(urlsplit(request.url).query, keep_blank_values=True))


def no_sleep(seconds: float) -> None:
    """The ``sleep`` of a client under test: an example test never retries."""
    raise AssertionError("an example test never retries")


def answer(status: int, response_format: str, body: str) -> HttpResponse:
    """A service answer with ``body`` in ``response_format`` (``json`` or ``xml``)."""
    return HttpResponse(
        status, {"content-type": CONTENT_TYPES[response_format]}, body.encode("utf-8")
    )


def example_client(
    client_class: Callable[..., _Client],
    transport: RecordingTransport,
    signature_version: Literal["v1", "v3"] = "v3",
    response_format: str = "json",
) -> _Client:
    """A client of ``client_class`` that sends through ``transport`` with the example
    keys, tries once and never sleeps."""
    return client_class(
        access_key_id=ACCESS_KEY_ID,
        access_key_secret=ACCESS_KEY_SECRET,
        transport=transport,
        signature_version=signature_version,
        response_format=response_format,
        max_attempts=1,
        sleep=no_sleep,
    )


def incoming_request(request: HttpRequest) -> IncomingRequest:
    """A captured client request as the offline server would receive it."""
    parts = urlsplit(request.url)
    headers = {name.lower(): value for name, value in request.headers.items()}
    headers.setdefault("host", parts.netloc)
    return IncomingRequest(
        method=request.method,
        path=parts.path or "/",
        query=query_of(request),
        headers=headers,
        # A streamed (multipart) body is read whole here, as the server would.
        body=(request.body if request.stream is None else b"".join(request.stream)),
    )


class _Script:
    def __init__(self, answers: tuple[Answer, ...]) -> None:
        if not answers:
            raise ValueError("give at least one answer")
        self._answers = list(answers)
        self.requests: list[HttpRequest] = []
        self.closed = False

    def next_answer(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        # Answers are used in order; the last one answers every request after it.
        answer = self._answers.pop(0) if len(self._answers) > 1 else self._answers[0]
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, HttpResponse):
            return answer
        return answer(request)


class RecordingTransport:
    """A synchronous transport that records each request and answers from a script."""

    def __init__(self, *answers: Answer) -> None:
        self._script = _Script(answers)

    @property
    def requests(self) -> list[HttpRequest]:
        return self._script.requests

    @property
    def closed(self) -> bool:
        return self._script.closed

    def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        return self._script.next_answer(request)

    def close(self) -> None:
        self._script.closed = True


class AsyncRecordingTransport:
    """The asynchronous twin of ``RecordingTransport``."""

    def __init__(self, *answers: Answer) -> None:
        self._script = _Script(answers)

    @property
    def requests(self) -> list[HttpRequest]:
        return self._script.requests

    @property
    def closed(self) -> bool:
        return self._script.closed

    async def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
        return self._script.next_answer(request)

    async def aclose(self) -> None:
        self._script.closed = True
