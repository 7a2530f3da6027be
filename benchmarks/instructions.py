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
figures can be judged on a loaded machine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PARSE_DRIVER = """
import json, sys
sys.path.insert(0, sys.argv[1])
from benchmarks.inputs import load_examples
body = load_examples().json_body
what = sys.argv[3]
if what == "parse":
    from generated.vod.models import GetAIImageJobsResponse
    call = lambda: GetAIImageJobsResponse.from_json(body)
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
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(
    python: str, root: Path, calls: int, scratch: Path, what: str = "call"
) -> int:
    driver = scratch / "driver.py"
    driver.write_text(
        DRIVER if what in ("call", "sign") else PARSE_DRIVER, encoding="utf-8"
    )
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        + [python, str(driver), str(root), str(calls), what],
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
        empty = instructions(python, root, 0, scratch, what)
        full = instructions(python, root, calls, scratch, what)
    return (full - empty) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument(
        "--what",
        choices=("call", "sign", "parse", "loads", "tea-parse"),
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
