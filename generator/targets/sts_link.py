"""The STS client every generated package carries for its role credentials.

Role credentials (a RAM role assumed with another credential, an OIDC token) are bought
from STS. Those calls are made by a client this generator produces from the project's
own STS spec (``spec/sts/2015-04-01``) with the same templates as any service, never by
hand-written HTTP. Each generated package gets its copy at ``<package>/_sts/``: the
client, operations, models and validators, importing the package's own ``_runtime``
(one copy of signing, transports, errors and ``Credentials`` per package). So a package
generated on its own (``generate --package NAME``, one product) still assumes roles,
and two packages installed side by side never depend on each other.

The copy is the STS package rendered with ``<root>.<package>`` as its import root and
``_sts`` as its name; one level deeper than a service's own modules, its imports of the
runtime gain one dot (``from ._runtime`` -> ``from .._runtime``). Nothing else changes.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..model import Service
from ..render import OutputFile, Renderer

STS_SPEC = Path(__file__).resolve().parents[2] / "spec" / "sts" / "2015-04-01"
# The folder of the copy inside each package; the runtime imports ``<package>._sts``.
FOLDER = "_sts"
# What a credential provider needs of the STS package (not its command line, offline
# server or package index, which import the package's public modules).
_KEPT = re.compile(r"(client\.py|(models|operations|validators)/[A-Za-z0-9_]+\.py)")
_RUNTIME_IMPORT = re.compile(r"^(\s*from )(\.+)(_runtime\b)", re.MULTILINE)


@lru_cache(maxsize=1)
def sts_service() -> Service:
    """The IR of the project's STS spec; a SpecError names every problem in it."""
    from ..build import build_service
    from ..diagnostics import SpecError
    from ..validate import load_tree

    tree = load_tree(STS_SPEC)
    if tree.diagnostics:
        raise SpecError(tree.diagnostics)
    (files,) = tree.services
    return build_service(files)


def render_files(service: Service, renderer: Renderer) -> list[OutputFile]:
    """``<package>/_sts/``: the STS client of ``service``'s package."""
    # python_package calls this module: imported here, not at the top.
    from .python_package import _render_service as render_service

    nested = copy.copy(renderer)
    nested.root_package = f"{renderer.root_package}.{service.package}"
    files = [
        OutputFile(
            f"{service.package}/{FOLDER}/__init__.py",
            f'"""The STS client of ``{nested.root_package}``\'s role credentials'
            ' (generated from spec/sts/2015-04-01; do not edit)."""\n',
        )
    ]
    for item in render_service(replace(sts_service(), package=FOLDER), nested):
        relative = item.path.removeprefix(f"{FOLDER}/")
        if relative == item.path or not _KEPT.fullmatch(relative):
            continue
        files.append(
            OutputFile(
                f"{service.package}/{item.path}",
                _RUNTIME_IMPORT.sub(r"\1.\2\3", item.whole().text),
                preformatted=item.preformatted,
            )
        )
    return files
