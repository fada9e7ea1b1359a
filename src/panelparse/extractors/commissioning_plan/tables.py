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
from ...parsing import parse_date, parse_money, parse_period
from ..base import ExtractContext
from ..common.tables import TableBuilder

_TOTAL = re.compile(r"^\s*(?:grand\s+|overall\s+|net\s+)?(?P<sub>sub[\s-]?)?totals?\b", re.I)
_FUNDING_WORDS = re.compile(r"\b(?:funding|funds?|income|grants?|sources?|resources)\b", re.I)
_BUDGET_WORDS = re.compile(r"\b(?:budget|allocations?|expenditure|spend(?:ing)?|costs?)\b", re.I)
_COLUMN_WORDS = {
    "service": re.compile(r"\b(?:service|contract|provider|scheme|project|commission)", re.I),
    "procurement": re.compile(r"\b(?:procure|review|tender|process|window|timescale)", re.I),
    "start": re.compile(r"\b(?:start|commenc|go[\s-]?live|from)", re.I),
    "value": re.compile(r"\b(?:value|cost|amount|price|budget)", re.I),
}
# A column is a money column when at least this share of its filled cells parse as money.
MONEY_SHARE = 0.6


@dataclass
class MoneyTable:
    """A label | amount table with its printed sub-total and total rows set apart."""

    kind: str  # "funding" | "budget"
    lines: list[MoneyLine] = field(default_factory=list)
    subtotal: Optional[Money] = None
    total: Optional[Money] = None
    evidence: dict[str, Evidence] = field(default_factory=dict)


def money_parser(table: TableBuilder, col: int) -> Callable[[str], Money]:
    """parse_money, reading bare figures in the column's unit when its header names one
    (a thousands or millions unit)."""
    unit = table.header[col] if col < len(table.header) else ""
    try:
        parse_money("1", unit=unit)
    except ParseError:
        return parse_money
    return partial(parse_money, unit=unit)


def _money_or_none(parser: Callable[[str], Money], text: str) -> Optional[Money]:
    try:
        return parser(text)
    except ParseError:
        return None


def money_column(table: TableBuilder) -> Optional[int]:
    """The first column after the label column whose cells are mostly amounts."""
    for col in range(1, table.n_cols):
        parser = money_parser(table, col)
        cells = [row[col] for row in table.rows if col < len(row) and row[col]]
        readable = sum(_money_or_none(parser, c) is not None for c in cells)
        if cells and readable >= MONEY_SHARE * len(cells):
            return col
    return None


def is_contract_table(table: TableBuilder) -> bool:
    header = " ".join(table.header)
    return (
        table.n_cols >= 3
        and bool(_COLUMN_WORDS["service"].search(header))
        and bool(
            _COLUMN_WORDS["start"].search(header) or _COLUMN_WORDS["procurement"].search(header)
        )
    )


def money_table_kind(table: TableBuilder) -> Optional[str]:
    """'funding' or 'budget' from the header (then the title), None when neither says."""
    for text in (" ".join(table.header), table.title or ""):
        if _FUNDING_WORDS.search(text):
            return "funding"
        if _BUDGET_WORDS.search(text):
            return "budget"
    return None


def read_money_table(table: TableBuilder, kind: str, col: int, ctx: ExtractContext) -> MoneyTable:
    """Lines, sub-total and total of a money table; 'Total' rows never become lines."""
    result = MoneyTable(kind)
    parser = money_parser(table, col)
    for row, evidence in zip(table.rows, table.row_evidence, strict=False):
        label, cell = row[0], row[col] if col < len(row) else ""
        if not cell:
            continue
        amount = ctx.parse(
            parser,
            cell,
            field=f"{kind} amount",
            page=evidence.page,
            fallback=lambda raw: Money(raw=raw),
        )
        total = _TOTAL.match(label)
        if total and total.group("sub") and result.subtotal is None:
            result.subtotal, result.evidence[f"{kind}_subtotal"] = amount, evidence
        elif total:
            result.total, result.evidence[f"{kind}_total"] = amount, evidence
        else:
            in_subtotal = None if kind != "budget" else result.subtotal is None
            result.lines.append(
                MoneyLine(name=label, amount=amount, in_subtotal=in_subtotal, evidence=evidence)
            )
    if result.subtotal is None:
        for line in result.lines:
            line.in_subtotal = None
    return result


def _columns(header: list[str]) -> dict[str, int]:
    """Column index of each contract field, by header words (service defaults to column 0)."""
    found: dict[str, int] = {}
    for role in ("start", "procurement", "value", "service"):
        for index, text in enumerate(header):
            if index not in found.values() and _COLUMN_WORDS[role].search(text):
                found[role] = index
                break
    found.setdefault("service", 0)
    return found


def read_contracts(table: TableBuilder, ctx: ExtractContext) -> list[Contract]:
    """One Contract per body row; values keep their qualifiers in raw."""
    cols = _columns(table.header)
    if "value" not in cols:
        money = money_column(table)
        if money is not None:
            cols["value"] = money
    parser = money_parser(table, cols["value"]) if "value" in cols else parse_money
    contracts = []
    for row, evidence in zip(table.rows, table.row_evidence, strict=False):
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
    return Money(raw=raw)


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
