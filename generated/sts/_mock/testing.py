"""Test doubles for a generated client: transports that record requests and answer from a
script, and the conversion that lets the offline server's checks judge a captured request.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

from .._runtime.transport import HttpRequest, HttpResponse, Timeouts
from .auth import IncomingRequest

__all__ = [
    "AsyncRecordingTransport",
    "Answer",
    "RecordingTransport",
    "incoming_request",
    "query_of",
]

# An answer is a response, an exception to raise, or a function of the request.
Answer = HttpResponse | BaseException | Callable[[HttpRequest], HttpResponse]


def query_of(request: HttpRequest) -> dict[str, str]:
    """The decoded query parameters of a captured request."""
    return dict(parse_qsl(urlsplit(request.url).query, keep_blank_values=True))


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
