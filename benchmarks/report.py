"""What a figure is (ours, the peers, the targets) and how it is written as Markdown."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .stats import Summary


@dataclass(frozen=True)
class Measured:
    label: str
    summary: Summary
    note: str = ""
    # False for rows that are context (another size, a bare baseline) rather than a rival
    # whose speed ours is compared with.
    compared: bool = True


@dataclass(frozen=True)
class Missing:
    """A row without a figure, and why: "not installed: …", "not available yet: …"."""

    label: str
    reason: str


Outcome = Measured | Missing


@dataclass(frozen=True)
class Target:
    """Ours must take at most ``max_ratio`` times the peer's median time.

    "≥10× faster" is ``max_ratio=0.1``; "within 2×" is ``2.0``; "faster" is ``1.0`` with
    ``strict`` set.
    """

    peer: str
    max_ratio: float
    text: str
    strict: bool = False


@dataclass(frozen=True)
class Claim:
    """A target about ours alone, judged by the figure function that measured it."""

    text: str
    met: bool | None
    detail: str = ""


@dataclass(frozen=True)
class Figure:
    title: str
    measures: str
    ours: Outcome
    peers: tuple[Outcome, ...] = ()
    targets: tuple[Target, ...] = ()
    claims: tuple[Claim, ...] = ()
    notes: tuple[str, ...] = field(default=())
    # "s" for seconds per unit of work, "B" for bytes held; less is better for both.
    unit: str = "s"


def speedup(ours: Outcome, peer: Outcome) -> float | None:
    """How many times faster ours is than ``peer`` (peer median ÷ ours median)."""
    if not isinstance(ours, Measured) or not isinstance(peer, Measured):
        return None
    if ours.summary.median <= 0:
        return None
    return peer.summary.median / ours.summary.median


def judge(ours: Outcome, peer: Outcome | None, target: Target) -> str:
    """ "yes", "no", or "n/a (…)" when one side has no figure."""
    if not isinstance(ours, Measured):
        return "n/a (ours not available)"
    if not isinstance(peer, Measured):
        return "n/a (peer has no figure)"
    limit = target.max_ratio * peer.summary.median
    met = ours.summary.median < limit if target.strict else ours.summary.median <= limit
    return "yes" if met else "no"


def format_seconds(seconds: float) -> str:
    """Three significant digits in the unit that suits the magnitude."""
    magnitude = abs(seconds)
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6)):
        if magnitude >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def format_bytes(size: float) -> str:
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if abs(size) >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size:.0f} B"


def format_value(value: float, unit: str = "s") -> str:
    return format_bytes(value) if unit == "B" else format_seconds(value)


def format_spread(summary: Summary, unit: str = "s") -> str:
    return f"{format_value(summary.p10, unit)} – {format_value(summary.p90, unit)}"


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(_escape(cell) for cell in cells) + " |"


def _cells(
    outcome: Outcome, ratio: str, target: str, met: str, unit: str = "s"
) -> list[str]:
    if isinstance(outcome, Missing):
        return [outcome.label, outcome.reason, "", "", ratio, target, met]
    label = f"{outcome.label} ({outcome.note})" if outcome.note else outcome.label
    summary = outcome.summary
    return [
        label,
        format_value(summary.median, unit),
        format_spread(summary, unit),
        str(summary.runs),
        ratio,
        target,
        met,
    ]


def figure_table(figure: Figure) -> str:
    header = [
        "",
        "median",
        "spread (p10 – p90)",
        "runs",
        "ours smaller by" if figure.unit == "B" else "ours faster by",
        "target",
        "met",
    ]
    lines = [
        f"### {figure.title}",
        "",
        f"Measures: {figure.measures}",
        "",
        _row(header),
        _row(["---"] * len(header)),
        _row(_cells(figure.ours, "—", "", "", figure.unit)),
    ]
    by_peer: dict[str, list[Target]] = {}
    for target in figure.targets:
        by_peer.setdefault(target.peer, []).append(target)
    for peer in figure.peers:
        ratio = speedup(figure.ours, peer)
        context_only = isinstance(peer, Measured) and not peer.compared
        ratio_text = "—" if ratio is None or context_only else f"{ratio:.2f}×"
        targets = by_peer.get(peer.label, [])
        target_text = "; ".join(target.text for target in targets)
        met_text = "; ".join(judge(figure.ours, peer, target) for target in targets)
        lines.append(_row(_cells(peer, ratio_text, target_text, met_text, figure.unit)))
    labels = {peer.label for peer in figure.peers}
    for target in figure.targets:
        if target.peer not in labels:
            lines.append(
                _row([target.peer, "no such row", "", "", "—", target.text, "n/a"])
            )
    for claim in figure.claims:
        met = "—" if claim.met is None else ("yes" if claim.met else "no")
        detail = f" ({claim.detail})" if claim.detail else ""
        lines.append(f"\nTarget, ours only: {claim.text} — met: {met}{detail}")
    for note in figure.notes:
        lines.append(f"\n- {note}")
    return "\n".join(lines) + "\n"


def summary_table(figures: Iterable[Figure]) -> str:
    """One line per target: the figure, the target and whether it is met."""
    lines = [_row(["figure", "target", "met"]), _row(["---"] * 3)]
    for figure in figures:
        peers = {peer.label: peer for peer in figure.peers}
        for target in figure.targets:
            verdict = judge(figure.ours, peers.get(target.peer), target)
            lines.append(
                _row([figure.title, f"{target.text} ({target.peer})", verdict])
            )
        for claim in figure.claims:
            if claim.met is None:
                verdict = (
                    "n/a (ours not available)"
                    if isinstance(figure.ours, Missing)
                    else "—"
                )
            else:
                verdict = "yes" if claim.met else "no"
            lines.append(_row([figure.title, claim.text, verdict]))
    return "\n".join(lines) + "\n"
