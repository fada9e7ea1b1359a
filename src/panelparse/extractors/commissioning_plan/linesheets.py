"""Money sheets printed without rules: a spreadsheet's rows laid out with tab stops.

A parish budget exported from Numbers or Excel prints 'Clerk's Salary   3,500   3,421   3,500'
on one line, its header ('Budget' over '2017-18') on the lines above, and group labels
('REVENUE', 'CAPITAL') on lines of their own. Figures are right-aligned, so the columns are
found where the figures end; header words are given to the column they sit over.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from ...layout import Line, PageLayout
from ...span import DocumentSpan
from ..base import evidence_of
from .settings import (
    COLUMN_EDGE_TOLERANCE,
    GROUP_LABEL_MAX_WORDS,
    MAX_HEADER_ROWS,
    MAX_NOTE_CELLS,
    MIN_SHEET_ROWS,
    OVERLAP_SHARE,
    SHEET_ROW_GAP,
    TITLE_MAX_WORDS,
)
from .sheets import Sheet, is_figure, is_unread_figure, plain_label


def _figure_cell(text: str) -> bool:
    """A figure, or a cell printed as one that no parser reads: still data, read raw with a warning."""
    return is_figure(text) or is_unread_figure(text)


@dataclass(frozen=True)
class _Column:
    x0: float
    x1: float


def _cells(line: Line) -> list[Line]:
    """The line's cells: its segments, a segment of figures set close together ('(145,000)
    142,000') split into one cell per figure, and a note run on after a figure ('140,000 Delay
    in recruiting') split from it."""
    cells: list[Line] = []
    for segment in line.segments():
        words = segment.words
        lead = 0
        while lead < len(words) and _figure_cell(words[lead].text):
            lead += 1
        if lead == 0 or (lead == len(words) == 1):
            cells.append(segment)
            continue
        cells.extend(Line((w,), line.page) for w in words[:lead])
        if lead < len(words):
            cells.append(Line(words[lead:], line.page))
    return cells


def _split(line: Line) -> Optional[tuple[Optional[Line], list[Line], list[Line]]]:
    """(label, figures, notes) of a row of figures: an optional label, then figures only, then
    at most a note after the last figure; None for any other line."""
    cells = _cells(line)
    label = None if _figure_cell(cells[0].text) else cells[0]
    rest = cells[1:] if label is not None else cells
    count = 0
    while count < len(rest) and _figure_cell(rest[count].text):
        count += 1
    if count == 0 or len(rest) - count > MAX_NOTE_CELLS:
        return None
    return label, rest[:count], rest[count:]


def _figure_row(line: Line) -> bool:
    """A label, then only figures ('Training   0   55   50'), perhaps a note after them."""
    parts = _split(line)
    return parts is not None and parts[0] is not None


def _total_row(line: Line) -> bool:
    """Figures with no label: a spreadsheet's total row under its columns."""
    parts = _split(line)
    return parts is not None and parts[0] is None


def _group_row(line: Line, left: float) -> bool:
    """A label alone at the label column ('REVENUE'): it names the rows below."""
    cells = line.segments()
    text = line.text.strip()
    return (len(cells) == 1 and abs(line.x0 - left) <= COLUMN_EDGE_TOLERANCE
            and len(text.split()) <= GROUP_LABEL_MAX_WORDS and not text.endswith((".", ":", "-")))


def _close(prev: Line, line: Line) -> bool:
    """The next row: below the line before (boxes read off a scan may overlap a little) and
    not more than SHEET_ROW_GAP font sizes under it."""
    return line.top > prev.top + OVERLAP_SHARE * prev.size and line.top - prev.bottom <= SHEET_ROW_GAP * prev.size


def _run_end(lines: Sequence[Line], start: int) -> int:
    """End of the run of figure rows (group rows between them allowed) from `start`; an
    unlabelled total row closes it."""
    left, end, last = lines[start].x0, start + 1, start
    while end < len(lines) and _close(lines[end - 1], lines[end]):
        if _total_row(lines[end]):
            return end + 1
        if _figure_row(lines[end]) and abs(lines[end].x0 - left) <= COLUMN_EDGE_TOLERANCE:
            last = end
        elif not _group_row(lines[end], left):
            break
        end += 1
    return last + 1


def _columns(rows: Sequence[Line]) -> list[_Column]:
    """Figure columns, by where right-aligned figures end. A figure whose box overlaps the
    column before is in it too: a lone '0' read off a scan may end a few points short of the
    wider figures above it (right edges 270 against 281), but right-aligned columns never
    overlap one another."""
    cells = sorted((c for row in rows for c in _split(row)[1]), key=lambda c: c.bbox[2])  # type: ignore[index]
    columns: list[list[float]] = []
    for cell in cells:
        x0, _, x1, _ = cell.bbox
        if columns and (x1 - columns[-1][1] <= COLUMN_EDGE_TOLERANCE or _overlaps(x0, x1, columns[-1])):
            columns[-1] = [min(columns[-1][0], x0), max(columns[-1][1], x1)]
        else:
            columns.append([x0, x1])
    return [_Column(a, b) for a, b in columns]


def _overlaps(x0: float, x1: float, column: Sequence[float]) -> bool:
    """The cell and the column share at least half the narrower's width (a wide figure that
    reaches a point into the column before does not)."""
    shared = min(x1, column[1]) - max(x0, column[0])
    return shared > 0 and shared >= 0.5 * min(x1 - x0, column[1] - column[0])


def _column_of(cell: Line, columns: Sequence[_Column]) -> Optional[int]:
    """The one column a cell sits over (its span overlaps that column's and no other's)."""
    x0, _, x1, _ = cell.bbox
    over = [i for i, col in enumerate(columns) if x0 < col.x1 and x1 > col.x0]
    return over[0] if len(over) == 1 else None


def _spans(cell: Line, columns: Sequence[_Column]) -> int:
    x0, _, x1, _ = cell.bbox
    return sum(x0 < col.x1 and x1 > col.x0 for col in columns)


def _over_columns(line: Line, columns: Sequence[_Column], left: float) -> bool:
    """A header line: a cell over one figure column at least, and none spanning several (a
    title over the sheet)."""
    cells = [c for c in line.segments() if abs(c.x0 - left) > COLUMN_EDGE_TOLERANCE]
    spans = [_spans(c, columns) for c in cells]
    return any(n == 1 for n in spans) and all(n <= 1 for n in spans)


def _header(lines: Sequence[Line], start: int, columns: Sequence[_Column]) -> tuple[list[str], int]:
    """Labels of the label column and each figure column, from the header lines right above
    the first row (a group label such as 'REVENUE' may stand between), and the index of the
    topmost line they take."""
    left, index = lines[start].x0, start - 1
    taken: list[Line] = []
    top = start
    while index >= 0 and len(taken) < MAX_HEADER_ROWS and _close(lines[index], lines[index + 1]):
        line = lines[index]
        index -= 1
        if _group_row(line, left) and not taken:
            continue
        if _figure_row(line) or not _over_columns(line, columns, left):
            break
        taken.insert(0, line)
        top = index + 1
    labels = [""] * (len(columns) + 1)
    for line in taken:
        for cell in line.segments():
            col = _column_of(cell, columns)
            if abs(cell.x0 - left) <= COLUMN_EDGE_TOLERANCE:
                col = -1  # the label column's heading ('ITEM')
            elif col is None:
                continue  # over a column with no figures (an empty 'Spent 2018-19')
            labels[col + 1] = f"{labels[col + 1]} {cell.text}".strip()
    return labels, top


def _title(lines: Sequence[Line], top: int) -> Optional[str]:
    """The line right above the sheet's header, when it is a heading over the sheet ('A Income
    and Expenditure Account'): text, not figures, and short."""
    if top == 0 or not _close(lines[top - 1], lines[top]):
        return None
    line = lines[top - 1]
    text = line.text.strip()
    if _figure_row(line) or _total_row(line) or len(text.split()) > TITLE_MAX_WORDS or text.endswith((".", ",", ";")):
        return None
    return text


def _row(line: Line, columns: Sequence[_Column], notes: bool) -> list[str]:
    """Label, one cell per figure column, and the note when the sheet has a notes column."""
    label, figures, after = _split(line) or (None, [], [])
    row = [plain_label(label.text) if label else ""] + [""] * len(columns)
    for cell in figures:
        col = min(range(len(columns)), key=lambda i: abs(columns[i].x1 - cell.bbox[2]))
        row[col + 1] = f"{row[col + 1]} {cell.text}".strip()
    return row + [" ".join(c.text for c in after)] if notes else row


def _page_sheets(page: PageLayout) -> list[Sheet]:
    lines = list(page.lines)
    sheets, index = [], 0
    while index < len(lines):
        if not _figure_row(lines[index]):
            index += 1
            continue
        end = _run_end(lines, index)
        rows = lines[index:end]
        if sum(_figure_row(r) for r in rows) >= MIN_SHEET_ROWS:
            columns = _columns([r for r in rows if _figure_row(r)])
            notes = any((_split(r) or (None, [], []))[2] for r in rows)
            labels, top = _header(lines, index, columns)
            header = labels + ([""] if notes else [])
            sheets.append(Sheet(_title(lines, top), header, [_row(r, columns, notes) for r in rows],
                                [evidence_of(page.number, r.bbox) for r in rows]))
        index = end
    return sheets


def line_sheets(span: DocumentSpan) -> list[Sheet]:
    """Every money sheet printed with tab stops in the span's body lines (ruled tables apart)."""
    return [sheet for page in span.content_pages for sheet in _page_sheets(page)]
