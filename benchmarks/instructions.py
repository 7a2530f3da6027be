"""Instructions per call of the generated VOD client, counted by valgrind's callgrind.

Wall-clock figures move with whatever else the machine runs; instruction counts do not
(the same binary, inputs and environment give the same count). This counts what one
``get_ai_image_jobs`` call costs from the arguments to a parsed answer, with the network
replaced by a canned answer: request building, validation, signing and parsing. Give it
checkouts to compare (a commit before and after a change, say)::

    python3 benchmarks/instructions.py . ../other-checkout

Each checkout's ``generated/`` is imported from that checkout. Needs valgrind.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DRIVER = """
import sys
sys.path.insert(0, sys.argv[1])
from generated.vod import VodClient
from generated.vod._runtime import http_sync
from generated.vod._runtime.transport import HttpResponse

ANSWER = HttpResponse(200, {}, b'{"RequestId": "R", "AIImageJobList": []}')
http_sync.HttpTransport.send = lambda self, request, timeouts: ANSWER
client = VodClient(region_id="cn-shanghai", access_key_id="id", access_key_secret="s")
for _ in range(200 + int(sys.argv[2])):  # 200 to warm up, then the counted calls
    client.get_ai_image_jobs(job_ids=["cf08a2c6e11e*****de1711b738b9067"])
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(python: str, root: Path, calls: int, scratch: Path) -> int:
    driver = scratch / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out"]
        + [python, str(driver), str(root), str(calls)],
        capture_output=True,
        text=True,
        check=True,
    )
    found = COLLECTED.search(result.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count: {result.stderr[-500:]}")
    return int(found.group(1))


def per_call(python: str, root: Path, calls: int) -> float:
    """The difference between runs with and without ``calls`` calls, per call: the
    interpreter's start-up and imports cancel out."""
    with tempfile.TemporaryDirectory(prefix="instructions-") as folder:
        scratch = Path(folder)
        empty = instructions(python, root, 0, scratch)
        full = instructions(python, root, calls, scratch)
    return (full - empty) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkouts", nargs="+", type=Path)
    parser.add_argument("--calls", type=int, default=2000)
    arguments = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 2
    for checkout in arguments.checkouts:
        count = per_call(sys.executable, checkout.resolve(), arguments.calls)
        print(f"{checkout}: {count:,.0f} instructions per call")
    return 0


if __name__ == "__main__":
    sys.exit(main())
