"""A module that grows with the operations is rendered as it is formatted: cut into
pieces while the template runs, each piece formatted and cached on its own, and the
file written from the formatted pieces. The bytes are black's for the whole module."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from generator import format_pieces, pipeline
from generator.format_pieces import lines_of
from generator.formatting import Formatter, FormattingError, format_source
from generator.model import Operation, Service
from generator.output_file import RenderedPython
from generator.pipeline import load_services, stream_services
from generator.render import OutputFile, Renderer
from generator.targets.per_operation import PerOperation
from tests.conftest import SPEC


def _module(methods: int) -> list[str]:
    """Chunks of a client-like module, in pieces of any size (as Jinja yields them)."""
    chunks = ['"""A client."""\n\n\nclass Client:\n    """Calls."""\n']
    for number in range(methods):
        chunks += [
            f"\n    def call_{number}(self,value:int={number})->dict[str,int]:\n",
            f"        return {{'value':value,\n",
            f"        'number':{number}}}\n",
        ]
    chunks.append("\n\nTABLE = {'a':1}\n\nOTHER = [1,\n2]\n")
    return chunks


def _stream_one(
    monkeypatch: pytest.MonkeyPatch, item: OutputFile, cache: Path | None, jobs: int
) -> dict[str, str]:
    def target(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
        return [item]

    monkeypatch.setattr(pipeline, "TARGETS", (target,))
    return {
        produced.path: produced.whole().text
        for produced in stream_services((), Renderer(), Formatter(cache, jobs=jobs))
        if produced.path != "MANIFEST"
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_module_formatted_in_pieces_is_black_s_whole_module(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: int
) -> None:
    chunks = _module(60)
    expected = format_source("".join(chunks))
    monkeypatch.setattr(format_pieces, "PIECE_CHARS", 300)
    renders: list[int] = []

    def render() -> Iterable[str]:
        renders.append(1)
        return iter(chunks)

    item = RenderedPython("client.py", render)
    first = _stream_one(monkeypatch, item, tmp_path / "cache", jobs)
    assert first == {"client.py": expected}
    assert len(renders) == 1  # rendered once, never joined and formatted whole
    pieces = list(tmp_path.joinpath("cache").rglob("*"))
    assert len([path for path in pieces if path.is_file()]) > 5
    # From the cache: the same bytes.
    assert _stream_one(monkeypatch, item, tmp_path / "cache", jobs) == first


def test_a_cut_black_cannot_take_falls_back_to_the_whole_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A string that holds what looks like a method boundary: the cut lands inside it.
    chunks = _module(3)
    chunks.insert(
        1,
        '\n    TEMPLATE = """\n'
        + "        x = 1\n" * 80
        + "        y\n\n    def fake(self):\n"
        '        pass\n"""\n',
    )
    source = "".join(chunks)
    monkeypatch.setattr(format_pieces, "PIECE_CHARS", 100)
    assert len(list(format_pieces.split_module(lines_of(chunks), 100))) > 1
    produced = _stream_one(
        monkeypatch, RenderedPython("client.py", lambda: iter(chunks)), None, 1
    )
    assert produced == {"client.py": format_source(source)}


def test_a_module_black_rejects_is_named_not_its_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chunks = _module(20) + ["def broken(:\n"]
    monkeypatch.setattr(format_pieces, "PIECE_CHARS", 200)
    item = RenderedPython("pkg/client.py", lambda: iter(chunks))
    with pytest.raises(FormattingError) as raised:
        _stream_one(monkeypatch, item, None, 1)
    message = str(raised.value)
    assert "pkg/client.py:" in message
    assert "pkg/client.py#" not in message


@pytest.mark.parametrize(
    "chunks",
    [
        ["a\nb\n", "c\n"],
        ["a", "\n", "b", "c\nd"],
        ["", "a\n\n", "", "\nb"],
        ["no newline at all"],
        [],
    ],
)
def test_lines_of_gives_the_text_line_by_line(chunks: list[str]) -> None:
    text = "".join(chunks)
    assert list(lines_of(chunks)) == text.splitlines(keepends=True)


def test_per_operation_plans_are_made_when_read_and_not_kept() -> None:
    service, *_ = load_services(SPEC)
    made: list[str] = []

    def plan(operation: Operation) -> str:
        made.append(operation.name)
        return operation.python_name

    plans = PerOperation(service.operations, plan)
    assert made == []
    assert list(plans) == [operation.name for operation in service.operations]
    first = service.operations[0]
    assert plans[first.name] == first.python_name
    assert plans[first.name] == first.python_name
    assert made == [first.name, first.name]
    assert list(plans.values()) == [op.python_name for op in service.operations]


def test_the_client_modules_are_rendered_in_pieces() -> None:
    from generator.targets import python_package

    service, *_ = load_services(SPEC)
    kinds = {
        item.path: type(item).__name__
        for item in python_package.render((service,), Renderer())
        if item.path.endswith("client.py")
    }
    assert kinds[f"{service.package}/client.py"] == "RenderedPython"


def test_a_cached_piece_that_goes_away_during_the_run_is_formatted_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chunks = _module(40)
    expected = format_source("".join(chunks))
    monkeypatch.setattr(format_pieces, "PIECE_CHARS", 300)
    item = RenderedPython("client.py", lambda: iter(chunks))
    cache = tmp_path / "cache"
    assert _stream_one(monkeypatch, item, cache, 1) == {"client.py": expected}
    read = Formatter.read_cached

    def gone(self: Formatter, key: str, chars: int = -1) -> str | None:
        # Found when the module was cut, gone when the file is written.
        return None if chars < 0 else read(self, key, chars)

    monkeypatch.setattr(Formatter, "read_cached", gone)
    assert _stream_one(monkeypatch, item, cache, 1) == {"client.py": expected}
