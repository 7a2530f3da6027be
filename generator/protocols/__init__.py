"""Wire bindings. Each protocol module describes how operations travel, apart from their shape.

A protocol contributes: JSON Schemas for the ``binding`` sections of service and operation
files, semantic checks of those sections, the binding objects attached to the IR, and the
names of the runtime files and templates its targets render. Adding a protocol means adding
a module here and registering it; the loader, the shape model and other targets stay as
they are.
"""

from __future__ import annotations

from .base import ProtocolBinding
from .alibaba_rpc import ALIBABA_RPC

PROTOCOLS: dict[str, ProtocolBinding] = {ALIBABA_RPC.name: ALIBABA_RPC}


def protocol_named(name: str) -> ProtocolBinding | None:
    return PROTOCOLS.get(name)


__all__ = ["PROTOCOLS", "ProtocolBinding", "protocol_named"]
