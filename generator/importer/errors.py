"""Operation error codes from the metadata's ``errorCodes`` and its Markdown error tables.

``errorCodes`` maps an HTTP status to ``{errorCode, errorMessage}`` entries. Many
operations instead (or as well) document their errors as a Markdown table in
``extraInfo`` with columns for code, message, HTTP status and description; columns are
recognised by their headings, in Chinese or English.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..patterns import searches
from .notes import Category, Notes

# A Markdown table's separator row. Its runs of blanks and dashes can be split in many
# ways, which a backtracking engine tries one by one (quadratic in a long line of
# blanks); RE2 answers in linear time.
_SEPARATOR = r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$"
_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_CODE = re.compile(r"^[^\s]+$")

Table = tuple[list[str], list[list[str]]]


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [cell.strip().replace("\\|", "|") for cell in _CELL_SPLIT.split(body)]


def markdown_tables(text: str) -> list[Table]:
    """Every pipe table in ``text``: its heading cells and its rows of cells."""
    lines = text.splitlines()
    tables: list[Table] = []
    index = 0
    while index < len(lines) - 1:
        if "|" in lines[index] and searches(_SEPARATOR, lines[index + 1]):
            header = _cells(lines[index])
            rows = []
            index += 2
            while index < len(lines) and "|" in lines[index]:
                rows.append(_cells(lines[index]))
                index += 1
            tables.append((header, rows))
        else:
            index += 1
    return tables


def _column_role(heading: str) -> str | None:
    key = re.sub(r"\s+", "", heading).lower()
    if "http" in key or "状态码" in key or "status" in key:
        return "http_status"
    if "错误码" in key or "错误代码" in key or "code" in key:
        return "code"
    if "错误信息" in key or "message" in key:
        return "message"
    if "说明" in key or "描述" in key or "description" in key:
        return "description"
    return None


def _plain_code(cell: str) -> str:
    return cell.strip().strip("`*").strip()


def _status(raw: object) -> int | None:
    text = str(raw).strip()
    if text.isdigit() and 100 <= int(text) <= 599:
        return int(text)
    return None


class ErrorTable:
    """The errors of one operation, merged by code in the order first documented."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.entries: dict[str, dict[str, Any]] = {}

    def add(self, pointer: str, entry: dict[str, Any]) -> None:
        code = entry["code"]
        known = self.entries.get(code)
        if known is None:
            self.entries[code] = entry
            return
        for key, value in entry.items():
            if key not in known:
                known[key] = value
            elif known[key] != value and key in ("http_status", "message"):
                self.notes.add(
                    pointer,
                    Category.ERROR_CODE,
                    f"error '{code}' is documented again with {key} {value!r}; kept"
                    f" the first, {known[key]!r}",
                )

    def read_error_codes(self, raw: Any) -> None:
        if not isinstance(raw, Mapping):
            return
        for status_key, listed in raw.items():
            status = _status(status_key)
            for index, item in enumerate(listed if isinstance(listed, list) else []):
                pointer = f"/errorCodes/{status_key}/{index}"
                if not isinstance(item, Mapping):
                    continue
                code = item.get("errorCode")
                if not isinstance(code, str) or not _CODE.fullmatch(code.strip()):
                    self.notes.add(
                        pointer, Category.ERROR_CODE, f"error code {code!r} unusable"
                    )
                    continue
                entry: dict[str, Any] = {"code": code.strip()}
                if status is not None:
                    entry["http_status"] = status
                message = item.get("errorMessage")
                if isinstance(message, str) and message.strip():
                    entry["message"] = message.strip()
                self.add(pointer, entry)

    def read_tables(self, raw: Any, pointer: str) -> None:
        if not isinstance(raw, str):
            return
        for header, rows in markdown_tables(raw):
            roles = [_column_role(cell) for cell in header]
            if "code" not in roles or not {"message", "http_status"} & set(roles):
                continue
            for row in rows:
                values = {
                    role: cell
                    for role, cell in zip(roles, row)
                    if role is not None and cell
                }
                code = _plain_code(values.get("code", ""))
                if not code:
                    continue
                if not _CODE.fullmatch(code):
                    self.notes.add(
                        pointer,
                        Category.ERROR_CODE,
                        f"error code {code!r} in the error table is unusable; row dropped",
                    )
                    continue
                entry: dict[str, Any] = {"code": code}
                if "http_status" in values:
                    status = _status(values["http_status"])
                    if status is None:
                        self.notes.add(
                            pointer,
                            Category.ERROR_CODE,
                            f"error '{code}': HTTP status {values['http_status']!r}"
                            " is not a status code; dropped",
                        )
                    else:
                        entry["http_status"] = status
                if "message" in values:
                    entry["message"] = values["message"]
                if "description" in values:
                    entry["description"] = {"zh": values["description"]}
                self.add(pointer, entry)

    def definitions(self) -> list[dict[str, Any]]:
        order = ("code", "http_status", "message", "description")
        return [
            {key: entry[key] for key in order if key in entry}
            for entry in self.entries.values()
        ]

    def status_of(self, code: str) -> int | None:
        entry = self.entries.get(code)
        return entry.get("http_status") if entry else None


def operation_errors(api: Mapping[str, Any], notes: Notes) -> ErrorTable:
    table = ErrorTable(notes)
    table.read_error_codes(api.get("errorCodes"))
    table.read_tables(api.get("extraInfo"), "/extraInfo")
    return table
