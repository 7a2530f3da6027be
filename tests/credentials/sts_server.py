"""The generated STS offline server (``generated.sts.mock``) as role credentials meet
it: what it issues is the spec's documented answer, read here from the server's own
action table rather than copied."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

from generated.sts.mock import MockServer as StsServer
from generated.sts.mock.actions import SERVICE
from generated.vod._runtime.credentials import Credentials
from tests.credentials.conftest import CALLER_ID, CALLER_SECRET


def issued_by(action: str) -> Credentials:
    """The credentials the server hands out for ``action`` (its documented answer)."""
    example = SERVICE.actions[action].json_example
    assert example is not None
    fields = json.loads(example)["Credentials"]
    return Credentials(
        fields["AccessKeyId"], fields["AccessKeySecret"], fields["SecurityToken"]
    )


@contextmanager
def sts_server() -> Iterator[StsServer]:
    """The generated STS server accepting signatures of the test caller."""
    with StsServer(access_key_id=CALLER_ID, access_key_secret=CALLER_SECRET) as server:
        yield server
