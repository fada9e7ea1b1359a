"""Agenda frontsheets: meeting header, membership, numbered items with their pack pages."""

from __future__ import annotations

from typing import Optional

from ...layout import Line
from ...models.documents import AgendaDocument, AgendaItem, FutureMeeting
from ...models.values import Contact, Person
from ...span import DocumentSpan
from ..base import ExtractContext, common_fields
from ..common.future import future_meetings, is_future_meetings_title, listed_future_meetings, meetings_in_title
from ..common.vocabulary import AGENDA_HEADING
from .header import AgendaHeader, completed_contact, first_headline, note_contact, read_header
from .items import (
    first_item_index,
    item_lines,
    parts_after_exclusion,
    read_items,
    read_table_items,
    with_page_references,
)
from .people import membership_start, read_membership

# The header (meeting, date, venue, contact) sits in the first lines of the frontsheet.
_MAX_HEADER_LINES = 40


def read(span: DocumentSpan, ctx: ExtractContext, confidence: float) -> AgendaDocument:
    """Read the span into the agenda model (the body of `extract`, imported on first use)."""
    lines = with_page_references(span.content_pages)
    first = [ln for ln in lines if span.first_page and ln.page == span.first_page.number]
    members_at = membership_start(first)
    header_end = min(
        first_item_index(first),
        _MAX_HEADER_LINES,
        len(first) if members_at is None else members_at,
    )
    page = span.start
    header = ctx.guard(
        "agenda header",
        page,
        lambda: read_header(first[:header_end], ctx, _header_tables(span, first, header_end), lines),
        _NO_HEADER,
    )
    no_members: tuple[list[Person], list[Person]] = ([], [])
    start = first_item_index(lines)
    members, substitutes = ctx.guard(
        "membership", page, lambda: read_membership(lines[:start], ctx, span.tables), no_members)
    if not members and not substitutes:  # a list of members printed after the items
        members, substitutes = ctx.guard(
            "membership", page, lambda: read_membership(lines[start:], ctx, (), standalone=True), no_members)
    if header["contact"].name and not (header["contact"].email and header["contact"].phone):
        header = header.copy()  # never the shared _NO_HEADER
        header["contact"] = completed_contact(header["contact"], lines)
    if header["contact"].name is None:  # no one named in the header: a note or the clerk's signature may name them
        header = header.copy()  # never the shared _NO_HEADER
        note = ctx.guard("agenda contact", page, lambda: note_contact(lines, ctx), Contact())
        given = header["contact"]
        header["contact"] = note if given == Contact() else given if note.name is None else Contact(
            name=note.name, email=given.email or note.email, phone=given.phone or note.phone)
    items: list[AgendaItem] = ctx.guard("agenda items", page, lambda: read_items(lines), [])
    if not items:  # some councils print the agenda as a ruled table
        items = ctx.guard("agenda items", page, lambda: read_table_items(span.tables), [])
    items = parts_after_exclusion(items)
    if not items:
        ctx.warn("no_agenda_items", "no numbered agenda items found", span.start)
    return AgendaDocument(
        **common_fields(span, confidence, _title(span)),
        **header,
        members=members,
        substitutes=substitutes,
        items=items,
        future_meetings=ctx.guard("future meetings", page, lambda: _future(items, lines, header.get("date")), []),
    )


def _header_tables(span: DocumentSpan, first: list[Line], header_end: int) -> list:
    """Tables on the first page above the first item (a When / Where / Contact box)."""
    page = span.first_page
    if page is None:
        return []
    limit = first[header_end].top if header_end < len(first) else page.height
    return [t for t in page.tables if t.top < limit]


def _title(span: DocumentSpan) -> Optional[str]:
    """The agenda's own heading when it says more than 'AGENDA' ('Annual Parish Meeting
    Agenda', 'A.G.M. Agenda'); else the page's headline."""
    for line in span.head_lines(15):
        if (line.bold or line.text.isupper()) and len(line.text.split()) >= 2 and AGENDA_HEADING.search(line.text):
            return line.text
    return first_headline(span)


_NO_HEADER: AgendaHeader = {"body": None, "date": None, "start_time": None, "venue": None, "contact": Contact()}


def _future(items: list[AgendaItem], lines: list[Line], date) -> list[FutureMeeting]:
    """Dates listed under a 'Future meeting dates' / 'Date of next meeting' item."""
    bodies = item_lines(lines)

    def read(year: Optional[int]) -> list[FutureMeeting]:
        found: list[FutureMeeting] = []
        for item in (i for top in items for i, _ in top.walk()):
            if is_future_meetings_title(item.title):
                found += (future_meetings(bodies.get(item.number, []), reference_year=year)
                          or meetings_in_title(item.title, item.evidence, year)
                          or meetings_in_title(item.description or "", item.evidence, year))
        if not found:  # an unnumbered 'Date of next meetings' heading or label over the dates
            found = listed_future_meetings(lines, year, after=date)
        return found

    if date is None:
        return read(None)
    # Dates printed without a year fall in the meeting's year or the next ('Monday 12 January at 7.30pm'
    # under a November meeting): each is the first such day after the meeting. A date on or before this
    # meeting's ('Published: 23 June 2023' under the item) is no future meeting.
    nearest: dict[tuple, FutureMeeting] = {}
    for meeting in read(date.year) + read(date.year + 1):
        day = meeting.date
        if day is None or day <= date:
            continue
        key = (meeting.raw, day.month, day.day)
        kept = nearest.get(key)
        if kept is None or (kept.date is not None and day < kept.date):
            nearest[key] = meeting
    return sorted(nearest.values(), key=lambda m: m.date or date)
