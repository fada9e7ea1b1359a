"""One reading of an officer report — header, sections, tables, recommendations — shared by
the report extractor and by the extractors of kinds that are also reports (plans)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...layout.query import join_lines, table_rows
from ...models.documents.report import Paragraph, Section, Table
from ...models.values import DateRef
from ...parsing import find_dates, parse_date
from ...span import DocumentSpan
from ..base import ExtractContext
from .body import SectionState, read_body
from .glyphs import legend_from_rows, legend_from_text
from .header import (
    AUTHOR_LABELS,
    DATE_LABELS,
    MEETING_LABELS,
    PRESENTER_LABELS,
    TITLE_LABELS,
    Header,
    author_from_contacts,
    read_header,
)
from .tables import TableBuilder

_RECOMMENDATION_HEADING = re.compile(r"\brecommendations?\b|\brecommendation\(s\)", re.I)
# Recommendation sentences in reports without a Recommendations section.
_RECOMMENDING = re.compile(
    r"\b(?:is|are) (?:asked|recommended|requested|invited) to\b"
    r"|\bit is recommended\b|\brecommends? that\b",
    re.I,
)
_LETTER = re.compile(r"^(?:[a-zA-Z]|[ivx]{1,4})$")
_SEPARATORS = " ,;:-–—"


@dataclass
class ReportReading:
    """Everything read from a report, as contract models (tables also with row evidence)."""

    header: Header
    title: Optional[str] = None
    meeting: Optional[str] = None
    date: Optional[DateRef] = None
    report_title: Optional[str] = None
    presented_by: Optional[str] = None
    author: Optional[str] = None
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    builders: list[TableBuilder] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)

    def header_fields(self) -> dict:
        """The fields every report-like document model shares."""
        return {
            "meeting": self.meeting,
            "date": self.date,
            "report_title": self.report_title,
            "presented_by": self.presented_by,
            "author": self.author,
            "header": dict(self.header.fields),
            "sections": self.sections,
            "tables": self.tables,
            "recommendations": self.recommendations,
        }


def read_report(span: DocumentSpan, ctx: ExtractContext) -> ReportReading:
    """Read the span as an officer report."""
    header = read_header(span)
    body = read_body(span, header)
    reading = ReportReading(header=header, title=body.title, builders=body.tables)
    reading.sections = [_section_model(s) for s in body.sections]
    legend = _legend(span)
    reading.tables = [b.build(legend) for b in body.tables]
    _fill_header(reading, span, ctx)
    reading.recommendations = recommendations(reading.sections)
    return reading


def _section_model(state: SectionState) -> Section:
    paragraphs = [
        Paragraph(
            number=p.number,
            text=p.text,
            parent=p.parent,
            bullets=[join_lines(b) for b in p.bullets],
            evidence=p.evidence,
        )
        for p in state.paragraphs
    ]
    return Section(
        number=state.number,
        heading=state.heading,
        paragraphs=paragraphs,
        date=state.date,
        tables=state.tables,
        evidence=state.evidence,
    )


def _legend(span: DocumentSpan) -> dict[str, str]:
    """Glyph meanings from every legend line or legend table the document prints."""
    meanings: dict[str, str] = {}
    for line in span.lines():
        meanings.update(legend_from_text(line.text))
    for grid in span.tables:
        rows = table_rows(grid)
        meanings.update(legend_from_rows(rows) or legend_from_rows(rows[1:]))
    return meanings


def _fill_header(reading: ReportReading, span: DocumentSpan, ctx: ExtractContext) -> None:
    header, page = reading.header, span.start
    meeting = header.value(MEETING_LABELS)
    date_raw = header.value(DATE_LABELS)
    if meeting and not date_raw:
        meeting, date_raw = _split_meeting_date(meeting)
    reading.meeting = meeting
    if date_raw:
        reading.date = ctx.parse(
            parse_date, date_raw, field="date", page=page, fallback=lambda r: DateRef(raw=r)
        )
    reading.report_title = header.value(TITLE_LABELS) or reading.title
    reading.presented_by = header.value(PRESENTER_LABELS)
    reading.author = header.value(AUTHOR_LABELS) or author_from_contacts(span.lines(), span.tables)


def _split_meeting_date(value: str) -> tuple[str, Optional[str]]:
    """'Cabinet, 30 January 2025' -> ('Cabinet', '30 January 2025')."""
    found = find_dates(value)
    if not found:
        return value, None
    _, (start, end) = found[0]
    meeting = (value[:start].strip(_SEPARATORS) + " " + value[end:].strip(_SEPARATORS)).strip()
    return meeting or value, value[start:end]


def recommendations(sections: list[Section]) -> list[str]:
    """The items of the first Recommendation(s) section; else sentences that recommend."""
    for section in sections:
        if section.heading and _RECOMMENDATION_HEADING.search(section.heading):
            items = _items(section.paragraphs)
            if items:
                return items
    found = []
    for section in sections:
        for index, paragraph in enumerate(section.paragraphs):
            if _RECOMMENDING.search(paragraph.text):
                found.extend(
                    _items(section.paragraphs[index : index + 1] + _children(section, index))
                )
    return found


def _children(section: Section, index: int) -> list[Paragraph]:
    """Lettered sub-paragraphs printed right after paragraph `index`."""
    children = []
    for paragraph in section.paragraphs[index + 1 :]:
        if not (paragraph.number and _LETTER.match(paragraph.number)):
            break
        children.append(paragraph)
    return children


def _items(paragraphs: list[Paragraph]) -> list[str]:
    """Lettered items if any ('Cabinet is asked to: a) NOTE ...'), else bullets, else the
    paragraphs themselves."""
    lettered = [p.text for p in paragraphs if p.number and _LETTER.match(p.number) and p.text]
    if lettered:
        return lettered
    bullets = [b for p in paragraphs for b in p.bullets]
    if bullets:
        return bullets
    return [p.text for p in paragraphs if p.text]
