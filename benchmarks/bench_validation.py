"""How fast the generated response validator is, next to jsonschema and fastjsonschema.

    python benchmarks/bench_validation.py            # from the project root
    python benchmarks/bench_validation.py --quick    # fewer, shorter runs

The value checked is the documented JSON response of GetAIImageJobs, read from the spec;
the schema is the emitted ``generated/vod/schemas/GetAIImageJobs.response.json``. Each
contender is built once, outside the timing: the generated ``validate_response``,
``jsonschema.Draft202012Validator(schema).is_valid`` (stock, and with a format checker),
``fastjsonschema.compile(schema)``, and for scale jsonschema enforcing the same rules
as ours (the differential test's reference validator, ``tests/validators/oracle.py``).
Figures are the median time per call over repeated rounds. Targets: at least 20x faster
than jsonschema, at most 2x the time of fastjsonschema. Note that the generated validator does more than either library: it
decodes and checks the three JSON-in-string members and counts UTF-8 bytes, which
``contentSchema`` and ``x-maxBytes`` leave to the caller.

fastjsonschema is a benchmark-only dependency, kept out of the project's environment.
When it is not importable, the script makes ``.bench-venv`` (fastjsonschema, jsonschema,
rfc3339-validator, pyyaml) and runs itself again there; ``--no-venv`` skips that.
Nothing here is asserted: the figures are printed.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
BENCH_VENV = PROJECT / ".bench-venv"
BENCH_PACKAGES = ["fastjsonschema", "jsonschema", "rfc3339-validator", "pyyaml"]
SPEC = PROJECT / "spec" / "vod" / "2017-03-21" / "operations" / "GetAIImageJobs.yaml"
SCHEMA = PROJECT / "generated" / "vod" / "schemas" / "GetAIImageJobs.response.json"
SPEED_UP_OVER_JSONSCHEMA = 20.0
MAX_TIME_OF_FASTJSONSCHEMA = 2.0


def _reexec_in_bench_venv() -> None:
    python = BENCH_VENV / "bin" / "python"
    if not python.exists():
        print(f"making {BENCH_VENV.name} for fastjsonschema ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
    # The venv may come from ``make bench`` without some of these: pip adds what lacks.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *BENCH_PACKAGES], check=True
    )
    os.execv(str(python), [str(python), __file__, *sys.argv[1:], "--no-venv"])


def documented_response() -> Any:
    import yaml

    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    responses = document["operation"]["examples"]["responses"]
    body = next(item["body"] for item in responses if item["format"] == "json")
    return json.loads(body)


def loop_count(call: Callable[[], object], min_run_time: float) -> int:
    """How many calls make one run last about ``min_run_time`` seconds."""
    number = 1
    while True:
        started = time.perf_counter()
        for _ in range(number):
            call()
        if time.perf_counter() - started >= min_run_time:
            return number
        number *= 2


def interleaved_timings(
    calls: dict[str, Callable[[], object]], runs: int, min_run_time: float
) -> dict[str, list[float]]:
    """Seconds per call of each contender in each of ``runs`` rounds.

    Every round times each contender once, so a slow patch of the machine (other
    processes, frequency changes) touches all of them alike.
    """
    numbers = {name: loop_count(call, min_run_time) for name, call in calls.items()}
    timings: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            number = numbers[name]
            started = time.perf_counter()
            for _ in range(number):
                call()
            timings[name].append((time.perf_counter() - started) / number)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 short runs each")
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--no-venv", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    try:
        import fastjsonschema
    except ImportError:
        if arguments.no_venv:
            print("fastjsonschema is not importable here", file=sys.stderr)
            return 1
        _reexec_in_bench_venv()
    import jsonschema

    sys.path.insert(0, str(PROJECT))
    from generated.vod.validators.get_ai_image_jobs import validate_response

    runs, min_run_time = (5, 0.05) if arguments.quick else (arguments.runs, 0.1)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    data = documented_response()

    stock = jsonschema.Draft202012Validator(schema)
    formats = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.FormatChecker()
    )
    compiled = fastjsonschema.compile(schema)
    # The same work as ours: formats, x-maxBytes and decoded contentSchema, as the
    # differential test's reference validator does it.
    from tests.validators.oracle import reference_validator

    equal_work = reference_validator(schema)

    def fast_is_valid(value: Any) -> bool:
        try:
            compiled(value)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    contenders: dict[str, Callable[[Any], object]] = {
        "generated validate_response": validate_response,
        "jsonschema Draft202012Validator.is_valid": stock.is_valid,
        "jsonschema + FormatChecker": formats.is_valid,
        "jsonschema, same rules as ours": equal_work.is_valid,
        "fastjsonschema.compile": fast_is_valid,
    }
    # Every contender must agree the example is valid, or the timing means nothing.
    assert validate_response(data) == []
    assert stock.is_valid(data) and formats.is_valid(data) and fast_is_valid(data)
    assert equal_work.is_valid(data)

    print(f"Python {platform.python_version()} ({sys.executable})")
    print(
        f"jsonschema {_version('jsonschema')},"
        f" fastjsonschema {fastjsonschema.VERSION} from {Path(fastjsonschema.__file__).parent}"
    )
    print(
        f"{runs} rounds, each timing every contender for >= {min_run_time:.2f} s;"
        " median time per call\n"
    )
    timings = interleaved_timings(
        {name: functools.partial(check, data) for name, check in contenders.items()},
        runs,
        min_run_time,
    )
    medians: dict[str, float] = {}
    for name, results in timings.items():
        medians[name] = statistics.median(results)
        low, high = min(results) * 1e6, max(results) * 1e6
        print(
            f"  {name:42s} {medians[name] * 1e6:9.2f} us"
            f"   (runs from {low:.2f} to {high:.2f})"
        )

    ours = "generated validate_response"

    def ratio(other: str) -> float:
        """Median over rounds of (other's time / ours), each round's pair timed
        back to back: steadier than a ratio of medians on a busy machine."""
        pairs = zip(timings[other], timings[ours])
        return statistics.median(theirs / mine for theirs, mine in pairs)

    speed_up = ratio("jsonschema Draft202012Validator.is_valid")
    of_fast = 1 / ratio("fastjsonschema.compile")
    met = {True: "met", False: "MISSED"}
    print()
    print(
        f"  {'vs jsonschema:':28s}{speed_up:6.1f}x faster"
        f" (target >= {SPEED_UP_OVER_JSONSCHEMA:.0f}x:"
        f" {met[speed_up >= SPEED_UP_OVER_JSONSCHEMA]})"
    )
    for label, name in (
        ("vs jsonschema + formats:", "jsonschema + FormatChecker"),
        ("vs jsonschema, same rules:", "jsonschema, same rules as ours"),
    ):
        print(f"  {label:28s}{ratio(name):6.1f}x faster")
    print(
        f"  {'vs fastjsonschema:':28s}{of_fast:6.2f}x its time"
        f" (target <= {MAX_TIME_OF_FASTJSONSCHEMA:.0f}x:"
        f" {met[of_fast <= MAX_TIME_OF_FASTJSONSCHEMA]})"
    )
    return 0


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    sys.exit(main())
