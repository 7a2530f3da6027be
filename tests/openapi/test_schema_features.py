"""The feature document's schema features that need more than one object type:
``oneOf``/``anyOf`` as real unions (with and without a discriminator, of objects,
scalars and arrays), called end to end (sync and async) against the offline server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.openapi.build import DOCUMENTS, Built, build

DOCUMENT = DOCUMENTS / "features" / "openapi.yaml"
ROOT = "garden_schema_pkg"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    result = build(DOCUMENT, tmp_path_factory.mktemp("schema_features"), ROOT)
    try:
        yield result
    finally:
        result.unload()


def _order(built: Built, **members: Any) -> Any:
    models = built.module("models")
    wire = {"id": 1, "payment": {"method": "card", "number": "4111"}, **members}
    return models.GetOrderResponse.from_dict(wire)


def test_the_discriminator_picks_the_variant(built: Built) -> None:
    models = built.module("models")
    card = _order(built).payment
    voucher = _order(built, payment={"method": "voucher", "code": "SPRING"}).payment
    assert isinstance(card, models.Card) and card.number == "4111"
    assert isinstance(voucher, models.Voucher) and voucher.code == "SPRING"
    assert voucher.to_dict() == {"method": "voucher", "code": "SPRING"}
    validators = built.module("validators.get_order")
    checked = [
        (v.path, v.message)
        for payment in ({"method": "card"}, {"method": "cash"})
        for v in validators.validate_response({"id": 1, "payment": payment})
    ]
    assert checked == [
        ("/payment", "required member 'number' is missing"),  # as the named variant
        ("/payment", "fits none of the 2 variants"),  # names none
    ]


def test_an_unknown_discriminator_value_is_a_typed_error(built: Built) -> None:
    errors = built.module("errors")
    with pytest.raises(errors.UnknownVariantError) as raised:
        _order(built, payment={"method": "cash"})
    error = raised.value
    assert isinstance(error, errors.ResponseParseError)
    assert (error.path, error.discriminator, error.value) == (
        "/payment",
        "method",
        "cash",
    )
    assert "known: card, voucher" in str(error)


def test_lenient_parsing_keeps_an_unknown_variant_as_sent(built: Built) -> None:
    lenient = built.module("_runtime.lenient")
    models = built.module("models")
    wire = {"id": 1, "payment": {"method": "cash", "amount": 3}, "pot": {"litres": 2}}
    order = lenient.parse_leniently(models.GetOrderResponse.from_wire, wire, None)
    assert order.payment == {"method": "cash", "amount": 3}
    assert isinstance(order.pot, models.PotOneOf0)  # the rest is typed as documented
    (problem,) = order.parse_problems
    assert problem.path == "/payment" and "names no variant" in problem.message


def test_without_a_discriminator_the_fitting_variant_is_taken(built: Built) -> None:
    models = built.module("models")
    errors = built.module("errors")
    by_volume = _order(built, pot={"litres": 3}, tags="red", code=7)
    by_size = _order(built, pot={"diameter": 20.5}, tags=["a", "b"], code="AB")
    assert isinstance(by_volume.pot, models.PotOneOf0) and by_volume.pot.litres == 3
    assert isinstance(by_size.pot, models.PotOneOf1) and by_size.pot.diameter == 20.5
    assert (by_volume.tags, by_size.tags) == ("red", ["a", "b"])  # scalar or array
    assert (by_volume.code, by_size.code) == (7, "AB")
    # Litres below their minimum, a member of each variant (each is closed), neither
    # variant's member, not an object: no variant fits.
    for pot in ({"litres": 0}, {"litres": 1, "diameter": 2}, {"size": 1}, [1]):
        with pytest.raises(errors.ResponseParseError, match="fits none of the 2"):
            _order(built, pot=pot)
    with pytest.raises(errors.ResponseParseError, match="/code: fits none"):
        _order(built, code="lower")  # neither an integer nor ^[A-Z]+$


def test_a_union_argument_takes_any_variant(built: Built) -> None:
    models = built.module("models")
    errors = built.module("errors")
    operation = built.module("operations.add_plant")
    validators = built.module("validators.add_plant")
    for pot, wire in (
        (models.PotOneOf0(litres=2), {"litres": 2}),
        (models.PotOneOf1(diameter=9.5), {"diameter": 9.5}),
        ({"litres": 4}, {"litres": 4}),
    ):
        request = operation.AddPlantRequest(name="Mint", kind="herb", pot=pot)
        body = json.loads(operation.serialize(request).body)
        assert body == {"name": "Mint", "kind": "herb", "pot": wire}
    refused = validators.validate_request({"name": "M", "kind": "herb", "pot": {}})
    assert [(v.path, v.message) for v in refused] == [
        ("/pot", "fits none of the 2 variants")
    ]
    with pytest.raises(errors.RequestValidationError):
        client = built.module().GardenStoreClient(username="u", password="p")
        with client:
            client.add_plant(name="Mint", kind="herb", pot={"litres": 0})


def test_unions_end_to_end_sync_and_async(built: Built) -> None:
    package = built.module()
    mock = built.module("mock")
    models = built.module("models")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with package.GardenStoreClient(
            username="user", password="secret", endpoint=server.endpoint
        ) as client:
            added = client.add_plant(
                name="Mint", kind="herb", pot=models.PotOneOf0(litres=2)
            )
        with package.GardenStoreClient(
            api_key="secret", endpoint=server.endpoint
        ) as client:
            order = client.get_order(order_id=42, version=3)

        async def call() -> Any:
            async with package.AsyncGardenStoreClient(
                api_key="secret", endpoint=server.endpoint
            ) as client:
                return await client.get_order(order_id=42, version=3)

        async_order = asyncio.run(call())
        statuses = [r.status for r in server.requests]
    assert added.name == "Mint" and statuses == [201, 200, 200]
    for answer in (order, async_order):
        assert isinstance(answer.payment, models.Card)
        assert isinstance(answer.pot, models.PotOneOf1) and answer.pot.diameter == 20.5
        assert (answer.tags, answer.code, answer.total) == (["gift", "red"], "AB", 150)


def test_an_explicit_null_is_told_apart_from_an_absent_member(built: Built) -> None:
    models = built.module("models")
    wire = {"id": "0b2f0a47-2c5e-4a8b-9a55-0b77f8a4a1c3", "name": "Oak", "kind": "tree"}
    sent_null = models.AddPlantResponse.from_dict({**wire, "note": None, "care": None})
    absent = models.AddPlantResponse.from_dict(wire)
    assert sent_null.note is None and absent.note is None
    assert sent_null.sent_null("note") and sent_null.sent_null("care")
    assert not absent.sent_null("note") and not absent.sent_null("care")
    listed = models.ListPlantsResponse.from_dict({"plants": [], "next": None})
    assert listed.next_ is None and listed.sent_null("next_")
    validators = built.module("validators.add_plant")
    checked = validators.validate_response({**wire, "name": None, "note": None})
    assert [(v.path, v.message) for v in checked] == [
        ("/name", "expected string, got null")  # only nullable members take null
    ]


def test_an_argument_sends_an_explicit_null_with_null(built: Built) -> None:
    models = built.module("models")
    operation = built.module("operations.add_plant")
    validators = built.module("validators.add_plant")

    def body(**values: Any) -> Any:
        request = operation.AddPlantRequest(name="Mint", kind="herb", **values)
        assert validators.validate_request(request.to_dict()) == []
        return json.loads(operation.serialize(request).body)

    assert body(note=models.NULL)["note"] is None  # sent as null
    # In a nested model too: the attribute is None, sent_null and to_dict say null.
    care = models.Care(water="daily", reminder=models.NULL)
    assert care.reminder is None and care.sent_null("reminder")
    assert body(care=care)["care"] == {"water": "daily", "reminder": None}
    assert body(care={"water": "daily", "reminder": None})["care"]["reminder"] is None
    assert "note" not in body(note=None)  # None leaves it out
    assert body(note="water less")["note"] == "water less"
    assert repr(models.NULL) == "NULL"
    refused = validators.validate_request({"name": None, "kind": "herb"})
    assert [v.path for v in refused] == ["/name"]  # only nullable members take null


def test_read_only_and_write_only_hold_in_nested_objects(built: Built) -> None:
    models = built.module("models")
    errors = built.module("errors")
    validators = built.module("validators.add_plant")
    care = {"id": "c-1", "water": "daily"}
    refused = validators.validate_request({"name": "M", "kind": "herb", "care": care})
    assert [(v.path, v.message) for v in refused] == [
        ("/care/id", "is read-only: only answers carry it")
    ]
    # Required applies to the direction a member travels in: a request's care has no
    # id, an answer's care no PIN.
    sent = {
        "name": "M",
        "kind": "herb",
        "care": {"water": "daily", "gardener_pin": "1"},
    }
    assert validators.validate_request(sent) == []
    wire = {"id": "0b2f0a47-2c5e-4a8b-9a55-0b77f8a4a1c3", "name": "M", "kind": "herb"}
    answer = {**wire, "care": {**care, "gardener_pin": 7}}  # not read: not checked
    assert validators.validate_response(answer) == []
    decoded = models.AddPlantResponse.from_dict(answer)
    assert decoded.care.id_ == "c-1" and decoded.care.gardener_pin is None
    with pytest.raises(errors.RequestValidationError, match="read-only"):
        with built.module().GardenStoreClient(username="u", password="p") as client:
            client.add_plant(name="Mint", kind="herb", care=care)
    schemas = built.module("schemas")
    request = schemas.load("AddPlant", "request")
    care_schema = request["$defs"].get("Care_sent", request["$defs"]["Care"])
    assert care_schema["properties"]["id"] == {"readOnly": True, "not": {}}
    assert care_schema["required"] == ["water"]


def test_nulls_and_access_end_to_end(built: Built) -> None:
    package = built.module()
    mock = built.module("mock")
    models = built.module("models")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with package.GardenStoreClient(
            username="user", password="secret", endpoint=server.endpoint
        ) as client:
            added = client.add_plant(
                name="Mint",
                kind="herb",
                note=models.NULL,
                care=models.Care(water="weekly", gardener_pin="1234"),
            )
        with package.GardenStoreClient(
            token="secret", endpoint=server.endpoint
        ) as client:
            listed = client.list_plants()
    assert added.care.id_ == "c-1" and added.care.gardener_pin is None
    assert listed.next_ is None and listed.sent_null("next_")
    assert [r.status for r in server.requests] == [201, 200]


def _tree(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"name": "leaf"}
    for level in range(depth):
        node = {"name": f"bed{level}", "children": [node]}
    return node


def test_recursive_references_are_recursive_models(built: Built) -> None:
    models = built.module("models")
    layout = {
        "name": "garden",
        "children": [{"name": "bed", "children": [{"name": "corner"}]}],
        "shelf": {"label": "tools", "nodes": [{"name": "hooks"}]},
    }
    order = _order(built, layout=layout)
    tree = order.layout
    assert isinstance(tree, models.TreeNode)
    assert isinstance(tree.children[0].children[0], models.TreeNode)
    assert tree.children[0].children[0].name == "corner"
    assert isinstance(tree.shelf, models.Shelf)  # mutual recursion, both ways
    assert isinstance(tree.shelf.nodes[0], models.TreeNode)
    assert tree.to_dict() == layout
    validators = built.module("validators.get_order")
    wire = {"id": 1, "payment": {"method": "card", "number": "1"}}
    broken = {"name": "g", "children": [{"name": "b", "shelf": {"nodes": [{}]}}]}
    assert [
        (v.path, v.message)
        for v in validators.validate_response({**wire, "layout": broken})
    ] == [("/layout/children/0/shelf/nodes/0", "required member 'name' is missing")]


def test_recursion_is_bounded_by_depth_not_by_a_crash(built: Built) -> None:
    models = built.module("models")
    errors = built.module("errors")
    validators = built.module("validators.add_plant")
    operation = built.module("operations.add_plant")
    deep = _tree(50)  # well within every limit: checked and sent whole
    request = operation.AddPlantRequest(name="Mint", kind="herb", layout=deep)
    assert validators.validate_request(request.to_dict()) == []
    assert json.loads(operation.serialize(request).body)["layout"] == deep
    too_deep = _tree(5000)  # deeper than the interpreter's stack
    (violation,) = validators.validate_request(
        {"name": "M", "kind": "herb", "layout": too_deep}
    )
    assert violation.path == "/" and "deeper than a validator may follow" in str(
        violation
    )
    assert not validators.is_valid_request(
        {"name": "M", "kind": "herb", "layout": too_deep}
    )
    # An answer too deep for JSON is refused as unreadable, with a typed error.
    with pytest.raises(errors.ResponseParseError, match="deeper than a parser"):
        models.GetOrderResponse.from_json(
            json.dumps({"id": 1, "payment": {"method": "card"}, "layout": _tree(1)})[
                :-1
            ]
            + ","
            + '"x":'
            + "[" * 100000
            + "]" * 100000
            + "}"
        )


def test_request_models_nested_past_the_recursion_limit_are_refused_before_sending(
    built: Built,
) -> None:
    models = built.module("models")
    errors = built.module("errors")
    node = models.TreeNode(name="leaf")
    for level in range(2000):  # models, not dicts: deeper than to_dict can follow
        node = models.TreeNode(name=f"bed{level}", children=[node])

    class Unreachable:
        def send(self, request: Any, timeouts: Any) -> Any:
            raise AssertionError("a refused request was sent")

        def close(self) -> None:
            pass

    client = built.module().GardenStoreClient(
        username="u", password="p", transport=Unreachable()
    )
    with client, pytest.raises(errors.RequestValidationError) as refused:
        client.add_plant(name="Mint", kind="herb", layout=node)
    assert [(v.path, v.message) for v in refused.value.violations] == [
        ("/", "nests arrays or objects deeper than a validator may follow")
    ]


def test_an_answer_nested_past_the_recursion_limit_decodes_a_level_per_read(
    built: Built,
) -> None:
    """JSON may still parse a tree deeper than nested decoder calls could follow: members
    decode on their first read, one level at a time, and ``parsing="eager"`` walks them
    without recursion, so every level is read and typed, with no RecursionError."""
    package = built.module()
    models = built.module("models")
    transport_module = built.module("_runtime.transport")
    depth = 450  # 900 levels of JSON: more calls deep than decoding could follow
    body = json.dumps(
        {"id": 1, "payment": {"method": "card", "number": "1"}, "layout": _tree(depth)}
    )

    class Canned:
        def send(self, request: Any, timeouts: Any) -> Any:
            headers = {"content-type": "application/json"}
            return transport_module.HttpResponse(200, headers, body.encode())

        def close(self) -> None:
            pass

    for parsing in ("strict", "eager"):
        with package.GardenStoreClient(
            api_key="k", transport=Canned(), max_attempts=1, parsing=parsing
        ) as client:
            order = client.get_order(order_id=1, version=1)
        node, levels = order.layout, 0
        while node.children:
            assert isinstance(node, models.TreeNode)
            assert node.name == f"bed{depth - 1 - levels}"
            node, levels = node.children[0], levels + 1
        assert (node.name, levels) == ("leaf", depth)
