"""Protocol plug-ins: one typed object per wire protocol, supplying every facet.

A plug-in pairs the protocol's spec side (``generator.protocols``: binding schemas,
checks, reading a binding into the neutral IR) with what each target needs from it
(``generator.targets.facets``). The protocols this project ships are registered on
first use; another package registers its own with ``register`` (or through
``python -m generator generate --plugin MODULE``) and every target picks it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .model import Service
from .protocols import ProtocolBinding
from .protocols import register as register_binding
from .targets.facets import (
    DocsFacet,
    ExampleTestFacet,
    MockFacet,
    OpenApiFacet,
    PythonFacet,
)

__all__ = [
    "MissingFacetError",
    "ProtocolPlugin",
    "facet",
    "plugin_for",
    "plugin_named",
    "register",
    "template_dirs",
]

FacetT = TypeVar("FacetT")


class MissingFacetError(Exception):
    """A target met a service whose protocol supplies nothing for it."""


@dataclass(frozen=True)
class ProtocolPlugin:
    """Everything the generator knows about one protocol.

    ``templates_dir`` holds the plug-in's own templates and runtime files when they
    live outside the project's ``templates/`` (a plug-in from another package).
    """

    binding: ProtocolBinding
    python: PythonFacet | None = None
    mock: MockFacet | None = None
    example_tests: ExampleTestFacet | None = None
    docs: DocsFacet | None = None
    openapi: OpenApiFacet | None = None
    templates_dir: Path | None = None

    @property
    def name(self) -> str:
        return self.binding.name


_PLUGINS: dict[str, ProtocolPlugin] = {}
_BUILTINS_LOADED = False


def register(plugin: ProtocolPlugin) -> None:
    """Make a protocol known to the checks and to every target."""
    _PLUGINS[plugin.name] = plugin
    register_binding(plugin.binding)


def _load_builtins() -> None:
    # Imported on first use: the facets import target helpers, which import this
    # module's users, so loading them at import time would be circular.
    global _BUILTINS_LOADED
    if _BUILTINS_LOADED:
        return
    _BUILTINS_LOADED = True
    from .targets.protocols import BUILTIN_PLUGINS

    for plugin in BUILTIN_PLUGINS:
        _PLUGINS.setdefault(plugin.name, plugin)


def plugin_named(name: str) -> ProtocolPlugin | None:
    _load_builtins()
    return _PLUGINS.get(name)


def plugin_for(service: Service) -> ProtocolPlugin:
    plugin = plugin_named(service.protocol)
    if plugin is None:
        raise MissingFacetError(
            f"no plug-in for protocol '{service.protocol}' of service"
            f" {service.product} {service.api_version}"
        )
    return plugin


def facet(service: Service, target: str, found: FacetT | None) -> FacetT:
    """``found`` (a plug-in's facet for ``target``), or a loud error naming both."""
    if found is None:
        raise MissingFacetError(
            f"the {target} target has nothing for protocol '{service.protocol}'"
            f" (service {service.product} {service.api_version}): its plug-in"
            f" supplies no {target} facet"
        )
    return found


def template_dirs() -> tuple[Path, ...]:
    """Template folders of registered plug-ins that bring their own."""
    _load_builtins()
    return tuple(
        sorted(
            {
                plugin.templates_dir
                for plugin in _PLUGINS.values()
                if plugin.templates_dir is not None
            }
        )
    )
