"""A money table seen as a spreadsheet: its title, one label per column, and its body rows.

Budget sheets print their header over several rows ('Budget' over '2018-19'), let a heading
span the columns after it ('Spend (inc VAT)' over April ... March), and put the sheet's title
in the first row. A Sheet joins those header rows into one label per column, so a column is
chosen by what its whole header says ('Budget 2018-19', 'Precept figures').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...models import Evidence
from ...parsing import POUNDS, find_dates, find_financial_years, find_money
from ..common.tables import TableBuilder
from ..common.vocabulary import FIGURE
from .settings import (
    BROKEN_LIGATURES,
    BUDGET_COLUMN,
    INCOME_GROUP,
    MAX_HEADER_ROWS,
    SPENDING_GROUP,
    TITLE_ROW_MIN_COLUMNS,
)

_BUDGET = re.compile(BUDGET_COLUMN, re.I)
_INCOME_OR_SPENDING = re.compile(f"{INCOME_GROUP}|{SPENDING_GROUP}", re.I)
# Header cells print years ('2018-19') but no longer runs of digits.
_LONG_DIGITS = re.compile(r"[0-9]{5,}")
_LIGATURES = [(re.compile(pattern), letters) for pattern, letters in BROKEN_LIGATURES]
# A cell printed as an amount that the money parser refuses (a pound sign before '1,2,3m', '5mm'
# or '1 234 567'; a bare '1.2.3'): a currency sign before a digit, or a figure's shape (sign,
# brackets, digits and separators, a scale word) with digits in three or more groups. Such a
# cell is data, kept raw with a warning where the row is read, never a header word. No nested
# repeats: linear time.
_CURRENCY_DIGIT = re.compile(rf"(?:{re.escape(POUNDS)}|\bGBP)\s?[-\u2013\u2212]?[0-9]", re.I)
_FIGURE_SHAPE = re.compile(r"[(\-\u2013\u2212~\s]*[0-9][0-9,.\s']*[0-9][a-z]{0,3}[\s)]*", re.I)
_GROUP_BREAK = re.compile(r"[,.\s']+(?=[0-9])")
# The digits a column unit prints after its currency sign: '000', "000's", ' 000s'.
_UNIT_DIGITS = re.compile(r"000(?:['\u2019]?s)?['\u2019]?(?![0-9])", re.I)


def plain_label(text: str) -> str:
    """A row label with ligatures the text layer lost spelt out again ('Elec[ons' -> 'Elections')."""
    for pattern, letters in _LIGATURES:
        text = pattern.sub(letters, text)
    return text


@dataclass
class Sheet:
    """A table's title, its column labels (header rows joined), and its body rows."""

    title: Optional[str]
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def n_cols(self) -> int:
        return len(self.header)


def is_figure(cell: str) -> bool:
    """A figure cell: an amount, a bare number, a nil dash or a spreadsheet's '#####'."""
    text = cell.strip()
    return bool(text) and (bool(FIGURE.fullmatch(text)) or bool(find_money(text)))


def _unit_only(cell: str) -> bool:
    """A header cell whose only amount is a column unit, a pound sign before '000' (alone or after
    'Budget 2023/24'): find_money reads it as nil, but under a header it names thousands."""
    text = cell.strip()
    found = list(_CURRENCY_DIGIT.finditer(text))
    return bool(found) and all(_UNIT_DIGITS.match(text, m.end() - 1) for m in found) and not FIGURE.fullmatch(text)


def _has_figures(row: Sequence[str]) -> bool:
    """Figures after the label. A unit row has no label, so there a pound sign before '000' is
    the column's unit; after a label ('Grants') it is a line of nil."""
    units = not row[0].strip() if row else False
    return any(is_figure(c) and not (units and _unit_only(c)) for c in row[1:])


def is_unread_figure(cell: str) -> bool:
    """A cell printed as a figure that no parser reads exactly: a malformed amount (a pound sign
    before '1,2,3m', '1.2.3m', '5mm' or '1 234 567'; a bare '1.2.3m') or one too long to read (a
    pound sign and 27 digits). A unit (the sign before '000'), a date ('31.03.2023') or a year
    ('2023/24') is not one."""
    text = cell.strip()
    if not text or is_figure(text):
        return False
    if _LONG_DIGITS.search(text):
        return True
    if any(not _UNIT_DIGITS.match(text, m.end() - 1) for m in _CURRENCY_DIGIT.finditer(text)):
        return True  # a currency sign before digits that are not a unit's '000'
    return (bool(_FIGURE_SHAPE.fullmatch(text)) and len(_GROUP_BREAK.findall(text)) >= 2
            and not find_dates(text) and not find_financial_years(text))


def _header_like(row: Sequence[str]) -> bool:
    """A row under the header that continues it ('' | '' | April | May): no figures, and
    more than a lone label in the first column (that is a group row such as 'REVENUE'), nor a lone
    'Income' / 'Expenditure' in any column (the group row over a section of the sheet, in the label
    column after a column of account codes)."""
    filled = [c for c in row if c]
    if _has_figures(row) or any(is_unread_figure(c) for c in row[1:]):
        return False  # figures, or amounts printed but unreadable: a body row, read raw with a warning
    if len(filled) == 1 and _INCOME_OR_SPENDING.match(filled[0]):
        return False
    return len(filled) >= 2 or bool(filled and not row[0])


def _filled(row: Sequence[str]) -> list[str]:
    """A header row whose empty cells take the label to their left (a heading spanning them)."""
    out: list[str] = []
    for cell in row:
        out.append(cell or (out[-1] if out else ""))
    return out


def sheet_of(table: TableBuilder) -> Sheet:
    """The table as a Sheet: a lone text cell heading a wide table is its title; the rows above
    the first row of figures are header rows."""
    title = table.title
    head = [list(table.header)] if table.header else []
    body = list(zip(table.rows, table.row_evidence, strict=False))
    for group in sorted(table.groups, key=lambda g: g.start, reverse=True):
        # 'Income' / 'Expenditure' printed across the sheet (a merged row, kept by the table as a group):
        # back in the rows, so the sheet's income and spending are told apart.
        if _INCOME_OR_SPENDING.match(group.label) and body and 0 <= group.start < len(body):
            body.insert(group.start, ([group.label] + [""] * (table.n_cols - 1), body[group.start][1]))
    if head and table.n_cols >= TITLE_ROW_MIN_COLUMNS and sum(bool(c) for c in head[0]) == 1 and head[0][0]:
        title = title or head[0][0]
        head = []
    while body and len(head) < MAX_HEADER_ROWS and _header_like(body[0][0]):
        head.append(list(body.pop(0)[0]))
    if title is None and head and sum(bool(c) for c in head[0]) == 1 and head[0][0] and len(head) > 1:
        title = head.pop(0)[0]
    rows = [[plain_label(r[0]), *r[1:]] if r else list(r) for r, _ in body]
    width = max([table.n_cols, *(len(r) for r in head)])
    filled = [_filled(r) if i < len(head) - 1 else r for i, r in enumerate(head)]
    header = [" ".join(r[c] for r in filled if c < len(r) and r[c]).strip() for c in range(width)]
    return Sheet(title, header, rows, [e for _, e in body])


def amount_column(sheet: Sheet, money_columns: Sequence[int], year: Optional[str]) -> Optional[int]:
    """The column a line's amount is read from: a budget column of the sheet's financial year,
    else the first budget column, else the column of amounts headed by that year alone ('Funding
    stream | 2023/24 | 2024/25' in a 2024/25 plan), else the first column of amounts."""
    if not money_columns:
        return None
    budget = [c for c in money_columns if _BUDGET.search(sheet.header[c])]
    of_year = [c for c in money_columns if year and year in (fy for fy, _ in find_financial_years(sheet.header[c]))]
    return ([c for c in of_year if c in budget] or budget or of_year or list(money_columns))[0]


def is_budget_column(sheet: Sheet, col: int) -> bool:
    """The column's header names a budget ('Budget 2016/17', 'Precept', 'Original estimate')."""
    return col < sheet.n_cols and bool(_BUDGET.search(sheet.header[col]))
