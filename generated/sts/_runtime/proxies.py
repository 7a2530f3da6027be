"""Which proxy, if any, a client's requests go through.

An explicit ``proxy`` wins. Otherwise the usual variables apply: ``HTTPS_PROXY`` for
https endpoints, ``HTTP_PROXY`` for http ones (either case), unless ``NO_PROXY`` names the
host: ``*`` for every host, else comma-separated names matching the host or a domain it
is in (``example.com`` and ``.example.com`` both match ``api.example.com``), with an
optional ``:port``.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from .errors import ConfigurationError

__all__ = ["bypasses_proxy", "proxy_for"]


def _environment(name: str) -> str:
    return (os.environ.get(name.lower()) or os.environ.get(name.upper()) or "").strip()


def bypasses_proxy(host: str, no_proxy: str) -> bool:
    """Whether ``host`` (``name[:port]``) matches a ``NO_PROXY`` list."""
    parts = urlsplit(f"//{host}")
    name = (parts.hostname or "").lower()
    port = parts.port
    for entry in no_proxy.split(","):
        entry = entry.strip().lower()
        if not entry:
            continue
        if entry == "*":
            return True
        entry_parts = urlsplit(f"//{entry.lstrip('.')}")
        entry_name = entry_parts.hostname or ""
        try:
            entry_port = entry_parts.port
        except ValueError:
            entry_port = None
        if entry_port is not None and entry_port != port:
            continue
        if name == entry_name or name.endswith("." + entry_name):
            return True
    return False


def proxy_for(scheme: str, host: str, explicit: str | None = None) -> str | None:
    """The proxy URL for requests to ``scheme://host``, or None to go direct."""
    if explicit is not None:
        proxy = explicit.strip()
    else:
        if bypasses_proxy(host, _environment("no_proxy")):
            return None
        proxy = _environment("https_proxy" if scheme == "https" else "http_proxy")
    if not proxy:
        return None
    if "://" not in proxy:
        proxy = "http://" + proxy  # the common ``host:port`` shorthand
    parts = urlsplit(proxy)
    if parts.scheme != "http" or not parts.hostname:
        # The URL may carry a password: name only what is wrong with it.
        raise ConfigurationError(
            f"proxy must be an http://host:port URL (scheme {parts.scheme!r} given)"
        )
    return proxy
