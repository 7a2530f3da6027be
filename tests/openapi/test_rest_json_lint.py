"""Lint of ``rest-json`` bindings: every broken rule is reported at its line and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.importer.files import write_result
from generator.importer.openapi import OPENAPI_HEADER, import_openapi
from generator.pipeline import load_services
from tests.openapi.build import DOCUMENTS


def _spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    write_result(spec, import_openapi(DOCUMENTS / "petstore.yaml"), OPENAPI_HEADER)
    return spec


def _problems(spec: Path) -> list[str]:
    with pytest.raises(SpecError) as raised:
        load_services(spec)
    return [str(d) for d in raised.value.diagnostics]


def test_the_imported_spec_is_clean(tmp_path: Path) -> None:
    (service,) = load_services(_spec(tmp_path))
    assert service.protocol == "rest-json"


def test_broken_bindings_are_reported_where_they_are(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    path = spec / "pet_shop/1.0.0/operations/ListPets.yaml"
    text = path.read_text()
    text = text.replace(
        "        limit:\n          in: query\n",
        "        limit:\n          in: query\n          style: deepObject\n"
        "        ghost:\n          in: cookie\n",
    )
    text = text.replace("          shape: Error\n", "          shape: Missing\n")
    text = text.replace(
        "      response:\n", "      security: [nobody]\n      response:\n"
    )
    path.write_text(text)
    problems = _problems(spec)
    expected = [
        "style 'deepObject' needs an object or map, not integer",
        "binding names parameter 'ghost', which is not an input member",
        "error shape 'Missing' is not a shape of the service",
        "security scheme 'nobody' is not declared by the service (declared: none)",
    ]
    for message in expected:
        (line,) = [p for p in problems if message in p]
        assert re.match(r"^.*ListPets\.yaml:\d+:\d+: ", line), line
    assert len(problems) == len(expected), problems


def test_a_style_that_does_not_fit_its_location(tmp_path: Path) -> None:
    spec = _spec(tmp_path)
    path = spec / "pet_shop/1.0.0/operations/ShowPetById.yaml"
    text = path.read_text().replace(
        "        petId:\n          in: path\n",
        "        petId:\n          in: path\n          style: form\n",
    )
    path.write_text(text)
    (problem,) = _problems(spec)
    assert "style 'form' does not apply to path parameters" in problem
    assert re.search(r"ShowPetById\.yaml:\d+:\d+: ", problem)


def _path_member(tmp_path: Path, member: str) -> list[str]:
    spec = _spec(tmp_path)
    path = spec / "pet_shop/1.0.0/operations/ShowPetById.yaml"
    text = path.read_text().replace(
        "      petId:\n        type: string\n", "      petId:\n" + member, 1
    )
    text = text.replace("          petId: '7'\n", "          petId: ['7']\n")
    text = text.replace("        example: '7'\n", "        example: ['7']\n")
    path.write_text(
        text.replace(
            "          in: path\n", "          in: path\n" "          style: label\n", 1
        )
    )
    try:
        load_services(spec)
    except SpecError as error:
        return [str(d) for d in error.diagnostics]
    return []


def test_a_path_list_of_scalars_is_clean_and_of_objects_is_not(tmp_path: Path) -> None:
    """Label and matrix styles spell lists and objects of scalars; nothing deeper."""
    scalars = "        type: array\n        items:\n          type: string\n"
    assert _path_member(tmp_path / "a", scalars) == []
    nested = (
        "        type: array\n        items:\n          type: array\n"
        "          items:\n            type: string\n"
    )
    problems = _path_member(tmp_path / "b", nested)
    (problem,) = [p for p in problems if "a path array must hold scalars" in p]
    assert re.search(r"ShowPetById\.yaml:\d+:\d+: ", problem)


def test_answer_headers_status_member_and_requirements_are_checked(
    tmp_path: Path,
) -> None:
    spec = _spec(tmp_path)
    service = spec / "pet_shop/1.0.0/service.yaml"
    service.write_text(
        service.read_text().replace(
            "      base_path: /v1\n",
            "      base_path: /v1\n      security:\n        - {name: b, type: bearer}\n"
            "        - {name: u, type: basic}\n",
        )
    )
    path = spec / "pet_shop/1.0.0/operations/ListPets.yaml"
    text = path.read_text().replace(
        "          x-next: x-next\n",
        "          x-next: x-next\n          ghost: X-Ghost\n"
        "        status_member: x-next\n",
    )
    text = text.replace(
        "      errors:\n", "      security: [[b, u], [b, nobody]]\n      errors:\n"
    )
    path.write_text(text)
    problems = _problems(spec)
    expected = [
        "header member 'ghost' is not an output member",
        "status member 'x-next' must be an integer output member",
        "bearer and basic schemes both use the Authorization header",
        "security scheme 'nobody' is not declared by the service",
    ]
    for message in expected:
        (line,) = [p for p in problems if message in p]
        assert re.match(r"^.*ListPets\.yaml:\d+:\d+: ", line), line
    assert len(problems) == len(expected), problems
