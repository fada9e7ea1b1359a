"""Reconciliations a highlight report allows: the measure summary against itself and the scorecards."""

from __future__ import annotations

from typing import Optional, Sequence

from ...models import Check
from ...models.documents import HighlightReportDocument, Measure, MeasureSummary

RAGS = ("green", "amber", "red", "blue")
DIRECTIONS = ("improving", "declining", "static")


def _check(code: str, printed: Optional[int], computed: int, what: str, evidence) -> Check:
    return Check(code=code, status="pass" if printed == computed else "fail",
                 message=f"{what}: printed {printed}, computed {computed}",
                 evidence=evidence)


def _n(value: Optional[int]) -> int:
    return value or 0


def summary_checks(summary: MeasureSummary) -> list[Check]:
    """66 = 37 + 28 + 1; the priorities' totals, improving and declining add up to the whole. Measures
    under other statuses ('Data only', 'Not due') count towards the total of a summary by rating or by
    direction alone."""
    checks: list[Check] = []
    ev = summary.evidence
    rated = any(getattr(summary, c) is not None for c in RAGS)
    directed = summary.improving is not None or summary.declining is not None
    other = _n(summary.other) if rated != directed else 0
    if summary.total is not None and directed:
        parts = sum(_n(getattr(summary, c)) for c in DIRECTIONS) + other
        checks.append(_check("measure_summary_total", summary.total, parts,
                             f"total measures against improving + declining + static{' + other' if other else ''}", ev))
    if summary.total is not None and rated:
        named = " + ".join(c for c in RAGS if getattr(summary, c) is not None)
        checks.append(_check("measure_summary_rag_total", summary.total,
                             sum(_n(getattr(summary, c)) for c in RAGS) + other,
                             f"total measures against {named}{' + other' if other else ''}", ev))
    groups = summary.by_priority
    if not groups:
        return checks
    for attr in ("total", "improving", "declining", *RAGS, "other"):
        printed = getattr(summary, attr)
        values = [getattr(g, attr) for g in groups]
        if printed is not None and all(v is not None for v in values):
            checks.append(_check(f"measure_summary_priorities_{attr}", printed, sum(values),
                                 f"{attr} measures against the sum over priorities", ev))
    checks.extend(_static_split(summary))
    return checks


def _static_split(summary: MeasureSummary) -> list[Check]:
    """Priorities that print no 'static' count: what their counts leave over must be the static
    measures the whole-report count has and no priority prints."""
    groups = summary.by_priority
    if summary.static is None or all(g.static is not None for g in groups):
        return []
    if any(g.total is None or g.improving is None or g.declining is None for g in groups):
        return []
    unprinted = summary.static - sum(_n(g.static) for g in groups)
    left_over = sum(_n(g.total) - _n(g.improving) - _n(g.declining) - _n(g.static) for g in groups)
    return [_check("measure_summary_static", unprinted, left_over,
                   "static measures not broken down by priority against the priorities' "
                   "totals less improving and declining", summary.evidence)]


def scorecard_checks(document: HighlightReportDocument) -> list[Check]:
    """Each priority's summary counts (all measures, each RAG colour) against the scorecard rows
    found for it; a summary by RAG with no priorities against every row."""
    summary = document.measure_summary
    if summary is None:
        return []
    checks = []
    for priority in document.priorities:
        counts = next((g for g in summary.by_priority if g.priority == priority.number), None)
        if counts is None or not priority.scorecards:
            continue
        first = priority.scorecards[0].evidence
        if counts.total is not None:
            checks.append(_check(f"priority_{priority.number}_measure_count", counts.total,
                                 len(priority.scorecards),
                                 f"priority {priority.number} measures in the summary against scorecard rows",
                                 first))
        checks.extend(_rag_checks(f"priority_{priority.number}", counts, priority.scorecards, first))
    if not summary.by_priority:
        rows = [m for p in document.priorities for m in p.scorecards]
        checks.extend(_rag_checks("measure_summary", summary, rows, summary.evidence))
    return checks


def _rag_checks(prefix: str, counts, rows: Sequence[Measure], evidence) -> list[Check]:
    """Printed counts of measures rated each colour against the rows rated so (when rows carry
    ratings at all: a deck whose rows print none cannot be checked)."""
    if not any(m.rag for m in rows):
        return []
    return [_check(f"{prefix}_{colour}_count", getattr(counts, colour), sum(m.rag == colour for m in rows),
                   f"{colour} measures in the summary against scorecard rows rated {colour}", evidence)
            for colour in RAGS if getattr(counts, colour) is not None]


def highlight_checks(document: HighlightReportDocument) -> list[Check]:
    summary = document.measure_summary
    return (summary_checks(summary) if summary else []) + scorecard_checks(document)
