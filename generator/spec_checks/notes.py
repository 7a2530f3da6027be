"""Notes: what lint tells a spec author without calling it a problem.

A note does not fail lint or stop generation; it says where the generated output had
to make something up that the spec could have stated.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic
from .common import ServiceFiles, mapping

NO_ANSWER_EXAMPLE = (
    "note: no success response example; the offline server answers with values made"
    " from the output schema"
)


def notes(services: list[ServiceFiles]) -> Iterator[Diagnostic]:
    """A note for each operation whose answer has a body but no documented example."""
    for files in services:
        for loaded in files.operations:
            operation = mapping(mapping(loaded.data).get("operation"))
            output = mapping(operation.get("output"))
            if not mapping(output.get("members")):
                continue  # the answer is its HTTP status: nothing to make up
            responses = mapping(operation.get("examples")).get("responses")
            documented = [
                example
                for example in (responses if isinstance(responses, list) else [])
                if mapping(example).get("http_status", 200) == 200
            ]
            if not documented:
                yield Diagnostic(
                    loaded.position(("operation", "name")), NO_ANSWER_EXAMPLE
                )
