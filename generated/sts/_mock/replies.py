"""Bodies the offline server answers with: documented examples and Alibaba error bodies.

A success answer is the spec's example in the requested format with a fresh RequestId;
when the spec documents only one format, the other is derived from it by Alibaba's XML
rules (lists flattened, one element per item). Errors are ``{"RequestId", "HostId",
"Code", "Message", "Recommend"}`` in JSON or ``<Error>...</Error>`` in XML.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from .._runtime.xml_decode import decode_xml, parse_xml_root

__all__ = [
    "CONTENT_TYPES",
    "data_body",
    "documented_data",
    "error_body",
    "new_request_id",
    "success_body",
    "to_xml",
]

CONTENT_TYPES = {
    "json": "application/json;charset=utf-8",
    "xml": "text/xml;charset=utf-8",
}
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
ERROR_FIELDS = ("RequestId", "HostId", "Code", "Message", "Recommend")


def new_request_id() -> str:
    """A RequestId shaped like the service's (upper-case UUID)."""
    return str(uuid.uuid4()).upper()


def error_body(fields: Mapping[str, str], response_format: str) -> bytes:
    """An Alibaba error body with ``ERROR_FIELDS`` in that order."""
    ordered = {name: fields.get(name, "") for name in ERROR_FIELDS}
    if response_format == "xml":
        inner = "".join(
            f"<{name}>{escape(value)}</{name}>" for name, value in ordered.items()
        )
        return f"{_XML_DECLARATION}<Error>{inner}</Error>\n".encode()
    return json.dumps(ordered, ensure_ascii=False).encode()


def _xml_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _append(parent: ElementTree.Element, name: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, list):
        for item in value:  # flattened: the list's name repeated, no wrapper
            _append(parent, name, item)
        return
    child = ElementTree.SubElement(parent, name)
    if isinstance(value, dict):
        for key, item in value.items():
            _append(child, str(key), item)
    else:
        child.text = _xml_text(value)


def to_xml(root_tag: str, data: Mapping[str, Any]) -> str:
    """Wire-shaped data as an Alibaba XML document under ``root_tag``."""
    root = ElementTree.Element(root_tag)
    for name, value in data.items():
        _append(root, name, value)
    return _XML_DECLARATION + ElementTree.tostring(root, encoding="unicode") + "\n"


def _json_answer(data: dict[str, Any], request_id: str) -> bytes:
    data["RequestId"] = request_id  # an existing key keeps its place
    return json.dumps(data, ensure_ascii=False).encode()


def _xml_answer(xml_text: str, request_id: str) -> bytes:
    root = parse_xml_root(xml_text)
    element = root.find("RequestId")
    if element is None:
        element = ElementTree.SubElement(root, "RequestId")
    element.text = request_id
    return (_XML_DECLARATION + ElementTree.tostring(root, encoding="unicode")).encode()


def success_body(
    *,
    json_example: str | None,
    xml_example: str | None,
    xml_shape: Any,
    root_tag: str,
    request_id: str,
    response_format: str,
) -> bytes:
    """The documented answer in ``response_format`` carrying ``request_id``."""
    if response_format == "xml":
        if xml_example is not None:
            return _xml_answer(xml_example, request_id)
        data = json.loads(json_example) if json_example is not None else {}
        data["RequestId"] = request_id
        return to_xml(root_tag, data).encode()
    if json_example is not None:
        return _json_answer(json.loads(json_example), request_id)
    if xml_example is not None:
        return _json_answer(dict(decode_xml(xml_example, xml_shape)), request_id)
    return _json_answer({}, request_id)


def documented_data(
    *, json_example: str | None, xml_example: str | None, xml_shape: Any
) -> dict[str, Any]:
    """The documented answer as wire-shaped data (JSON first, else the XML read back)."""
    if json_example is not None:
        data = json.loads(json_example)
        return data if isinstance(data, dict) else {}
    if xml_example is not None:
        return dict(decode_xml(xml_example, xml_shape))
    return {}


def data_body(
    data: dict[str, Any], *, root_tag: str, request_id: str, response_format: str
) -> bytes:
    """An answer built from wire-shaped ``data`` (a page the example did not document)."""
    if response_format == "xml":
        data["RequestId"] = request_id
        return to_xml(root_tag, data).encode()
    return _json_answer(data, request_id)
