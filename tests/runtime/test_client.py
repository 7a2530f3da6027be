"""The generated sync client against a real HTTP server on 127.0.0.1.

The server records every request and answers as each test scripts it, so signing,
error mapping, retries, timeouts, credentials and logging are checked over real sockets.
"""

from __future__ import annotations

import json
import logging
import traceback


import pytest

from generated.vod import VodClient, errors
from generated.vod._runtime.credentials import Credentials
from generated.vod._runtime.retry import RetryPolicy
from tests.conftest import error_example
from tests.runtime.verifier import v1_is_valid, v3_is_valid
from tests.support.scripted_server import Answer, ScriptedServer

KEY_ID = "LTAI-test-id"
SECRET = "very-secret-value-7d1f"
TOKEN = "sts-token-value-42aa"
JOB = "cf08a2c6e11e*****de1711b738b9067"


def error_body(code: str, request_id: str = "REQ-1", fmt: str = "json") -> bytes:
    fields = {
        "RequestId": request_id,
        "HostId": "vod.cn-shanghai.aliyuncs.com",
        "Code": code,
        "Message": f"message for {code}",
        "Recommend": f"https://next.api.aliyun.com/troubleshoot?q={code}",
    }
    if fmt == "xml":
        inner = "".join(f"<{k}>{v}</{k}>" for k, v in fields.items())
        return f"<?xml version='1.0' encoding='UTF-8'?><Error>{inner}</Error>".encode()
    return json.dumps(fields).encode()


class Sleeps:
    """Records the delays a client asks for instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def client_for(server: ScriptedServer, **options: object) -> VodClient:
    settings: dict[str, object] = {
        "access_key_id": KEY_ID,
        "access_key_secret": SECRET,
        "endpoint": server.endpoint,
        "sleep": Sleeps(),
    }
    settings.update(options)
    return VodClient(**settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("version", ["v1", "v3"])
def test_signed_requests_verify_and_answers_parse(
    server: ScriptedServer,
    documented_json: str,
    documented_xml: str,
    fmt: str,
    version: str,
) -> None:
    server.answer(
        Answer(200, (documented_json if fmt == "json" else documented_xml).encode())
    )
    with client_for(
        server, signature_version=version, response_format=fmt, security_token=TOKEN
    ) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB, "second"])
    (received,) = server.received
    assert received.method == "POST" and received.path == "/"
    assert received.query["JobIds"] == f"{JOB},second"
    assert received.query["Format"] == fmt.upper()
    if version == "v1":
        assert v1_is_valid(received, SECRET)
        assert received.query["SecurityToken"] == TOKEN
        assert received.query["Action"] == "GetAIImageJobs"
        assert "authorization" not in received.headers
    else:
        assert v3_is_valid(received, KEY_ID, SECRET)
        assert received.headers["x-acs-security-token"] == TOKEN
        assert received.headers["x-acs-action"] == "GetAIImageJobs"
        assert received.headers["x-acs-version"] == "2017-03-21"
        assert "Signature" not in received.query
    assert response.request_id == "7721B494-1F78-4E*****E8-A7CEE7315BFA"
    assert response.ai_image_job_list[0].job_id == JOB


def test_a_tampered_request_does_not_verify(server: ScriptedServer) -> None:
    with client_for(server) as client:
        client.get_ai_image_jobs(job_ids=[JOB])
    (received,) = server.received
    assert not v3_is_valid(received, KEY_ID, SECRET + "x")
    received.query["JobIds"] = "other"
    assert not v3_is_valid(received, KEY_ID, SECRET)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_service_errors_carry_every_field(server: ScriptedServer, fmt: str) -> None:
    server.answer(Answer(400, error_body("InvalidParameter", "REQ-400", fmt)))
    with client_for(server, response_format=fmt) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    error = caught.value
    assert type(error) is errors.ServiceError
    assert (error.code, error.request_id, error.http_status) == (
        "InvalidParameter",
        "REQ-400",
        400,
    )
    assert error.message == "message for InvalidParameter"
    assert error.host_id == "vod.cn-shanghai.aliyuncs.com"
    assert error.recommend and "InvalidParameter" in error.recommend
    assert not error.retryable
    assert len(server.received) == 1, "a 4xx is never retried"


def test_documented_error_examples_map_to_typed_errors(server: ScriptedServer) -> None:
    for name, kind in (
        ("invalid-job-ids", errors.ServiceError),
        ("throttled", errors.ThrottlingError),
    ):
        example = error_example(name)
        server.answer(Answer(example["http_status"], example["body"].encode()))
        with client_for(server, max_attempts=1) as client:
            with pytest.raises(kind) as caught:
                client.get_ai_image_jobs(job_ids=[JOB])
        assert caught.value.code == example["code"]
        assert caught.value.request_id == example["request_id"]


def test_throttling_is_retried_with_backoff_then_succeeds(
    server: ScriptedServer, documented_json: str
) -> None:
    throttled = Answer(503, error_body("Throttling.User"))
    server.answer(throttled, throttled, Answer(200, documented_json.encode()))
    sleeps = Sleeps()
    policy = RetryPolicy(max_attempts=4, base_delay=0.5, max_delay=10)
    with client_for(server, sleep=sleeps, retry_policy=policy) as client:
        response = client.get_ai_image_jobs(job_ids=[JOB])
    assert response.ai_image_job_list
    assert len(server.received) == 3
    assert len(sleeps.delays) == 2
    assert 0 <= sleeps.delays[0] <= 0.5 and 0 <= sleeps.delays[1] <= 1.0
    nonces = {r.headers["x-acs-signature-nonce"] for r in server.received}
    assert len(nonces) == 3, "every attempt is signed afresh"
    assert all(v3_is_valid(r, KEY_ID, SECRET) for r in server.received)


def test_attempts_are_bounded(server: ScriptedServer) -> None:
    server.answer(Answer(503, error_body("ServiceUnavailable")))
    sleeps = Sleeps()
    with client_for(server, max_attempts=3, sleep=sleeps) as client:
        with pytest.raises(errors.ServiceError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert caught.value.code == "ServiceUnavailable" and caught.value.retryable
    assert len(server.received) == 3 and len(sleeps.delays) == 2


def test_retry_after_is_honoured_and_bounded_by_total_time(
    server: ScriptedServer,
) -> None:
    server.answer(
        Answer(503, error_body("Throttling.User"), {"x-acs-retry-after": "2.5"}),
        Answer(503, error_body("Throttling.User"), {"x-acs-retry-after": "100"}),
    )
    sleeps = Sleeps()
    policy = RetryPolicy(max_attempts=5, base_delay=0.01, total_timeout=30)
    with client_for(server, sleep=sleeps, retry_policy=policy) as client:
        with pytest.raises(errors.ThrottlingError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert sleeps.delays == [2.5], "the 100 s wait would break the 30 s budget"
    assert caught.value.retry_after == 100
    assert len(server.received) == 2


def test_internal_error_and_plain_5xx_pages_are_retried(server: ScriptedServer) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.answer(
        Answer(500, error_body("InternalError")),
        Answer(502, html, {"content-type": "text/html"}),
    )
    with client_for(server, max_attempts=2) as client:
        with pytest.raises(errors.ResponseParseError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert len(server.received) == 2
    assert caught.value.http_status == 502
    assert caught.value.excerpt and "Bad Gateway" in caught.value.excerpt


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"RequestId": "R", "AIImageJobList": [', "not valid JSON"),
        (b"", "empty body"),
        (b"<html>maintenance</html>", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
    ],
)
def test_bodies_that_are_not_json_raise_parse_errors(
    server: ScriptedServer, body: bytes, reason: str
) -> None:
    server.answer(Answer(200, body))
    with client_for(server) as client:
        with pytest.raises(errors.ResponseParseError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert reason in str(caught.value)
    assert caught.value.http_status == 200
    assert len(server.received) == 1, "a 200 that does not parse is not retried"


def test_xml_format_refuses_a_json_body(
    server: ScriptedServer, documented_json: str
) -> None:
    server.answer(Answer(200, documented_json.encode()))
    with client_for(server, response_format="xml") as client:
        with pytest.raises(errors.ResponseParseError, match="not valid XML"):
            client.get_ai_image_jobs(job_ids=[JOB])


def test_read_timeout_raises_a_timeout_error(server: ScriptedServer) -> None:
    server.answer(Answer(200, b"{}", delay=1.0))
    with client_for(server, timeout=0.2, max_attempts=1) as client:
        with pytest.raises(errors.TransportTimeoutError, match="timed out"):
            client.get_ai_image_jobs(job_ids=[JOB])


def test_a_closed_connection_is_retried_then_reported(server: ScriptedServer) -> None:
    server.answer(Answer(drop_connection=True))
    sleeps = Sleeps()
    with client_for(server, max_attempts=2, sleep=sleeps) as client:
        with pytest.raises(errors.TransportError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert len(server.received) == 2 and len(sleeps.delays) == 1
    assert "127.0.0.1" in str(caught.value)


def test_connection_refused_is_a_transport_error() -> None:
    with ScriptedServer() as stopped:
        endpoint = stopped.endpoint
    with VodClient(KEY_ID, SECRET, endpoint=endpoint, max_attempts=2, sleep=Sleeps()) as client:  # type: ignore[arg-type]
        with pytest.raises(errors.TransportError, match="cannot reach"):
            client.get_ai_image_jobs(job_ids=[JOB])


def test_response_size_is_capped(server: ScriptedServer) -> None:
    server.answer(Answer(200, b'{"RequestId": "' + b"x" * 5000 + b'"}'))
    with client_for(server, max_response_bytes=1000) as client:
        with pytest.raises(errors.ResponseParseError, match="exceeds the limit"):
            client.get_ai_image_jobs(job_ids=[JOB])


def test_invalid_arguments_are_refused_before_anything_is_sent(
    server: ScriptedServer,
) -> None:
    with client_for(server) as client:
        with pytest.raises(errors.RequestValidationError) as caught:
            client.get_ai_image_jobs(
                job_ids=[f"id{n}" for n in range(11)] + ["a,b", ""]
            )
        with pytest.raises(errors.RequestValidationError, match="expected array"):
            client.get_ai_image_jobs(job_ids=42)  # type: ignore[arg-type]
    assert server.received == []
    paths = [violation.path for violation in caught.value.violations]
    assert paths == ["/JobIds", "/JobIds/11", "/JobIds/12", "/JobIds/12"]
    assert "13 items given, at most 10 allowed" in str(caught.value)


def test_a_comma_separated_string_is_accepted(server: ScriptedServer) -> None:
    with client_for(server) as client:
        client.get_ai_image_jobs(job_ids="a, b,c")
    assert server.received[0].query["JobIds"] == "a,b,c"


def test_credentials_come_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id")
    monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret")
    monkeypatch.setenv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token")
    with VodClient(endpoint=server.endpoint) as client:
        client.get_ai_image_jobs(job_ids=[JOB])
    (received,) = server.received
    assert v3_is_valid(received, "env-id", "env-secret")
    assert received.headers["x-acs-security-token"] == "env-token"


def test_missing_credentials_fail_before_any_request(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ID", "SECRET"):
        monkeypatch.delenv(f"ALIBABA_CLOUD_ACCESS_KEY_{name}", raising=False)
    with VodClient(endpoint=server.endpoint) as client:
        with pytest.raises(
            errors.CredentialsError, match="ALIBABA_CLOUD_ACCESS_KEY_ID"
        ):
            client.get_ai_image_jobs(job_ids=[JOB])
    with pytest.raises(errors.CredentialsError, match="without its pair"):
        VodClient(access_key_id="only-the-id")
    assert server.received == []


def test_a_credentials_provider_is_asked_before_every_attempt(
    server: ScriptedServer, documented_json: str
) -> None:
    tokens = iter(["token-1", "token-2"])

    def rotating() -> Credentials:
        return Credentials(KEY_ID, SECRET, next(tokens))

    server.answer(
        Answer(503, error_body("Throttling")), Answer(200, documented_json.encode())
    )
    with VodClient(endpoint=server.endpoint, credentials_provider=rotating, sleep=Sleeps()) as client:  # type: ignore[arg-type]
        client.get_ai_image_jobs(job_ids=[JOB])
    assert [r.headers["x-acs-security-token"] for r in server.received] == [
        "token-1",
        "token-2",
    ]


@pytest.mark.parametrize(
    ("options", "endpoint"),
    [
        ({}, "https://vod.aliyuncs.com"),
        ({"region_id": "cn-shanghai"}, "https://vod.cn-shanghai.aliyuncs.com"),
        (
            {"endpoint": "vod.example.com", "region_id": "cn-beijing"},
            "https://vod.example.com",
        ),
        ({"endpoint": "http://127.0.0.1:8080"}, "http://127.0.0.1:8080"),
        (
            {"region_id": "cn-beijing", "protocol": "http"},
            "http://vod.cn-beijing.aliyuncs.com",
        ),
    ],
)
def test_endpoint_resolution(options: dict[str, str], endpoint: str) -> None:
    assert VodClient(KEY_ID, SECRET, **options).endpoint == endpoint  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"region_id": "cn_shanghai/../x"},
        {"endpoint": "vod.example.com/path?x=1"},
        {"protocol": "ftp"},
        {"signature_version": "v2"},
        {"response_format": "yaml"},
        {"timeout": 0},
    ],
)
def test_bad_settings_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(errors.ConfigurationError):
        VodClient(KEY_ID, SECRET, **options)  # type: ignore[arg-type]


def _secret_free(text: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret not in text


def test_no_secret_in_any_message_repr_traceback_or_log(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="generated.vod")
    scenarios: list[tuple[Answer | None, dict[str, object]]] = [
        (Answer(400, error_body("SignatureDoesNotMatch")), {}),
        (
            Answer(503, error_body("Throttling.User", fmt="xml")),
            {"response_format": "xml"},
        ),
        (Answer(200, b"<html>oops</html>"), {"signature_version": "v1"}),
        (Answer(drop_connection=True), {"signature_version": "v1"}),
        (Answer(200, b"{}", delay=0.5), {"timeout": 0.1}),
        (None, {}),
    ]
    texts: list[str] = []
    for answer, options in scenarios:
        if answer is not None:
            server.answer(answer)
        client = client_for(server, security_token=TOKEN, max_attempts=2, **options)
        texts += [repr(client), str(client)]
        with client:
            try:
                if answer is None:
                    client.get_ai_image_jobs(job_ids=[""])
                else:
                    client.get_ai_image_jobs(job_ids=[JOB])
            except errors.ApiError as error:
                texts += [str(error), repr(error)]
                texts += traceback.format_exception(error)
            else:  # pragma: no cover - every scenario fails
                raise AssertionError(f"no error for {answer}")
    texts += [record.getMessage() for record in caplog.records]
    texts.append(repr(Credentials(KEY_ID, SECRET, TOKEN)))
    signatures = [
        r.query.get("Signature")
        or r.headers.get("authorization", "").rsplit("=", 1)[-1]
        for r in server.received
    ]
    joined = "\n".join(texts)
    _secret_free(joined, SECRET, TOKEN, *[s for s in signatures if s])
    assert "ACS3-HMAC-SHA256 Credential" not in joined


def test_one_debug_line_per_attempt(
    server: ScriptedServer, documented_json: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="generated.vod")
    server.answer(
        Answer(503, error_body("Throttling", "REQ-T")),
        Answer(200, documented_json.encode()),
    )
    with client_for(server) as client:
        client.get_ai_image_jobs(job_ids=[JOB])
    lines = [r.getMessage() for r in caplog.records if r.name == "generated.vod"]
    assert len(lines) == 2
    assert lines[0].startswith("GetAIImageJobs attempt=1 status=503 request_id=REQ-T")
    assert "ThrottlingError Throttling" in lines[0]
    assert lines[1].startswith(
        "GetAIImageJobs attempt=2 status=200 request_id=7721B494-1F78-4E*****E8-A7CEE7315BFA"
    )
    assert "elapsed_ms=" in lines[1] and lines[1].endswith("result=ok")


def test_response_validation_is_opt_in(server: ScriptedServer) -> None:
    body = json.dumps(
        {
            "RequestId": "REQ-V",
            "AIImageJobList": [{"JobId": "j", "Status": "paused", "UserData": "{}"}],
        }
    ).encode()
    server.answer(Answer(200, body))
    with client_for(server) as client:
        lenient = client.get_ai_image_jobs(job_ids=[JOB])
    assert lenient.ai_image_job_list[0].status == "paused"
    with client_for(server, validate_responses=True) as client:
        with pytest.raises(errors.ResponseValidationError) as caught:
            client.get_ai_image_jobs(job_ids=[JOB])
    assert caught.value.request_id == "REQ-V"
    assert [v.path for v in caught.value.violations] == [
        "/AIImageJobList/0/Status",
        "/AIImageJobList/0/UserData",
    ]


def test_a_replaceable_transport(documented_json: str) -> None:
    from generated.vod._runtime.transport import HttpRequest, HttpResponse, Timeouts

    seen: list[HttpRequest] = []

    class Recording:
        def send(self, request: HttpRequest, timeouts: Timeouts) -> HttpResponse:
            seen.append(request)
            return HttpResponse(200, {}, documented_json.encode())

        def close(self) -> None:
            seen.clear()

    client = VodClient(KEY_ID, SECRET, transport=Recording())
    response = client.get_ai_image_jobs(job_ids=[JOB])
    assert response.ai_image_job_list[0].job_id == JOB
    assert seen[0].url.startswith("https://vod.aliyuncs.com/?")
    assert "Signature" not in repr(seen[0]) and "JobIds" not in repr(seen[0])
    client.close()
    assert seen == []
