"""Every feature of the spec format, generated and used: a fictional product in
``tests/fixtures/general`` declares each type, facet and query style once.

The generated package must type-check with ``mypy --strict``, serialize every style,
parse JSON and XML to equal models, round-trip ``to_dict``, and validate every rule.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import yaml

from tests.conftest import PROJECT
from tests.support.generated_fixture import importable_package

FIXTURE = PROJECT / "tests" / "fixtures" / "general"
OPERATION_FILE = FIXTURE / "demo/2020-01-01/operations/DescribeThings.yaml"
ROOT = "general_pkg"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with importable_package(FIXTURE, ROOT, tmp_path_factory.mktemp("general")) as base:
        yield base


def module(name: str) -> ModuleType:
    return importlib.import_module(f"{ROOT}.demo.{name}")


def bodies() -> dict[str, str]:
    document = yaml.safe_load(OPERATION_FILE.read_text(encoding="utf-8"))
    return {
        example["format"]: example["body"]
        for example in document["operation"]["examples"]["responses"]
    }


def full_request(operation: ModuleType, models: ModuleType, **changes: Any) -> Any:
    arguments: dict[str, Any] = {
        "page_size": 10,
        "ratio": 0.5,
        "verbose": True,
        "since": datetime(2020, 10, 15, 11, 30, 3, tzinfo=timezone.utc),
        "kind": "video",
        "level": 2,
        "ids": [1, 2],
        "names": ["ab", "cd"],
        "tags": [models.Tag(key="k1", value="v1"), {"Key": "k2"}],
        "filter_": {"Field": "status", "Values": ["on", "off"]},
        "extra": {"a": "b"},
        "settings": {"Mode": "fast"},
        "payload": [1, {"x": None}],
    }
    arguments.update(changes)
    return operation.DescribeThingsRequest(**arguments)


def test_generated_code_is_mypy_strict_clean(generated: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", ROOT],
        cwd=generated,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_query_style_is_serialized(generated: Path) -> None:
    operation, models = module("operations.describe_things"), module("models")
    request = full_request(operation, models)
    assert operation.OPERATION.validate_request(request) == []
    assert operation.serialize(request) == {
        "PageSize": "10",
        "Ratio": "0.5",
        "Verbose": "true",
        "Since": "2020-10-15T11:30:03Z",
        "Kind": "video",
        "Level": "2",
        "Ids": "1,2",
        "Name.1": "ab",
        "Name.2": "cd",
        "Tag.1.Key": "k1",
        "Tag.1.Value": "v1",
        "Tag.2.Key": "k2",
        "Filter.Field": "status",
        "Filter.Values.1": "on",
        "Filter.Values.2": "off",
        "Extra": '{"a":"b"}',
        "Settings": '{"Mode":"fast"}',
        "Payload": '[1,{"x":null}]',
    }
    assert operation.OPERATION.method == "GET"


def test_every_rule_is_validated(generated: Path) -> None:
    operation, models = module("operations.describe_things"), module("models")
    request = full_request(
        operation,
        models,
        page_size=0,
        ratio=0,
        ids=[1, 1],
        names=["ok", "NOT"],
        tags=[{"Key": "k" * 65}, {"Value": "no key"}],
        settings="x" * 101,
        kind="image",
    )
    violations = {
        v.path: v.message for v in operation.OPERATION.validate_request(request)
    }
    assert set(violations) == {
        "/PageSize",
        "/Ratio",
        "/Ids",
        "/Names/1",
        "/Tags/0/Key",
        "/Tags/1",
        "/Settings",
        "/Kind",
    }
    assert violations["/PageSize"] == "0 is less than 1"
    assert violations["/Tags/1"] == "required member 'Key' is missing"


def test_json_and_xml_parse_to_equal_models(generated: Path) -> None:
    models = module("models")
    documented = bodies()
    from_json = models.DescribeThingsResponse.from_json(documented["json"])
    from_xml = models.DescribeThingsResponse.from_xml(documented["xml"])
    assert from_json == from_xml
    assert from_json.to_dict() == json.loads(documented["json"])
    thing = from_json.things[0]
    assert thing.level == 2 and isinstance(
        thing.level, models.DescribeThingsResponseThingsItemLevel
    )
    assert thing.matrix == [[1, 2], [3]]
    assert thing.labels == {"a": 1}
    assert thing.created == datetime(2020, 10, 15, 3, 30, 3, tzinfo=timezone.utc)
    assert from_json.summary.by_kind["video"].count == 1
    assert from_json.things[1].scores == [] and from_json.things[1].kind is None


def test_an_operation_without_parameters(generated: Path) -> None:
    client_module = module("client")
    transport_module = module("_runtime.transport")
    sent: list[Any] = []

    class Recording:
        def send(self, request: Any, timeouts: Any) -> Any:
            sent.append(request)
            return transport_module.HttpResponse(200, {}, b'{"RequestId": "P"}')

        def close(self) -> None:
            pass

    client = client_module.DemoClient("id", "secret", transport=Recording())
    assert client.ping().request_id == "P"
    assert sent[0].url == "https://demo.example.com/?Format=JSON"
    assert sent[0].headers["x-acs-action"] == "Ping"


class _Recording:
    """A transport that keeps what would have been sent and answers an empty success."""

    def __init__(self) -> None:
        self.sent: list[Any] = []

    def send(self, request: Any, timeouts: Any) -> Any:
        self.sent.append(request)
        transport = module("_runtime.transport")
        return transport.HttpResponse(200, {}, b'{"RequestId": "R"}')

    def close(self) -> None:
        pass


def test_nested_dicts_keyed_by_python_names_are_refused_before_sending(
    generated: Path,
) -> None:
    errors = module("errors")
    recording = _Recording()
    client = module("client").DemoClient("id", "secret", transport=recording)
    with pytest.raises(errors.RequestValidationError) as caught:
        client.describe_things(
            page_size=1,
            tags=[{"key": "k", "value": "v"}],
            filter_={"field": "status"},
        )
    assert recording.sent == []
    violations = {v.path: v.message for v in caught.value.violations}
    assert violations["/Tags/0/key"] == (
        "not a declared member (the wire name is 'Key')"
    )
    assert violations["/Filter/field"] == (
        "not a declared member (the wire name is 'Field')"
    )
    with pytest.raises(errors.RequestValidationError) as unknown:
        client.describe_things(page_size=1, tags=[{"Key": "k", "Bogus": "v"}])
    assert recording.sent == []
    assert [(v.path, v.message) for v in unknown.value.violations] == [
        ("/Tags/0/Bogus", "not a declared member")
    ]


def test_nested_dicts_with_wire_names_and_open_objects_are_sent(
    generated: Path,
) -> None:
    recording = _Recording()
    client = module("client").DemoClient("id", "secret", transport=recording)
    client.describe_things(
        page_size=1,
        tags=[{"Key": "k", "Value": "v"}],
        filter_={"Field": "status"},
        options={"Mode": "fast", "Undeclared": "kept"},
    )
    (request,) = recording.sent
    query = dict(parse_qsl(urlsplit(request.url).query))
    query.update(dict(parse_qsl(request.body.decode() if request.body else "")))
    assert query["Tag.1.Key"] == "k" and query["Filter.Field"] == "status"
    assert query["Options.Undeclared"] == "kept"


def test_the_offline_server_refuses_undeclared_nested_members(generated: Path) -> None:
    operation = module("operations.describe_things")
    errors = module("errors")
    mock = module("mock")
    unchecked = operation.OPERATION._replace(validate_request=lambda request: [])
    request = operation.DescribeThingsRequest(page_size=1, filter_={"field": "status"})
    with mock.MockServer(access_key_id="id", access_key_secret="secret") as server:
        with module("client").DemoClient(
            "id", "secret", endpoint=server.endpoint
        ) as client:
            with pytest.raises(errors.ServiceError) as caught:
                client._invoke(unchecked, request)
    assert caught.value.http_status == 400
    assert "Filter" in caught.value.message, caught.value.message
    assert [record.status for record in server.requests] == [400]


def test_request_schemas_close_nested_objects_and_responses_stay_open(
    generated: Path,
) -> None:
    import jsonschema

    base = generated / ROOT / "demo" / "schemas"
    request = json.loads((base / "DescribeThings.request.json").read_text())
    response = json.loads((base / "DescribeThings.response.json").read_text())
    sent = {"PageSize": 1, "Tags": [{"Key": "k", "key": "k"}]}
    assert not jsonschema.Draft202012Validator(request).is_valid(sent)
    assert jsonschema.Draft202012Validator(request).is_valid(
        {"PageSize": 1, "Options": {"Other": 1}, "Tags": [{"Key": "k"}]}
    )
    received = {"Things": [{"Tags": [{"Key": "k", "Later": "added"}]}]}
    assert jsonschema.Draft202012Validator(response).is_valid(received)


def test_secret_members_are_never_shown(generated: Path) -> None:
    operation, models = module("operations.describe_things"), module("models")
    response = models.DescribeThingsResponse.from_json(
        '{"RequestId": "R", "SessionSecret": "s3cr3t-answer"}'
    )
    assert response.session_secret == "s3cr3t-answer"
    assert "s3cr3t-answer" not in repr(response)
    assert "session_secret=<redacted>" in repr(response)
    assert "request_id='R'" in repr(response)
    request = operation.DescribeThingsRequest(page_size=1, pin=123456)
    assert "123456" not in repr(request) and "pin=<redacted>" in repr(request)
    violations = operation.OPERATION.validate_request(request)
    assert [(v.path, v.message) for v in violations] == [
        ("/Pin", "the value is greater than 9999")
    ]
    # Members not marked secret still show their value.
    bad_page = operation.DescribeThingsRequest(page_size=123456)
    assert [v.message for v in operation.OPERATION.validate_request(bad_page)] == [
        "123456 is greater than 100"
    ]


class _Answering:
    """A transport that answers every request with one error body, counting them."""

    def __init__(self, status: int, code: str) -> None:
        self.status, self.code, self.count = status, code, 0

    def send(self, request: Any, timeouts: Any) -> Any:
        self.count += 1
        body = json.dumps({"RequestId": "R", "Code": self.code, "Message": "m"})
        transport = module("_runtime.transport")
        return transport.HttpResponse(self.status, {}, body.encode())

    def close(self) -> None:
        pass


@pytest.mark.parametrize(
    ("call", "status", "code", "attempts"),
    [
        ("ping", 500, "InternalError.Fatal", 1),  # the spec says no, though 5xx
        ("ping", 409, "Busy", 3),  # the spec says yes, though 4xx
        ("describe_things", 409, "Busy", 1),  # the operation's own word wins
        ("ping", 500, "InternalError.Other", 3),  # the spec is silent: 5xx retried
        ("ping", 400, "Invalid", 1),  # the spec is silent: 4xx not retried
    ],
)
def test_retrying_follows_the_specs_word_and_else_the_rule(
    generated: Path, call: str, status: int, code: str, attempts: int
) -> None:
    errors = module("errors")
    retry = module("_runtime.retry")
    answering = _Answering(status, code)
    client = module("client").DemoClient(
        "id",
        "secret",
        transport=answering,
        retry_policy=retry.RetryPolicy(max_attempts=3, base_delay=0),
    )
    arguments = {"page_size": 1} if call == "describe_things" else {}
    with pytest.raises(errors.ServiceError) as caught:
        getattr(client, call)(**arguments)
    assert answering.count == attempts
    assert caught.value.code == code
    assert caught.value.retryable is (attempts > 1)
