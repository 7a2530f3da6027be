"""The classic pet shop document (OpenAPI 3.0, ``documents/petstore.yaml``): imported,
generated, type-checked and called against its offline server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.openapi.build import DOCUMENTS, Built, build

ROOT = "petshop_pkg"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    result = build(DOCUMENTS / "petstore.yaml", tmp_path_factory.mktemp("pets"), ROOT)
    try:
        yield result
    finally:
        result.unload()


def test_every_operation_imports(built: Built) -> None:
    assert sorted(built.result.imported) == ["CreatePets", "ListPets", "ShowPetById"]
    assert built.result.skipped == []


def test_the_package_is_mypy_strict_clean(built: Built) -> None:
    result = built.run("mypy", "--strict", ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_generated_example_tests_pass(built: Built) -> None:
    result = built.run("pytest", "-q", "-p", "no:cacheprovider", f"{ROOT}/tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "7 passed" in result.stdout


def test_calls_against_the_offline_server(built: Built) -> None:
    package = built.module()
    mock = built.module("mock")
    errors = built.module("errors")
    with mock.MockServer(access_key_id="user", access_key_secret="secret") as server:
        with package.PetShopClient(endpoint=server.endpoint) as client:
            pets = client.list_pets(limit=20)
            created = client.create_pets(id_=3, name="Kit", tag="cat")
            rex = client.show_pet_by_id(pet_id="7")
            with pytest.raises(errors.RequestValidationError):
                client.list_pets(limit=101)  # maximum: 100
    assert [(p.id_, p.name, p.tag) for p in pets.body] == [
        (1, "Rex", "dog"),
        (2, "Tom", None),
    ]
    assert type(created).__name__ == "CreatePetsResponse"
    assert (rex.id_, rex.name) == (7, "Rex")
    assert [(r.method, r.path, r.status) for r in server.requests] == [
        ("GET", "/v1/pets", 200),
        ("POST", "/v1/pets", 201),
        ("GET", "/v1/pets/7", 200),
    ]


def test_the_default_answer_carries_the_error_model(built: Built) -> None:
    package = built.module()
    errors = built.module("errors")
    transport = built.module("_runtime.transport")

    class Canned:
        def send(self, request: Any, timeouts: Any) -> Any:
            return transport.HttpResponse(
                418, {"x-request-id": "r-9"}, b'{"code": 418, "message": "teapot"}'
            )

        def close(self) -> None:
            pass

    with package.PetShopClient(transport=Canned(), max_attempts=1) as client:
        with pytest.raises(errors.ServiceError) as raised:
            client.show_pet_by_id(pet_id="1")
    error = raised.value
    assert (error.http_status, error.status_key, error.request_id) == (
        418,
        "default",
        "r-9",
    )
    assert (error.model.code, error.model.message) == (418, "teapot")
