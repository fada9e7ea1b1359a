"""Money tables of a plan (funding streams, budget allocations with their printed totals) and
contract tables (service, value, procurement window, planned start), read from Tables the
report reader built. Values only through parsing.*; column roles from header words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Optional

from ...errors import ParseError
from ...models import Evidence
from ...models.documents.commissioning_plan import Contract, MoneyLine
from ...models.values import DateRef, Money
from ...parsing import POUNDS, parse_date, parse_money, parse_period
from ..base import ExtractContext
from .checks import PENNY
from .settings import (
    BANK_RECONCILIATION,
    BUDGET_WORDS,
    CODE_CELL,
    CODE_HEADER,
    CONTRACT_COLUMNS,
    FUNDING_WORDS,
    INCOME_GROUP,
    INCOME_SIDE,
    MIN_LINES_SUMMED,
    MONEY_SHARE,
    NOT_MONEY_COLUMN,
    SPENDING_GROUP,
    SPENDING_SIDE,
    TOTAL_LABEL,
)
from .sheets import Sheet, is_figure

_TOTAL = re.compile(TOTAL_LABEL, re.I)
_FUNDING_WORDS = re.compile(FUNDING_WORDS, re.I)
_BUDGET_WORDS = re.compile(BUDGET_WORDS, re.I)
_NOT_MONEY = re.compile(NOT_MONEY_COLUMN, re.I)
_GROUPS = (("funding", re.compile(INCOME_GROUP, re.I)), ("budget", re.compile(SPENDING_GROUP, re.I)))
_CODE_HEADER = re.compile(CODE_HEADER, re.I)
_CODE_CELL = re.compile(CODE_CELL)
_SIDES = (("funding", re.compile(INCOME_SIDE, re.I)), ("budget", re.compile(SPENDING_SIDE, re.I)))
_BANK = re.compile(BANK_RECONCILIATION, re.I)
_COLUMN_WORDS = {role: re.compile(pattern, re.I) for role, pattern in CONTRACT_COLUMNS.items()}


@dataclass
class MoneyTable:
    """A label | amount table with its printed sub-total and total rows set apart."""

    kind: str  # "funding" | "budget"
    lines: list[MoneyLine] = field(default_factory=list)
    subtotal: Optional[Money] = None
    total: Optional[Money] = None
    evidence: dict[str, Evidence] = field(default_factory=dict)


def _names_unit(header: str) -> bool:
    try:
        parse_money("1", unit=header)
    except ParseError:
        return False
    return True


def money_parser(sheet: Sheet, col: int) -> Callable[[str], Money]:
    """parse_money, reading bare figures in the column's unit when its header names one (a
    thousands or millions unit), else in pounds unless the header names another unit (%, days)."""
    header = sheet.header[col] if col < sheet.n_cols else ""
    if _names_unit(header):
        return partial(parse_money, unit=header)
    if _NOT_MONEY.search(header):
        return parse_money
    return partial(parse_money, unit=POUNDS)


def _money_or_none(parser: Callable[[str], Money], text: str) -> Optional[Money]:
    try:
        return parser(text)
    except ParseError:
        return None


def money_columns(sheet: Sheet) -> list[int]:
    """Columns after the label column whose filled cells are mostly amounts."""
    found = []
    for col in range(1, sheet.n_cols):
        parser = money_parser(sheet, col)
        cells = [row[col] for row in sheet.rows if col < len(row) and row[col]]
        readable = sum(_money_or_none(parser, c) is not None for c in cells)
        if cells and readable >= MONEY_SHARE * len(cells):
            found.append(col)
    return found


def is_contract_table(sheet: Sheet) -> bool:
    header = " ".join(sheet.header)
    return (
        sheet.n_cols >= 3
        and bool(_COLUMN_WORDS["service"].search(header))
        and bool(
            _COLUMN_WORDS["start"].search(header) or _COLUMN_WORDS["procurement"].search(header)
        )
    )


def labelled_after_codes(sheet: Sheet) -> Sheet:
    """The sheet without a first column of account codes ('Code | Heading | Budget' over '4010 |
    Office & stationery | 600'), so each line is named by its label; any other sheet as it is."""
    if sheet.n_cols < 3 or not sheet.rows:
        return sheet
    groups = [_is_group_row(row) for row in sheet.rows]
    codes = [row[0] for row, group in zip(sheet.rows, groups, strict=True) if row and row[0].strip() and not group]
    labels = [row[1] for row in sheet.rows if len(row) > 1 and row[1].strip()]
    headed = bool(_CODE_HEADER.match(sheet.header[0]))
    if not codes or not (headed or all(_CODE_CELL.match(c.strip()) for c in codes)):
        return sheet
    if not labels or any(is_figure(label) for label in labels) or len(labels) < len(codes):
        return sheet  # the next column is no column of labels
    # A group row printed in the code column ('Income' across the sheet) keeps its label.
    rows = [[row[0], *row[2:]] if group else row[1:] for row, group in zip(sheet.rows, groups, strict=True)]
    return Sheet(sheet.title, sheet.header[1:], rows, sheet.evidence)


def _is_group_row(row: list[str]) -> bool:
    """A row whose only text is a label in its first cell, no code ('Income', 'Expenditure')."""
    return bool(row) and bool(row[0].strip()) and not _CODE_CELL.match(row[0].strip()) \
        and not any(c.strip() for c in row[1:])


def income_and_spending(sheet: Sheet) -> list[tuple[str, Sheet]]:
    """A sheet that prints its income and its spending under group rows of their own ('Income' ...
    'Total income', 'Expenditure' ... 'Total expenditure') as two: ('funding', the income rows) and
    ('budget', the spending rows), in the order printed. Each part ends at its total row (a 'Net
    surplus' or 'Balances' row after it is neither). [] for any other sheet."""
    starts = []
    for index, row in enumerate(sheet.rows):
        label = row[0] if row else ""
        kind = next((k for k, pattern in _GROUPS if pattern.match(label)), None)
        if kind and not any(c.strip() for c in row[1:]):
            starts.append((index, kind))
    if sorted({k for _, k in starts}) != ["budget", "funding"] or len(starts) != 2:
        return []
    parts = []
    for number, (start, kind) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(sheet.rows)
        for index in range(start + 1, end):
            total = _TOTAL.search(sheet.rows[index][0] if sheet.rows[index] else "")
            if total and not total.group("sub"):
                end = index + 1
                break
        parts.append((kind, Sheet(sheet.title, sheet.header, sheet.rows[start + 1:end],
                                  sheet.evidence[start + 1:end])))
    return parts


def is_bank_reconciliation(sheet: Sheet) -> bool:
    """A bank reconciliation ('Balance per bank statement', 'Less unpresented cheques'), by its title,
    header or first line."""
    first = sheet.rows[0][0] if sheet.rows and sheet.rows[0] else ""
    return any(_BANK.search(text) for text in (sheet.title or "", " ".join(sheet.header), first))


def _side(sheet: Sheet) -> Optional[str]:
    """'funding' or 'budget' as the label column's header ('Income', 'Expenditure') or the table's last
    total row ('Total income') names one side of the account alone; else None."""
    totals = [row[0] for row in sheet.rows if row and (m := _TOTAL.search(row[0])) and not m.group("sub")]
    for text in (sheet.header[0] if sheet.header else "", totals[-1] if totals else ""):
        sides = [kind for kind, pattern in _SIDES if pattern.search(text)]
        if len(sides) == 1:
            return sides[0]
    return None


def money_table_kind(sheet: Sheet) -> Optional[str]:
    """'funding' or 'budget' from the side of the account the label column or the total names ('Income'
    / 'Total expenditure'), then the header, then the title; None when none says."""
    side = _side(sheet)
    if side:
        return side
    for text in (" ".join(sheet.header), sheet.title or ""):
        if _FUNDING_WORDS.search(text):
            return "funding"
        if _BUDGET_WORDS.search(text):
            return "budget"
    return None


def _row_cells(row: list[str], col: int) -> tuple[str, str]:
    """The row's label and amount cell; a label that ran over into the next cell ('Changing
    Rooms (elec' | ') 2000') gets its closing bracket back."""
    label, cell = row[0], row[col] if col < len(row) else ""
    if col == 1 and label.count("(") > label.count(")") and cell.startswith(")"):
        label, cell = label + ")", cell[1:].strip()
    return label, cell


def read_money_table(sheet: Sheet, kind: str, col: int, ctx: ExtractContext) -> MoneyTable:
    """Lines, sub-total and total of a money table; 'Total' rows never become lines, nor does
    a last row with no label whose amount is the sum of the lines above it."""
    result = MoneyTable(kind)
    parser = money_parser(sheet, col)
    lines_at_total = 0
    for row, evidence in zip(sheet.rows, sheet.evidence, strict=False):
        label, cell = _row_cells(row, col)
        if not cell:
            continue
        amount = ctx.parse(parser, cell, field=f"{kind} amount", page=evidence.page, fallback=_raw_money)
        assert amount is not None
        total = _TOTAL.search(label)
        if total and (total.group("sub") or total.group("group")) and result.subtotal is None:
            result.subtotal, result.evidence[f"{kind}_subtotal"] = amount, evidence
        elif total or (not label and _sums_lines(amount, result)):
            if result.total is not None and _nets(amount, result, lines_at_total):
                _total_as_subtotal(result, lines_at_total)
            result.total, result.evidence[f"{kind}_total"] = amount, evidence
            lines_at_total = len(result.lines)
        elif label:
            in_subtotal = None if kind != "budget" else result.subtotal is None
            result.lines.append(MoneyLine(name=label, amount=amount, in_subtotal=in_subtotal, evidence=evidence))
    _last_line_as_total(result)
    if result.subtotal is None:
        for line in result.lines:
            line.in_subtotal = None
    return result


def _nets(amount: Money, table: MoneyTable, lines_at_total: int) -> bool:
    """True when a second total is the first plus the lines printed between them ('Total expenditure',
    then 'Income (35,000)', then 'Net expenditure'), and no sub-total is printed."""
    later = [ln.amount.amount_gbp for ln in table.lines[lines_at_total:]]
    if table.subtotal is not None or table.total is None or table.total.amount_gbp is None or not later \
            or amount.amount_gbp is None or any(p is None for p in later):
        return False
    return abs(table.total.amount_gbp + sum(p for p in later if p is not None) - amount.amount_gbp) < PENNY


def _total_as_subtotal(table: MoneyTable, lines_at_total: int) -> None:
    """The table's first total taken as the sub-total of the lines above it; the lines after it are
    outside it."""
    table.subtotal, table.total = table.total, None
    if f"{table.kind}_total" in table.evidence:
        table.evidence[f"{table.kind}_subtotal"] = table.evidence.pop(f"{table.kind}_total")
    if table.kind == "budget":
        for index, line in enumerate(table.lines):
            line.in_subtotal = index < lines_at_total


def _last_line_as_total(table: MoneyTable) -> None:
    """A table with no total row whose last line is the sum of every line above it: that line
    is the total under its own label ('Civic and Democratic Costs 202,200' closing a note that
    breaks the service down), not one more line."""
    if table.total is not None or table.subtotal is not None or len(table.lines) < MIN_LINES_SUMMED + 1:
        return
    *lines, last = table.lines
    summed = MoneyTable(table.kind, lines)
    if last.amount.amount_gbp and _sums_lines(last.amount, summed):  # a nil line sums nothing
        table.lines = lines
        table.total = last.amount
        if last.evidence is not None:
            table.evidence[f"{table.kind}_total"] = last.evidence


def _sums_lines(amount: Money, table: MoneyTable) -> bool:
    """True when an unlabelled amount is the sum of the lines read so far (a spreadsheet's total)."""
    parts = [ln.amount.amount_gbp for ln in table.lines]
    if amount.amount_gbp is None or not parts or any(p is None for p in parts):
        return False
    return abs(sum(p for p in parts if p is not None) - amount.amount_gbp) < PENNY


def _columns(header: list[str]) -> dict[str, int]:
    """Column index of each contract field, by header words (service defaults to column 0)."""
    found: dict[str, int] = {}
    for role in ("start", "procurement", "value", "provider", "term", "service"):
        for index, text in enumerate(header):
            if index not in found.values() and _COLUMN_WORDS[role].search(text):
                found[role] = index
                break
    found.setdefault("service", 0)
    return found


def read_contracts(sheet: Sheet, ctx: ExtractContext) -> list[Contract]:
    """One Contract per body row; values keep their qualifiers in raw."""
    cols = _columns(sheet.header)
    if "value" not in cols:
        money = money_columns(sheet)
        if money:
            cols["value"] = money[0]
    parser = money_parser(sheet, cols["value"]) if "value" in cols else parse_money
    contracts = []
    for row, evidence in zip(sheet.rows, sheet.evidence, strict=False):
        cells = {role: row[i] if i < len(row) else "" for role, i in cols.items()}
        if cells["service"] and not _TOTAL.match(cells["service"]):
            contracts.append(_contract(cells, evidence, parser, ctx))
    return contracts


def _contract(
    cells: dict[str, str], evidence: Evidence, parser: Callable[[str], Money], ctx: ExtractContext
) -> Contract:
    value, start, window = (
        cells.get("value", ""),
        cells.get("start", ""),
        cells.get("procurement", ""),
    )
    page = evidence.page
    return Contract(
        service=cells["service"],
        provider=cells.get("provider") or None,
        term=cells.get("term") or None,
        value=ctx.parse(parser, value, field="contract value", page=page, fallback=_raw_money)
        if value
        else None,
        procurement=window or None,
        procurement_window=_period_or_none(window),
        planned_start=ctx.parse(
            parse_date, start, field="planned start", page=page, fallback=_raw_date
        )
        if start
        else None,
        evidence=evidence,
    )


def _raw_money(raw: str) -> Money:
    return Money(raw=raw)  # read and kept as printed, with a warning


def _raw_date(raw: str) -> DateRef:
    return DateRef(raw=raw)


def _period_or_none(text: str):
    """The window as a Period when it reads as one; the raw text stays in `procurement`."""
    if not text:
        return None
    try:
        return parse_period(text)
    except ParseError:
        return None
