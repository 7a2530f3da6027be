"""Our side of every figure: the generated package ``generated.vod`` and the generator.

Each function returns a row; when a piece it needs is not there yet it returns
``Missing(..., "not available yet: <what is missing>")`` instead of failing the run. What
each figure needs from the generated package (the contract the benchmark relies on):

=====================  =================================================================
figure                 needs
=====================  =================================================================
import time            ``import generated.vod`` (run from the project root)
build and sign         ``generated.vod.VodClient(access_key_id=, access_key_secret=,
                       region_id=)`` and ``.get_ai_image_jobs(job_ids=[...])`` sending
                       through ``_runtime.http_sync.HttpTransport.send`` (replaced here
                       by a capture, as the peers' ``requests`` send is)
parse JSON / XML       ``generated.vod.models.GetAIImageJobsResponse.from_json(bytes)`` and
                       ``.from_xml(bytes)``
validate               ``generated.vod.validators.get_ai_image_jobs.validate_response(doc)``
                       returning the list of violations (empty when valid)
loopback sync / async  ``VodClient`` / ``AsyncVodClient`` accepting one of the endpoint
                       forms in ``endpoint_forms``
generation             ``python -m generator generate --spec spec --out DIR --no-cache``
generation scaling     ``python -m generator import-metadata API_DOCS --out DIR`` as well
=====================  =================================================================

If the generated package settles on other names, change them here: each figure's use of
ours is a few lines below.
"""

from __future__ import annotations

import asyncio
import importlib
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .inputs import PROJECT, SPEC
from .peers import capture_method, captured_request, patched
from .reading import read_every_field
from .report import Claim, Measured, Missing, Outcome
from .stats import Summary, marginal_costs
from .timing import (
    Plan,
    ProcessFailed,
    per_call,
    per_call_async,
    per_process,
    run_process,
)

PACKAGE = "generated.vod"
IMPORT_STATEMENT = f"import {PACKAGE}"
LABEL = "ours (generated.vod)"
GENERATOR_LABEL = "ours (python -m generator generate)"
JOB_IDS = ["job1", "job2"]
CREDENTIALS = {"access_key_id": "testid", "access_key_secret": "testsecret"}
API_DOCS = PROJECT.parent / "shared" / "data" / "vod-2017-03-21.api-docs.json"
SCALING_SIZES = (1, 10, 50, 170)


def endpoint_forms(port: int) -> tuple[dict[str, Any], ...]:
    """Ways of pointing our client at the loopback server, tried in this order."""
    return (
        {"endpoint": f"http://127.0.0.1:{port}"},
        {"endpoint": f"127.0.0.1:{port}", "scheme": "http"},
        {"endpoint": f"127.0.0.1:{port}", "protocol": "http"},
    )


class NotAvailable(Exception):
    """A piece of our package that a figure needs is missing."""


def _unavailable(label: str, reason: object) -> Missing:
    return Missing(label, f"not available yet: {reason}")


def _require(module: str, *attributes: str) -> Any:
    """``module.attr1.attr2…``, or :class:`NotAvailable` naming the first missing piece."""
    try:
        value: Any = importlib.import_module(module)
    except ModuleNotFoundError as error:
        raise NotAvailable(f"no module {error.name}") from error
    except Exception as error:  # a half-built package may fail in any way on import
        raise NotAvailable(f"import {module} failed: {type(error).__name__}: {error}")
    path = module
    for attribute in attributes:
        if not hasattr(value, attribute):
            raise NotAvailable(f"{path} has no {attribute}")
        value = getattr(value, attribute)
        path = f"{path}.{attribute}"
    return value


def _project_on_path() -> None:
    # ``generated/`` may not have existed when the project was installed editable, so
    # make sure the project root itself is importable.
    root = str(PROJECT)
    if root not in sys.path:
        sys.path.insert(0, root)


def available() -> str | None:
    """None when ``generated.vod`` imports, else why not."""
    _project_on_path()
    try:
        _require(PACKAGE)
    except NotAvailable as error:
        return str(error)
    return None


def build_and_sign(plan: Plan) -> Outcome:
    label = f"{LABEL}, to a wire-ready request"
    _project_on_path()
    try:
        transport = _require(f"{PACKAGE}._runtime.http_sync", "HttpTransport")
        client = _require(PACKAGE, "VodClient")(region_id="cn-shanghai", **CREDENTIALS)
        if not hasattr(client, "get_ai_image_jobs"):
            raise NotAvailable("VodClient has no get_ai_image_jobs")
    except (NotAvailable, ImportError, TypeError) as error:
        return _unavailable(label, error)

    def call() -> object:
        return client.get_ai_image_jobs(job_ids=JOB_IDS)

    with patched(transport, "send", capture_method):
        try:
            captured_request(call)
        except Exception as error:
            return _unavailable(label, f"{type(error).__name__}: {error}")
        summary = per_call(
            lambda: captured_request(call),
            samples=plan.samples,
            min_sample_seconds=plan.min_sample_seconds,
            max_loops=plan.max_loops,
        )
    return Measured(label, summary, "stops at the transport's send, HttpTransport.send")


def _parse(
    label: str, method: str, body: bytes, plan: Plan, read: bool = False
) -> Outcome:
    _project_on_path()
    try:
        decode = _require(f"{PACKAGE}.models", "GetAIImageJobsResponse", method)

        def parse(body: bytes) -> Any:
            parsed = decode(body)
            if read:
                read_every_field(parsed)
            return parsed

        parsed = parse(body)
    except NotAvailable as error:
        return _unavailable(label, error)
    except Exception as error:
        return _unavailable(label, f"{method} failed: {type(error).__name__}: {error}")
    if not getattr(parsed, "ai_image_job_list", None):
        return _unavailable(label, f"{method} returned no ai_image_job_list")
    summary = per_call(
        lambda: parse(body),
        samples=plan.samples,
        min_sample_seconds=plan.min_sample_seconds,
        max_loops=plan.max_loops,
    )
    return Measured(label, summary)


def parse_json(body: bytes, plan: Plan) -> Outcome:
    return _parse(f"{LABEL}: GetAIImageJobsResponse.from_json", "from_json", body, plan)


def parse_xml(body: bytes, plan: Plan) -> Outcome:
    return _parse(f"{LABEL}: GetAIImageJobsResponse.from_xml", "from_xml", body, plan)


# Nested members are decoded on first read: these rows show what reading them costs.
READ_SUFFIX = " + read every field"


def parse_json_read(body: bytes, plan: Plan) -> Outcome:
    label = f"{LABEL}: GetAIImageJobsResponse.from_json{READ_SUFFIX}"
    return _parse(label, "from_json", body, plan, read=True)


def parse_xml_read(body: bytes, plan: Plan) -> Outcome:
    label = f"{LABEL}: GetAIImageJobsResponse.from_xml{READ_SUFFIX}"
    return _parse(label, "from_xml", body, plan, read=True)


def validate(document: Any, plan: Plan) -> Outcome:
    label = f"{LABEL}: validate_response"
    _project_on_path()
    try:
        check = _require(f"{PACKAGE}.validators.get_ai_image_jobs", "validate_response")
        violations = check(document)
    except NotAvailable as error:
        return _unavailable(label, error)
    if violations:
        return _unavailable(label, f"rejects the documented example: {violations!r}")
    summary = per_call(
        lambda: check(document),
        samples=plan.samples,
        min_sample_seconds=plan.min_sample_seconds,
        max_loops=plan.max_loops,
    )
    return Measured(label, summary)


def _loopback_client(class_name: str, port: int) -> Any:
    factory = _require(PACKAGE, class_name)
    problems: list[str] = []
    for form in endpoint_forms(port):
        try:
            return factory(**CREDENTIALS, **form)
        except (TypeError, ValueError) as error:
            problems.append(f"{form}: {error}")
    raise NotAvailable(
        f"{class_name} takes no loopback endpoint: {'; '.join(problems)}"
    )


def loopback_sync(port: int, request_id: str, plan: Plan) -> Outcome:
    label = f"{LABEL}, sync"
    _project_on_path()
    try:
        client = _loopback_client("VodClient", port)
        answer = client.get_ai_image_jobs(job_ids=JOB_IDS)
    except NotAvailable as error:
        return _unavailable(label, error)
    except Exception as error:
        return _unavailable(label, f"call failed: {type(error).__name__}: {error}")
    if getattr(answer, "request_id", None) != request_id:
        return _unavailable(label, "the answer does not carry the served RequestId")
    try:
        summary = per_call(
            lambda: client.get_ai_image_jobs(job_ids=JOB_IDS),
            samples=plan.loopback_samples,
            min_sample_seconds=plan.loopback_min_sample_seconds,
            max_loops=plan.loopback_max_loops,
        )
    finally:
        close = getattr(client, "close", None)
        if close is not None:
            close()
    return Measured(label, summary)


def loopback_async(port: int, request_id: str, plan: Plan) -> Outcome:
    label = f"{LABEL}, async"
    _project_on_path()
    try:
        client = _loopback_client("AsyncVodClient", port)
    except NotAvailable as error:
        return _unavailable(label, error)

    async def call() -> Any:
        return await client.get_ai_image_jobs(job_ids=JOB_IDS)

    async def measure() -> Summary | str:
        try:
            try:
                answer = await call()
            except Exception as error:
                return f"call failed: {type(error).__name__}: {error}"
            if getattr(answer, "request_id", None) != request_id:
                return "the answer does not carry the served RequestId"
            return await per_call_async(
                call,
                samples=plan.loopback_samples,
                min_sample_seconds=plan.loopback_min_sample_seconds,
                max_loops=plan.loopback_max_loops,
            )
        finally:
            # Close in the loop that opened the connections.
            close = getattr(client, "aclose", None)
            if close is not None:
                await close()

    outcome = asyncio.run(measure())
    if isinstance(outcome, str):
        return _unavailable(label, outcome)
    return Measured(label, outcome)


@contextmanager
def _scratch(prefix: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _generate_argv(spec: Path, scratch: Path) -> Callable[[], Sequence[str]]:
    counter = iter(range(1_000_000))

    def argv() -> Sequence[str]:
        # A fresh output folder and no formatting cache each run: a cold generation.
        out = scratch / f"run{next(counter)}"
        return [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(out),
            "--no-cache",
        ]

    return argv


def generate(plan: Plan, spec: Path = SPEC) -> Outcome:
    with _scratch("bench-ours-gen-") as scratch:
        try:
            summary = per_process(
                _generate_argv(spec, scratch), runs=plan.generation_runs, cwd=PROJECT
            )
        except ProcessFailed as error:
            return _unavailable(GENERATOR_LABEL, f"generate failed: {error}")
    return Measured(GENERATOR_LABEL, summary, "whole process, cold, black formatting")


def _subset(spec_root: Path, size: int, into: Path) -> int:
    """Copy the service file and its first ``size`` operations; return how many."""
    services = sorted(spec_root.rglob("service.yaml"))
    if not services:
        raise NotAvailable("the importer wrote no service.yaml")
    service = services[0]
    operations = sorted((service.parent / "operations").glob("*.yaml"))[:size]
    target = into / service.parent.relative_to(spec_root)
    (target / "operations").mkdir(parents=True)
    shutil.copy2(service, target / "service.yaml")
    for operation in operations:
        shutil.copy2(operation, target / "operations" / operation.name)
    return len(operations)


def generation_scaling(plan: Plan) -> tuple[Outcome, tuple[Outcome, ...], Claim]:
    """Cold generation of 1/10/50/170 operations; the claim: marginal cost flat."""
    claim_text = "cost per operation flat for 1/10/50/170 operations"
    label = f"{GENERATOR_LABEL}, {max(SCALING_SIZES)} operations"
    if not API_DOCS.is_file():
        missing = _unavailable(label, f"{API_DOCS} is absent")
        return missing, (), Claim(claim_text, None)
    with _scratch("bench-ours-scale-") as scratch:
        imported = scratch / "imported"
        try:
            run_process(
                [
                    sys.executable,
                    "-m",
                    "generator",
                    "import-metadata",
                    str(API_DOCS),
                    "--out",
                    str(imported),
                ],
                cwd=PROJECT,
            )
            rows: list[Measured] = []
            points: list[tuple[int, float]] = []
            for size in SCALING_SIZES:
                subset = scratch / f"spec-{size}"
                count = _subset(imported, size, subset)
                summary = per_process(
                    _generate_argv(subset, scratch / f"out-{size}"),
                    runs=max(1, min(plan.generation_runs, 3)),
                    cwd=PROJECT,
                )
                points.append((count, summary.median))
                rows.append(
                    Measured(
                        f"{GENERATOR_LABEL}, {count} operations",
                        summary,
                        compared=False,
                    )
                )
        except (ProcessFailed, NotAvailable) as error:
            missing = _unavailable(label, error)
            return missing, (), Claim(claim_text, None)
    return rows[-1], tuple(rows[:-1]), _flatness(claim_text, points)


def _flatness(text: str, points: Sequence[tuple[int, float]]) -> Claim:
    costs = marginal_costs(points)
    if len(costs) < 2 or min(cost for _, cost in costs) <= 0:
        return Claim(text, None, "too few sizes to judge")
    spread = max(cost for _, cost in costs) / min(cost for _, cost in costs)
    detail = ", ".join(f"{size}: {cost * 1e3:.1f} ms/op" for size, cost in costs)
    return Claim(text, spread <= 1.5, f"marginal {detail}; max/min {spread:.2f} ≤ 1.5")
