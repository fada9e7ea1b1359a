"""Commissioning and budget plans: funding streams, allocations, contracts, portfolios.

A plan is also an officer report, so it is read with the report reader (header, sections,
tables, recommendations) and its money, contract and portfolio structure is read from that.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from ...layout.query import headline
from ...models import Check
from ...models.documents import CommissioningPlanDocument, Table
from ...models.documents.base import DocumentBase
from ...models.documents.commissioning_plan import MoneyLine
from ...parsing import find_financial_years
from ...span import DocumentSpan
from ..base import ExtractContext, common_fields
from ..common.reading import ReportReading, read_report
from .checks import plan_checks
from .linesheets import line_sheets
from .portfolios import portfolio_name, read_portfolio
from .sheets import Sheet, amount_column, is_budget_column, sheet_of
from .tables import (
    MoneyTable,
    income_and_spending,
    is_bank_reconciliation,
    is_contract_table,
    labelled_after_codes,
    money_columns,
    money_table_kind,
    read_contracts,
    read_money_table,
)


def read(span: DocumentSpan, ctx: ExtractContext, confidence: float
) -> CommissioningPlanDocument:
    """Read the span into the commissioning_plan model (the body of `extract`, imported on first use)."""
    reading = read_report(span, ctx)
    unruled = line_sheets(span)
    sheets = [sheet_of(b) for b in reading.builders] + unruled
    title = _title(reading, span, sheets)
    fields = reading.header_fields()
    fields["tables"] = fields["tables"] + [_table_model(sheet) for sheet in unruled]
    fields["financial_year"] = year = _financial_year(reading, span, title, sheets)
    fields.update(_money_and_contracts(sheets, year, ctx))
    fields["portfolios"] = [
        read_portfolio(section, name, fields["budget_allocations"], ctx)
        for section in reading.sections
        if (name := portfolio_name(section.heading))
    ]
    return CommissioningPlanDocument(**common_fields(span, confidence, title), **fields)


def checks(document: DocumentBase) -> list[Check]:
    """Printed totals and sub-totals against the sum of their lines."""
    if not isinstance(document, CommissioningPlanDocument):
        return []
    return plan_checks(document)


def _table_model(sheet: Sheet) -> Table:
    """A sheet printed with tab stops, kept as a table like the ruled ones."""
    first = sheet.evidence[0] if sheet.evidence else None
    last = sheet.evidence[-1].page if sheet.evidence else None
    return Table(page=first.page if first else 1, header=sheet.header, rows=sheet.rows,
                 page_end=last if first and last != first.page else None, evidence=first)


def _title(reading: ReportReading, span: DocumentSpan, sheets: list[Sheet]) -> Optional[str]:
    """The report's title, else the first page's headline, else a spreadsheet's title row."""
    first = span.first_page
    line = headline(first) if first else None
    return reading.report_title or (line.text if line else None) or next((s.title for s in sheets if s.title), None)


def _money_and_contracts(sheets: list[Sheet], year: Optional[str], ctx: ExtractContext) -> dict:
    """Funding, budget and contract fields from the plan's tables. The first budget table is
    the main one (its printed totals are the document's); every further table with a budget
    column adds its lines after the main table's, each naming its table (a note breaking a
    service down, a capital programme after the revenue budget)."""
    found: dict[str, MoneyTable] = {}
    chosen: set[int] = set()
    contracts = []
    pending = []
    candidates = []
    sheets, forced = _split_income_and_spending([labelled_after_codes(sheet) for sheet in sheets])
    for index, sheet in enumerate(sheets):
        if is_contract_table(sheet):
            contracts.extend(read_contracts(sheet, ctx))
            continue
        if is_bank_reconciliation(sheet):
            continue  # cash held, neither funding nor a budget: kept in `tables` only
        col = amount_column(sheet, money_columns(sheet), year)
        if col is None:
            continue
        kind = forced.get(index) or money_table_kind(sheet)
        if kind != "funding" and is_budget_column(sheet, col):
            candidates.append((index, col))
        if kind is None:
            pending.append((index, col))
        elif kind not in found:
            found[kind] = read_money_table(sheet, kind, col, ctx)
            chosen.add(index)
    for index, col in pending:  # unlabelled money tables fill the slots still empty, in order
        # (a table its header calls a budget never fills the funding slot)
        kind = next((k for k in ("funding", "budget") if k not in found), None)
        if kind:
            found[kind] = read_money_table(sheets[index], kind, col, ctx)
            chosen.add(index)
    funding, budget = (
        found.get("funding", MoneyTable("funding")),
        found.get("budget", MoneyTable("budget")),
    )
    further = [
        line
        for index, col in candidates
        if index not in chosen and budget.lines
        for line in _sheet_lines(read_money_table(sheets[index], "budget", col, ctx), sheets[index])
    ]
    return {
        "funding_streams": funding.lines,
        "funding_total": funding.total,
        "budget_allocations": budget.lines + further,
        "budget_subtotal": budget.subtotal,
        "budget_total": budget.total,
        "contracts": contracts,
        "total_evidence": {**funding.evidence, **budget.evidence},
    }


def _split_income_and_spending(sheets: list[Sheet]) -> tuple[list[Sheet], dict[int, str]]:
    """The sheets with the first that prints income and spending under group rows of their own
    split in two, and the kind ('funding' / 'budget') of each part by its index."""
    for at, sheet in enumerate(sheets):
        parts = [] if is_contract_table(sheet) else income_and_spending(sheet)
        if parts:
            split = [*sheets[:at], *(part for _, part in parts), *sheets[at + 1:]]
            return split, {at + n: kind for n, (kind, _) in enumerate(parts)}
    return sheets, {}


def _sheet_lines(table: MoneyTable, sheet: Sheet) -> list[MoneyLine]:
    """A further budget table's lines, each naming the table: its title, else its first page."""
    first = sheet.evidence[0].page if sheet.evidence else None
    name = sheet.title or (f"page {first}" if first else None)
    return [line.model_copy(update={"sheet": name}) for line in table.lines]


def _financial_year(
    reading: ReportReading, span: DocumentSpan, title: Optional[str], sheets: list[Sheet]
) -> Optional[str]:
    """From the title first, then table headers (the last year a sheet's columns name: the
    year it budgets for), then the year the text names most."""
    for text in (title or "", reading.report_title or "", reading.title or ""):
        found = find_financial_years(text)
        if found:
            return found[0][0]
    for sheet in sheets:
        years = [fy for label in sheet.header for fy, _ in find_financial_years(label)]
        if years:
            return max(years)
    counts = Counter(year for year, _ in find_financial_years(span.text))
    return counts.most_common(1)[0][0] if counts else None
