"""Shared fixtures: paths of the project and of the read-only material beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SPEC = PROJECT / "spec"
SHARED = PROJECT.parent / "shared"


@pytest.fixture
def project() -> Path:
    return PROJECT
