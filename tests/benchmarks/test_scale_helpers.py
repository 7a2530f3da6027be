"""The helpers behind the figures at scale: the large page, the echoing server and the
count of wrong answers (no timings here)."""

from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ElementTree

import pytest

from benchmarks import large_answer, load
from benchmarks.loopback import serving


def test_the_echoing_server_answers_with_the_request_s_job_ids() -> None:
    body = b'{"RequestId": "r-1", "AIImageJobList": []}'
    with serving(body, max_seconds=60, echo_job_ids=True) as port:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            for job in ("t3-7", "a,b"):
                query = "JobIds=" + job.replace(",", "%2C")
                connection.request("GET", f"/?Action=GetAIImageJobs&{query}")
                answer = json.loads(connection.getresponse().read())
                assert answer == {"RequestId": job, "AIImageJobList": []}
            connection.request("GET", "/?Action=GetAIImageJobs")
            assert connection.getresponse().read() == body
        finally:
            connection.close()


def test_wrong_answers_are_counted_whether_lost_or_crossed() -> None:
    assert load._count_wrong(["a", "b", "c"], ["a", "b", "c"]) == 0
    assert load._count_wrong(["a", "b", "c"], ["b", "a", "c"]) == 2
    assert load._count_wrong(["a", "b", "c"], ["a", None]) == 2


@pytest.mark.skipif(
    not large_answer.API_DOCS.is_file(),
    reason=f"{large_answer.API_DOCS} is absent: the page is built from it",
)
def test_the_large_page_holds_100_distinct_instances_in_json_and_xml() -> None:
    page = large_answer.build_page()
    data = json.loads(page.json_body)
    instances = data["Instances"]["Instance"]
    assert len(instances) == 100
    assert len({item["InstanceId"] for item in instances}) == 100
    tags = instances[0]["Tags"]["Tag"]
    assert len(tags) == large_answer.LIST_FACTOR
    root = ElementTree.fromstring(page.xml_body)
    assert len(root.findall("./Instances/Instance")) == 100
    assert root.findtext("RequestId") == page.request_id
