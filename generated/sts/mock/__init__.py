"""Offline Security Token Service server (sts 2015-04-01).

It checks signatures v1 and V3 as the service does, reads every parameter back by the
spec's rules, and answers with the documented examples (fresh RequestId each time), or
with a fault queued by a test::

    from generated.sts import StsClient
    from generated.sts.mock import MockServer

    with MockServer(access_key_id="id", access_key_secret="secret") as server:
        server.throttle(2)  # the next two requests get Throttling.User
        with StsClient(
            access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
        ) as client:
            ...

From a shell: ``python -m generated.sts.mock --port 8080``.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from __future__ import annotations

from .._mock.faults import Fault
from .._mock.server import MockServer as _MockServer
from .._mock.server import RecordedRequest
from .actions import SERVICE

__all__ = ["Fault", "MockServer", "RecordedRequest", "SERVICE"]


class MockServer(_MockServer):
    """An offline Security Token Service server on loopback (see the module)."""

    SERVICE = SERVICE
