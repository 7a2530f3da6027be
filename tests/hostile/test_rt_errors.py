"""Every error a client raises pickles with its fields (multiprocessing, task queues)."""

from __future__ import annotations

import pickle

import pytest

from generated.vod._runtime import errors

SAMPLES = [
    errors.ThrottlingError(
        code="Throttling.User",
        message="slow down",
        http_status=503,
        request_id="R-1",
        host_id="vod.aliyuncs.com",
        recommend="https://example.invalid/r",
        action="GetAIImageJobs",
        retry_after=1.5,
    ),
    errors.ServiceError(code="InvalidParameter", message="bad", http_status=400),
    errors.ResponseParseError(
        "broken", path="/A/0", request_id="R-2", http_status=200, excerpt="{"
    ),
    errors.ResponseValidationError(
        "GetAIImageJobs", [errors.Violation("/A", "too long")], "R-3"
    ),
    errors.RequestValidationError("GetAIImageJobs", [errors.Violation("/B", "bad")]),
    errors.TransportError("cannot reach host", attempts=3),
    errors.TransportTimeoutError("timed out", attempts=2),
    errors.CredentialsError("no credentials"),
    errors.ConfigurationError("bad region"),
]


@pytest.mark.parametrize("error", SAMPLES, ids=lambda e: type(e).__name__)
def test_error_pickles_with_its_fields(error: errors.ApiError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert vars(copy) == vars(error)
    assert str(copy) == str(error)
    assert repr(copy) == repr(error)
    assert copy.args == error.args
