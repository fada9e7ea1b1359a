"""KPI tables printed without rules: a spreadsheet appendix printed with no gridlines, or a
Word table with its borders turned off. The lines are read as a table (common/unruled) and
kept as one only where it reads as a scorecard or a measure summary; any other run of
tab-stopped lines (text in columns on a slide) stays text."""

from __future__ import annotations

from dataclasses import replace

from ...layout import PageLayout, TableGrid
from ..common.unruled import unruled_tables
from .summary import summary_counts
from .tables import kpi_header, scorecard_header


def _is_kpi_grid(grid: TableGrid) -> bool:
    return bool(scorecard_header(grid) or kpi_header(grid) or summary_counts(grid))


def with_unruled_scorecards(page: PageLayout) -> PageLayout:
    """The page with its tab-stopped scorecards and summaries read as tables, their lines taken
    out of the text; the page itself when it has none."""
    found = [(start, end, grid) for start, end, grid in unruled_tables(page.lines) if _is_kpi_grid(grid)]
    if not found:
        return page
    lines = list(page.lines)
    for start, end, _ in reversed(found):
        del lines[start:end]
    tables = sorted([*page.tables, *(grid for _, _, grid in found)], key=lambda t: t.top)
    return replace(page, lines=tuple(lines), tables=tuple(tables))
