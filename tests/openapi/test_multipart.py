"""Uploads (``documents/multipart``): a multipart/form-data body whose binary fields
are files, imported, generated, and sent streamed to the generated offline server,
sync and async."""

from __future__ import annotations

import asyncio
import io
import threading
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import SpecError
from generator.importer.files import write_result
from generator.importer.openapi import OPENAPI_HEADER, import_openapi
from generator.pipeline import load_services
from tests.openapi.build import DOCUMENTS, Built, build

DOCUMENT = DOCUMENTS / "multipart" / "openapi.yaml"
ROOT = "album_pkg"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    result = build(DOCUMENT, tmp_path_factory.mktemp("multipart"), ROOT)
    try:
        yield result
    finally:
        result.unload()


class Reader(io.RawIOBase):
    """A binary file object that records the size of every read asked of it."""

    def __init__(self, data: bytes, seekable: bool = True) -> None:
        super().__init__()
        self._data = io.BytesIO(data)
        self._seekable = seekable
        self.sizes: list[int | None] = []
        self.threads: set[int] = set()  # where each read ran

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._seekable

    def read(self, size: int | None = -1) -> bytes:
        self.sizes.append(size)
        self.threads.add(threading.get_ident())
        return self._data.read(size)

    def getvalue(self) -> bytes:
        return self._data.getvalue()

    def tell(self) -> int:
        return self._data.tell()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if not self._seekable:
            raise OSError("not seekable")
        return self._data.seek(offset, whence)


def _received(built: Built, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What the offline server read back from each request, as its validator saw it."""
    service = built.module("_mock.rest_service")
    seen: list[dict[str, Any]] = []
    original = service.read

    def read(*arguments: Any) -> dict[str, Any]:
        data: dict[str, Any] = original(*arguments)
        seen.append(data)
        return data

    monkeypatch.setattr(service, "read", read)
    return seen


def _chunk(built: Built) -> int:
    size: int = built.module("_runtime.rest_multipart").CHUNK_SIZE
    return size


def test_the_multipart_body_imports_with_its_files(built: Built) -> None:
    assert built.result.imported == ["UploadPhoto"]
    assert built.result.skipped == []
    notes = "\n".join(str(note) for note in built.result.notes)
    assert "format binary" not in notes  # the binary fields are files now
    assert "contentType 'image/png, image/jpeg' is not one media type" in notes
    (service,) = load_services(built.out / "spec")
    (operation,) = service.operations
    assert operation.binding.body_format == "multipart"
    assert operation.binding.details.part_type("photo") == "image/jpeg"


def test_the_package_is_mypy_strict_clean(built: Built) -> None:
    result = built.run("mypy", "--strict", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_large_file_is_streamed_to_the_offline_server(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = built.module()
    mock = built.module("mock")
    chunk = _chunk(built)
    photo = tmp_path / "beach.jpg"
    photo.write_bytes(os.urandom(3 * chunk + 17))
    thumbnail = os.urandom(chunk + 5)
    reader = Reader(thumbnail)
    unsized = Reader(thumbnail, seekable=False)
    seen = _received(built, monkeypatch)
    with mock.MockServer(access_key_id="u", access_key_secret="secret") as server:
        with package.PhotoAlbumClient(token="secret", endpoint=server.endpoint) as c:
            stored = c.upload_photo(
                album_id="a 1",
                photo=photo,
                thumbnail=package.client.FilePart(reader, "t.png", "image/png"),
                caption='Sea, "sun"\r\nand sand',
                rating=5,
                tags=["sea", "sun"],
            )
            c.upload_photo(album_id="a", photo=unsized, caption="unsized")
    assert (stored.id_, stored.size) == ("p-1", 3)
    first, second = seen
    assert first["photo"] == photo.read_bytes()
    assert first["thumbnail"] == thumbnail
    assert (first["caption"], first["rating"], first["tags"]) == (
        'Sea, "sun"\r\nand sand',
        5,
        ["sea", "sun"],
    )
    assert second["photo"] == thumbnail
    # Every read asked for one chunk: no file was read whole into memory.
    assert reader.sizes and set(reader.sizes) == {chunk}
    assert unsized.sizes and set(unsized.sizes) == {chunk}
    sized, chunked = server.requests
    assert (sized.status, chunked.status) == (201, 201)
    assert "content-length" in sized.header_names
    assert "transfer-encoding" in chunked.header_names
    assert "content-length" not in chunked.header_names


def test_the_async_client_streams_too(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = built.module()
    mock = built.module("mock")
    chunk = _chunk(built)
    data = os.urandom(2 * chunk + 3)
    reader = Reader(data)
    unsized = Reader(data, seekable=False)
    seen = _received(built, monkeypatch)

    async def upload(endpoint: str) -> None:
        async with package.AsyncPhotoAlbumClient(
            token="secret", endpoint=endpoint
        ) as client:
            await client.upload_photo(album_id="a", photo=reader, caption="async")
            await client.upload_photo(album_id="a", photo=unsized, caption="chunked")

    with mock.MockServer(access_key_id="u", access_key_secret="secret") as server:
        asyncio.run(upload(server.endpoint))
    assert [s["photo"] for s in seen] == [data, data]
    assert set(reader.sizes) == {chunk} and set(unsized.sizes) == {chunk}
    # Every read ran in a worker thread, none in the event loop's.
    assert reader.threads and threading.get_ident() not in reader.threads
    assert threading.get_ident() not in unsized.threads
    assert [r.status for r in server.requests] == [201, 201]
    assert "content-length" in server.requests[0].header_names
    assert "transfer-encoding" in server.requests[1].header_names


def test_a_retried_upload_sends_the_file_again(built: Built) -> None:
    package = built.module()
    testing = built.module("_mock.testing")
    transport_module = built.module("_runtime.transport")
    bodies: list[bytes] = []

    def answer(request: Any) -> Any:
        bodies.append(b"".join(request.stream))
        status = 503 if len(bodies) == 1 else 201
        return transport_module.HttpResponse(status, {}, b"{}")

    transport = testing.RecordingTransport(answer, answer)
    reader = Reader(b"x" * 100)
    reader.read(10)  # the upload starts where the file object stands
    with package.PhotoAlbumClient(
        token="t", transport=transport, sleep=lambda _: None
    ) as client:
        client.upload_photo(album_id="a", photo=reader, caption="again")
    first, second = bodies
    assert first == second and b"\r\n" + b"x" * 90 + b"\r\n" in first
    once = Reader(b"y" * 10, seekable=False)
    bodies.clear()
    with package.PhotoAlbumClient(
        token="t",
        transport=testing.RecordingTransport(answer, answer),
        sleep=lambda _: None,
    ) as client:
        with pytest.raises(ValueError, match="cannot be sent twice"):
            client.upload_photo(album_id="a", photo=once, caption="once")
    assert len(bodies) == 1  # the first attempt went; no truncated second one


@pytest.mark.parametrize(
    "photo, message",
    [
        ("beach.jpg", "not str"),
        (Path("no-such-file.jpg"), "no such file: 'no-such-file.jpg'"),
        (io.StringIO("text"), "binary mode"),
        (42, "not int"),
        ("FilePart:missing", "no such file: 'missing.jpg'"),
    ],
)
def test_a_bad_file_argument_is_refused_before_sending(
    built: Built, photo: Any, message: str
) -> None:
    package = built.module()
    if photo == "FilePart:missing":
        photo = package.client.FilePart(Path("missing.jpg"), "m.jpg")
    errors = built.module("errors")
    testing = built.module("_mock.testing")
    answer = built.module("_runtime.transport").HttpResponse(201, {}, b"{}")
    transport = testing.RecordingTransport(answer)
    with package.PhotoAlbumClient(token="t", transport=transport) as client:
        with pytest.raises(errors.RequestValidationError, match=re.escape(message)):
            client.upload_photo(album_id="a", photo=photo, caption="c")
    assert transport.requests == []


def test_the_body_is_well_formed_and_its_length_exact(built: Built) -> None:
    runtime = built.module("_runtime.rest_multipart")
    server_side = built.module("_mock.multipart")
    data = os.urandom(runtime.CHUNK_SIZE * 2 + 1)
    body = runtime.MultipartBody(
        [
            runtime.text_field('a"b\r\nc', "value"),
            runtime.MultipartField("f", file=runtime.FilePart(data, "f.bin")),
            runtime.text_field("n", {"k": [1, 2]}),
        ]
    )
    sent = b"".join(body)
    assert body.length == len(sent)
    assert sent == b"".join(body)  # sendable again, for a retry
    assert body.boundary.encode() not in data
    parts = server_side.parse(sent, server_side.boundary_of(body.content_type))
    assert [(p.name, p.filename, p.content_type) for p in parts] == [
        ("a%22b%0D%0Ac", None, None),
        ("f", "f.bin", "application/octet-stream"),
        ("n", None, "application/json"),
    ]
    assert parts[1].data == data and parts[2].data == b'{"k":[1,2]}'


def test_file_content_holding_the_boundary_stops_the_request(built: Built) -> None:
    runtime = built.module("_runtime.rest_multipart")
    body = runtime.MultipartBody(
        [runtime.MultipartField("f", file=Reader(b"x" * 10))], boundary="B"
    )
    assert b"".join(body)  # "B" alone is harmless: only a delimiter line counts
    hostile = runtime.MultipartBody(
        [runtime.MultipartField("f", file=Reader(b"xx\r\n--B\r\nyy"))], boundary="B"
    )
    with pytest.raises(ValueError, match="boundary"):
        b"".join(hostile)


def test_a_malformed_multipart_body_gets_a_400(built: Built) -> None:
    mock = built.module("mock")
    import http.client
    from urllib.parse import urlsplit

    with mock.MockServer(access_key_id="u", access_key_secret="secret") as server:
        url = urlsplit(server.endpoint)
        connection = http.client.HTTPConnection(url.hostname or "", url.port)
        for body in (
            b"--B\r\nno end",
            b'--B\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--B--\r\n',
        ):
            connection.request(
                "POST",
                "/v1/albums/a/photos",
                body=body,
                headers={
                    "content-type": "multipart/form-data; boundary=B",
                    "authorization": "Bearer secret",
                },
            )
            answer = connection.getresponse()
            text = answer.read().decode()
            assert answer.status == 400, text
            assert "multipart" in text
        connection.close()


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    write_result(spec, import_openapi(DOCUMENT), OPENAPI_HEADER)
    return spec


def test_files_outside_a_multipart_body_are_reported_where_they_are(
    tmp_path: Path,
) -> None:
    spec = _spec(tmp_path)
    path = spec / "photo_album/1.0/operations/UploadPhoto.yaml"
    text = path.read_text()
    text = text.replace("      body: multipart\n", "")
    text = text.replace(
        "      size:\n        type: integer\n",
        "      size:\n        type: integer\n      raw:\n        type: string\n"
        "        format: binary\n",
    )
    path.write_text(text)
    with pytest.raises(SpecError) as raised:
        load_services(spec)
    problems = [str(d) for d in raised.value.diagnostics]
    expected = {
        "member 'photo' is a file (format: binary)": 1,
        "member 'thumbnail' is a file (format: binary)": 1,
        "member 'extras' is a file (format: binary)": 1,  # a list of files
        "content_type applies to fields of a multipart body": 2,  # photo, extras
        "format 'binary' (a file) applies only to an operation's own input members": 1,
    }
    for message, count in expected.items():
        lines = [p for p in problems if message in p]
        assert len(lines) == count, (message, problems)
        for line in lines:
            assert re.match(r"^.*UploadPhoto\.yaml:\d+:\d+: ", line), line
    assert len(problems) == sum(expected.values()), problems


def test_the_command_line_uploads_a_file_by_path(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    mock = built.module("mock")
    photo = tmp_path / "cli.jpg"
    photo.write_bytes(b"\xff\xd8 a small photo")
    extra = tmp_path / "one, two.jpg"  # a comma in a path does not split it
    extra.write_bytes(b"extra")
    seen = _received(built, monkeypatch)
    command = [sys.executable, "-m", f"{ROOT}.photo_album", "upload-photo"]
    environment = {**os.environ, "PHOTO_ALBUM_TOKEN": "secret"}
    with mock.MockServer(access_key_id="u", access_key_secret="secret") as server:
        result = subprocess.run(
            [
                *command,
                "--endpoint",
                server.endpoint,
                "--album-id",
                "a",
                "--photo",
                str(photo),
                "--caption",
                "from the shell",
                "--extras",
                str(extra),  # a list of files: one path per occurrence
                "--extras",
                str(photo),
                "--tags",
                "sea,sun\\, and sand",
                "--tags",
                "dune",
            ],
            cwd=built.out,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        missing = subprocess.run(
            [*command, "--endpoint", server.endpoint, "--album-id", "a"]
            + ["--photo", str(tmp_path / "gone.jpg"), "--caption", "c"],
            cwd=built.out,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert '"id": "p-1"' in result.stdout
    assert missing.returncode != 0 and "no such file: 'gone.jpg'" in missing.stderr
    assert [r.status for r in server.requests] == [201]
    (received,) = seen
    assert received["extras"] == [b"extra", photo.read_bytes()]
    assert received["tags"] == ["sea", "sun, and sand", "dune"]
    helped = subprocess.run(
        [*command, "--help"], cwd=built.out, capture_output=True, text=True
    )
    text = " ".join(helped.stdout.split())
    assert "--extras PATH" in text
    assert "A list of files: repeat the option, one path each." in text
    assert "A list: repeat the option, or separate values with commas" in text


def test_a_file_in_another_binding_is_reported(tmp_path: Path) -> None:
    import shutil

    project = Path(__file__).resolve().parents[2]
    spec = tmp_path / "spec"
    shutil.copytree(project / "spec" / "sts", spec / "sts")
    path = spec / "sts/2015-04-01/operations/AssumeRole.yaml"
    text = path.read_text()
    marker = "      RoleArn:\n        required: true\n        type: string\n"
    assert marker in text
    path.write_text(text.replace(marker, marker + "        format: binary\n", 1))
    with pytest.raises(SpecError) as raised:
        load_services(spec)
    (problem,) = [str(d) for d in raised.value.diagnostics]
    assert re.match(r"^.*AssumeRole\.yaml:\d+:\d+: ", problem), problem
    assert "format 'binary' (a file) is not sent by the alibaba-rpc binding" in problem


def test_file_part_is_importable_from_the_package_root(built: Built) -> None:
    package = built.module()
    assert package.FilePart is package.client.FilePart
    assert "FilePart" in package.__all__ and "FilePart" in dir(package)


def test_a_list_of_files_travels_as_one_part_each(
    built: Built, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``extras`` (an array of binary strings): a part per file, all named extras,
    each with the encoding's type and its own file name; the offline server reads
    them back as a list, in order."""
    package = built.module()
    mock = built.module("mock")
    chunk = _chunk(built)
    first = tmp_path / "a.jpg"
    first.write_bytes(os.urandom(chunk + 1))
    reader = Reader(os.urandom(2 * chunk))
    operation = built.module("operations.upload_photo")
    parts = operation.serialize(
        operation.UploadPhotoRequest(
            album_id="a", photo=b"p", caption="c", extras=[first, b"two"]
        )
    )
    body = parts.body_bytes()
    assert body.count(b'; name="extras"') == 2  # not one JSON part
    assert b'; name="extras"; filename="a.jpg"\r\nContent-Type: image/jpeg' in body
    seen = _received(built, monkeypatch)
    with mock.MockServer(access_key_id="u", access_key_secret="secret") as server:
        with package.PhotoAlbumClient(token="secret", endpoint=server.endpoint) as c:
            c.upload_photo(
                album_id="a",
                photo=b"p",
                caption="c",
                extras=[first, package.FilePart(reader, "b.jpg"), b"three"],
            )
            with pytest.raises(built.module("errors").RequestValidationError):
                c.upload_photo(album_id="a", photo=b"p", caption="c", extras=["x"])
    (received,) = seen
    assert received["extras"] == [first.read_bytes(), reader.getvalue(), b"three"]
    assert set(reader.sizes) == {chunk}  # streamed, one chunk per read
    assert [r.status for r in server.requests] == [201]
