"""A ModernGov pack from another council (Kent), built from its own published PDFs.

Nothing here was tuned on it: it checks that segmentation, linking and checks key on what
packs share, not on the Wiltshire sample.
"""

from __future__ import annotations

import datetime as dt

from conftest import PACKS

KENT_PACK = PACKS / "kent-cabinet-2025-01-30-mini-pack.pdf"


def test_documents_start_where_the_frontsheet_says(extract_pack):
    pack = extract_pack(KENT_PACK)
    assert [(d.kind, d.pages.start, d.pages.end, d.agenda_item) for d in pack.documents] == [
        ("agenda", 1, 2, None), ("minutes", 3, 12, "3"), ("report", 13, 16, "5")]
    assert pack.documents[1].printed_pages.start == 1
    assert pack.documents[2].printed_pages.model_dump() == {"start": 11, "end": 14}


def test_meeting_header_and_links(extract_pack):
    pack = extract_pack(KENT_PACK)
    assert pack.meeting.body == "Cabinet"
    assert pack.meeting.date == dt.date(2025, 1, 30) and pack.meeting.start_time == "10:00"
    assert pack.meeting.contact.email == "georgina.little@kent.gov.uk"
    items = {i.number: i for i in pack.documents[0].items}
    assert items["3"].document_indices == [1] and items["5"].document_indices == [2]
    assert items["9"].pack_pages.start == 461 and items["9"].document_indices == []


def test_checks_reconcile_frontsheet_with_papers(extract_pack):
    checks = [(c.code, c.status) for c in extract_pack(KENT_PACK).checks]
    assert checks == [("agenda_item_pages", "pass"), ("agenda_item_pages", "pass"), ("minutes_date", "pass")]


def test_minutes_inside_the_pack_are_read(extract_pack):
    minutes = extract_pack(KENT_PACK).documents[1]
    assert minutes.date == dt.date(2025, 1, 9)
    assert minutes.present[0].name == "R W Gough" and minutes.present[0].role == "Chairman"
    assert minutes.items[0].number == "76" and minutes.items[0].title == "Apologies"
