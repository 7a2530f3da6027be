"""Figures that look like production: a 100-instance ECS page parsed into models, 1,000
async calls with 100 in flight, 32 threads sharing one sync client, and the memory a
client and parsed answers hold; ours beside the Tea SDK in each.
"""

from __future__ import annotations

import atexit
import gc
import json
import shutil
import statistics
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from . import large_answer, load, ours
from .environment import not_installed_reason
from .figures import Context, guarded
from .loopback import serving, without_proxies
from .ours import READ_SUFFIX
from .peers import tea
from .reading import read_every_field
from .report import Claim, Figure, Measured, Missing, Outcome, Target
from .stats import Summary
from .timing import per_call

ECS_TEA = "alibabacloud-ecs20140526"
ECS_TEA_LABEL = f"Tea SDK ({ECS_TEA})"
OURS_ECS = "ours (generated ECS, DescribeInstances)"
ASYNC_CALLS = 1000
IN_FLIGHT = 100
THREADS = 32


@cache
def _ecs() -> tuple[Any, large_answer.Page]:
    """Our generated ECS models (a scratch package) and the page, made once per run."""
    scratch = Path(tempfile.mkdtemp(prefix="bench-ecs-"))
    # The generated package stays importable for the whole run, then goes.
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    try:
        root = large_answer.generate_client(scratch)
        sys.path.insert(0, str(root))
        from importlib import import_module

        models = import_module(f"{large_answer.PACKAGE}.ecs.models")
        models.DescribeInstancesResponse.from_json(b"{}")  # load it before timing
    except Exception:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return models, large_answer.build_page()


def _timed(
    label: str, call: Callable[[], object], ctx: Context, note: str = ""
) -> Measured:
    summary = per_call(
        call,
        samples=ctx.plan.samples,
        min_sample_seconds=ctx.plan.min_sample_seconds,
        max_loops=ctx.plan.max_loops,
    )
    return Measured(label, summary, note)


def _tea_ecs_models() -> Any:
    from alibabacloud_ecs20140526 import models

    return models


def _check_ours(parsed: Any, page: large_answer.Page) -> None:
    instances = parsed.instances.instance
    if len(instances) != page.instances or parsed.request_id != page.request_id:
        raise RuntimeError("our DescribeInstances model does not hold the page")
    if not instances[-1].instance_id.endswith(f"-{page.instances - 1:04d}"):
        raise RuntimeError("the last instance's id was not read")


def large_parse(ctx: Context) -> list[Figure]:
    if not large_answer.API_DOCS.is_file():
        reason = f"not available: {large_answer.API_DOCS} is absent"
        return [
            Figure(title, "—", Missing(OURS_ECS, reason))
            for title in (
                "Parse a 100-instance page, JSON",
                "Parse a 100-instance page, XML",
            )
        ]
    models, page = _ecs()
    response = models.DescribeInstancesResponse
    _check_ours(response.from_json(page.json_body), page)
    _check_ours(response.from_xml(page.xml_body), page)
    body, xml_body = page.json_body, page.xml_body
    bare_label = "json.loads (bare, stdlib)"
    ours_json = guarded(
        OURS_ECS,
        lambda: _timed(
            f"{OURS_ECS}: DescribeInstancesResponse.from_json",
            lambda: response.from_json(body),
            ctx,
        ),
    )
    bare = guarded(
        bare_label, lambda: _timed(bare_label, lambda: json.loads(body), ctx)
    )
    read_label = f"{OURS_ECS}: DescribeInstancesResponse.from_json{READ_SUFFIX}"
    ours_json_read = guarded(
        read_label,
        lambda: _timed(
            read_label, lambda: read_every_field(response.from_json(body)), ctx
        ),
    )

    def tea_json() -> Outcome:
        try:
            tea_models = _tea_ecs_models()
        except ImportError as error:
            return Missing(ECS_TEA_LABEL, not_installed_reason(ECS_TEA, error))

        def call() -> Any:
            return tea_models.DescribeInstancesResponseBody().from_map(json.loads(body))

        parsed = call()
        if len(parsed.instances.instance) != page.instances:
            raise RuntimeError("Tea SDK did not parse the page")
        return _timed(f"{ECS_TEA_LABEL}: json.loads + from_map", call, ctx)

    tea_row = guarded(ECS_TEA_LABEL, tea_json)
    size = f"{len(body) / 1e6:.2f} MB"
    json_figure = Figure(
        title="Parse a 100-instance DescribeInstances page, JSON",
        measures=(
            f"seconds per page: ECS DescribeInstances, {page.instances} instances built"
            f" from the documented example, every inner list ×{large_answer.LIST_FACTOR}"
            f" ({size} of compact JSON, as bytes), into models."
        ),
        ours=ours_json,
        peers=(tea_row, bare, ours_json_read),
        targets=(
            Target(tea_row.label, 1.0, "faster", strict=True),
            Target(bare_label, 1.2, "≤1.2× bare json.loads"),
        ),
        notes=(
            "Ours: an ECS client generated from `../shared/data/ecs-2014-05-26.api-docs.json`"
            " (DescribeInstances only) into a scratch folder for the run.",
            "Ours decodes nested objects and lists on their first read: the row"
            " 'read every field' parses and then reads each declared field of every"
            " model, the cost parsing leaves to reading.",
        ),
    )
    ours_xml = guarded(
        OURS_ECS,
        lambda: _timed(
            f"{OURS_ECS}: DescribeInstancesResponse.from_xml",
            lambda: response.from_xml(xml_body),
            ctx,
        ),
    )
    defused = "defusedxml.ElementTree.fromstring (bare)"
    xml_read_label = f"{OURS_ECS}: DescribeInstancesResponse.from_xml{READ_SUFFIX}"

    def bare_xml() -> Outcome:
        from defusedxml.ElementTree import fromstring

        return _timed(defused, lambda: fromstring(xml_body), ctx, "element tree only")

    xml_figure = Figure(
        title="Parse a 100-instance DescribeInstances page, XML",
        measures=(
            f"seconds per page: the same page in Alibaba's XML form"
            f" ({len(xml_body) / 1e6:.2f} MB), into models."
        ),
        ours=ours_xml,
        peers=(
            Missing(
                ECS_TEA_LABEL,
                "cannot: forces JSON; its XML helper drops one-item lists",
            ),
            guarded(defused, bare_xml),
            guarded(
                xml_read_label,
                lambda: _timed(
                    xml_read_label,
                    lambda: read_every_field(response.from_xml(xml_body)),
                    ctx,
                ),
            ),
        ),
        claims=(
            Claim(
                "XML parsed into typed models (ours only; the Tea SDK cannot)",
                True if isinstance(ours_xml, Measured) else None,
            ),
        ),
    )
    return [json_figure, xml_figure]


# --- calls at scale ----------------------------------------------------------------


def _rounds(ctx: Context) -> int:
    return 2 if ctx.plan.samples < 10 else 5


def _load_row(label: str, runs: list[load.Run], peak: int | None) -> Measured:
    return Measured(
        label, Summary.of([run.per_call for run in runs]), load.describe(runs, peak)
    )


def _answers_claim(rows: dict[str, list[load.Run]]) -> Claim:
    wrong = {side: sum(run.wrong for run in runs) for side, runs in rows.items()}
    detail = ", ".join(f"{side}: {count}" for side, count in wrong.items())
    return Claim(
        "no lost, duplicated or crossed answer (checked by request id)",
        wrong.get("ours", 1) == 0,
        f"wrong answers {detail}",
    )


def concurrent(ctx: Context) -> list[Figure]:
    """Both load figures against one echoing server; ours and Tea's rounds interleaved
    so that the machine's other work hits both alike."""
    from .inputs import load_examples

    body = load_examples().json_body
    rounds = _rounds(ctx)
    async_runs: dict[str, list[load.Run]] = {"ours": [], "tea": []}
    peaks: dict[str, list[int]] = {"ours": [], "tea": []}
    thread_runs: dict[str, list[load.Run]] = {"ours": [], "tea": []}
    errors: dict[str, str] = {}
    per_thread = 10 if ctx.plan.samples < 10 else 30
    with without_proxies(), serving(body, echo_job_ids=True) as port:
        for _ in range(rounds):
            for side in ("ours", "tea"):
                if f"async {side}" in errors:
                    continue
                try:
                    runs, peak = load.measure_async(
                        side, port, ASYNC_CALLS, IN_FLIGHT, 1
                    )
                except Exception as error:
                    errors[f"async {side}"] = f"error: {type(error).__name__}: {error}"
                    continue
                async_runs[side].extend(runs)
                peaks[side].append(peak)
        for _ in range(rounds):
            for side in ("ours", "tea"):
                if f"threads {side}" in errors:
                    continue
                try:
                    thread_runs[side].extend(
                        load.measure_threads(side, port, THREADS, per_thread, 1)
                    )
                except Exception as error:
                    errors[f"threads {side}"] = (
                        f"error: {type(error).__name__}: {error}"
                    )

    def row(
        kind: str, side: str, label: str, runs: dict[str, list[load.Run]]
    ) -> Outcome:
        if f"{kind} {side}" in errors:
            return Missing(label, errors[f"{kind} {side}"])
        peak = int(statistics.median(peaks[side])) if kind == "async" else None
        return _load_row(label, runs[side], peak)

    tea_async_label = (
        f"{tea.LABEL}, async (new aiohttp session per call, as the SDK does)"
    )
    tea_threads_label = f"{tea.LABEL}, one client shared by {THREADS} threads"
    async_figure = Figure(
        title=f"{ASYNC_CALLS:,} async calls, up to {IN_FLIGHT} in flight",
        measures=(
            f"wall time of {ASYNC_CALLS:,} calls from one event loop, at most {IN_FLIGHT}"
            " awaiting at once (a semaphore), divided by the calls: seconds per call, so"
            " the ratio is the ratio of throughputs; against the loopback server (its own"
            f" process), {rounds} bursts per side, ours and Tea's interleaved. Peak memory:"
            " tracemalloc's peak over one more burst."
        ),
        ours=row("async", "ours", f"{ours.LABEL}, one AsyncVodClient", async_runs),
        peers=(row("async", "tea", tea_async_label, async_runs),),
        targets=(Target(tea_async_label, 1 / 3, "≥3× Tea's throughput"),),
        claims=(_answers_claim(async_runs),),
    )
    threads_figure = Figure(
        title=f"{THREADS} threads sharing one sync client",
        measures=(
            f"wall time of {THREADS} threads × {per_thread} calls through one shared"
            " client, divided by the calls (seconds per call; the ratio is the ratio of"
            f" throughputs); {rounds} bursts per side, interleaved."
        ),
        ours=row("threads", "ours", f"{ours.LABEL}, one VodClient", thread_runs),
        peers=(row("threads", "tea", tea_threads_label, thread_runs),),
        targets=(Target(tea_threads_label, 0.5, "≥2× Tea's throughput"),),
        claims=(_answers_claim(thread_runs),),
    )
    return [async_figure, threads_figure]


# --- memory ------------------------------------------------------------------------


def _traced(build: Callable[[], object], samples: int = 3) -> Summary:
    """Bytes still allocated (tracemalloc) by what ``build`` returns, kept alive."""
    sizes = []
    for _ in range(samples):
        gc.collect()
        tracemalloc.start()
        try:
            kept = build()
            gc.collect()
            sizes.append(float(tracemalloc.get_traced_memory()[0]))
        finally:
            tracemalloc.stop()
        del kept
    return Summary.of(sizes)


def memory(ctx: Context) -> list[Figure]:
    from .inputs import load_examples

    body = load_examples().json_body
    ours._project_on_path()
    from generated.vod import VodClient
    from generated.vod.models import GetAIImageJobsResponse

    figures: list[Figure] = []
    with without_proxies(), serving(body) as port:

        def our_client() -> object:
            client = VodClient(**load.CREDENTIALS, endpoint=f"http://127.0.0.1:{port}")
            client.get_ai_image_jobs(job_ids=["j"])
            return client

        def tea_client() -> object:
            client = load.tea_client(port)
            client.get_aiimage_jobs(load._tea_request("j"))
            return client

        tea_label = f"{tea.LABEL}, a client after one call"
        figures.append(
            Figure(
                title="Memory held by a client",
                measures=(
                    "bytes still allocated (tracemalloc) by a new sync client after one"
                    " loopback call, modules already imported."
                ),
                unit="B",
                ours=guarded(
                    ours.LABEL,
                    lambda: Measured(
                        f"{ours.LABEL}, a VodClient after one call", _traced(our_client)
                    ),
                ),
                peers=(
                    guarded(
                        tea_label, lambda: Measured(tea_label, _traced(tea_client))
                    ),
                ),
            )
        )

    def tea_pages() -> Outcome:
        from alibabacloud_vod20170321 import models

        return Measured(
            f"{tea.LABEL}: json.loads + from_map",
            _traced(
                lambda: [
                    models.GetAIImageJobsResponseBody().from_map(json.loads(body))
                    for _ in range(1000)
                ]
            ),
        )

    pages_bare = "json.loads (bare dicts)"
    figures.append(
        Figure(
            title="Memory held by 1,000 parsed answers",
            measures=(
                f"bytes still allocated (tracemalloc) by 1,000 parsed copies of the"
                f" documented GetAIImageJobs answer ({len(body)} bytes each)."
            ),
            unit="B",
            ours=guarded(
                ours.LABEL,
                lambda: Measured(
                    f"{ours.LABEL}: GetAIImageJobsResponse.from_json",
                    _traced(
                        lambda: [
                            GetAIImageJobsResponse.from_json(body) for _ in range(1000)
                        ]
                    ),
                ),
            ),
            peers=(
                guarded(tea.LABEL, tea_pages),
                Measured(
                    pages_bare,
                    _traced(lambda: [json.loads(body) for _ in range(1000)]),
                    compared=False,
                ),
            ),
        )
    )
    if large_answer.API_DOCS.is_file():
        models, page = _ecs()

        def tea_page() -> Outcome:
            tea_models = _tea_ecs_models()
            return Measured(
                f"{ECS_TEA_LABEL}: json.loads + from_map",
                _traced(
                    lambda: tea_models.DescribeInstancesResponseBody().from_map(
                        json.loads(page.json_body)
                    )
                ),
            )

        figures.append(
            Figure(
                title="Memory held by one parsed 100-instance page",
                measures="bytes still allocated (tracemalloc) by one parsed DescribeInstances page.",
                unit="B",
                ours=guarded(
                    OURS_ECS,
                    lambda: Measured(
                        f"{OURS_ECS}: from_json",
                        _traced(
                            lambda: models.DescribeInstancesResponse.from_json(
                                page.json_body
                            )
                        ),
                    ),
                ),
                peers=(
                    guarded(ECS_TEA_LABEL, tea_page),
                    guarded(
                        OURS_ECS,
                        lambda: Measured(
                            f"{OURS_ECS}: from_json{READ_SUFFIX}",
                            _traced(
                                lambda: _read(
                                    models.DescribeInstancesResponse.from_json(
                                        page.json_body
                                    )
                                )
                            ),
                            compared=False,
                        ),
                    ),
                    Measured(
                        "json.loads (bare dicts)",
                        _traced(lambda: json.loads(page.json_body)),
                        compared=False,
                    ),
                ),
            )
        )
    return figures


def _read(parsed: Any) -> Any:
    """The parsed answer after every field was read (and decoded): what it then holds."""
    read_every_field(parsed)
    return parsed


def scale_figures(ctx: Context) -> list[Figure]:
    return [*large_parse(ctx), *concurrent(ctx), *memory(ctx)]
