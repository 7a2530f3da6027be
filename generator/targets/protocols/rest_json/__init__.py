"""REST/JSON as OpenAPI describes it: every facet the targets need, in one plug-in."""

from __future__ import annotations

from ....plugins import ProtocolPlugin
from ....protocols.rest_json import REST_JSON
from .docs import RestDocs
from .example_tests import RestExampleTests
from .mock import RestMock
from .openapi import RestOpenApi
from .python import RestPython

PLUGIN = ProtocolPlugin(
    binding=REST_JSON,
    python=RestPython(),
    mock=RestMock(),
    example_tests=RestExampleTests(),
    docs=RestDocs(),
    openapi=RestOpenApi(),
)
