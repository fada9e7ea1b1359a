"""The tables of a highlight report: scorecards, deliverables, measure summaries, glossaries.

Columns are found by what their header says, never by position, so a scorecard that drops the
sparkline column or reorders the comparisons still reads right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import TableGrid
from ...models.documents import Deliverable, GlossaryEntry, Measure, PriorityCounts
from ...models.values import Change, DateRef
from ...parsing import parse_change, parse_date, parse_direction, parse_number, parse_value
from ..base import ExtractContext, evidence_of

VALUE_FIELDS = ("last_month", "last_3_months", "last_12_months")
CHANGE_FIELDS = ("vs_previous_3_months", "vs_previous_year", "vs_previous_12_months")
_PREVIOUS = r"(?:previous|prior|preceding|prev\.?)"
_RECENT = r"(?:last|past|latest|rolling|recent|current|this)"
# Tried in order: comparisons name a "previous" period and must be tested before the values.
SCORECARD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("vs_previous_12_months", rf"{_PREVIOUS}\s+(?:12|twelve)\s*months?|{_PREVIOUS}\s+rolling\s+year"),
    ("vs_previous_3_months", rf"{_PREVIOUS}\s+(?:3|three)\s*months?|{_PREVIOUS}\s+quarter"),
    ("vs_previous_year",
     rf"{_PREVIOUS}\s+year|same\s+(?:period|month|quarter)\s+last\s+year|year\s+on\s+year|\byoy\b"),
    ("last_12_months",
     rf"(?:{_RECENT}\s+)?(?:12|twelve)\s*months?|rolling\s+year|\byear\s+to\s+date\b|\bytd\b"),
    ("last_3_months", rf"(?:{_RECENT}\s+)?(?:3|three)\s*months?|{_RECENT}\s+quarter"),
    ("last_month", rf"{_RECENT}\s+month\b|\bmonth\s*$|\bmonthly\b"),
    ("name", r"\bmeasures?\b|\bindicators?\b|\bkpis?\b|\bmetrics?\b"),
    ("rag", r"\brag\b|\bstatus\b|\brating\b"),
)
DELIVERABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("progress", r"\bprogress\b|\bcomplete\b|\bcompletion\b|\bpercent|\bstatus\b"),
    ("due", r"\bdue\b|\bdate\b|\bdeadline\b|\btimescales?\b|\bby when\b|\btarget\b"),
    ("action", r"\bactions?\b|\bdeliverables?\b|\bmilestones?\b|\bactivit(?:y|ies)\b|\btasks?\b"),
)
_GLOSSARY_TERM = re.compile(r"^(?:acronyms?|abbreviations?|terms?|glossary|short\s*form)$", re.I)
_MEASURE_COUNT = re.compile(r"(\d[\d,]*)\s+(?:[A-Za-z&/'-]+\s+){0,3}measures?\b", re.I)
SUMMARY_LABEL_WORDS = 8
_PRIORITY_LABEL = re.compile(r"\bP(?:riority)?\s*(\d{1,2})\b", re.I)
_COUNT_KEYS = (
    ("improving", r"improv|better"),
    ("declining", r"declin|worse|deteriorat"),
    ("static", r"static|stable|no\s+change|unchanged|same|flat"),
)
_RAG_WORDS = {"red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green", "g": "green"}


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


def _map_columns(cells: Sequence[str], patterns: tuple[tuple[str, str], ...]) -> dict[str, int]:
    """field -> column for each header cell that names one (first column wins)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        core = cell.split("(")[0].lower() or cell.lower()
        for name, pattern in patterns:
            if name not in found and re.search(pattern, core, re.I):
                found[name] = index
                break
    return found


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
    # KPI tables of other shapes: figure columns that are none of the fields above, by label.
    extra: dict[str, int] = field(default_factory=dict)

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
    cells = [cell_text(c) for c in table.rows[row]]
    columns = _map_columns(cells, SCORECARD_COLUMNS)
    values = [f for f in (*VALUE_FIELDS, *CHANGE_FIELDS) if f in columns]
    if len(values) < 2 or not any(f in columns for f in VALUE_FIELDS):
        return None
    if "name" not in columns:  # no "Measure" header: the first column no other field took
        columns["name"] = next((i for i in range(len(cells)) if i not in columns.values()), 0)
    labels = {f: cells[columns[f]] for f in values}
    return ScorecardHeader(columns, labels, len(cells))


_TREND = r"\bdirection\b|\btrend\b|\bdot\b|\btravel\b"
# A column counts as figures when at least this share of its filled cells read as values.
FIGURE_SHARE = 0.6


# Columns of when, not how much: a Timescale of "2028" is a year, not a figure.
_WHEN_LABEL = re.compile(r"time\s*scale|\bdates?\b|\byears?\b|deadline|\bdue\b|by\s+when|\bperiod\b", re.I)


def _figures(label: str, cells: Sequence[str]) -> bool:
    if _WHEN_LABEL.search(label):
        return False
    # "No data" cells and the header repeated in the body say nothing either way.
    values = [v for v in (parse_value(c) for c in cells if c and c != label) if v.unit is not None]
    readable = [v for v in values if v.unit != "text"]
    if readable and all(v.unit == "count" and v.value is not None and 1900 <= v.value <= 2100 for v in readable):
        return False  # a column of years
    return bool(readable) and len(readable) >= FIGURE_SHARE * len(values)


def kpi_header(table: TableGrid) -> Optional[ScorecardHeader]:
    """A KPI table of another shape ('Indicator | Target | Actual | RAG | Direction of travel'):
    a column headed Measure/Indicator/KPI and at least one column of figures."""
    if len(table.rows) < 2:
        return None
    cells = [cell_text(c) for c in table.rows[0]]
    columns = _map_columns(cells, (*SCORECARD_COLUMNS, ("trend", _TREND)))
    if "name" not in columns:
        return None
    taken = set(columns.values())
    extra = {}
    for index, label in enumerate(cells):
        body = [cell_text(row[index]) for row in table.rows[1:] if index < len(row)]
        if index not in taken and label and _figures(label, body):
            extra[label] = index
    if not extra:
        return None
    labels = {f: cells[columns[f]] for f in (*VALUE_FIELDS, *CHANGE_FIELDS) if f in columns}
    return ScorecardHeader(columns, labels, len(cells), extra)


def looks_like_scorecard_rows(table: TableGrid, header: ScorecardHeader) -> bool:
    """True when a header-less table has the header's shape and figures where it has values."""
    if table.n_cols != header.n_cols or not table.rows:
        return False
    value_cols = header.figure_columns
    cells = [cell_text(row[c]) for row in table.rows for c in value_cols if c < len(row)]
    readable = [c for c in cells if parse_value(c).unit not in (None, "text")]
    return bool(cells) and len(readable) * 2 >= len(cells)


def rag_of_fill(rgb) -> Optional[str]:
    """red / amber / green for a saturated fill colour; None for white, greys, blues."""
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
    return None


def row_rag(table: TableGrid, row: int, header: ScorecardHeader) -> Optional[str]:
    """The row's colour code: a RAG/status column's word first, then the first coloured cell."""
    cells = table.rows[row]
    if "rag" in header.columns and header.columns["rag"] < len(cells):
        word = cell_text(cells[header.columns["rag"]]).lower().strip(" .")
        if word in _RAG_WORDS:
            return _RAG_WORDS[word]
    fills = table.fills[row] if row < len(table.fills) else ()
    return next((rag for rag in map(rag_of_fill, fills) if rag), None)


def read_measures(table: TableGrid, header: ScorecardHeader, first_row: int, ctx: ExtractContext,
                  index: int) -> list[Measure]:
    """One Measure per body row; group rows (one cell across the table) label the rows below."""
    measures: list[Measure] = []
    group: Optional[str] = None
    for row in range(first_row, len(table.rows)):
        if table.row_is_merged(row):
            group = cell_text(table.rows[row][0]) or group
            continue
        if row > 0 and [cell_text(c) for c in table.rows[row]] == [cell_text(c) for c in table.rows[0]]:
            continue  # the header repeated inside the table
        if scorecard_header(table, row) is not None:
            continue  # a header repeated inside the table
        measure = _measure(table, row, header, ctx, index, group)
        if measure is not None:
            measures.append(measure)
    return measures


def _cell(table: TableGrid, row: int, column: Optional[int]) -> str:
    cells = table.rows[row]
    return cell_text(cells[column]) if column is not None and column < len(cells) else ""


def _measure(table: TableGrid, row: int, header: ScorecardHeader, ctx: ExtractContext,
             index: int, group: Optional[str]) -> Optional[Measure]:
    name = _cell(table, row, header.columns.get("name"))
    if not name:
        return None
    page = table.page
    fields: dict[str, object] = {}
    for f in VALUE_FIELDS:
        raw = _cell(table, row, header.columns.get(f))
        fields[f] = parse_value(raw) if raw else None
        if fields[f] is not None and fields[f].unit == "text":
            # kept raw (unit 'text'), but a reader should know a number was expected here
            ctx.warn("unparsed_value", f"{name}: {f}: cannot read {raw!r} as a value", page)
    for f in CHANGE_FIELDS:
        raw = _cell(table, row, header.columns.get(f))
        fields[f] = ctx.parse(parse_change, raw, field=f"{name}: {f}", page=page,
                              fallback=lambda r: Change(raw=r)) if raw else None
    extra = {label: parse_value(_cell(table, row, column)) for label, column in header.extra.items()
             if _cell(table, row, column)}
    trend = _cell(table, row, header.columns.get("trend"))
    return Measure(
        name=name, periods={f: period_label(label) for f, label in header.labels.items()},
        rag=row_rag(table, row, header), table=index, group=group,
        values=extra, trend=ctx.parse(parse_direction, trend, field=f"{name}: trend", page=page) if trend else None,
        evidence=evidence_of(page, table.row_bboxes[row] if row < len(table.row_bboxes) else table.bbox),
        **fields,
    )


def deliverables_columns(table: TableGrid) -> Optional[dict[str, int]]:
    """Columns of an 'Action | Date Due | Progress' table, or None for any other table."""
    if not table.rows:
        return None
    columns = _map_columns([cell_text(c) for c in table.rows[0]], DELIVERABLE_COLUMNS)
    return columns if {"action", "progress"} <= columns.keys() else None


def read_deliverables(table: TableGrid, columns: dict[str, int], ctx: ExtractContext) -> list[Deliverable]:
    out = []
    for row in range(1, len(table.rows)):
        action = _cell(table, row, columns["action"])
        if not action or table.row_is_merged(row):
            continue
        due_raw = _cell(table, row, columns.get("due"))
        progress_raw = _cell(table, row, columns["progress"]) or None
        due = ctx.parse(parse_date, due_raw, field=f"deliverable due ({action[:40]})", page=table.page,
                        fallback=lambda r: DateRef(raw=r)) if due_raw else None
        out.append(Deliverable(action=action, due=due, progress_pct=_progress(progress_raw),
                               progress_raw=progress_raw,
                               evidence=evidence_of(table.page, table.row_bboxes[row])))
    return out


def _progress(raw: Optional[str]) -> Optional[float]:
    value = parse_value(raw) if raw else None
    if value is None or value.value is None or value.unit not in ("percent", "count"):
        return None
    return value.value if 0 <= value.value <= 100 else None


def _number(raw: str) -> Optional[int]:
    """A count as printed ('37', '1,234'); None for anything else, negatives included."""
    try:
        number = parse_number(raw)
    except ParseError:
        return None
    return int(number) if number >= 0 and number == int(number) else None


def summary_counts(table: TableGrid) -> list[PriorityCounts]:
    """Groups of a measure-summary table: '66 measures | Improving | Declining' over '| 37 | 28'.

    Any row may hold group labels, with the counts in the row below; side-by-side summary boxes
    that the table finder joined into one staggered grid read the same way. A group without a
    priority number ('66 PCP performance measures') is the overall count.
    """
    groups: list[PriorityCounts] = []
    for labels, values in zip(table.rows, table.rows[1:], strict=False):
        current: Optional[PriorityCounts] = None
        for index, cell in enumerate(labels):
            label = cell_text(cell)
            count = _MEASURE_COUNT.search(label)
            key = next((k for k, pattern in _COUNT_KEYS if re.search(pattern, label, re.I)), None)
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
    return [g for g in groups if any(v is not None for v in (g.improving, g.declining, g.static))]


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


def read_glossary(table: TableGrid, has_header: bool) -> list[GlossaryEntry]:
    out = []
    for row in range(1 if has_header else 0, len(table.rows)):
        cells = table.rows[row]
        term, definition = cell_text(cells[0]), cell_text(cells[1] if len(cells) > 1 else "")
        if term and definition:
            out.append(GlossaryEntry(term=term, definition=definition,
                                     evidence=evidence_of(table.page, table.row_bboxes[row])))
    return out

