"""Generation streams its files: each is handed on, compared or written and let go of;
MANIFEST, `check` and the no-change record are built from paths and digests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from generator import pipeline, unchanged
from generator.formatting import Formatter
from generator.load import load_file
from generator.model import Service
from generator.outputs import MANIFEST, Produced, differences, write_files
from generator.paths import UnsafePath
from generator.pipeline import load_services, stream_services
from generator.output_file import StreamedFile
from generator.render import OutputFile, Renderer
from tests.conftest import PROJECT, SPEC


def _files(*items: tuple[str, str]) -> list[OutputFile]:
    return [OutputFile(path, text) for path, text in items]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_the_streamed_manifest_is_the_committed_one() -> None:
    services = load_services(SPEC)
    streamed = list(stream_services(services, Renderer(), Formatter(None)))
    assert streamed[-1].path == MANIFEST
    paths = [item.path for item in streamed[:-1]]
    assert len(paths) == len(set(paths))
    committed = (PROJECT / "generated" / MANIFEST).read_text(encoding="utf-8")
    assert streamed[-1].text == committed
    assert committed.splitlines()[1:] == sorted(paths)


def test_a_file_is_handed_on_before_the_next_target_renders(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events: list[str] = []

    def first(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
        events.append("first renders a")
        yield OutputFile("a.txt", "a\n")
        events.append("first renders b")
        yield OutputFile("b.py", "b = 1\n")

    def second(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
        events.append("second renders")
        return [OutputFile("c.txt", "c\n")]

    monkeypatch.setattr(pipeline, "TARGETS", (first, second))
    for item in stream_services((), Renderer(), Formatter(None, jobs=1)):
        events.append(f"handed on {item.path}")
    assert events.index("handed on a.txt") < events.index("first renders b")
    assert events.index("handed on b.py") < events.index("second renders")
    assert events[-1] == f"handed on {MANIFEST}"


def test_two_targets_writing_one_path_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def target(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
        return [OutputFile("same.txt", "x\n")]

    monkeypatch.setattr(pipeline, "TARGETS", (target, target))
    with pytest.raises(RuntimeError, match="same.txt"):
        list(stream_services((), Renderer(), Formatter(None, jobs=1)))


def _failing_after(files: list[OutputFile], error: Exception) -> Iterator[OutputFile]:
    yield from files
    raise error


@pytest.mark.parametrize(
    "error", [UnsafePath("path '../x' climbs out"), RuntimeError("formatting")]
)
def test_a_stream_that_fails_leaves_the_output_as_it_was(
    tmp_path: Path, error: Exception
) -> None:
    out = tmp_path / "out"
    write_files(out, _files(("kept.txt", "old\n"), ("pkg/old.txt", "old\n")))
    before = _tree(out)
    changed = _files(
        ("kept.txt", "new\n"), ("pkg/new/deep.txt", "new\n"), ("fresh/x.txt", "x\n")
    )
    with pytest.raises(type(error)):
        write_files(out, _failing_after(changed, error))
    assert _tree(out) == before
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == sorted(
        [*before, "pkg"]
    )


def test_an_unsafe_path_in_the_stream_writes_nothing_anywhere(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(UnsafePath):
        write_files(out, _files(("a.txt", "a\n"), ("../escape.txt", "x\n")))
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_write_reports_each_files_digest_and_the_record_matches_the_disk(
    tmp_path: Path,
) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    texts = {"a.txt": "a\n", "b/c.md": "中文\n" * 1000, "d.txt": ""}
    report = write_files(out, _files(*texts.items()))
    assert sorted(report.written) == sorted(texts)
    assert {entry.path: (entry.sha256, entry.size) for entry in report.files} == {
        path: (hashlib.sha256(text.encode()).hexdigest(), len(text.encode()))
        for path, text in texts.items()
    }
    unchanged.store(cache, "key", out, report.files)
    record = unchanged.lookup(cache, "key")
    assert record is not None and unchanged.on_disk(out, record) is not None
    (out / "a.txt").write_text("b\n", encoding="utf-8")
    assert unchanged.on_disk(out, record) is None
    again = write_files(out, _files(*texts.items()))
    assert again.written == ["a.txt"]


def test_a_large_text_is_written_and_compared_in_slices(tmp_path: Path) -> None:
    text = "".join(f"行 {index}: é\n" for index in range(200_000))  # > one slice
    out = tmp_path / "out"
    write_files(out, _files(("big.txt", text)))
    assert (out / "big.txt").read_bytes() == text.encode("utf-8")
    assert differences(out, _files(("big.txt", text))) == []
    changed = text[:-2] + "x\n"
    assert differences(out, _files(("big.txt", changed))) == ["differs: big.txt"]


def test_differences_from_a_stream_names_every_file_in_path_order(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_files(out, _files(("b.txt", "b\n"), ("a.txt", "a\n"), ("c.txt", "c\n")))
    (out / "stale.txt").write_text("", encoding="utf-8")

    def stream() -> Iterator[OutputFile]:
        yield OutputFile("z.txt", "z\n")
        yield OutputFile("c.txt", "changed\n")
        yield OutputFile("a.txt", "changed\n")
        yield OutputFile("b.txt", "b\n")

    assert differences(out, stream()) == [
        "differs: a.txt",
        "differs: c.txt",
        "missing: z.txt",
        "not generated (stale or hand-made): stale.txt",
    ]
    with pytest.raises(UnsafePath):
        differences(out, _files(("../outside.txt", "")))


def test_positions_are_found_again_after_their_maps_are_let_go(
    tmp_path: Path,
) -> None:
    loaded = []
    for index in range(8):  # more files than keep their maps
        path = tmp_path / f"f{index}.yaml"
        path.write_text(
            f"# file {index}\n" + "\n" * index + "top:\n  inner:\n    - 1\n    - two\n",
            encoding="utf-8",
        )
        item, problems = load_file(path, f"f{index}.yaml")
        assert item is not None and not problems
        loaded.append(item)
    for _ in range(2):
        for index, item in enumerate(loaded):
            line = 2 + index
            assert str(item.position(("top",), key=True)) == f"f{index}.yaml:{line}:1"
            value = item.position(("top", "inner", 1))
            assert (value.line, value.column) == (line + 3, 7)
            assert str(item.ref(("top", "inner"), key=True)) == (
                f"f{index}.yaml:{line + 1}:3"
            )


def test_a_file_changed_after_loading_gives_no_wrong_position(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text("a:\n  b: 1\n", encoding="utf-8")
    item, _ = load_file(path, "f.yaml")
    assert item is not None
    path.write_text("\n\n\na:\n  b: 1\n", encoding="utf-8")
    assert str(item.position(("a", "b"))) == "f.yaml:1:1"


def test_a_streamed_file_is_written_once_made_and_compared_by_its_pieces(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    made: list[int] = []

    def pieces() -> Iterator[str]:
        made.append(1)
        yield "first, "
        yield "二 "
        yield "third\n"

    streamed = StreamedFile("doc/big.json", pieces)
    text = "first, 二 third\n"
    assert streamed.whole() == OutputFile("doc/big.json", text, preformatted=True)
    report = write_files(out, [streamed])
    assert report.written == ["doc/big.json"]
    assert (out / "doc/big.json").read_text(encoding="utf-8") == text
    encoded = text.encode()
    assert report.files == (
        Produced("doc/big.json", hashlib.sha256(encoded).hexdigest(), len(encoded)),
    )
    made.clear()
    # Unchanged on disk: made once more, nothing written, no temporary file left.
    again = write_files(out, [streamed])
    assert made == [1] and again.written == [] and again.files == report.files
    assert sorted(path.name for path in (out / "doc").iterdir()) == ["big.json"]
    assert differences(out, [streamed]) == []
    assert differences(out, [StreamedFile("doc/big.json", lambda: ["other\n"])]) == [
        "differs: doc/big.json"
    ]


def test_the_openapi_document_streamed_is_the_committed_one() -> None:
    from generator.targets import openapi

    (service,) = [s for s in load_services(SPEC) if s.product == "vod"]
    (streamed,) = openapi.render([service], Renderer())
    assert isinstance(streamed, StreamedFile)
    committed = PROJECT / "generated" / streamed.path
    assert streamed.whole().text == committed.read_text(encoding="utf-8")
    # Pieces large enough to write, not the encoder's tokens one by one.
    pieces = list(streamed.pieces())
    assert len(pieces) < 1 + len(streamed.whole().text) // 4096
