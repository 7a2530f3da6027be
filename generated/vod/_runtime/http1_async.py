"""HTTP/1.1 on an asyncio connection: write one request, read one answer.

The async twin of ``http1.Wire1``: the same request bytes (``request_head``) and the
same rules for an answer (``status_of``, ``header_lines_end``, ``answer_of``,
``chunk_length``...), so the two transports refuse a hostile answer at the same point
with the same exception; only the waiting differs. Bytes arrive through
``asyncio.Protocol.data_received`` into one buffer that the reader parses in place: an
answer that arrives in one segment is read without another trip through the loop.

Every wait for bytes (or for the peer to take an upload's bytes) ends at the
connection's ``deadline``, a ``loop.time()`` instant, with ``TimeoutError``: a server
dripping a byte at a time cannot stretch an answer past it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from http.client import IncompleteRead

from .http1 import (
    MAXHEADERS,
    MAXLINE,
    Answer,
    answer_of,
    chunk_length,
    header_lines_end,
    interim,
    readable_now,
    status_of,
    trailer_ends,
)

__all__ = ["Connection1"]

_LIMIT = MAXLINE + 1
# Unread bytes past this stop the transport reading from the socket until the reader
# wants more: a server that floods a connection (an idle one in the pool, say) fills
# the kernel's buffers, not this process's memory. Above the longest line the reader
# may wait for, so a paused connection always holds what the reader needs next.
MAX_BUFFERED = 256 * 1024


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError("the answer did not arrive in time"))


class Connection1(asyncio.Protocol):
    """One connection: its transport, the bytes read but not used yet, and whether
    the peer has ended the stream."""

    def __init__(self, loop: asyncio.AbstractEventLoop, host: str = "") -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        # The ``Host`` a request that names none is sent with.
        self.host = host
        self.deadline = 0.0
        # Whether any byte of the answer to the last request arrived: a request whose
        # answer had begun was received, and is never sent again.
        self.answered = False
        self._data = b""
        self._pos = 0
        self._eof = False
        self._error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._paused = False
        self._reading_paused = False

    # --- asyncio.Protocol --------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.answered = True
        if self._pos < len(self._data):
            self._data = self._data[self._pos :] + data
        else:
            self._data = data
        self._pos = 0
        if len(self._data) > MAX_BUFFERED and not self._reading_paused:
            transport = self.transport
            if transport is not None and not transport.is_closing():
                transport.pause_reading()
                self._reading_paused = True
        self._wake()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake()
        return False  # close the transport: nothing more is sent on it either

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        if exc is not None and self._error is None:
            self._error = exc
        self._wake()

    def pause_writing(self) -> None:
        self._paused = True

    def resume_writing(self) -> None:
        self._paused = False
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def _wait(self) -> None:
        """Until something happens on the connection, or the deadline passes."""
        if self.loop.time() >= self.deadline:
            raise TimeoutError("the answer did not arrive in time")
        if self._reading_paused:
            # The reader needs more than is buffered: let the socket be read again.
            self._reading_paused = False
            transport = self.transport
            if transport is not None and not transport.is_closing():
                transport.resume_reading()
        waiter = self._waiter = self.loop.create_future()
        timer = self.loop.call_at(self.deadline, _expire, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None

    # --- state -------------------------------------------------------------------

    @property
    def usable(self) -> bool:
        """Open, nothing unread, and nothing arrived while idle: an idle connection
        the server closed (or sent stray bytes on) would hand the next request an end
        of stream, or an answer that is not its own."""
        transport = self.transport
        if (
            self._eof
            or self._pos < len(self._data)
            or transport is None
            or transport.is_closing()
        ):
            return False
        # Bytes the event loop has not handed over yet (the task reuses the
        # connection before the loop polls it) count too, as in the sync reader.
        sock = transport.get_extra_info("socket")
        fileno = sock.fileno() if sock is not None else -1
        return fileno != -1 and not readable_now(fileno)

    @property
    def flushed(self) -> bool:
        """Every byte written has gone to the socket: the server took the request."""
        transport = self.transport
        return transport is not None and transport.get_write_buffer_size() == 0

    @property
    def drained(self) -> bool:
        """Nothing read but not used: the connection can carry another request."""
        return self._pos >= len(self._data)

    def close(self) -> None:
        if self.transport is not None:
            if self.loop.is_closed():
                _close_orphan(self.transport)
                return
            self.transport.close()

    def abort(self) -> None:
        """Close without waiting to flush what is unsent (a failed exchange)."""
        if self.transport is not None:
            if self.loop.is_closed():
                _close_orphan(self.transport)
                return
            self.transport.abort()

    # --- writing -----------------------------------------------------------------

    def send(self, data: bytes) -> None:
        self.answered = False
        self._write(data)

    def _write(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        transport = self.transport
        if transport is None or transport.is_closing():
            raise ConnectionResetError("the connection was closed")
        transport.write(data)

    async def send_more(self, data: bytes) -> bool:
        """Part of an upload, after waiting (within the deadline) while the peer is
        slow to take what was written before; False, and nothing written, once the
        final answer has begun to arrive: the server refused the upload early (a 413,
        say) and may read no more of it."""
        while self._paused and self._error is None and not self._eof:
            if self.final_answer_began:
                return False
            await self._wait()
        if self.final_answer_began:
            return False
        self._write(data)
        return True

    @property
    def final_answer_began(self) -> bool:
        """Bytes of an answer other than an interim one (``HTTP/1.1 1xx``) are here."""
        data, pos = self._data, self._pos
        # ``HTTP/1.1 `` is 9 bytes: the status's first digit follows.
        return len(data) - pos > 9 and data[pos + 9 : pos + 10] != b"1"

    # --- reading -----------------------------------------------------------------

    async def _more(self) -> bool:
        """Wait for more bytes; False at the end of the stream."""
        while True:
            if self._pos < len(self._data):
                return True
            if self._eof:
                if self._error is not None:
                    raise self._error  # a reset, say: not a clean end
                return False
            await self._wait()

    def _line(self, limit: int) -> bytes | None:
        """The next line, as ``Wire1.readline`` takes it; None when more bytes must
        come first."""
        data, pos = self._data, self._pos
        end = data.find(b"\n", pos, pos + limit)
        if end >= 0:
            self._pos = end + 1
            return data[pos : end + 1]
        if len(data) - pos >= limit:
            self._pos = pos + limit
            return data[pos : pos + limit]
        if self._eof:
            self._pos = len(data)
            return data[pos:]
        return None

    async def readline(self, limit: int) -> bytes:
        while True:
            line = self._line(limit)
            if line is not None:
                return line
            # A partial line stays in the buffer; the next bytes join it.
            await self._wait_for_more()

    async def _wait_for_more(self) -> None:
        if self._error is not None and self._eof:
            raise self._error
        size = len(self._data) - self._pos
        while not self._eof and len(self._data) - self._pos == size:
            await self._wait()

    async def read_some(self, size: int) -> bytes:
        """What is buffered (up to ``size`` bytes), else what arrives next; empty at
        the end of the stream."""
        if not await self._more():
            return b""
        data, pos = self._data, self._pos
        end = min(len(data), pos + size)
        self._pos = end
        return data[pos:end]

    async def read_head(self, method: str) -> Answer:
        """The status line and headers of the answer (after any interim answer)."""
        while True:
            line = self._line(_LIMIT)
            version, status = status_of(
                line if line is not None else await self.readline(_LIMIT)
            )
            if status >= 200 or not interim(status):  # interim() decides for 1xx
                return answer_of(version, status, await self._header_lines(), method)
            await self._header_lines()

    async def _header_lines(self) -> list[bytes]:
        lines: list[bytes] = []
        while True:
            line = self._line(_LIMIT)
            if line is None:
                line = await self.readline(_LIMIT)
            lines.append(line)
            # header_lines_end decides; most lines are plainly none of its cases.
            if not 2 < len(line) <= MAXLINE or len(lines) > MAXHEADERS:
                if header_lines_end(line, len(lines)):
                    return lines

    async def read_body(
        self, answer: Answer, add: Callable[[bytes], None], size: int
    ) -> int:
        """The answer's body, given to ``add`` a piece at a time; the count of bytes
        read. A short ``Content-Length`` body ends where the stream does (the caller
        compares the length it declared)."""
        if answer.chunked:
            return await self._chunked(add, size)
        left = answer.length
        if left is None:
            total = 0
            while chunk := await self.read_some(size):
                total += len(chunk)
                add(chunk)
            return total
        expected = left
        while left > 0:
            chunk = await self.read_some(min(size, left))
            if not chunk:
                answer.will_close = True  # the stream ended: nothing more to read
                break
            left -= len(chunk)
            add(chunk)
        return expected - left

    async def _chunked(self, add: Callable[[bytes], None], size: int) -> int:
        total = 0
        while True:
            line = self._line(_LIMIT)
            left = chunk_length(
                line if line is not None else await self.readline(_LIMIT)
            )
            if left == 0:
                # The trailer, up to its blank line (or the end of the stream).
                while not trailer_ends(await self.readline(_LIMIT)):
                    pass
                return total
            while left > 0:
                chunk = await self.read_some(min(size, left))
                if not chunk:
                    raise IncompleteRead(b"", left)
                left -= len(chunk)
                total += len(chunk)
                add(chunk)
            if await self._read_exactly(2) != b"\r\n":  # the CRLF after the data
                raise IncompleteRead(b"", 2)

    async def _read_exactly(self, size: int) -> bytes:
        """``size`` bytes, fewer only when the stream ends first."""
        pieces = []
        while size > 0:
            chunk = await self.read_some(size)
            if not chunk:
                break
            pieces.append(chunk)
            size -= len(chunk)
        return b"".join(pieces)


def _close_orphan(transport: asyncio.BaseTransport) -> None:
    """Close the socket under a transport whose event loop is closed (an application
    that ran ``asyncio.run`` twice, say). The transport's own close needs its loop to
    run; without this the socket stays open until the garbage collector closes it,
    warning of a leak. Reaches into asyncio's transports (a TLS one wraps a socket
    one), and does nothing with a transport it does not know."""
    layer: object = transport
    while layer is not None:
        sock = getattr(layer, "_sock", None)
        if sock is not None:
            sock.close()
            setattr(layer, "_sock", None)
        if isinstance(getattr(layer, "_closed", None), bool):
            setattr(layer, "_closed", True)  # a TLS transport: nothing left to warn of
        layer = getattr(getattr(layer, "_ssl_protocol", None), "_transport", None)
