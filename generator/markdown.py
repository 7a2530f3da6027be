"""Spec text read as a small, safe subset of Markdown, and written back so it cannot break a page.

Descriptions in a spec are Markdown (``**Note:**``, ``[ListAIImage](~~186924~~)``, lists),
but they come from people and importers we do not control. They are parsed here into a
tiny tree (paragraphs and list items holding text, code, strong, emphasis and links) and
rendered back with every other character escaped: raw HTML, tables, headings, fences and
unknown link schemes come out as literal text. A table cell gets the same tree on one line
(blocks joined with ``<br>``), so a ``|`` or a newline can never add a column or a row.

Alibaba's doc links, ``~~123~~``, point at ``https://help.aliyun.com/document_detail/123.html``:
Alibaba's own SDK generators turn the same ids into exactly that address.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal
from urllib.parse import quote

SpanKind = Literal["text", "code", "strong", "emphasis", "link"]
BlockKind = Literal["paragraph", "item"]

DOC_LINK_URL = "https://help.aliyun.com/document_detail/{id}.html"


@dataclass(frozen=True)
class Span:
    """A piece of inline text: plain text, code, or a strong/emphasis/link wrapper."""

    kind: SpanKind
    text: str = ""
    children: tuple[Span, ...] = ()
    url: str = ""


@dataclass(frozen=True)
class Block:
    """A paragraph or a list item (``number`` set for ordered items)."""

    kind: BlockKind
    spans: tuple[Span, ...]
    number: int | None = None


RichText = tuple[Block, ...]


def text(value: str) -> Span:
    return Span("text", value)


def code(value: str) -> Span:
    return Span("code", value)


def strong(*children: Span) -> Span:
    return Span("strong", children=children)


def link(url: str, *children: Span) -> Span:
    return Span("link", children=children, url=url)


def paragraph(*spans: Span) -> Block:
    return Block("paragraph", spans)


def item(*spans: Span, number: int | None = None) -> Block:
    return Block("item", spans, number)


# --- reading ---------------------------------------------------------------------------

_ASCII_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|([0-9]{1,9})[.)])[ \t]+(.*)$")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_HEADING = re.compile(r"^[ \t]*#{1,6}(?:[ \t]+|$)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\([ \t]*<?([^()<>\s]*)>?[ \t]*\)")
# ``~~123~~`` or ``~~123#section-id~~``: a help page, optionally a section of it.
_DOC_LINK = re.compile(r"~~([0-9]{1,12})(?:#([A-Za-z0-9_-]{1,100}))?~~")
# ``~~AddCategory~~``: Alibaba's reference to another operation of the product by name.
_API_LINK = re.compile(r"~~([A-Z][A-Za-z0-9]{1,79})~~")
_HTTP_URL = re.compile(r"^https?://[^\s<>\"`]+$", re.IGNORECASE)
_EMPHASIS: tuple[tuple[str, SpanKind], ...] = (("**", "strong"), ("*", "emphasis"))


def doc_link_url(doc_id: str, anchor: str | None = None) -> str:
    url = DOC_LINK_URL.format(id=doc_id)
    return f"{url}#{anchor}" if anchor else url


def safe_url(target: str) -> str | None:
    """The address a link may point at, or None: ``~~123~~`` and http(s) URLs only."""
    match = _DOC_LINK.fullmatch(target)
    if match:
        return doc_link_url(match.group(1), match.group(2))
    if _HTTP_URL.match(target) and all(ch.isprintable() for ch in target):
        return target
    return None


_SEPARATORS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _clean(value: str) -> str:
    """Control characters, surrogates and line/paragraph separators become spaces."""
    # The categories Cc, Cs, Zl and Zp are exactly these code points.
    return _SEPARATORS.sub(" ", value)


# A description is parsed for every page and help text that shows it; bounded, as a
# catalog's descriptions would otherwise all stay (megabytes), and the pages that
# share a description are rendered close together.
@lru_cache(maxsize=256)
def parse(source: str | None) -> RichText:
    """Paragraphs and list items of spec Markdown; anything else is kept as text."""
    if not source:
        return ()
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[Block] = []
    current: list[str] = []
    kind: BlockKind = "paragraph"
    number: int | None = None

    def flush() -> None:
        spans = parse_inline(" ".join(current))
        if spans:
            blocks.append(Block(kind, spans, number))
        current.clear()

    for raw in lines:
        # Control characters count as spaces from here on, also for emphasis rules.
        line = _clean(raw)
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        line = _HEADING.sub("", line)
        if not line.strip():
            flush()
            continue
        match = _ITEM.match(line)
        if match:
            flush()
            kind = "item"
            number = int(match.group(1)) if match.group(1) else None
            current.append(match.group(2))
        else:
            if not current:
                kind, number = "paragraph", None
            current.append(line)
    flush()
    return tuple(blocks)


def _closing(source: str, start: int, delimiter: str) -> int:
    """Index of the delimiter closing a strong/emphasis run opened before ``start``."""
    if start >= len(source) or source[start].isspace():
        return -1
    position = start
    while True:
        position = source.find(delimiter, position + 1)
        if position < 0:
            return -1
        if delimiter == "*" and (
            source.startswith("**", position) or source[position - 1] == "*"
        ):
            continue  # part of a strong delimiter, not an emphasis one
        if not source[position - 1].isspace() and source[position - 1] != "\\":
            return position


def _api_reference(
    label: str, operation: str, allowed: frozenset[str]
) -> tuple[Span, ...]:
    """``[AddCategory](~~AddCategory~~)``: the operation's name as code, which reads the
    same in a page, a docstring and ``--help``; a different label is kept before it."""
    inner = parse_inline(label, allowed - {"link"})
    if "".join(span.text for span in inner) == operation or not inner:
        return (code(operation),)
    return (*inner, text(" ("), code(operation), text(")"))


def parse_inline(
    source: str, allowed: frozenset[str] = frozenset({"strong", "emphasis", "link"})
) -> tuple[Span, ...]:
    """Inline spans of one block's text: code, links, strong, emphasis and text."""
    spans: list[Span] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            spans.append(text("".join(buffer)))
            buffer.clear()

    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if (
            char == "\\"
            and index + 1 < length
            and source[index + 1] in _ASCII_PUNCTUATION
        ):
            buffer.append(source[index + 1])
            index += 2
            continue
        if char == "`":
            run = len(source) - len(source[index:].lstrip("`")) - index
            closing = re.compile(r"(?<!`)`{%d}(?!`)" % run).search(source, index + run)
            if closing:
                flush()
                spans.append(code(source[index + run : closing.start()]))
                index = closing.end()
            else:
                buffer.append("`" * run)
                index += run
            continue
        if char == "[" and "link" in allowed:
            match = _LINK.match(source, index)
            url = safe_url(match.group(2)) if match else None
            if match and url:
                flush()
                inner = parse_inline(match.group(1), allowed - {"link"})
                spans.append(link(url, *inner))
                index = match.end()
                continue
            api = _API_LINK.fullmatch(match.group(2)) if match else None
            if match and api:
                flush()
                spans.extend(_api_reference(match.group(1), api.group(1), allowed))
                index = match.end()
                continue
        if char == "~" and "link" in allowed:
            match = _DOC_LINK.match(source, index)
            if match:
                flush()
                url = doc_link_url(match.group(1), match.group(2))
                spans.append(link(url, text(url)))
                index = match.end()
                continue
            api = _API_LINK.match(source, index)
            if api:
                flush()
                spans.append(code(api.group(1)))
                index = api.end()
                continue
        for delimiter, kind in _EMPHASIS:
            if kind in allowed and source.startswith(delimiter, index):
                end = _closing(source, index + len(delimiter), delimiter)
                if end > index + len(delimiter):
                    flush()
                    inner = parse_inline(
                        source[index + len(delimiter) : end], allowed - {kind}
                    )
                    spans.append(Span(kind, children=inner))
                    index = end + len(delimiter)
                    break
        else:
            buffer.append(char)
            index += 1
    flush()
    return tuple(spans)


# --- writing ---------------------------------------------------------------------------

_ESCAPED = frozenset("\\`*_{}[]<>()#+!|~&")
_ESCAPE_TABLE = {ord(ch): f"\\{ch}" for ch in _ESCAPED}
_WHITESPACE = re.compile(r"\s+")


def escape_text(value: str) -> str:
    """Literal text on one Markdown line: markup, HTML, entities and pipes stay text."""
    flat = _WHITESPACE.sub(" ", _clean(value))
    return flat.translate(_ESCAPE_TABLE)


def _code_span(value: str, in_cell: bool, at_line_start: bool) -> str:
    content = _clean(value)
    if not content.strip():
        return escape_text(value) or " "
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    if (at_line_start and len(fence) >= 3) or (in_cell and "|" in content):
        # Three backticks opening a line would start a code block; and inside a table
        # row renderers disagree on pipes in code (GFM ends the cell at "\\|"), so
        # both are written as an HTML code element holding escaped text.
        return f"<code>{escape_text(content)}</code>"
    padded = content
    if content.startswith(("`", " ")) or content.endswith(("`", " ")):
        padded = f" {content} "
    return f"{fence}{padded}{fence}"


def encode_url(url: str) -> str:
    """A link destination with nothing Markdown or a table could read as syntax."""
    return quote(url, safe="!#$%&'*+,/:;=?@[]~-._")


def _is_punctuation(char: str, broad: bool) -> bool:
    if char in _ASCII_PUNCTUATION:
        return True
    category = unicodedata.category(char)
    return category.startswith("P") or (broad and category.startswith("S"))


def _delimiters_hold(inner: str, before: str, after: str) -> bool:
    """Whether ``**inner**`` between ``before`` and ``after`` is read as strong text.

    CommonMark's flanking rules: a delimiter next to punctuation only counts when the
    other side is a space or punctuation. Where unsure (symbols, which versions of the
    spec treat differently), the answer is no and the caller writes an HTML tag instead.
    """
    if not inner or inner[0].isspace() or inner[-1].isspace():
        return False
    opens = not _is_punctuation(inner[0], broad=True) or (
        not before or before.isspace() or _is_punctuation(before, broad=False)
    )
    closes = not _is_punctuation(inner[-1], broad=True) or (
        not after or after.isspace() or _is_punctuation(after, broad=False)
    )
    return opens and closes


def render_spans(
    spans: tuple[Span, ...], in_cell: bool = False, at_line_start: bool = False
) -> str:
    pieces = [
        _render_span(span, in_cell, at_line_start and position == 0)
        for position, span in enumerate(spans)
    ]
    out: list[str] = []
    for position, (span, piece) in enumerate(zip(spans, pieces)):
        if span.kind in ("strong", "emphasis"):
            before = "".join(out)[-1:]
            following = "".join(pieces[position + 1 :])
            after = following[:1]
            mark, tag = ("**", "strong") if span.kind == "strong" else ("*", "em")
            if piece and _delimiters_hold(piece, before, after):
                piece = f"{mark}{piece}{mark}"
            elif piece:
                piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def _render_span(span: Span, in_cell: bool, at_line_start: bool) -> str:
    if span.kind == "text":
        return escape_text(span.text)
    if span.kind == "code":
        return _code_span(span.text, in_cell, at_line_start)
    inner = render_spans(span.children, in_cell, False).strip()
    if span.kind == "link":
        label = inner or escape_text(span.url)
        return f"[{label}]({encode_url(span.url)})"
    return inner


_BLOCK_START = re.compile(r"^([-+=]|[0-9]{1,9}(?=[.)]))")


def _line_safe(line: str) -> str:
    """A line that cannot start a list, a heading underline or a thematic break."""
    match = _BLOCK_START.match(line)
    if not match:
        return line
    if match.group(1)[0].isdigit():
        end = match.end()
        return f"{line[:end]}\\{line[end:]}"
    return f"\\{line}"


def _marker(block: Block) -> str:
    return f"{block.number}. " if block.number is not None else "- "


def render_cell(rich: RichText) -> str:
    """One table cell: every block on the same line, separated by ``<br>``."""
    parts = []
    for block in rich:
        body = render_spans(block.spans, in_cell=True).strip()
        if not body:
            continue
        parts.append(_marker(block) + body if block.kind == "item" else body)
    return "<br>".join(parts) if parts else " "


def render_blocks(rich: RichText) -> str:
    """Paragraphs and lists for a page body, separated by blank lines."""
    out: list[str] = []
    previous: BlockKind | None = None
    for block in rich:
        body = _line_safe(render_spans(block.spans, at_line_start=True).strip())
        if not body:
            continue
        if block.kind == "item":
            if previous == "paragraph":
                out.append("")
            out.append(_marker(block) + body)
        else:
            if previous is not None:
                out.append("")
            out.append(body)
        previous = block.kind
    return "\n".join(out)


def render_line(rich: RichText) -> str:
    """All blocks flattened onto one line (headings, link labels)."""
    parts = [render_spans(block.spans).strip() for block in rich]
    return _line_safe(" ".join(part for part in parts if part))


def plain_spans(spans: tuple[Span, ...], urls: bool = False) -> str:
    out = []
    for span in spans:
        if span.kind in ("text", "code"):
            out.append(span.text)
        elif span.kind == "link":
            label = plain_spans(span.children, urls)
            if not _clean(label).strip():
                label = span.url
            out.append(f"{label} ({span.url})" if urls and label != span.url else label)
        else:
            out.append(plain_spans(span.children, urls))
    return "".join(out)


def plain(rich: RichText, urls: bool = False) -> str:
    """The words a reader sees, without markup; ``urls`` adds link targets in brackets."""
    lines = []
    for block in rich:
        body = " ".join(_clean(plain_spans(block.spans, urls)).split())
        if body:
            lines.append(_marker(block) + body if block.kind == "item" else body)
    return "\n".join(lines)
