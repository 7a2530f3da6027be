"""Per-call settings without building a new client: ``client.with_options(...)``.

``with_options`` returns a view of the client: the same credentials, connection pool
and transport, with other timeouts, deadline, retry policy, extra headers or endpoint.
Views are cheap (one copy of a small object), so one per call is fine:

    client.with_options(timeout=2, max_attempts=1).get_ai_image_jobs(job_ids=[...])

Extra headers are checked once, when the view is made: a header the client sets itself
(the host, the signature and every header it covers, the action, version, date, nonce,
security token, ``accept``, ``user-agent``, framing) is refused rather than replaced, and
every extra header is signed wherever the protocol signs headers (RPC V3 and both ROA
signatures; RPC's v1 signature covers only the query).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict, TypeVar

from .deadline import Deadline
from .errors import ConfigurationError
from .retry import RetryPolicy
from .transport import Timeouts

if TYPE_CHECKING:  # pragma: no cover
    from .client import _ClientBase, _ClientCore

__all__ = ["CallOptions", "CallOptionFields", "client_view", "checked_headers"]

# Headers the client writes and signs itself; an extra header may not replace one.
RESERVED_HEADERS = frozenset(
    {
        "host",
        "authorization",
        "date",
        "accept",
        "user-agent",
        "content-type",
        "content-length",
        "content-md5",
        "content-encoding",
        "transfer-encoding",
        "connection",
        "expect",
        "te",
        "trailer",
        "upgrade",
        "proxy-authorization",
        "x-acs-action",
        "x-acs-version",
        "x-acs-date",
        "x-acs-signature-nonce",
        "x-acs-signature-method",
        "x-acs-signature-version",
        "x-acs-content-sha256",
        "x-acs-security-token",
        "x-acs-accesskey-id",
        "x-acs-accesskey-secret",
    }
)
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# Visible ASCII, spaces and tabs: a CR or LF would start another header.
_VALUE = re.compile(r"[\t\x20-\x7e]*")


class CallOptionFields(TypedDict, total=False):
    """The keyword arguments of ``with_options`` (each as in ``CallOptions``)."""

    timeout: float
    connect_timeout: float
    deadline: Deadline | float
    max_attempts: int
    retry_policy: RetryPolicy
    headers: Mapping[str, str]
    endpoint: str


class CallOptions(NamedTuple):
    """Settings for the calls of one view; ``None`` keeps the client's own.

    ``timeout``/``connect_timeout``: seconds per attempt, as on the client.
    ``deadline``: a ``Deadline`` (one instant for every call of the view) or seconds
    (counted from each call's start); every attempt and retry wait of a call ends by it,
    and by the retry policy's ``total_timeout``.
    ``max_attempts`` (first try included) or a whole ``retry_policy``.
    ``headers``: extra request headers, signed where the protocol signs headers.
    ``endpoint``: another ``host[:port]`` or ``scheme://host[:port]``.
    """

    timeout: float | None = None
    connect_timeout: float | None = None
    deadline: Deadline | float | None = None
    max_attempts: int | None = None
    retry_policy: RetryPolicy | None = None
    headers: Mapping[str, str] | None = None
    endpoint: str | None = None


def checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """``headers`` with lower-case names; ConfigurationError for one that is not a
    valid header, or one the client sets itself."""
    if not isinstance(headers, Mapping):
        raise ConfigurationError("headers must be a mapping of names to values")
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ConfigurationError(f"{name!r} is not a valid HTTP header name")
        lowered = name.lower()
        if lowered in RESERVED_HEADERS or lowered.startswith("x-acs-signature"):
            raise ConfigurationError(
                f"header {name!r} is set and signed by the client itself;"
                " it cannot be replaced per call"
            )
        if not isinstance(value, str) or not _VALUE.fullmatch(value):
            # The value itself is not shown: it may be a token.
            raise ConfigurationError(
                f"header {name!r}: a value must be text of visible ASCII characters,"
                " spaces and tabs"
            )
        checked[lowered] = value
    return checked


def _positive(name: str, value: float | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigurationError(f"{name} must be a positive number of seconds")


def derived_core(core: _ClientCore, options: CallOptions) -> _ClientCore:
    """A copy of ``core`` with ``options`` applied; ``core`` itself is not changed."""
    from .client import _endpoint

    view = copy.copy(core)
    _positive("timeout", options.timeout)
    _positive("connect_timeout", options.connect_timeout)
    if options.timeout is not None or options.connect_timeout is not None:
        view.timeouts = Timeouts(
            connect=options.connect_timeout or core.timeouts.connect,
            read=options.timeout or core.timeouts.read,
        )
    if options.retry_policy is not None:
        if not isinstance(options.retry_policy, RetryPolicy):
            raise ConfigurationError("retry_policy must be a RetryPolicy")
        view.retry = options.retry_policy
    if options.max_attempts is not None:
        if isinstance(options.max_attempts, bool) or not isinstance(
            options.max_attempts, int
        ):
            raise ConfigurationError("max_attempts must be a whole number")
        base = view.retry
        view.retry = RetryPolicy(
            max_attempts=options.max_attempts,
            base_delay=base.base_delay,
            max_delay=base.max_delay,
            total_timeout=base.total_timeout,
        )
    if isinstance(options.deadline, Deadline):
        view.deadline = options.deadline.earlier(core.deadline)
    elif options.deadline is not None:
        # Seconds: a budget for each call of the view, counted from its start.
        Deadline(options.deadline)  # refuses what is not a number of seconds
        view.call_budget = float(options.deadline)
    if options.headers is not None:
        extra = checked_headers(options.headers)
        if extra and not getattr(core.wire, "EXTRA_HEADERS", False):
            raise ConfigurationError(
                f"the {type(core.wire).__name__} protocol cannot send extra headers"
            )
        view.extra_headers = {**core.extra_headers, **extra}
    if options.endpoint is not None:
        if not isinstance(options.endpoint, str) or not options.endpoint.strip():
            raise ConfigurationError("endpoint must be a host[:port] or scheme://host")
        # A bare host[:port] keeps the client's scheme.
        scheme, host, _ = _endpoint(
            core.service, options.endpoint, None, core.scheme, "public"
        )
        wire = core.wire
        view.scheme, view.host = scheme, host
        view.wire = type(wire)(  # type: ignore[call-arg]
            core.service,
            scheme=scheme,
            host=host,
            signature_version=wire.signature_version,
            response_format=wire.response_format,
        )
    return view


ClientT = TypeVar("ClientT", bound="_ClientBase[Any, Any, Any]")


def client_view(
    client: ClientT, options: CallOptions | None, changes: Mapping[str, Any]
) -> ClientT:
    """A copy of ``client`` sharing its transport, with ``options`` then ``changes``."""
    if options is not None and not isinstance(options, CallOptions):
        raise ConfigurationError("options must be a CallOptions")
    merged = options or CallOptions()
    unknown = sorted(set(changes) - set(CallOptions._fields))
    if unknown:
        raise ConfigurationError(
            f"unknown call option {', '.join(unknown)}"
            f" (known: {', '.join(CallOptions._fields)})"
        )
    merged = merged._replace(**changes)
    view = copy.copy(client)
    view._core = derived_core(client._core, merged)
    # The connections belong to the client: closing a view leaves them open.
    view._owns_transport = False
    return view
