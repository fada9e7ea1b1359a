"""Measure-summary tables: how many measures improved, declined or stayed static, per priority.

The shapes read, by what their cells say:
- labelled boxes: '66 PCP measures | Improving | Declining' over '| 37 | 28' (a count in the
  label, status words beside it, the figures in the row below);
- a table of rows: 'Priority | Measures | Improving | Declining | Static' (or '| Green |
  Amber | Red') with one row per priority ('Priority 1: ...', 'P2') and a 'Total' row, first
  or last;
- a list of statuses: 'RAG status | Measures' over 'Green | 10', 'Amber | 4', 'Total | 17';
- tiles: 'Green | Amber | Red | Total' over '12 | 5 | 3 | 20'.
A group without a priority number is the whole report's count.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import TableGrid
from ...models.documents import PriorityCounts
from ...parsing import parse_number, parse_value
from .settings import (
    PRIORITY_WORD,
    SUMMARY_COUNT_COLUMN,
    SUMMARY_CURRENT_COLUMN,
    SUMMARY_DIRECTIONS,
    SUMMARY_RATINGS,
    SUMMARY_STATUS,
    SUMMARY_TOTAL_ROW,
)
from .tables import cell_text

_MEASURE_COUNT = re.compile(r"(\d[\d,]*)\s+(?:[A-Za-z&/'-]+\s+){0,3}measures?\b", re.I)
SUMMARY_LABEL_WORDS = 8
_PRIORITY_LABEL = re.compile(rf"\b(?:P|{PRIORITY_WORD})\s*(\d{{1,2}})\b", re.I)


def _number(raw: str) -> Optional[int]:
    """A count as printed ('37', '1,234'); None for anything else, negatives included."""
    try:
        number = parse_number(raw)
    except ParseError:
        return None
    return int(number) if number >= 0 and number == int(number) else None


def _status(label: str) -> Optional[str]:
    """'improving', 'declining', 'static', a rating ('green'...) or 'other' for a status header cell,
    else None."""
    return next((key for key, pattern in SUMMARY_STATUS if re.search(pattern, label, re.I)), None)


def _add(group: PriorityCounts, key: str, number: Optional[int]) -> bool:
    """Set the group's count for the status; several columns of other statuses ('Data only', 'Not
    due') add up. False when the status was counted already (a table of some other kind)."""
    if key == "other" and number is not None:
        group.other = (group.other or 0) + number
        return True
    if getattr(group, key) is not None:
        return False
    setattr(group, key, number)
    return True


def summary_counts(table: TableGrid) -> list[PriorityCounts]:
    """The groups of a measure-summary table of either shape; [] for any other table."""
    return summary_rows(table) or summary_boxes(table) or summary_list(table) or summary_tiles(table)


def summary_tiles(table: TableGrid) -> list[PriorityCounts]:
    """The whole report's counts from a row of statuses over a row of counts, as tiles print them
    ('Green | Amber | Red | Total' over '12 | 5 | 3 | 20'; a count may give its share, '12 (60%)')."""
    if len(table.rows) != 2:
        return []
    labels = [cell_text(c) for c in table.rows[0]]
    counts = [cell_text(c) for c in table.rows[1]]
    group = PriorityCounts()
    for index, label in enumerate(labels):
        if not label:
            continue
        key = _status(label) or ("total" if re.search(SUMMARY_COUNT_COLUMN, label, re.I)
                                 or re.search(SUMMARY_TOTAL_ROW, label, re.I) else None)
        number = _shared_count(counts[index]) if index < len(counts) else None
        if key is None or number is None or not _add(group, key, number):
            return []
    statuses = [key for key in (*SUMMARY_RATINGS, *SUMMARY_DIRECTIONS) if getattr(group, key) is not None]
    return [group] if len(statuses) >= 2 else []


def _shared_count(text: str) -> Optional[int]:
    """A count, or a count with its share after it ('12 (60%)')."""
    count, _, share = text.partition("(")
    if share and parse_value(share.rstrip(") ")).unit != "percent":
        return None
    return _number(count.strip())


def summary_boxes(table: TableGrid) -> list[PriorityCounts]:
    """Groups of '66 measures | Improving | Declining' over '| 37 | 28'.

    Any row may hold group labels, with the counts in the row below; side-by-side summary boxes
    that the table finder joined into one staggered grid read the same way.
    """
    groups: list[PriorityCounts] = []
    for labels, values in zip(table.rows, table.rows[1:], strict=False):
        current: Optional[PriorityCounts] = None
        for index, cell in enumerate(labels):
            label = cell_text(cell)
            count = _MEASURE_COUNT.search(label)
            key = _status(label)
            if count and len(label.split()) <= SUMMARY_LABEL_WORDS:
                priority = _PRIORITY_LABEL.search(label)
                current = PriorityCounts(priority=int(priority[1]) if priority else None, label=label,
                                         total=_number(count[1]))
                groups.append(current)
            elif current is not None and key and index < len(values):
                setattr(current, key, _number(cell_text(values[index])))
            else:
                current = None
    # A cell that merely mentions "measures" has no Improving/Declining counts beside it.
    return [g for g in groups if _has_status(g)]


def _has_status(group: PriorityCounts) -> bool:
    return any(getattr(group, key) is not None for key in (*SUMMARY_RATINGS, *SUMMARY_DIRECTIONS))


def summary_list(table: TableGrid) -> list[PriorityCounts]:
    """The whole report's counts from a list: a status word and its count per row, and a total
    row ('Green | 10', 'Amber | 4', 'Red | 3', 'Total | 17'); columns beside the count may give
    each row's share ('RAG status | Number of indicators | % of indicators'). Counts for several
    periods side by side ('RAG | Q1 | Q2') give the latest: the column headed as the current one
    ('This quarter'), else the last."""
    if table.n_cols < 2 or len(table.rows) < 3:
        return []
    body = [[cell_text(c) for c in row] for row in table.rows[1:]]
    counts = [i for i in range(1, table.n_cols) if all(_number(_at(r, i)) is not None for r in body)]
    current = [i for i in counts if re.search(SUMMARY_CURRENT_COLUMN, cell_text(table.rows[0][i]), re.I)]
    column = next(iter(current or counts[-1:]), None)
    if column is None or not all(_is_share(_at(r, i)) for r in body for i in range(1, table.n_cols)
                                 if i not in counts):
        return []
    group = PriorityCounts(label=cell_text(table.rows[0][0]) or None)
    for row in body:
        label = _at(row, 0)
        key = _status(label) or ("total" if re.search(SUMMARY_TOTAL_ROW, label, re.I) else None)
        if key is None or not _add(group, key, _number(_at(row, column))):
            return []
    return [group] if _has_status(group) else []


def _at(row: Sequence[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _is_share(text: str) -> bool:
    """An empty cell or a percentage: the share a count column's row is of the whole."""
    return not text or parse_value(text).unit == "percent"


def _row_columns(header: Sequence[str]) -> Optional[dict[str, int]]:
    """Columns of a 'Priority | Measures | Improving | Declining | Static' header, or None; the
    columns of other statuses ('Data only | Not due') are keyed 'other', 'other2'..."""
    columns: dict[str, int] = {}
    for index, label in enumerate(header[1:], start=1):
        key = _status(label) or ("total" if re.search(SUMMARY_COUNT_COLUMN, label, re.I) else None)
        if key == "other" and key in columns:
            key = f"other{sum(k.startswith('other') for k in columns) + 1}"
        if key and key not in columns:
            columns[key] = index
    statuses = [k for k in columns if k in (*SUMMARY_RATINGS, *SUMMARY_DIRECTIONS)]
    return columns if len(statuses) >= 2 else None


def _folded(counts: dict[str, Optional[int]]) -> dict[str, Optional[int]]:
    """Counts by field, the columns of other statuses added up."""
    others = [v for k, v in counts.items() if k.startswith("other") and v is not None]
    folded = {k: v for k, v in counts.items() if not k.startswith("other")}
    if others:
        folded["other"] = sum(others)
    return folded


def summary_rows(table: TableGrid) -> list[PriorityCounts]:
    """Groups of a table with one row per priority and a Total row, status counts in columns."""
    if len(table.rows) < 2:
        return []
    header = [cell_text(c) for c in table.rows[0]]
    columns = _row_columns(header)
    if columns is None:
        return []
    body = [[cell_text(c) for c in row] for row in table.rows[1:]]
    if len(body) == 1:
        whole = _whole_row(header, body[0], columns)
        if whole is not None:
            return [whole]
    groups = [_row_group(cells, columns) for cells in body]
    if all(g is not None for g in groups):
        return [g for g in groups if g is not None]
    # Rows of areas ('Adults', 'Place') that are no priorities, and a Total row: the total is
    # the whole report's count.
    totals = [g for g in groups if g is not None and g.priority is None]
    areas = [cells for g, cells in zip(groups, body, strict=True) if g is None]
    if len(totals) == 1 and all(_counts(cells, columns) for cells in areas):
        return totals
    return []  # a row that is neither a priority nor a total: not a summary table


def _counts(cells: list[str], columns: dict[str, int]) -> bool:
    """True when the row prints a count under every status column."""
    return all(_number(cells[i] if i < len(cells) else "") is not None for i in columns.values())


def _whole_row(header: list[str], cells: list[str], columns: dict[str, int]) -> Optional[PriorityCounts]:
    """The one row of a summary by status columns, as the whole report's count: its label says it
    counts measures ('Number of KPIs | 20 | 5 | 3'), or the first column is that count ('Number of
    indicators | Green | Amber' over '30 | 20 | 5')."""
    first = cells[0] if cells else ""
    if re.search(SUMMARY_COUNT_COLUMN, header[0], re.I) and _number(first) is not None and "total" not in columns:
        columns = {**columns, "total": 0}
    elif not re.search(SUMMARY_COUNT_COLUMN, first, re.I):
        return None
    if not _counts(cells, {k: v for k, v in columns.items() if k != "total"}):
        return None
    counts = {key: _number(cells[i]) if i < len(cells) else None for key, i in columns.items()}
    return PriorityCounts(priority=None, label=first if columns.get("total") != 0 else header[0], **_folded(counts))


def _row_group(cells: list[str], columns: dict[str, int]) -> Optional[PriorityCounts]:
    label = cells[0] if cells else ""
    counts = {key: _number(cells[i]) if i < len(cells) else None for key, i in columns.items()}
    if not label or all(v is None for v in counts.values()):
        return None
    priority = _PRIORITY_LABEL.search(label)
    if priority is None and not re.search(SUMMARY_TOTAL_ROW, label, re.I):
        return None
    return PriorityCounts(priority=int(priority[1]) if priority else None, label=label, **_folded(counts))
