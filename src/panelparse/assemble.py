"""Pack-level assembly: the meeting header, agenda <-> document links, cross-document checks."""

from __future__ import annotations

from typing import Optional, Sequence

from .models import Check, Evidence, Meeting
from .models.documents import (
    AgendaDocument,
    AgendaItem,
    CommissioningPlanDocument,
    DocumentBase,
    MinutesDocument,
    ReportDocument,
)
from .models.values import Contact
from .parsing import find_date


def meeting_from(documents: Sequence[DocumentBase]) -> Meeting:
    """The meeting the file is for, from whichever document names it.

    The agenda where there is one (a pack's minutes are of an earlier meeting, so the two are
    never mixed); else the minutes (a minutes-only file is common); else a paper's own header
    ('To: Cabinet - 30 January 2025', a covering letter), which names the meeting it goes to.
    """
    agenda = next((d for d in documents if isinstance(d, AgendaDocument)), None)
    if agenda is not None:
        return Meeting(body=agenda.body, date=agenda.date, start_time=agenda.start_time,
                       venue=agenda.venue, contact=agenda.contact)
    minutes = next((d for d in documents if isinstance(d, MinutesDocument)), None)
    if minutes is not None:
        return Meeting(body=minutes.body, date=minutes.date, start_time=minutes.start_time, venue=minutes.venue)
    paper = next((d for d in documents
                  if isinstance(d, (ReportDocument, CommissioningPlanDocument)) and d.meeting), None)
    if paper is not None:
        # A covering letter is dated the day it was written: the meeting's own date wins.
        date = (paper.meeting_date if isinstance(paper, ReportDocument) else None) or paper.date
        day = date.start if date and date.precision == "day" else None
        return Meeting(body=paper.meeting, date=day, contact=_paper_contact(documents) or Contact())
    return Meeting()


def _paper_contact(documents: Sequence[DocumentBase]) -> Optional[Contact]:
    """The officer a covering letter says to ask ('Ask for: ...'), who is the meeting's contact."""
    return next((d.contact for d in documents if isinstance(d, ReportDocument) and d.letter and d.contact), None)


def share_page_headers(documents: Sequence[DocumentBase]) -> None:
    """A second agenda that starts part-way down a page (an AGM after the Annual Parish
    Meeting) takes the date, venue and body the page's header gave the first, where it prints
    none of its own; the first takes the contact a note at the foot of the page gives the second."""
    for before, after in zip(documents, documents[1:], strict=False):
        if not (isinstance(before, AgendaDocument) and isinstance(after, AgendaDocument)):
            continue
        if after.pages.start != before.pages.end:
            continue
        for name in ("body", "date", "venue"):
            if getattr(after, name) is None:
                setattr(after, name, getattr(before, name))
        if after.contact.name is None and after.contact.email is None:
            after.contact = before.contact
        elif before.contact == Contact():  # the page's closing note names the clerk for both
            before.contact = after.contact


def link_agenda_items(documents: Sequence[DocumentBase]) -> None:
    """Fill AgendaItem.document_indices from the documents whose printed pages it cites, and a
    document's agenda_item from the item citing the page it starts on (the innermost such item:
    '7ii', not '7') when segmentation found none or a number the agenda does not print."""
    for agenda in (d for d in documents if isinstance(d, AgendaDocument)):
        starting: dict[int, AgendaItem] = {}
        for item in agenda.all_items():
            if item.pack_pages is None:
                continue
            item.document_indices = [
                i for i, doc in enumerate(documents)
                if doc.printed_pages is not None and doc is not agenda
                and item.pack_pages.start <= doc.printed_pages.start <= item.pack_pages.end
            ]
            held = starting.get(item.pack_pages.start)
            if held is None or _span(item) <= _span(held):
                starting[item.pack_pages.start] = item
        numbers = {item.number for item in agenda.all_items()}
        for doc in documents:
            if doc is agenda or doc.printed_pages is None or doc.agenda_item in numbers:
                continue  # a number this agenda prints (from a stamp or a reference) stands
            cited = starting.get(doc.printed_pages.start)
            if cited is not None:
                doc.agenda_item = cited.number


def _span(item: AgendaItem) -> int:
    return item.pack_pages.end - item.pack_pages.start if item.pack_pages else 1 << 30


def _printed_in_pack(documents: Sequence[DocumentBase]) -> set[int]:
    return {n for d in documents if d.printed_pages for n in range(d.printed_pages.start, d.printed_pages.end + 1)}


def agenda_range_checks(documents: Sequence[DocumentBase]) -> list[Check]:
    """Each cited page range should start exactly where a document starts.

    A range none of whose pages is in this PDF (a frontsheet published on its own) is not
    checked: there is nothing here to reconcile it with.
    """
    checks = []
    starts = {d.printed_pages.start: i for i, d in enumerate(documents) if d.printed_pages}
    in_pack = _printed_in_pack(documents)
    for agenda in (d for d in documents if isinstance(d, AgendaDocument)):
        for item in agenda.all_items():
            if item.pack_pages is None or not in_pack & set(range(item.pack_pages.start, item.pack_pages.end + 1)):
                continue
            hit = starts.get(item.pack_pages.start)
            ok = hit is not None
            message = (f"item {item.number} cites pages {item.pack_pages.start}-{item.pack_pages.end}; "
                       + (f"document {hit} starts on printed page {item.pack_pages.start}" if ok
                          else f"no document starts on printed page {item.pack_pages.start}"))
            checks.append(Check(code="agenda_item_pages", status="pass" if ok else "fail",
                                message=message, evidence=item.evidence))
    return checks


def _confirming_item(agenda: AgendaDocument, index: int) -> Optional[AgendaItem]:
    return next((i for i in agenda.all_items() if index in i.document_indices), None)


def minutes_date_checks(documents: Sequence[DocumentBase]) -> list[Check]:
    """A minutes document's date against the agenda item that confirms it."""
    checks = []
    agendas = [d for d in documents if isinstance(d, AgendaDocument)]
    for index, doc in enumerate(documents):
        if not isinstance(doc, MinutesDocument) or doc.date is None:
            continue
        for agenda in agendas:
            item = _confirming_item(agenda, index)
            if item is None:
                continue
            cited = find_date(f"{item.title} {item.description or ''}")
            if cited is None or cited.start is None:
                continue
            ok = cited.start == doc.date
            checks.append(Check(
                code="minutes_date", status="pass" if ok else "fail",
                message=f"item {item.number} confirms minutes of {cited.start}; minutes are dated {doc.date}",
                evidence=Evidence(page=doc.pages.start)))
    return checks


_FILLER = frozenset("and the for with from into about update report item".split())


def _title_key(title: str) -> set[str]:
    words = "".join(c.lower() if c.isalnum() else " " for c in title).split()
    return {w for w in words if len(w) > 2 and w not in _FILLER}


def _minuted(item: AgendaItem, minutes: MinutesDocument) -> bool:
    # Minutes retitle items ("Minutes and matters arising" / "Minutes"): half the words of the
    # shorter title in common counts as the same business.
    wanted = _title_key(item.title)
    if not wanted:
        return True
    for minute in minutes.items:
        got = _title_key(minute.title)
        if got and len(wanted & got) * 2 >= min(len(wanted), len(got)):
            return True
    return False


def agenda_minutes_checks(documents: Sequence[DocumentBase]) -> list[Check]:
    """Where a pack holds the agenda and the minutes of the same meeting, every agenda item
    should be minuted."""
    checks = []
    for agenda in (d for d in documents if isinstance(d, AgendaDocument) and d.date):
        for minutes in (d for d in documents if isinstance(d, MinutesDocument) and d.date == agenda.date):
            missing = [i.number for i in agenda.items if not _minuted(i, minutes)]
            found = f"no minute found for items {', '.join(missing)}" if missing else "every item minuted"
            checks.append(Check(
                code="agenda_minuted", status="fail" if missing else "pass",
                message=f"{len(agenda.items)} agenda items, {len(minutes.items)} minutes; {found}",
                evidence=Evidence(page=minutes.pages.start)))
    return checks
