"""Nested objects, lists and maps of an answer are decoded on their first read: whatever
order they are read in, they give what decoding the whole answer at once gives (typed
items, enums, dates, floats, maps of models), and a member that does not fit raises
ResponseParseError with its full path and the request id when it is read.

``tests/fixtures/general`` declares each shape once: lists of models holding lists,
lists of lists, maps of models, enums, dates.
"""

from __future__ import annotations

import copy
import importlib
import json
import pickle
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "general"
ROOT = "lazy_general_pkg"

BODY: dict[str, Any] = {
    "RequestId": "R1",
    "Total": 2,
    "Average": 1,
    "Done": False,
    "Things": [
        {
            "Id": 1,
            "Kind": "video",
            "Level": 2,
            "Created": "2020-10-15T11:30:03+08:00",
            "Scores": [1.5, 2],
            "Tags": [{"Key": "k", "Value": "v"}, {"Key": "k2"}],
            "Labels": {"a": 1},
            "Matrix": [[1, 2], [3]],
            "Meta": {"x": "1"},
            "Anything": "true",
        },
        {"Id": 2, "Kind": "later-added", "Level": 9},
    ],
    "Summary": {"Count": 2, "ByKind": {"video": {"Count": 1}}},
    "Codes": ["a", "b"],
}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("lazy")):
        yield importlib.import_module(f"{ROOT}.demo.models")


def _eager(models: ModuleType) -> Any:
    """The answer as decoding it at once gives it, built by hand."""
    item = models.DescribeThingsResponseThingsItem
    return models.DescribeThingsResponse(
        request_id="R1",
        total=2,
        average=1.0,
        done=False,
        things=[
            item(
                id_=1,
                kind=models.DescribeThingsResponseThingsItemKind.VIDEO,
                level=models.DescribeThingsResponseThingsItemLevel(2),
                created=datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc),
                scores=[1.5, 2.0],
                tags=[models.Tag(key="k", value="v"), models.Tag(key="k2")],
                labels={"a": 1},
                matrix=[[1, 2], [3]],
                meta={"x": "1"},
                anything="true",
            ),
            item(id_=2, kind="later-added", level=9),
        ],
        summary=models.DescribeThingsResponseSummary(
            count=2,
            by_kind={"video": models.DescribeThingsResponseSummaryByKindValue(count=1)},
        ),
        codes=["a", "b"],
    )


def _read_forward(value: Any) -> None:
    if hasattr(value, "_FIELDS"):
        for name in value._FIELDS:
            _read_forward(getattr(value, name))
    elif isinstance(value, list):
        for item in value:
            _read_forward(item)
    elif isinstance(value, dict):
        for item in value.values():
            _read_forward(item)


def _read_backward(value: Any) -> None:
    if hasattr(value, "_FIELDS"):
        for name in reversed(value._FIELDS):
            _read_backward(getattr(value, name))
    elif isinstance(value, list):
        for item in reversed(value):
            _read_backward(item)
    elif isinstance(value, dict):
        for item in reversed(value.values()):
            _read_backward(item)


def _read_all(models: ModuleType) -> Callable[[Any], None]:
    runtime = importlib.import_module(f"{ROOT}.demo._runtime.model")
    read_all: Callable[[Any], None] = runtime.read_all
    return read_all


def test_parsing_keeps_nested_members_for_their_first_read(models: ModuleType) -> None:
    runtime = importlib.import_module(f"{ROOT}.demo._runtime.model")
    response = models.DescribeThingsResponse.from_json(json.dumps(BODY))
    assert response._LAZY == ("things", "summary", "codes")
    assert response._things__decoded is runtime.UNSET
    assert response.total == 2 and response.average == 1.0  # scalars: at once
    assert isinstance(response.average, float)


@pytest.mark.parametrize("order", ["forward", "backward", "read_all", "to_dict"])
def test_every_member_read_in_any_order_equals_eager_decoding(
    models: ModuleType, order: str
) -> None:
    response = models.DescribeThingsResponse.from_json(json.dumps(BODY))
    read = {
        "forward": _read_forward,
        "backward": _read_backward,
        "read_all": _read_all(models),
        "to_dict": lambda model: model.to_dict(),
    }[order]
    read(response)
    expected = _eager(models)
    assert response == expected
    assert repr(response) == repr(expected)
    first, second = response.things
    assert first.kind is models.DescribeThingsResponseThingsItemKind.VIDEO
    assert first.level is models.DescribeThingsResponseThingsItemLevel(2)
    assert first.created == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert [type(score) for score in first.scores] == [float, float]
    assert [type(tag) for tag in first.tags] == [models.Tag, models.Tag]
    assert first.matrix == [[1, 2], [3]]
    assert type(response.summary.by_kind["video"]).__name__.endswith("ByKindValue")
    # Values the spec does not list stay as sent; absent lists read as empty.
    assert second.kind == "later-added" and second.level == 9
    assert second.scores == [] and second.tags == [] and second.labels is None
    # Each member is decoded once: later reads give the same objects.
    assert response.things is response.things
    assert first.tags is first.tags


def test_to_dict_of_an_unread_answer_is_the_wire(models: ModuleType) -> None:
    response = models.DescribeThingsResponse.from_json(json.dumps(BODY))
    wire = json.loads(json.dumps(BODY))
    wire["Things"][0]["Created"] = "2020-10-15T03:30:03Z"  # as UTC, like any date
    wire["Average"] = 1.0
    assert response.to_dict() == wire


def test_an_unread_answer_copies_and_pickles_as_a_read_one(models: ModuleType) -> None:
    expected = _eager(models)
    unread = models.DescribeThingsResponse.from_json(json.dumps(BODY))
    for other in (
        copy.copy(models.DescribeThingsResponse.from_json(json.dumps(BODY))),
        copy.deepcopy(models.DescribeThingsResponse.from_json(json.dumps(BODY))),
        pickle.loads(
            pickle.dumps(models.DescribeThingsResponse.from_json(json.dumps(BODY)))
        ),
        unread,
    ):
        assert other == expected
        assert other.things[0].tags[1].key == "k2"


def test_a_member_set_by_hand_is_not_decoded_again(models: ModuleType) -> None:
    response = models.DescribeThingsResponse.from_json(json.dumps(BODY))
    response.things = []
    assert response.things == []
    assert (
        response.to_dict()["RequestId"] == "R1" and "Things" not in response.to_dict()
    )


def test_threads_reading_an_unread_member_at_once_share_one_decoded_value(
    models: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second thread that finds the member not yet decoded while the first decodes it
    waits for the first one's value: it neither decodes the wire value again nor reads
    the wire slot the first one has just emptied (which would decode to an empty list).
    """
    response_class = models.DescribeThingsResponse
    original = response_class._read_things
    decoding, go_on = threading.Event(), threading.Event()
    decodes: list[str] = []

    def slow_first_read(value: Any, path: str, request_id: str | None) -> Any:
        decodes.append(threading.current_thread().name)
        if len(decodes) == 1:
            decoding.set()
            assert go_on.wait(10)
        return original(value, path, request_id)

    monkeypatch.setattr(response_class, "_read_things", staticmethod(slow_first_read))
    response = response_class.from_json(json.dumps(BODY))
    seen: dict[str, Any] = {}

    def read(name: str) -> None:
        seen[name] = response.things

    first = threading.Thread(target=read, args=("first",), name="first")
    second = threading.Thread(target=read, args=("second",), name="second")
    first.start()
    assert decoding.wait(10)
    second.start()
    # The second reader is now either waiting for the first or (without the lock)
    # decoding on its own; let the first finish either way.
    second.join(0.2)
    go_on.set()
    first.join(10)
    second.join(10)
    assert decodes == ["first"]
    assert seen["first"] is seen["second"] is response.things
    assert [thing.id_ for thing in seen["second"]] == [1, 2]


def _changed(change: Callable[[dict[str, Any]], None]) -> str:
    body = json.loads(json.dumps(BODY))
    change(body)
    return json.dumps(body)


BAD = [
    (lambda b: b["Things"][1].update(Tags=[{"Key": 5}]), "/Things/1/Tags/0/Key"),
    (lambda b: b["Things"][0].update(Matrix=[[1], ["x"]]), "/Things/0/Matrix/1/0"),
    (lambda b: b["Things"][1].update(Scores="no"), "/Things/1/Scores"),
    (lambda b: b["Things"][1].update(Created="later"), "/Things/1/Created"),
    (lambda b: b["Things"].append(7), "/Things/2"),
    (
        lambda b: b["Summary"].update(ByKind={"a/b": {"Count": "x"}}),
        "/Summary/ByKind/a~1b/Count",
    ),
    (lambda b: b.update(Codes=[1]), "/Codes/0"),
]


@pytest.mark.parametrize(("change", "path"), BAD)
def test_a_bad_nested_value_raises_on_read_with_path_and_request_id(
    models: ModuleType, change: Callable[[dict[str, Any]], None], path: str
) -> None:
    errors = importlib.import_module(f"{ROOT}.demo.errors")
    response = models.DescribeThingsResponse.from_json(_changed(change))
    assert response.request_id == "R1"
    with pytest.raises(errors.ResponseParseError) as caught:
        _read_forward(response)
    assert caught.value.path == path
    assert caught.value.request_id == "R1"
    # The same error again on the next read: a refused member is never taken as empty.
    with pytest.raises(errors.ResponseParseError) as again:
        _read_all(models)(response)
    assert again.value.path == path


def test_lenient_parsing_reads_nested_members_at_once(models: ModuleType) -> None:
    lenient = importlib.import_module(f"{ROOT}.demo._runtime.lenient")
    body = json.loads(
        _changed(lambda b: b["Things"][1].update(Tags=[{"Key": "ok"}, {"Key": 5}]))
    )
    body["Summary"]["ByKind"]["video"]["Count"] = "one"
    response = lenient.parse_leniently(
        models.DescribeThingsResponse.from_wire, body, "R1"
    )
    assert [(p.path, p.raw) for p in response.parse_problems] == [
        ("/Things/1/Tags/1/Key", 5),
        ("/Summary/ByKind/video/Count", "one"),
    ]
    assert response.things[1].tags[1].key == 5  # kept as sent
    assert response.things[1].tags[0] == models.Tag(key="ok")
    assert response.summary.by_kind["video"].count == "one"
    assert response.things[0] == _eager(models).things[0]


SERVICE = """\
service:
  product: jsontext
  api_version: "2020-01-01"
  title: {en: JSON text}
  protocol: alibaba-rpc
  endpoints:
    global: jsontext.example.com
  binding:
    alibaba-rpc:
      response_formats: [json]
      signature_versions: [v3]
"""
OPERATION = """\
operation:
  name: GetConfig
  title: {en: Get a configuration}
  input:
    members:
      Name: {type: string}
  output:
    members:
      RequestId: {type: string}
      Config:
        type: string
        json:
          type: object
          members:
            Rules:
              type: array
              items:
                type: object
                members:
                  Ports: {type: array, items: {type: integer}}
"""


@pytest.fixture(scope="module")
def json_text_models(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    spec = tmp_path_factory.mktemp("json_text_spec")
    folder = spec / "jsontext" / "2020-01-01"
    (folder / "operations").mkdir(parents=True)
    (folder / "service.yaml").write_text(SERVICE, encoding="utf-8")
    (folder / "operations" / "GetConfig.yaml").write_text(OPERATION, encoding="utf-8")
    base = tmp_path_factory.mktemp("json_text")
    with importable_package(spec, "json_text_pkg", base):
        yield importlib.import_module("json_text_pkg.jsontext.models")


@pytest.mark.parametrize(
    ("text", "ports"),
    [
        ('{"Rules": [{"Ports": [80, 443]}, {}]}', [[80, 443], []]),
        # JSON, but a port is not an integer: the document is not of the documented
        # shape, which gives None at once, however deep the misfit sits.
        ('{"Rules": [{"Ports": [80]}, {"Ports": ["x"]}]}', None),
    ],
)
def test_a_json_in_string_document_is_read_whole_when_decoded(
    json_text_models: ModuleType, text: str, ports: list[list[int]] | None
) -> None:
    body = json.dumps({"RequestId": "R", "Config": text})
    response = json_text_models.GetConfigResponse.from_json(body)
    assert response.config_raw == text
    if ports is None:
        assert response.config is None
    else:
        assert [rule.ports for rule in response.config.rules] == ports
