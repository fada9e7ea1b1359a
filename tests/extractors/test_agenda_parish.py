"""Parish, town and community council agendas and the papers beside them, built line by line with
invented names in the shapes their clerks print (planning lists, annual meetings, summonses signed by
the clerk): each test is one shape many councils print, read with the values on its page."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor
from panelparse.extractors.common.numbering import application_reference


def _extract(rows):
    return run_extractor(AgendaExtractor(), rows)


def _head(*title_rows):
    return [(180, "LITTLE HAMPDEN PARISH COUNCIL", True), *title_rows, (250, "AGENDA", True),
            (60, "Date: Thursday 13 February 2025", False), ""]


def test_a_planning_list_keeps_each_application_whole_past_its_colon_and_dash():
    # 'Planning applications: a) 24/01234/FUL – Land at ...: Erection of ...': the reference, the site
    # and the proposal are the sub-item's title, however the clerk parts site from proposal.
    doc = _extract([
        *_head(),
        (60, "1. Apologies for absence", True),
        (60, "2. Planning applications", True),
        (80, "a) HOU/2025/0031 – 5 Bryn Road: two storey extension", False),
        (80, "b) 24/01234/FUL – two storey extension at 7 Bryn Road", False),
        (80, "c) Application DC/24/00123 - Land off Mill Lane: outline application for up to 9 dwellings", False),
        (60, "3. 24/00789/LBC – The Old Forge: replacement windows", True),
        (60, "4. Finance: to approve the payments list", True),
    ])
    planning = doc.items[1]
    assert [(c.number, c.title, c.description) for c in planning.children] == [
        ("2a", "HOU/2025/0031 – 5 Bryn Road: two storey extension", None),
        ("2b", "24/01234/FUL – two storey extension at 7 Bryn Road", None),
        ("2c", "Application DC/24/00123 - Land off Mill Lane: outline application for up to 9 dwellings", None),
    ]
    assert (doc.items[2].title, doc.items[2].description) == ("24/00789/LBC – The Old Forge: replacement windows", None)
    # an ordinary run-in title still parts at its colon
    assert (doc.items[3].title, doc.items[3].description) == ("Finance", "to approve the payments list")


@pytest.mark.parametrize("text, expected", [
    ("24/01234/FUL", True), ("DC/24/00123", True), ("P/2024/0456/HOU", True), ("S/1234/24/FL", True),
    ("21/P/01234", True), ("24/00789/LBC:", True),
    ("13/02/2025", False), ("23/15", False), ("24/25/012", False), ("12/23-24", False),
])
def test_what_reads_as_a_planning_application_reference(text, expected):
    assert application_reference(text) is expected


def _sized(rows):
    """A span whose rows carry their own font size: (x, text, bold, size)."""
    from panelparse.layout import Line, PageLayout, Word
    from panelparse.span import DocumentSpan

    lines, top = [], 60.0
    for x, text, bold, size in rows:
        words, cursor = [], float(x)
        for token in text.split():
            words.append(Word(token, cursor, top, cursor + size * 0.5 * len(token), top + size, size, bold))
            cursor += size * 0.5 * (len(token) + 1)
        lines.append(Line(tuple(words), 1))
        top += size + 4
    return DocumentSpan(pages=(PageLayout(number=1, width=595, height=842, lines=tuple(lines)),), printed=(None,))


@pytest.mark.parametrize("title", [
    "Annual Parish Meeting", "ANNUAL TOWN MEETING", "Annual Community Meeting", "Extraordinary Meeting",
    "Annual General Meeting",
])
def test_a_meeting_named_only_by_its_kind_under_the_letterhead_is_the_councils(title):
    # The title line, set larger than the letterhead, names the kind of meeting; the parish is the letterhead's.
    from panelparse.extractors.base import ExtractContext

    span = _sized([
        (150, "LITTLE HAMPDEN PARISH COUNCIL", True, 14.0),
        (170, title, True, 18.0),
        (60, "Date: Thursday 15 May 2025", False, 11.0),
        (60, "Time: 7.00pm", False, 11.0),
        (60, "1. Welcome by the Chairman", True, 11.0),
        (60, "2. Minutes of the last meeting", True, 11.0),
    ])
    doc = AgendaExtractor().extract(span, ExtractContext(document_index=0), 1.0)
    assert (doc.body, doc.date, doc.start_time) == ("Little Hampden Parish Council", dt.date(2025, 5, 15), "19:00")
    assert [i.title for i in doc.items] == ["Welcome by the Chairman", "Minutes of the last meeting"]


def test_a_parish_meeting_named_with_its_place_is_the_body():
    doc = _extract([
        (150, "LITTLE HAMPDEN PARISH COUNCIL", True),
        (170, "Little Hampden Annual Parish Meeting", True),
        (60, "Date: Thursday 15 May 2025", False),
        "",
        (60, "1. Welcome by the Chairman", True),
        (60, "2. Annual report of the Parish Council", True),
    ])
    assert doc.body == "Little Hampden Annual Parish Meeting"


def _town_notice():
    return [
        (150, "ASHWORTH TOWN COUNCIL", True),
        (60, "Town Hall, Market Place, Ashworth   townclerk@ashworth-tc.gov.uk", False),
        "",
        (60, "NOTICE IS HEREBY GIVEN that a meeting of the Planning Committee will be held in the Council", False),
        (60, "Chamber, Town Hall, Ashworth on Tuesday 18 March 2025 commencing at 6.30pm.", False),
        "",
        (60, "Members of the Committee: Cllrs A Lee (Chair), B Khan, C Jones, D Patel and E Morgan", False),
        (60, "Members of the public and press are welcome to attend.", False),
        "",
        (250, "AGENDA", True),
        (60, "1. To receive apologies for absence.", False),
        (60, "2. To approve the minutes of the meeting held on 25 February 2025.", False),
        (60, "3. To consider the response to the consultation on the draft Local Plan.", False),
        "",
        (60, "Signed: Peter Marsh, Town Clerk            Date: 12 March 2025", False),
    ]


def test_a_note_to_the_public_under_the_members_is_no_member():
    doc = _extract(_town_notice())
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Cllr", "A Lee"), ("Cllr", "B Khan"), ("Cllr", "C Jones"), ("Cllr", "D Patel"), ("Cllr", "E Morgan")]
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Planning Committee", dt.date(2025, 3, 18), "18:30", "Council Chamber, Town Hall, Ashworth")


def test_the_clerks_signature_under_the_last_item_closes_the_items_and_names_the_contact():
    # Items worded 'To ...' with no descriptions, then the clerk signs the notice off in the numbers' column.
    doc = _extract(_town_notice())
    assert [(i.number, i.description) for i in doc.items] == [("1", None), ("2", None), ("3", None)]
    assert (doc.contact.name, doc.contact.email) == ("Peter Marsh", "townclerk@ashworth-tc.gov.uk")


def _yearless(*foot, letter="6th February 2025"):
    return [
        (150, "LITTLE HAMPDEN PARISH COUNCIL", True),
        *([(60, letter, False)] if letter else []),
        "",
        (250, "AGENDA", True),
        (60, "Date: Thursday, 13 February", False),
        (60, "Time: 7.30pm", False),
        (60, "Venue: Village Hall", False),
        "",
        (60, "1. Apologies for absence", True),
        (60, "2. Declarations of interest", True),
        *foot,
    ]


def _read_with_warnings(rows):
    from synthetic import span_of

    from panelparse.extractors.base import ExtractContext

    ctx = ExtractContext(document_index=0)
    doc = AgendaExtractor().extract(span_of(rows), ctx, 1.0)
    return doc, [w.code for w in ctx.warnings]


def test_a_meeting_day_without_its_year_takes_the_year_of_the_letters_date():
    # 'Date: Thursday, 13 February' under a letter dated '6th February 2025': 13 February 2025 is a Thursday
    # a week later, so the notice settles the year.
    doc, warnings = _read_with_warnings(_yearless())
    assert (doc.date, doc.start_time, doc.venue) == (dt.date(2025, 2, 13), "19:30", "Village Hall")
    assert "unparsed_date" not in warnings


def test_the_clerks_dated_signature_at_the_foot_settles_the_year_too():
    doc, _ = _read_with_warnings(_yearless(
        "", (60, "Signed: Helen Walsh, Clerk            Date: 6th February 2025", False), letter=None))
    assert (doc.date, doc.contact.name) == (dt.date(2025, 2, 13), "Helen Walsh")


@pytest.mark.parametrize("letter", [
    None,  # nothing dates the notice
    "6th February 2024",  # 13 February 2024 was a Tuesday, and 2025 is a year on
    "6th February 2026",  # 13 February 2026 is a Friday
])
def test_a_meeting_day_without_its_year_stays_unread_unless_the_notice_settles_it(letter):
    # The date of the next meeting below ('Thursday 13 March 2025') dates no notice.
    doc, warnings = _read_with_warnings(_yearless((60, "3. Date of next meeting: Thursday 13 March 2025", True),
                                                  letter=letter))
    assert doc.date is None
    assert "unparsed_date" in warnings


def test_a_summons_on_a_day_without_its_year_is_not_dated_by_the_letter():
    # The letter's date set tight over 'Dear Councillor' and the summons: the meeting is on the 13th, not the 6th.
    def rows(letter):
        return [
            (150, "LITTLE HAMPDEN PARISH COUNCIL", True),
            (60, letter, False),
            (60, "Dear Councillor,", False),
            (60, "You are hereby summoned to attend a meeting of the Parish Council to be held in the Village", False),
            (60, "Hall on Thursday 13 February at 7.30pm.", False),
            "",
            (250, "AGENDA", True),
            (60, "1. Apologies for absence", True),
            (60, "2. Declarations of interest", True),
        ]
    doc, _ = _read_with_warnings(rows("6th February 2025"))
    assert (doc.date, doc.start_time) == (dt.date(2025, 2, 13), "19:30")
    doc, warnings = _read_with_warnings(rows("6th February 2024"))
    assert doc.date is None and "unparsed_date" in warnings


def test_a_wrapped_planning_sub_item_in_a_ruled_table_keeps_the_comma_at_its_wrap():
    # A community council's Ref | Item | Action table: the site's comma ends a cell line ('Ty Newydd,').
    from panelparse.extractors.agenda.items import read_table_items
    from panelparse.layout.types import TableGrid

    rows = (("Ref", "Item", "Action"),
            ("25/043", "Minutes of the meeting\nheld on 5th March 2025", "To approve"),
            ("25/044", "Planning\na) C25/0112 – Ty Newydd,\nHeol Fawr: rear extension\nb) C25/0130 – Land at\n"
                       "Pen-y-bryn: two dwellings", "To comment"))
    boxes = tuple((40.0, 100.0 + 40 * i, 550.0, 140.0 + 40 * i) for i in range(len(rows)))
    items = read_table_items([TableGrid(page=1, bbox=(40, 100, 550, 220), rows=rows, row_bboxes=boxes)])
    planning = items[1]
    assert (planning.number, planning.title, planning.description) == ("25/044", "Planning", "To comment")
    assert [(c.number, c.title) for c in planning.children] == [
        ("25/044a", "C25/0112 – Ty Newydd, Heol Fawr: rear extension"),
        ("25/044b", "C25/0130 – Land at Pen-y-bryn: two dwellings")]


def test_a_title_block_set_tight_above_the_summons_names_no_body_of_its_own():
    # 'MEETING OF THE FULL COUNCIL' in bold straight above 'Councillors are summoned to attend the meeting of
    # the Full Council to be held ...': one paragraph in the PDF; the council is the letterhead's.
    doc = _extract([
        (180, "KINGSFORD TOWN COUNCIL", True),
        (180, "MEETING OF THE FULL COUNCIL", True),
        (60, "Councillors are summoned to attend the meeting of the Full Council to be held in the Guildhall,", False),
        (60, "Bridge Street, Kingsford on Monday 24 March 2025 at 7.00pm.", False),
        "",
        (250, "AGENDA", True),
        (60, "1. To receive apologies for absence.", False),
        (60, "2. To receive declarations of interest.", False),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Kingsford Town Council", dt.date(2025, 3, 24), "19:00", "Guildhall, Bridge Street, Kingsford")


@pytest.mark.parametrize("text, expected", [
    # a November meeting's next dates, printed without their year, run into the new year
    ("To note the meetings for 2026: 12 January, 9 February and 9 March, all at 7.30pm.",
     [dt.date(2026, 1, 12), dt.date(2026, 2, 9), dt.date(2026, 3, 9)]),
    ("Monday 8 December and Monday 12 January at 7.30pm.", [dt.date(2025, 12, 8), dt.date(2026, 1, 12)]),
    ("Monday 12 January 2026 at 7.30pm.", [dt.date(2026, 1, 12)]),
])
def test_future_meeting_dates_without_a_year_are_the_first_such_days_after_the_meeting(text, expected):
    doc = _extract([
        (180, "LITTLE HAMPDEN PARISH COUNCIL", True), (250, "AGENDA", True),
        (60, "Date: Monday 10 November 2025", False), "",
        (60, "1. Apologies for absence", True),
        (60, "2. Date of next meeting", True),
        (80, text, False),
    ])
    assert [(m.date, m.start_time) for m in doc.future_meetings] == [(d, "19:30") for d in expected]


@pytest.mark.parametrize("typed, contact", [
    ("Anita Patel, Town Clerk          18 March 2025", "Anita Patel"),
    ("Town Clerk          18 March 2025", "A. Patel"),  # no name typed under the signature
    ("Brian Holt, Deputy Clerk", "A. Patel"),  # another's name: the signature stands
])
def test_the_name_typed_under_the_clerks_signature_is_the_contact_in_full(typed, contact):
    doc = _extract([
        (180, "KINGSFORD TOWN COUNCIL", True),
        (60, "Councillors are summoned to attend the meeting of the Full Council to be held in the Guildhall,", False),
        (60, "Bridge Street, Kingsford on Monday 24 March 2025 at 7.00pm.", False),
        "",
        (60, "Signed   A. Patel", False),
        (60, typed, False),
        "",
        (250, "AGENDA", True),
        (60, "1. To receive apologies for absence.", False),
        (60, "2. To receive declarations of interest.", False),
    ])
    assert (doc.contact.name, doc.date) == (contact, dt.date(2025, 3, 24))


def test_a_run_in_description_wrapping_under_the_title_carries_on_the_description():
    # A numbered list made in Word: '2.<tab>Declarations of interest – to receive declarations of
    # disclosable' / 'pecuniary and other interests.' wrapped to the title's indent. The run-in text
    # follows the title with no column gap, so the title ended at the dash and the wrap is description.
    doc = _extract([
        *_head(),
        (60, "1. Apologies for absence – to receive and approve apologies.", False, 20),
        (60, "2. Declarations of interest – to receive declarations of disclosable", False, 20),
        (96.5, "pecuniary and other interests.", False),
        (60, "3. Minutes: to approve the minutes of the meeting held on 9 January", False, 20),
        (96.5, "2025 as a correct record.", False),
        (60, "4. Public participation", False, 20),
    ])
    assert [(i.number, i.title, i.description) for i in doc.items] == [
        ("1", "Apologies for absence", "to receive and approve apologies."),
        ("2", "Declarations of interest", "to receive declarations of disclosable\npecuniary and other interests."),
        ("3", "Minutes", "to approve the minutes of the meeting held on 9 January\n2025 as a correct record."),
        ("4", "Public participation", None),
    ]


@pytest.mark.parametrize("letterhead, phone", [
    ("Town Hall, Market Street, Anytown AW3 4QP 01632 960555 townclerk@anytown-tc.gov.uk", "01632 960555"),
    ("townclerk@anytown-tc.gov.uk | 07700 900123 | www.anytown-tc.gov.uk", "07700 900123"),
    ("Town Hall, Anytown AW3 4QP Fax: 01632 960556 01632 960555 townclerk@anytown-tc.gov.uk", "01632 960555"),
    ("Town Hall, Anytown AW3 4QP Fax: 01632 960556 townclerk@anytown-tc.gov.uk", None),
])
def test_a_number_on_the_letterheads_email_line_is_the_contacts_phone(letterhead, phone):
    # A letterhead prints the council's number with no 'Tel' label beside its email address; a fax is no phone.
    doc = _extract([
        (180, "ANYTOWN TOWN COUNCIL", True),
        (60, letterhead, False),
        "",
        (60, "To all Members of the Council. You are summoned to attend a meeting of Anytown Town Council", False),
        (60, "to be held at the Town Hall on Monday 10 March 2025 at 7.00 pm.", False),
        (60, "Signed: Anita Patel, Town Clerk", False),
        "",
        (250, "AGENDA", True),
        (60, "1. Apologies for absence", True),
        (60, "2. Declarations of interest", True),
    ])
    assert (doc.contact.name, doc.contact.email, doc.contact.phone) == (
        "Anita Patel", "townclerk@anytown-tc.gov.uk", phone)


def test_a_bold_title_broken_after_a_comma_goes_on_on_the_next_bold_line():
    # '2. 25/00112/HOU: Ty Newydd,' / 'Heol Fawr – rear extension': the site's address broken after its
    # comma, well short of the margin; the plain line under it is the item's description.
    doc = _extract([
        *_head(),
        (60, "1. Apologies for absence", True, 20),
        (60, "2. 25/00112/HOU: Ty Newydd,", True, 20),
        (96.5, "Heol Fawr – rear extension", True),
        (96.5, "To consider the application.", False),
        (60, "3. Finance", True, 20),
        (96.5, "To approve the payments list.", False),
    ])
    assert [(i.number, i.title, i.description) for i in doc.items] == [
        ("1", "Apologies for absence", None),
        ("2", "25/00112/HOU: Ty Newydd, Heol Fawr – rear extension", "To consider the application."),
        ("3", "Finance", "To approve the payments list."),
    ]
