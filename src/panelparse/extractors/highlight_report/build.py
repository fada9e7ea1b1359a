"""Walk a highlight report's slides in order and give each table and text block its place.

Which priority a slide belongs to comes from its title ("Priority 2: ...", "Score card -
Priority 2: ...", "P2: ..."). A slide without one continues the priority before it, except a
slide that opens a new priority's text (its own "Outcomes" or deliverables) when the current
priority already has those or has reached its scorecards: that slide starts the next priority
(the number of the next titled slide). Scorecard tables with the same header as the last one,
or with no header, continue that table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...layout import TableGrid
from ...models.documents import (
    Commentary,
    Deliverable,
    GlossaryEntry,
    Measure,
    PriorityCounts,
    Table,
    TableGroup,
)
from ..base import ExtractContext, evidence_of
from ..common.tables import amount_alone
from .blocks import kpi_from_block
from .settings import SECTION_NUMBER
from .slides import Block, Slide, opens_priority, priority_of, section_of, title_groups
from .summary import summary_counts
from .tables import (
    ScorecardHeader,
    cell_text,
    code_glossary,
    deliverables_columns,
    is_glossary_header,
    is_run_on_row,
    join_run_on,
    kpi_header,
    looks_like_glossary,
    looks_like_scorecard_rows,
    read_deliverables,
    read_glossary,
    read_measures,
    scorecard_header,
    stacked_header,
)

_SECTION_NUMBER = re.compile(SECTION_NUMBER, re.I)
# Sections that open a priority's text: seeing them again means a new priority has begun.
OPENING_SECTIONS = {"outcomes", "deliverables"}
COVER_MAX_LINES = 8


@dataclass
class PriorityState:
    """What has been read for one priority so far."""

    number: int
    title: Optional[str] = None
    sections: dict[str, list[str]] = field(default_factory=dict)
    deliverables: list[Deliverable] = field(default_factory=list)
    scorecards: list[Measure] = field(default_factory=list)
    commentary: list[Commentary] = field(default_factory=list)
    table_index: int = -1
    last_header: Optional[ScorecardHeader] = None
    header_row: tuple[str, ...] = ()  # the last scorecard's header row as printed (compared spaceless)

    @property
    def opened(self) -> set[str]:
        found = {k for k, v in self.sections.items() if v}
        return found | {"deliverables"} if self.deliverables else found


@dataclass
class _GenericTable:
    title: Optional[str]
    page: int
    bbox: tuple[float, float, float, float]
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    groups: list[TableGroup] = field(default_factory=list)
    page_end: Optional[int] = None


class ReportBuilder:
    """Collects priorities, summary, glossary, commentary and other tables slide by slide."""

    def __init__(self, ctx: ExtractContext):
        self.ctx = ctx
        self.priorities: dict[int, PriorityState] = {}
        self.current: Optional[PriorityState] = None
        self.summary: list[tuple[PriorityCounts, TableGrid]] = []
        self.glossary: list[GlossaryEntry] = []
        self.commentary: list[Commentary] = []
        self.generic: list[_GenericTable] = []
        self._last_table_kind: Optional[str] = None

    # -- priorities ---------------------------------------------------------------------
    def read(self, slides: list[Slide]) -> None:
        titled = any(priority_of(s.title) for s in slides)
        groups = [None] * len(slides) if titled else title_groups([s.title for s in slides])
        for index, slide in enumerate(slides):
            if index == 0 and _is_cover(slide):
                continue  # its title and period are read by the extractor; the rest is branding
            try:
                self._enter_group(groups[index])
                self._slide(slide, slides[index + 1:])
            except Exception as exc:  # noqa: BLE001 - one odd slide must not lose the deck
                self.ctx.warn("slide_unreadable", f"slide on page {slide.page.number} skipped "
                              f"({type(exc).__name__}: {exc})", slide.page.number)

    def _enter_group(self, group: Optional[str]) -> None:
        """A deck whose slide titles name a group ('~ Public Health') has a priority per group,
        numbered in order; a title that extends the group's name ('Public Health Education')
        continues it."""
        if not group:
            return
        title = (self.current.title or "") if self.current else ""
        if self.current is None or not group.lower().startswith(title.lower()) or not title:
            self.current = self._priority(len(self.priorities) + 1, group)

    def _slide(self, slide: Slide, later: list[Slide]) -> None:
        self._place(slide, later)
        glossary_slide = any(is_glossary_header(t) or code_glossary(t) for t in slide.page.tables)
        if not any(_heading_priority(b) for b in slide.blocks):
            for table in slide.page.tables:
                self._table(table, slide)
            for block in slide.blocks:
                self._block(block, document_level=glossary_slide)
            return
        # A page of a Word report: headings naming a priority ('Priority 2: ...') claim the
        # tables and text below them, so the page is read top to bottom.
        flow: list[tuple[float, int, object]] = [(t.top, 1, t) for t in slide.page.tables]
        flow += [(b.first.bbox[1] if b.first else 0.0, 0, b) for b in slide.blocks]
        for _, _, item in sorted(flow, key=lambda f: (f[0], f[1])):
            if isinstance(item, Block):
                found = _heading_priority(item)
                self.current = self._priority(*found) if found else self.current
                self._block(item, document_level=glossary_slide)
            else:
                self._table(item, slide)  # type: ignore[arg-type]

    def _priority(self, number: int, title: Optional[str]) -> PriorityState:
        state = self.priorities.setdefault(number, PriorityState(number))
        state.title = state.title or title
        return state

    def _place(self, slide: Slide, later: list[Slide]) -> None:
        titled = priority_of(slide.title)
        if titled:
            self.current = self._priority(*titled)
            return
        opening = self._opening_sections(slide)
        if not opening:
            return
        current = self.current
        if current is None or current.scorecards or opening & current.opened:
            self.current = self._priority(self._next_number(later), None)

    def _opening_sections(self, slide: Slide) -> set[str]:
        found = {s for b in slide.blocks if (s := section_of(b.heading_text))} & OPENING_SECTIONS
        if any(deliverables_columns(t) for t in slide.page.tables):
            found.add("deliverables")
        return found

    def _next_number(self, later: list[Slide]) -> int:
        floor = self.current.number if self.current else 0
        for slide in later:
            titled = priority_of(slide.title)
            if titled and titled[0] > floor:
                return titled[0]
        return floor + 1

    # -- tables -------------------------------------------------------------------------
    def _table(self, table: TableGrid, slide: Slide) -> None:
        table = stacked_header(table) or table
        kind = self._table_kind(table)
        self._last_table_kind = kind
        if kind == "summary":
            self.summary.extend((group, table) for group in summary_counts(table))
        elif kind == "deliverables" and self.current is not None:
            columns = deliverables_columns(table)
            self.current.deliverables.extend(read_deliverables(table, columns or {}, self.ctx))
        elif kind in ("scorecard", "scorecard_continued"):
            self._scorecard(table, slide, continued=kind == "scorecard_continued")
        elif kind == "scorecard_run_on" and self.current is not None and self.current.last_header is not None:
            self._run_on(self.current, table, self.current.last_header, 1)
        elif kind in ("glossary", "glossary_continued"):
            self.glossary.extend(read_glossary(table, has_header=kind == "glossary",
                                               columns=code_glossary(table) or (0, 1)))
        elif len(table.rows) >= 2:
            self._generic(table, slide.title)

    def _table_kind(self, table: TableGrid) -> str:
        if summary_counts(table):
            return "summary"
        if deliverables_columns(table) and self.current is not None:
            return "deliverables"
        if scorecard_header(table) or kpi_header(table):
            return "scorecard"
        last = self.current.last_header if self.current else None
        if last and self._last_table_kind and self._last_table_kind.startswith("scorecard") \
                and looks_like_scorecard_rows(table, last):
            return "scorecard_continued"
        if last and self._last_table_kind and self._last_table_kind.startswith("scorecard") \
                and self._only_run_on(table, last):
            return "scorecard_run_on"
        if is_glossary_header(table) or code_glossary(table):
            return "glossary"
        after_glossary = (self._last_table_kind or "").startswith("glossary")
        if after_glossary and looks_like_glossary(table):
            return "glossary_continued"
        return "other"

    def _scorecard(self, table: TableGrid, slide: Slide, continued: bool) -> None:
        state = self.current or self._priority(0, slide.title)
        self.current = state
        header = state.last_header if continued else (scorecard_header(table) or kpi_header(table))
        if header is None:
            return
        if continued or (state.last_header is not None and header.key == state.last_header.key):
            index = max(state.table_index, 0)
        else:
            index = state.table_index + 1
        state.table_index, state.last_header = index, header
        if not continued:
            state.header_row = tuple(_key([cell_text(c) for c in table.rows[0]]))
        first_row = self._run_on(state, table, header, 0 if continued else 1)
        state.scorecards.extend(read_measures(table, header, first_row, self.ctx, index))

    def _only_run_on(self, table: TableGrid, header: ScorecardHeader) -> bool:
        """The scorecard's header repeated on the next page over nothing but the rest of the row
        the page break cut (no figures under it, so no scorecard by its own look)."""
        state = self.current
        return (state is not None and len(table.rows) == 2 and bool(state.header_row)
                and tuple(_key([cell_text(c) for c in table.rows[0]])) == state.header_row
                and is_run_on_row(table, 1, header))

    @staticmethod
    def _run_on(state: PriorityState, table: TableGrid, header: ScorecardHeader, row: int) -> int:
        """The first row to read as a measure: a leading row of words alone on a later page than the
        last measure is the rest of that measure's row, cut by the page break, and is joined to it."""
        last = state.scorecards[-1] if state.scorecards else None
        if last is not None and last.evidence is not None and table.page > last.evidence.page \
                and is_run_on_row(table, row, header):
            state.scorecards[-1] = join_run_on(last, table, row, header)
            return row + 1
        return row

    def _generic(self, table: TableGrid, title: Optional[str]) -> None:
        rows = [[cell_text(c) for c in row if c is not None] for row in table.rows]
        # a first row holding a sum ('Forecast outturn | 4,610,900' in pounds) is content: no header row
        first = 0 if any(amount_alone(c) for c in rows[0]) else 1
        header, body = (rows[0] if first else []), rows[first:]
        last = self.generic[-1] if self.generic else None
        if last is None or _key(last.header) != _key(header) or last.title != title:
            last = _GenericTable(title, table.page, table.bbox, header)
            self.generic.append(last)
        elif table.page > last.page:
            last.page_end = table.page  # the same table run on from an earlier slide
        for offset, row in enumerate(body, start=first):
            if table.row_is_merged(offset):
                self._group(last, row[0] if row else "")
            elif any(row):
                last.rows.append(row)
                if last.groups:
                    last.groups[-1].row_end = max(last.groups[-1].row_start, len(last.rows) - 1)

    @staticmethod
    def _group(table: _GenericTable, label: str) -> None:
        if not label:
            return
        if table.groups and table.groups[-1].label == label:
            return  # the group heading repeated at the top of a continuation slide
        start = len(table.rows)
        table.groups.append(TableGroup(label=label, row_start=start, row_end=start))

    def tables(self) -> list[Table]:
        return [Table(page=t.page, title=t.title, header=t.header, rows=t.rows, groups=_filled(t),
                      page_end=t.page_end, evidence=evidence_of(t.page, t.bbox)) for t in self.generic]

    # -- text ---------------------------------------------------------------------------
    def _block(self, block: Block, document_level: bool) -> None:
        # An indicator's panel ('Latest: 45.2% (Amber)  Target: 50%') is a measure whatever its
        # name says: 'Fire safety audits of high-risk premises' heads no list of risks.
        measure = None if document_level or not block.texts else kpi_from_block(block, self.ctx)
        if measure is not None:
            self.current = self.current or self._priority(0, None)
            self.current.scorecards.append(measure)
            return
        state = None if document_level else self.current
        section = section_of(block.heading_text) if state else None
        if state is not None and section and section != "deliverables":
            state.sections.setdefault(section, []).extend(block.texts)
            return
        if section == "deliverables" and not block.texts:
            return  # the heading over a deliverables table
        first = block.first
        if first is None or not block.texts:
            return  # a label with nothing under it ("SAFER" on a cover, a heading over a chart)
        note = Commentary(heading=block.heading_text, bullets=block.texts,
                          evidence=evidence_of(first.page, first.bbox))
        (state.commentary if state else self.commentary).append(note)


def _heading_priority(block: Block) -> Optional[tuple[int, Optional[str]]]:
    """(number, title) of a body heading that opens with 'Priority N' ('Theme N'...), else None."""
    heading = _SECTION_NUMBER.sub("", block.heading_text or "", count=1)  # '2. Priority 1: Reducing crime'
    return priority_of(heading) if opens_priority(heading) else None


def _is_cover(slide: Slide) -> bool:
    """A first slide with a few lines of text, no table and no priority: the deck's cover."""
    lines = sum(len(p.lines) for b in slide.blocks for p in ([b.heading] if b.heading else []) + b.items)
    return not slide.page.tables and lines <= COVER_MAX_LINES and priority_of(slide.title) is None


def _filled(table: _GenericTable) -> list[TableGroup]:
    """Groups that head at least one row (a group row followed by another group row heads none)."""
    starts = [g.row_start for g in table.groups[1:]] + [len(table.rows)]
    return [g for g, next_start in zip(table.groups, starts, strict=False) if g.row_start < next_start]


def _key(header: list[str]) -> list[str]:
    """A header compared without spaces, so 'Timescal e' (wrapped, no hyphen) still matches."""
    return ["".join(cell.lower().split()) for cell in header]
