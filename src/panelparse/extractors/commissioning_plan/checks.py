"""Reconciliations a commissioning plan allows: each printed total or sub-total against the
sum of the lines it covers. A mismatch is a failed Check carrying both figures."""

from __future__ import annotations

from typing import Optional, Sequence

from ...models import Check, Evidence
from ...models.documents.commissioning_plan import CommissioningPlanDocument, MoneyLine
from ...models.values import Money

PENNY = 0.005


def plan_checks(doc: CommissioningPlanDocument) -> list[Check]:
    """funding_total, budget_subtotal and budget_total checks, for the totals printed."""
    checks = []
    evidence = doc.total_evidence
    if doc.funding_total is not None and doc.funding_streams:
        checks.append(
            _check(
                "funding_total",
                doc.funding_total,
                _amounts(doc.funding_streams),
                evidence.get("funding_total"),
            )
        )
    main = [ln for ln in doc.budget_allocations if ln.sheet is None]  # the totals' own table
    inside = [ln for ln in main if ln.in_subtotal]
    after = [ln for ln in main if ln.in_subtotal is False]
    if doc.budget_subtotal is not None and inside:
        checks.append(
            _check(
                "budget_subtotal",
                doc.budget_subtotal,
                _amounts(inside),
                evidence.get("budget_subtotal"),
            )
        )
    if doc.budget_total is not None and main:
        if doc.budget_subtotal is not None and inside:
            parts = [doc.budget_subtotal.amount_gbp] + _amounts(after)
        else:
            parts = _amounts(main)
        checks.append(_check("budget_total", doc.budget_total, parts, evidence.get("budget_total")))
    return checks


def _amounts(lines: Sequence[MoneyLine]) -> list[Optional[float]]:
    return [line.amount.amount_gbp for line in lines]


def _gbp(amount: float, signed: bool = False) -> str:
    return f"GBP {amount:+,.2f}" if signed else f"GBP {amount:,.2f}"


def _check(
    code: str, printed: Money, parts: Sequence[Optional[float]], evidence: Optional[Evidence]
) -> Check:
    if printed.amount_gbp is None or any(p is None for p in parts):
        return Check(
            code=code,
            status="fail",
            evidence=evidence,
            message=f"printed {printed.raw}: a figure could not be read, so the sum is unchecked",
        )
    total = sum(p for p in parts if p is not None)
    difference = total - printed.amount_gbp
    # Figures agree to the penny, or it is a mismatch: a printed total that rounding cannot
    # explain is exactly what a reader wants flagged, so no wider tolerance is allowed.
    ok = abs(difference) < PENNY
    shown = " + ".join(_gbp(p) for p in parts if p is not None)
    message = (
        f"printed {printed.raw} ({_gbp(printed.amount_gbp)}); lines sum to {_gbp(total)} ({shown})"
    )
    if not ok:
        message += f"; difference {_gbp(difference, signed=True)}"
    return Check(code=code, status="pass" if ok else "fail", evidence=evidence, message=message)
