"""The interface every wire binding implements."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from ..load import NodePath
from ..model import HttpBinding, Operation, ServiceBinding

# report(node_path, message, key=False): attach a problem to a node of the file being checked.
Reporter = Callable[..., None]


class ProtocolBinding(Protocol):
    name: str
    service_schema: Mapping[str, Any]
    operation_schema: Mapping[str, Any]
    error_code_fields: tuple[str, ...]
    error_request_id_fields: tuple[str, ...]

    def check_operation(
        self,
        binding: Mapping[str, Any],
        input_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """Semantic checks of an operation's binding section (after its schema passed)."""

    def check_response(
        self,
        binding: Mapping[str, Any],
        output_members: Mapping[str, Any],
        resolve: Callable[[Mapping[str, Any]], Mapping[str, Any] | None],
        base_path: NodePath,
        report: Reporter,
    ) -> None:
        """Checks of how the answer maps onto the output members."""

    def response_payload(self, binding: Mapping[str, Any]) -> str | None:
        """The output member that is the whole answer body (an array, a string), if
        the binding section names one; its examples are that member's value."""

    def route(
        self, binding: Mapping[str, Any], operation_name: str
    ) -> tuple[str, str] | None:
        """What tells this operation apart on the wire, which no other operation of
        the service may share: ``(key, label)``, the label as a message shows it
        (``action 'X'``, ``route 'GET /items/{Id}'``); None when the section is too
        broken to say (its schema problems are reported already)."""

    def bind_service(self, binding: Mapping[str, Any]) -> ServiceBinding:
        """The service binding section as the neutral IR."""

    def bind_operation(
        self,
        binding: Mapping[str, Any],
        operation: Operation,
        service: ServiceBinding,
        api_version: str,
    ) -> HttpBinding:
        """An operation's binding section as the neutral IR: method, path and where
        every input member travels."""
