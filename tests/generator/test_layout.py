"""The layout helpers: one line when it fits, black's split shapes when it does not.

These check the helpers' own rules (what fits, where a statement splits); whether
black agrees is not asserted, as a future black may restyle.
"""

from __future__ import annotations

from generator.filters import docblock, py_str
from generator.targets import layout


def test_width_counts_wide_characters_twice() -> None:
    assert layout.width("abc") == 3
    assert layout.width("分类1") == 5
    assert layout.fits("x" * 88)
    assert not layout.fits("x" * 85, indent=4)


def test_collection_on_one_line_when_it_fits() -> None:
    assert layout.collection("x = (", ['"a"', '"b"'], ")") == ['x = ("a", "b")']
    assert layout.collection("x = (", ['"a"'], ")", one_tuple=True) == ['x = ("a",)']
    assert layout.collection("x = [", [], "]") == ["x = []"]


def test_collection_one_item_a_line_when_too_long() -> None:
    items = [py_str(f"name_{n:02}_{'x' * 10}") for n in range(6)]
    lines = layout.collection("__slots__ = (", items, ")", indent=4)
    assert lines == ["__slots__ = (", *(f"    {item}," for item in items), ")"]


def test_a_lone_item_gets_no_comma_unless_a_tuple() -> None:
    item = py_str("x" * 90)
    assert layout.collection("[", [item], "]") == ["[", f"    {item}", "]"]
    assert layout.collection("(", [item], ")", one_tuple=True) == [
        "(",
        f"    {item},",
        ")",
    ]


def test_call_keeps_arguments_together_before_exploding_them() -> None:
    arguments = ["value", 'path + "/SomeLongWireName"', "request_id"]
    head = "self.some_long_attribute_name = SomeLongClassName.from_wire("
    assert layout.call(head, arguments, ")", indent=8) == [
        head,
        '    value, path + "/SomeLongWireName", request_id',
        ")",
    ]
    many = [f"argument_number_{n}" for n in range(5)]
    assert layout.call("f(", many, ")") == ["f(", *(f"    {a}," for a in many), ")"]


def test_assign_call_wraps_in_parentheses_when_even_the_head_is_too_long() -> None:
    target = "value = self._" + "a" * 40
    function = "_decode_" + "B" * 30
    lines = layout.assign_call(target, function, ["raw"], indent=4)
    assert lines == [f"{target} = (", f"    {function}(raw)", ")"]


def test_assign_ternary_splits_inside_parentheses() -> None:
    assert layout.assign_ternary("x", "[]", "y is None", "list(y)") == [
        "x = [] if y is None else list(y)"
    ]
    name = "a" * 25
    lines = layout.assign_ternary(
        "self.x", "_m.UNSET", f"{name} is None", name, indent=8
    )
    assert lines == ["self.x = (", f"    _m.UNSET if {name} is None else {name}", ")"]
    name = "a" * 40
    lines = layout.assign_ternary(
        "self.x", "_m.UNSET", f"{name} is None", name, indent=8
    )
    assert lines == [
        "self.x = (",
        "    _m.UNSET",
        f"    if {name} is None",
        f"    else {name}",
        ")",
    ]


def test_annotated_parenthesizes_a_long_union() -> None:
    annotation = "Sequence[" + "C" * 50 + "] | None"
    assert layout.annotated("items", annotation, " = None,", indent=8) == [
        "items: (",
        f"    {annotation}",
        ") = None,",
    ]
    assert layout.annotated("items", "list[" + "C" * 80 + "]", indent=4) == [
        "items: list[",
        "    " + "C" * 80,
        "]",
    ]


def test_signature_puts_a_lone_parameter_on_its_own_line_with_a_comma() -> None:
    lines = layout.signature("_decode_" + "X" * 70, ["raw: str | None"], "Y | None")
    assert lines == [
        "def _decode_" + "X" * 70 + "(",
        "    raw: str | None,",
        ") -> Y | None:",
    ]


def test_literal_explodes_level_by_level() -> None:
    value = {
        "RequestId": "string",
        "Items": ("list", {f"Member{n}": "string" for n in range(8)}),
    }
    lines = layout.literal(value, "_XML: dict[str, Any] = ")
    assert lines[0] == "_XML: dict[str, Any] = {"
    assert lines[1] == '    "RequestId": "string",'
    assert lines[2] == '    "Items": ('
    assert lines[3] == '        "list",'
    assert lines[-1] == "}"
    assert eval("\n".join(lines)[len("_XML: dict[str, Any] = ") :]) == value


def test_assert_compare_splits_before_the_operator() -> None:
    text = py_str("x" * 80)
    assert layout.assert_compare("v1.url", "==", text, indent=4) == [
        "assert (",
        "    v1.url",
        f"    == {text}",
        ")",
    ]
    assert layout.assert_compare("v1.n", "==", "1") == ["assert v1.n == 1"]


def test_operands_split_before_the_loosest_operators() -> None:
    expression = " and ".join(["condition_number_one is None"] * 4)
    lines = layout.operands(expression, indent=8)
    assert lines[0] == "condition_number_one is None"
    assert all(line.startswith("and ") for line in lines[1:])


def test_split_top_level_ignores_brackets_and_strings() -> None:
    assert layout.split_top_level('a, f(b, c), "d, e"', ", ") == [
        "a",
        "f(b, c)",
        '"d, e"',
    ]


def test_py_str_quotes_as_black_does() -> None:
    assert py_str("plain") == '"plain"'
    assert py_str('say "hi"') == "'say \"hi\"'"
    assert py_str('it\'s "x"') == "'it\\'s \"x\"'"
    for text in ['a"b', "a'b", "'\"'\"", '\\"', "\n\t\x00"]:
        assert eval(py_str(text)) == text


def test_docblock_strips_line_ends_and_shared_indentation() -> None:
    text = "First line.\t\n\n    indented\n      more   "
    assert (
        docblock(text, indent=4)
        == '"""First line.\n\n    indented\n      more\n    """'
    )
    assert docblock('"quoted"') == '""" "quoted" """'


def test_a_long_union_inside_brackets_splits_before_each_bar() -> None:
    item = "Request" + "C" * 60
    annotation = f"Sequence[{item} | Mapping[str, JsonValue]] | None"
    assert layout.annotated("items", annotation, " = None,", indent=8) == [
        "items: (",
        "    Sequence[",
        f"        {item}",
        "        | Mapping[str, JsonValue]",
        "    ]",
        "    | None",
        ") = None,",
    ]
    # Brackets holding several arguments too long for a line: one a line, as black
    # lays out a long ``Literal[...]``.
    several = f"dict[{item}, {item} | None]"
    assert layout.annotated("x", several, indent=4) == [
        "x: dict[",
        f"    {item},",
        f"    {item} | None,",
        "]",
    ]


def test_a_tuple_written_with_a_trailing_comma_stays_exploded() -> None:
    assert layout.py_tuple_exploded(("a", "b"), "regions=", ",", 4) == (
        'regions=(\n        "a",\n        "b",\n    ),'
    )
    # One item: the comma is the tuple's own, so it is laid out like any literal.
    assert layout.py_tuple_exploded(("a",), "regions=", ",", 4) == 'regions=("a",),'
    assert layout.py_tuple_exploded((), "regions=", ",", 4) == "regions=(),"
    assert layout.py_tuple_exploded((("r", "h"),), "hosts=", ",", 4) == (
        'hosts=(("r", "h"),),'
    )


def test_py_lines_indents_continuation_lines() -> None:
    assert layout.py_lines(("a", "b"), "choices=", ",", 16) == 'choices=("a", "b"),'
    values = tuple("v" * 20 + str(index) for index in range(4))
    text = layout.py_lines(values, "choices=", ",", 16)
    assert text.splitlines() == [
        "choices=(",
        *(f'{" " * 20}"{value}",' for value in values),
        f"{' ' * 16}),",
    ]


def test_a_long_subscript_assignment_splits_inside_its_brackets() -> None:
    key = '"' + "K" * 40 + '"'
    assert layout.assign_subscript(f"data[{key}]", "params", key, indent=8) == [
        f"data[{key}] = params[",
        f"    {key}",
        "]",
    ]
    assert layout.assign_subscript("x", "params", '"a"') == ['x = params["a"]']
    # When even ``target = value[`` is too long, parentheses as before.
    long_target = "data[" + '"' + "T" * 80 + '"]'
    assert layout.assign_subscript(long_target, "params", key, indent=8)[0] == (
        f"{long_target} = ("
    )


def test_a_long_return_hint_splits_at_its_subscript_else_in_parentheses() -> None:
    name = "models.Response" + "X" * 70
    assert layout.returns_lines(f"Iterator[{name}]", indent=4) == [
        ") -> Iterator[",
        f"    {name}",
        "]:",
    ]
    assert layout.returns_lines(f"{name} | None", indent=4) == [
        ") -> (",
        f"    {name}",
        "    | None",
        "):",
    ]
    assert layout.returns_lines("int", indent=4) == [") -> int:"]


def test_a_parameter_hint_too_long_for_its_line_is_split_too() -> None:
    name = "Response" + "X" * 70
    lines = layout.signature("f", ["self", f"value: {name} | None"], "None", indent=4)
    assert lines == [
        "def f(",
        "    self,",
        "    value: (",
        f"        {name}",
        "        | None",
        "    ),",
        ") -> None:",
    ]


def test_a_lone_parameter_keeps_a_comma_when_the_def_splits() -> None:
    name = "Response" + "X" * 70
    assert layout.signature("__iter__", ["self"], f"Iterator[{name}]", indent=4) == [
        "def __iter__(",
        "    self,",
        ") -> Iterator[",
        f"    {name}",
        "]:",
    ]


def test_a_set_argument_gets_a_line_of_its_own_then_one_item_a_line() -> None:
    head = "_SECRETS: ClassVar[frozenset[str]] = frozenset("
    assert layout.call_of_set(head, ['"a"'], ")", indent=4) == [f'{head}{{"a"}})']
    items = [py_str(f"secret_{n}_{'x' * 20}") for n in range(3)]
    assert layout.call_of_set(head, items, ")", indent=4) == [
        head,
        "    {",
        *(f"        {item}," for item in items),
        "    }",
        ")",
    ]


def test_a_tuple_argument_keeps_one_item_on_its_line_and_explodes_more() -> None:
    assert layout.tuple_lines("items=", ['"a"']) == ['items=("a",),']
    assert layout.tuple_lines("items=", ['"a"', '"b"']) == [
        "items=(",
        '    "a",',
        '    "b",',
        "),",
    ]
