"""Escaping and presentation filters for templates.

Text from a spec reaches generated files only through these, so a description can never
become code: Python literals go through ``repr``-style escaping, Markdown through
``md_inline``/``md_cell``, JSON through ``json.dumps``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import markdown


def py_literal(value: Any) -> str:
    """A Python expression that evaluates to ``value`` (JSON-like data only)."""
    if value is None or isinstance(value, (bool, int)):
        return repr(value)
    if isinstance(value, float):
        return (
            repr(value)
            if value == value and value not in (float("inf"), float("-inf"))
            else f"float({str(value)!r})"
        )
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(item) for item in value)
        return (
            f"[{inner}]"
            if isinstance(value, list)
            else f"({inner}{',' if len(value) == 1 else ''})"
        )
    if isinstance(value, dict):
        inner = ", ".join(
            f"{py_str(str(key))}: {py_literal(item)}" for key, item in value.items()
        )
        return "{" + inner + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a Python literal")


def py_str(text: str) -> str:
    """A Python string literal holding ``text`` exactly (NUL and all).

    Quoted as black quotes it: double quotes, unless single ones need fewer escapes.
    """
    quote = "'" if text.count("'") < text.count('"') else '"'
    body = (
        text.replace("\\", "\\\\")
        .replace(quote, "\\" + quote)
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    if not body.isprintable():  # one pass in C for the common, all-printable text
        body = "".join(
            (
                ch
                if ch.isprintable() or ch == " "
                else (f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
            )
            for ch in body
        )
    return f"{quote}{body}{quote}"


def docstring(text: str) -> str:
    """Text safe inside a triple-double-quoted docstring (no closing quotes, no escapes)."""
    cleaned = text
    if not text.replace("\n", "").replace("\t", "").isprintable():
        cleaned = "".join(
            ch if ch.isprintable() or ch in "\n\t" else " " for ch in text
        )
    cleaned = cleaned.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # Black strips whitespace at the end of a docstring's lines.
    cleaned = "\n".join(line.rstrip() for line in cleaned.split("\n"))
    if cleaned.endswith('"'):
        cleaned += " "
    return cleaned


def docblock(*parts: object, indent: int = 0) -> str:
    """A complete triple-quoted docstring from paragraphs, indented for its place.

    Each part is a string or a ``Text`` (English first, then Chinese); empty parts are
    skipped. Continuation lines get ``indent`` spaces so the docstring reads well.
    """
    paragraphs: list[str] = []
    for part in parts:
        if hasattr(part, "zh") and hasattr(part, "en"):
            candidates = [part.en, part.zh]
        else:
            candidates = [part]
        for text in candidates:
            if (
                isinstance(text, str)
                and text.strip()
                and text.strip() not in paragraphs
            ):
                paragraphs.append(docstring(text.strip()))
    if not paragraphs:
        return '""""""'
    pad = " " * indent
    body = "\n\n".join(paragraphs)
    lines = body.split("\n")
    # As black leaves a docstring: first line stripped, the others stripped on the
    # right, with leading tabs expanded and their common indentation replaced by
    # ``indent``; the closing quotes on a line of their own.
    rest = [_leading_tabs_expanded(pad + line)[indent:] for line in lines[1:]]
    if not any(line.strip() for line in rest):
        text = _quote_padded(lines[0].strip())
        return f'"""{text}"""' if text else '""" """'
    common = min(len(line) - len(line.lstrip()) for line in rest if line.strip())
    trimmed = [line[common:].rstrip() for line in rest]
    text = "\n".join(f"{pad}{line}" if line else "" for line in trimmed)
    first = lines[0].strip()
    if first.startswith('"'):
        first = " " + first
    return f'"""{first}\n{text}\n{pad}"""'


def _quote_padded(text: str) -> str:
    if text.startswith('"'):
        text = " " + text
    if text.endswith('"'):
        text += " "
    return text


def _leading_tabs_expanded(line: str) -> str:
    stripped = line.lstrip()
    if not stripped or stripped == line:
        return line
    return line[: len(line) - len(stripped)].expandtabs() + stripped


def comment(text: str) -> str:
    """Text safe on one ``#`` comment line."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def to_json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, sort_keys=False)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def md_inline(text: str) -> str:
    """Plain text on one Markdown line: no markup, HTML or links survive as such."""
    flat = " ".join(text.split())
    return _MD_SPECIAL.sub(r"\\\1", flat)


def md_cell(text: str) -> str:
    """Text for one Markdown table cell: escaped, with line breaks as ``<br>``."""
    lines = [md_inline(line) for line in text.splitlines() if line.strip()]
    return "<br>".join(lines) if lines else " "


def md_code(text: str) -> str:
    """Inline code that survives backticks inside ``text``."""
    flat = " ".join(text.split())
    fence = "`"
    while fence in flat:
        fence += "`"
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat}{padding}{fence}"


def md_fence(text: str, info: str = "") -> str:
    """A fenced code block long enough that ``text`` cannot close it."""
    longest = max((len(run) for run in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    body = text if text.endswith("\n") else text + "\n"
    return f"{fence}{info}\n{body}{fence}"


def md_text(value: object) -> str:
    """Spec text shown literally on one line of a page or in one table cell."""
    return markdown.escape_text(str(value))


def md_doc(rich: markdown.RichText) -> str:
    """Parsed spec Markdown as paragraphs and lists of a page body."""
    return markdown.render_blocks(rich)


def md_doc_cell(rich: markdown.RichText) -> str:
    """Parsed spec Markdown inside one table cell (one line, ``<br>`` between blocks)."""
    return markdown.render_cell(rich)


def md_doc_line(rich: markdown.RichText) -> str:
    """Parsed spec Markdown flattened onto one line (headings)."""
    return markdown.render_line(rich)


def md_url(url: str) -> str:
    """A link destination that neither Markdown nor a table can read as syntax."""
    return markdown.encode_url(url)


FILTERS = {
    "py": py_literal,
    "py_str": py_str,
    "docstring": docstring,
    "docblock": docblock,
    "comment": comment,
    "json": to_json,
    "md": md_inline,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_fence": md_fence,
    "md_text": md_text,
    "md_doc": md_doc,
    "md_doc_cell": md_doc_cell,
    "md_doc_line": md_doc_line,
    "md_url": md_url,
}
