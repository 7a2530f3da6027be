"""Spec names cannot replace what the generated classes and modules define themselves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import reserved
from generator.reserved import client_attributes, model_attributes
from generator.validate import load_tree
from tests.conftest import PROJECT
from tests.hostile.conftest import TIMEOUT, Workspace, assert_refused
from tests.importer.builders import api_docs, import_docs, operation


def test_the_client_table_comes_from_the_runtime_client_classes() -> None:
    names = client_attributes()
    # Methods and attributes the runtime defines, read from its source.
    assert {"close", "aclose", "endpoint", "_invoke", "_core", "SERVICE"} <= names
    assert "__enter__" in names and "__repr__" in names
    assert {"to_dict", "from_wire", "_FIELDS", "__init__"} <= model_attributes()


@pytest.mark.parametrize("name", ["Close", "Endpoint", "Aclose"])
def test_an_operation_named_like_a_client_method_is_refused(
    workspace: Workspace, name: str
) -> None:
    workspace.edit(workspace.ping, "name: Ping", f"name: {name}")
    assert_refused(workspace.lint(), f"would replace the client's own '{name.lower()}'")
    assert_refused(workspace.generate())
    assert not workspace.out.exists()


def test_a_python_name_naming_a_client_attribute_is_refused(
    workspace: Workspace,
) -> None:
    workspace.edit(workspace.ping, "name: Ping", "name: Ping\n  python_name: SERVICE")
    assert_refused(workspace.lint(), "would replace the client's own 'SERVICE'")


def test_two_operations_with_one_method_name_are_refused(workspace: Workspace) -> None:
    workspace.edit(
        workspace.ping, "name: Ping", "name: Ping\n  python_name: describe_things"
    )
    assert_refused(workspace.lint(), "method name 'describe_things' is also")


@pytest.mark.parametrize(
    "python_name,message",
    [
        ("__init__", "starts with '_'"),
        ("__class__", "starts with '_'"),
        ("_FIELDS", "starts with '_'"),
        ("to_dict", "would replace the model's own 'to_dict'"),
        ("from_wire", "would replace the model's own 'from_wire'"),
        ("class", "keyword"),
    ],
)
def test_member_python_names_that_break_the_model_are_refused(
    workspace: Workspace, python_name: str, message: str
) -> None:
    workspace.edit(
        workspace.service,
        "Value: {type: string}",
        f"Value: {{type: string, python_name: {python_name}}}",
    )
    assert_refused(workspace.lint(), message)


@pytest.mark.parametrize(
    "class_name,message",
    [
        ("Exception", "would hide the Python builtin 'Exception'"),
        ("ValueError", "would hide the Python builtin"),
        ("Model", "a name the generated models module uses"),
        ("Any", "a name the generated models module uses"),
    ],
)
def test_class_names_that_shadow_builtins_or_module_names_are_refused(
    workspace: Workspace, class_name: str, message: str
) -> None:
    workspace.edit(
        workspace.service,
        "    Tag:\n      type: object\n",
        f"    Tag:\n      type: object\n      class_name: {class_name}\n",
    )
    assert_refused(workspace.lint(), message)


def test_two_classes_with_one_name_are_refused(workspace: Workspace) -> None:
    # The named shape's class_name is the class of the Ping response.
    workspace.edit(
        workspace.service,
        "    Tag:\n      type: object\n",
        "    Tag:\n      type: object\n      class_name: PingResponse\n",
    )
    assert_refused(workspace.lint(), "class name 'PingResponse' is already used")
    assert_refused(workspace.generate())


def test_an_enum_of_list_items_cannot_take_a_structure_name(
    workspace: Workspace,
) -> None:
    workspace.edit(
        workspace.ping,
        "      RequestId: {type: string}",
        "      RequestId: {type: string}\n"
        "      Kinds: {type: array, items: {type: string, enum: [a, b]}}\n"
        "      Other: {type: object, class_name: PingResponseKindsItem,"
        " members: {A: {type: string}}}",
    )
    assert_refused(
        workspace.lint(), "class name 'PingResponseKindsItem' is already used"
    )


@pytest.mark.parametrize(
    "name,method", [("Close", "close_2"), ("Endpoint", "endpoint_2")]
)
def test_the_importer_renames_an_operation_that_would_replace_a_client_method(
    tmp_path: Path, capsys: Any, name: str, method: str
) -> None:
    imported = import_docs(tmp_path, api_docs({name: operation()}), capsys)
    assert imported.code == 0, imported.stderr
    assert imported.operation(name)["python_name"] == method
    assert any(
        f"would replace the client's own '{method[:-2]}'; set python_name to another"
        f" name; using {method}" in note
        for note in imported.notes()
    ), imported.stderr
    assert imported.lint() == []


def test_the_importer_renames_a_schema_named_like_a_module_name(
    tmp_path: Path, capsys: Any
) -> None:
    schemas = {"Model": {"type": "object", "properties": {"A": {"type": "string"}}}}
    response = {"M": {"$ref": "#/components/schemas/Model"}}
    document = api_docs({"Get": operation(properties=response)}, schemas=schemas)
    imported = import_docs(tmp_path, document, capsys)
    assert imported.code == 0, imported.stderr
    assert "Model" not in imported.service().get("shapes", {})
    assert imported.lint() == []


def test_splitting_a_hostile_name_into_words_takes_bounded_time() -> None:
    # "A1A1...a" made the word pattern backtrack cubically: 1000 characters took
    # minutes. Run in a child process so that a regression fails instead of hanging.
    probe = (
        "from generator import naming\n"
        "for text in ('A1' * 50000 + 'a', 'A' + '1' * 100000 + 'a', 'AB' * 50000):\n"
        "    naming.snake_case(text); naming.constant_case(text)\n"
        "print(naming.words('M3U8Url'), naming.words('AIImageJobList'))\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == ("['M3U8', 'Url'] ['AI', 'Image', 'Job', 'List']")


def test_a_long_hostile_wire_name_is_a_diagnostic(workspace: Workspace) -> None:
    workspace.edit(
        workspace.ping,
        "      RequestId: {type: string}",
        "      RequestId: {type: string}\n      " + "A1" * 250 + "a: {type: string}",
    )
    assert_refused(workspace.lint(), "is too long")


def test_the_importer_skips_a_long_hostile_member_name_with_a_note(
    tmp_path: Path, capsys: Any
) -> None:
    hostile = "A1" * 2000 + "a"
    document = api_docs(
        {"Get": operation(properties={hostile: {"type": "string", "enum": [hostile]}})}
    )
    imported = import_docs(tmp_path, document, capsys)
    assert any("longer than 128 characters" in note for note in imported.notes())
    assert imported.lint() == []


def test_a_derived_member_name_the_runtime_model_took_is_refused(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should the runtime's Model gain a public method, members named like it are
    # refused by lint until they set python_name.
    taken = model_attributes() | {"value"}
    monkeypatch.setattr(reserved, "model_attributes", lambda: taken)
    problems = [str(item) for item in load_tree(workspace.spec).diagnostics]
    assert [problem.split(": ", 1)[1] for problem in problems] == [
        "member 'Value': Python name 'value' would replace the model's own 'value';"
        " choose another"
    ]
    line = next(
        number
        for number, text in enumerate(
            workspace.service.read_text(encoding="utf-8").splitlines(), start=1
        )
        if text.strip().startswith("Value:")
    )
    assert problems[0].startswith(f"{workspace.service}:{line}:")
