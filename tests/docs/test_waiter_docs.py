"""An operation's reference pages list its waiters, in both languages."""

from __future__ import annotations

from tests.conftest import PROJECT

PAGES = PROJECT / "generated" / "docs" / "vod"


def test_pages_list_the_waiter() -> None:
    row = (
        "| wait\\_until\\_ai\\_image\\_jobs\\_complete | AIImageJobList.\\*.Status"
        " | success | fail | 5 | 600 |"
    )
    english = (PAGES / "GetAIImageJobs.en.md").read_text(encoding="utf-8")
    chinese = (PAGES / "GetAIImageJobs.zh.md").read_text(encoding="utf-8")
    assert "\n## Waiters\n" in english and row in english
    assert "\n## 等待器\n" in chinese and row in chinese
    # The section sits between the error codes and the Python examples.
    assert english.index("## Error codes") < english.index("## Waiters")
    assert english.index("## Waiters") < english.index("## Python")
