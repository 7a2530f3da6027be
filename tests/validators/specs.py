"""The project's operations, with their generated modules, for tests that walk them all."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from generator.model import Operation, Service
from generator.pipeline import load_services
from tests.conftest import SPEC


@dataclass(frozen=True)
class GeneratedOperation:
    service: Service
    operation: Operation

    @property
    def package(self) -> str:
        return f"generated.{self.service.package}"

    def module(self, family: str) -> ModuleType:
        """``models``, ``validators`` or ``operations`` module of this operation."""
        return importlib.import_module(
            f"{self.package}.{family}.{self.operation.python_name}"
        )

    def __str__(self) -> str:
        return f"{self.service.product}.{self.operation.name}"


@cache
def services() -> tuple[Service, ...]:
    return load_services(SPEC)


def operations() -> Iterator[GeneratedOperation]:
    for service in services():
        for operation in service.operations:
            yield GeneratedOperation(service, operation)
