"""The formatter: batches filled piece by piece, on a pool or in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.formatting import Formatter, FormattingError, format_source


def _sources(count: int, prefix: str) -> list[tuple[str, str]]:
    # Each source needs black's attention: spacing and quotes to normalize.
    return [
        (f"{prefix}{n}.py", f"x{n}=f( 'a',{n} )\n" + "y = [1,2,3]\n" * 80)
        for n in range(count)
    ]


def test_a_batch_formats_what_is_added_in_pieces_on_a_pool(tmp_path: Path) -> None:
    formatter = Formatter(tmp_path / "cache", jobs=2)
    first, second = _sources(30, "a"), _sources(30, "b")
    with formatter.batch() as batch:
        batch.add(first)  # enough work to start the pool
        assert batch.parallel
        batch.add(second)
        formatted = batch.result()
    assert formatted == {name: format_source(text) for name, text in first + second}
    # The cache answers a second run without formatting anything.
    again = Formatter(tmp_path / "cache", jobs=2).format_many(first + second)
    assert again == formatted


def test_formatting_asked_for_while_a_pool_runs_goes_to_its_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Docs embed formatted snippets while the pipeline's batch runs: black in this
    # process would add its own memory to that of the spec the process holds.
    import generator.formatting as formatting

    here: list[str] = []
    format_whole = formatting.format_source

    def recorded(source: str) -> str:
        here.append(source)  # forked workers append to their own copy
        return format_whole(source)

    monkeypatch.setattr(formatting, "format_source", recorded)
    formatter = Formatter(None, jobs=2)
    with formatter.batch() as outer:
        outer.add(_sources(30, "outer"))
        assert outer.parallel
        inner = formatter.format_many(_sources(30, "inner"))
        assert inner == {
            name: format_whole(text) for name, text in _sources(30, "inner")
        }
        with pytest.raises(FormattingError, match="broken.py"):
            formatter.format_many([("broken.py", "def (:\n")])
        assert len(outer.result()) == 30
    assert here == []


def test_a_batch_opened_inside_a_running_one_formats_in_this_process() -> None:
    formatter = Formatter(None, jobs=2)
    with formatter.batch() as outer:
        outer.add(_sources(30, "outer"))
        with formatter.batch() as inner:
            assert not inner.parallel and not inner.may_share
            inner.add(_sources(2, "inner"))
            assert len(inner.result()) == 2
        assert len(outer.result()) == 30


def test_a_file_black_rejects_is_named() -> None:
    with pytest.raises(FormattingError, match="broken.py"):
        Formatter(None, jobs=1).format_many([("broken.py", "def (:\n")])


def test_a_cached_source_is_ready_as_soon_as_it_is_added(tmp_path: Path) -> None:
    # The pipeline swaps a cache hit's formatted text in at once, so a product's
    # rendered and formatted texts are never all held together.
    sources = _sources(3, "c")
    with Formatter(tmp_path / "cache", jobs=1).batch() as batch:
        batch.add(sources)
        assert all(batch.take_ready(name) is None for name, _ in sources)
        batch.result()
    with Formatter(tmp_path / "cache", jobs=1).batch() as batch:
        batch.add(sources)
        assert {name: batch.take_ready(name) for name, _ in sources} == {
            name: format_source(text) for name, text in sources
        }
