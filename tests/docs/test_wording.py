"""Rules of a shape, worded for readers in Chinese and English."""

from __future__ import annotations

import pytest

from generator.markdown import plain
from generator.model import Constraints, EnumValue, Shape, Text
from generator.targets.wording import rules, shape_type


def words(shape: Shape, language: str) -> list[str]:
    return [plain((block,)) for block in rules(shape, language)]


@pytest.mark.parametrize(
    ("shape", "name"),
    [
        (Shape("integer", format="int64"), "Long"),
        (Shape("integer", format="int32"), "Integer"),
        (Shape("number", format="float"), "Float"),
        (Shape("array", items=Shape("string")), "Array of String"),
        (Shape("map", values=Shape("boolean")), "Map of Boolean"),
        (Shape("object"), "Object"),
    ],
)
def test_type_words(shape: Shape, name: str) -> None:
    assert shape_type(shape) == name


def test_numbers_lengths_and_defaults() -> None:
    shape = Shape(
        "integer",
        constraints=Constraints(minimum=1, maximum=100.0, exclusive_maximum=200),
        default=10,
    )
    assert words(shape, "en") == [
        "Valid range: 1 to 100.",
        "Less than 200.",
        "Default value: 10.",
    ]
    assert words(shape, "zh") == ["取值范围：1～100。", "须小于 200。", "默认值：10。"]
    text = Shape("string", constraints=Constraints(min_length=2, max_length=64))
    assert words(text, "en") == ["2 to 64 characters."]
    assert words(text, "zh") == ["长度为 2～64 个字符。"]


def test_lists_and_their_items() -> None:
    shape = Shape(
        "array",
        items=Shape("string", enum=(EnumValue("a", "A", Text(en="First")),)),
        constraints=Constraints(max_items=10, unique_items=True),
    )
    assert words(shape, "en") == [
        "At most 10 items.",
        "Items must be unique.",
        "Each item: valid values:",
        "- a: First",
    ]
    assert words(shape, "zh") == [
        "最多 10 项。",
        "各项不能重复。",
        "每一项：取值：",
        "- a：First",
    ]


def test_rules_never_run_text_into_markup() -> None:
    # A pattern full of Markdown stays a code span; it cannot open emphasis or a table.
    shape = Shape("string", constraints=Constraints(pattern="^*a|b*`$"))
    (rule,) = rules(shape, "en")
    assert [span.kind for span in rule.spans] == ["text", "code", "text"]
    assert rule.spans[1].text == "^*a|b*`$"
