"""The OpenAPI 3.1 feature document (``documents/features``), imported, generated and
called end to end against its own offline server.

Every parameter style, both body kinds, answers by status (``4XX``, ``404``, ``default``),
every security scheme, ``allOf``/``oneOf``/``anyOf``, nullable, ``const``, ``enum``,
``additionalProperties``, a recursive reference, ``readOnly``/``writeOnly``, the string
formats, a server variable, a reference across files and missing and clashing
operation ids.
"""

from __future__ import annotations

import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.importer.notes import Category
from tests.openapi.build import DOCUMENTS, Built, build

DOCUMENT = DOCUMENTS / "features" / "openapi.yaml"
ROOT = "garden_pkg"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    result = build(DOCUMENT, tmp_path_factory.mktemp("features"), ROOT)
    try:
        yield result
    finally:
        result.unload()


def _notes(built: Built) -> list[str]:
    return [str(note) for note in built.result.notes]


def test_every_operation_imports_and_nothing_goes_unreported(built: Built) -> None:
    assert sorted(built.result.imported) == [
        "AddPlant",
        "AddTool",
        "GetOrder",
        "GetPlantsByPlantId",
        "GetPlot",
        "ListPlants",
        "ListPlants2",
        "ListTools",
        "PlaceOrder",
    ]
    assert built.result.skipped == []
    notes = "\n".join(_notes(built))
    for expected in (
        "GetPlantsByPlantId: /operationId: no usable operationId",
        "ListPlants2: /operationId: ListPlants is taken",
        "writeOnly: not read from the answer",
        "format binary",
        "server variable 'region' is the client's region_id",
    ):
        assert expected in notes, expected
    assert all(note.category != Category.MALFORMED for note in built.result.notes)


def test_the_package_is_mypy_strict_clean(built: Built) -> None:
    result = built.run("mypy", "--strict", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_generated_example_tests_pass(built: Built) -> None:
    result = built.run("pytest", "-q", "-p", "no:cacheprovider", f"{ROOT}/tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "20 passed" in result.stdout


def _serialize(built: Built, module: str, request: str, **values: Any) -> Any:
    operation = built.module(f"operations.{module}")
    return operation.serialize(getattr(operation, request)(**values))


def test_parameters_travel_by_their_styles(built: Built) -> None:
    models = built.module("models")
    parts = _serialize(
        built,
        "list_plants",
        "ListPlantsRequest",
        kinds=["tree", "herb"],
        tags=["red", "a,b"],
        sizes=[1, 2],
        colours=["green", "dark red"],
        filter_=models.ListPlantsRequestFilter(min_price=2.5, shop="north"),
        x_trace="t-1",
        session="s 1",
    )
    assert parts.path == "/api/plants"
    assert parts.query == [
        "kinds=tree,herb",  # form, explode false: one comma-joined value
        "tags=red",  # form, explode true: one pair per item
        "tags=a%2Cb",  # a comma inside a value is encoded, never a separator
        "sizes=1%202",  # spaceDelimited
        "colours=green|dark%20red",  # pipeDelimited
        "filter%5Bmin_price%5D=2.5",  # deepObject
        "filter%5Bshop%5D=north",
    ]
    assert parts.headers == {"x-trace": "t-1"}
    assert parts.cookies == [("session", "s 1")]
    label = _serialize(
        built, "get_plants_by_plant_id", "GetPlantsByPlantIdRequest", plant_id="p/1"
    )
    assert label.path == "/api/plants/.p%2F1"  # label, / encoded
    matrix = _serialize(built, "get_order", "GetOrderRequest", order_id=42, version=3)
    assert matrix.path == "/api/orders/;orderId=42;v=3"  # matrix, then simple
    form = _serialize(
        built, "place_order", "PlaceOrderRequest", plant="Oak", quantity=2, gift=True
    )
    assert form.body == b"plant=Oak&quantity=2&gift=true"
    assert form.content_type == "application/x-www-form-urlencoded"


def test_calls_against_the_offline_server(built: Built) -> None:
    package = built.module()
    mock = built.module("mock")
    errors = built.module("errors")
    client_class = package.GardenStoreClient
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with client_class(token="secret", endpoint=server.endpoint) as client:
            listed = client.list_plants(kinds=["tree"], filter_={"min_price": 1})
            with pytest.raises(errors.CredentialsError, match="AddPlant needs a user"):
                client.add_plant(name="Mint", kind="herb")
        with client_class(
            token="wrong-token", endpoint=server.endpoint, max_attempts=1
        ) as client:
            with pytest.raises(errors.ServiceError) as refused:
                client.list_plants()
        with client_class(
            username="user", password="secret", endpoint=server.endpoint
        ) as client:
            added = client.add_plant(name="Mint", kind="herb")
        with client_class(api_key="secret", endpoint=server.endpoint) as client:
            plant = client.get_plants_by_plant_id(plant_id="p/1")
            order = client.get_order(order_id=42, version=3)
            client.list_plants2(plant_id="p/1")
            placed = client.place_order(plant="Oak", quantity=2)
            with pytest.raises(errors.RequestValidationError):
                client.place_order(plant="Oak", quantity=0)  # minimum: 1
    oak = listed.plants[0]
    assert (oak.name, oak.kind.value, oak.labels) == ("Oak", "tree", {"shade": "full"})
    assert oak.updated.tzinfo is not None
    # A recursive reference is a recursive model.
    assert type(oak.category.parent) is type(oak.category)
    assert oak.category.parent.name == "Plants"
    error = refused.value
    assert (error.http_status, error.code, error.status_key) == (
        401,
        "Unauthorized",
        "4XX",
    )
    assert type(error.model).__name__ == "Problem"  # the 4XX body's model
    assert error.model.request_id == error.request_id
    assert "wrong-token" not in repr(error) + str(error)
    assert (added.name, plant.name, placed.id_) == ("Mint", "Oak", 43)
    # A oneOf with a discriminator: the variant its "method" names.
    assert type(order.payment).__name__ == "Card" and order.payment.number == "4111"
    assert order.total == 150 and order.extra.wrap is True
    statuses = [(r.method, r.path, r.status) for r in server.requests]
    assert statuses == [
        ("GET", "/api/plants", 200),
        ("GET", "/api/plants", 401),
        ("POST", "/api/plants", 201),
        ("GET", "/api/plants/.p%2F1", 200),
        ("GET", "/api/orders/;orderId=42;v=3", 200),
        ("DELETE", "/api/plants/.p%2F1", 204),
        ("POST", "/api/orders", 200),
    ]


def test_the_server_variable_is_the_region(built: Built) -> None:
    package = built.module()
    with package.GardenStoreClient(token="t", region_id="us-east") as client:
        assert client.endpoint == "https://us-east.garden.example.com"
    with package.GardenStoreClient(token="t") as client:
        assert client.endpoint == "https://eu-west.garden.example.com"


def test_credentials_come_from_documented_variables(
    built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = built.module()
    mock = built.module("mock")
    monkeypatch.setenv("GARDEN_STORE_API_KEY", "secret")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with package.GardenStoreClient(endpoint=server.endpoint) as client:
            assert client.get_plants_by_plant_id(plant_id="p").name == "Oak"
            assert "secret" not in repr(client)
    (record,) = server.requests
    assert "x-garden-key" in record.header_names


def test_error_answers_carry_their_model(built: Built) -> None:
    """A 404 has its own entry (Error); an undescribed 5xx is typed with no model."""
    package = built.module()
    errors = built.module("errors")
    transport_module = built.module("_runtime.transport")

    class Canned:
        def __init__(self, status: int, body: bytes) -> None:
            self.answer = transport_module.HttpResponse(
                status,
                {"x-request-id": "req-1", "content-type": "application/json"},
                body,
            )

        def send(self, request: Any, timeouts: Any) -> Any:
            return self.answer

        def close(self) -> None:
            pass

    body = b'{"code": "NoSuchPlant", "message": "gone"}'
    with package.GardenStoreClient(
        api_key="k", transport=Canned(404, body), max_attempts=1
    ) as client:
        with pytest.raises(errors.ServiceError) as missing:
            client.get_plants_by_plant_id(plant_id="p")
    assert (missing.value.code, missing.value.request_id) == ("NoSuchPlant", "req-1")
    assert type(missing.value.model).__name__ == "Error"
    assert missing.value.model.message == "gone"
    assert pickle.loads(pickle.dumps(missing.value)).model.message == "gone"
    with package.GardenStoreClient(
        transport=Canned(503, b"down"), max_attempts=1
    ) as client:
        with pytest.raises(errors.ServiceError) as down:
            client.place_order(plant="Oak", quantity=1)
    assert (down.value.http_status, down.value.status_key, down.value.model) == (
        503,
        "5XX",
        None,
    )
    assert down.value.retryable


def test_a_reference_may_not_leave_the_documents_folder(tmp_path: Path) -> None:
    from generator.importer.openapi import import_openapi
    from generator.importer.openapi_source import OpenApiError

    inner = tmp_path / "api"
    inner.mkdir()
    (tmp_path / "outside.yaml").write_text("Thing: {type: string}\n")
    (inner / "doc.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n"
        "          content:\n            application/json:\n              schema:\n"
        "                $ref: '../outside.yaml#/Thing'\n"
    )
    with pytest.raises(OpenApiError, match="leaves the document's folder"):
        import_openapi(inner / "doc.yaml")


def test_the_async_client_speaks_the_same_wire(built: Built) -> None:
    import asyncio

    package = built.module()
    mock = built.module("mock")

    async def calls(endpoint: str) -> tuple[Any, Any]:
        async with package.AsyncGardenStoreClient(
            username="user", password="secret", endpoint=endpoint
        ) as client:
            added = await client.add_plant(name="Mint", kind="herb")
        async with package.AsyncGardenStoreClient(
            api_key="secret", endpoint=endpoint
        ) as client:
            order = await client.get_order(order_id=42, version=3)
        return added, order

    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        added, order = asyncio.run(calls(server.endpoint))
    assert (added.name, order.id_) == ("Mint", 42)
    assert [r.status for r in server.requests] == [201, 200]


def test_the_command_line(built: Built) -> None:
    import os
    import subprocess
    import sys

    mock = built.module("mock")
    command = [sys.executable, "-m", f"{ROOT}.garden_store", "list-plants"]
    environment = {**os.environ, "GARDEN_STORE_TOKEN": "secret"}
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        result = subprocess.run(
            [*command, "--endpoint", server.endpoint, "--kinds", "tree,herb"],
            cwd=built.out,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr
    assert '"name": "Oak"' in result.stdout
    (record,) = server.requests
    assert record.status == 200
    helped = subprocess.run(
        [*command, "--help"], cwd=built.out, capture_output=True, text=True, timeout=120
    )
    assert "GARDEN_STORE_TOKEN" in helped.stdout
    assert "ALIBABA_CLOUD" not in helped.stdout


def test_a_secret_echoed_by_the_server_is_hidden(built: Built) -> None:
    """An API key sent in the query comes back in an error body: not in the error."""
    package = built.module()
    errors = built.module("errors")
    transport = built.module("_runtime.transport")
    secret = "query-secret-0123456789"
    seen: list[str] = []

    class Echo:
        def send(self, request: Any, timeouts: Any) -> Any:
            seen.append(request.url)
            body = json.dumps({"code": "Bad", "message": f"you sent {request.url}"})
            return transport.HttpResponse(400, {}, body.encode())

        def close(self) -> None:
            pass

    with package.GardenStoreClient(
        api_key=secret, transport=Echo(), max_attempts=1
    ) as client:
        with pytest.raises(errors.ServiceError) as raised:
            client.list_plants2(plant_id="p")
    assert f"key={secret}" in seen[0]  # the scheme puts the key in the query
    error = raised.value
    shown = str(error) + repr(error) + str(error.message) + json.dumps(error.body)
    assert secret not in shown
    assert pickle.loads(pickle.dumps(error)).status_key is None


def test_importing_twice_gives_the_same_bytes(built: Built) -> None:
    from generator.importer.openapi import import_openapi

    assert import_openapi(DOCUMENT).files == built.result.files


def test_the_export_describes_answers_by_status_and_imports_back(
    built: Built, tmp_path: Path
) -> None:
    """The package's own OpenAPI document is valid, keeps each operation's success
    status, error entries and their models, and imports back to the same bindings."""
    from openapi_spec_validator import validate

    from generator.importer.openapi import import_openapi

    exported = next((built.out / ROOT / "openapi").glob("*.json"))
    document = json.loads(exported.read_text())
    validate(document)
    responses = document["paths"]["/api/plants"]["post"]["responses"]
    assert sorted(responses) == ["201", "409", "default"]
    assert responses["409"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    again = import_openapi(exported)
    assert sorted(again.imported) == sorted(built.result.imported)

    def bindings(files: dict[str, str]) -> dict[str, Any]:
        import yaml

        found = {}
        for name, text in files.items():
            if name.startswith("operations/"):
                operation = yaml.safe_load(text)["operation"]
                binding = operation["binding"]["rest-json"]
                found[operation["name"]] = (
                    binding.get("errors"),
                    binding.get("response", {}).get("status"),
                    binding.get("security"),
                )
        return found

    assert bindings(again.files) == bindings(built.result.files)


def test_path_lists_and_objects_travel_by_label_and_matrix(built: Built) -> None:
    """A label list (``.1,2``) and an exploded matrix object (``;x=3;y=...``), sent
    and read back by the offline server, which validates what it read."""
    models = built.module("models")
    parts = _serialize(
        built,
        "get_plot",
        "GetPlotRequest",
        rows=[1, 2],
        spot=models.GetPlotRequestSpot(x=3, y="n,e"),
    )
    assert parts.path == "/api/beds/.1,2/plots/;x=3;y=n%2Ce"
    package = built.module()
    mock = built.module("mock")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with package.GardenStoreClient(endpoint=server.endpoint) as client:
            assert client.get_plot(rows=[1, 2], spot={"x": 3, "y": "n,e"}).crop == (
                "basil"
            )
        wrong = server.endpoint + "/api/beds/.1,x/plots/;x=3;y=n"
        import urllib.error
        import urllib.request

        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(wrong, timeout=30)
    assert refused.value.code == 400
    assert [r.status for r in server.requests] == [200, 400]


TOKEN = "oauth-token-0123456789"
KEY = "api-key-9876543210"


def test_security_alternatives_and_schemes_together(built: Built) -> None:
    """ListTools: an OAuth 2 token, or the header key and the cookie key together;
    AddTool: an OpenID Connect token, or nothing. The first alternative the given
    credentials satisfy in full is sent."""
    package = built.module()
    mock = built.module("mock")
    errors = built.module("errors")
    with mock.MockServer(access_key_id="user", access_key_secret=KEY) as server:
        with package.GardenStoreClient(api_key=KEY, endpoint=server.endpoint) as client:
            assert client.list_tools().tools == ["spade", "rake"]  # both keys
            assert client.add_tool(name="hoe").id_ == 7  # optional: none sent
        with package.GardenStoreClient(
            token=KEY, api_key="not-the-key-000", endpoint=server.endpoint
        ) as client:
            client.list_tools()  # the token (first alternative) wins
            client.add_tool(name="hoe")
        with package.GardenStoreClient(endpoint=server.endpoint) as client:
            with pytest.raises(errors.CredentialsError) as refused:
                client.list_tools()
    assert str(refused.value) == (
        "ListTools needs a bearer token (token=) or an API key (api_key=);"
        " none was given"
    )
    sent = [(r.path, r.status, set(r.header_names)) for r in server.requests]
    assert [(path, status) for path, status, _ in sent] == [
        ("/api/tools", 200),
        ("/api/tools", 201),
        ("/api/tools", 200),
        ("/api/tools", 201),
    ]
    assert {"x-garden-key", "cookie"} <= sent[0][2]
    assert not {"x-garden-key", "cookie", "authorization"} & sent[1][2]
    assert "authorization" in sent[2][2] and "x-garden-key" not in sent[2][2]
    assert "authorization" in sent[3][2]


def test_every_secret_is_hidden_from_errors_reprs_and_logs(
    built: Built, caplog: pytest.LogCaptureFixture
) -> None:
    """With a token and an API key given, GetPlantsByPlantId sends the key (its
    only scheme); a server echoing the whole request back does not bring it into
    the error, the client's repr or the logs, though the token is the first secret."""
    import logging

    package = built.module()
    errors = built.module("errors")
    transport = built.module("_runtime.transport")
    rest_request = built.module("_runtime.rest_request")

    class Echo:
        def send(self, request: Any, timeouts: Any) -> Any:
            echoed = f"{request.url} {request.headers}"
            body = json.dumps({"code": "Bad", "message": echoed})
            return transport.HttpResponse(400, {"x-echo": echoed}, body.encode())

        def close(self) -> None:
            pass

    caplog.set_level(logging.DEBUG)
    with package.GardenStoreClient(
        token=TOKEN, api_key=KEY, transport=Echo(), max_attempts=1
    ) as client:
        with pytest.raises(errors.ServiceError) as raised:
            client.get_plants_by_plant_id(plant_id="p")
        shown = repr(client) + str(client)
    error = raised.value
    shown += str(error) + repr(error) + json.dumps(error.body) + caplog.text
    shown += repr(pickle.loads(pickle.dumps(error)))
    assert "Bad" in shown
    assert KEY not in shown and TOKEN not in shown
    credentials = rest_request.RestCredentials(TOKEN, KEY, "user", "pass-word-000")
    assert TOKEN not in repr(credentials) and KEY not in repr(credentials)
    copied = pickle.loads(pickle.dumps(credentials))
    assert copied.kinds == credentials.kinds and copied.secrets == (
        TOKEN,
        KEY,
        "pass-word-000",
    )


def test_every_server_is_kept_and_selectable(built: Built) -> None:
    """Two servers: the first (its region variable the client's region_id) is the
    default; ``server=`` picks the other by index or URL, ``server_variables=`` fills
    its variables (an enum variable takes only its values), and the request paths move
    under its base path."""
    package = built.module()
    errors = built.module("errors")
    transport = built.module("_runtime.transport")
    urls: list[str] = []

    class Canned:
        def send(self, request: Any, timeouts: Any) -> Any:
            urls.append(request.url)
            body = b'{"plants": []}'
            return transport.HttpResponse(
                200, {"content-type": "application/json"}, body
            )

        def close(self) -> None:
            pass

    staging = "https://{tenant}.staging.garden.example.com/{release}/api"
    choices: list[dict[str, Any]] = [
        {},
        {"server": 1},
        {"server": 1, "server_variables": {"tenant": "acme", "release": "v1"}},
        {"server": staging},
        {"server_variables": {"region": "us-east"}},
    ]
    for choice in choices:
        with package.GardenStoreClient(token="t", transport=Canned(), **choice) as c:
            c.list_plants()
    assert urls == [
        "https://eu-west.garden.example.com/api/plants",
        "https://demo.staging.garden.example.com/v2/api/plants",
        "https://acme.staging.garden.example.com/v1/api/plants",
        "https://demo.staging.garden.example.com/v2/api/plants",
        "https://us-east.garden.example.com/api/plants",
    ]
    assert [s.url for s in package.GardenStoreClient.SERVERS][1] == staging
    refused = {
        "server variable 'release' is 'v3'; allowed: v1, v2": {
            "server": 1,
            "server_variables": {"release": "v3"},
        },
        "server 5 does not exist: there are 3 (0 to 2)": {"server": 5},
        "has no variable 'nope' (variables: release, tenant)": {
            "server": 1,
            "server_variables": {"nope": "x"},
        },
        "or endpoint=/region_id=, not both": {"server": 1, "endpoint": "http://x"},
    }
    for message, arguments in refused.items():
        with pytest.raises(errors.ConfigurationError, match=re.escape(message)):
            package.AsyncGardenStoreClient(token="t", **arguments)


def test_the_command_line_picks_a_server(built: Built) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", f"{ROOT}.garden_store", "list-plants"]
    helped = subprocess.run(
        [*command, "--help"], cwd=built.out, capture_output=True, text=True
    )
    text = " ".join(helped.stdout.split())
    assert "--server SERVER" in text
    assert "1: https://{tenant}.staging.garden.example.com/{release}/api" in text
    wrong = subprocess.run(
        [*command, "--server", "7"],
        cwd=built.out,
        capture_output=True,
        text=True,
        env={"GARDEN_STORE_TOKEN": "t", "PATH": ""},
    )
    assert wrong.returncode != 0
    assert "server 7 does not exist" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert "--server-variable NAME=VALUE" in text
    variable = subprocess.run(
        [*command, "--server", "1", "--server-variable", "tenant=acme"]
        + ["--server-variable", "release=v3"],
        cwd=built.out,
        capture_output=True,
        text=True,
        env={"GARDEN_STORE_TOKEN": "t", "PATH": ""},
    )
    assert variable.returncode != 0
    assert "server variable 'release' is 'v3'; allowed: v1, v2" in variable.stderr
    assert "Traceback" not in variable.stderr
    mock = built.module("mock")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        port = server.endpoint.rsplit(":", 1)[1]
        local = subprocess.run(
            [*command, "--server", "2", "--server-variable", f"port={port}"],
            cwd=built.out,
            capture_output=True,
            text=True,
            env={"GARDEN_STORE_TOKEN": "secret", "PATH": ""},
        )
        package = built.module()
        with package.GardenStoreClient(
            token="secret", server=2, server_variables={"port": port}
        ) as client:
            assert client.list_plants().plants[0].name == "Oak"
    assert local.returncode == 0, local.stderr
    assert '"name": "Oak"' in local.stdout
    assert [(r.path, r.status) for r in server.requests] == [("/api/plants", 200)] * 2


def test_several_success_bodies_and_answer_headers(built: Built) -> None:
    """AddTool answers 201 (id) or 200 (id, since): one output with both bodies'
    members, ``http_status`` telling them apart, and the declared headers typed."""
    package = built.module()
    transport = built.module("_runtime.transport")
    notes = "\n".join(_notes(built))
    assert "response headers are not read" not in notes

    class Canned:
        def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
            self.answer = transport.HttpResponse(status, headers, body)

        def send(self, request: Any, timeouts: Any) -> Any:
            return self.answer

        def close(self) -> None:
            pass

    json_type = {"content-type": "application/json"}
    created = Canned(
        201,
        {
            **json_type,
            "location": "/tools/7",
            "x-rate-remaining": "41",
            "x-tags": "a,b",
        },
        b'{"id": 7}',
    )
    with package.GardenStoreClient(transport=created) as client:
        added = client.add_tool(name="hoe")
    assert (added.http_status, added.id_, added.since) == (201, 7, None)
    assert (added.location, added.x_rate_remaining, added.x_tags) == (
        "/tools/7",
        41,
        ["a", "b"],
    )
    there = Canned(
        200,
        {**json_type, "x-rate-remaining": "40"},
        b'{"id": 7, "since": "2024-01-01T00:00:00Z"}',
    )
    with package.GardenStoreClient(transport=there) as client:
        found = client.add_tool(name="hoe")
    assert (found.http_status, found.since.year, found.location) == (200, 2024, None)
    assert found.x_rate_remaining == 40


def test_every_secret_must_be_sendable(built: Built) -> None:
    """A newline in any secret (not only the first) is refused by name, unshown."""
    package = built.module()
    errors = built.module("errors")
    with pytest.raises(errors.CredentialsError) as refused:
        package.GardenStoreClient(token="fine-token-123", api_key="bad\nkey-0123")
    assert "api_key holds a character" in str(refused.value)
    assert "key-0123" not in str(refused.value)
