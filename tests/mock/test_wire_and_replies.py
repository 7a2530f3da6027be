"""Reading parameters back from the query, and the bodies the server answers with."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from generated.vod._mock import wire
from generated.vod._mock.faults import Fault, FaultQueue
from generated.vod._mock.replies import error_body, success_body, to_xml
from generated.vod._runtime import rpc_params
from generated.vod._runtime.xml_decode import decode_xml

TAG = ("list", {"Key": "string", "Value": "string", "Weight": "integer"})
FILTER = {"Name": "string", "Enabled": "boolean", "Sizes": ("list", "number")}


def test_scalars_convert_by_declared_type_or_stay_text() -> None:
    assert wire.scalar("12", "integer") == 12
    assert wire.scalar("1.5", "number") == 1.5
    assert wire.scalar("TRUE", "boolean") is True
    assert wire.scalar("twelve", "integer") == "twelve"
    assert wire.scalar("yes", "boolean") == "yes"
    assert wire.scalar("007", "string") == "007"


def test_comma_and_json_styles() -> None:
    assert wire.comma("a,b", "string") == ["a", "b"]
    assert wire.comma("1,x", "integer") == [1, "x"]
    assert wire.comma("", "string") == []
    assert wire.json_value('{"a":[1]}') == {"a": [1]}
    assert wire.json_value("{not json") == "{not json"


def test_repeat_list_comes_back_in_index_order() -> None:
    params = {
        "Tag.2.Key": "b",
        "Tag.1.Key": "a",
        "Tag.1.Weight": "3",
        "Tag.10.Key": "j",
        "Other": "x",
    }
    assert wire.nested(params, "Tag", TAG) == [
        {"Key": "a", "Weight": 3},
        {"Key": "b"},
        {"Key": "j"},
    ]
    assert wire.nested(params, "Missing", TAG) is None
    # Not a list after all: left as found, for the validator to name.
    assert wire.nested({"Tag.x": "1"}, "Tag", TAG) == {"x": "1"}


tags = st.lists(
    st.fixed_dictionaries(
        {"Key": st.text(min_size=1, max_size=6)},
        optional={"Value": st.text(max_size=6), "Weight": st.integers(0, 99)},
    ),
    max_size=12,
)


@given(tags)
def test_repeat_list_reads_back_what_the_client_writes(items: list[Any]) -> None:
    params: dict[str, str] = {}
    rpc_params.add_repeat_list(params, "Tag", items)
    assert wire.nested(params, "Tag", TAG) == (items if items else None)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "Name": st.text(max_size=6),
            "Enabled": st.booleans(),
            "Sizes": st.lists(
                st.floats(allow_nan=False, allow_infinity=False, width=32),
                min_size=1,
                max_size=4,
            ),
        },
    )
)
def test_flat_reads_back_what_the_client_writes(value: dict[str, Any]) -> None:
    params: dict[str, str] = {}
    rpc_params.add_flat(params, "Filter", value)
    read = wire.nested(params, "Filter", FILTER)
    assert read == (value if value else None)


def test_error_bodies_in_both_formats() -> None:
    fields = {"RequestId": "R", "Code": "C", "Message": 'a "<b>" & c'}
    data = json.loads(error_body(fields, "json"))
    assert list(data) == ["RequestId", "HostId", "Code", "Message", "Recommend"]
    assert data["Message"] == 'a "<b>" & c'
    xml = error_body(fields, "xml").decode()
    assert xml.startswith("<?xml")
    decoded = decode_xml(xml, {"Message": "string", "Code": "string"})
    assert decoded == {"Message": 'a "<b>" & c', "Code": "C"}


SHAPE = {"RequestId": "string", "Items": ("list", {"Id": "string", "N": "integer"})}


def test_success_body_takes_a_fresh_request_id_in_place() -> None:
    example = '{"Items": [{"Id": "x", "N": 1}], "RequestId": "OLD"}'
    body = success_body(
        json_example=example,
        xml_example=None,
        xml_shape=SHAPE,
        root_tag="OpResponse",
        request_id="NEW",
        response_format="json",
    )
    assert json.loads(body) == {"Items": [{"Id": "x", "N": 1}], "RequestId": "NEW"}
    assert list(json.loads(body)) == ["Items", "RequestId"]


def test_a_missing_format_is_derived_from_the_other() -> None:
    from_json = success_body(
        json_example='{"Items": [{"Id": "x", "N": 1}], "RequestId": "OLD"}',
        xml_example=None,
        xml_shape=SHAPE,
        root_tag="OpResponse",
        request_id="NEW",
        response_format="xml",
    )
    assert decode_xml(from_json, SHAPE) == {
        "Items": [{"Id": "x", "N": 1}],
        "RequestId": "NEW",
    }
    assert from_json.decode().count("<Items>") == 1  # flattened, no wrapper
    from_xml = success_body(
        json_example=None,
        xml_example="<OpResponse><Items><Id>x</Id><N>1</N></Items>"
        "<RequestId>OLD</RequestId></OpResponse>",
        xml_shape=SHAPE,
        root_tag="OpResponse",
        request_id="NEW",
        response_format="json",
    )
    assert json.loads(from_xml) == {"Items": [{"Id": "x", "N": 1}], "RequestId": "NEW"}


def test_to_xml_writes_scalars_as_alibaba_does() -> None:
    text = to_xml("R", {"On": True, "Off": False, "N": 2.5, "Skip": None, "L": [1, 2]})
    assert "<On>true</On><Off>false</Off><N>2.5</N><L>1</L><L>2</L>" in text
    assert "Skip" not in text


def test_fault_queue_takes_faults_in_order() -> None:
    queue = FaultQueue()
    queue.add(Fault("throttle"), 2)
    queue.add(Fault("drop"))
    assert queue.pending == 3
    kinds = [getattr(queue.take(), "kind", None) for _ in range(4)]
    assert kinds == ["throttle", "throttle", "drop", None]
    assert queue.pending == 0
