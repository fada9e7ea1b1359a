"""Ruled tables that hold running text, turned back into lines so the line readers see them.

Some councils print their minutes as a table (No. | Minute | Action), a header as a label
table (Date | Monday ... / Place | ... / Attendees | one name per line) or who attended as
columns (Attendees | Apologies). The layout layer keeps a table's cell text, not its words, so
the lines made here carry positions inside the table's rows: good enough for reading order,
evidence within the table, and the tab stop that marks a numbered heading.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ...errors import ParseError
from ...layout import Line, TableGrid, Word
from ...parsing import parse_item_number

# A label cell: a few words, no digits ('Date', 'Place', 'Attendees', 'Report presented by').
_LABEL = re.compile(r"^[A-Za-z][A-Za-z '’/&()-]{0,40}$")
_MAX_LABEL_WORDS = 4
# Column headers that list who attended.
ATTENDANCE_COLUMNS = re.compile(r"^\W*(?:attendees|present|apologies|absent|in\s+attendance|officers|"
                                r"officials|also\s+present|members|invited|guests?)\W*$", re.I)
# Labels of a meeting's header table.
HEADER_LABELS = re.compile(r"^\W*(?:title|meeting|date|time|place|venue|location|where|when|attendees|present|"
                           r"apologies|absent|invited|in\s+attendance|also\s+present|officers|chair(?:man)?|clerk|"
                           r"minutes\s+by|minute\s+taker|quorum)\W*$", re.I)
# A label cell inside an attendance table: 'Transparency Board Members:', 'Officials (regular
# attendees):', 'Apologies:', 'Presenters:'.
_INLINE_LABEL = re.compile(r"^[^:\n]{0,50}\b(?:members|attendees|present|apologies|officials|officers|presenters|"
                           r"in\s+attendance|guests?|invited|absent)\b[^:\n]{0,30}:\s*$", re.I)
# Headers of a minutes table's number column.
_NUMBER_HEADERS = re.compile(r"^\W*(?:no\.?|number|item|minute\s+no\.?|ref\.?|min\.?)?\W*$", re.I)
# Points between the number and the text of a heading made from a numbered row (a tab stop).
_TAB = 60.0


def _cells(table: TableGrid) -> list[list[str]]:
    return [[(c or "").strip() for c in row] for row in table.rows]


def _is_label(text: str) -> bool:
    return bool(_LABEL.match(text)) and len(text.split()) <= _MAX_LABEL_WORDS


def _number(text: str) -> Optional[str]:
    try:
        return parse_item_number(text.strip())
    except ParseError:
        return None


def table_shape(table: TableGrid) -> Optional[str]:
    """'labels' (Label | value rows), 'numbered' (No. | text rows), 'columns' (Attendees |
    Apologies over lists of names), or None for a table of data that stays a table."""
    rows = _cells(table)
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None
    header = [c for c in rows[0] if c]
    if len(header) >= 2 and all(ATTENDANCE_COLUMNS.match(c) for c in header):
        return "columns"
    if (sum(bool(_INLINE_LABEL.match(c)) for r in rows for c in r) >= 2
            and rows[0][0] and _INLINE_LABEL.match(rows[0][0])):
        return "columns"  # 'Board Members:' over names, then 'Apologies:' further down the same column
    labelled = [r for r in rows if r[0] and _is_label(r[0]) and any(r[1:])]
    known = sum(bool(HEADER_LABELS.match(r[0])) for r in labelled)
    width = max(len([c for c in r if c]) for r in rows)
    if len(labelled) >= 3 and len(labelled) >= 0.7 * len(rows) and width <= 2 and known >= 2:
        return "labels"
    if _TEXT_HEADERS.match(rows[0][0]) and len(header) >= 2 and _ACTION_HEADERS.match(header[-1]):
        titled = [r for r in rows[1:] if _titled(r[0])]
        if len(titled) >= 2:
            return "titled"  # Minute | Action: each minute a bold title over its text, no number
    body = rows[1:] if rows[0][0] and _NUMBER_HEADERS.match(rows[0][0]) else rows
    numbered = [r for r in body if r[0] and _number(r[0]) and any(c for c in r[1:])]
    # Running text, not a list of titles (an agenda restated in a table): cells of several lines.
    # A title over a list of sub-items ('3 | Benefits cases:\n a. Cadastral polygons') is not.
    running = [r for r in numbered if any(_running(c) for c in r[1:])]
    return "numbered" if len(numbered) >= 0.6 * len(body) and len(running) >= 2 else None


# A minutes table without numbers: 'Minute | Action', 'Discussion | Action by'.
_TEXT_HEADERS = re.compile(r"^\W*(?:minutes?|item|discussion|business|subject|notes?|matters?)\W*$", re.I)
_ACTION_HEADERS = re.compile(r"^\W*(?:actions?(?:\s+by)?|by\s+whom|owner|responsible|lead)\W*$", re.I)
# A title line opening a cell: a few words, not a sentence.
_MAX_TITLE_WORDS = 10


def _titled(cell: str) -> bool:
    """A cell that opens with a title line over running text ('Finance Update' / 'The
    schedule of payments below was presented.')."""
    lines = [ln.strip() for ln in cell.splitlines() if ln.strip()]
    return (len(lines) >= 2 and len(lines[0].split()) <= _MAX_TITLE_WORDS and not lines[0].endswith((".", ":"))
            and lines[0][:1].isupper())


def _running(cell: str) -> bool:
    """A cell of running text: a long line, or lines of which one is a sentence."""
    lines = [ln.strip() for ln in cell.splitlines() if ln.strip()]
    if any(len(ln) > 80 for ln in lines):
        return True
    return len(lines) >= 2 and any(ln.endswith(".") or len(ln.split()) >= 10 for ln in lines)


def _label_text(cell: str) -> str:
    """'Transparency Board Members:' -> 'Members:' (what the attendance reader knows); a column
    header without a colon gets one."""
    text = " ".join(cell.split()).rstrip(":")
    match = re.search(r"\b(?:members|attendees|present|apologies|officials|officers|presenters|in\s+attendance|guests?|"
                      r"invited|absent)\b", text, re.I)
    return (match.group(0).capitalize() if match and text.lower() != match.group(0).lower() else text) + ":"


def _line(texts: list[tuple[float, str, bool]], top: float, page: int, size: float) -> Line:
    """A line of words from (x, text, bold) pieces, each piece's words set left to right."""
    words = []
    for x, text, bold in texts:
        for token in text.split():
            width = 0.5 * size * len(token)
            words.append(Word(token, x, top, x + width, top + size, size, bold))
            x += width + 0.3 * size
    return Line(tuple(words), page)


def _column_texts(rows: list[list[str]]) -> Iterator[tuple[int, str, bool]]:
    """(row, text, is a label) down each column in turn: a column's header and inline labels,
    then each line of the names under them."""
    for col in range(max(len(r) for r in rows)):
        for r, row in enumerate(rows):
            cell = row[col] if col < len(row) else ""
            if not cell:
                continue
            if r == 0 or _INLINE_LABEL.match(cell):
                yield r, _label_text(cell), True
                continue
            for text in cell.splitlines():
                if text.strip():
                    yield r, text, False


def table_lines(table: TableGrid, size: float = 11.0, shape: Optional[str] = None) -> Optional[list[Line]]:
    """The table's text as lines, or None when it is a table of data. `shape` (see table_shape)
    is given for a table carried over from a page whose part of it showed its shape."""
    shape = shape or table_shape(table)
    if shape is None:
        return None
    rows = _cells(table)
    x0 = table.bbox[0] + 4
    out: list[Line] = []

    placed: dict[int, int] = {}

    def add(pieces: list[tuple[float, str, bool]], row: int) -> None:
        top = table.row_bboxes[row][1] if row < len(table.row_bboxes) else table.bbox[1]
        k = placed[row] = placed.get(row, -1) + 1
        out.append(_line(pieces, top + 2 + 1.25 * size * k, table.page, size))

    if shape == "columns":
        for r, text, label in _column_texts(rows):
            add([(x0, text, True)] if label else [(x0 + 10, text, False)], r)
        return out
    if shape == "titled":  # each row's title as a bold heading line, its text as plain lines
        for r, row in enumerate(rows[1:], start=1):
            cell_lines = [ln for ln in row[0].splitlines() if ln.strip()]
            for k, text_line in enumerate(cell_lines):
                add([(x0, text_line, k == 0 and _titled(row[0]))], r)
        return out
    start = 1 if shape == "numbered" and rows[0][0] and _NUMBER_HEADERS.match(rows[0][0]) else 0
    for r, row in enumerate(rows[start:], start=start):
        for pieces in _row_pieces(shape, row, x0):
            add(pieces, r)
    return out


# A title in capitals wrapped in its cell goes on in capitals, at most this many words in all.
_MAX_WRAPPED_TITLE_WORDS = 20
_DECISION_WORD = re.compile(r"^\W*(?:resolved|agreed|decided|decision|noted|recommended)\b", re.I)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_wraps(lines: list[str]) -> list[str]:
    """A cell's lines with the lines of a title in capitals wrapped in the cell ('TO RECEIVE THE
    REPORT OF THE COUNTY COUNCILLOR AND TO' / 'CONSIDER ANY MATTERS ARISING') joined into its first;
    the cell keeps no type style, so only capitals tell a title's lines from the text under it."""
    while (len(lines) > 1 and _capitals(lines[0]) and _capitals(lines[1]) and not lines[0].rstrip().endswith((".", ":"))
           and not _DECISION_WORD.match(lines[1])
           and len(lines[0].split()) + len(lines[1].split()) <= _MAX_WRAPPED_TITLE_WORDS):
        lines = [f"{lines[0].rstrip()} {lines[1].strip()}", *lines[2:]]
    return lines


def _row_pieces(shape: str, row: list[str], x0: float) -> list[list[tuple[float, str, bool]]]:
    """A 'labels' or 'numbered' row as lines of (x, text, bold) pieces: its label or number and
    first line, then the rest of its text under the first line."""
    head, text = row[0], "\n".join(c for c in row[1:2] if c)
    lines = _title_wraps([ln for ln in text.splitlines() if ln.strip()]) or [""]
    indent = _TAB * 1.5 if shape == "labels" else _TAB
    if shape == "numbered" and not head:  # a minute carried on from the row above, or over a page
        return [[(x0 + indent, text_line, False)] for text_line in lines]
    if shape == "labels":
        first = [(x0, head.rstrip(":") + ":", False), (x0 + indent, lines[0], False)]
    else:
        first = [(x0, head, True), (x0 + indent, lines[0], True)]
    return [first] + [[(x0 + indent, text_line, False)] for text_line in lines[1:]]
