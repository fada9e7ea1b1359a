"""Minutes: attendance, numbered minutes, decisions with proposer and seconder."""

from __future__ import annotations

from functools import partial
from typing import Optional

from ...layout import Line
from ...layout.query import headline, paragraphs, strip_bullet, table_rows
from ...models import Check
from ...models.documents import (
    Author,
    Decision,
    Declaration,
    DocumentBase,
    FutureMeeting,
    MinuteItem,
    MinutesDocument,
    Table,
    TimedEvent,
)
from ...parsing import clean_text
from ...span import DocumentSpan
from ..base import ExtractContext, common_fields, evidence_of
from ..common.future import future_meetings, is_future_meetings_title, listed_future_meetings, next_meeting_mentions
from .attendance import (
    Attendance,
    apply_substitutions,
    chair_from_header,
    is_apologies_title,
    members_in_attendance,
    officers_at_items,
    read_apologies_item,
    read_attendance_item,
    read_preamble,
    read_roll_call,
)
from .decisions import read_decisions
from .events import declarations_under, is_declarations_title, read_declarations, read_events, with_ends
from .header import meeting_times, read_author, read_header
from .items import MinuteDraft, MinutesLayout, line_runs, read_layout, run_paragraphs


def read(span: DocumentSpan, ctx: ExtractContext, confidence: float) -> MinutesDocument:
    """Read the span into the minutes model (the body of `extract`, imported on first use)."""
    layout = read_layout(span)
    page = span.start
    header = ctx.guard("minutes header", page, lambda: read_header(layout.header), _NO_HEADER)
    attendance = ctx.guard("attendance", page, lambda: _attendance(layout, ctx), Attendance())
    paras = [p.text for p in paragraphs(layout.all_lines)]
    no_times: tuple[Optional[str], Optional[str]] = (None, None)
    start, end = ctx.guard("meeting times", page, lambda: meeting_times(paras, ctx), no_times)
    items = [
        ctx.guard(
            f"minute {d.number}",
            d.title_lines[0].page,
            partial(_item, d),
            _bare_item(d),
        )
        for d in layout.items
    ]
    if not items:
        ctx.warn("no_minutes_items", "no numbered minutes found", span.start)
    return MinutesDocument(
        **common_fields(span, confidence, _title(span, layout)),
        body=header["body"],
        date=header["date"],
        venue=header["venue"],
        start_time=header["start_time"] or start,
        end_time=end or header.get("end_time"),
        present=attendance.present,
        also_present=attendance.also_present,
        apologies=attendance.apologies,
        absent=attendance.absent,
        items=items,
        declarations=ctx.guard("declarations", page, lambda: _declarations(layout), []),
        events=ctx.guard("events", page, lambda: _events(layout, attendance, header["date"]), []),
        author=ctx.guard("author", page, lambda: read_author(layout.all_lines, ctx), Author()),
        future_meetings=ctx.guard("future meetings", page, lambda: _future(layout, header["date"]), []),
    )


def checks(document: DocumentBase) -> list[Check]:
    """A recorded vote's named voters against its printed count."""
    assert isinstance(document, MinutesDocument)  # the document this extractor made
    return [
        check
        for item in document.items
        for decision in item.decisions
        if (check := _vote_check(item, decision)) is not None
    ]


_NO_HEADER = {"body": None, "date": None, "venue": None, "start_time": None}


def _declarations(layout: MinutesLayout) -> list[Declaration]:
    """Declarations under their own minute, and those recorded in the minute they concern."""
    found: list[Declaration] = []
    for draft in layout.items:
        if is_declarations_title(draft.title):
            found += read_declarations(draft.runs)
        else:
            found += declarations_under(draft.runs, draft.number or draft.agenda_item or "")
    return found


def _events(layout: MinutesLayout, attendance: Attendance, date) -> list[TimedEvent]:
    timed = read_events(_event_runs(layout), date)
    # Under 'Date of next meeting' only this meeting's start and close count ('There being no
    # further business the meeting closed at 20.40.'); other times there belong to future meetings.
    future = [run for d in layout.items if is_future_meetings_title(d.title) for run in d.runs]
    timed += [e for e in read_events(future, date) if e.kind in ("start", "end")]
    return sorted(with_ends(attendance.events + timed), key=_page_order)


def _future(layout: MinutesLayout, date) -> list[FutureMeeting]:
    """Dates under a 'Date of next meeting' minute, or under such a heading or label outside
    the minutes ('Dates for 2024'); else the next meeting named in passing."""
    year = date.year if date else None
    listed = [
        m
        for draft in layout.items
        if is_future_meetings_title(draft.title)
        for m in future_meetings(draft.lines, reference_year=year)
    ]
    return (listed or listed_future_meetings(layout.all_lines, year, after=date)
            or next_meeting_mentions(layout.all_lines, reference_year=year, after=date))


def _bare_item(draft: MinuteDraft) -> MinuteItem:
    heading = draft.title_lines[0]
    return MinuteItem(
        number=draft.number,
        title=clean_text(draft.title),
        evidence=evidence_of(heading.page, heading.bbox),
    )


def _title(span: DocumentSpan, layout: MinutesLayout) -> Optional[str]:
    """The largest set-apart line at the top of the header (running heads such as a protective
    marking are gone from it), else the page's headline."""
    set_apart = [ln for ln in layout.header[:4] if ln.bold or ln.size > layout.header[0].size]
    if set_apart:
        return max(set_apart, key=lambda ln: ln.size).text  # the largest; the first of equals
    page = span.first_page
    line = headline(page) if page else None
    return line.text if line else None


def _page_order(event) -> tuple:
    return (event.evidence.page, event.evidence.bbox[1] if event.evidence.bbox else 0) if event.evidence else (0, 0)


def _event_runs(layout: MinutesLayout) -> list[list[Line]]:
    """Line runs that may hold timed events: not the header, not future-meeting lists."""
    runs = line_runs(layout.preamble)
    for draft in layout.items:
        if not is_future_meetings_title(draft.title):
            runs += draft.runs
    return runs + [[ln] for ln in layout.closing]


def _attendance(layout: MinutesLayout, ctx: ExtractContext) -> Attendance:
    out = Attendance()
    read_preamble(layout.preamble, ctx, out)
    for table in [b for b in layout.preamble if not isinstance(b, Line)] + [t for d in layout.items for t in d.tables]:
        read_roll_call(table, ctx, out)
    for draft in layout.items:
        if is_apologies_title(draft.title):
            read_apologies_item(draft, ctx, out)
        elif not (out.present or out.also_present):
            read_attendance_item(draft, ctx, out)
    for draft in layout.items:
        officers_at_items(draft.runs, ctx, out)
    members_in_attendance(out)
    apply_substitutions(out)
    chair_from_header(layout.header + [b for b in layout.preamble if isinstance(b, Line)], out)
    return out


def _table(table) -> Table:
    rows = table_rows(table)
    return Table(
        page=table.page,
        header=rows[0] if rows else [],
        rows=rows[1:],
        evidence=evidence_of(table.page, table.bbox),
    )


# A table continued overleaf starts this near the top of the next page (points).
_CONTINUED_TOP = 200.0


def _tables(grids) -> list[Table]:
    """The minute's tables, a table continued on the next page joined to its start: the same
    columns, and its header row printed again or the page opening with it."""
    out: list[Table] = []
    previous = None
    for grid in grids:
        table = _table(grid)
        if (previous is not None and out and grid.page == (out[-1].page_end or out[-1].page) + 1
                and grid.n_cols == previous.n_cols
                and (table.header == out[-1].header or grid.top < _CONTINUED_TOP)):
            rows = table.rows if table.header == out[-1].header else [table.header, *table.rows]
            kept = list(out[-1].rows)
            if rows and kept and not rows[0][0] and len(rows[0]) == len(kept[-1]):
                # The row the page break cut: its first cell is blank overleaf.
                kept[-1] = [f"{a} {b}".strip() for a, b in zip(kept[-1], rows[0], strict=True)]
                rows = rows[1:]
            out[-1] = out[-1].model_copy(update={"rows": kept + rows, "page_end": grid.page})
        else:
            out.append(table)
        previous = grid
    return out


def _item(draft: MinuteDraft) -> MinuteItem:
    paras = run_paragraphs(draft.runs)
    heading = draft.title_lines[0]
    return MinuteItem(
        number=draft.number,
        title=clean_text(draft.title),
        text="\n".join(p.text for p in paras if not p.bullet),
        bullets=[strip_bullet(p.text) for p in paras if p.bullet],
        decisions=read_decisions(draft.runs, clean_text(draft.title)),
        agenda_item=draft.agenda_item,
        tables=_tables(draft.tables),
        evidence=evidence_of(heading.page, heading.bbox),
    )


def _vote_check(item: MinuteItem, decision: Decision) -> Optional[Check]:
    """Named voters against the printed tally; None when the minute prints only one of them."""
    votes = decision.votes
    if votes is None or not votes.printed:
        return None
    sides = (
        ("for", votes.for_, votes.for_names),
        ("against", votes.against, votes.against_names),
        ("abstain", votes.abstain, votes.abstain_names),
    )
    if not any(names for _, _, names in sides):
        return None
    bad = [
        f"{side}: printed {count}, named {len(names)}"
        for side, count, names in sides
        if count is not None and count != len(names)
    ]
    if "unanimous" in votes.printed.lower() and (votes.against_names or votes.abstain_names):
        bad.append("printed unanimous, yet some voted against or abstained")
    named = ", ".join(f"{side} {len(names)}" for side, _, names in sides if names)
    detail = f" ({'; '.join(bad)})" if bad else ""
    return Check(
        code="recorded_vote",
        status="fail" if bad else "pass",
        message=f"minute {item.number}: tally {votes.printed}; named {named}{detail}",
        evidence=decision.evidence,
    )
