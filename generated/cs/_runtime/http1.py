"""HTTP/1.1 messages on a connected socket: write one request, read one answer.

``http.client`` builds a request a header at a time and parses every answer's headers
with the ``email`` package, through a new buffered file object per answer: for a small
answer on a kept-alive connection that is most of a round trip's CPU time. This module
writes the same bytes ``http.client`` writes (request line, ``Host`` unless given,
``Accept-Encoding: identity`` unless given, ``Content-Length`` or chunked framing
unless given, then the headers in their order) in one ``sendall``, and reads the answer by
``http.client``'s rules (status line, ``100 Continue``, header limits, chunked and
``Content-Length`` bodies, reading to the close, ``will_close``), raising the same
exception types, so callers handle failures as they did.

Connecting (TCP, TLS, a proxy's ``CONNECT`` tunnel) stays with ``http.client``.

The rules themselves (``status_of``, ``header_lines_end``, ``answer_of``,
``chunk_length``, ``trailer_ends``, ``request_head``) are functions of bytes already
read: ``Wire1`` here waits on a blocking socket, ``http1_async.Connection1`` on an event
loop, and both answer a hostile server the same way.
"""

from __future__ import annotations

import re
import select
import time
from collections.abc import Iterable, Mapping
from http.client import (
    BadStatusLine,
    HTTPException,
    IncompleteRead,
    LineTooLong,
    RemoteDisconnected,
    UnknownProtocol,
)
from typing import TYPE_CHECKING
from urllib.parse import SplitResult

if TYPE_CHECKING:  # pragma: no cover
    import socket

__all__ = [
    "LAST_CHUNK",
    "MAXHEADERS",
    "MAXLINE",
    "Answer",
    "Unsendable",
    "Wire1",
    "absolute_form_host",
    "answer_of",
    "chunk_frame",
    "chunk_length",
    "header_lines_end",
    "host_header",
    "interim",
    "proxy_authorization",
    "readable_now",
    "request_head",
    "status_of",
    "trailer_ends",
]

# http.client's limits, so a hostile answer is refused at the same point.
MAXLINE = _MAXLINE = 65536
MAXHEADERS = _MAXHEADERS = 100
_RECV_SIZE = 64 * 1024
# A request up to this size goes in one ``sendall``: the socket's buffers take it
# whole. A larger one is written a slice at a time, watching for an early answer.
_WATCHED_SEND = 64 * 1024
_SEND_SIZE = 256 * 1024
_BODY_METHODS = frozenset({"PATCH", "POST", "PUT"})
# What http.client refuses in a request line and in header names and values.
_BAD_METHOD = re.compile("[\x00-\x1f]")
_BAD_TARGET = re.compile("[\x00-\x20\x7f]")
# Stricter than http.client: a name is an RFC 9110 token, and a value (checked in
# request_head) holds no CR, LF or NUL at all. http.client lets "\r\n " through as a
# folded line, which a lenient server may read as a header of its own: an injected one
# when the value came from a caller.
_LEGAL_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# A chunk's size: hex digits (int(..., 16) would also take "0x", "-" and "_").
_CHUNK_SIZE = re.compile(rb"[ \t]*([0-9A-Fa-f]{1,16})[ \t]*(?:;[^\r\n]*)?(?:\r?\n)?")
# An answer's header line: the name characters the email parser accepts.
_HEADER_LINE = re.compile(r"([\x21-\x39\x3b-\x7e]+):[ \t]*(.*)", re.DOTALL)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Header names already checked: the client sends the same few on every call.
_CHECKED_NAMES: set[str] = set()


class Unsendable(ValueError):
    """A request that cannot be written: ``part`` names what is wrong (``/method``,
    ``/target``, ``/headers/<name>``), never its text, which may hold a credential
    or a signed query."""

    def __init__(self, part: str, problem: str) -> None:
        self.part = part
        self.problem = problem
        super().__init__(f"{part}: {problem}")


def request_head(
    method: str,
    target: str,
    headers: Mapping[str, str],
    default_host: str,
    body_length: int | None,
    streamed: bool,
    accept_encoding: str = "identity",
) -> tuple[bytes, bool]:
    """The request line and headers as http.client writes them, and whether the body
    goes chunked. ``body_length`` is the length of a bytes body (None for none);
    ``streamed`` says the body is an iterable of unknown total length;
    ``accept_encoding`` is sent unless the headers name one."""
    if _BAD_METHOD.search(method) or not method.isascii():
        raise Unsendable("/method", "has a control or non-ASCII character")
    if _BAD_TARGET.search(target) or not target.isascii():
        raise Unsendable("/target", "has a space, control or non-ASCII character")
    lines = [f"{method} {target} HTTP/1.1"]
    names = set()
    for name in headers:
        names.add(name.lower())
    if "host" not in names:
        lines.append(f"Host: {default_host}")
    if "accept-encoding" not in names:
        lines.append(f"Accept-Encoding: {accept_encoding}")
    # The framing header comes before the caller's, where http.client puts it.
    chunked = False
    if "content-length" not in names and "transfer-encoding" not in names:
        if streamed:
            chunked = True
            lines.append("Transfer-Encoding: chunked")
        elif body_length is not None:
            lines.append(f"Content-Length: {body_length}")
        elif method.upper() in _BODY_METHODS:
            lines.append("Content-Length: 0")
    for name, value in headers.items():
        if name not in _CHECKED_NAMES:
            if not _LEGAL_NAME.fullmatch(name):
                shown = name.encode("unicode_escape").decode()
                raise Unsendable(f"/headers/{shown}", "is not a header name")
            if len(_CHECKED_NAMES) < 256:
                _CHECKED_NAMES.add(name)
        if not isinstance(value, str):
            value = str(value)
        if "\r" in value or "\n" in value or "\x00" in value:
            raise Unsendable(f"/headers/{name}", "has a line break or NUL in its value")
        if not value.isascii():
            try:
                value.encode("latin-1")
            except UnicodeEncodeError:
                raise Unsendable(
                    f"/headers/{name}", "has a value that is not Latin-1 text"
                ) from None
        lines.append(f"{name}: {value}")
    lines.append("\r\n")
    # Header values are Latin-1, as http.client encodes them.
    return "\r\n".join(lines).encode("latin-1"), chunked


class Answer:
    """The head of an answer: status, headers (lower-case names, the last of a repeated
    one), how its body is framed and whether the connection ends with it."""

    __slots__ = ("status", "headers", "length", "chunked", "will_close")

    def __init__(
        self,
        status: int,
        headers: dict[str, str],
        length: int | None,
        chunked: bool,
        will_close: bool,
    ) -> None:
        self.status = status
        self.headers = headers
        self.length = length
        self.chunked = chunked
        self.will_close = will_close


# --- the rules, shared by the sync reader below and the async one (http1_async) -----


def status_of(line: bytes) -> tuple[str, int]:
    """The version and status code of a status line read with a limit of
    ``MAXLINE + 1`` bytes."""
    text = str(line, "iso-8859-1")
    if len(text) > _MAXLINE:
        raise LineTooLong("status line")
    if not text:
        raise RemoteDisconnected("Remote end closed connection without response")
    try:
        version, status, _ = text.split(None, 2)
    except ValueError:
        try:
            version, status = text.split(None, 1)
        except ValueError:
            version = ""
    if not version.startswith("HTTP/"):
        raise BadStatusLine(_shown(text))
    try:
        code = int(status)
    except ValueError:
        raise BadStatusLine(_shown(text)) from None
    if code < 100 or code > 999:
        raise BadStatusLine(_shown(text))
    return version, code


def interim(status: int) -> bool:
    """Whether an answer with this status precedes the final one (its headers are
    read and dropped)."""
    if status == 101:
        # Nothing asked to switch protocols: what follows is not HTTP/1.1.
        raise HTTPException("unexpected 101 Switching Protocols")
    # Every interim answer (100 Continue, 103 Early Hints...) precedes the final one:
    # http.client returns a 103 as the answer, and leaves the real one to be read as
    # the next request's.
    return 100 <= status < 200


def header_lines_end(line: bytes, count: int) -> bool:
    """Whether ``line``, the ``count``-th header line (read with a limit of
    ``MAXLINE + 1`` bytes), ends the headers; refuses one too long or too many."""
    if len(line) > _MAXLINE:
        raise LineTooLong("header line")
    if count > _MAXHEADERS:
        raise HTTPException(f"got more than {_MAXHEADERS} headers")
    return line in (b"\r\n", b"\n", b"")


def answer_of(version: str, status: int, lines: list[bytes], method: str) -> Answer:
    """The head of a final answer from its status line's parts and header lines."""
    if version in ("HTTP/1.0", "HTTP/0.9"):
        http11 = False
    elif version.startswith("HTTP/1."):
        http11 = True
    else:
        raise UnknownProtocol(_shown(version))
    headers: dict[str, str] = {}
    # Framing follows the first of a repeated header, as http.client reads it.
    framing: dict[str, str] = {}
    text = b"".join(lines).decode("iso-8859-1")
    name = ""
    for line in _LINE_BREAK.split(text):
        if not line:
            break
        if line[0] in " \t":
            if name:  # a folded line continues the last header's value
                headers[name] += "\r\n" + line
            continue
        found = _HEADER_LINE.fullmatch(line)
        if found is None:
            if line[0] == ":" or line.startswith("From "):
                # A nameless header, an mbox envelope line: the email parser drops
                # them and any folded lines after them.
                name = ""
                continue
            break  # where the email parser decides the headers ended
        name = found.group(1).lower()
        value = found.group(2)
        headers[name] = value
        if name not in framing:
            framing[name] = value
        elif name == "content-length" and value.strip() != framing[name].strip():
            # Two lengths: which one frames the body is anyone's guess.
            raise HTTPException("conflicting Content-Length headers")
    encoding = framing.get("transfer-encoding")
    chunked = bool(encoding) and encoding.strip().lower() == "chunked"  # type: ignore[union-attr]
    connection = framing.get("connection")
    if http11:
        will_close = bool(connection) and "close" in connection.lower()  # type: ignore[union-attr]
    else:
        proxy = framing.get("proxy-connection")
        will_close = not (
            framing.get("keep-alive")
            or (connection and "keep-alive" in connection.lower())
            or (proxy and "keep-alive" in proxy.lower())
        )
    length: int | None = None
    declared = framing.get("content-length")
    if encoding is not None:
        # Transfer-Encoding overrides Content-Length (RFC 9112 6.3); an answer with
        # both, or with a coding other than chunked, may mean framing trouble: its
        # connection serves no other answer.
        will_close = will_close or declared is not None or not chunked
    elif declared:
        length = _content_length(declared)
    if status in (204, 304) or 100 <= status < 200 or method == "HEAD":
        length = 0
        chunked = False
    if not will_close and not chunked and length is None:
        will_close = True
    return Answer(status, headers, length, chunked, will_close)


def chunk_length(line: bytes) -> int:
    """The size on a chunk's first line (read with a limit of ``MAXLINE + 1``)."""
    if len(line) > _MAXLINE:
        raise LineTooLong("chunk size")
    found = _CHUNK_SIZE.fullmatch(line)
    if found is None:
        raise IncompleteRead(b"")
    return int(found.group(1), 16)


def trailer_ends(line: bytes) -> bool:
    """Whether a trailer line (read with a limit of ``MAXLINE + 1``) ends the
    trailer, and with it the chunked body."""
    if len(line) > _MAXLINE:
        raise LineTooLong("trailer line")
    return line in (b"\r\n", b"\n", b"")


def chunk_frame(chunk: bytes) -> bytes:
    """One piece of a chunked request body, framed."""
    return f"{len(chunk):X}\r\n".encode("ascii") + chunk + b"\r\n"


LAST_CHUNK = b"0\r\n\r\n"


def proxy_authorization(proxy: SplitResult | None) -> dict[str, str]:
    """Basic ``Proxy-Authorization`` for a proxy URL with ``user:password@``."""
    if proxy is None or proxy.username is None:
        return {}
    import base64
    from urllib.parse import unquote

    pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}"
    return {"Proxy-Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}


def host_header(host: str, port: int | None, default_port: int) -> str:
    """The ``Host`` http.client sends for a connection to ``host:port`` when the
    request names none: IDNA for a non-ASCII name, brackets around an IPv6 address
    (without its zone), the port only when it is not the scheme's."""
    try:
        text = host.encode("ascii").decode("ascii")
    except UnicodeEncodeError:
        text = host.encode("idna").decode("ascii")
    if ":" in host:
        text = "[" + text.split("%", 1)[0] + "]"
    if port is None or port == default_port:
        return text
    return f"{text}:{port}"


def absolute_form_host(netloc: str) -> str:
    """The ``Host`` of a request in the absolute form through a plain-HTTP proxy:
    the URL's own host and port (IDNA, without an IPv6 literal's ``%zone``, which is
    local to this machine: what http.client keeps of such a host)."""
    try:
        encoded = netloc.encode("ascii")
    except UnicodeEncodeError:
        encoded = netloc.encode("idna")
    encoded, percent, _ = encoded.partition(b"%")
    return (encoded + b"]" if percent else encoded).decode("ascii")


class Wire1:
    """One connection's socket and the bytes read from it but not used yet.

    Every read first checks the answer's deadline (a ``time.monotonic()`` instant) and
    gives the socket only what is left of it, so a server dripping a byte at a time
    cannot stretch an answer past it.
    """

    __slots__ = ("sock", "host", "deadline", "answered", "complete", "_data", "_pos")

    def __init__(self, sock: socket.socket, host: str = "") -> None:
        self.sock = sock
        # The ``Host`` a request that names none is sent with.
        self.host = host
        self.deadline = 0.0
        # Whether any byte of the answer to the last request arrived: a request
        # whose answer had begun was received, and is never sent again.
        self.answered = False
        # Whether the last request went out whole (see ``cut_short``).
        self.complete = True
        self._data = b""
        self._pos = 0

    @property
    def usable(self) -> bool:
        """Open, nothing unread, and nothing arrived while idle: an idle connection
        the server closed (or sent stray bytes on) would hand the next request an
        end of stream, or an answer that is not its own."""
        if self._pos < len(self._data):
            return False
        sock = self.sock
        fileno = sock.fileno()
        if fileno == -1:
            return False
        pending = getattr(sock, "pending", None)  # TLS: decrypted, not yet read
        if pending is not None and pending():
            return False
        return not readable_now(fileno)

    def close(self) -> None:
        self.sock.close()

    # --- writing ---------------------------------------------------------------

    def send(self, head: bytes, body: bytes | None) -> None:
        self.answered = False
        self.complete = False
        data = head + body if body else head
        if len(data) <= _WATCHED_SEND:
            self.sock.sendall(
                data
            )  # fits the socket's buffers: cannot wait on the server
            self.complete = True
        else:
            self.complete = self._sendall(data)

    def send_stream(self, head: bytes, chunks: Iterable[bytes], chunked: bool) -> None:
        """Each write gets what is left of the deadline, not a whole timeout of its
        own: a server reading slowly cannot stretch an upload past the deadline."""
        self.answered = False
        self.complete = False
        if not self._sendall(head):
            return
        for chunk in chunks:
            if not chunk:
                continue
            if not self._sendall(chunk_frame(chunk) if chunked else chunk):
                return
        if chunked and not self._sendall(LAST_CHUNK):
            return
        self.complete = True

    @property
    def cut_short(self) -> bool:
        """Whether the last request was not sent whole because the server answered
        (or closed) first; the connection then never carries another request."""
        return not self.complete

    def _sendall(self, data: bytes) -> bool:
        """``data`` written within the deadline; False, with the rest unsent, once the
        server answers or closes: it will not read the rest, and waiting for it to
        would only run the request into its deadline instead of returning the answer."""
        sock = self.sock
        view = memoryview(data)
        while view:
            # An endless deadline (a test's) still waits for finite spans.
            left = min(self.deadline - time.monotonic(), 86400.0)
            if left <= 0:
                raise TimeoutError("the request could not be sent in time")
            readable, writable = _wait_for_io(sock.fileno(), left)
            if readable and self._answered_early():
                return False
            if not writable:
                continue
            sock.settimeout(left)
            try:
                sent = sock.send(view[:_SEND_SIZE])
            except (BrokenPipeError, ConnectionResetError):
                # The server closed, perhaps after answering: read what it said.
                if self._answered_early():
                    return False
                raise
            view = view[sent:]
        return True

    def _answered_early(self) -> bool:
        """Reads what arrived without waiting: True if the server answered or closed.

        A readable TLS socket may hold only the server's session ticket, which is no
        answer: the upload then goes on."""
        import ssl  # loaded already where TLS is used; plain HTTP never needs it

        sock = self.sock
        sock.settimeout(0)
        try:
            chunk = sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError, ssl.SSLWantReadError):
            return False
        except (BrokenPipeError, ConnectionResetError):
            return True  # nothing to read: reading the answer reports the close
        if chunk:
            self.answered = True
            self._keep(chunk)
        return True

    # --- reading ---------------------------------------------------------------

    def _recv(self) -> bytes:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the answer did not arrive in time")
        self.sock.settimeout(left)
        chunk = self.sock.recv(_RECV_SIZE)
        if chunk:
            self.answered = True
        return chunk

    def _fill(self) -> bool:
        """More bytes into the buffer; False at the end of the stream."""
        chunk = self._recv()
        if not chunk:
            return False
        self._keep(chunk)
        return True

    def _keep(self, chunk: bytes) -> None:
        """``chunk`` after the bytes not used yet."""
        data = self._data
        self._data = (data[self._pos :] + chunk) if self._pos < len(data) else chunk
        self._pos = 0

    def readline(self, limit: int) -> bytes:
        """Up to and including the next ``\\n``, at most ``limit`` bytes; what is left
        at the end of the stream."""
        while True:
            data, pos = self._data, self._pos
            end = data.find(b"\n", pos, pos + limit)
            if end >= 0:
                self._pos = end + 1
                return data[pos : end + 1]
            if len(data) - pos >= limit:
                self._pos = pos + limit
                return data[pos : pos + limit]
            if not self._fill():
                self._pos = len(self._data)
                return self._data[pos:]

    def read(self, size: int) -> bytes:
        """``size`` bytes, fewer only when the stream ends first."""
        data, pos = self._data, self._pos
        if len(data) - pos >= size:
            self._pos = pos + size
            return data[pos : pos + size]
        pieces = [data[pos:]]
        self._data, self._pos = b"", 0
        have = len(pieces[0])
        while have < size:
            chunk = self._recv()
            if not chunk:
                return b"".join(pieces)
            pieces.append(chunk)
            have += len(chunk)
        joined = b"".join(pieces)
        self._data = joined[size:]
        return joined[:size]

    def read_some(self, size: int) -> bytes:
        """What is buffered (up to ``size`` bytes), else one read from the socket."""
        data, pos = self._data, self._pos
        if pos < len(data):
            end = min(len(data), pos + size)
            self._pos = end
            return data[pos:end]
        chunk = self._recv()
        if len(chunk) > size:
            self._data, self._pos = chunk, size
            return chunk[:size]
        return chunk

    def read_head(self, method: str) -> Answer:
        """The status line and headers of the answer (after any ``100 Continue``)."""
        while True:
            version, status = status_of(self.readline(_MAXLINE + 1))
            if status >= 200 or not interim(status):  # interim() decides for 1xx
                return answer_of(version, status, self._header_lines(), method)
            self._header_lines()

    @property
    def drained(self) -> bool:
        """Nothing read but not used: the connection can carry another request."""
        return self._pos >= len(self._data)

    def _header_lines(self) -> list[bytes]:
        lines: list[bytes] = []
        while True:
            line = self.readline(_MAXLINE + 1)
            lines.append(line)
            # header_lines_end decides; most lines are plainly none of its cases.
            if not 2 < len(line) <= _MAXLINE or len(lines) > _MAXHEADERS:
                if header_lines_end(line, len(lines)):
                    return lines

    def body_chunks(self, answer: Answer, size: int) -> Iterable[bytes]:
        """The answer's body, a piece at a time; a short ``Content-Length`` body ends
        where the stream does (the caller compares the length it declared)."""
        if answer.chunked:
            yield from self._chunked(size)
            return
        left = answer.length
        if left is None:
            while chunk := self.read_some(size):
                yield chunk
            return
        while left > 0:
            chunk = self.read_some(min(size, left))
            if not chunk:
                answer.will_close = True  # the stream ended: nothing more to read
                return
            left -= len(chunk)
            yield chunk

    def _chunked(self, size: int) -> Iterable[bytes]:
        while True:
            left = chunk_length(self.readline(_MAXLINE + 1))
            if left == 0:
                # The trailer, up to its blank line (or the end of the stream).
                while not trailer_ends(self.readline(_MAXLINE + 1)):
                    pass
                return
            while left > 0:
                chunk = self.read_some(min(size, left))
                if not chunk:
                    raise IncompleteRead(b"", left)
                left -= len(chunk)
                yield chunk
            if self.read(2) != b"\r\n":  # the CRLF after the chunk's data
                raise IncompleteRead(b"", 2)


def _wait_for_io(fileno: int, timeout: float) -> tuple[bool, bool]:
    """(readable, writable) once either holds or ``timeout`` seconds pass."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fileno, select.POLLIN | select.POLLOUT)
        events = 0
        for _, happened in poller.poll(timeout * 1000):
            events |= happened
        readable = bool(events & (select.POLLIN | select.POLLHUP | select.POLLERR))
        return readable, bool(events & select.POLLOUT)
    can_read, can_write, _ = select.select([fileno], [fileno], [], timeout)
    return bool(can_read), bool(can_write)


def readable_now(fileno: int) -> bool:
    """Whether a read would not block (bytes, or the end of the stream, are there);
    poll where there is one, since select refuses descriptors past 1023."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fileno, select.POLLIN)
        return bool(poller.poll(0))
    readable, _, _ = select.select([fileno], [], [], 0)
    return bool(readable)


def _content_length(declared: str) -> int | None:
    """A Content-Length's value: digits (a list of one repeated value, as a proxy
    may join two headers); None for anything else, and the body then runs to the
    connection's close."""
    values = {value.strip() for value in declared.split(",")}
    if len(values) != 1:
        raise HTTPException("conflicting Content-Length values")
    value = values.pop()
    return int(value) if value.isdigit() and value.isascii() else None


def _shown(text: str) -> str:
    """A server's text for an error message: escaped (no terminal control codes in a
    log) and short (a status line may run to 64 KiB)."""
    return ascii(text[:80]) + ("..." if len(text) > 80 else "")
