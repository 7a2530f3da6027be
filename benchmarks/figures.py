"""One function per figure: each runs ours and the peers and returns a :class:`Figure`.

Adding our side to a figure is a change in ``ours.py``; the rows, ratios and targets here
already expect it.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from . import catalog, ours
from .environment import not_installed_reason
from .inputs import PROJECT, Examples, openapi_document, response_schema
from .loopback import served, serving, without_proxies
from .peers import codegen, legacy, tea, validators
from .report import Claim, Figure, Measured, Missing, Outcome, Target
from .timing import Plan, ProcessFailed, per_call, per_process, run_process

T = TypeVar("T")

REFERENCE = "`../shared/reference/alibaba-rpc.md` (another machine)"


@dataclass(frozen=True)
class Context:
    plan: Plan
    examples: Examples


def guarded(label: str, measure: Callable[[], T]) -> T | Missing:
    """Run one row; an unexpected failure becomes that row's reason, not the run's end."""
    try:
        return measure()
    except Exception as error:
        return Missing(label, f"error: {type(error).__name__}: {error}")


def _outcome(label: str, measure: Callable[[], Outcome]) -> Outcome:
    return guarded(label, measure)


# --- import time -------------------------------------------------------------------


def _import_row(
    label: str,
    statement: str,
    baseline: Measured,
    modules_before: int,
    ctx: Context,
    missing: Callable[[ProcessFailed], str],
) -> Outcome:
    python = sys.executable
    try:
        count = run_process(
            [python, "-c", f"{statement}; import sys; print(len(sys.modules))"],
            cwd=PROJECT,
        )
        summary = per_process(
            [python, "-c", statement], runs=ctx.plan.import_runs, cwd=PROJECT
        )
    except ProcessFailed as error:
        return Missing(label, missing(error))
    modules = int(count.strip()) - modules_before
    return Measured(
        label,
        summary.shifted(-baseline.summary.median),
        f"`{statement}`, +{modules} modules",
    )


def import_time(ctx: Context) -> Figure:
    python = sys.executable
    empty = per_process([python, "-c", "pass"], runs=ctx.plan.import_runs, cwd=PROJECT)
    modules_before = int(
        run_process([python, "-c", "import sys; print(len(sys.modules))"], cwd=PROJECT)
    )
    baseline = Measured(
        "empty interpreter (`python -c pass`), whole process",
        empty,
        "subtracted from the rows above",
        compared=False,
    )

    def row(
        label: str, statement: str, missing: Callable[[ProcessFailed], str]
    ) -> Outcome:
        return _outcome(
            label,
            lambda: _import_row(
                label, statement, baseline, modules_before, ctx, missing
            ),
        )

    ours_row = row(
        ours.LABEL, ours.IMPORT_STATEMENT, lambda error: f"not available yet: {error}"
    )
    tea_row = row(
        f"{tea.LABEL} client module",
        tea.IMPORT_STATEMENT,
        lambda error: not_installed_reason(tea.DIST, error),
    )
    legacy_row = row(
        f"{legacy.LABEL}: core client + request class",
        legacy.IMPORT_STATEMENT,
        lambda error: not_installed_reason(legacy.DIST, error),
    )
    return Figure(
        title="Import time",
        measures=(
            f'whole-process wall time of `python -c "import …"` ({ctx.plan.import_runs}'
            " runs, one untimed warm-up so bytecode caches exist) minus the empty"
            " interpreter's median."
        ),
        ours=ours_row,
        peers=(tea_row, legacy_row, baseline),
        targets=(Target(tea_row.label, 0.1, "≥10× faster"),),
        notes=(
            f"Reference {REFERENCE}: Tea client module ≈0.72 s, older SDK ≈0.18 s.",
        ),
    )


# --- build and sign ----------------------------------------------------------------


def build_and_sign(ctx: Context) -> Figure:
    ours_row = _outcome(ours.LABEL, lambda: ours.build_and_sign(ctx.plan))
    tea_rows: tuple[Outcome, ...]
    try:
        tea_rows = tea.build_and_sign(ctx.plan)
    except Exception as error:
        tea_rows = (
            Missing(f"{tea.LABEL}, to a wire-ready request", f"error: {error}"),
        )
    legacy_row = _outcome(legacy.LABEL, lambda: legacy.build_and_sign(ctx.plan))
    return Figure(
        title="Build and sign one request (no network)",
        measures=(
            "seconds per call, from a new request object to the signed request handed to"
            " the HTTP library's send method, which is replaced by a capture so nothing"
            " leaves the process; JobIds `job1,job2`, static AccessKey."
        ),
        ours=ours_row,
        peers=(*tea_rows, legacy_row),
        targets=(Target(tea_rows[0].label, 0.2, "≥5× faster"),),
        notes=(
            "Tea: `requests.Session.send` replaced for the figure; its second row stops"
            " earlier, at `DaraCore.do_action`. Older SDK: the vendored"
            " `aliyunsdkcore.vendored.requests.Session.send` replaced. Ours:"
            " its transport's `HttpTransport.send` replaced.",
            f"Reference {REFERENCE}: Tea ≈138 µs, older SDK ≈400 µs per call.",
        ),
    )


# --- parsing -----------------------------------------------------------------------


def parse_json(ctx: Context) -> Figure:
    body = ctx.examples.json_body
    bare_label = "json.loads (bare, stdlib)"

    def bare() -> Outcome:
        summary = per_call(
            lambda: json.loads(body),
            samples=ctx.plan.samples,
            min_sample_seconds=ctx.plan.min_sample_seconds,
            max_loops=ctx.plan.max_loops,
        )
        return Measured(bare_label, summary)

    ours_row = _outcome(ours.LABEL, lambda: ours.parse_json(body, ctx.plan))
    bare_row = _outcome(bare_label, bare)
    tea_row = _outcome(tea.LABEL, lambda: tea.parse_json(body, ctx.plan))
    read_row = _outcome(ours.LABEL, lambda: ours.parse_json_read(body, ctx.plan))
    return Figure(
        title="Parse the documented JSON response",
        measures=f"seconds per call on the documented JSON example ({len(body)} bytes, as bytes).",
        ours=ours_row,
        peers=(tea_row, bare_row, read_row),
        targets=(
            Target(tea_row.label, 1.0, "faster", strict=True),
            Target(bare_label, 2.0, "≤2× bare json.loads"),
        ),
        notes=(
            "The older SDK returns the raw bytes; parsing is left to the caller.",
            "Ours decodes nested objects and lists on their first read: the row"
            " 'read every field' parses and then reads each declared field of every"
            " model (JSON-in-string fields as their text, as Tea leaves them).",
            f"Reference {REFERENCE}: Tea ≈19 µs, of which json.loads ≈13 µs.",
        ),
    )


def parse_xml(ctx: Context) -> Figure:
    body = ctx.examples.xml_body

    def tree(label: str, module: str) -> Outcome:
        try:
            parse: Any = __import__(module, fromlist=["fromstring"]).fromstring
        except ImportError as error:
            return Missing(label, not_installed_reason(module.split(".")[0], error))
        summary = per_call(
            lambda: parse(body),
            samples=ctx.plan.samples,
            min_sample_seconds=ctx.plan.min_sample_seconds,
            max_loops=ctx.plan.max_loops,
        )
        return Measured(label, summary, "element tree only, no typed values")

    ours_row = _outcome(ours.LABEL, lambda: ours.parse_xml(body, ctx.plan))
    read_row = _outcome(ours.LABEL, lambda: ours.parse_xml_read(body, ctx.plan))
    etree_label = "xml.etree.ElementTree.fromstring (bare)"
    defused_label = "defusedxml.ElementTree.fromstring (bare)"
    return Figure(
        title="Parse the documented XML response",
        measures=f"seconds per call on the documented XML example ({len(body)} bytes).",
        ours=ours_row,
        peers=(
            Missing(
                tea.LABEL, "cannot: forces JSON; its XML helper drops one-item lists"
            ),
            Missing(legacy.LABEL, "cannot: returns the raw bytes"),
            read_row,
            _outcome(etree_label, lambda: tree(etree_label, "xml.etree.ElementTree")),
            _outcome(
                defused_label, lambda: tree(defused_label, "defusedxml.ElementTree")
            ),
        ),
        claims=(
            Claim(
                "XML parsed into typed models (ours only; official SDKs cannot)",
                True if isinstance(ours_row, Measured) else None,
            ),
        ),
        notes=("The bare parsers are context: they build an element tree, no model.",),
    )


# --- validation --------------------------------------------------------------------


def validate(ctx: Context) -> Figure:
    chosen, schema = response_schema()
    document = json.loads(ctx.examples.json_body)
    ours_row = _outcome(ours.LABEL, lambda: ours.validate(document, ctx.plan))
    jsonschema_row = _outcome(
        validators.JSONSCHEMA,
        lambda: validators.jsonschema_is_valid(schema, document, ctx.plan),
    )
    fast_row = _outcome(
        validators.FASTJSONSCHEMA,
        lambda: validators.fastjsonschema_validate(schema, document, ctx.plan),
    )
    return Figure(
        title="Validate the documented JSON response",
        measures="seconds per call, validating the decoded documented JSON example.",
        ours=ours_row,
        peers=(jsonschema_row, fast_row),
        targets=(
            Target(validators.JSONSCHEMA, 0.05, "≥20× faster"),
            Target(validators.FASTJSONSCHEMA, 2.0, "within 2×"),
        ),
        notes=(f"Schema: {chosen.describe()}.",),
    )


# --- loopback round trips ----------------------------------------------------------


def loopback(ctx: Context) -> tuple[Figure, Figure]:
    request_id = str(json.loads(ctx.examples.json_body)["RequestId"])
    plan = ctx.plan
    with without_proxies(), serving(ctx.examples.json_body) as port:

        def counted(label: str, measure: Callable[[], Outcome]) -> Outcome:
            # The server's counters show whether the client reused its connection.
            requests_before, connections_before = served(port)
            row = _outcome(label, measure)
            requests_after, connections_after = served(port)
            if not isinstance(row, Measured):
                return row
            connections = connections_after - connections_before
            counts = (
                f"{connections} connection{'' if connections == 1 else 's'} for"
                f" {requests_after - requests_before} requests"
            )
            note = f"{row.note}; {counts}" if row.note else counts
            return dataclasses.replace(row, note=note)

        sync_rows = (
            counted(ours.LABEL, lambda: ours.loopback_sync(port, request_id, plan)),
            counted(tea.LABEL, lambda: tea.loopback_sync(port, request_id, plan)),
            counted(legacy.LABEL, lambda: legacy.loopback_sync(port, request_id, plan)),
        )
        async_rows = (
            counted(ours.LABEL, lambda: ours.loopback_async(port, request_id, plan)),
            counted(tea.LABEL, lambda: tea.loopback_async(port, request_id, plan)),
        )
    measures = (
        "seconds per call, one call at a time, against a local HTTP/1.1 keep-alive server"
        " (its own process, 127.0.0.1) answering every request with the documented JSON"
        " example; clients are created once so connections can be reused."
    )
    sync = Figure(
        title="Loopback round trip, sync",
        measures=measures,
        ours=sync_rows[0],
        peers=sync_rows[1:],
        targets=(Target(sync_rows[1].label, 0.4, "≥2.5× faster"),),
        notes=(f"Reference {REFERENCE}: Tea ≈1.5 ms, older SDK ≈1.9 ms per call.",),
    )
    asynchronous = Figure(
        title="Loopback round trip, async",
        measures=measures,
        ours=async_rows[0],
        peers=(*async_rows[1:], Missing(legacy.LABEL, "cannot: has no async API")),
        targets=(Target(async_rows[1].label, 0.4, "≥2.5× faster"),),
    )
    return sync, asynchronous


# --- generation --------------------------------------------------------------------


def generation(ctx: Context) -> Figure:
    document = openapi_document()
    ours_row = _outcome(ours.GENERATOR_LABEL, lambda: ours.generate(ctx.plan))
    peer_row = _outcome(codegen.LABEL, lambda: codegen.generate(document, ctx.plan))
    return Figure(
        title="Generation time, cold",
        measures=(
            f"whole-process wall time ({ctx.plan.generation_runs} runs after one untimed"
            " warm-up), a fresh empty output folder and no generator cache each run."
        ),
        ours=ours_row,
        peers=(peer_row,),
        targets=(Target(codegen.LABEL, 0.6, "≤0.6× its time"),),
        notes=(
            f"openapi-python-client input: {document.describe()}; ours: `spec/`.",
            "openapi-python-client flags: `generate --path DOC --output-path TMP/client"
            " --overwrite --meta none`, with the bench venv's `bin/` on PATH so its ruff"
            " hooks run.",
        ),
    )


def generation_scaling(ctx: Context) -> Figure:
    largest, others, claim = ours.generation_scaling(ctx.plan)
    return Figure(
        title="Generation time by number of operations (ours only)",
        measures=(
            "whole-process cold generation of the first 1/10/50/170 operations imported"
            " from the VOD api-docs metadata; marginal cost per operation = (t(N) − t(1))"
            " / (N − 1)."
        ),
        ours=largest,
        peers=others,
        claims=(claim,),
    )


def _scale(ctx: Context) -> list[Figure]:
    from .scale_figures import scale_figures  # it builds on this module's Context

    return scale_figures(ctx)


def all_figures(ctx: Context, only: set[str] | None = None) -> list[Figure]:
    """Every figure, in report order; ``only`` keeps the named groups."""
    groups: list[tuple[str, Callable[[Context], list[Figure]]]] = [
        ("import", lambda c: [import_time(c)]),
        ("sign", lambda c: [build_and_sign(c)]),
        ("parse", lambda c: [parse_json(c), parse_xml(c)]),
        ("validate", lambda c: [validate(c)]),
        ("loopback", lambda c: list(loopback(c))),
        ("generate", lambda c: [generation(c), generation_scaling(c)]),
        ("scale", _scale),
        ("catalog", lambda c: catalog.catalog_figures(c.plan)),
    ]
    figures: list[Figure] = []
    for name, run in groups:
        if only is None or name in only:
            print(f"measuring: {name} ...", flush=True)
            figures.extend(run(ctx))
    return figures


GROUPS = (
    "import",
    "sign",
    "parse",
    "validate",
    "loopback",
    "generate",
    "scale",
    "catalog",
)
