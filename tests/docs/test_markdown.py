"""Spec Markdown is read as a safe subset and written back so it cannot break a page."""

from __future__ import annotations

import pytest

from generator import markdown as m
from tests.docs.markdown_view import ALLOWED_HTML, normal, pipes, read


def cell_page(rich: m.RichText) -> str:
    return f"| a | b |\n| --- | --- |\n| x | {m.render_cell(rich)} |\n"


def test_doc_links_point_at_alibaba_help_pages() -> None:
    rich = m.parse("see [ListAIImage](~~186924~~) and ~~86952~~")
    page = read(m.render_blocks(rich))
    assert page.links() == [
        "https://help.aliyun.com/document_detail/186924.html",
        "https://help.aliyun.com/document_detail/86952.html",
    ]
    assert m.plain(rich, urls=True) == (
        "see ListAIImage (https://help.aliyun.com/document_detail/186924.html)"
        " and https://help.aliyun.com/document_detail/86952.html"
    )


@pytest.mark.parametrize(
    "target",
    ["javascript:alert(1)", "data:text/html,x", "/relative", "~~abc~~", "vbscript:x"],
)
def test_links_to_anything_else_stay_text(target: str) -> None:
    source = f"[click]({target})"
    page = read(m.render_blocks(m.parse(source)))
    assert page.links() == []
    assert normal(m.plain(m.parse(source))) == source


def test_markup_survives_and_everything_else_is_literal() -> None:
    source = (
        "**Note:** call *now*, `code` <b>bold</b> &amp; # not a heading | pipe"
        " [x](https://example.com/a_b?q=1|2) ~~strike~~"
    )
    html = read(m.render_blocks(m.parse(source)))
    rendered = m.render_blocks(m.parse(source))
    assert "**Note:**" in rendered and "*now*" in rendered and "`code`" in rendered
    assert html.html() == []
    assert html.links() == ["https://example.com/a_b?q=1%7C2"]
    text = normal(m.plain(m.parse(source)))
    assert "<b>bold</b> &amp; # not a heading | pipe" in text


def test_strong_next_to_cjk_punctuation_still_renders_as_strong() -> None:
    # "**说明：**为" cannot close with ** in CommonMark, so an HTML tag is written.
    page = read(m.render_blocks(m.parse("**说明：**为任务结果")))
    assert page.html() == ["<strong>", "</strong>"]
    strong = [t for t in page.tokens[1].children or () if t.type == "text"]
    assert [t.content for t in strong] == ["说明：", "为任务结果"]


@pytest.mark.parametrize(
    "source",
    [
        "a | b",
        "`x|y` and `a\\|b`",
        "ends with a backslash \\",
        "line\nbreak\r\nand\u2028separator",
        "- item\n- item | two\n\n1. first",
        "<script>alert(1)</script>",
        "```\nfence\n```",
        "\\|\\\\|",
        "[a|b](~~1~~)",
        "**bold | pipe**",
    ],
)
def test_a_cell_keeps_its_columns(source: str) -> None:
    rich = m.parse(source)
    text = cell_page(rich)
    page = read(text)
    (table,) = page.tables()
    assert len(table.rows) == 1
    assert table.rows[0][0] == "x"
    assert normal(table.rows[0][1]) == normal(m.plain(rich))
    row_line = text.splitlines()[2]
    assert pipes(row_line) == (3, 3)
    assert set(page.html()) <= ALLOWED_HTML


@pytest.mark.parametrize(
    "source",
    ["---", "===", "***", "1.5 s", "1)x", "-x", "    indented", "<div>", "|a|\n|-|"],
)
def test_body_text_cannot_start_a_block(source: str) -> None:
    # Spec text that only looks like block syntax stays a paragraph of literal text.
    rich = m.parse(f"intro\n\n{source}")
    assert [block.kind for block in rich] == ["paragraph", "paragraph"]
    page = read(m.render_blocks(rich))
    assert {token.type for token in page.tokens} == {
        "paragraph_open",
        "paragraph_close",
        "inline",
    }
    assert normal(m.plain(rich)) == normal(f"intro {source}")


def test_code_at_the_start_of_a_line_does_not_open_a_code_block() -> None:
    rich = m.parse("``` `a` ```")
    page = read(m.render_blocks(rich))
    assert [t.type for t in page.tokens] == [
        "paragraph_open",
        "inline",
        "paragraph_close",
    ]
    assert normal(m.plain(rich)) == "`a`"


def test_lists_and_paragraphs_keep_their_shape() -> None:
    rich = m.parse(
        "Settings.\n\n- JSON\n- at most 512 bytes\n\nSee [UserData](~~86952~~)."
    )
    assert [block.kind for block in rich] == ["paragraph", "item", "item", "paragraph"]
    assert m.render_cell(rich) == (
        "Settings.<br>- JSON<br>- at most 512 bytes<br>See"
        " [UserData](https://help.aliyun.com/document_detail/86952.html)."
    )
    page = read(m.render_blocks(rich))
    assert [t.type for t in page.tokens if t.type.endswith("_list_open")] == [
        "bullet_list_open"
    ]


def test_control_characters_never_reach_the_page() -> None:
    rendered = m.render_cell(m.parse("a\x00b\x1b[31mc\x85d"))
    assert all(ch.isprintable() for ch in rendered)


def test_doc_links_keep_the_section_they_point_at() -> None:
    rich = m.parse("see [limits](~~25412#SecurityGroupQuota~~) and ~~63353#default-1~~")
    assert read(m.render_blocks(rich)).links() == [
        "https://help.aliyun.com/document_detail/25412.html#SecurityGroupQuota",
        "https://help.aliyun.com/document_detail/63353.html#default-1",
    ]
    assert "~~" not in m.plain(rich, urls=True)


def test_references_to_other_operations_become_their_names_in_code() -> None:
    rich = m.parse(
        "call [AddCategory](~~AddCategory~~), [the list](~~GetCategories~~)"
        " or ~~SearchMedia~~"
    )
    rendered = m.render_blocks(rich)
    assert "~~" not in rendered and "~~" not in m.plain(rich)
    assert "`AddCategory`" in rendered and "`SearchMedia`" in rendered
    assert m.plain(rich) == (
        "call AddCategory, the list (GetCategories) or SearchMedia"
    )
    assert read(rendered).links() == []
