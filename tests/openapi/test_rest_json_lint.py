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
