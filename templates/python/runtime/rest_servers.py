"""OpenAPI's ``servers``: every listed server, chosen by index or URL, its variables
filled in (an enum variable takes only its listed values, any other its default when
not given).

The generated client lists its servers in ``SERVERS``; ``server=`` and
``server_variables=`` pick one, and the request paths, written under the first
server's base path, move under the chosen one's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple
from urllib.parse import quote, urlsplit

from .errors import ConfigurationError

__all__ = ["ServerVariable", "Server", "ChosenServer", "choose_server"]

_VARIABLE = re.compile(r"\{([^{}]+)\}")


class ServerVariable(NamedTuple):
    name: str
    default: str
    enum: tuple[str, ...] = ()  # empty: any value


class Server(NamedTuple):
    """One of the document's servers: ``url`` with its ``{variables}`` in place."""

    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()

    def expand(self, values: Mapping[str, str] | None = None) -> str:
        """The URL with each variable's value (its default when not given)."""
        given = dict(values or {})
        known = {variable.name: variable for variable in self.variables}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise ConfigurationError(
                f"server {self.url!r} has no variable {unknown[0]!r}"
                f" (variables: {', '.join(sorted(known)) or 'none'})"
            )
        for name, value in given.items():
            allowed = known[name].enum
            if not isinstance(value, str):
                raise ConfigurationError(f"server variable {name!r} must be text")
            if allowed and value not in allowed:
                raise ConfigurationError(
                    f"server variable {name!r} is {value!r}; allowed:"
                    f" {', '.join(allowed)}"
                )

        def value_of(match: re.Match[str]) -> str:
            variable = known.get(match.group(1))
            if variable is None:
                return match.group(0)
            return quote(given.get(variable.name, variable.default), safe="-._~")

        return _VARIABLE.sub(value_of, self.url)


class ChosenServer(NamedTuple):
    """Where requests go: ``scheme://host`` and the base path under which every
    operation's path is written."""

    endpoint: str
    base_path: str


def choose_server(
    servers: Sequence[Server],
    server: int | str | None,
    variables: Mapping[str, str] | None,
) -> ChosenServer:
    """The server at index ``server``, or whose URL (as written, or filled with its
    defaults) is ``server``; the first when it is None."""
    if not servers:
        raise ConfigurationError("this API lists no servers: pass endpoint=")
    chosen: Server | None = None
    if server is None:
        chosen = servers[0]
    elif isinstance(server, int) and not isinstance(server, bool):
        if not 0 <= server < len(servers):
            raise ConfigurationError(
                f"server {server} does not exist: there are {len(servers)}"
                f" (0 to {len(servers) - 1})"
            )
        chosen = servers[server]
    elif isinstance(server, str):
        wanted = server.rstrip("/")
        for candidate in servers:
            if wanted in (candidate.url.rstrip("/"), candidate.expand().rstrip("/")):
                chosen = candidate
                break
        if chosen is None and wanted.isdigit():
            return choose_server(servers, int(wanted), variables)  # the command line
        if chosen is None:
            listed = ", ".join(s.url for s in servers)
            raise ConfigurationError(f"no server {server!r}; the servers are: {listed}")
    else:
        raise ConfigurationError("server must be an index or a URL")
    url = chosen.expand(variables)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"server {chosen.url!r} has no http(s) host: pass endpoint="
        )
    return ChosenServer(f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/"))
