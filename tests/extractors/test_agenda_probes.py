"""Agenda frontsheets in house styles the fixtures do not print, built line by line with invented
names (parish and town councils' Word agendas, county summonses, police and crime panels): each
test is one shape many councils print, read with the values on its page."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor
from panelparse.parsing import parse_attendee


def _extract(rows):
    return run_extractor(AgendaExtractor(), rows)


def test_the_letter_date_beside_the_addressee_set_tight_above_the_summons():
    # NALC's model notice: 'To All Members of the Council' with the letter's date set right on the same
    # line, straight above 'You are hereby summoned ... on Tuesday 11th March 2025 at 7.30pm'.
    doc = _extract([
        (180, "ASHCOMBE PARISH COUNCIL", True),
        "",
        (60, "To All Members of the Council                                   4th March 2025", False),
        (60, "You are hereby summoned to attend a meeting of Ashcombe Parish Council to be held in the", False),
        (60, "Village Hall, Church Lane on Tuesday 11th March 2025 at 7.30pm for the purpose of", False),
        (60, "transacting the following business.", False),
        "",
        (250, "AGENDA", True),
        (60, "1. Apologies for absence", True),
        (60, "2. Declarations of interest", True),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Ashcombe Parish Council", dt.date(2025, 3, 11), "19:30", "Village Hall, Church Lane")


def test_an_office_with_its_holder_in_brackets_is_its_own_entry_in_the_membership():
    # Police and crime panels list the commissioner's office beside the councillors: 'Office of the PCC
    # (Jane Doe)' is Jane Doe of that office, not more of the councillor above it.
    doc = _extract([
        (60, "Police and Crime Panel", True),
        (60, "Date: Thursday 13 June 2024", False),
        "",
        (60, "Membership:", True),
        (60, "Councillor Ann Lee (Chair)", False),
        (60, "Office of the PCC (Jane Doe)", False),
        (60, "Councillor Bob Khan", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
    ])
    assert [(m.honorific, m.name, m.affiliation) for m in doc.members] == [
        ("Councillor", "Ann Lee", None), (None, "Jane Doe", "Office of the PCC"), ("Councillor", "Bob Khan", None)]


@pytest.mark.parametrize("raw, name, role, organisation", [
    ("Office of the PCC (Jane Doe)", "Jane Doe", None, "Office of the PCC"),
    ("Office of the Police and Crime Commissioner (Jane Doe, Chief Executive)", "Jane Doe", "Chief Executive",
     "Office of the Police and Crime Commissioner"),
    ("Police and Crime Commissioner (Jane Doe)", "Jane Doe", "Police and Crime Commissioner", None),
    ("Monitoring Officer (Tom Fox)", "Tom Fox", "Monitoring Officer", None),
    # a subject in brackets after a member's post names no holder
    ("Lead Member (Adult Social Care)", "Lead Member", None, "Adult Social Care"),
])
def test_a_post_with_its_untitled_holder_in_brackets(raw, name, role, organisation):
    person = parse_attendee(raw)
    assert (person.name, person.role, person.organisation) == (name, role, organisation)


def _ruled_items(rows):
    from panelparse.extractors.agenda.items import read_table_items
    from panelparse.layout.types import TableGrid

    boxes = tuple((40.0, 100.0 + 40 * i, 550.0, 140.0 + 40 * i) for i in range(len(rows)))
    return read_table_items([TableGrid(page=1, bbox=(40, 100, 550, 100 + 40 * len(rows)), rows=rows,
                                       row_bboxes=boxes)])


def test_titles_wrapped_by_a_narrow_item_column_and_lettered_applications_in_the_cell():
    # A town council's Word table No. | Item | Lead | Purpose, the Item column too narrow for its titles,
    # the planning item listing its applications '(a) ...' / '(b) ...' in its own cell.
    rows = (("No.", "Item", "Lead", "Purpose"),
            ("1", "Apologies for absence", "Chair", "To receive"),
            ("2", "Minutes of the meeting\nheld on 6th January\n2025", "Chair", "To approve"),
            ("3", "Planning applications\n(a) 25/0011 – 4 High\nStreet: change of use\n(b) 25/0019 – Land off\n"
                  "Mill Road: 12 dwellings", "Clerk", "To comment"),
            ("4", "Tree Preservation\nOrder consultation", "Cllr Diaz", "To consider"),
            ("5", "Date of next meeting:\nMonday 3rd March\n2025", "Chair", "To note"))
    items = _ruled_items(rows)
    assert [(i.number, i.title) for i in items] == [
        ("1", "Apologies for absence"), ("2", "Minutes of the meeting held on 6th January 2025"),
        ("3", "Planning applications"), ("4", "Tree Preservation Order consultation"), ("5", "Date of next meeting")]
    assert [(c.number, c.title) for c in items[2].children] == [
        ("3a", "25/0011 – 4 High Street: change of use"), ("3b", "25/0019 – Land off Mill Road: 12 dwellings")]
    assert (items[2].description, items[4].description) == ("To comment", "Monday 3rd March 2025 To note")


def test_a_wide_item_column_keeps_a_title_and_the_description_under_it_apart():
    # Titles that fit their column: the line under one is its description, even when it is short.
    rows = (("Item", "Subject", "Pages"),
            ("1", "Apologies for absence", ""),
            ("2", "Treasury Management Strategy\nTo approve the strategy for 2025/26.", "5 - 12"),
            ("3", "Budget Monitoring Report Q3\nThe forecast outturn at the end of December.", "13 - 20"),
            ("4", "Capital Programme Update\nProgress on the schemes approved in February.", "21 - 30"),
            ("5", "Annual Governance Statement\nThe draft statement for 2024/25", "31 - 40"))
    items = _ruled_items(rows)
    assert [i.title for i in items] == ["Apologies for absence", "Treasury Management Strategy",
                                       "Budget Monitoring Report Q3", "Capital Programme Update",
                                       "Annual Governance Statement"]
    assert items[2].description == "The forecast outturn at the end of December."


def _grid(rows, top=150.0):
    from panelparse.layout.types import TableGrid

    boxes = tuple((40.0, top + 30 * i, 550.0, top + 30 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=1, bbox=(40.0, top, 550.0, top + 30 * len(rows)), rows=rows, row_bboxes=boxes)


def test_a_when_where_contact_box_with_a_wrapped_venue_and_the_number_on_its_own_line():
    # A fire authority's committee: the authority in large type, the committee under it, then a box
    # When | Where | Contact whose venue wraps after a comma and whose contact prints the number alone.
    box = _grid((("When", "Wednesday 19 March 2025 at 10.30 am"),
                 ("Where", "Conference Room, Fire Service Headquarters,\nStation Road, Northtown"),
                 ("Contact", "Priya Shah, Democratic Services Officer\n01632 960123\n"
                             "priya.shah@northshirefire.gov.uk")),
                top=100.0)
    doc = run_extractor(AgendaExtractor(), [
        (60, "Northshire Fire and Rescue Authority", True),
        (60, "Audit and Governance Committee", True),
        "", "", "", "", "", "",
        (60, "Agenda", True),
        (60, "1. Apologies for absence", True),
        (60, "2. Declarations of interest", True),
    ], tables=[box])
    assert (doc.body, doc.date, doc.start_time) == ("Audit and Governance Committee", dt.date(2025, 3, 19), "10:30")
    assert doc.venue == "Conference Room, Fire Service Headquarters, Station Road, Northtown"
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Priya Shah", "01632 960123", "priya.shah@northshirefire.gov.uk")


def test_an_independent_member_label_after_a_semicolon_broken_over_the_line_end():
    doc = _extract([
        (60, "Audit and Governance Committee", True),
        (60, "Date: Wednesday 19 March 2025", False),
        "",
        (60, "Membership", True),
        (60, "Councillors Ann Lee (Chair), Bob Khan (Vice-Chair), Cara Diaz, Dan Eze, Eve Fox; Independent", False),
        (60, "Member: Mr Gary Hall", False),
        "",
        (60, "Agenda", True),
        (60, "1. Apologies for absence", True),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Councillor", "Ann Lee"), ("Councillor", "Bob Khan"), ("Councillor", "Cara Diaz"), ("Councillor", "Dan Eze"),
        ("Councillor", "Eve Fox"), ("Mr", "Gary Hall")]


def test_a_title_wrapped_before_a_dash_in_a_narrow_column():
    rows = (("Item", "Subject", "Page"),
            ("1", "Minutes of the meeting held on\n22 January 2025", "1 - 8"),
            ("2", "Internal Audit Progress Report\nReport of the Head of Internal\nAudit", "9 - 24"),
            ("3", "Statement of Accounts 2023/24\n– Audit Findings", "25 - 60"),
            ("4", "Exclusion of the press and\npublic", ""))
    items = _ruled_items(rows)
    assert [(i.title, i.description) for i in items] == [
        ("Minutes of the meeting held on 22 January 2025", None),
        ("Internal Audit Progress Report", "Report of the Head of Internal Audit"),
        ("Statement of Accounts 2023/24 – Audit Findings", None), ("Exclusion of the press and public", None)]


def test_a_committee_room_under_the_authority_is_the_venue_not_the_body():
    doc = _extract([
        (100, "SEDGEFORD FIRE AND RESCUE AUTHORITY", True),
        (230, "Monday 15th April 2024", True),
        (280, "10:00", True),
        (130, "Committee Room 2, Civic Centre, The Green, Sedgeford", True),
        "",
        (260, "AGENDA", True),
        (60, "1. Apologies for absence", True),
    ])
    assert doc.body == "Sedgeford Fire and Rescue Authority"


def test_the_full_council_named_in_the_summons_is_the_council_of_the_letterhead():
    rows = [
        (200, "HEXLEY TOWN COUNCIL", True),
        (150, "Town Hall, Market Street, Hexley HX1 1AA", False),
        "",
        (60, "Dear Councillor,", False),
        (60, "You are hereby summoned to attend the Meeting of the Full Council which will be held in the", False),
        (60, "Council Chamber, Town Hall, Hexley on Thursday 6th March 2025 at 7.30 pm.", False),
        "",
        (260, "AGENDA", True),
        (60, "1. Apologies", True),
    ]
    doc = _extract(rows)
    assert (doc.body, doc.date, doc.venue) == (
        "Hexley Town Council", dt.date(2025, 3, 6), "Council Chamber, Town Hall, Hexley")
    # with no letterhead, 'Full Council' is all the agenda says of who meets
    assert _extract(rows[3:]).body == "Full Council"


@pytest.mark.parametrize("meeting", ["Meeting of the Parish Council", "Ordinary Meeting of the Parish Council",
                                     "Meeting of the Full Council"])
def test_a_centred_block_titled_as_a_meeting_of_the_council_by_its_kind(meeting):
    # 'ASHBY PARISH COUNCIL' / 'Meeting of the Parish Council' / 'to be held on Monday 14 th April 2025 ...': the
    # letterhead says which council meets.
    doc = _extract([
        (200, "ASHBY PARISH COUNCIL", True),
        (150, meeting, True),
        (150, "to be held on Monday 14 th April 2025 at 7.30 pm", False),
        (150, "in the Village Hall, Church Street", False),
        "",
        (260, "AGENDA", True),
        (60, "1. Apologies", True),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Ashby Parish Council", dt.date(2025, 4, 14), "19:30", "Village Hall, Church Street")


def test_a_label_that_filled_its_tab_stop_and_ran_into_its_value():
    # Word's tab after 'Venue:' had no width left, so the PDF prints one word 'Venue:Committee'.
    doc = _extract([
        (60, "NORTHTOWN HEALTH AND WELLBEING BOARD", True),
        (60, "Date: Thursday 20 March 2025", False),
        (60, "Time: 2.00 pm", False),
        (60, "Venue:Committee Room 1, Civic Centre", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Welcome and apologies", True),
    ])
    assert (doc.date, doc.start_time, doc.venue) == (dt.date(2025, 3, 20), "14:00", "Committee Room 1, Civic Centre")


def _columns(top, cells, bold=False):
    """One line of text set at tab stops: (x, text) cells."""
    from panelparse.layout import Line, Word

    words = []
    for x, text in cells:
        for token in text.split():
            words.append(Word(token, x, top, x + 5.5 * len(token), top + 11, 11.0, bold))
            x += 5.5 * (len(token) + 1)
    return Line(tuple(words), 1)


def test_items_in_tab_stopped_subject_lead_purpose_columns():
    # 'Item | Subject | Lead | Purpose' set with tab stops, no rules: the lead and the purpose are no title.
    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import PageLayout
    from panelparse.span import DocumentSpan

    lines = [_columns(60, [(60, "NORTHTOWN HEALTH AND WELLBEING BOARD")], True),
             _columns(73, [(60, "Date: Thursday 20 March 2025")]),
             _columns(100, [(60, "AGENDA")], True),
             _columns(120, [(60, "Item"), (95, "Subject"), (355, "Lead"), (470, "Purpose")], True),
             _columns(140, [(60, "1."), (95, "Welcome and apologies"), (355, "Chair"), (470, "To note")]),
             _columns(160, [(60, "2."), (95, "Better Care Fund Plan 2025/26"), (355, "Head of Commissioning"),
                            (490, "To agree")])]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines))
    doc = AgendaExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 1.0)
    assert [(i.number, i.title, i.presenter, i.description) for i in doc.items] == [
        ("1", "Welcome and apologies", "Chair", "To note"),
        ("2", "Better Care Fund Plan 2025/26", "Head of Commissioning", "To agree")]


@pytest.mark.parametrize("first, second", [("2a Revenue budget", "2b Capital programme"),
                                           ("2.1 Revenue budget", "2.2 Capital programme")])
def test_plain_sub_items_numbered_with_their_parent_in_the_items_column(first, second):
    # Bold items, their sub-items in plain type in the same column: '2a' carries its parent's number.
    doc = _extract([
        (60, "Finance Committee", True),
        (60, "Date: Tuesday 14 January 2025", False),
        "",
        (60, "1. Apologies for absence", True),
        (60, "2. Budget 2025/26", True),
        (60, first, False),
        (60, second, False),
        (60, "3. Any other business", True),
    ])
    assert [(i.number, [(c.number, c.title) for c in i.children]) for i in doc.items] == [
        ("1", []), ("2", [(first.split()[0].rstrip("."), "Revenue budget"),
                          (second.split()[0].rstrip("."), "Capital programme")]), ("3", [])]


def test_a_running_item_number_that_starts_with_the_next_meetings_day_is_an_item():
    # County numbering carried across the year: '816.' opens with the same digit as the date in
    # its description ('... held on 8 July 2024'); it is not a line that opens with a date.
    doc = _extract([
        (60, "AGENDA", True), "",
        (60, "815. Highway Verge Maintenance Contract", False),
        (60, "816. Date of Next Meeting on 8 July 2024", False),
        (60, "817. Exclusion of the Press and Public", False),
    ])
    assert [item.number for item in doc.items] == ["815", "816", "817"]
    assert doc.items[1].title == "Date of Next Meeting on 8 July 2024"


def test_a_plain_title_broken_after_a_comma_goes_on_at_its_indent():
    # Parish Word agendas: '7.<tab>Highways, footpaths and the village green,' / 'including the report of
    # the Tree Warden' under the title (a line broken by hand, short of the margin); the line under an
    # item that ends no title in a comma, or opens 'To ...', is its description.
    title_x = 60 + 16.5 + 20
    doc = _extract([
        (60, "AGENDA", True), "",
        (60, "6. Correspondence", False, 20),
        (title_x, "Letters received from residents since the last meeting of the Parish Council.", False), "",
        (60, "7. Highways, footpaths and the village green,", False, 20),
        (title_x, "including the report of the Tree Warden", False), "",
        (60, "8. Planning applications received,", False, 20),
        (title_x, "To note the decisions of the District Council.", False), "",
    ])
    assert [(i.number, i.title, i.description) for i in doc.items] == [
        ("6", "Correspondence", "Letters received from residents since the last meeting of the Parish Council."),
        ("7", "Highways, footpaths and the village green, including the report of the Tree Warden", None),
        ("8", "Planning applications received", "To note the decisions of the District Council.")]


@pytest.mark.parametrize("labelled", [True, False])
def test_a_member_representing_heading_over_names_set_in_columns_without_rules(labelled):
    # Police and crime panels: 'Member   Representing' set at tab stops over the names and their councils,
    # with or without a 'Membership' label above: the heading row labels the list and is no member.
    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import PageLayout
    from panelparse.span import DocumentSpan

    lines = [_columns(60, [(60, "Northshire Police and Crime Panel")], True),
             _columns(73, [(60, "Date: Thursday 13 February 2025")]),
             *([_columns(100, [(60, "Membership")], True)] if labelled else []),
             _columns(120, [(60, "Member"), (300, "Representing")]),
             _columns(133, [(60, "Councillor Jane Holt (Chair)"), (300, "Northtown Borough Council")]),
             _columns(146, [(60, "Councillor Idris Bevan"), (300, "Eastvale District Council")]),
             _columns(159, [(60, "Councillor Mo Farouk"), (300, "Northshire County Council")]),
             _columns(180, [(60, "AGENDA")], True),
             _columns(200, [(60, "1."), (95, "Apologies for Absence")], True)]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines))
    doc = AgendaExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 1.0)
    assert [(m.honorific, m.name, m.affiliation) for m in doc.members] == [
        ("Councillor", "Jane Holt", "Northtown Borough Council"),
        ("Councillor", "Idris Bevan", "Eastvale District Council"),
        ("Councillor", "Mo Farouk", "Northshire County Council")]
    assert [i.title for i in doc.items] == ["Apologies for Absence"]


def test_a_county_table_with_key_decision_columns_and_titles_wrapped_in_a_narrow_subject_column():
    # Item | Subject | Key Decision | Forward Plan Ref | Pages: the Subject column wraps its titles where a
    # proportional font runs out ('Cabinet' / 'Member' / 'Updates' where 'Minutes of the' fitted the same
    # count of letters), and before 'Report' in 'Budget Monitoring' / 'Report – November 2024-25'.
    rows = (("Item", "Subject", "Key\nDecision", "Forward\nPlan Ref", "Pages"),
            ("1", "Apologies and\nSubstitutes", "", "", ""),
            ("3", "Minutes of the\nMeeting held\non 9 January\n2025", "", "", "5 - 14"),
            ("4", "Cabinet\nMember\nUpdates", "", "", ""),
            ("5", "Revenue and\nCapital Budget\nMonitoring\nReport –\nNovember\n2024-25", "No", "", "15 - 48"),
            ("7", "Home to\nSchool\nTransport\nPolicy 2025/26", "Yes", "24/00114", "121 - 150"))
    items = _ruled_items(rows)
    assert [(i.number, i.title, i.description, i.pack_pages and i.pack_pages.start) for i in items] == [
        ("1", "Apologies and Substitutes", None, None),
        ("3", "Minutes of the Meeting held on 9 January 2025", None, 5),
        ("4", "Cabinet Member Updates", None, None),
        ("5", "Revenue and Capital Budget Monitoring Report – November 2024-25", None, 15),
        ("7", "Home to School Transport Policy 2025/26", None, 121)]


def test_a_report_of_line_under_a_title_cell_is_its_description():
    # 'Report of the Director of Finance' under the title opens the description; 'Report' carrying a title on
    # ('Budget Monitoring' / 'Report – Quarter 3') does not.
    rows = (("Item", "Subject", "Pages"),
            ("1", "Apologies for absence", ""),
            ("2", "Budget Monitoring\nReport – Quarter 3", "5 - 20"),
            ("3", "Treasury Management Strategy\nReport of the Director of Finance", "21 - 40"),
            ("4", "Capital Programme 2025/26\nReport by the Head of Property", "41 - 50"))
    items = _ruled_items(rows)
    assert [(i.title, i.description) for i in items] == [
        ("Apologies for absence", None), ("Budget Monitoring Report – Quarter 3", None),
        ("Treasury Management Strategy", "Report of the Director of Finance"),
        ("Capital Programme 2025/26", "Report by the Head of Property")]


def test_a_summons_addressed_to_the_members_of_the_committee_it_names():
    # A fire authority's notice: 'To: Members of the Audit and Governance Committee' over 'Notice is hereby
    # given that a meeting of the Audit and Governance Committee will be held ...': the addressees are no
    # fuller name of the body ('Public Sector Transparency Board' over 'the Transparency Board' would be).
    doc = _extract([
        (60, "To: Members of the Audit and Governance Committee", False),
        (60, "Notice is hereby given that a meeting of the Audit and Governance Committee will be held at", False),
        (60, "Fire Service Headquarters, Lime Kiln Road, Eastbury on Friday 21 March 2025 at 10.30 am.", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies for Absence", True),
    ])
    assert (doc.body, doc.date, doc.start_time) == ("Audit and Governance Committee", dt.date(2025, 3, 21), "10:30")


@pytest.mark.parametrize("bold", [True, False])
def test_what_the_meeting_will_do_after_a_colon_in_capitals_is_the_description(bold):
    # Parish agendas: 'Finance: To approve the payments list' reads as 'Planning: to consider ...' does; a
    # title with a subtitle after its colon ('Contract Award: Building Cleaning Services') stays whole.
    doc = _extract([
        (60, "AGENDA", True), "",
        (60, "5. Finance: To approve the payments list", bold, 20), "",
        (60, "6. Planning: To consider the applications received", bold, 20), "",
        (60, "7. Contract Award: Building Cleaning Services", bold, 20), "",
    ])
    assert [(i.title, i.description) for i in doc.items] == [
        ("Finance", "To approve the payments list"), ("Planning", "To consider the applications received"),
        ("Contract Award: Building Cleaning Services", None)]


@pytest.mark.parametrize("number_line, phone", [("01632 960777", "01632 960777"), ("Fax 01632 960999", None)])
def test_a_letterhead_number_on_a_line_of_its_own_over_the_email(number_line, phone):
    # A parish letterhead: the clerk, the address, the number alone on its line, then the email, set tight
    # together: the block gives contact details, so the number with no 'Tel' label is the phone (a fax never).
    doc = _extract([
        (200, "LITTLE WITTON PARISH COUNCIL", True),
        (200, "Clerk: Mrs Helen Dyer", False),
        (200, "4 Orchard Close, Little Witton NS7 2QQ", False),
        (200, number_line, False),
        (200, "clerk@littlewitton-pc.gov.uk", False),
        "",
        (60, "You are hereby summoned to attend a meeting of the Parish Council to be held in the", False),
        (60, "Village Hall on Wednesday 12 March 2025 at 7.30pm.", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies", True),
    ])
    assert (doc.contact.name, doc.contact.email, doc.contact.phone) == (
        "Helen Dyer", "clerk@littlewitton-pc.gov.uk", phone)


def test_an_item_whose_number_is_the_day_of_the_date_in_its_title():
    # '8. Date of next meeting – 8 April 2025': the line opens with the item number, not with the date (whose
    # day is the same 8); a list of dates under the items ('26 March, 30 April') is still no item.
    doc = _extract([
        (60, "AGENDA", True), "",
        (60, "7. Correspondence", True, 20),
        (60, "8. Date of next meeting – 8 April 2025", True, 20),
        "",
        (60, "26 March, 30 April and 28 May 2025", False),
    ])
    assert [(i.number, i.title) for i in doc.items] == [
        ("7", "Correspondence"), ("8", "Date of next meeting – 8 April 2025")]


@pytest.mark.parametrize("under, names", [
    ("Councillors R Patel (Chair), S Morgan (Vice-Chair), T Edwards and L Hughes",
     ["R Patel", "S Morgan", "T Edwards", "L Hughes"]),
    ("Dear Councillor,", []),
])
def test_the_names_printed_under_a_summons_addressed_to_the_members_of_the_committee(under, names):
    # 'To: Members of the Audit and Governance Committee' over the line of their names: those are the members;
    # over 'Dear Councillor,' there are none to read.
    doc = _extract([
        (60, "To: Members of the Audit and Governance Committee", False),
        (60, under, False),
        "",
        (60, "Notice is hereby given that a meeting of the Audit and Governance Committee will be held at", False),
        (60, "Fire Service Headquarters, Lime Kiln Road, Eastbury on Friday 21 March 2025 at 10.30 am.", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies for Absence", True),
    ])
    assert [m.name for m in doc.members] == names
    assert all(m.honorific == "Councillor" for m in doc.members)
    assert (doc.body, doc.date) == ("Audit and Governance Committee", dt.date(2025, 3, 21))


def test_a_timed_close_under_the_last_of_timed_items_ends_the_agenda():
    # Combined authority and health board agendas print a time beside each item and close with '2.30pm  Close'
    # (no number), then the next meeting's date: neither is the last item's description.
    doc = _extract([
        (60, "AGENDA", True), "",
        (60, "1.00pm 1. Welcome and Apologies", True, 20),
        (60, "1.15pm 2. Bus Service Improvement Plan Update", True, 20),
        (60, "2.15pm 3. Any Other Business", True, 20),
        (60, "2.30pm Close", True, 20),
        "",
        (60, "Date of next meeting: Thursday 8 May 2025 at 1.00 pm", True),
    ])
    assert [(i.number, i.title, i.time, i.description) for i in doc.items] == [
        ("1", "Welcome and Apologies", "13:00", None), ("2", "Bus Service Improvement Plan Update", "13:15", None),
        ("3", "Any Other Business", "14:15", None)]


def test_the_dash_between_a_bold_title_and_its_plain_run_in_text_is_neither_s():
    # Town council agendas: '**4. Minutes** - to approve the minutes of the meeting held on 10 February 2025'.
    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import Line, PageLayout
    from panelparse.span import DocumentSpan

    title = _columns(100, [(60, "4. Minutes")], True)
    rest = _columns(100, [(60 + 5.5 * 11, "- to approve the minutes of the meeting held on 10 February 2025")])
    lines = [_columns(60, [(60, "AGENDA")], True), _columns(80, [(60, "3. Public participation")], True),
             Line(title.words + rest.words, 1), _columns(120, [(60, "5. Correspondence")], True)]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines))
    doc = AgendaExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 1.0)
    assert [(i.title, i.description) for i in doc.items] == [
        ("Public participation", None),
        ("Minutes", "to approve the minutes of the meeting held on 10 February 2025"), ("Correspondence", None)]


def test_a_page_reference_wrapped_in_a_narrow_pages_column():
    # A frontsheet table without rules: '(Pages' beside the title and '5 - 12)' under it in the pages column,
    # beside the description's first line (or '(Pages 73 -' / '80)'): the item's pack pages, no description.
    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import Line, PageLayout
    from panelparse.span import DocumentSpan

    def heading(top, number, title, pages):  # bold number and title, the reference in plain type
        return Line(_columns(top, [(60, number), (100, title)], True).words + _columns(top, [(480, pages)]).words, 1)

    lines = [_columns(60, [(60, "AGENDA")], True),
             heading(80, "3.", "Minutes of the previous meeting", "(Pages"),
             _columns(93, [(100, "To approve the minutes of the meeting held on 17 December 2024."), (480, "5 - 12)")]),
             heading(113, "4.", "Land at Mill Road - Exempt Appendix", "(Pages 73 -"),
             _columns(126, [(100, "Paragraph 3 - financial or business affairs"), (480, "80)")]),
             _columns(146, [(60, "5."), (100, "Any Other Business")], True)]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines))
    doc = AgendaExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 1.0)
    assert [(i.title, i.description, i.pack_pages and (i.pack_pages.start, i.pack_pages.end)) for i in doc.items] == [
        ("Minutes of the previous meeting", "To approve the minutes of the meeting held on 17 December 2024.", (5, 12)),
        ("Land at Mill Road - Exempt Appendix", "Paragraph 3 - financial or business affairs", (73, 80)),
        ("Any Other Business", None, None)]
