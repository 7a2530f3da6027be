"""Read generated pages the way a Markdown renderer does (markdown-it-py, with tables).

Tests look at what a reader would see (headings, table cells, code blocks, links, raw
HTML) rather than at the Markdown source, so escaping mistakes show up as broken tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

# The only raw HTML the pages may contain: line breaks in cells, and the tags written
# where Markdown emphasis or code would be misread next to punctuation.
ALLOWED_HTML = frozenset(
    {"<br>", "<strong>", "</strong>", "<em>", "</em>", "<code>", "</code>"}
)


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def normal(text: str) -> str:
    return " ".join(text.split())


def inline_text(token: Token) -> str:
    """The words of an inline token; ``<br>`` becomes a line break."""
    out = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "html_inline" and child.content == "<br>":
            out.append("\n")
    return "".join(out)


@dataclass
class Table:
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    # Line numbers of the body rows in the page source.
    source_lines: list[int] = field(default_factory=list)


@dataclass
class Page:
    tokens: list[Token]
    source: str

    def headings(self, level: int) -> list[str]:
        out = []
        for index, token in enumerate(self.tokens):
            if token.type == "heading_open" and token.tag == f"h{level}":
                out.append(inline_text(self.tokens[index + 1]))
        return out

    def tables(self) -> list[Table]:
        tables: list[Table] = []
        current: Table | None = None
        row: list[str] | None = None
        in_header = False
        for index, token in enumerate(self.tokens):
            if token.type == "table_open":
                current = Table()
                tables.append(current)
            elif token.type == "thead_open":
                in_header = True
            elif token.type == "thead_close":
                in_header = False
            elif token.type == "tr_open":
                row = []
                if current is not None and token.map and not in_header:
                    current.source_lines.append(token.map[0])
            elif token.type in ("th_open", "td_open"):
                assert row is not None
                row.append(inline_text(self.tokens[index + 1]))
            elif token.type == "tr_close":
                assert current is not None and row is not None
                if in_header:
                    current.header = row
                else:
                    current.rows.append(row)
        return tables

    def fences(self) -> list[tuple[str, str]]:
        """``(info, content)`` of every fenced code block, in order."""
        return [(t.info, t.content) for t in self.tokens if t.type == "fence"]

    def html(self) -> list[str]:
        """Every piece of raw HTML, inline or block."""
        found = [t.content for t in self.tokens if t.type == "html_block"]
        for token in self.tokens:
            found += [
                child.content
                for child in token.children or ()
                if child.type == "html_inline"
            ]
        return found

    def links(self) -> list[str]:
        return [
            str(child.attrs.get("href"))
            for token in self.tokens
            for child in token.children or ()
            if child.type == "link_open"
        ]


def read(source: str) -> Page:
    return Page(parser().parse(source), source)


def pipes(line: str) -> tuple[int, int]:
    """Unescaped pipes in one table line, counted the way markdown-it splits a row (a
    pipe right after a backslash is escaped) and the way GFM does (a backslash escapes
    the one character after it). A well-formed row gives the same count both ways."""
    markdown_it = gfm = 0
    previous = ""
    for char in line:
        if char == "|" and previous != "\\":
            markdown_it += 1
        previous = char
    index = 0
    while index < len(line):
        if line[index] == "\\":
            index += 2
            continue
        gfm += line[index] == "|"
        index += 1
    return markdown_it, gfm
