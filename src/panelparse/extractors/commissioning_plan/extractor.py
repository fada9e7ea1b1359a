"""Commissioning and budget plans: funding streams, allocations, contracts, portfolios.

A plan is also an officer report, so it is read with the report reader (header, sections,
tables, recommendations) and its money, contract and portfolio structure is read from that.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Optional

from ...errors import ParseError
from ...layout.query import headline
from ...models import Check
from ...models.documents import CommissioningPlanDocument
from ...models.documents.base import DocumentBase
from ...parsing import parse_financial_year
from ...span import DocumentSpan
from ..base import ExtractContext, Extractor, common_fields
from ..common.cues import CardScored
from ..common.reading import ReportReading, read_report
from .checks import plan_checks
from .portfolios import portfolio_name, read_portfolio
from .settings import SCORE
from .tables import (
    MoneyTable,
    is_contract_table,
    money_column,
    money_table_kind,
    read_contracts,
    read_money_table,
)

_TOKEN_TRIM = " ,.;:()[]'\"“”‘’"


class CommissioningPlanExtractor(CardScored, Extractor):
    """Recognises commissioning plans by their title and money tables."""

    kind = "commissioning_plan"
    model = CommissioningPlanDocument
    score_card = SCORE
    description = "Commissioning/budget plan: funding, budget lines, contracts, portfolios."

    def extract(
        self, span: DocumentSpan, ctx: ExtractContext, confidence: float
    ) -> CommissioningPlanDocument:
        reading = read_report(span, ctx)
        first = span.first_page
        line = headline(first) if first else None
        title = reading.report_title or (line.text if line else None)
        fields = reading.header_fields()
        fields["financial_year"] = _financial_year(reading, span)
        fields.update(_money_and_contracts(reading, ctx))
        fields["portfolios"] = [
            read_portfolio(section, name, fields["budget_allocations"], ctx)
            for section in reading.sections
            if (name := portfolio_name(section.heading))
        ]
        return CommissioningPlanDocument(**common_fields(span, confidence, title), **fields)

    def checks(self, document: DocumentBase) -> list[Check]:
        """Printed totals and sub-totals against the sum of their lines."""
        if not isinstance(document, CommissioningPlanDocument):
            return []
        return plan_checks(document)


def _money_and_contracts(reading: ReportReading, ctx: ExtractContext) -> dict:
    """Funding, budget and contract fields from the plan's tables."""
    found: dict[str, MoneyTable] = {}
    contracts = []
    pending = []
    for table in reading.builders:
        if is_contract_table(table):
            contracts.extend(read_contracts(table, ctx))
            continue
        col = money_column(table)
        if col is None:
            continue
        kind = money_table_kind(table)
        if kind is None or kind in found:
            pending.append((table, col))
        else:
            found[kind] = read_money_table(table, kind, col, ctx)
    for table, col in pending:  # unlabelled money tables fill the slots still empty, in order
        kind = next((k for k in ("funding", "budget") if k not in found), None)
        if kind:
            found[kind] = read_money_table(table, kind, col, ctx)
    funding, budget = (
        found.get("funding", MoneyTable("funding")),
        found.get("budget", MoneyTable("budget")),
    )
    return {
        "funding_streams": funding.lines,
        "funding_total": funding.total,
        "budget_allocations": budget.lines,
        "budget_subtotal": budget.subtotal,
        "budget_total": budget.total,
        "contracts": contracts,
        "total_evidence": {**funding.evidence, **budget.evidence},
    }


def _financial_year(reading: ReportReading, span: DocumentSpan) -> Optional[str]:
    """From the title first, then table headers, then the year the text names most."""
    sources = [reading.report_title or "", reading.title or ""]
    sources += [" ".join(b.header) for b in reading.builders]
    for text in sources:
        years = list(_years_in(text))
        if years:
            return years[0]
    counts = Counter(_years_in(span.text))
    return counts.most_common(1)[0][0] if counts else None


def _years_in(text: str) -> Iterable[str]:
    for token in re.split(r"\s+", text):
        token = token.strip(_TOKEN_TRIM)
        if token and any(c.isdigit() for c in token):
            try:
                yield parse_financial_year(token)
            except ParseError:
                continue
