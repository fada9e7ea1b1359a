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


def _cells(line: Line) -> list[Line]:
    return line.segments()


def _same_table(prev: Line, line: Line, left: float) -> bool:
    return (
        line.page == prev.page
        and len(_cells(line)) >= 2
        and abs(line.x0 - left) <= LEFT_TOLERANCE
        and 0 <= line.top - prev.bottom <= MAX_ROW_GAP * prev.size
    )


def _run_at(lines: Sequence[Line], start: int) -> int:
    """How many lines from `start` read as rows of one unruled table (0 if none)."""
    first = lines[start]
    if len(_cells(first)) < MIN_COLUMNS:
        return 0
    end = start + 1
    while end < len(lines) and _same_table(lines[end - 1], lines[end], first.x0):
        end += 1
    wide = sum(len(_cells(ln)) >= MIN_COLUMNS for ln in lines[start:end])
    return end - start if wide >= MIN_ROWS else 0


def _column_of(cell: Line, centres: list[float]) -> int:
    middle = (cell.bbox[0] + cell.bbox[2]) / 2
    return min(range(len(centres)), key=lambda i: abs(centres[i] - middle))


def _grid(rows: Sequence[Line]) -> Optional[TableGrid]:
    template = max(rows, key=lambda ln: len(_cells(ln)))
    centres = [(c.bbox[0] + c.bbox[2]) / 2 for c in _cells(template)]
    cells: list[tuple[Optional[str], ...]] = []
    for line in rows:
        row: list[Optional[str]] = [""] * len(centres)
        for cell in _cells(line):
            col = _column_of(cell, centres)
            row[col] = f"{row[col]} {cell.text}".strip()
        cells.append(tuple(row))
    boxes = tuple(ln.bbox for ln in rows)
    bbox = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    return TableGrid(page=rows[0].page, bbox=bbox, rows=tuple(cells), row_bboxes=boxes)


def unruled_tables(lines: Sequence[Line]) -> list[tuple[int, int, TableGrid]]:
    """(first index, end index, grid) of each unruled table among one page's lines."""
    found = []
    index = 0
    while index < len(lines):
        length = _run_at(lines, index)
        grid = _grid(lines[index : index + length]) if length else None
        if grid is not None:
            found.append((index, index + length, grid))
            index += length
        else:
            index += 1
    return found
