"""The committed STS spec (``spec/sts/2015-04-01``) against what the importer makes of
Alibaba's STS metadata, read in place from ``../shared/data`` (skipped, saying why,
where it is absent): the same four operations, members, types and secrets, the same
anonymous operations. Only the text (the project's own) and a few rules differ; the
rules the committed spec adds are listed here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.importer.apidocs import parse_api_docs
from generator.importer.convert import import_api_docs
from generator.importer.files import write_result
from tests.conftest import PROJECT, SHARED

METADATA = SHARED / "data" / "sts-2015-04-01.api-docs.json"
COMMITTED = PROJECT / "spec" / "sts" / "2015-04-01"

pytestmark = pytest.mark.skipif(
    not METADATA.is_file(),
    reason=f"{METADATA} is absent: comparing the STS spec needs Alibaba's metadata",
)

# Required in the committed spec because Alibaba's documentation says so, though the
# metadata's API flags leave them optional (the importer keeps the API's word).
DOCUMENTED_REQUIRED = {
    "AssumeRoleWithOIDC": {"OIDCProviderArn", "RoleArn", "OIDCToken"},
    "AssumeRoleWithSAML": {"SAMLProviderArn", "RoleArn", "SAMLAssertion"},
}


def _operations(folder: Path) -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted((folder / "operations").glob("*.yaml")):
        operation = yaml.safe_load(path.read_text(encoding="utf-8"))["operation"]
        found[operation["name"]] = operation
    return found


def _members(structure: dict[str, Any]) -> dict[str, tuple[Any, ...]]:
    """wire name -> (type, secret, nested members) for a structure, recursively."""
    return {
        name: (
            member.get("type"),
            member.get("secret", False),
            _members(member) if "members" in member else None,
        )
        for name, member in structure.get("members", {}).items()
    }


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    result = import_api_docs(
        parse_api_docs(METADATA.read_text(encoding="utf-8"), METADATA.name)
    )
    assert result.skipped == []
    out = tmp_path_factory.mktemp("sts")
    write_result(out, result)
    return _operations(out / "sts" / "2015-04-01")


def test_the_same_operations_members_types_and_secrets(
    imported: dict[str, dict[str, Any]],
) -> None:
    committed = _operations(COMMITTED)
    assert (
        sorted(committed)
        == sorted(imported)
        == [
            "AssumeRole",
            "AssumeRoleWithOIDC",
            "AssumeRoleWithSAML",
            "GetCallerIdentity",
        ]
    )
    for name, operation in committed.items():
        theirs = imported[name]
        assert _members(operation["input"]) == _members(theirs["input"]), name
        assert _members(operation["output"]) == _members(theirs["output"]), name


def test_the_same_anonymous_operations_and_required_members(
    imported: dict[str, dict[str, Any]],
) -> None:
    committed = _operations(COMMITTED)
    for name, operation in committed.items():
        binding = operation["binding"]["alibaba-rpc"]
        assert binding.get("anonymous") == imported[name]["binding"]["alibaba-rpc"].get(
            "anonymous"
        ), name
        ours = {
            m for m, v in operation["input"]["members"].items() if v.get("required")
        }
        theirs = {
            m
            for m, v in imported[name]["input"]["members"].items()
            if v.get("required")
        }
        assert ours == theirs | DOCUMENTED_REQUIRED.get(name, set()), name
    assert {
        n for n, o in committed.items() if o["binding"]["alibaba-rpc"].get("anonymous")
    } == {
        "AssumeRoleWithOIDC",
        "AssumeRoleWithSAML",
    }
