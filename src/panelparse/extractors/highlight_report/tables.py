"""The tables of a highlight report: scorecards, deliverables, measure summaries, glossaries.

Columns are found by what their header says, never by position, so a scorecard that drops the
sparkline column or reorders the comparisons still reads right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal, Optional, Sequence

from ...errors import ParseError
from ...layout import TableGrid
from ...layout.query import join_lines
from ...models.documents import Deliverable, GlossaryEntry, Measure
from ...models.values import Change, DateRef, Direction, Value
from ...parsing import is_sign, parse_change, parse_date, parse_direction, parse_money, parse_value
from ..base import ExtractContext, evidence_of
from .blocks import phrase_rating, polarity_of, split_rating
from .settings import (
    BLOCK_PERIOD,
    COMPARISON_LABEL,
    DELIVERABLE_COLUMNS,
    FIGURE_LABEL,
    FIGURE_NOTE,
    FIGURE_SHARE,
    FIGURE_TEXT,
    GLOSSARY_CODE,
    GLOSSARY_MIN_CODES,
    GLOSSARY_TERM,
    KPI_CONTEXT_LABEL,
    NAME_UNIT_NOT_FOR_CHANGES,
    POINTS_SUFFIX,
    POLARITY_CELL,
    POLARITY_LABEL,
    RAG_MARKS,
    RAG_WORDS,
    RATING_MAX_WORDS,
    REF_LABEL,
    REF_NAMES_TOO,
    RELATIVE_PERIOD_LABEL,
    SCORECARD_COLUMNS,
    STATED_UNIT,
    STATED_UNITS,
    TREND_CELL_MAX_WORDS,
    TREND_LABEL,
    WEAK_NAME_LABEL,
    WEEKS_WORD,
    WHEN_LABEL,
    WORD_TAIL_MAX_LETTERS,
    YEAR_WORD,
)

VALUE_FIELDS = ("last_month", "last_3_months", "last_12_months")
CHANGE_FIELDS = ("vs_previous_3_months", "vs_previous_year", "vs_previous_12_months")
_WHEN = re.compile(WHEN_LABEL, re.I)
_YEAR_WORD = re.compile(YEAR_WORD, re.I)
_PERIOD_LABEL = re.compile(BLOCK_PERIOD, re.I)
_FIGURE_LABEL = re.compile(FIGURE_LABEL, re.I)
_COMPARISON = re.compile(COMPARISON_LABEL, re.I)
_RELATIVE_PERIOD = re.compile(RELATIVE_PERIOD_LABEL, re.I)
_FIGURE_TEXT = re.compile(FIGURE_TEXT, re.I)
_FIGURE_NOTE = re.compile(FIGURE_NOTE, re.I)
_GLOSSARY_TERM = re.compile(GLOSSARY_TERM, re.I)
_CODE = re.compile(GLOSSARY_CODE)
_WEAK_NAME = re.compile(WEAK_NAME_LABEL, re.I)
_POLARITY_CELL = re.compile(POLARITY_CELL, re.I)
_WEEKS = re.compile(rf"\d\s*(?:{WEEKS_WORD})(?![a-z])", re.I)
_KPI_CONTEXT = re.compile(KPI_CONTEXT_LABEL, re.I)
_REF = re.compile(REF_LABEL, re.I)
_REF_NAMES_TOO = re.compile(REF_NAMES_TOO, re.I)
_STATED_UNIT = re.compile(STATED_UNIT, re.I)
_STATED_UNITS = tuple((suffix, re.compile(rf"(?:{word})$", re.I)) for suffix, word in STATED_UNITS)
_PATTERNS = dict(SCORECARD_COLUMNS)
_NAME = _PATTERNS["name"]
_COLUMNS = (*SCORECARD_COLUMNS, ("polarity", POLARITY_LABEL), ("trend", TREND_LABEL))
Rag = Literal["red", "amber", "green", "blue"]


def cell_text(cell: Optional[str]) -> str:
    """A cell on one line; a line ending in '-' runs on without a space ('Aug-\\n2022')."""
    out = ""
    for part in (cell or "").split("\n"):
        part = " ".join(part.split())
        if not part:
            continue
        joiner = "" if out.endswith("-") and not out.endswith(" -") else " "
        out = f"{out}{joiner}{part}" if out else part
    return out


# A year label a narrow column broke before its last digit: '2020/2' / '1'.
_BROKEN_YEAR = re.compile(r"\b(\d{4}[/-]\d) (\d)\b")


def header_text(cell: Optional[str]) -> str:
    """A header cell on one line, a financial year broken over two lines made whole ('2020/21'), and
    a word whose last letters a narrow column pushed onto a line of their own ('Targe' / 't', 'BRA' /
    'G')."""
    lines = [" ".join(part.split()) for part in (cell or "").split("\n") if part.strip()]
    for index in range(len(lines) - 1, 0, -1):
        if _broken_tail(lines[index]) and lines[index - 1][-1:].isalpha():
            lines[index - 1:index + 1] = [lines[index - 1] + lines[index]]
    return _BROKEN_YEAR.sub(r"\1\2", cell_text("\n".join(lines)))


def _broken_tail(line: str) -> bool:
    """A line of one or two letters alone: the end of the word on the line before."""
    return 1 <= len(line) <= WORD_TAIL_MAX_LETTERS and line.isalpha()


def _map_columns(cells: Sequence[Optional[str]], patterns: tuple[tuple[str, str], ...]) -> dict[str, int]:
    """field -> column for each header cell that names one (first column wins). A cell that names no
    field left is read again with a word broken across its lines joined: 'vs Previou' / 's 3 Months'
    reads 'Months' as last 3 months, taken already, and 'vs Previous 3 Months' as the comparison."""
    found: dict[str, int] = {}
    for index, raw in enumerate(cells):
        for cell in dict.fromkeys((cell_text(raw), header_text(raw), *_rejoined(raw))):
            core = cell.split("(")[0].lower() or cell.lower()
            name = next((n for n, pattern in patterns if n not in found and re.search(pattern, core, re.I)), None)
            if name:
                found[name] = index
                break
    return found


def _named_after_ref(cells: Sequence[Optional[str]], columns: dict[str, int]) -> dict[str, int]:
    """The columns with the measure's name moved from a column headed by its reference ('PI Ref',
    'KPI No.') to the next column that names measures ('Performance Indicator', 'Description')."""
    index = columns.get("name")
    if index is None:
        return columns
    label = header_text(cells[index])
    if not _REF.search(label) or _REF_NAMES_TOO.search(label):
        return columns
    taken = set(columns.values())
    for later in range(index + 1, len(cells)):
        text = header_text(cells[later])
        if later not in taken and text and (re.search(_NAME, text, re.I) or _WEAK_NAME.match(text)):
            return {**columns, "name": later}
    return columns


def _rejoined(raw: Optional[str]) -> list[str]:
    """The cell once for each line that goes on in lower case straight after a letter, that line
    joined to the one before without a space: a narrow column breaks a long word anywhere."""
    parts = [" ".join(p.split()) for p in (raw or "").split("\n") if p.strip()]
    return [" ".join([*parts[:i - 1], parts[i - 1] + parts[i], *parts[i + 1:]])
            for i in range(1, len(parts)) if parts[i - 1][-1].isalpha() and parts[i][0].islower()]


def period_label(label: str) -> str:
    """'Last Month (Jan-2023)' -> 'Jan-2023'; a label without a bracketed period is kept whole."""
    if "(" in label and label.rstrip().endswith(")"):
        inner = label[label.rindex("(") + 1: label.rstrip().rindex(")")].strip()
        return inner or label
    return label


@dataclass(frozen=True)
class ScorecardHeader:
    """Where each scorecard field sits, and each value column's label as printed."""

    columns: dict[str, int]
    labels: dict[str, str]
    n_cols: int
    # KPI tables of other shapes: figure columns that are none of the fields above, by label,
    # and columns of when (a Timescale) kept as printed.
    extra: dict[str, int] = field(default_factory=dict)
    text: dict[str, int] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(self.labels.get(f, "") for f in (*VALUE_FIELDS, *CHANGE_FIELDS)) + tuple(self.extra)

    @property
    def figure_columns(self) -> list[int]:
        return [self.columns[f] for f in VALUE_FIELDS if f in self.columns] + list(self.extra.values())


def scorecard_header(table: TableGrid, row: int = 0) -> Optional[ScorecardHeader]:
    """The header if the row names at least two scorecard value columns, one of them a value."""
    if row >= len(table.rows):
        return None
    cells = [header_text(c) for c in table.rows[row]]
    columns, plain = _plain_comparisons(table, row, _named_after_ref(table.rows[row],
                                                                      _map_columns(table.rows[row], _COLUMNS)))
    values = [f for f in (*VALUE_FIELDS, *CHANGE_FIELDS) if f in columns]
    if len(values) + len(plain) < 2 or not any(f in columns for f in VALUE_FIELDS):
        return None
    _add_direction_column(table, columns, row + 1)
    if "name" not in columns:  # no "Measure" header: the first column no other field took
        columns["name"] = next((i for i in range(len(cells)) if i not in columns.values()), 0)
    labels = {f: cells[columns[f]] for f in values}
    extra, text = _other_columns(table, row, cells, set(columns.values()))
    return ScorecardHeader(columns, labels, len(cells), extra, text)


def _other_columns(table: TableGrid, row: int, cells: Sequence[str],
                   taken: set[int]) -> tuple[dict[str, int], dict[str, int]]:
    """The figure columns no field took (Target, Change, a previous period's figures), and the columns
    of when (a Timescale), by label."""
    extra, text = {}, {}
    for index, label in enumerate(cells):
        body = [cell_text(r[index]) for r in table.rows[row + 1:] if index < len(r)]
        if index in taken or not label:
            continue
        if _figures(label, body):
            extra[label] = index
        elif _WHEN.search(label):  # a column of when ('Due date'), or of years ('Target year': '2026')
            text[label] = index
    return extra, text


def _plain_comparisons(table: TableGrid, row: int, columns: dict[str, int]) -> tuple[dict[str, int], list[int]]:
    """The columns without the change fields whose header names only an earlier period ('Previous 12
    months', 'Same quarter last year') and whose every filled cell is a plain figure ('89.9%', '55,010',
    '09:10'): that period's value, not a change; those columns, figure columns of the table's own, apart.
    A change column of arrows or words alone ('↑', 'Worse') is left to be the direction of travel."""
    demoted, wordy = set(), set()
    for f in CHANGE_FIELDS:
        index = columns.get(f)
        if index is None:
            continue
        cells = [c for c in (_cell(table, r, index) for r in range(row + 1, len(table.rows))) if c]
        if cells and not any(ch.isdigit() for c in cells for ch in c):
            wordy.add(f)  # 'Compared to last quarter' over '↑', 'Worse': the direction of travel
        elif cells and not _COMPARISON.search(header_text(table.rows[row][index])) and all(map(_plain_figure, cells)):
            demoted.add(f)
    kept = {f: i for f, i in columns.items() if f not in demoted | wordy}
    header = table.rows[row]
    for f in demoted:  # 'Same quarter last year | Change on last year': the change is the second column
        later = [i for i in range(len(header)) if i not in kept.values() and i != columns[f]
                 and _COMPARISON.search(header_text(header[i])) and _map_columns([header[i]], ((f, _PATTERNS[f]),))]
        if later:
            kept[f] = later[0]
    return kept, sorted(columns[f] for f in demoted)


def _plain_figure(raw: str) -> bool:
    """A figure printed as a value: no sign, arrow, direction word or points unit that a change prints."""
    if parse_value(raw).unit in (None, "text") or raw.lstrip()[:1] in "+-\u2212\u2013\u2014(":
        return False
    try:
        change = parse_change(raw)
    except ParseError:
        return False
    return change.direction is None and change.unit != "percentage_points"


def _add_direction_column(table: TableGrid, columns: dict[str, int], first_row: int) -> None:
    """Take as the trend the first column no field took whose filled body cells are all short
    directions ('↑', 'Better', 'No change'), where no header names a direction column; a column of
    'Higher' / 'Lower is better' says which way is better, not which way it went."""
    if "trend" in columns:
        return
    taken = set(columns.values())
    for index in range(max((len(r) for r in table.rows), default=0)):
        cells = [cell_text(r[index]) for r in table.rows[first_row:] if index < len(r) and cell_text(r[index])]
        if index in taken or not cells:
            continue
        if all(len(c.split()) <= TREND_CELL_MAX_WORDS and not any(ch.isdigit() for ch in c)
               and _reads_as_direction(c, False) for c in cells) \
                and any(c.strip("-\u2013\u2014 ") for c in cells):  # not a column of no-data dashes
            if all(_POLARITY_CELL.search(c) for c in cells):
                columns.setdefault("polarity", index)  # 'Higher' / 'Lower': which way is better
                continue
            columns["trend"] = index
            return


def _names_when(label: str) -> bool:
    """A header of a column of when ('Timescale', 'Due date', 'Year'), not one whose year qualifies a
    figure ('Year-end target', 'Full year forecast') nor a period's figures ('Last year')."""
    words = [m.group(0) for m in _WHEN.finditer(label)]
    if not words or _RELATIVE_PERIOD.search(label):
        return False
    return not (_FIGURE_LABEL.search(label) and all(_YEAR_WORD.fullmatch(w) for w in words))


def _figures(label: str, cells: Sequence[str]) -> bool:
    if _names_when(label):
        return False
    # "No data" cells and the header repeated in the body say nothing either way.
    values = [v for v in (figure_value(c)[0] for c in cells if c and c != label) if v.unit is not None]
    readable = [v for v in values if v.unit != "text" or _FIGURE_TEXT.match(v.raw) or _is_money(v.raw)]
    if readable and all(_is_year(v) for v in readable):
        return False  # a column of years
    if not values and _PERIOD_LABEL.fullmatch(label.strip()):
        return any(c and c != label for c in cells)  # 'Q4' over '-', 'n/a', 'TBC': a period not yet reported
    return bool(readable) and len(readable) >= FIGURE_SHARE * len(values)


def _is_money(raw: str) -> bool:
    try:
        return parse_money(raw).amount_gbp is not None
    except ParseError:
        return False


def _is_year(value: Value) -> bool:
    """A count printed as a year ('2028'); '2,000' with its thousands comma is a figure."""
    return (value.unit == "count" and value.value is not None and 1900 <= value.value <= 2100
            and value.raw.strip().isdigit())


def kpi_header(table: TableGrid) -> Optional[ScorecardHeader]:
    """A KPI table of another shape ('Indicator | Target | Actual | RAG | Direction of travel'):
    a column headed Measure/Indicator/KPI and at least one column of figures; or, first, a
    column of indicators and only a when ('Indicators | Timescale | Progress'), whose dates are
    kept as printed."""
    if len(table.rows) < 2:
        return None
    cells = [header_text(c) for c in table.rows[0]]
    columns = _plain_comparisons(table, 0, _named_after_ref(table.rows[0], _map_columns(table.rows[0], _COLUMNS)))[0]
    _add_direction_column(table, columns, 1)
    if "name" not in columns:
        weak = next((i for i, c in enumerate(cells) if i not in columns.values() and _WEAK_NAME.match(c)), None)
        context = {"rag", "trend"} & columns.keys() or any(_KPI_CONTEXT.search(c) for c in cells)
        if weak is None or not context:
            return None
        columns["name"] = weak
    extra, text = _other_columns(table, 0, cells, set(columns.values()))
    if not extra and not (text and columns["name"] == 0):
        return None
    labels = {f: cells[columns[f]] for f in (*VALUE_FIELDS, *CHANGE_FIELDS) if f in columns}
    return ScorecardHeader(columns, labels, len(cells), extra, text)


def stacked_header(table: TableGrid) -> Optional[TableGrid]:
    """A scorecard whose header takes two rows, a label spanning the columns under it ('Quarter 2
    2024/25' over 'Target | Actual', '2024/25' over 'Q1 | Q2 | Q3'), as a table with one header row:
    each column labelled by both rows ('Quarter 2 2024/25 Actual'); a caption across the whole table
    over the header is dropped. None when the second row is no header (a body row, a group row) or
    the joined header reads as no scorecard."""
    if len(table.rows) < 3:
        return None
    top, under = table.rows[0], table.rows[1]
    labels = [header_text(c) for c in under]
    if sum(1 for label in labels if label) < 2 or not any(_is_label(label) for label in labels):
        return None
    if not all(_is_label(label) for label in labels if label):
        return None  # figures: the first row of the body
    spanned = [i for i in range(1, len(top)) if top[i] is None and i < len(labels) and labels[i]]
    if not spanned:
        return None
    merged, carry = [], ""
    if table.row_is_merged(0):  # one cell across the table: the table's caption, over its header
        top = (None,) * len(top)
    for index in range(max(len(top), len(under))):
        over = top[index] if index < len(top) else None
        carry = carry if over is None else header_text(over)  # a span's label runs on over the cells it covers
        below = labels[index] if index < len(labels) else ""
        merged.append(" ".join(part for part in (carry, below) if part))
    box = (*table.row_bboxes[0][:3], table.row_bboxes[1][3]) if len(table.row_bboxes) > 1 else table.bbox
    joined = replace(table, rows=(tuple(merged), *table.rows[2:]), row_bboxes=(box, *table.row_bboxes[2:]),
                     fills=(table.fills[0], *table.fills[2:]) if len(table.fills) > 1 else table.fills,
                     inks=(table.inks[0], *table.inks[2:]) if len(table.inks) > 1 else table.inks)
    return joined if scorecard_header(joined) or kpi_header(joined) else None


def _is_label(text: str) -> bool:
    """A header word ('Q1', 'Target', '2024/25', a year), not a figure."""
    value = parse_value(text)
    year = value.unit == "count" and value.value is not None and 1900 <= value.value <= 2100 and "," not in text
    return value.unit == "text" or year


def looks_like_scorecard_rows(table: TableGrid, header: ScorecardHeader) -> bool:
    """True when a header-less table has the header's shape and figures where it has values."""
    if table.n_cols != header.n_cols or not table.rows:
        return False
    value_cols = header.figure_columns
    cells = [cell_text(row[c]) for row in table.rows for c in value_cols if c < len(row)]
    readable = [c for c in cells if figure_value(c)[0].unit not in (None, "text")]
    return bool(cells) and len(readable) * 2 >= len(cells)


def rag_of_fill(rgb, blue: bool = False) -> Optional[Rag]:
    """red / amber / green for a saturated colour; None for white and greys, and for blues
    unless `blue` (a rating's own colour: table headers and banding are often blue)."""
    if not rgb:
        return None
    r, g, b = rgb
    if max(rgb) - min(rgb) < 0.15:
        return None
    if r >= 0.6 and g < 0.45 and b < 0.45:
        return "red"
    if r >= 0.75 and 0.45 <= g and b < 0.5:
        return "amber"
    if g >= 0.45 and g > r + 0.1 and b < g:
        return "green"
    if blue and b >= 0.5 and b > r + 0.2 and b > g + 0.1:
        return "blue"
    return None


def _at(grid: tuple, row: int, col: int):
    return grid[row][col] if row < len(grid) and col < len(grid[row]) else None


def row_rag(table: TableGrid, row: int, header: ScorecardHeader) -> Optional[Rag]:
    """The row's colour code: a RAG/status column's word or the colour its mark is printed in
    (a red '●'), then a coloured mark elsewhere in the row, then the first coloured cell."""
    cells = table.rows[row]
    col = header.columns.get("rag")
    if col is not None and col < len(cells):
        word = cell_text(cells[col]).lower().strip(" .")
        rag = (RAG_WORDS.get(word) or _named_rating(word) or phrase_rating(word)
               or rag_of_fill(_at(table.inks, row, col), blue=True))
        if rag:
            return rag
    for index, cell in enumerate(cells):
        if cell_text(cell) in RAG_MARKS:
            rag = rag_of_fill(_at(table.inks, row, index), blue=True)
            if rag:
                return rag
    fills = table.fills[row] if row < len(table.fills) else ()
    return next((rag for rag in map(rag_of_fill, fills) if rag), None)


def _named_rating(text: str) -> Optional[Rag]:
    """The one colour a short rating cell names beside other words ('Amber ↑', 'On track (Green)',
    'GREEN - on target'); None for two colours ('Amber/Green') or a long text."""
    words = re.findall(r"[a-z]+", text)
    named = {RAG_WORDS[w] for w in words if len(w) > 1 and w in RAG_WORDS}
    return named.pop() if len(named) == 1 and len(text.split()) <= RATING_MAX_WORDS else None


def read_measures(table: TableGrid, header: ScorecardHeader, first_row: int, ctx: ExtractContext,
                  index: int) -> list[Measure]:
    """One Measure per body row; group rows (one cell across the table) label the rows below."""
    measures: list[Measure] = []
    group: Optional[str] = None
    signs = _signs_column(table, header, first_row)
    for row in range(first_row, len(table.rows)):
        if table.row_is_merged(row):
            group = cell_text(table.rows[row][0]) or group
            continue
        if row > 0 and [cell_text(c) for c in table.rows[row]] == [cell_text(c) for c in table.rows[0]]:
            continue  # the header repeated inside the table
        if scorecard_header(table, row) is not None:
            continue  # a header repeated inside the table
        measure = _measure(table, row, header, ctx, _Place(index, group, signs))
        if measure is not None:
            measures.append(measure)
    return measures


def is_run_on_row(table: TableGrid, row: int, header: ScorecardHeader) -> bool:
    """True when the row holds only words: a name, and at most the words that end its other cells
    (a change cell's last word 'points', 'better' of 'Lower is better'), with no figure, placeholder,
    rating or trend -- the rest of a row that a page break cut in two ('Households in temporary' /
    'accommodation'). A cell's fill is no rating here: the cut cell keeps its colour on the new page."""
    if row >= len(table.rows) or table.row_is_merged(row) or not _cell(table, row, header.columns.get("name")):
        return False
    marks = [header.columns.get(f) for f in ("rag", "trend")]
    if any(_cell(table, row, c) for c in marks if c is not None) \
            or row_rag(replace(table, fills=()), row, header) is not None:
        return False
    figures = [header.columns.get(f) for f in (*VALUE_FIELDS, *CHANGE_FIELDS)] + list(header.extra.values())
    return all(_is_word_tail(_cell(table, row, c)) for c in figures if c is not None)


def _is_word_tail(text: str) -> bool:
    """Empty, or words with no digit that read as no value ('points', 'days'; not 'n/a' or 'TBC')."""
    return not text or (not any(ch.isdigit() for ch in text) and parse_value(text).unit == "text")


def join_run_on(measure: Measure, table: TableGrid, row: int, header: ScorecardHeader) -> Measure:
    """The measure whose row a page break cut, with the words of its run-on row added to its name
    and to the cells they end ('-1.1 %' + 'points' is a change in percentage points)."""
    update: dict[str, Any] = {"name": join_lines([measure.name, _cell(table, row, header.columns.get("name"))]),
                              "polarity": measure.polarity
                              or polarity_of(_cell(table, row, header.columns.get("polarity")))}
    for f in (*VALUE_FIELDS, *CHANGE_FIELDS):
        old, tail = getattr(measure, f), _cell(table, row, header.columns.get(f))
        if old is not None and tail:
            raw = join_lines([old.raw, tail])
            update[f] = parse_value(raw) if f in VALUE_FIELDS else _change_or(raw, old)
    values = dict(measure.values)
    for label, column in header.extra.items():
        tail = _cell(table, row, column)
        if label in values and tail:
            values[label] = parse_value(join_lines([values[label].raw, tail]))
    update["values"] = values
    return measure.model_copy(update=update)


def _change_or(raw: str, old: Change) -> Change:
    try:
        return parse_change(raw)
    except ParseError:
        return old


def _signs_column(table: TableGrid, header: ScorecardHeader, first_row: int) -> bool:
    """True when the direction column prints signs ('+', '=' and '-'), so a lone '-' is down."""
    column = header.columns.get("trend")
    cells = [_cell(table, row, column) for row in range(first_row, len(table.rows))] if column is not None else []
    return any(is_sign(c) and c.strip() in ("+", "=") for c in cells)


@dataclass(frozen=True)
class _Place:
    """Where a row sits: its table's index within the priority, its group, how trends print."""

    index: int
    group: Optional[str]
    signs: bool = False


def _cell(table: TableGrid, row: int, column: Optional[int]) -> str:
    cells = table.rows[row]
    return cell_text(cells[column]) if column is not None and column < len(cells) else ""


def _measure(table: TableGrid, row: int, header: ScorecardHeader, ctx: ExtractContext,
             place: _Place) -> Optional[Measure]:
    name = _cell(table, row, header.columns.get("name"))
    if not name:
        return None
    page = table.page
    column = header.columns.get("trend")
    trend = _cell(table, row, column)
    signs = place.signs
    if trend and column is not None and not _reads_as_direction(trend, signs):  # 'Declini' / 'ng': 'Declining'
        trend = next((t for t in _rejoined(table.rows[row][column]) if _reads_as_direction(t, signs)), trend)

    def direction(raw: str) -> Optional[Direction]:
        return parse_direction(raw, signs=signs)

    fields: dict[str, Any] = {**_period_values(table, row, header, ctx, name),
                              **_changes(table, row, header, ctx, name)}
    values = _other_values(table, row, header)
    for label, value in values.items():
        if label in header.extra and value.unit == "text":  # kept as printed (an amount, '12 weeks')
            ctx.warn("unparsed_value", f"{name}: {label}: cannot read {value.raw!r} as a value", page)
    hint = _row_unit([*fields.values(), *values.values()]) or _printed_unit(table, row, header)
    fields.update({f: _in_stated_unit(v, _stated_unit(header.labels.get(f, "")) or _stated_unit(name))
                   for f, v in fields.items() if f in VALUE_FIELDS and v})
    fields.update({f: _change_in_stated_unit(v, _stated_unit(header.labels.get(f, ""))
                                             or _stated_unit(name, change=True))
                   for f, v in fields.items() if f in CHANGE_FIELDS and v})
    values = {label: _in_stated_unit(v, _stated_unit(label) or _stated_unit(name)) for label, v in values.items()}
    if hint:  # '7.0' beside '-0.1 days': the row measures days
        fields.update({f: _in_unit(v, hint) for f, v in fields.items() if f in VALUE_FIELDS and v})
        values = {label: _in_unit(v, hint) for label, v in values.items()}
    if hint in _CHANGE_HINTS:  # '+0.3' beside '7.4 days': a change of days ('11.2 mins' says not which unit)
        fields.update({f: _change_in_stated_unit(v, _CHANGE_HINTS[hint]) for f, v in fields.items()
                       if f in CHANGE_FIELDS and v})
    polarity = _cell(table, row, header.columns.get("polarity"))
    return Measure(
        name=name, periods={f: period_label(label) for f, label in header.labels.items()},
        polarity=polarity_of(polarity) if polarity else None,
        rag=row_rag(table, row, header) or _cell_rating(table, row, header),
        table=place.index, group=place.group, values=values,
        trend=ctx.parse(direction, trend, field=f"{name}: trend", page=page) if trend else None,  # type: ignore[arg-type]
        evidence=evidence_of(page, table.row_bboxes[row] if row < len(table.row_bboxes) else table.bbox),
        **fields,
    )


RowUnit = Literal["days", "seconds", "weeks"]


def _in_unit(value: Value, unit: RowUnit) -> Value:
    """A bare number ('7.0', a count) read in the unit the rest of its row prints ('14' beside '12 weeks'
    is 14 weeks, held as 98 days)."""
    if unit == "weeks":
        return _in_stated_unit(value, " weeks")
    return value.model_copy(update={"unit": unit}) if value.unit == "count" else value


# The row units a bare change is read in, as the suffix the parser reads after a figure: days and
# weeks only, for a row read in seconds may print minutes or hours.
_CHANGE_HINTS = {"days": " days", "weeks": " weeks"}


def _unit_printed(unit: Optional[str], raw: str) -> Optional[RowUnit]:
    """Days, weeks or seconds, as a cell read in `unit` prints it ('12 weeks' is read in days)."""
    if unit == "days":
        return "weeks" if _WEEKS.search(raw) else "days"
    return "seconds" if unit == "seconds" else None


def _stated_unit(label: str, change: bool = False) -> Optional[str]:
    """The unit a name or column header prints in brackets ('(mins)', '(days)', '(%)', '(pts)'), or a
    header that is its unit alone ('pp', '% pts'), as the suffix the value parser reads after a
    figure; None when it prints none. With `change`, a name's unit that does not say how its change
    is printed ('%') is none."""
    units = [m["unit"] for m in _STATED_UNIT.finditer(label)]
    for unit in (*units, label.strip()):
        suffix = next((s for s, word in _STATED_UNITS if word.fullmatch(unit)), None)
        if suffix and (unit in units or suffix == POINTS_SUFFIX):
            return None if change and suffix in NAME_UNIT_NOT_FOR_CHANGES else suffix
    return None


def _in_stated_unit(value: Value, suffix: Optional[str]) -> Value:
    """A bare figure ('11.2') under a printed unit ('(mins)'): read as the figure and its unit together
    ('11.2 mins', 672 seconds), its text kept as printed. Figures printing a unit of their own keep it."""
    if suffix is None or value.unit != "count" or value.value is None:
        return value
    read = parse_value(f"{value.value!r}{suffix}")
    return value if read.unit in (None, "text", "count") else value.model_copy(update={"value": read.value,
                                                                                        "unit": read.unit})


def _change_in_stated_unit(change: Change, suffix: Optional[str]) -> Change:
    """A bare change ('-0.8') under a printed unit ('(mins)', 'Change (pts)'): read as the figure and
    its unit together ('-0.8 mins', -48 seconds), its text and direction kept as printed."""
    if suffix is None or change.unit != "count" or change.value is None:
        return change
    try:
        read = parse_change(f"{change.value!r}{suffix}")
    except ParseError:
        return change
    return change.model_copy(update={"value": read.value, "unit": read.unit}) if read.unit != "count" else change


def _cell_rating(table: TableGrid, row: int, header: ScorecardHeader) -> Optional[Rag]:
    """The rating printed after a figure in the row's figure columns ('84.0% (Amber)'), the first."""
    for column in (*(header.columns.get(f) for f in VALUE_FIELDS), *header.extra.values()):
        rating = figure_value(_cell(table, row, column))[1] if column is not None else None
        if rating:
            return rating
    return None


def _reads_as_direction(raw: str, signs: bool) -> bool:
    try:
        return parse_direction(raw, signs=signs) is not None
    except ParseError:
        return False


def _row_unit(cells: Sequence[Optional[Value | Change]]) -> Optional[RowUnit]:
    """Days (or weeks) or seconds, when a cell of the row prints that unit (the row's other bare numbers
    are in it too)."""
    units = [_unit_printed(c.unit, c.raw) for c in cells if c is not None]
    order: tuple[RowUnit, ...] = ("days", "weeks", "seconds")
    return next((u for u in order if u in units), None)


def _printed_unit(table: TableGrid, row: int, header: ScorecardHeader) -> Optional[RowUnit]:
    """Days, weeks or seconds printed in a cell no field reads: '+0.4 days ↗' in a Change column beside
    'This Quarter 7.4' says the row measures days."""
    read = {*header.columns.values(), *header.extra.values(), *header.text.values()}
    for column, cell in enumerate(table.rows[row]):
        text = cell_text(cell)
        if column in read or not text:
            continue
        try:
            unit = _unit_printed(parse_change(text).unit, text)
        except ParseError:
            continue
        if unit:
            return unit
    return None


def figure_value(raw: str) -> tuple[Value, Optional[Rag]]:
    """A figure cell's value, and the rating printed after the figure ('84.0% (Amber)', '12 (G)'):
    the value as the figure reads, its text kept whole; a note in brackets after the figure ('85%
    (target 90%)') is no part of it."""
    value = parse_value(raw)
    if value.unit != "text":
        return value, None
    figure, rating = split_rating(raw)
    note = None if rating else _FIGURE_NOTE.match(raw)
    read = parse_value(figure) if rating else parse_value(note["figure"]) if note else value
    if read.unit in (None, "text"):
        return value, None
    return Value(raw=raw, value=read.value, unit=read.unit), rating


def _period_values(table: TableGrid, row: int, header: ScorecardHeader, ctx: ExtractContext,
                   name: str) -> dict[str, Optional[Value]]:
    fields: dict[str, Optional[Value]] = {}
    for f in VALUE_FIELDS:
        raw = _cell(table, row, header.columns.get(f))
        value = fields[f] = figure_value(raw)[0] if raw else None
        if value is not None and value.unit == "text":
            # kept raw (unit 'text'), but a reader should know a number was expected here
            ctx.warn("unparsed_value", f"{name}: {f}: cannot read {raw!r} as a value", table.page)
    return fields


def _changes(table: TableGrid, row: int, header: ScorecardHeader, ctx: ExtractContext,
             name: str) -> dict[str, Optional[Change]]:
    fields: dict[str, Optional[Change]] = {}
    for f in CHANGE_FIELDS:
        raw = _cell(table, row, header.columns.get(f))
        fields[f] = ctx.parse(parse_change, raw, field=f"{name}: {f}", page=table.page,
                              fallback=lambda r: Change(raw=r)) if raw else None
    return fields


def _other_values(table: TableGrid, row: int, header: ScorecardHeader) -> dict[str, Value]:
    """Figure columns by label, typed; columns of when (a Timescale) kept as printed."""
    values = {label: figure_value(_cell(table, row, column))[0] for label, column in header.extra.items()
              if _cell(table, row, column)}
    values.update({label: Value(raw=_cell(table, row, column), unit="text")
                   for label, column in header.text.items() if _cell(table, row, column)})
    return values


def deliverables_columns(table: TableGrid) -> Optional[dict[str, int]]:
    """Columns of an 'Action | Date Due | Progress' table, or None for any other table."""
    if not table.rows:
        return None
    columns = _map_columns(table.rows[0], DELIVERABLE_COLUMNS)
    return columns if "action" in columns and {"progress", "rag"} & columns.keys() else None


def read_deliverables(table: TableGrid, columns: dict[str, int], ctx: ExtractContext) -> list[Deliverable]:
    out = []
    for row in range(1, len(table.rows)):
        action = _cell(table, row, columns["action"])
        if not action or table.row_is_merged(row):
            continue
        due_raw = _cell(table, row, columns.get("due"))
        progress_raw = _cell(table, row, columns.get("progress")) or None
        due = ctx.parse(parse_date, due_raw, field=f"deliverable due ({action[:40]})", page=table.page,
                        fallback=lambda r: DateRef(raw=r)) if due_raw else None
        out.append(Deliverable(action=action, due=due, progress_pct=_progress(progress_raw),
                               progress_raw=progress_raw, owner=_cell(table, row, columns.get("owner")) or None,
                               rag=_deliverable_rag(table, row, columns),
                               commentary=_cell(table, row, columns.get("commentary")) or None,
                               evidence=evidence_of(table.page, table.row_bboxes[row])))
    return out


def _deliverable_rag(table: TableGrid, row: int, columns: dict[str, int]) -> Optional[Rag]:
    """The rating a RAG column prints (a word, a letter, a coloured mark or a filled cell), else the one
    a status names ('On track', 'At risk', 'Amber')."""
    for name, fill in (("rag", True), ("progress", False)):
        column = columns.get(name)
        if column is None:
            continue
        word = _cell(table, row, column).lower().strip(" .")
        rag = RAG_WORDS.get(word) or _named_rating(word) or phrase_rating(word)
        if rag is None and fill:
            rag = rag_of_fill(_at(table.inks, row, column), blue=True) or rag_of_fill(_at(table.fills, row, column))
        if rag:
            return rag
    return None


def _progress(raw: Optional[str]) -> Optional[float]:
    value = parse_value(raw) if raw else None
    if value is None or value.value is None or value.unit not in ("percent", "count"):
        return None
    return value.value if 0 <= value.value <= 100 else None


def is_glossary_header(table: TableGrid) -> bool:
    """'Acronym | Value', 'Term | Definition', 'Abbreviation | Meaning' two-column tables."""
    if table.n_cols != 2 or not table.rows:
        return False
    return bool(_GLOSSARY_TERM.match(cell_text(table.rows[0][0])))


def looks_like_glossary(table: TableGrid) -> bool:
    """A header-less two-column table whose first column holds short terms (a glossary continued)."""
    if table.n_cols != 2 or not table.rows:
        return False
    terms = [cell_text(r[0]) for r in table.rows]
    return all(t and len(t) <= 15 and len(t.split()) <= 2 for t in terms)


def code_glossary(table: TableGrid) -> Optional[tuple[int, int]]:
    """(term column, meaning column) of a two-column table that gives codes their meaning
    ('Shared Outcome | Number' over 'Support happy and healthy living for all | SO3'): one
    column holds distinct short codes, the other words. None for any other table."""
    if table.n_cols != 2 or len(table.rows) < GLOSSARY_MIN_CODES + 1:
        return None
    body = [[cell_text(c) for c in row] for row in table.rows[1:] if len(row) == 2]
    for term, meaning in ((0, 1), (1, 0)):
        codes = [row[term] for row in body]
        words = [row[meaning] for row in body]
        if (all(_CODE.fullmatch(c) for c in codes) and len(set(codes)) == len(codes)
                and all(len(w.split()) >= 2 for w in words)):
            return term, meaning
    return None


def read_glossary(table: TableGrid, has_header: bool, columns: tuple[int, int] = (0, 1)) -> list[GlossaryEntry]:
    out = []
    term_col, meaning_col = columns
    for row in range(1 if has_header else 0, len(table.rows)):
        cells = table.rows[row]
        if len(cells) <= max(columns):
            continue
        term, definition = cell_text(cells[term_col]), cell_text(cells[meaning_col])
        if term and definition:
            out.append(GlossaryEntry(term=term, definition=definition,
                                     evidence=evidence_of(table.page, table.row_bboxes[row])))
    return out

