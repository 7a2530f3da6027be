"""Wire bindings: how operations travel, apart from their shape (the spec side).

A protocol contributes JSON Schemas for the ``binding`` sections of service and
operation files, the checks of those sections that a schema cannot express, and the
reading of a binding section into the neutral HTTP binding of the IR. What targets need
from a protocol is its plug-in's business (``generator.plugins``); nothing here knows
about targets, so checking a spec never loads them.
"""

from __future__ import annotations

from .alibaba_roa import ALIBABA_ROA
from .alibaba_rpc import ALIBABA_RPC
from .base import ProtocolBinding
from .rest_json import REST_JSON

PROTOCOLS: dict[str, ProtocolBinding] = {
    ALIBABA_RPC.name: ALIBABA_RPC,
    ALIBABA_ROA.name: ALIBABA_ROA,
    REST_JSON.name: REST_JSON,
}


def protocol_named(name: str) -> ProtocolBinding | None:
    return PROTOCOLS.get(name)


def register(binding: ProtocolBinding) -> None:
    """Make a protocol's binding sections known to the checks."""
    PROTOCOLS[binding.name] = binding


__all__ = ["PROTOCOLS", "ProtocolBinding", "protocol_named", "register"]
