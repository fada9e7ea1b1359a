"""What a span looks like, measured once and shared by every kind's classifier.

Each feature is a number in 0..1 (a yes/no feature is 0 or 1) read off the span's structure:
where its headings are, how its numbered lines read, what its tables hold. Kinds weigh them
in their declared score cards (`common/cues.py`, each kind's `settings.py`); nothing here
decides a kind. Features are computed lazily and cached on the span.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterator

from ...errors import ParseError
from ...layout import Line, TableGrid
from ...parsing import find_money, find_page_ranges, parse_money, parse_value
from ...parsing.pages import parse_page_cell
from ...span import DocumentSpan
from . import vocabulary as vocab
from .header import read_header
from .numbering import numbered
from .unruled import unruled_tables

# Headings are looked for in this many lines at the top of the first content page.
HEAD_LINES = 15


def head_text(span: DocumentSpan, n: int = 25) -> str:
    """The first n lines of the first content page, one string."""
    return "\n".join(ln.text for ln in span.head_lines(n))


def has_any(text: str, *patterns: str) -> bool:
    return any(re.search(p, text, re.I | re.M) for p in patterns)


def count(text: str, pattern: str) -> int:
    return len(re.findall(pattern, text, re.I | re.M))


def header_fields(span: DocumentSpan) -> dict[str, str]:
    """Report header fields from the first content page: a label | value table or From/To lines."""
    return read_header(span).fields


def has_report_header(span: DocumentSpan) -> bool:
    fields = {k.lower() for k in header_fields(span)}
    return len(fields & vocab.REPORT_HEADER_LABELS) >= 2


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _saturate(value: float, full: float) -> float:
    """value/full capped at 1: 'at least `full` of them' is full strength."""
    return min(1.0, value / full) if full else 0.0


class SpanFeatures:
    """Structural features of one span; every property is 0..1."""

    def __init__(self, span: DocumentSpan) -> None:
        self.span = span

    # --- what the top of the first page says --------------------------------------------
    @cached_property
    def _head(self) -> list[Line]:
        return self.span.head_lines(HEAD_LINES)

    @cached_property
    def _body_size(self) -> float:
        page = self.span.first_page
        sizes = [round(ln.size) for ln in page.lines] if page else []
        return max(set(sizes), key=sizes.count) if sizes else 0.0

    def _heading_lines(self) -> Iterator[Line]:
        """Lines at the top that read as headings: short, or set apart (bold, larger, capitals),
        and not numbered items or sentences."""
        for line in self._head:
            words = line.text.split()
            if numbered(line) or vocab.INFINITIVE.match(line.text) or len(words) > vocab.MAX_HEADING_WORDS:
                continue
            set_apart = line.bold or line.size > self._body_size + 0.5 or line.text.isupper()
            if len(words) <= vocab.SHORT_HEADING_WORDS or set_apart:
                yield line

    @cached_property
    def agenda_heading(self) -> float:
        return float(any(vocab.AGENDA_HEADING.search(ln.text) for ln in self._heading_lines()))

    @cached_property
    def minutes_heading(self) -> float:
        heads = [ln.text for ln in self._heading_lines()] + [p for p in self._head_sentences()]
        return float(any(vocab.MINUTES_HEADING.search(t) for t in heads))

    def _head_sentences(self) -> list[str]:
        """Opening sentences that say these are minutes (not an agenda item naming minutes), from
        the line where the saying starts: under a letterhead ('CYNGOR CYMUNED LLANDDEWI' /
        'Cofnodion cyfarfod ... a gynhaliwyd ...') the sentence is read from its own line."""
        plain = [ln.text for ln in self._head[:8] if not numbered(ln) and not vocab.INFINITIVE.match(ln.text)]
        starts, at = set(), 0
        for text in plain:
            starts.add(at)
            at += len(text) + 1
        text = " ".join(plain)
        found = []
        for sentence in re.finditer(r"\S.*?(?:[.!?](?=\s)|$)", text):
            said = vocab.MINUTES_SENTENCE.search(sentence.group(0))
            if said is None or find_page_ranges(sentence.group(0)):
                continue
            found.append(sentence.group(0))
            if sentence.start() + said.start() in starts:  # the sentence opens a line of its own
                found.append(sentence.group(0)[said.start():])
        return found

    @cached_property
    def summons(self) -> float:
        """A letter calling members to the meeting ('You are hereby summoned...', 'Dear
        Councillor, ... will be held on ...', 'Notice is hereby given')."""
        return float(has_any(self._first_page_text, *vocab.SUMMONS))

    @cached_property
    def letter(self) -> float:
        return float(has_any(self._first_page_text, *vocab.LETTER))

    @cached_property
    def _first_page_text(self) -> str:
        page = self.span.first_page
        return page.text if page else ""

    # --- numbered lines ------------------------------------------------------------------
    @cached_property
    def _numbered_titles(self) -> list[str]:
        """Numbered lines' titles and the columns tabbed beside them, and the cells of table rows
        that open with an item number (a No. | Item | Lead | Purpose agenda, ruled or set with tab
        stops: 'Apologies for absence', 'To receive')."""
        titles = []
        for ln in self.span.lines():
            if n := numbered(ln):  # and the columns tabbed beside the title (Lead, Purpose)
                segments = ln.segments()
                beside = segments[2:] if vocab.ROW_NUMBER.match(segments[0].text) else segments[1:]
                titles += [n.title, *(seg.text for seg in beside)]
        for table in self.span.tables:
            for row in table.rows:
                cells = [" ".join((c or "").split()) for c in row]
                if len(cells) >= 2 and vocab.ROW_NUMBER.match(cells[0]):
                    titles += [c for c in cells[1:] if c]
        return titles

    @cached_property
    def infinitive_items(self) -> float:
        """Numbered lines worded as what the meeting will do: 'To receive...', 'To approve...'."""
        titles = self._numbered_titles
        hits = sum(bool(vocab.INFINITIVE.match(t)) for t in titles)
        return _saturate(hits, 3) * (1.0 if _share(hits, len(titles)) >= 0.2 else 0.5)

    @cached_property
    def business_items(self) -> float:
        """The standing items every meeting has (apologies, interests, previous minutes)."""
        found = {name for t in self._numbered_titles for name, p in vocab.STANDING_ITEMS.items() if p.search(t)}
        return _saturate(len(found), 2)

    @cached_property
    def page_references(self) -> float:
        """'(Pages 5 - 12)' after items, or ranges in a table's Pages column ('No. | Item | Pages')."""
        found = len(find_page_ranges(self.span.text))
        for table in self.span.tables:
            header = [(c or "").strip() for c in table.rows[0]] if table.rows else []
            for col, label in enumerate(header):
                if vocab.PAGES_HEADER.match(label):
                    cells = [" ".join((row[col] or "").split()) for row in table.rows[1:] if col < len(row)]
                    found += sum(1 for cell in cells if (pages := parse_page_cell(cell)) and pages[1] > pages[0])
        return _saturate(found, 2)

    @cached_property
    def future_tense(self) -> float:
        return float(has_any(self._first_page_text, *vocab.FUTURE_MEETING))

    # --- the record of a meeting ---------------------------------------------------------
    @cached_property
    def attendance_block(self) -> float:
        return float(any(vocab.ATTENDANCE_LABEL.match(ln.text) for ln in self.span.lines()))

    @cached_property
    def present_label(self) -> float:
        """'Present:' / 'In attendance': who was there, which only a record prints."""
        return float(any(vocab.PRESENT_LABEL.match(ln.text) for ln in self.span.lines()))

    @cached_property
    def narrative(self) -> float:
        """Reported speech and action in the past tense, as minutes and notes are written:
        how densely (per page) the text says what people did."""
        pages = max(1, len(self.span.content_pages))
        return _saturate(count(self.span.text, vocab.NARRATIVE_VERBS) / pages, 6)

    @cached_property
    def attendance_table(self) -> float:
        """A table headed Attendees | Apologies, Name | Status, Present | Absent: who came."""
        for table in self.span.tables:
            header = " ".join(c or "" for c in table.rows[0]) if table.rows else ""
            if vocab.ATTENDANCE_HEADER.search(header):
                return 1.0
            # a header table's label column: 'Title | ...', 'Date | ...', 'Attendees | names', 'Apologies | names'
            if any(len(row) > 1 and row[0] and row[1] and vocab.ATTENDANCE_LABEL.match(row[0].strip())
                   for row in table.rows[1:]):
                return 1.0
        return 0.0

    @cached_property
    def outcomes(self) -> float:
        """Decisions recorded in the past tense: 'RESOLVED', 'it was agreed', 'was noted'."""
        return _saturate(count(self.span.text, vocab.PAST_OUTCOMES), 3)

    @cached_property
    def signed_by_chair(self) -> float:
        return float(has_any(self.span.text, *vocab.SIGNED))

    # --- tables --------------------------------------------------------------------------
    @cached_property
    def _unruled(self) -> list[TableGrid]:
        """Tables set with tab stops and no rules (a Word table with its borders off, a
        spreadsheet printed without gridlines), read as the extractors read them."""
        return [grid for page in self.span.content_pages for _, _, grid in unruled_tables(page.lines)]

    @cached_property
    def _cells(self) -> list[str]:
        """Every table cell, ruled or set with tab stops."""
        return [c for t in [*self.span.tables, *self._unruled] for r in t.rows for c in r if c]

    @cached_property
    def _figure_rows(self) -> list[list[str]]:
        """Rows of a table of figures: a label then two or more numeric cells, whether the
        table is ruled or laid out with tab stops (a spreadsheet printed to PDF)."""
        rows = [[c or "" for c in r] for t in self.span.tables for r in t.rows]
        rows += [[seg.text for seg in ln.segments()] for ln in self.span.lines()]
        rows = [_after_code(r) for r in rows]
        return [r for r in rows if sum(_is_figure(c) for c in r[1:]) >= 2 and not _is_figure(r[0] or "x")]

    @cached_property
    def money_table(self) -> float:
        """Figures by line with a printed total: budgets, spending sheets, funding tables."""
        rows = self._figure_rows
        money = sum(bool(find_money(c)) for r in rows for c in r)
        totals = any(vocab.TOTAL_ROW.match(r[0]) for r in rows)
        strength = _saturate(len(rows), 6) * (1.0 if totals else 0.5)
        return strength if money or self.budget_words or totals else strength * 0.5

    @cached_property
    def money_columns(self) -> float:
        """Columns headed by a money unit (pounds, thousands or millions) over figures: the shape of a
        budget or funding table even with a single column of amounts."""
        return _saturate(max((_money_column_rows(t) for t in self.span.tables), default=0), 6)

    @cached_property
    def contract_table(self) -> float:
        """A table of contracts: a service or contract column, a start, procurement or term
        column, and amounts in its rows (what a commissioning plan lists to procure)."""
        return float(any(_is_contract_table(t) for t in self.span.tables))

    @cached_property
    def budget_words(self) -> float:
        return _saturate(count(self.span.text, vocab.BUDGET_WORDS), 4)

    @cached_property
    def kpi_table(self) -> float:
        """Tables headed like scorecards (Target | Actual | RAG, last month / previous)."""
        return float(any(_kpi_header(t) for t in [*self.span.tables, *self._unruled]))

    @cached_property
    def kpi_values(self) -> float:
        percents = sum(_is_percent(c) for c in self._cells)
        rag = sum(bool(vocab.RAG_WORD.fullmatch(c.strip())) for c in self._cells)
        return _saturate(percents + rag, 10)

    @cached_property
    def kpi_panels(self) -> float:
        """Indicators printed one panel each: lines of 'Latest: 45.2%  Target: 50%' pairs."""
        return _saturate(sum(bool(vocab.KPI_PANEL_LINE.match(ln.text)) for ln in self.span.lines()), 4)

    @cached_property
    def performance_words(self) -> float:
        return float(has_any(head_text(self.span, 20), *vocab.PERFORMANCE_TITLES))

    @cached_property
    def priorities(self) -> float:
        return float(count(self.span.text, r"\bpriority \d") >= 2)

    @cached_property
    def _title_text(self) -> str:
        """Heading lines, header-table values and a spreadsheet's title row (its first cells)."""
        heads = [ln.text for ln in self._heading_lines()][:6]
        page = self.span.first_page
        if page and page.tables and (not page.lines or page.tables[0].top < page.lines[0].top):
            heads += [c for c in page.tables[0].rows[0] if c][:2]
        return "\n".join(heads + list(header_fields(self.span).values()))

    @cached_property
    def commissioning_words(self) -> float:
        return float(has_any(self._title_text, *vocab.COMMISSIONING_TITLES))

    @cached_property
    def budget_title(self) -> float:
        """A budget, spending sheet or accounts heading, backed by a table of figures."""
        return float(has_any(self._title_text, *vocab.BUDGET_TITLES)) * min(1.0, 2 * self.money_table)

    # --- shape ---------------------------------------------------------------------------
    @cached_property
    def landscape(self) -> float:
        return float(self.span.landscape_share > 0.6)

    @cached_property
    def portrait(self) -> float:
        return float(self.span.landscape_share < 0.5)

    @cached_property
    def report_header(self) -> float:
        return float(has_report_header(self.span))

    @cached_property
    def numbered_sections(self) -> float:
        text = self.span.text
        return float(count(text, r"^\s*\d{1,2}\.\d{1,2}\s") >= 3 or count(text, r"^\s*\d{1,2}\.\s") >= 4)

    @cached_property
    def recommendations(self) -> float:
        return float(has_any(self.span.text, r"\brecommendations?\b", r"\brecommended\s+that\b"))

    @cached_property
    def prose(self) -> float:
        """Sentences under bold headings (a briefing note or councillor's report)."""
        lines = list(self.span.lines())
        sentences = sum(ln.text.rstrip().endswith(".") for ln in lines)
        headings = sum(ln.bold and len(ln.text.split()) <= 12 for ln in lines)
        return float(sentences >= 3 and headings >= 1 and not self.letter)


def features(span: DocumentSpan) -> SpanFeatures:
    """The span's features, computed once per span."""
    cached = span.__dict__.get("_features")
    if cached is None:
        cached = SpanFeatures(span)
        span.__dict__["_features"] = cached  # DocumentSpan is frozen; its __dict__ is the cache
    return cached


def _after_code(row: list[str]) -> list[str]:
    """The row from its label on, when an account code comes first ('4010 | Office & stationery | 600')."""
    if len(row) > 2 and vocab.ACCOUNT_CODE.match(row[0].strip()) and row[1].strip() and not _is_figure(row[1]):
        return row[1:]
    return row


def _is_figure(cell: str) -> bool:
    """'3,500', '(1,234)', '98.00', an amount with a currency sign, '1250', '-', '#####' (a
    spreadsheet's overflow)."""
    text = cell.strip()
    return bool(text) and (bool(vocab.FIGURE.fullmatch(text)) or bool(find_money(text)))


def _money_column_rows(table: TableGrid) -> int:
    """Figures under the table's best money-unit column (its header in the first two rows)."""
    best = 0
    rows = [[c or "" for c in row] for row in table.rows]
    head = rows[:1] + [r for r in rows[1:2] if not any(_is_figure(c) for c in r[1:])]
    for col in range(1, table.n_cols):
        label = " ".join(row[col] for row in head if col < len(row))
        if not label.strip() or not _names_money_unit(label):
            continue
        cells = [row[col] for row in rows[len(head):] if col < len(row)]
        best = max(best, sum(_is_figure(c) for c in cells))
    return best


def _is_contract_table(table: TableGrid) -> bool:
    if len(table.rows) < 2 or table.n_cols < 3:
        return False
    header = " ".join(c or "" for c in table.rows[0])
    if not (vocab.CONTRACT_SERVICE.search(header) and vocab.CONTRACT_WHEN.search(header)):
        return False
    return any(find_money(c or "") for row in table.rows[1:] for c in row)


def _names_money_unit(label: str) -> bool:
    """A header a bare figure can be read under: a currency and its scale (parse_money's unit)."""
    if len(label) > vocab.MONEY_UNIT_MAX_CHARS:
        return False
    try:
        parse_money("1", unit=label)
    except ParseError:
        return False
    return True


def _is_percent(cell: str) -> bool:
    text = cell.strip()
    if not text.endswith("%") or len(text) > 12:
        return False
    try:
        return parse_value(text).unit == "percent"
    except ParseError:
        return False


def _kpi_header(table: TableGrid) -> bool:
    if not table.rows:
        return False
    header = " ".join(c or "" for c in table.rows[0]).lower()
    return sum(bool(re.search(p, header)) for p in vocab.KPI_HEADER_WORDS) >= 2 or "last month" in header
