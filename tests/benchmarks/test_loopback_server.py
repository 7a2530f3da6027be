"""The loopback server answers every request with its body and counts connections."""

from __future__ import annotations

import http.client

from benchmarks.loopback import served, serving


def test_every_request_gets_the_body_over_one_kept_alive_connection() -> None:
    body = b'{"RequestId": "r-1"}'
    with serving(body, max_seconds=60) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            for method in ("POST", "GET", "POST"):
                connection.request(method, "/?Action=GetAIImageJobs", body=b"")
                response = connection.getresponse()
                assert response.status == 200
                assert response.read() == body
        finally:
            connection.close()
        assert served(port) == (3, 1)
