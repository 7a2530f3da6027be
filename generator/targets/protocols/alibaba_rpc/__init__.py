"""Alibaba Cloud RPC: every facet the targets need, in one plug-in."""

from __future__ import annotations

from ....plugins import ProtocolPlugin
from ....protocols.alibaba_rpc import ALIBABA_RPC
from .docs import RpcDocs
from .example_tests import RpcExampleTests
from .mock import RpcMock
from .openapi import RpcOpenApi
from .python import RpcPython

PLUGIN = ProtocolPlugin(
    binding=ALIBABA_RPC,
    python=RpcPython(),
    mock=RpcMock(),
    example_tests=RpcExampleTests(),
    docs=RpcDocs(),
    openapi=RpcOpenApi(),
)
