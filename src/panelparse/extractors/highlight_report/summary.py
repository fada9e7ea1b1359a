"""Measure-summary tables: how many measures improved, declined or stayed static, per priority.

Two shapes are read, by what their cells say:
- labelled boxes: '66 PCP measures | Improving | Declining' over '| 37 | 28' (a count in the
  label, status words beside it, the figures in the row below);
- a table of rows: 'Priority | Measures | Improving | Declining | Static' (or '| Green |
  Amber | Red') with one row per priority ('Priority 1: ...', 'P2') and a 'Total' row, first
  or last;
- a list of statuses: 'RAG status | Measures' over 'Green | 10', 'Amber | 4', 'Total | 17'.
A group without a priority number is the whole report's count.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import TableGrid
from ...models.documents import PriorityCounts
from ...parsing import parse_number
from .settings import SUMMARY_COUNT_COLUMN, SUMMARY_STATUS, SUMMARY_TOTAL_ROW
from .tables import cell_text

_MEASURE_COUNT = re.compile(r"(\d[\d,]*)\s+(?:[A-Za-z&/'-]+\s+){0,3}measures?\b", re.I)
SUMMARY_LABEL_WORDS = 8
_PRIORITY_LABEL = re.compile(r"\bP(?:riority)?\s*(\d{1,2})\b", re.I)


def _number(raw: str) -> Optional[int]:
    """A count as printed ('37', '1,234'); None for anything else, negatives included."""
    try:
        number = parse_number(raw)
    except ParseError:
        return None
    return int(number) if number >= 0 and number == int(number) else None


def _status(label: str) -> Optional[str]:
    """'improving', 'declining' or 'static' for a status header cell, else None."""
    return next((key for key, pattern in SUMMARY_STATUS if re.search(pattern, label, re.I)), None)


def summary_counts(table: TableGrid) -> list[PriorityCounts]:
    """The groups of a measure-summary table of either shape; [] for any other table."""
    return summary_rows(table) or summary_boxes(table) or summary_list(table)


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
    return any(getattr(group, key) is not None for key, _ in SUMMARY_STATUS)


def summary_list(table: TableGrid) -> list[PriorityCounts]:
    """The whole report's counts from a two-column list: a status word and its count per row,
    and a total row ('Green | 10', 'Amber | 4', 'Red | 3', 'Total | 17')."""
    if table.n_cols != 2 or len(table.rows) < 3:
        return []
    group = PriorityCounts(label=cell_text(table.rows[0][0]) or None)
    for row in table.rows[1:]:
        label, count = (cell_text(c) for c in (list(row) + [None])[:2])
        key = _status(label) or ("total" if re.search(SUMMARY_TOTAL_ROW, label, re.I) else None)
        number = _number(count)
        if key is None or number is None:
            return []
        setattr(group, key, number)
    return [group] if _has_status(group) else []


def _row_columns(header: Sequence[str]) -> Optional[dict[str, int]]:
    """Columns of a 'Priority | Measures | Improving | Declining | Static' header, or None."""
    columns: dict[str, int] = {}
    for index, label in enumerate(header[1:], start=1):
        key = _status(label) or ("total" if re.search(SUMMARY_COUNT_COLUMN, label, re.I) else None)
        if key and key not in columns:
            columns[key] = index
    statuses = [k for k in columns if k != "total"]
    return columns if len(statuses) >= 2 else None


def summary_rows(table: TableGrid) -> list[PriorityCounts]:
    """Groups of a table with one row per priority and a Total row, status counts in columns."""
    if len(table.rows) < 2:
        return []
    header = [cell_text(c) for c in table.rows[0]]
    columns = _row_columns(header)
    if columns is None:
        return []
    groups = []
    for row in table.rows[1:]:
        cells = [cell_text(c) for c in row]
        group = _row_group(cells, columns)
        if group is None:
            return []  # a row that is neither a priority nor a total: not a summary table
        groups.append(group)
    return groups


def _row_group(cells: list[str], columns: dict[str, int]) -> Optional[PriorityCounts]:
    label = cells[0] if cells else ""
    counts = {key: _number(cells[i]) if i < len(cells) else None for key, i in columns.items()}
    if not label or all(v is None for v in counts.values()):
        return None
    priority = _PRIORITY_LABEL.search(label)
    if priority is None and not re.search(SUMMARY_TOTAL_ROW, label, re.I):
        return None
    return PriorityCounts(priority=int(priority[1]) if priority else None, label=label, **counts)
