"""Per-protocol parts of the Python package target: client classes and wire serializers.

Each module offers ``joined_string_members(operation)`` and
``render_files(service, renderer, context)``; the package target picks one by the
service's protocol.
"""

from __future__ import annotations

from types import ModuleType

from . import alibaba_rpc

PYTHON_PROTOCOLS: dict[str, ModuleType] = {"alibaba-rpc": alibaba_rpc}
