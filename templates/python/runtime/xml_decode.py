"""Alibaba-style XML bodies read into the same wire-shaped data as their JSON twins.

Lists are flattened (one element per item, no wrapper), so a generated descriptor, not
the document, decides what is a list: one ``<AIImageJobList>`` is a list of one, and a
missing one is left out (the model makes it an empty list). Scalars are converted by
their declared type. A UTF-8 body without ``<!DOCTYPE`` (so with no DTD, entity or
external reference) is parsed by ElementTree's C parser; any other goes through
defusedxml, which refuses DTDs, so a hostile body cannot expand or reach the file
system. Element paths are built only to report a value that does not fit.

Descriptor grammar: ``"string" | "integer" | "number" | "boolean" | "any"`` for values,
``("list", item)`` and ``("map", value)`` for containers, ``{wire_name: descriptor}`` for
objects.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NoReturn
from xml.etree.ElementTree import XML, ParseError

from .errors import ResponseParseError

if TYPE_CHECKING:  # pragma: no cover
    from xml.etree.ElementTree import Element

__all__ = ["decode_element", "decode_xml", "parse_xml_root", "xml_misfits"]

Descriptor = Any


def _excerpt(data: bytes | str) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return text[:200]


# An XML declaration's encoding, read from the first bytes of a document.
_DECLARED_ENCODING = re.compile(
    rb"""(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']"""
)
_UTF8_NAMES = frozenset({b"utf-8", b"utf8", b"us-ascii", b"ascii"})


def _plain_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 (or ASCII) with no document type declaration.

    Entities other than the five predefined ones, and external references, can only
    be declared in a DTD, which only ``<!DOCTYPE`` opens; in UTF-8 that keyword is
    those very bytes. Such a document is parsed by ElementTree's C parser, which
    defusedxml cannot use (it needs the pure-Python parser to watch for DTDs, at a
    few times the cost); any other document still goes through defusedxml.
    """
    if (
        b"<!DOCTYPE" in data
        or b"\x00" in data[:4]
        or data[:2]
        in (
            b"\xff\xfe",
            b"\xfe\xff",
        )
    ):
        return False
    head = data[:256]
    declaration = _DECLARED_ENCODING.match(head)
    if declaration is not None:
        return declaration.group(1).lower() in _UTF8_NAMES
    # No declared encoding means UTF-8, unless a declaration names one in a way the
    # pattern does not read: then defusedxml decides.
    end = head.find(b"?>")
    return b"encoding" not in (head[:end] if end >= 0 else head)


def parse_xml_root(data: bytes | str, http_status: int | None = None) -> Element:
    """The root element of ``data``; raises ResponseParseError for anything unsafe or broken."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    try:
        if _plain_utf8(data):
            return XML(data)
        return _defused(data, http_status)
    except (ParseError, ValueError, LookupError) as error:
        # LookupError: an XML declaration naming an encoding Python does not know.
        raise ResponseParseError(
            f"response is not valid XML: {type(error).__name__}: {error}",
            http_status=http_status,
            excerpt=_excerpt(data),
        ) from None


def _defused(data: bytes, http_status: int | None) -> Element:
    """``data`` parsed by defusedxml (imported only for documents that need it)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise ResponseParseError(
            f"XML response refused: {type(error).__name__}",
            http_status=http_status,
            excerpt=_excerpt(data),
        ) from None
    return root


def decode_xml(
    data: bytes | str, descriptor: Descriptor, http_status: int | None = None
) -> Any:
    """Wire data for the whole document; the root element's name is not checked."""
    root = parse_xml_root(data, http_status)
    try:
        return decode_element(root, descriptor)
    except ResponseParseError as error:
        error.request_id = root.findtext("RequestId")
        error.http_status = http_status
        raise
    except RecursionError:
        # Only free-form ("any") members follow the document's own nesting.
        raise ResponseParseError(
            "XML response nests elements deeper than a parser may follow",
            request_id=root.findtext("RequestId"),
            http_status=http_status,
            excerpt=_excerpt(data),
        ) from None


def decode_element(element: Element, descriptor: Descriptor) -> Any:
    """Wire data for an element already parsed (``decode_xml`` after parsing)."""
    try:
        # Paths are not built on the way: naming every element costs more than
        # reading most of them. A value that does not fit is met again with paths.
        return _value(element, descriptor, None)
    except ResponseParseError:
        pass
    return _value(element, descriptor, "")


def _value(element: Element, descriptor: Descriptor, path: str | None) -> Any:
    if descriptor.__class__ is dict:
        return _object(element, descriptor, path)
    if descriptor.__class__ is tuple:
        # A list reaches here only nested in a list; its items are the children.
        kind, inner = descriptor
        if kind == "map":
            return {
                child.tag: _value(
                    child, inner, None if path is None else f"{path}/{child.tag}"
                )
                for child in element
            }
        return [
            _value(child, inner, None if path is None else f"{path}/{index}")
            for index, child in enumerate(element)
        ]
    text = element.text or ""
    if descriptor == "string":
        return text
    if descriptor == "any":
        return _untyped(element)
    stripped = text.strip()
    if descriptor == "integer":
        try:
            return int(stripped)
        except ValueError:
            _wrong(path, "an integer", stripped)
    if descriptor == "number":
        try:
            return float(stripped)
        except ValueError:
            _wrong(path, "a number", stripped)
    if descriptor == "boolean":
        lowered = stripped.lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        _wrong(path, "true or false", stripped)
    return text


def _object(element: Element, members: dict[str, Descriptor], path: str | None) -> Any:
    result: dict[str, Any] = {}
    for child in element:
        name = child.tag
        descriptor = members.get(name)
        if descriptor is None:
            continue  # unknown members are ignored, as in JSON
        if descriptor == "string":  # most members: read here, without a call
            result[name] = child.text or ""
        elif descriptor.__class__ is tuple and descriptor[0] == "list":
            items = result.setdefault(name, [])
            where = None if path is None else f"{path}/{name}/{len(items)}"
            items.append(_value(child, descriptor[1], where))
        elif descriptor.__class__ is dict and _holds_item_directly(child, descriptor):
            ((list_name, (_, item)),) = descriptor.items()
            items = result.setdefault(name, {list_name: []})[list_name]
            where = None if path is None else f"{path}/{name}/{list_name}/{len(items)}"
            items.append(_value(child, item, where))
        else:
            where = None if path is None else f"{path}/{name}"
            result[name] = _value(child, descriptor, where)
    return result


def _holds_item_directly(element: Element, members: dict[str, Descriptor]) -> bool:
    """Whether ``element`` is a list wrapper written without its item level.

    ``{"AIJobList": {"AIJob": [{...}]}}`` is ``<AIJobList><AIJob>...</AIJob></AIJobList>``
    on the wire, but Alibaba's documented XML often drops the item element and puts one
    item's fields (or, for a list of scalars, the one value) straight into each
    ``<AIJobList>``. Both read the same: the shape says the wrapper holds a list, and no
    child is named after that list.
    """
    if len(members) != 1:
        return False
    ((list_name, descriptor),) = members.items()
    if not (isinstance(descriptor, tuple) and descriptor[0] == "list"):
        return False
    item = descriptor[1]
    if isinstance(item, dict):
        tags = {child.tag for child in element}
        return list_name not in tags and not tags.isdisjoint(item)
    if isinstance(item, str):  # a list of scalars: the text is the one item
        return len(element) == 0 and bool((element.text or "").strip())
    return False


def _untyped(element: Element) -> Any:
    """Best effort for free-form members: children become a dict (repeats a list)."""
    if len(element) == 0:
        return element.text or ""
    result: dict[str, Any] = {}
    for child in element:
        value = _untyped(child)
        if child.tag in result:
            existing = result[child.tag]
            if isinstance(existing, list):
                existing.append(value)
            else:
                result[child.tag] = [existing, value]
        else:
            result[child.tag] = value
    return result


def _wrong(path: str | None, expected: str, text: str) -> NoReturn:
    raise ResponseParseError(
        f"{path or '/'}: expected {expected}, got {text[:40]!r}", path=path or "/"
    )


def xml_misfits(element: Element, descriptor: Descriptor) -> list[tuple[str, str]]:
    """``(pointer, problem)`` for each place ``element`` does not fit ``descriptor``,
    where ``decode_xml`` would guess or fail: an element repeated where one value is
    declared (the reader keeps the last), child elements where text is declared (the
    reader keeps the text), text that is not the declared scalar. Specs' examples are
    checked with it, so that an example and the reader never disagree."""
    found: list[tuple[str, str]] = []
    _misfits(element, descriptor, "", found)
    return found


def _misfits(
    element: Element, descriptor: Descriptor, path: str, found: list[tuple[str, str]]
) -> None:
    where = path or "/"
    if isinstance(descriptor, dict):
        seen: set[str] = set()
        counts: dict[str, int] = {}  # items so far of each list, as decode_xml counts
        for child in element:
            name = child.tag
            inner = descriptor.get(name)
            if inner is None:
                continue
            if isinstance(inner, tuple) and inner[0] == "list":
                index = counts[name] = counts.get(name, -1) + 1
                _misfits(child, inner[1], f"{path}/{name}/{index}", found)
            elif isinstance(inner, dict) and _holds_item_directly(child, inner):
                ((list_name, (_, item)),) = inner.items()
                index = counts[name] = counts.get(name, -1) + 1
                _misfits(child, item, f"{path}/{name}/{list_name}/{index}", found)
            elif name in seen:
                found.append(
                    (
                        f"{path}/{name}",
                        f"<{name}> is repeated, but one value is declared",
                    )
                )
            else:
                seen.add(name)
                _misfits(child, inner, f"{path}/{name}", found)
    elif isinstance(descriptor, tuple):
        for index, child in enumerate(element):
            key = child.tag if descriptor[0] == "map" else str(index)
            _misfits(child, descriptor[1], f"{path}/{key}", found)
    elif descriptor != "any":
        if len(element):
            names = ", ".join(sorted({f"<{child.tag}>" for child in element}))
            found.append((where, f"holds {names}, but a {descriptor} is declared"))
            return
        try:
            _value(element, descriptor, path)
        except ResponseParseError as error:
            found.append((where, error.reason.split(": ", 1)[-1]))
