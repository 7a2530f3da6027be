"""Property-based fuzzing of the loader, the linter and the importer.

Whatever text or data they are given, they answer with diagnostics (or, for the
importer, notes and a spec the linter accepts), never with an uncaught exception. Runs
under ``HOSTILE_SETTINGS``: derandomized in CI, many fresh cases under ``make fuzz``.
"""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from generator.diagnostics import Diagnostic
from generator.importer.apidocs import MetadataError, parse_api_docs
from generator.importer.convert import import_api_docs
from generator.importer.files import write_result
from generator.load import load_file
from generator.validate import load_tree
from tests.hostile.conftest import DEMO, HOSTILE_SETTINGS
from tests.importer.test_robustness import APIS, NODES

# Pieces of YAML syntax, hostile values and names, recombined at random.
TOKENS = st.sampled_from(
    [
        "a: ",
        "- ",
        "&x ",
        "*x",
        "&y [*x, *x, *x]",
        "!!int ",
        "!!python/object:os.system ",
        "!tag ",
        "<<: ",
        "{",
        "}",
        "[",
        "]",
        ", ",
        "? ",
        "|",
        ">-",
        '"',
        "'",
        "#",
        "\n",
        "\n  ",
        "\t",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "1" + "0" * 5000,
        "1e999",
        ".nan",
        "~",
        "\ufeff",
        "\x00",
        "\ud800",
        "é",
        "../../x",
        "^(a+)+$",
        "(a)\\1",
    ]
)
YAML_TEXT = st.lists(
    st.one_of(TOKENS, st.text(string.ascii_letters + ":- \n[]{}&*!", max_size=8)),
    max_size=40,
).map("".join)


def _is_diagnostic(item: object) -> bool:
    return (
        isinstance(item, Diagnostic)
        and item.position.line >= 1
        and item.position.column >= 1
    )


@HOSTILE_SETTINGS
@example(text="x: &r [*r]\n")
@example(text="a: !!int 'x'\n")
@example(text="a: " + "[" * 500 + "]" * 500)
@given(text=YAML_TEXT)
def test_the_loader_answers_any_text_with_data_or_diagnostics(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        loaded, diagnostics = load_file(path, "fuzz.yaml")
    assert all(_is_diagnostic(item) for item in diagnostics)
    assert loaded is not None or diagnostics


SPEC_FILES = {
    "service": DEMO / "2020-01-01" / "service.yaml",
    "ping": DEMO / "2020-01-01" / "operations" / "Ping.yaml",
    "things": DEMO / "2020-01-01" / "operations" / "DescribeThings.yaml",
}
HOSTILE_VALUES = st.sampled_from(
    [
        "tests",
        "../../escape",
        "Close",
        "__init__",
        "Exception",
        "class",
        "'^(a+)+$'",
        "'(a)\\1'",
        '"evil.com/\\"); x"',
        "javascript:x",
        "[" * 40 + "]" * 40,
        "&a [*a]",
        "!!int x",
        "{type: array, items: {type: array, items: {ref: Tag}}}",
        "{ref: Nowhere}",
        "null",
        "-1",
        "1.5",
        "''",
    ]
)


@st.composite
def mutated_spec(draw: st.DrawFn) -> dict[str, str]:
    """The demo spec with a few values replaced by hostile ones, or lines shuffled."""
    texts = {
        name: path.read_text(encoding="utf-8") for name, path in SPEC_FILES.items()
    }
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(sorted(texts)))
        lines = texts[name].splitlines()
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        action = draw(st.sampled_from(["value", "delete", "duplicate", "indent"]))
        if action == "value" and ": " in line:
            key = line.split(": ", 1)[0]
            lines[index] = f"{key}: {draw(HOSTILE_VALUES)}"
        elif action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        else:
            lines[index] = "  " + line
        texts[name] = "\n".join(lines) + "\n"
    return texts


def _demo_with(name: str, old: str, new: str) -> dict[str, str]:
    texts = {key: path.read_text(encoding="utf-8") for key, path in SPEC_FILES.items()}
    assert old in texts[name]
    texts[name] = texts[name].replace(old, new, 1)
    return texts


@HOSTILE_SETTINGS
# Found by make fuzz: a mapping where a type name belongs raised TypeError in lint.
@example(
    texts=_demo_with(
        "things",
        "type: object\n        members:\n          Field",
        "type: {type: array, items: {ref: Tag}}\n        members:\n          Field",
    )
)
# Found by make fuzz: a parameter binding that is null raised TypeError in lint.
@example(texts=_demo_with("things", "Ids: {style: comma}", "Ids: null"))
@given(texts=mutated_spec())
def test_the_linter_answers_any_mutated_spec_with_diagnostics(
    texts: dict[str, str],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "spec" / "demo" / "2020-01-01"
        (root / "operations").mkdir(parents=True)
        (root / "service.yaml").write_text(texts["service"], encoding="utf-8")
        (root / "operations" / "Ping.yaml").write_text(texts["ping"], encoding="utf-8")
        (root / "operations" / "DescribeThings.yaml").write_text(
            texts["things"], encoding="utf-8"
        )
        tree = load_tree(Path(folder) / "spec")
    assert all(_is_diagnostic(item) for item in tree.diagnostics)


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(), st.text(max_size=6), HOSTILE_VALUES
    )
    return st.recursive(
        scalars,
        lambda children: st.one_of(
            st.lists(children, max_size=3),
            st.dictionaries(st.text(max_size=4), children, max_size=3),
        ),
        max_leaves=10,
    )


HOSTILE_NAMES = st.sampled_from(
    ["Close", "Endpoint", "Aclose", "Get", "Model", "Exception", "Tests", "__init__"]
)
PATTERN_NODES = st.fixed_dictionaries(
    {
        "type": st.just("string"),
        "pattern": st.sampled_from(["^(a+)+$", "(a)\\1", "a(?=b)", "[", "^[a-z]+$"]),
    },
    optional={"example": st.sampled_from(["a" * 3000 + "!", "abc", "aa"])},
)
HOSTILE_DOCUMENTS = st.fixed_dictionaries(
    {
        "info": st.fixed_dictionaries(
            {
                "style": st.sampled_from(["RPC", "ROA", "rpc"]),
                "product": st.sampled_from(
                    ["demo", "Tests", "docs", "class", "../x", "a\n", "", "MANIFEST"]
                ),
                "version": st.sampled_from(["1", "2020-01-01", "../..", "/abs", "1\n"]),
            }
        ),
        "apis": st.dictionaries(
            HOSTILE_NAMES,
            st.one_of(
                APIS,
                st.fixed_dictionaries(
                    {
                        "parameters": st.lists(
                            st.fixed_dictionaries(
                                {"name": st.just("Name"), "in": st.just("query")},
                                optional={"schema": PATTERN_NODES},
                            ),
                            max_size=2,
                        ),
                        "responses": st.just(
                            {"200": {"schema": {"type": "object", "properties": {}}}}
                        ),
                    }
                ),
                _json_values(),
            ),
            max_size=3,
        ),
        "components": st.fixed_dictionaries(
            {"schemas": st.dictionaries(HOSTILE_NAMES, NODES, max_size=2)}
        ),
        "endpoints": st.lists(
            st.fixed_dictionaries(
                {
                    "regionId": st.sampled_from(["cn-a", "../x", "A B"]),
                    "endpoint": st.sampled_from(
                        ["demo.cn-a.example.com", 'evil.com/"); x', "x y", ""]
                    ),
                }
            ),
            max_size=3,
        ),
    },
    optional={"extra": _json_values()},
)


@HOSTILE_SETTINGS
@given(document=st.one_of(HOSTILE_DOCUMENTS, _json_values()))
def test_the_importer_answers_any_document_with_notes_and_a_clean_spec(
    document: Any,
) -> None:
    try:
        docs = parse_api_docs(json.dumps(document), "api-docs.json")
    except MetadataError:
        return
    result = import_api_docs(docs)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "spec"
        if result.files:
            write_result(out, result)
            problems = [str(item) for item in load_tree(out).diagnostics]
            assert problems == []
        assert {path.name for path in Path(folder).iterdir()} <= {"spec"}


@HOSTILE_SETTINGS
@given(text=st.text(max_size=200))
def test_the_importer_answers_any_text_with_an_error_or_a_result(text: str) -> None:
    try:
        parse_api_docs(text, "api-docs.json")
    except MetadataError as error:
        assert str(error).startswith("api-docs.json")


def test_a_yaml_dump_of_hostile_values_is_only_data() -> None:
    # The importer writes with the safe dumper: no value becomes a tag or an alias.
    text = yaml.safe_dump({"a": "!!python/object:os.system", "b": "*x", "c": "&y"})
    assert yaml.safe_load(text) == {
        "a": "!!python/object:os.system",
        "b": "*x",
        "c": "&y",
    }
