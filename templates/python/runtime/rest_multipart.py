"""``multipart/form-data`` request bodies, streamed from files rather than read whole.

A file argument is a ``pathlib.Path``, a binary file object or ``bytes``, or a
``FilePart`` wrapping one of them with a file name and a content type. The body is a
``MultipartBody``: iterating it (sync or async) yields chunks of at most
``CHUNK_SIZE`` bytes of each file, so memory stays bounded whatever the file's size;
the async iteration reads in a worker thread, never blocking the event loop.
Its length is known (and sent as ``Content-Length``) when every part's size is: paths,
bytes and seekable file objects; otherwise the transports send it chunked.

The boundary is 128 random bits: data written before the boundary was drawn cannot
aim at it. In-memory parts are checked before sending, and streamed ones while they
are read (a match, odds 2**-128, stops the request instead of sending a broken body).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import secrets
from collections.abc import AsyncIterator, Generator, Iterator, Sequence
from pathlib import PurePath
from typing import IO, Any, Union

__all__ = [
    "CHUNK_SIZE",
    "FileInput",
    "FilePart",
    "MultipartBody",
    "MultipartField",
    "file_problem",
]

CHUNK_SIZE = 64 * 1024
OCTET_STREAM = "application/octet-stream"


class FilePart:
    """A file to upload: ``source`` is a path, a binary file object or bytes;
    ``filename`` defaults to the path's name (or the file object's ``name``)."""

    __slots__ = ("source", "filename", "content_type")

    def __init__(
        self,
        source: PurePath | IO[bytes] | bytes,
        filename: str | None = None,
        content_type: str | None = None,
    ) -> None:
        self.source = source
        self.filename = filename
        self.content_type = content_type

    def __repr__(self) -> str:
        # The content never shows, nor a path beyond its name.
        return (
            f"FilePart(filename={self.filename!r}, content_type={self.content_type!r})"
        )


FileInput = Union[FilePart, PurePath, IO[bytes], bytes]


def _source_problem(source: object) -> str | None:
    if isinstance(source, (bytes, PurePath)):
        return None
    if isinstance(source, (str, bytearray, memoryview)):
        return (
            f"a file is a pathlib.Path, a binary file object or bytes,"
            f" not {type(source).__name__}"
        )
    if isinstance(source, io.TextIOBase):
        return "a file object must be opened in binary mode ('rb'), not text mode"
    if callable(getattr(source, "read", None)):
        return None
    return (
        f"a file is a pathlib.Path, a binary file object or bytes,"
        f" not {type(source).__name__}"
    )


def file_problem(value: object) -> str | None:
    """Why ``value`` cannot be uploaded as a file, or None when it can."""
    if isinstance(value, FilePart):
        for name in ("filename", "content_type"):
            text = getattr(value, name)
            if text is not None and not isinstance(text, str):
                return f"FilePart {name} must be text, not {type(text).__name__}"
        value = value.source
    problem = _source_problem(value)
    if problem is None and isinstance(value, PurePath) and not os.path.isfile(value):
        return f"no such file: {value.name!r}"
    return problem


def _quoted(text: str) -> str:
    """A name in a ``Content-Disposition`` header: quotes and line breaks escaped
    the way browsers do, so a name cannot end the header or start another."""
    return (
        text.replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace('"', "%22")
        .encode("utf-8")
        .decode("latin-1")
    )


class MultipartField:
    """One part: a text value, or a file (``file`` set) streamed when sent."""

    __slots__ = ("name", "data", "file", "content_type", "filename")

    def __init__(
        self,
        name: str,
        data: bytes = b"",
        file: FileInput | None = None,
        content_type: str | None = None,
    ) -> None:
        self.name = name
        self.data = data
        self.file: FileInput | None = file
        self.content_type = content_type
        self.filename: str | None = None
        if file is not None:
            self.filename, self.content_type = _file_names(file, content_type)

    def head(self, boundary: str) -> bytes:
        disposition = f'form-data; name="{_quoted(self.name)}"'
        if self.file is not None:
            disposition += f'; filename="{_quoted(self.filename or self.name)}"'
        lines = [f"--{boundary}", f"Content-Disposition: {disposition}"]
        if self.content_type is not None:
            lines.append(f"Content-Type: {self.content_type}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _file_names(file: FileInput, declared: str | None) -> tuple[str | None, str]:
    source: Any = file
    filename = content_type = None
    if isinstance(file, FilePart):
        source, filename, content_type = file.source, file.filename, file.content_type
    if filename is None:
        if isinstance(source, PurePath):
            filename = source.name
        elif isinstance(getattr(source, "name", None), str):
            filename = os.path.basename(source.name)
    return filename, content_type or declared or OCTET_STREAM


def text_field(
    name: str, value: Any, content_type: str | None = None
) -> MultipartField:
    """A part holding a value as text: scalars as they read, lists and objects as JSON."""
    if isinstance(value, bool):
        data = "true" if value else "false"
    elif isinstance(value, (str, int, float)):
        data = str(value)
    else:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        content_type = content_type or "application/json"
    return MultipartField(name, data.encode("utf-8"), None, content_type)


def _source(file: FileInput) -> Any:
    return file.source if isinstance(file, FilePart) else file


def _size(file: FileInput) -> int | None:
    """Bytes the file will give, or None when only reading it would tell."""
    source = _source(file)
    if isinstance(source, bytes):
        return len(source)
    if isinstance(source, PurePath):
        return os.stat(source).st_size
    try:
        if not source.seekable():
            return None
        here = source.tell()
        end = source.seek(0, io.SEEK_END)
        source.seek(here)
        return int(end - here)
    except (AttributeError, OSError, ValueError):
        return None


class MultipartBody:
    """A multipart body that can be sent more than once (a retried request rereads
    its files from where they started); iterate it for the bytes."""

    __slots__ = ("fields", "boundary", "content_type", "length", "_starts", "_read")

    def __init__(
        self, fields: Sequence[MultipartField], boundary: str | None = None
    ) -> None:
        self.fields = tuple(fields)
        self.boundary = boundary or self._boundary()
        self.content_type = f"multipart/form-data; boundary={self.boundary}"
        # Where each seekable file object stood when handed over: every sending
        # starts there.
        self._starts: dict[int, int] = {}
        self._read: set[int] = set()  # file objects already read from
        for index, field in enumerate(self.fields):
            source = _source(field.file) if field.file is not None else None
            if source is not None and not isinstance(source, (bytes, PurePath)):
                try:
                    if source.seekable():
                        self._starts[index] = source.tell()
                except (AttributeError, OSError, ValueError):
                    pass
        self.length = self._length()

    def _boundary(self) -> str:
        marker = secrets.token_hex(16)
        held = [f.data for f in self.fields] + [
            _source(f.file)
            for f in self.fields
            if f.file is not None and isinstance(_source(f.file), bytes)
        ]
        while any(marker.encode() in data for data in held):  # odds 2**-128
            marker = secrets.token_hex(16)
        return f"----FormBoundary{marker}"

    def _length(self) -> int | None:
        total = len(self._tail())
        for field in self.fields:
            total += len(field.head(self.boundary)) + 2  # CRLF after the content
            if field.file is None:
                total += len(field.data)
                continue
            size = _size(field.file)
            if size is None:
                return None
            total += size
        return total

    def _tail(self) -> bytes:
        return f"--{self.boundary}--\r\n".encode("latin-1")

    def _open(self, index: int, file: FileInput) -> tuple[Any, bool]:
        """A readable for the file, and whether it is ours to close."""
        source = _source(file)
        if isinstance(source, bytes):
            return io.BytesIO(source), True
        if isinstance(source, PurePath):
            return open(source, "rb"), True
        if index in self._starts:
            source.seek(self._starts[index])
        elif index in self._read:
            # Sending a half-read stream again would upload a truncated file.
            raise ValueError(
                f"part {self.fields[index].name!r}: a file object that cannot seek"
                " cannot be sent twice (a retry needs a path, bytes or a seekable file)"
            )
        self._read.add(index)
        return source, False

    def __iter__(self) -> Generator[bytes, None, None]:
        for index, field in enumerate(self.fields):
            yield field.head(self.boundary)
            if field.file is None:
                yield field.data
            else:
                readable, owned = self._open(index, field.file)
                try:
                    yield from self._chunks(readable)
                finally:
                    if owned:
                        readable.close()
            yield b"\r\n"
        yield self._tail()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Each step (opening a file, one read of at most CHUNK_SIZE) runs in a worker
        # thread: a slow disk or a network file system never stalls the event loop.
        chunks = iter(self)
        try:
            while True:
                chunk = await asyncio.to_thread(next, chunks, None)
                if chunk is None:
                    return
                yield chunk
        finally:
            chunks.close()  # closes a file this body opened, when sending stops early

    def _chunks(self, readable: Any) -> Iterator[bytes]:
        marker = f"\r\n--{self.boundary}".encode("latin-1")
        overlap = b""
        while True:
            chunk = readable.read(CHUNK_SIZE)
            if not chunk:
                return
            if not isinstance(chunk, bytes):
                raise TypeError("a file object must be opened in binary mode ('rb')")
            window = overlap + chunk[: len(marker)]
            if marker in window or marker in chunk:
                raise ValueError("file content holds the multipart boundary")
            overlap = (overlap + chunk)[-len(marker) :]
            yield chunk

    def __repr__(self) -> str:
        return f"MultipartBody({len(self.fields)} parts, length={self.length})"
