"""The JSON Schema that defines the spec format (see spec/README.md)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SPEC_SCHEMA_PATH = Path(__file__).with_name("spec.schema.json")


@cache
def spec_schema() -> dict[str, Any]:
    result: dict[str, Any] = json.loads(SPEC_SCHEMA_PATH.read_text(encoding="utf-8"))
    return result
