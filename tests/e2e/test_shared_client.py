"""One client shared by many threads or tasks: every call gets its own answer, and the
connection limits hold.

Answers are matched to requests by request id: the offline server records, for each
RequestId it hands out, the parameters of the request it answered, and each caller sends
a JobIds value of its own.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generated.vod import RetryPolicy, VodClient
from generated.vod._runtime.http_sync import HttpTransport
from generated.vod._runtime.transport import ConnectionLimits, HttpRequest, Timeouts
from generated.vod.errors import ConfigurationError, TransportTimeoutError
from generated.vod.mock import MockServer

from .conftest import make_async_client, make_client

THREADS = 32
CALLS_PER_THREAD = 8


def _check_every_answer_is_its_own(
    server: MockServer, answers: list[tuple[str, str | None]], expected: int
) -> None:
    """``answers`` holds (JobIds sent, RequestId received) for every call."""
    assert len(answers) == expected, "an answer is missing"
    sent_by_id = {
        record.request_id: record.params.get("JobIds") for record in server.requests
    }
    assert len(sent_by_id) == expected, "the server did not answer every call once"
    request_ids = [request_id for _, request_id in answers]
    assert len(set(request_ids)) == expected, "two calls got the same answer"
    crossed = [
        (job, request_id)
        for job, request_id in answers
        if sent_by_id.get(request_id) != job
    ]
    assert crossed == [], "answers went to the wrong caller"


def test_32_threads_sharing_one_sync_client_each_get_their_own_answer(
    server: MockServer,
) -> None:
    client = make_client(server, max_connections_per_host=THREADS)

    def worker(thread: int) -> list[tuple[str, str | None]]:
        results = []
        for call in range(CALLS_PER_THREAD):
            job = f"job-{thread}-{call}"
            answer = client.get_ai_image_jobs(job_ids=[job])
            results.append((job, answer.request_id))
        return results

    with client, ThreadPoolExecutor(THREADS) as pool:
        answers = [item for chunk in pool.map(worker, range(THREADS)) for item in chunk]
    _check_every_answer_is_its_own(server, answers, THREADS * CALLS_PER_THREAD)


def test_threads_never_open_more_connections_than_the_limit(
    server: MockServer,
) -> None:
    client = make_client(server, max_connections_per_host=3)
    transport = client._transport
    peak = 0
    lock = threading.Lock()

    def worker(thread: int) -> list[tuple[str, str | None]]:
        nonlocal peak
        results = []
        for call in range(4):
            job = f"job-{thread}-{call}"
            results.append((job, client.get_ai_image_jobs(job_ids=[job]).request_id))
            with lock:
                peak = max(peak, transport.open_connections)  # type: ignore[attr-defined]
        return results

    with client, ThreadPoolExecutor(12) as pool:
        answers = [item for chunk in pool.map(worker, range(12)) for item in chunk]
    _check_every_answer_is_its_own(server, answers, 48)
    assert 1 <= peak <= 3
    assert server.connections_accepted <= 3


@pytest.mark.asyncio
async def test_100_tasks_sharing_one_async_client_each_get_their_own_answer(
    server: MockServer,
) -> None:
    async with make_async_client(server) as client:

        async def call(index: int) -> tuple[str, str | None]:
            job = f"job-{index}"
            return job, (await client.get_ai_image_jobs(job_ids=[job])).request_id

        answers = await asyncio.gather(*(call(index) for index in range(100)))
    _check_every_answer_is_its_own(server, list(answers), 100)


# --- the async pool's limits against a server that counts open connections ---------


class _Counting:
    def __init__(self) -> None:
        self.open = 0
        self.peak = 0
        self.accepted = 0
        self.answered = 0


@asynccontextmanager
async def _slow_counting_server(
    delay: float, first_at_once: bool = False
) -> AsyncIterator[tuple[str, _Counting]]:
    """HTTP/1.1 keep-alive on 127.0.0.1 answering every request after ``delay`` (but
    the very first one at once with ``first_at_once``)."""
    counting = _Counting()
    body = b'{"RequestId": "R", "AIImageJobList": []}'
    answer = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )

    async def handle(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        counting.accepted += 1
        counting.open += 1
        counting.peak = max(counting.peak, counting.open)
        try:
            while await reader.readuntil(b"\r\n\r\n"):
                counting.answered += 1
                if not (first_at_once and counting.answered == 1):
                    await asyncio.sleep(delay)
                writer.write(answer)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # the client hung up, or the server is closing
        finally:
            counting.open -= 1
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", counting
    finally:
        server.close()
        await server.wait_closed()


def _async_client(endpoint: str, **options: object) -> object:
    from generated.vod import AsyncVodClient

    return AsyncVodClient(
        access_key_id="id", access_key_secret="secret", endpoint=endpoint, **options
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "limits", [{"max_connections_per_host": 4}, {"max_connections": 3}]
)
async def test_async_pool_never_opens_more_connections_than_the_limit(
    limits: dict[str, int],
) -> None:
    async with _slow_counting_server(0.02) as (endpoint, counting):
        client = _async_client(endpoint, **limits)
        async with client:  # type: ignore[attr-defined]
            answers = await asyncio.gather(
                *(client.get_ai_image_jobs(job_ids=["j"]) for _ in range(40))  # type: ignore[attr-defined]
            )
    assert len(answers) == 40
    assert counting.peak == min(limits.values())
    assert counting.accepted == min(limits.values())


@pytest.mark.asyncio
async def test_async_wait_for_a_connection_counts_against_the_deadline() -> None:
    async with _slow_counting_server(1.0, first_at_once=True) as (endpoint, counting):
        client = _async_client(
            endpoint,
            max_connections_per_host=1,
            retry_policy=RetryPolicy(max_attempts=1, total_timeout=0.4),
        )
        async with client:  # type: ignore[attr-defined]
            # A first call, answered at once, sets the session (and TLS context) up
            # before the clock starts; on a busy machine setting it up may take the
            # first try's whole deadline, and the session is kept for the next try.
            for _ in range(5):
                try:
                    await client.get_ai_image_jobs(job_ids=["warm"])  # type: ignore[attr-defined]
                    break
                except TransportTimeoutError:
                    continue
            started = time.monotonic()
            results = await asyncio.gather(
                *(client.get_ai_image_jobs(job_ids=["j"]) for _ in range(2)),  # type: ignore[attr-defined]
                return_exceptions=True,
            )
            elapsed = time.monotonic() - started
    assert all(isinstance(result, TransportTimeoutError) for result in results)
    # The second call waited for the first one's connection within its own deadline:
    # had the wait not counted, it would have ended 0.8 s after the start, not 0.4 s.
    assert elapsed < 0.7
    assert counting.accepted <= 2
    assert counting.answered >= 2


# --- the sync pool's wait --------------------------------------------------------


@contextmanager
def _slow_threaded_server(delay: float) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            time.sleep(delay)
            body = b'{"RequestId": "R", "AIImageJobList": []}'
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_sync_wait_for_a_connection_counts_against_the_deadline() -> None:
    transport = HttpTransport(limits=ConnectionLimits(1, 1))
    with _slow_threaded_server(1.0) as endpoint:
        request = HttpRequest("GET", endpoint + "/", {})
        first = threading.Thread(
            target=lambda: transport.send(request, Timeouts(read=5.0))
        )
        first.start()
        time.sleep(0.2)  # the first call holds the only connection
        started = time.monotonic()
        with pytest.raises(TransportTimeoutError, match="free connection"):
            transport.send(request, Timeouts(read=5.0, deadline=started + 0.3))
        elapsed = time.monotonic() - started
        first.join()
        # Once the first call is answered, its connection serves the next one.
        assert transport.send(request, Timeouts(read=5.0)).status == 200
        assert transport.open_connections == 1
    transport.close()
    assert 0.25 <= elapsed < 0.9
    assert transport.open_connections == 0


@pytest.mark.parametrize(
    "options",
    [
        {"max_connections": 0},
        {"max_connections_per_host": -1},
        {"max_connections": 2.5},
        {"max_connections_per_host": True},
    ],
)
def test_limits_must_be_positive_counts(options: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError, match="max_connections"):
        VodClient(access_key_id="id", access_key_secret="s", **options)  # type: ignore[arg-type]
