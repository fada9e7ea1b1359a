"""How minutes open, across councils' house styles (HOUSE-STYLES §3 'title'): the body, date, time
and place read from title blocks, sentences and lines, built line by line with invented names."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.minutes import MinutesExtractor

_BODY = [(60, "Present: Cllr J Doe (Chair), Cllr A Bell, Cllr C Dunn", False), "",
         (60, "1. Apologies for absence", True), (60, "Apologies were received from Cllr Smith.", False)]


def _header(*rows):
    doc = run_extractor(MinutesExtractor(), [*rows, "", *_BODY])
    return doc.body, doc.date, doc.start_time, doc.venue


@pytest.mark.parametrize("rows, expected", [
    # the meeting's sort ('Full Council') under the letterhead: the body is the council the letterhead names
    (((200, "ASHCOMBE TOWN COUNCIL", True), (150, "MINUTES OF THE FULL COUNCIL MEETING", True),
      (60, "Held on Monday 7th April 2025 at 7.00pm at The Guildhall, Market Street, Ashcombe", False)),
     ("Ashcombe Town Council", dt.date(2025, 4, 7), "19:00", "Guildhall, Market Street, Ashcombe")),
    # the paper's kind first, a dash, then the body and the date; where and when on a 'Held ...' line
    (((60, "Minutes – Audit and Governance Committee – 23 January 2025", True),
      (60, "Held virtually via Microsoft Teams, 2pm – 4pm", False)),
     ("Audit and Governance Committee", dt.date(2025, 1, 23), "14:00", "Microsoft Teams")),
    # a status mark over the letterhead is not the body
    (((480, "DRAFT", False), (200, "KESWORTH TOWN COUNCIL", True), (220, "Planning Committee", True),
      (60, "MINUTES of the meeting held on 2nd September 2025 at 6pm, Kesworth Town Hall", False)),
     ("Kesworth Town Council", dt.date(2025, 9, 2), "18:00", "Kesworth Town Hall")),
    # the sentence's time wrapped onto a line of its own
    (((60, "HARTWELL PARISH COUNCIL", True),
      (60, "Minutes of the Annual Meeting of the Parish Council, held on 19th May 2025 in the Village Hall", False),
      (60, "at 7pm.", False)),
     ("Hartwell Parish Council", dt.date(2025, 5, 19), "19:00", "Village Hall")),
])
def test_the_meeting_read_from_how_the_minutes_open(rows, expected):
    assert _header(*rows) == expected


def test_a_status_line_with_the_paper_kind_first_names_no_body():
    body, *_ = _header((60, "DRAFT MINUTES – subject to approval at the next meeting", True),
                       (60, "MINUTES of a meeting of the Vale Police and Crime Panel held at County Hall on 14 April "
                            "2025 at 2.00 pm", True))
    assert body == "Vale Police and Crime Panel"


def test_a_double_barrelled_name_wrapped_at_its_hyphen_in_the_apologies_sentence():
    doc = run_extractor(MinutesExtractor(), [
        (60, "Minutes of the Audit Committee held on 3 March 2025 at 2pm at County Hall", True), "",
        (60, "Present: Cllr J Doe (Chair), Cllr A Bell", False), "",
        (60, "Apologies for absence were received from Cllr. Maren Brackenbury and Cllr. Bertrand Ambrose-", False),
        (60, "Kaye (work commitments).", False), "",
        (60, "1. Minutes", True), (60, "RESOLVED that the minutes be approved.", False)])
    assert [a.name for a in doc.apologies] == ["Maren Brackenbury", "Bertrand Ambrose-Kaye"]


def test_a_welsh_community_councils_bilingual_minutes_sentence_names_no_body():
    # the Welsh half of the minutes sentence ('Cofnodion cyfarfod a gynhaliwyd ar', 'minutes of the meeting
    # held on') before its date is no body's name: the bilingual letterhead's English side is
    doc = run_extractor(MinutesExtractor(), [
        (60, "CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL", True),
        (60, "Cofnodion cyfarfod a gynhaliwyd ar 12 Mawrth 2025 / Minutes of the meeting held on 12 March 2025 at "
             "7.00pm in the Village Hall", True), "",
        (60, "Yn bresennol / Present: Cyng. G Jones (Cadeirydd / Chair), Cyng. M Roberts", False), "",
        (60, "1. Ymddiheuriadau / Apologies", True), (60, "Cyng. T Lloyd, Cyng. W Price", False)])
    assert (doc.body, doc.venue) == ("Llanfair Community Council", "Village Hall")
    assert doc.date == dt.date(2025, 3, 12)


def test_a_header_table_of_title_date_place_attendees_and_apologies_opens_minutes():
    # a partnership's notes in Word: Title | Date | Place | Time | Attendees | Apologies, then numbered items
    from synthetic import span_of

    from panelparse.classify import classify
    from panelparse.extractors.registry import get_registry
    from panelparse.layout.types import TableGrid

    rows = (("Title", "Community Safety Partnership\nBoard – Minutes"), ("Date", "Tuesday 18 March 2025"),
            ("Place", "Room 2, Northbrook\nCivic Offices"), ("Time", "2.00 pm – 3.45 pm"),
            ("Attendees", "Cllr Hannah Price (Chair), Northbrook District Council; Supt Owen Reid, Westshire Police"),
            ("Apologies", "Insp Will Young, Westshire Police"))
    table = TableGrid(page=1, bbox=(60, 80, 540, 200), rows=rows,
                      row_bboxes=tuple((60.0, 80.0 + 20 * i, 540.0, 100.0 + 20 * i) for i in range(len(rows))))
    lines = [(60, "Northbrook Community Safety Partnership Board", True), *[""] * 10,
             (60, "1. Police update", True),
             (60, "Supt Reid reported that anti-social behaviour had fallen by 12% on last year.", False),
             (60, "2. Serious Violence Duty", True),
             (60, "The Board agreed to adopt the draft Serious Violence Strategy.", False)]
    registry, _ = get_registry("builtin")
    assert classify(span_of(lines, [table]), registry).kind == "minutes"
    doc = run_extractor(MinutesExtractor(), lines, [table])
    assert [(p.honorific, p.name, p.role, p.organisation) for p in doc.present] == [
        ("Cllr", "Hannah Price", "Chair", "Northbrook District Council"),
        ("Supt", "Owen Reid", None, "Westshire Police")]
    assert [(p.name, p.organisation) for p in doc.apologies] == [("Will Young", "Westshire Police")]
    # the title and the place wrapped in their cells, the paper's kind after a dash
    assert (doc.body, doc.date, doc.venue, doc.start_time, doc.end_time) == (
        "Community Safety Partnership Board", dt.date(2025, 3, 18), "Room 2, Northbrook Civic Offices", "14:00",
        "15:45")


def test_a_time_wrapped_from_its_am_or_pm_in_the_title_sentence():
    # '... on Tuesday 11 March 2025 at 7.00' / 'pm in the Council Chamber': 19:00, not 07:00
    assert _header((60, "Minutes of the Finance and General Purposes Committee held on Tuesday 11 March 2025 at 7.00",
                    True), (60, "pm in the Council Chamber", True)) == (
        "Finance and General Purposes Committee", dt.date(2025, 3, 11), "19:00", "Council Chamber")
