"""Pack-level reconciliations between documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from panelparse.assemble import agenda_minutes_checks, agenda_range_checks
from panelparse.models import PageRange
from panelparse.models.documents import AgendaDocument, AgendaItem, MinuteItem, MinutesDocument

STYLES = Path(__file__).parent / "fixtures" / "styles"
PAGES = {"pages": {"start": 1, "end": 2}, "confidence": 1.0}


def _agenda(date):
    titles = ["Apologies for Absence", "Minutes and matters arising", "Declarations of interest",
              "OPCC Commissioning Plan 2023/24"]
    return AgendaDocument(**PAGES, date=date,
                          items=[AgendaItem(number=str(n), title=t) for n, t in enumerate(titles, 1)])


def _minutes(date, titles):
    return MinutesDocument(**PAGES, date=date,
                           items=[MinuteItem(number=str(n), title=t) for n, t in enumerate(titles, 10)])


def test_agenda_items_are_checked_against_minutes_of_the_same_meeting():
    day = dt.date(2023, 3, 9)
    full = _minutes(day, ["Apologies for Absence", "Minutes", "Declarations of Interest",
                          "OPCC Commissioning Plan 2023/24"])
    partial = _minutes(day, ["Apologies", "Declarations of interest"])
    (ok,) = agenda_minutes_checks([_agenda(day), full])
    assert ok.status == "pass" and "every item minuted" in ok.message
    (missing,) = agenda_minutes_checks([_agenda(day), partial])
    assert missing.status == "fail" and missing.message.endswith("no minute found for items 2, 4")


def test_minutes_of_another_meeting_are_not_compared():
    previous = _minutes(dt.date(2023, 2, 2), ["Apologies"])
    assert agenda_minutes_checks([_agenda(dt.date(2023, 3, 9)), previous]) == []


def test_page_range_check_fails_when_no_document_starts_there():
    agenda = _agenda(dt.date(2023, 3, 9))
    agenda.items[1].pack_pages = PageRange(start=7, end=10)
    report = MinutesDocument(pages={"start": 3, "end": 8}, printed_pages={"start": 5, "end": 10}, confidence=1.0)
    (check,) = agenda_range_checks([agenda, report])
    assert check.status == "fail" and "no document starts on printed page 7" in check.message


def test_documents_take_the_agenda_item_that_cites_their_first_page(extract_pack):
    # Lettered items ('A3 ... Pages 3 - 4') and date-coded ones ('25.04.06 ... (Pages 5 - 6)'):
    # each paper is linked to the innermost item citing the page it starts on.
    fire = extract_pack(STYLES / "fire-centred-pack.pdf")
    assert [d.agenda_item for d in fire.documents[1:3]] == ["A3", "A6"]
    coded = extract_pack(STYLES / "scrutiny-datecoded-pack.pdf")
    assert [d.agenda_item for d in coded.documents[1:]] == [
        "25.04.03", "25.04.06", "25.04.07a", "25.04.07b", "25.04.08"]


def test_an_agenda_item_number_that_reads_as_a_date(extract_pack):
    coded = extract_pack(STYLES / "scrutiny-datecoded-pack.pdf")
    agenda = coded.documents[0]
    assert [i.number for i in agenda.items][:3] == ["25.04.01", "25.04.02", "25.04.03"]
    assert agenda.items[2].pack_pages.model_dump() == {"start": 3, "end": 4}
