"""Instructions per call of the generated VOD client, counted by valgrind's callgrind.

Wall-clock figures move with whatever else the machine runs; instruction counts do not
(the same binary, inputs and environment give the same count). This counts what one
``get_ai_image_jobs`` call costs from the arguments to a parsed answer, with the network
replaced by a canned answer: request building, validation, signing and parsing. Give it
checkouts to compare (a commit before and after a change, say)::

    python3 benchmarks/instructions.py . ../other-checkout

Each checkout's ``generated/`` is imported from that checkout. Needs valgrind.

``--what sign`` stops at the transport's send, as the build-and-sign figure does
(arguments to a signed request, no answer). ``--what parse`` counts ``GetAIImageJobsResponse.from_json`` of the documented answer
instead, ``--what loads`` bare ``json.loads`` of it and ``--what tea-parse`` the Tea
SDK's ``json.loads`` + ``from_map`` (run with the bench venv's python), so parsing
figures can be judged on a loaded machine; ``--what parse-read`` parses and then reads
every field (nested members are decoded on first read). The ``page-*`` counts do the
same for the 100-instance ECS page of ``large_answer.py`` (``page-parse``,
``page-read``, ``page-loads``, ``page-tea-parse``, ``page-xml``, ``page-xml-read``),
with an ECS client generated from each checkout; use ``--calls 5`` or so.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The 100-instance ECS page (benchmarks/large_answer.py): argv[4] holds page.json,
# page.xml and the generated ECS package (src/), made once by the parent process.
PAGE_DRIVER = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
scratch = Path(sys.argv[4])
sys.path.insert(0, str(scratch / "src"))
import importlib.util
spec = importlib.util.spec_from_file_location("reading", sys.argv[5])
reading = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reading)
read_every_field = reading.read_every_field
body = (scratch / "page.json").read_bytes()
xml_body = (scratch / "page.xml").read_bytes()
what = sys.argv[3]
if what.startswith("page-tea"):
    from alibabacloud_ecs20140526 import models
    call = lambda: models.DescribeInstancesResponseBody().from_map(json.loads(body))
elif what == "page-loads":
    call = lambda: json.loads(body)
else:
    from bench_ecs.ecs.models import DescribeInstancesResponse as response
    parse = {
        "page-parse": lambda: response.from_json(body),
        "page-read": lambda: read_every_field(response.from_json(body)),
        "page-xml": lambda: response.from_xml(xml_body),
        "page-xml-read": lambda: read_every_field(response.from_xml(xml_body)),
    }[what]
    call = parse
call()
for _ in range(int(sys.argv[2])):
    call()
"""
PAGE_WHATS = (
    "page-parse",
    "page-read",
    "page-loads",
    "page-tea-parse",
    "page-xml",
    "page-xml-read",
)
PARSE_DRIVER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from benchmarks.inputs import load_examples
import importlib.util
spec = importlib.util.spec_from_file_location("reading", sys.argv[5])
reading = importlib.util.module_from_spec(spec)
spec.loader.exec_module(reading)
read_every_field = reading.read_every_field
body = load_examples().json_body
what = sys.argv[3]
if what == "parse":
    from generated.vod.models import GetAIImageJobsResponse
    call = lambda: GetAIImageJobsResponse.from_json(body)
elif what == "parse-read":
    from generated.vod.models import GetAIImageJobsResponse
    call = lambda: read_every_field(GetAIImageJobsResponse.from_json(body))
elif what == "tea-parse":
    from alibabacloud_vod20170321 import models
    call = lambda: models.GetAIImageJobsResponseBody().from_map(json.loads(body))
else:
    call = lambda: json.loads(body)
for _ in range(200 + int(sys.argv[2])):
    call()
"""
DRIVER = """
import sys
sys.path.insert(0, sys.argv[1])
from generated.vod import VodClient
from generated.vod._runtime import http_sync
from generated.vod._runtime.transport import HttpResponse

ANSWER = HttpResponse(200, {}, b'{"RequestId": "R", "AIImageJobList": []}')
if sys.argv[3] == "sign":
    # The build-and-sign figure's stopping point: the request, captured at send.
    from benchmarks.peers import Captured, capture_method as send
else:
    send = lambda self, request, timeouts: ANSWER
http_sync.HttpTransport.send = send
client = VodClient(region_id="cn-shanghai", access_key_id="id", access_key_secret="s")
for _ in range(200 + int(sys.argv[2])):  # 200 to warm up, then the counted calls
    try:
        client.get_ai_image_jobs(job_ids=["cf08a2c6e11e*****de1711b738b9067"])
    except BaseException as captured:  # the sign figure's Captured
        assert sys.argv[3] == "sign", captured
"""
# This checkout's walker, so that older checkouts are read the same way.
READING = str(Path(__file__).with_name("reading.py"))
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(
    python: str, root: Path, calls: int, scratch: Path, what: str = "call"
) -> int:
    driver = scratch / "driver.py"
    if what in ("call", "sign"):
        text = DRIVER
    elif what in PAGE_WHATS:
        text = PAGE_DRIVER
    else:
        text = PARSE_DRIVER
    driver.write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        + [python, str(driver), str(root), str(calls), what, str(scratch), READING],
        capture_output=True,
        text=True,
        check=True,
    )
    found = COLLECTED.search(result.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {result.stderr[-500:]}")
    return int(found.group(1))


def per_call(python: str, root: Path, calls: int, what: str = "call") -> float:
    """The difference between runs with and without ``calls`` calls, per call: the
    interpreter's start-up and imports cancel out."""
    with tempfile.TemporaryDirectory(prefix="instructions-") as folder:
        scratch = Path(folder)
        if what in PAGE_WHATS:
            _make_page(root, scratch)
        empty = instructions(python, root, 0, scratch, what)
        full = instructions(python, root, calls, scratch, what)
    return (full - empty) / calls


def _make_page(root: Path, scratch: Path) -> None:
    """The page's bodies and, from ``root``'s templates, the ECS package parsing it."""
    sys.path.insert(0, str(root))
    try:
        from benchmarks import large_answer

        page = large_answer.build_page()
        (scratch / "page.json").write_bytes(page.json_body)
        (scratch / "page.xml").write_bytes(page.xml_body)
        source = large_answer.generate_client(scratch / "ecs")
        shutil.copytree(source, scratch / "src")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] == "benchmarks"]:
            del sys.modules[name]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument(
        "--what",
        choices=(
            "call",
            "sign",
            "parse",
            "parse-read",
            "loads",
            "tea-parse",
            *PAGE_WHATS,
        ),
        default="call",
    )
    arguments = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    for checkout in arguments.checkouts:
        count = per_call(
            sys.executable, checkout.resolve(), arguments.calls, arguments.what
        )
        print(f"{checkout}: {count:,.0f} instructions per {arguments.what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
