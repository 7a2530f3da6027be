"""The facets of the protocols this project ships, one package per protocol."""

from __future__ import annotations

from ...plugins import ProtocolPlugin
from .alibaba_roa import PLUGIN as ALIBABA_ROA
from .alibaba_rpc import PLUGIN as ALIBABA_RPC
from .rest_json import PLUGIN as REST_JSON

BUILTIN_PLUGINS: tuple[ProtocolPlugin, ...] = (ALIBABA_RPC, ALIBABA_ROA, REST_JSON)
