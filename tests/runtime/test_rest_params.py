"""OpenAPI's parameter styles against the specification's own "Style Examples" table
(``color`` as the string ``blue``, the list ``blue, black, brown`` and the object
``R=100, G=200, B=150``), and every value read back by the offline server's readers."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, unquote

import pytest

from tests.support.template_package import runtime_module

params = runtime_module("rest_params")
Shape = params.Shape

STRING = "blue"
ARRAY = ["blue", "black", "brown"]
OBJECT = {"R": 100, "G": 200, "B": 150}
# style, explode, value -> the table's cell (OpenAPI 3.1.0, 4.8.12.4 Style Examples)
PATH_TABLE = [
    ("matrix", False, STRING, ";color=blue"),
    ("matrix", False, ARRAY, ";color=blue,black,brown"),
    ("matrix", False, OBJECT, ";color=R,100,G,200,B,150"),
    ("matrix", True, STRING, ";color=blue"),
    ("matrix", True, ARRAY, ";color=blue;color=black;color=brown"),
    ("matrix", True, OBJECT, ";R=100;G=200;B=150"),
    ("label", False, STRING, ".blue"),
    ("label", False, ARRAY, ".blue,black,brown"),
    ("label", False, OBJECT, ".R,100,G,200,B,150"),
    ("label", True, STRING, ".blue"),
    ("label", True, ARRAY, ".blue.black.brown"),
    ("label", True, OBJECT, ".R=100.G=200.B=150"),
    ("simple", False, STRING, "blue"),
    ("simple", False, ARRAY, "blue,black,brown"),
    ("simple", False, OBJECT, "R,100,G,200,B,150"),
    ("simple", True, STRING, "blue"),
    ("simple", True, ARRAY, "blue,black,brown"),
    ("simple", True, OBJECT, "R=100,G=200,B=150"),
]
QUERY_TABLE = [
    ("form", False, STRING, "color=blue"),
    ("form", False, ARRAY, "color=blue,black,brown"),
    ("form", False, OBJECT, "color=R,100,G,200,B,150"),
    ("form", True, STRING, "color=blue"),
    ("form", True, ARRAY, "color=blue&color=black&color=brown"),
    ("form", True, OBJECT, "R=100&G=200&B=150"),
    ("spaceDelimited", False, ARRAY, "color=blue%20black%20brown"),
    ("spaceDelimited", False, OBJECT, "color=R%20100%20G%20200%20B%20150"),
    ("pipeDelimited", False, ARRAY, "color=blue|black|brown"),
    ("pipeDelimited", False, OBJECT, "color=R|100|G|200|B|150"),
    ("deepObject", True, OBJECT, "color[R]=100&color[G]=200&color[B]=150"),
]


def _shape(value: Any) -> Any:
    if isinstance(value, list):
        return Shape("array", "string")
    if isinstance(value, dict):
        return Shape(
            "object", "string", {"R": "integer", "G": "integer", "B": "integer"}
        )
    return Shape("string")


@pytest.mark.parametrize(("style", "explode", "value", "cell"), PATH_TABLE)
def test_path_styles_match_the_table(
    style: str, explode: bool, value: Any, cell: str
) -> None:
    text = params.path_text("color", value, style, explode)
    assert text == cell
    assert params.read_path(text, "color", style, explode, _shape(value)) == value


@pytest.mark.parametrize(("style", "explode", "value", "cell"), QUERY_TABLE)
def test_query_styles_match_the_table(
    style: str, explode: bool, value: Any, cell: str
) -> None:
    fragments = params.query_fragments("color", value, style, explode)
    # The table shows brackets unencoded; they are percent-encoded on the wire.
    assert "&".join(fragments).replace("%5B", "[").replace("%5D", "]") == cell
    pairs = parse_qsl("&".join(fragments))
    assert params.read_query(pairs, "color", style, explode, _shape(value)) == value


def test_delimiters_inside_values_are_encoded() -> None:
    assert params.query_fragments("q", ["a,b", "c d"], "form", False) == [
        "q=a%2Cb,c%20d"
    ]
    assert params.path_text("id", "a/b;c", "simple", False) == "a%2Fb%3Bc"
    text = params.path_text("id", ["x,y", "z"], "label", True)
    assert params.read_path(text, "id", "label", True, Shape("array")) == ["x,y", "z"]


def test_scalars_are_written_as_json_writes_them() -> None:
    assert params.query_fragments("on", True, "form", True) == ["on=true"]
    assert params.query_fragments("n", 2.0, "form", True) == ["n=2"]
    assert params.read_query([("n", "2")], "n", "form", True, Shape("number")) == 2
    assert params.read_query([("on", "yes")], "on", "form", True, Shape("boolean")) == (
        "yes"  # left as text: the validator names the broken rule
    )


def test_headers_and_cookies() -> None:
    assert params.header_text(ARRAY, False) == "blue,black,brown"
    assert params.header_text(OBJECT, True) == "R=100,G=200,B=150"
    header = params.cookie_header(
        [("color", ARRAY), ("id", "a b"), ("j", params.Json({"k": 1}))]
    )
    assert header == "color=blue,black,brown; id=a%20b; j=%7B%22k%22%3A1%7D"
    assert params.read_cookie(header, "color", Shape("array")) == ARRAY
    assert params.read_cookie(header, "id", Shape("string")) == "a b"
    assert params.read_cookie(header, "j", Shape("object"), "json") == {"k": 1}
    assert (
        unquote(params.query_fragments("f", {"a": [1]}, "json", False)[0])
        == 'f={"a":[1]}'
    )
