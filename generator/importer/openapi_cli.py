"""``python -m generator import-openapi DOC --out DIR``."""

from __future__ import annotations

import sys
from pathlib import Path

from .files import ForeignFiles, UnsafeOutput, write_result
from .openapi import OPENAPI_HEADER, import_openapi
from .openapi_source import OpenApiError


def run(path: Path, out: Path) -> int:
    """Import ``path`` into ``out``: 0 if every operation was imported, 1 if some were
    skipped, 2 if the document could not be read or the output not written."""
    try:
        result = import_openapi(path)
    except OpenApiError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for note in result.notes:
        print(note, file=sys.stderr)
    for name in result.skipped:
        print(f"{name}: skipped", file=sys.stderr)
    try:
        write_result(out, result, OPENAPI_HEADER)
    except (ForeignFiles, UnsafeOutput) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: cannot write {out}: {error.strerror}", file=sys.stderr)
        return 2
    sys.stderr.flush()
    print(f"imported {len(result.imported)} operations, {len(result.skipped)} skipped")
    return 1 if result.skipped else 0
