"""Tables laid out with tab stops and no rules ('Age | Count | %' in a form, figures pasted
from a spreadsheet): runs of lines cut into the same columns, read into a TableGrid so that
the body reader handles them like any ruled table."""

from __future__ import annotations

from typing import Optional, Sequence

from ...layout.types import Line, TableGrid

# A run is a table only with this many lines of at least MIN_COLUMNS cells.
MIN_ROWS = 3
MIN_COLUMNS = 3
# Lines of one table start their first cell at the same x, within this many points.
LEFT_TOLERANCE = 6.0
# A gap between lines of a table larger than this many font sizes ends the run.
MAX_ROW_GAP = 1.6
# A first cell wrapped onto more lines (a long measure name in a Word table with its borders
# off, cells aligned to the top): a one-cell line at the table's left edge, this close below
# the line above (in font sizes, the leading of one paragraph) and ending before the second
# column starts, continues the row above instead of ending the table.
WRAP_GAP = 0.5


def _cells(line: Line) -> list[Line]:
    return line.segments()


def _same_table(prev: Line, line: Line, left: float) -> bool:
    return (
        line.page == prev.page
        and len(_cells(line)) >= 2
        and abs(line.x0 - left) <= LEFT_TOLERANCE
        and 0 <= line.top - prev.bottom <= MAX_ROW_GAP * prev.size
    )


def _wraps_first_cell(prev: Line, line: Line, left: float, second_column: float) -> bool:
    """`line` is the first cell of the row above carried onto another line."""
    cells = _cells(line)
    return (
        line.page == prev.page
        and len(cells) == 1
        and abs(line.x0 - left) <= LEFT_TOLERANCE
        and line.bbox[2] < second_column
        and line.bold == _cells(prev)[0].bold
        and 0 <= line.top - prev.bottom <= WRAP_GAP * prev.size
    )


def _rows_at(lines: Sequence[Line], start: int) -> list[list[Line]]:
    """The rows (each its lines: the row, then its first cell's wrapped lines) read from
    `start` as one unruled table; empty if none."""
    first = lines[start]
    cells = _cells(first)
    if len(cells) < MIN_COLUMNS:
        return []
    second_column = cells[1].x0
    rows = [[first]]
    for line in lines[start + 1 :]:
        prev = rows[-1][-1]
        if _same_table(prev, line, first.x0):
            rows.append([line])
        elif _wraps_first_cell(prev, line, first.x0, second_column):
            rows[-1].append(line)
        else:
            break
    wide = sum(len(_cells(row[0])) >= MIN_COLUMNS for row in rows)
    return rows if wide >= MIN_ROWS else []


def _column_of(cell: Line, centres: list[float]) -> int:
    middle = (cell.bbox[0] + cell.bbox[2]) / 2
    return min(range(len(centres)), key=lambda i: abs(centres[i] - middle))


def _grid(rows: Sequence[Sequence[Line]]) -> TableGrid:
    template = max((row[0] for row in rows), key=lambda ln: len(_cells(ln)))
    centres = [(c.bbox[0] + c.bbox[2]) / 2 for c in _cells(template)]
    cells: list[tuple[Optional[str], ...]] = []
    for lines in rows:
        row: list[Optional[str]] = [""] * len(centres)
        for cell in _cells(lines[0]):
            col = _column_of(cell, centres)
            row[col] = f"{row[col]} {cell.text}".strip()
        for wrapped in lines[1:]:  # the first cell carried on
            row[0] = f"{row[0]} {wrapped.text}".strip()
        cells.append(tuple(row))
    boxes = tuple(
        (
            min(ln.bbox[0] for ln in lines),
            lines[0].bbox[1],
            max(ln.bbox[2] for ln in lines),
            lines[-1].bbox[3],
        )
        for lines in rows
    )
    bbox = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return TableGrid(page=rows[0][0].page, bbox=bbox, rows=tuple(cells), row_bboxes=boxes)


def unruled_tables(lines: Sequence[Line]) -> list[tuple[int, int, TableGrid]]:
    """(first index, end index, grid) of each unruled table among one page's lines."""
    found = []
    index = 0
    while index < len(lines):
        rows = _rows_at(lines, index)
        if rows:
            length = sum(len(row) for row in rows)
            found.append((index, index + length, _grid(rows)))
            index += length
        else:
            index += 1
    return found
