"""Read a ``multipart/form-data`` body back into its parts, for the offline server.

The server has already bounded the body (its size cap applies, sized or chunked), so
the parts are read from memory. A file part (one with a ``filename``) comes back as
its bytes, a text part as its text; anything malformed is a ``ValueError`` naming what.
"""

from __future__ import annotations

import re

__all__ = ["MultipartPart", "boundary_of", "parse"]

_BOUNDARY = re.compile(r';\s*boundary="?([0-9A-Za-z\'()+_,./:=? -]{1,70})"?', re.I)
_PARAMETER = re.compile(r';\s*([A-Za-z*]+)="((?:[^"\\]|\\.)*)"')


class MultipartPart:
    __slots__ = ("name", "filename", "content_type", "data")

    def __init__(
        self, name: str, filename: str | None, content_type: str | None, data: bytes
    ) -> None:
        self.name = name
        self.filename = filename
        self.content_type = content_type
        self.data = data


def boundary_of(content_type: str) -> str | None:
    """The boundary of a ``multipart/form-data`` content type, else None."""
    if not content_type.lower().startswith("multipart/form-data"):
        return None
    found = _BOUNDARY.search(content_type)
    return found.group(1).rstrip(" ") if found else None


def _head(raw: bytes) -> tuple[str, str | None, str | None]:
    name = filename = content_type = None
    for line in raw.decode("utf-8", errors="replace").split("\r\n"):
        key, _, value = line.partition(":")
        key = key.strip().lower()
        if key == "content-disposition":
            if not value.strip().lower().startswith("form-data"):
                raise ValueError("a part's Content-Disposition is not form-data")
            for parameter, text in _PARAMETER.findall(value):
                if parameter.lower() == "name":
                    name = text
                elif parameter.lower() == "filename":
                    filename = text
        elif key == "content-type":
            content_type = value.strip()
    if name is None:
        raise ValueError("a part has no Content-Disposition name")
    return name, filename, content_type


def parse(body: bytes, boundary: str) -> list[MultipartPart]:
    """The parts of ``body`` in order; a ValueError when it is not well formed."""
    delimiter = b"--" + boundary.encode("latin-1")
    if not body.startswith(delimiter):
        raise ValueError("the body does not start with its boundary")
    pieces = body.split(b"\r\n" + delimiter)
    # The first piece starts with the delimiter itself, the last is the closing "--".
    first = pieces[0][len(delimiter) :]
    pieces[0] = first
    if len(pieces) < 2 or not pieces[-1].startswith(b"--"):
        raise ValueError("the body does not end with its closing boundary")
    parts = []
    for piece in pieces[:-1]:
        if not piece.startswith(b"\r\n"):
            raise ValueError("a boundary is not followed by a line break")
        head, separator, data = piece[2:].partition(b"\r\n\r\n")
        if not separator:
            raise ValueError("a part's headers do not end with an empty line")
        name, filename, content_type = _head(head)
        parts.append(MultipartPart(name, filename, content_type, data))
    return parts
