"""What each target needs from a protocol: one interface per target family.

A protocol plug-in (``generator.plugins.ProtocolPlugin``) supplies an object for each
interface below. Targets render everything that does not depend on how operations
travel and ask the facet for the rest; a target whose facet a protocol lacks fails,
naming both, rather than skipping the service.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..model import Operation, RequestExample, Service
from ..render import OutputFile, Renderer

if TYPE_CHECKING:  # the docs target imports this module
    from .docs.tables import FieldRow

__all__ = [
    "ClientOption",
    "DocsFacet",
    "ExampleTestFacet",
    "MockFacet",
    "OpenApiFacet",
    "OpenApiParts",
    "PythonFacet",
]


@dataclass(frozen=True)
class ClientOption:
    """A client constructor argument offered on the command line (``--region-id``)."""

    flag: str
    keyword: str
    help: str
    choices: tuple[str, ...] = ()
    default: str | None = None
    # "pairs": NAME=VALUE, the option repeated, given to the client as a mapping.
    kind: Literal["text", "integer", "number", "pairs"] = "text"


class PythonFacet(Protocol):
    """The protocol's part of the generated package: its runtime modules, the client
    classes and the per-operation wire modules."""

    @property
    def runtime_files(self) -> Sequence[str]:
        """Runtime modules (``templates/python/runtime``) the generated code imports."""

    def joined_string_members(self, operation: Operation) -> list[str]:
        """Input members callers may also pass as one comma-joined text."""

    def client_options(self, service: Service) -> tuple[ClientOption, ...]:
        """Client settings a command line may change (never credentials)."""

    def render_files(
        self, service: Service, renderer: Renderer, context: Mapping[str, Any]
    ) -> Iterable[OutputFile]:
        """The client module and the operations package (a list, or a file at a
        time)."""


class MockFacet(Protocol):
    """The offline server: its per-service tables and the server code it runs on."""

    def render_files(self, service: Service, renderer: Renderer) -> list[OutputFile]:
        """Every file of ``<package>/mock`` and ``<package>/_mock``."""


class ExampleTestFacet(Protocol):
    """Tests generated from an operation's documented examples."""

    def render_operation(
        self, service: Service, operation: Operation, renderer: Renderer
    ) -> str:
        """The test module of one operation."""


class DocsFacet(Protocol):
    """What reference pages say about how an operation travels."""

    def request_rows(
        self, service: Service, operation: Operation, language: str
    ) -> Sequence[FieldRow]:
        """Rows of the request-parameter table, in order."""

    def request_example_text(
        self,
        service: Service,
        operation: Operation,
        example: RequestExample,
        language: str,
    ) -> str:
        """A request example as the page shows it."""


@dataclass(frozen=True)
class OpenApiParts:
    """What a protocol adds to a whole OpenAPI document."""

    note: str  # how operations map onto paths, for ``info.description``
    servers: list[dict[str, Any]]
    security: list[dict[str, Any]]
    security_schemes: dict[str, Any]
    parameters: dict[str, Any] = field(default_factory=dict)  # shared ones


class OpenApiFacet(Protocol):
    """How operations and the service map onto an OpenAPI 3.1 document."""

    def operation_entry(
        self,
        service: Service,
        operation: Operation,
        request_schema: str,
        entry: dict[str, Any],
    ) -> tuple[str, str]:
        """Add parameters and body to ``entry``; return its ``(path, method)``."""

    def document_parts(self, service: Service) -> OpenApiParts:
        """Servers, security schemes and shared parameters of the document."""
