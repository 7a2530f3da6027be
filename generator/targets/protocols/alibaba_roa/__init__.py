"""Alibaba Cloud ROA (RESTful): every facet the targets need, in one plug-in."""

from __future__ import annotations

from ....plugins import ProtocolPlugin
from ....protocols.alibaba_roa import ALIBABA_ROA
from .docs import RoaDocs
from .example_tests import RoaExampleTests
from .mock import RoaMock
from .openapi import RoaOpenApi
from .python import RoaPython

PLUGIN = ProtocolPlugin(
    binding=ALIBABA_ROA,
    python=RoaPython(),
    mock=RoaMock(),
    example_tests=RoaExampleTests(),
    docs=RoaDocs(),
    openapi=RoaOpenApi(),
)
