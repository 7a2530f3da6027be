"""Side by side on the same OpenAPI documents: ``import-openapi`` + ``generate`` against
openapi-python-client. Figures only; nothing here passes or fails.

    python benchmarks/bench_openapi.py [--opc PATH-TO-openapi-python-client] [--calls N]

For each document of ``tests/openapi/documents``: operations generated, generation time
(ours: import and generate, formatting included; theirs: ``generate``), the generated
package's import time in a fresh interpreter, and for the pet shop one request's time on
loopback against our offline server (``show_pet_by_id``, the same server for both).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DOCUMENTS = PROJECT / "tests" / "openapi" / "documents"
sys.path.insert(0, str(PROJECT))


def _ours(document: Path, scratch: Path) -> tuple[float, int, str]:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "import-openapi",
            str(document),
            "--out",
            str(scratch / "spec"),
        ],
        cwd=PROJECT,
        check=False,
        capture_output=True,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(scratch / "spec"),
            "--out",
            str(scratch / "ours"),
            "--no-cache",
        ],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    elapsed = time.perf_counter() - started
    package = next(
        p.name for p in (scratch / "ours").iterdir() if (p / "client.py").is_file()
    )
    operations = len(list((scratch / "ours" / package / "operations").glob("[!_]*.py")))
    return elapsed, operations, f"ours.{package}"


def _theirs(opc: str, document: Path, scratch: Path) -> tuple[float, int, str] | None:
    started = time.perf_counter()
    done = subprocess.run(
        [
            opc,
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(scratch / "theirs_project"),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        print(f"  openapi-python-client failed: {done.stderr.strip()[:300]}")
        return None
    root = scratch / "theirs_project"
    modules = [p for p in (root / "api").rglob("*.py") if p.name != "__init__.py"]
    shutil.move(str(root), str(scratch / "theirs"))
    return elapsed, len(modules), "theirs"


def _import_time(scratch: Path, module: str, repeats: int = 5) -> float:
    code = (
        "import time; t = time.perf_counter(); import importlib;"
        f" importlib.import_module({module!r}); print(time.perf_counter() - t)"
    )
    times = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=scratch,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(done.stdout))
    return statistics.median(times)


def _loopback(scratch: Path, ours: str, theirs: bool, calls: int) -> dict[str, float]:
    """Median seconds per ``show_pet_by_id`` against ``loopback_server.py`` (its own
    process, one fixed answer, kept-alive connections), our client and theirs."""
    body = scratch / "pet.json"
    body.write_text('{"id": 7, "name": "Rex", "tag": "dog"}')
    server = subprocess.Popen(
        [sys.executable, str(PROJECT / "benchmarks" / "loopback_server.py"), str(body)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    endpoint = f"http://127.0.0.1:{port}"
    script = f"""
import json, statistics, sys, time
sys.path.insert(0, {str(scratch)!r})
from {ours} import PetShopClient
results = {{}}
def timed(call):
    for _ in range(50): call()
    t = []
    for _ in range({calls}):
        s = time.perf_counter(); call(); t.append(time.perf_counter() - s)
    return statistics.median(t)
with PetShopClient(endpoint={endpoint!r}) as client:
    results["ours"] = timed(lambda: client.show_pet_by_id(pet_id="7"))
if {theirs!r}:
    from theirs import Client
    from theirs.api.pets import show_pet_by_id
    with Client(base_url={endpoint!r} + "/v1") as client:
        results["theirs"] = timed(lambda: show_pet_by_id.sync(client=client, pet_id="7"))
print(json.dumps(results))
"""
    try:
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=True
        )
    finally:
        server.terminate()
        server.wait()
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--opc", default=shutil.which("openapi-python-client"))
    parser.add_argument("--calls", type=int, default=500)
    arguments = parser.parse_args()
    documents = [DOCUMENTS / "petstore.yaml", DOCUMENTS / "features" / "openapi.yaml"]
    for document in documents:
        with tempfile.TemporaryDirectory() as folder:
            scratch = Path(folder)
            print(f"{document.relative_to(PROJECT)}")
            seconds, count, ours = _ours(document, scratch)
            print(
                f"  ours:   {count} operations, generated in {seconds:.2f} s,"
                f" import {_import_time(scratch, ours) * 1000:.1f} ms"
            )
            theirs = (
                _theirs(arguments.opc, document, scratch) if arguments.opc else None
            )
            if theirs is not None:
                seconds, count, name = theirs
                print(
                    f"  theirs: {count} operations, generated in {seconds:.2f} s,"
                    f" import {_import_time(scratch, name) * 1000:.1f} ms"
                )
            if document.name == "petstore.yaml":
                env_ok = theirs is not None and _has_httpx()
                figures = _loopback(scratch, ours, env_ok, arguments.calls)
                shown = ", ".join(f"{k} {v * 1e6:.0f} µs" for k, v in figures.items())
                print(
                    f"  one show_pet_by_id on loopback (median of {arguments.calls}): {shown}"
                )


def _has_httpx() -> bool:
    try:
        import httpx  # noqa: F401
        import attrs  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    main()
