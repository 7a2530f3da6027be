"""The offline server's own command line."""

from __future__ import annotations

from generated.vod._mock import cli
from generated.vod._mock.control import CONTROL_KINDS
from generated.vod.mock import MockServer


def test_control_help_names_every_fault_kind_and_the_sequence_path() -> None:
    text = " ".join(cli._parser(MockServer).format_help().split())
    for kind in CONTROL_KINDS:
        assert kind in text
    assert "/_mock/faults" in text and "/_mock/sequence" in text
