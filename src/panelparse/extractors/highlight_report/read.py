"""Quarterly highlight / performance reports: slide decks of scorecard tables.

What goes where (see _highlight_build for the slide walk):
- measure summary: tables whose header cells read "66 ... measures | Improving | Declining";
- priorities: text slides (outcomes, risks, deliverables, focus, assessment) and scorecard
  tables, by the priority the slide's title names or continues;
- glossary: 'Acronym | Value' tables (and header-less continuations);
- tables no kind above claims (a KPI deck's commitment tables) stay tables in `tables`;
- text not tied to a priority (a summary slide's "Positives") goes to `commentary`.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ...errors import ParseError
from ...models import Check
from ...models.documents import (
    Commentary,
    DocumentBase,
    HighlightReportDocument,
    MeasureSummary,
    Priority,
)
from ...models.values import DateRef, Period
from ...parsing import parse_date, parse_period
from ...parsing.dates import spell_quarters
from ...span import DocumentSpan
from ..base import ExtractContext, common_fields, evidence_of
from .build import PriorityState, ReportBuilder
from .checks import highlight_checks
from .slides import Slide, priority_of, read_slide, repeated_lines, slide_lines
from .tables import cell_text
from .tabstops import with_unruled_scorecards

# The period and title are looked for on the first few slides only.
FRONT_SLIDES = 3
PERIOD_MAX_TOKENS = 7
TITLE_MAX_LINES = 3
QUARTER_MAX_TOKENS = 3
_PERIOD_CUES = ("report", "quarter", "period", "performance", "scorecard", "score card")
_QUARTER = re.compile(r"\b(?:q|qtr|quarter)\s*([1-4])\b", re.I)
_YEAR = re.compile(r"(?<![\d/-])((?:19|20)\d{2}(?:\s*[/-]\s*\d{2}(?:\d{2})?)?)(?![\d/-])")


def read(span: DocumentSpan, ctx: ExtractContext, confidence: float) -> HighlightReportDocument:
    """Read the span into the highlight_report model (the body of `extract`, imported on first use)."""
    pages = [with_unruled_scorecards(page) for page in span.content_pages]
    furniture = repeated_lines(pages)
    slides = [read_slide(page, furniture) for page in pages]
    builder = ReportBuilder(ctx)
    builder.read(slides)
    front = slides[:FRONT_SLIDES]
    return HighlightReportDocument(
        **common_fields(span, confidence, _title(front)),
        period=_period(front) or Period(),
        measure_summary=_summary(builder),
        priorities=[_priority(s, builder.commentary) for _, s in sorted(builder.priorities.items())],
        glossary=builder.glossary,
        commentary=builder.commentary,
        tables=builder.tables(),
    )


def checks(document: DocumentBase) -> list[Check]:
    if not isinstance(document, HighlightReportDocument):
        return []
    return highlight_checks(document)


def _front_texts(slides: list[Slide]) -> Iterable[str]:
    """Lines of the first slides: titles, text, and table cells (covers are often one big cell)."""
    yield from slide_lines(slides)
    for slide in slides:
        for table in slide.page.tables:
            for row in table.rows:
                for cell in row:
                    yield from (line.strip() for line in (cell or "").split("\n") if line.strip())


def _title(slides: list[Slide]) -> Optional[str]:
    """The cover's '... report' line (with its continuation after a colon, or the lines of the same
    heading it ends: 'Police and Crime Plan' / 'Performance Report'), else the first title."""
    texts = list(_front_texts(slides[:1]))
    for index, text in enumerate(texts):
        if "report" in text.lower():
            if text.rstrip().endswith(":") and index + 1 < len(texts):
                return f"{text.strip()} {texts[index + 1].strip()}"
            return _wrapped_heading(slides[0], text) if slides else text.strip()
    return next((s.title for s in slides if s.title), texts[0] if texts else None)


def _wrapped_heading(slide: Slide, text: str) -> str:
    """The line with the lines of one heading before it (a cover title a text box wrapped: the same
    size, at most TITLE_MAX_LINES lines, ending with the line); else the line alone."""
    for block in slide.blocks:
        for para in ([block.heading] if block.heading else []) + block.items:
            lines = para.lines
            if 1 < len(lines) <= TITLE_MAX_LINES and lines[-1].text == text \
                    and len({round(line.size) for line in lines}) == 1:
                return " ".join(line.text.strip() for line in lines)
    return text.strip()


def _period(slides: list[Slide]) -> Optional[Period]:
    """The first month or quarter range printed on the front slides, cue lines first (a paragraph's
    lines joined: '... for the period July to' / 'September 2024.')."""
    texts = list(_front_texts(slides))
    cued = [t for t in [*texts, *_paragraphs(slides)] if any(cue in t.lower() for cue in _PERIOD_CUES)]
    for text in cued + texts:
        period = _period_in(text.split())
        if period is not None:
            return period
    # A report of one quarter ('Performance Report Quarter 3 2024/25', 'Q2 2023/24 Scorecard', or
    # the quarter alone on the cover): the quarter is the period, from its first day to its last;
    # a title may print the year apart from the quarter ('Quarter 2 Performance Report 2024/25').
    for text in cued:
        quarter = _quarter_in(text.split()) or _quarter_apart(text)
        if quarter is not None:
            return Period(start=quarter, end=quarter)
    for text in cued + list(_front_texts(slides[:1])):
        quarter = _quarter_in(text.split())
        if quarter is not None:
            return Period(start=quarter, end=quarter)
    return None


def _paragraphs(slides: list[Slide]) -> Iterable[str]:
    """Each text paragraph of more than one line, its lines joined."""
    for slide in slides:
        for block in slide.blocks:
            for para in block.items:
                if len(para.lines) > 1:
                    yield " ".join(line.text for line in para.lines)


def _quarter_apart(text: str) -> Optional[DateRef]:
    """The quarter a line names with its year elsewhere on the line ('Quarter 2 Performance Report
    2024/25', 'Q3 Performance Report, 2023-24', 'Quarter Two ... 2024/25'); None unless it names one
    quarter and one year."""
    quarters, years = _QUARTER.findall(spell_quarters(text)), _YEAR.findall(text)
    if len(set(quarters)) != 1 or len(set(years)) != 1:
        return None
    try:
        found = parse_date(f"Q{quarters[0]} {years[0]}")
    except ParseError:
        return None
    return found.model_copy(update={"raw": text.strip()}) if found.precision == "quarter" else None


def _quarter_in(tokens: list[str]) -> Optional[DateRef]:
    for start in range(len(tokens)):
        for end in range(start + 2, min(len(tokens), start + QUARTER_MAX_TOKENS) + 1):
            try:
                found = parse_date(" ".join(tokens[start:end]).strip(" ,:;()[]"))
            except ParseError:
                continue
            if found.precision == "quarter":
                return found
    return None


def _period_in(tokens: list[str]) -> Optional[Period]:
    for start in range(len(tokens)):
        for end in range(start + 2, min(len(tokens), start + PERIOD_MAX_TOKENS) + 1):
            period = _range(tokens[start:end])
            if period is None:
                continue
            if _same(_range(tokens[start + 1:end]), period):
                break  # the first word is a lead-in ("Period: Dec 2022 - Feb 2023"); start later
            return period
    return None


def _same(one: Optional[Period], other: Period) -> bool:
    """The same months or quarters, whatever lead-in word the raw text kept ('Period: Apr-24')."""
    return one is not None and all(
        a is not None and b is not None and (a.start, a.end, a.precision) == (b.start, b.end, b.precision)
        for a, b in ((one.start, other.start), (one.end, other.end)))


def _range(tokens: list[str]) -> Optional[Period]:
    """A Period of two different months/quarters/days, else None."""
    try:
        period = parse_period(" ".join(tokens))
    except ParseError:
        return None
    start, end = period.start, period.end
    if start is None or end is None or start.start is None or end.start is None:
        return None
    if start.precision not in ("day", "month", "quarter") or end.precision not in ("day", "month", "quarter"):
        return None
    return period if start.start < end.start else None


def _summary(builder: ReportBuilder) -> Optional[MeasureSummary]:
    if not builder.summary:
        return None
    overall = next((g for g, _ in builder.summary if g.priority is None), None)
    by_priority = sorted((g for g, _ in builder.summary if g.priority is not None),
                         key=lambda g: g.priority or 0)
    table = builder.summary[0][1]
    counts = overall.model_dump(exclude={"priority", "label"}) if overall else {}
    return MeasureSummary(**counts, by_priority=by_priority, evidence=evidence_of(table.page, table.bbox))


def _priority(state: PriorityState, notes: list[Commentary]) -> Priority:
    return Priority(
        number=state.number, title=state.title or _title_from_notes(state.number, notes) or "",
        outcomes=state.sections.get("outcomes", []), risks=state.sections.get("risks", []),
        deliverables=state.deliverables, next_quarter_focus=state.sections.get("next_quarter_focus", []),
        assessment=state.sections.get("assessment", []), scorecards=state.scorecards,
        commentary=state.commentary,
    )


def _title_from_notes(number: int, notes: list[Commentary]) -> Optional[str]:
    """A priority never titled on its own slides may be named in a summary heading ('P3: Tackle...')."""
    for note in notes:
        found = priority_of(cell_text(note.heading))
        if found and found[0] == number and found[1]:
            return found[1]
    return None
