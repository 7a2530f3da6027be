"""Whether an error code is worth retrying, as the spec says: one table that the
generated client reads at run time and the generated example tests expect."""

from __future__ import annotations

from ..model import Service


def declared_retryability(service: Service) -> dict[str, bool]:
    """What the spec says about retrying its error codes: ``Code`` for the service's
    errors, ``Action:Code`` for an operation's own (looked up first). The runtime reads
    this table, and the generated tests expect what it says."""
    table = {
        error.code: error.retryable
        for error in service.errors
        if error.retryable is not None
    }
    for operation in service.operations:
        for error in operation.errors:
            if error.retryable is not None:
                table[f"{operation.binding.name}:{error.code}"] = error.retryable
    return dict(sorted(table.items()))
