"""Agenda frontsheets: the sample pack (golden values from its seed text) and a real Kent
Cabinet frontsheet printed in another layout (unlabelled two-column header, wrapped titles)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS, only_document
from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor

KENT_AGENDA = CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf"


def _agenda(pack):
    return only_document(pack, "agenda")


def _walk(items):
    for item in items:
        yield item
        yield from _walk(item.children)


@pytest.fixture(scope="module")
def agenda(sample_pack):
    return _agenda(sample_pack)


@pytest.fixture(scope="module")
def kent(extract_pack):
    return _agenda(extract_pack(KENT_AGENDA))


# --- sample pack: header -------------------------------------------------------------------


def test_sample_header(agenda):
    assert agenda.body == "Wiltshire Police and Crime Panel"
    assert agenda.date == dt.date(2023, 3, 9)
    assert agenda.start_time == "10:00"
    assert agenda.venue == (
        "Banqueting Hall, Salisbury Guildhall, Market Place, Guildhall Square, Salisbury SP1 1JH"
    )
    assert agenda.contact.name == "Matt Hitch"
    assert agenda.contact.email == "matthew.hitch@wiltshire.gov.uk"
    assert agenda.contact.phone is None  # "direct line or email" prints no number


def test_meeting_header_comes_from_the_agenda(sample_pack):
    meeting = sample_pack.meeting
    assert (meeting.body, meeting.date, meeting.start_time) == (
        "Wiltshire Police and Crime Panel",
        dt.date(2023, 3, 9),
        "10:00",
    )
    assert meeting.venue.startswith("Banqueting Hall, Salisbury Guildhall")
    assert meeting.contact.name == "Matt Hitch"


# --- sample pack: membership ---------------------------------------------------------------


def test_sample_members(agenda):
    members = agenda.members
    assert len(members) == 13
    assert [m.name for m in members[:3]] == ["Steve Bucknell", "Jenny Jeffries", "Kevin Parry"]
    mathew = next(m for m in members if m.name == "Brian Mathew")
    assert mathew.honorific == "Cllr Dr"
    jeffries = next(m for m in members if m.name == "Jenny Jeffries")
    assert (jeffries.honorific, jeffries.affiliation) == ("Cllr", "Swindon Borough Council")
    assert (
        next(m for m in members if m.name == "James Sheppard").affiliation
        == "Albourne and Ramsbury"
    )
    # the co-opted independent members are printed without a title and are members
    assert [(m.name, m.honorific) for m in members[-2:]] == [
        ("Denisa Ahmeti", None),
        ("Louise Williams", None),
    ]
    assert all(m.evidence and m.evidence.page == 1 and m.evidence.bbox for m in members)


def test_sample_substitutes(agenda):
    subs = agenda.substitutes
    assert [s.name for s in subs] == [
        "Adrian Foster",
        "Sarah Gibson",
        "Gordon King",
        "Vinay Manro",
        "Dominic Muns",
        "Sam Pearce-Kearney",
        "Caroline Thomas",
    ]
    manro = subs[3]
    assert (manro.honorific, manro.affiliation) == (None, "Swindon Borough Council")
    assert all(s.honorific == "Cllr" for s in subs if s.name != "Vinay Manro")


# --- sample pack: items --------------------------------------------------------------------


def test_sample_items(agenda):
    items = agenda.items
    assert [i.number for i in items] == [str(n) for n in range(1, 12)]
    assert [i.title for i in items[:4]] == [
        "Apologies for Absence",
        "Minutes and matters arising",
        "Declarations of interest",
        "Chairman's Announcements",
    ]
    assert items[7].title == "OPCC Commissioning Plan 2023/24"
    assert items[10].title == "Future meeting dates"
    assert all(i.part == "I" for i in _walk(items))
    assert all(i.evidence and i.evidence.bbox for i in _walk(items))


def test_sample_sub_items(agenda):
    by_number = {i.number: i for i in agenda.items}
    assert [c.number for c in by_number["6"].children] == ["6a", "6b", "6c"]
    assert [c.number for c in by_number["10"].children] == ["10a", "10b"]
    assert by_number["6"].children[0].title == "HMICFRS PEEL PCC - Progress to Date"
    assert by_number["10"].children[1].title == "Items for Communication to the Public"
    assert all(not i.children for n, i in by_number.items() if n not in ("6", "10"))


def test_sample_pack_pages(agenda):
    pages = {
        i.number: (i.pack_pages.start, i.pack_pages.end)
        for i in _walk(agenda.items)
        if i.pack_pages
    }
    assert pages == {"2": (7, 10), "6a": (11, 18), "6c": (19, 38), "8": (39, 50), "10a": (51, 52)}
    # the page range is read off the title, not left in it
    assert all("Pages" not in i.title for i in _walk(agenda.items))


def test_sample_descriptions(agenda):
    by_number = {i.number: i for i in _walk(agenda.items)}
    assert by_number["2"].description == (
        "To confirm the minutes of the meeting held on 2 February 2023 as a true and correct "
        "record."
    )
    assert by_number["6b"].description == (
        "To receive an update from Police and Crime Commissioner Philip Wilkinson, OBE."
    )
    assert "no later than 5pm on 1 March 2023" in by_number["5"].description
    assert by_number["6"].description is None


def test_sample_document_links(sample_pack, agenda):
    links = {i.number: i.document_indices for i in _walk(agenda.items) if i.document_indices}
    kinds = {n: [sample_pack.documents[d].kind for d in docs] for n, docs in links.items()}
    assert kinds["2"] == ["minutes"]
    assert kinds["6c"] == ["highlight_report"]
    assert set(links) == {"2", "6a", "6c", "8", "10a"}
    page_checks = [c for c in sample_pack.checks if c.code == "agenda_item_pages"]
    assert len(page_checks) == 5 and all(c.status == "pass" for c in page_checks)


def test_sample_future_meetings(agenda):
    found = [(f.date, f.start_time, f.venue) for f in agenda.future_meetings]
    assert found == [
        (dt.date(2023, 6, 13), "14:30", "Corn Exchange in Devizes"),
        (dt.date(2023, 9, 14), "10:30", "West Wilts Room, County Hall"),
        (dt.date(2023, 12, 14), "10:30", "Committee Room 6, Swindon"),
    ]
    assert all(f.evidence.page == 4 for f in agenda.future_meetings)


# --- Kent County Council Cabinet frontsheet --------------------------------------------------


def test_kent_header(kent):
    assert kent.body == "Cabinet"
    assert kent.date == dt.date(2025, 1, 30)
    assert kent.start_time == "10:00"
    assert kent.venue == "Council Chamber, Sessions House, County Hall, Maidstone"
    assert (kent.contact.name, kent.contact.email, kent.contact.phone) == (
        "Georgina Little",
        "georgina.little@kent.gov.uk",
        "03000 414043",
    )


def test_kent_items(kent):
    assert [i.number for i in kent.items] == [str(n) for n in range(1, 10)]
    titles = [i.title for i in kent.items]
    assert titles[:4] == [
        "Apologies",
        "Declarations of Interest",
        "Minutes of the Meeting held on 9th January 2025",
        "Cabinet Member Updates",
    ]
    # titles wrapped over two and three lines are read whole, the page range taken out
    assert titles[5] == (
        "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 "
        "and Treasury Management Strategy"
    )
    assert titles[6].endswith("to the Adult Social Care and Health Directorate")
    pages = [(i.pack_pages.start, i.pack_pages.end) if i.pack_pages else None for i in kent.items]
    assert pages == [
        None,
        None,
        (1, 10),
        None,
        (11, 84),
        (85, 276),
        (277, 326),
        (327, 460),
        (461, 610),
    ]
    assert all(i.part == "I" for i in kent.items)  # UNRESTRICTED ITEMS; none are exempt
    assert kent.members == [] and kent.future_meetings == []


# --- other wordings, built line by line ----------------------------------------------------

def _extract(rows):
    return run_extractor(AgendaExtractor(), rows)


def test_paragraph_membership_lettered_sub_items_and_part_two():
    doc = _extract(
        [
            (60, "AGENDA", True),
            (60, "Licensing Committee", True),
            "",
            (60, "Date: Monday 3 July 2023", False),
            (60, "Time: 2.00 pm", False),
            (60, "Venue: The Guildhall", False),
            "",
            (
                60,
                "Membership: Councillors Ann Lee (Chair), Bob Khan (Vice-Chair), Cara Diaz,",
                False,
            ),
            (60, "Dan Eze and Eve Fox", False),
            "",
            (60, "1. Apologies", True, 20),
            "",
            (60, "2. Applications (Pages 5 - 9)", True, 20),
            "",
            (80, "(a) The Crown, High Street", True),
            "",
            (80, "(b) The Swan (Pages 10 - 12)", True),
            "",
            (60, "PART II", True),
            "",
            (60, "3. Exempt report", True, 20),
        ]
    )
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Licensing Committee",
        dt.date(2023, 7, 3),
        "14:00",
        "The Guildhall",
    )
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Councillor", "Ann Lee"),
        ("Councillor", "Bob Khan"),
        ("Councillor", "Cara Diaz"),
        ("Councillor", "Dan Eze"),
        ("Councillor", "Eve Fox"),
    ]
    assert [i.number for i in doc.items] == ["1", "2", "3"]
    assert [(c.number, c.title) for c in doc.items[1].children] == [
        ("2a", "The Crown, High Street"),
        ("2b", "The Swan"),
    ]
    assert doc.items[1].children[1].pack_pages.start == 10
    assert [i.part for i in doc.items] == ["I", "I", "II"]


def _ruled_items(rows):
    """Agenda items read from a ruled table of `rows`, each row 20 points high."""
    from panelparse.extractors.agenda.items import read_table_items
    from panelparse.layout.types import TableGrid

    boxes = tuple((40.0, 100.0 + 20 * i, 550.0, 120.0 + 20 * i) for i in range(len(rows)))
    return read_table_items([TableGrid(page=1, bbox=(40, 100, 550, 240), rows=rows, row_bboxes=boxes)])


def test_agenda_printed_as_a_ruled_table():
    rows = (("Item", "Subject", "Pages"),
            ("1.", "Apologies for absence", ""),
            ("2.", "Minutes of the meeting held on 12 January 2023", "5 - 12"),
            ("3.", "Budget monitoring (Pages 13 - 40)", ""),
            ("3(a)", "Capital programme", "41 - 44"),
            ("", "Exempt information", ""),
            ("4.", "Date of next meeting", ""))
    items = _ruled_items(rows)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 12 January 2023"),
        ("3", "Budget monitoring"), ("4", "Date of next meeting")]
    assert items[1].pack_pages.model_dump() == {"start": 5, "end": 12}
    assert items[2].pack_pages.model_dump() == {"start": 13, "end": 40}
    assert [(c.number, c.title, c.pack_pages.start) for c in items[2].children] == [("3a", "Capital programme", 41)]
    assert items[3].evidence.page == 1 and items[3].evidence.bbox[1] == 220.0


STYLES = CORPUS.parent / "styles"


def test_membership_one_party_per_line(extract_pack):
    # 'Conservative (3): Mrs Romilly Upcott (Chair), Mrs Esme Cheverton, Dr Sefton Gladwin' then
    # 'Green (1): Mr Dorian Dewhurst (Vice-Chair)' on the next line: the last name of one party
    # and the next party's label are two things, and a bold party line still belongs to the list.
    doc = _agenda(extract_pack(STYLES / "cabinet-box-pack.pdf"))
    assert [(m.name, m.affiliation) for m in doc.members] == [
        ("Romilly Upcott", "Conservative"), ("Esme Cheverton", "Conservative"), ("Sefton Gladwin", "Conservative"),
        ("Dorian Dewhurst", "Green"), ("Nye Pellow", "Labour"), ("Vashti Quarrington", "Labour"),
        ("Wilfred Pendrill", "Labour"), ("Minerva Ingleby", "Labour"), ("Elspeth Juniper", "Liberal Democrat")]


def test_unbracketed_page_references(extract_pack):
    # 'Minutes of the Previous Meeting   pp. 2-3', '(ii) Budget v Spend   p. 6'.
    doc = _agenda(extract_pack(STYLES / "town-mayor-pack.pdf"))
    pages = {i.number: (i.pack_pages.start, i.pack_pages.end) for i in _walk(doc.items) if i.pack_pages}
    assert pages == {"3": (2, 3), "6": (4, 5), "7ii": (6, 6)}


@pytest.mark.parametrize("name, date, venue", [
    # The letter is dated '20 March 2023'; the summons names the meeting's own day and place.
    ("parish-summons-pack.pdf", dt.date(2023, 3, 27), "The Reading Room, Church Lane, Ashby Lacey"),
    # '... on Monday 15 th April, 2024 at 7.15 p.m.' (a superscript ordinal printed apart).
    ("town-mayor-pack.pdf", dt.date(2024, 4, 15), "The Memorial Hall, Mill Road, Caldermere"),
    # '... at 10:00 in Council Chamber, ...': the time's 'at' is not the venue's.
    ("fire-authority-pack.pdf", dt.date(2024, 3, 7), "Council Chamber, County Hall, Mill Road, Caldermere"),
])
def test_meeting_from_the_summons_not_the_letter_date(extract_pack, name, date, venue):
    doc = _agenda(extract_pack(STYLES / name))
    assert (doc.date, doc.venue) == (date, venue)


def test_page_references_on_their_own_line_and_bold_sub_items(extract_pack):
    # Title | description columns, with 'pp. 2-3' under the title in the number's column and
    # '(iii)' printed bold among plain '(i)' and '(ii)'.
    doc = _agenda(extract_pack(STYLES / "audit-labels-pack.pdf"))
    pages = {i.number: (i.pack_pages.start, i.pack_pages.end) for i in _walk(doc.items) if i.pack_pages}
    assert pages == {"3": (2, 3), "6": (4, 5), "7i": (6, 6), "7ii": (7, 7), "8": (8, 9)}
    assert [c.number for c in doc.items[6].children] == ["7i", "7ii", "7iii"]
    assert doc.items[2].description == (
        "To confirm the minutes of the meeting held on 10 December 2024 as a correct record.")


@pytest.mark.parametrize("name", ["town-running-pack.pdf", "frontsheet-pcp-prose.pdf", "cabinet-box-pack.pdf"])
def test_items_after_the_exclusion_of_the_press_and_public_are_part_two(extract_pack, name):
    # No 'Part II' heading in the first two (the exclusion item says it); a 'PART II' row in the third.
    items = _agenda(extract_pack(STYLES / name)).items
    assert "Exclusion of the Press and Public" in items[-2].title
    assert [i.part for i in items[-2:]] == ["I", "II"]


def test_attendees_printed_as_name_and_role_columns(extract_pack):
    # 'Attendees' over a Name | Role list (one row's gap narrower than the rest), 'Time: 15:00-16:30',
    # and the body as the title prints it ('Public Sector Transparency Board – Agenda 24.06.10')
    # although the opening sentence calls it 'the Transparency Board'.
    doc = only_document(extract_pack(CORPUS / "transparency-board-2010-06-24-agenda.pdf"), "agenda")
    assert (doc.body, doc.date, doc.start_time) == ("Public Sector Transparency Board", dt.date(2010, 6, 24), "15:00")
    members = {m.name: (m.honorific, m.affiliation) for m in doc.members}
    assert len(members) == 9
    assert members["Nigel Shadbolt"] == ("Professor", None)  # 'Member' is a role, not a body
    assert members["Francis Maude"] == (None, None) and members["Rohan Silva"] == (None, "No. 10")


def test_attendees_after_the_items_grouped_under_bold_headings(extract_pack):
    # Page 2: 'ATTENDEES' / bold 'Transparency Board', 'Ministers', 'Officials' over bulleted
    # 'Name, Organisation' lines, then 'Apologies', whose names are not members. The time is the
    # title block's line under the date: '19 May 2011' / '11.00 – 12.50'.
    doc = only_document(extract_pack(CORPUS / "transparency-board-2011-05-19-agenda.pdf"), "agenda")
    assert (doc.date, doc.start_time) == (dt.date(2011, 5, 19), "11:00")
    assert doc.venue == "Cabinet Office, 70 Whitehall, room 4.10, London SW1A 2AS"
    members = {m.name: (m.honorific, m.affiliation) for m in doc.members}
    assert members["Tim Berners-Lee"] == ("Sir", None)  # '(Skype)' is how he attends
    assert members["Cass Chideock"] == (None, "Cabinet Office") and members["Tim Moss"] == (None, "Companies House")
    assert "Cabinet Office" not in members and "Rufus Pollock" not in members and len(members) == 16


def test_parish_agenda_page_with_two_agendas_and_a_closing_note(extract_pack):
    # Milburn: 'MILBURN PARISH COUNCIL' over 'Annual Parish Meeting in the Village Hall' (a meeting
    # and its venue, not the body); the AGM agenda follows on the same page; the note at the foot
    # names the clerk and a phone with no label, then 'Councillors' lists members with addresses
    # and phone numbers after the items; item 16 dates the next meeting in its own title.
    pack = extract_pack(CORPUS / "milburn-pc-2018-05-08-annual-parish-meeting-and-agm-agenda.pdf")
    assert pack.meeting.body == "Milburn Parish Council"
    assert (pack.meeting.contact.name, pack.meeting.contact.phone) == ("Joan Connelly", "017683 52469")
    apm, agm = pack.documents
    assert [m.name for m in agm.members] == [
        "Michael Armstrong", "Ray Healey", "Michael Dixon", "Pauline Moran", "Dennis Richardson"]
    assert [m.date for m in agm.future_meetings] == [dt.date(2018, 7, 3)]
    assert agm.items[3].title == "To approve the minutes of the last Parish Council Meeting, 6th March 2018"


def test_repeated_item_number_dates_under_a_heading_and_a_signing_clerk(extract_pack):
    # Souldern: '12 Asset of Community Value' then '12 Planning' (a number printed twice); no
    # numbered next-meeting item but 'Date of next meetings' / 'Dates for 2026:' / '26 March,
    # 30 April, 28 May + AMPC, ...' (not an item 26); 'Cathy Fleet – Parish Clerk 07989 398 838'.
    pack = extract_pack(CORPUS / "souldern-pc-2026-03-26-agenda.pdf")
    doc = only_document(pack, "agenda")
    assert [(i.number, i.title) for i in doc.items if i.number == "12"] == [
        ("12", "Asset of Community Value"), ("12", "Planning")]
    assert doc.items[-1].number == "14" and len(doc.items) == 13
    dates = [m.date for m in doc.future_meetings]
    assert dates[:3] == [dt.date(2026, 4, 30), dt.date(2026, 5, 28), dt.date(2026, 6, 25)]
    assert dt.date(2026, 3, 26) not in dates  # this meeting, not a future one
    assert (pack.meeting.contact.name, pack.meeting.contact.phone) == ("Cathy Fleet", "07989 398 838")


def test_agenda_table_with_lettered_and_coded_numbers():
    # 'A1' opens the table (no leading digit), then numbered rows; segmentation and the items
    # reader both used to raise on the lettered number.
    from panelparse.extractors.agenda.items import read_table_items
    from panelparse.layout import PageLayout
    from panelparse.layout.types import TableGrid
    from panelparse.segment import _table_references

    rows = (("A1", "Apologies for absence"), ("2.", "Minutes of the last meeting (Pages 3 - 8)"),
            ("CAB 23/15", "Budget"), ("3.", "Any other business"))
    boxes = tuple((40.0, 100.0 + 20 * i, 550.0, 120.0 + 20 * i) for i in range(len(rows)))
    table = TableGrid(page=1, bbox=(40, 100, 550, 180), rows=rows, row_bboxes=boxes)
    items = read_table_items([table])
    assert [i.number for i in items] == ["A1", "2", "3"]
    page = PageLayout(number=1, width=595, height=842, lines=(), tables=(table,))
    refs = _table_references(page, None)
    assert [(r.start, r.end) for r in refs] == [(3, 8)]


def test_a_second_agenda_on_the_page_is_for_the_body_its_title_names(extract_pack):
    # 'Annual Meeting of Sutton Orlebar Parish Council' / 'Wednesday 14th May, 2025 at 7.45pm':
    # the weekday is the date's, not part of the body.
    pack = extract_pack(CORPUS.parent / "styles" / "parish-apm-and-agm.pdf")
    assert pack.documents[1].body == "Annual Meeting of Sutton Orlebar Parish Council"


def test_table_agenda_future_dates_in_a_description_and_the_contact_block_at_the_foot(extract_pack):
    # Item 9 of a ruled agenda table carries 'Future meeting dates: 31 Mar, 2 Jun, 28 Jul, 29 Sep'
    # as its description; the letter's signatory is the contact, whose email is printed in the
    # 'Contact:' block at the end.
    pack = extract_pack(CORPUS.parent / "styles" / "frontsheet-pcp-prose.pdf")
    doc = only_document(pack, "agenda")
    assert [m.date for m in doc.future_meetings] == [
        dt.date(2025, 3, 31), dt.date(2025, 6, 2), dt.date(2025, 7, 28), dt.date(2025, 9, 29)]
    assert pack.meeting.contact.email == "caris.merriweather@harrowdencounty.gov.uk"


def test_title_with_a_colon_beside_a_description_column_wraps_under_its_number(extract_pack):
    # '11. Contract Award: Building Cleaning      To consider the tenders received.' / 'Services'
    doc = only_document(extract_pack(CORPUS.parent / "styles" / "committee-purpose-pack.pdf"), "agenda")
    item = next(i for i in doc.items if i.number == "11")
    assert (item.title, item.description) == (
        "Contract Award: Building Cleaning Services", "To consider the tenders received.")


def test_table_agenda_with_date_coded_numbers_and_roman_sub_items(extract_pack):
    # '25.06.01 Apologies for Absence' ... '25.06.11 Contract Award: ...' in a ruled No. | Item
    # table; '(i) Quarterly Performance Report Page 6' under '25.06.07 Service Performance and
    # Finance'; the items after 'Exclusion of the Press and Public' are Part II.
    doc = only_document(extract_pack(CORPUS.parent / "styles" / "fire-datecoded-pack.pdf"), "agenda")
    assert [i.number for i in doc.items] == [f"25.06.{n:02d}" for n in range(1, 12)]
    items = {i.number: i for i in doc.items}
    assert (items["25.06.03"].title, items["25.06.03"].pack_pages.start, items["25.06.03"].pack_pages.end) == (
        "Minutes of the Previous Meeting", 2, 3)
    assert items["25.06.01"].children == []
    children = items["25.06.07"].children
    assert [(c.number, c.title) for c in children] == [
        ("25.06.07i", "Quarterly Performance Report"), ("25.06.07ii", "Budget Monitoring"),
        ("25.06.07iii", "Complaints and Compliments Update")]
    assert [c.pack_pages.start if c.pack_pages else None for c in children] == [6, 7, None]
    assert (items["25.06.10"].part, items["25.06.11"].part) == ("I", "II")


@pytest.mark.parametrize("name, parent, pages", [
    ("county-planning-pack", "7", [(5, 6), (7, 7), None]),
    ("cabinet-rollcall-pack", "A7", [(7, 14), (15, 15), None]),
])
def test_dotted_sub_items_under_an_item_or_lettered_item(extract_pack, name, parent, pages):
    # 'Item 7 Performance and Finance' / '7.1 Quarterly Performance Report pp. 5-6' / '7.2 Budget
    # Monitoring p. 7' / '7.3 Complaints ...'; the same under 'A7' as 'A7.1', 'A7.2', 'A7.3'.
    doc = only_document(extract_pack(CORPUS.parent / "styles" / f"{name}.pdf"), "agenda")
    item = next(i for i in doc.items if i.number == parent)
    assert (item.title, item.pack_pages) == ("Performance and Finance" if parent == "7" else "Finance and Performance",
                                             None)
    assert [(c.number, c.title) for c in item.children] == [
        (f"{parent}.1", "Quarterly Performance Report"), (f"{parent}.2", "Budget Monitoring"),
        (f"{parent}.3", "Complaints and Compliments Update")]
    assert [(c.pack_pages.start, c.pack_pages.end) if c.pack_pages else None for c in item.children] == pages


def test_a_when_where_contact_box_read_as_one_cell_sorts_place_from_person(extract_pack):
    # The box's values all land in one cell: 'St Mary's Church Rooms' / 'Orchard Way, ...' is the
    # venue, not the contact ('St' is no title here; 'Rooms', 'Way' make a place).
    pack = extract_pack(CORPUS.parent / "styles" / "town-docpages-pack.pdf")
    assert pack.meeting.venue.startswith("St Mary's Church Rooms")
    assert pack.meeting.contact.name == "Osric Fairlow"


def test_a_sub_item_page_reference_in_the_stamp_band_is_read(extract_pack):
    # '(a) Quarterly Performance Report ... Page 7' sits at the foot of page 1 and '(b) Budget
    # Monitoring ... Page 9' at the top of page 2, in the bands where page stamps sit ('Page 1'
    # is the page's own stamp); the reference on the item's baseline is the item's.
    pack = extract_pack(CORPUS.parent / "styles" / "audit-signed-pack.pdf")
    doc = only_document(pack, "agenda")
    item = next(i for i in doc.items if i.number == "7")
    assert [(c.number, c.title, c.pack_pages.start if c.pack_pages else None) for c in item.children] == [
        ("7a", "Quarterly Performance Report", 7), ("7b", "Budget Monitoring", 9),
        ("7c", "Complaints and Compliments Update", None)]
    assert item.children[0].description.startswith("To note performance against the plan's measures.")
    assert pack.documents[3].agenda_item == "7a"


def test_a_page_reference_under_a_wrapped_title_in_the_foot_band_is_read(extract_pack):
    # 'A6 Estates Strategy 2024/25   To consider the draft estates strategy and the disposal' /
    # 'Page 5                        programme.' at the foot of page 1 (where stamps sit).
    pack = extract_pack(CORPUS.parent / "styles" / "pcp-centred-slides-pack.pdf")
    item = next(i for i in only_document(pack, "agenda").items if i.number == "A6")
    assert (item.title, item.pack_pages.start, item.pack_pages.end) == ("Estates Strategy 2024/25", 5, 5)
    assert pack.documents[2].agenda_item == "A6"


def test_a_bold_title_cut_by_the_page_break_carries_on_overleaf(extract_pack):
    # "A7 Police and Crime Commissioner's   To receive" at the foot of page 1, 'Update' (bold,
    # under the number) at the top of page 2, then '(a) Quarterly Performance Report'.
    pack = extract_pack(CORPUS.parent / "styles" / "pcp-centred-slides-pack.pdf")
    item = next(i for i in only_document(pack, "agenda").items if i.number == "A7")
    assert item.title == "Police and Crime Commissioner's Update"
    assert [c.number for c in item.children] == ["A7a", "A7b", "A7c"]


def test_a_lead_printed_in_its_own_column_beside_the_title(extract_pack):
    # 'Item 6   Estates Strategy 2023/24   Head of Planning   pp. 3-4'
    doc = only_document(extract_pack(CORPUS.parent / "styles" / "county-planning-pack.pdf"), "agenda")
    item = next(i for i in doc.items if i.number == "6")
    assert (item.title, item.presenter, item.pack_pages.start, item.description) == (
        "Estates Strategy 2023/24", "Head of Planning", 3, None)


def test_an_enquiries_line_at_the_foot_gives_the_contact():
    from panelparse.extractors.agenda import AgendaExtractor

    doc = run_extractor(AgendaExtractor(), [
        (150, "Growth and Environment Scrutiny Committee", True),
        (150, "Thursday, 13th February, 2025 at 10.00 am", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies and Substitutes", True),
        (60, "2. Date of next meeting", True),
        "",
        (60, "Enquiries to: Jane Doe, Democratic Services Officer, Tel: 03000 416000, "
             "email: jane.doe@kent.gov.uk", False),
    ])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Jane Doe", "03000 416000", "jane.doe@kent.gov.uk")


def test_plain_sub_items_citing_their_own_pages_in_a_column():
    # Bold items, plain sub-items '3a  Revenue Budget   11 - 30': the first sub-item is known
    # by the page range it cites; the bare range in its own column is its pages.
    from synthetic import line

    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import Line, PageLayout
    from panelparse.span import DocumentSpan

    def row(top, x, number, title, pages=None, bold=False):
        words = line(top, x, number, bold).words + line(top, x + 30, title, bold).words
        return Line(words + (line(top, 480, pages).words if pages else ()), 1)

    rows = (line(60, 150, "Cabinet", True), line(73, 150, "Date: Monday, 10 March 2025"), line(130, 60, "AGENDA", True),
            row(156, 60, "1", "Apologies for absence", bold=True), row(169, 60, "2", "Budget 2025/26", bold=True),
            row(182, 90, "2a", "Revenue Budget", "11 - 30"), row(195, 90, "2b", "Capital Programme", "31 - 40"),
            row(208, 60, "3", "Property Disposal", "41 - 44", bold=True))
    span = DocumentSpan(pages=(PageLayout(number=1, width=595, height=842, lines=rows),), printed=(None,))
    doc = AgendaExtractor().extract(span, ExtractContext(document_index=0), 1.0)
    budget = doc.items[1]
    assert [(c.number, c.title, c.pack_pages.start, c.pack_pages.end) for c in budget.children] == [
        ("2a", "Revenue Budget", 11, 30), ("2b", "Capital Programme", 31, 40)]
    assert doc.items[2].pack_pages.start == 41


def test_lettered_items_with_bracketed_sub_items(extract_pack):
    # 'A7   Finance' / 'A7(a) Payments for Approval' / 'A7(b) Budget v Spend   Page 6' / 'A7(c) ...'
    doc = only_document(extract_pack(CORPUS.parent / "styles" / "parish-lettered-pack.pdf"), "agenda")
    finance = next(i for i in doc.items if i.number == "A7")
    assert [(c.number, c.title) for c in finance.children] == [
        ("A7a", "Payments for Approval"), ("A7b", "Budget v Spend"), ("A7c", "Bank Reconciliation")]
    assert finance.children[1].pack_pages.start == 6


def test_a_box_with_the_time_on_the_line_under_the_date(extract_pack):
    # 'When | Thursday 9th May 2024' / '10.00 am' / venue lines / contact lines, all in one cell.
    pack = extract_pack(CORPUS.parent / "styles" / "fire-boxed-slides-pack.pdf")
    assert (pack.meeting.date, pack.meeting.start_time) == (dt.date(2024, 5, 9), "10:00")
    assert pack.meeting.venue.startswith("Council Chamber, County Hall")


def test_a_notice_of_meeting_signed_by_the_clerk():
    # 'You are hereby summoned ... held at the Council Chamber on Monday 3rd March 2025 at 7.00 pm'
    # signed 'J Bloggs' / 'Town Clerk'; items numbered '25/101' with the year.
    from panelparse.extractors.agenda import AgendaExtractor

    doc = run_extractor(AgendaExtractor(), [
        (200, "WESTBURY TOWN COUNCIL", True),
        "",
        (60, "NOTICE OF MEETING", True),
        (60, "You are hereby summoned to attend a meeting of the Town Council to be held at the Council "
             "Chamber on Monday 3rd March 2025 at 7.00 pm.", False),
        "",
        (60, "J Bloggs", False),
        (60, "Town Clerk", False),
        (60, "25 February 2025", False),
        "",
        (60, "AGENDA", True),
        (60, "25/101 Apologies for absence", True),
        (60, "25/102 Declarations of interest", True),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Westbury Town Council", dt.date(2025, 3, 3), "19:00", "Council Chamber")
    assert doc.contact.name == "J Bloggs"
    assert [i.number for i in doc.items] == ["25/101", "25/102"]


def test_a_title_whose_last_word_is_set_flush_right_on_the_next_line(extract_pack):
    # Milburn: 'b) Receive the Statement of Accounts for year ending 31st March' / right-aligned '2018'.
    pack = extract_pack(CORPUS / "milburn-pc-2018-05-08-annual-parish-meeting-and-agm-agenda.pdf")
    finance = next(i for i in pack.documents[1].items if i.number == "11")
    assert finance.children[1].title == "Receive the Statement of Accounts for year ending 31st March 2018"


def test_a_page_reference_set_flush_right_is_not_part_of_the_title():
    from synthetic import line

    from panelparse.extractors.common.titles import continues_title

    title = line(100, 90, "Receive the Statement of Accounts for year ending 31st March")
    right = title.bbox[2]
    year = line(114, right - 22, "2018")
    pages = line(114, right - 22, "5-10")
    assert continues_title(year, title, 90, right) and not continues_title(pages, title, 90, right)


def test_a_membership_label_with_a_count_and_a_time_line_under_the_date():
    # 'Wednesday, 2nd April, 2025' / '10.00 am' / venue / 'Membership (13)' over party groups.
    from panelparse.extractors.agenda import AgendaExtractor

    doc = run_extractor(AgendaExtractor(), [
        (150, "SCRUTINY COMMITTEE", True),
        "",
        (60, "Wednesday, 2nd April, 2025", True),
        (60, "10.00 am", True),
        (60, "Council Chamber, Sessions House, County Hall, Maidstone", True),
        "",
        (60, "Membership (13)", True),
        (60, "Conservative (9): Mr A Smith (Chairman), Mrs B Jones (Vice-Chairman), Mr C Brown", False),
        (60, "Labour (2): Ms E White, Mr F Black", False),
        "",
        (60, "1. Apologies and Substitutes", True),
        (60, "2. Declarations of Interest", True),
    ])
    assert (doc.date, doc.start_time, doc.venue) == (
        dt.date(2025, 4, 2), "10:00", "Council Chamber, Sessions House, County Hall, Maidstone")
    assert [(m.name, m.affiliation) for m in doc.members] == [
        ("A Smith", "Conservative"), ("B Jones", "Conservative"), ("C Brown", "Conservative"),
        ("E White", "Labour"), ("F Black", "Labour")]


def test_a_summons_set_in_capitals():
    # 'YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF X PARISH COUNCIL TO BE HELD IN THE ... ON ...':
    # read as the same sentence in prose, so the body ends at 'TO BE HELD' and the venue at 'ON'.
    doc = _extract([
        (60, "BRAMPTON MAGNA PARISH COUNCIL", True),
        "",
        (60, "To: ALL MEMBERS OF THE COUNCIL", False),
        (60, "YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF BRAMPTON MAGNA PARISH COUNCIL TO BE HELD IN", False),
        (60, "THE CEDAR ROOM ON THURSDAY 2ND MARCH 2023 AT 7.30PM FOR THE PURPOSE OF TRANSACTING THE", False),
        (60, "FOLLOWING BUSINESS:", False),
        "",
        (60, "AGENDA", True),
        "",
        (60, "1) To accept apologies for absence", False),
        (60, "2) To record declarations of interest", False),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Brampton Magna Parish Council", dt.date(2023, 3, 2), "19:30", "Cedar Room")
    assert [i.number for i in doc.items] == ["1", "2"]


def test_a_remote_meeting_summons_signed_by_the_clerk():
    # '... to be held on Tuesday, 1st December 2020, 18.30, via Zoom' then 'Signed, K Shaw, Clerk and RFO':
    # the venue is Zoom, not the signature, and the signatory is the contact.
    doc = _extract([
        (60, "LOWER HAMPTON PARISH COUNCIL", True),
        (60, "Councillors are summoned to an Extraordinary Meeting of the Parish Council", False),
        (60, "to be held on Tuesday, 1st December 2020, 18.30, via Zoom", False),
        (60, "Signed, K Shaw, Clerk and RFO", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies for Absence", False),
        (60, "2. Declarations of Interest", False),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Lower Hampton Parish Council", dt.date(2020, 12, 1), "18:30", "Zoom")
    assert doc.contact.name == "K Shaw"


def test_agenda_table_of_references_out_of_order_with_a_report_by_column():
    # 'Item Ref | Agenda Item | Report By': items carried over keep their old reference
    # ('087/21' after '003/22'), group rows ('Agenda Items') are no items.
    rows = (("Item Ref", "Agenda Item", "Report By"),
            ("001/22", "To receive apologies.", "Chair"),
            ("002/22", "To receive declarations of interest.", "Chair"),
            ("Agenda Items", "", ""),
            ("087/21", "Councillor vacancy", "Chair"),
            ("040/20", "Matters arising from the Resolution Tracker", "Clerk"),
            ("080/21", "Tree survey update", "Cllr Mrs S McKee"))
    items = _ruled_items(rows)
    assert [(i.number, i.title, i.presenter) for i in items] == [
        ("001/22", "To receive apologies.", "Chair"),
        ("002/22", "To receive declarations of interest.", "Chair"),
        ("087/21", "Councillor vacancy", "Chair"),
        ("040/20", "Matters arising from the Resolution Tracker", "Clerk"),
        ("080/21", "Tree survey update", "Cllr Mrs S McKee"),
    ]


def test_plain_sub_items_indented_under_bold_items():
    # Bold 'Item 4. Planning applications', then 'a) 24/00123/FUL ...' / 'b) ...' in plain type, indented.
    doc = _extract([
        (60, "MARSH PARISH COUNCIL", True),
        (60, "Meeting of the Parish Council to be held on Tuesday 14th May 2024 at 7.30pm in the Village Hall.", False),
        "",
        (60, "AGENDA", True),
        (60, "Item 3. Declarations of interest", True),
        (60, "Item 4. Planning applications", True),
        (80, "a) 24/00123/FUL – 3 Church Street – single storey extension", False),
        (80, "b) 24/00145/HH – The Old Forge – replacement windows", False),
        (60, "Item 5. Date of next meeting", True),
    ])
    assert [(i.number, [c.number for c in i.children]) for i in doc.items] == [
        ("3", []), ("4", ["4a", "4b"]), ("5", [])]
    assert doc.items[1].children[0].title.startswith("24/00123/FUL")


def test_a_bilingual_letterhead_does_not_lengthen_the_body_the_notice_names():
    doc = _extract([
        (60, "CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL", True),
        (60, "Notice is given that a meeting of Llanfair Community Council will be held at the Community Hall "
             "on Monday 8 April 2024 at 7pm.", False),
        "",
        (60, "AGENDA / RHAGLEN", True),
        (60, "1. Apologies / Ymddiheuriadau", False),
        (60, "2. Minutes / Cofnodion", False),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Llanfair Community Council", dt.date(2024, 4, 8), "19:00", "Community Hall")
