"""Agenda frontsheet wordings seen across councils (ModernGov districts and counties, police and
crime panels, fire authorities, parish and town councils), built line by line with invented
names: each test is one shape of wording many councils print."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.agenda import AgendaExtractor


def _extract(rows):
    return run_extractor(AgendaExtractor(), rows)


@pytest.mark.parametrize("label", ["Date and Time:", "Date & Time:", "Date/Time:"])
def test_one_label_for_the_date_and_the_time(label):
    # 'Date and Time: Thursday 13 June 2024 at 10.00 am' (police and crime panels, combined authorities).
    doc = _extract([
        (60, "Police and Crime Panel", True),
        (60, f"{label} Thursday 13 June 2024 at 10.00 am", False),
        (60, "Venue: Council Chamber, Town Hall", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
    ])
    assert (doc.date, doc.start_time, doc.venue) == (dt.date(2024, 6, 13), "10:00", "Council Chamber, Town Hall")


def test_a_date_label_whose_value_ends_with_the_time():
    # 'Date: Tuesday 5 March 2024 at 2pm' with no 'Time:' label: the day is still read.
    doc = _extract([
        (60, "Planning Committee", True),
        (60, "Date: Tuesday 5 March 2024 at 2pm", False),
        (60, "Venue: Council Chamber", False),
        (60, "1. Apologies", True),
    ])
    assert (doc.date, doc.start_time) == (dt.date(2024, 3, 5), "14:00")


def test_chairman_and_vice_chairman_labelled_over_the_members_and_the_quorum_under_them():
    # ModernGov committees: 'Membership:' / 'Chairman: Councillor ...' / 'Vice-Chairman: Councillor ...' /
    # 'Councillors A, B and C' / 'Quorum: 3 Members' (the quorum is no member).
    doc = _extract([
        (60, "PLANNING COMMITTEE", True),
        (60, "Date: Tuesday, 5th March, 2024", False),
        (60, "Time: 7.00 pm", False),
        (60, "Venue: Council Chamber, Civic Offices", False),
        "",
        (60, "Membership:", True),
        (60, "Chairman: Councillor Ann Lee", False),
        (60, "Vice-Chairman: Councillor Bob Khan", False),
        (60, "Councillors Cara Diaz, Dan Eze and Eve Fox", False),
        "",
        (60, "Quorum: 3 Members", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies for Absence and Substitutions", True),
        (60, "2. Minutes (Pages 1 - 6)", True),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Councillor", "Ann Lee"), ("Councillor", "Bob Khan"), ("Councillor", "Cara Diaz"),
        ("Councillor", "Dan Eze"), ("Councillor", "Eve Fox")]
    assert doc.venue == "Council Chamber, Civic Offices"
    assert [i.number for i in doc.items] == ["1", "2"]


def test_chair_labels_open_the_membership_without_a_membership_heading():
    # 'Chair: Cllr ...' / 'Vice-Chair: Cllr ...' / 'Members: Cllrs ...' straight under the header.
    doc = _extract([
        (60, "Licensing Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "Time: 6.30 pm", False),
        "",
        (60, "Chair: Cllr Ann Lee", False),
        (60, "Vice-Chair: Cllr Bob Khan", False),
        (60, "Members: Cllrs Cara Diaz and Dan Eze", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [m.name for m in doc.members] == ["Ann Lee", "Bob Khan", "Cara Diaz", "Dan Eze"]
    assert (doc.date, doc.start_time) == (dt.date(2023, 7, 3), "18:30")


def test_a_contact_label_over_the_officer_s_name_post_number_and_email():
    # 'Contact Officer:' alone, then the name, the post, a bare number and the email on lines below.
    doc = _extract([
        (60, "Overview and Scrutiny Committee", True),
        (60, "Date: Thursday, 13th February, 2025", False),
        (60, "Time: 10.00 am", False),
        (60, "Venue: Council Chamber", False),
        "",
        (60, "Contact Officer:", False),
        (60, "Sarah Black", False),
        (60, "Democratic Services Officer", False),
        (60, "01234 567890", False),
        (60, "sarah.black@northshire.gov.uk", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
    ])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Sarah Black", "01234 567890", "sarah.black@northshire.gov.uk")
    assert doc.venue == "Council Chamber"


def test_please_contact_a_named_officer_on_a_number():
    # 'For further information please contact Sarah Black on 01234 567890 or email ...'
    doc = _extract([
        (60, "Overview and Scrutiny Committee", True),
        (60, "Date: Thursday, 13th February, 2025", False),
        (60, "Time: 10.00 am", False),
        "",
        (60, "For further information please contact Sarah Black on 01234 567890 or email", False),
        (60, "sarah.black@northshire.gov.uk", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Sarah Black", "01234 567890", "sarah.black@northshire.gov.uk")


def test_please_contact_a_team_names_no_person():
    doc = _extract([
        (60, "Overview and Scrutiny Committee", True),
        (60, "Date: Thursday, 13th February, 2025", False),
        (60, "Please contact Democratic Services on 01234 567890 with any queries.", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert doc.contact.name is None


@pytest.mark.parametrize("heading", [
    "PART 2 - ITEMS WHICH MAY BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC",
    "Part II – Exempt Information: Items to be considered in private",
    "Items likely to be considered with the press and public excluded",
    "Matters which may be considered in private",
    "PRIVATE SECTION",
])
def test_part_two_headings_in_the_wordings_councils_use(heading):
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Budget Monitoring (Pages 3 - 10)", True),
        (60, heading, True),
        (60, "3. Land at Mill Road (Pages 11 - 20)", True),
    ])
    assert [(i.number, i.part) for i in doc.items] == [("1", "I"), ("2", "I"), ("3", "II")]
    assert doc.items[1].description is None  # the heading is no part of the item above it


def test_a_description_that_mentions_private_items_is_not_a_part_heading():
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Forward Plan", True),
        (80, "To note the forward plan, including the items to be considered in private.", False),
        (60, "3. Budget Monitoring", True),
    ])
    assert [i.part for i in doc.items] == ["I", "I", "I"]


def test_a_notice_addressed_to_the_councillors_who_are_the_members():
    # District councils: 'To: Councillors A (Chair), B (Vice-Chair), C, ...' over 'A meeting of the X
    # will be held ...': the addressees are the members, and the notice under them still dates the meeting.
    doc = _extract([
        (60, "BARFORD DISTRICT COUNCIL", True),
        (60, "LICENSING COMMITTEE", True),
        "",
        (60, "To: Councillors Ann Lee (Chair), Bob Khan (Vice-Chair), Cara Diaz,", False),
        (60, "Dan Eze and Eve Fox", False),
        (60, "A meeting of the Licensing Committee will be held in the Council Chamber on Monday 3 July 2023 "
             "at 6.30 pm.", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
    ])
    assert [m.name for m in doc.members] == ["Ann Lee", "Bob Khan", "Cara Diaz", "Dan Eze", "Eve Fox"]
    assert all(m.honorific == "Councillor" and m.affiliation is None for m in doc.members)
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Licensing Committee", dt.date(2023, 7, 3), "18:30", "Council Chamber")


def test_a_notice_to_all_members_names_no_members():
    doc = _extract([
        (60, "BRAMPTON PARISH COUNCIL", True),
        (60, "To: All Members of the Council", False),
        (60, "You are hereby summoned to attend a meeting of Brampton Parish Council to be held in the "
             "Village Hall on Thursday 2nd March 2023 at 7.30pm.", False),
        "",
        (60, "1. Apologies", False),
        (60, "2. Minutes", False),
    ])
    assert doc.members == []
    assert doc.date == dt.date(2023, 3, 2)


def test_headings_that_group_the_items_are_no_item_s_description():
    # National parks, fire authorities: 'Reports for Information' (bold over plain items) and
    # 'DECISION ITEMS' in capitals between the numbered items.
    doc = _extract([
        (60, "National Park Authority", True),
        (60, "Date: Monday 21 June 2021 at 9.30am", False),
        "",
        (60, "1. Apologies for absence", False),
        (60, "2. Minutes of the meeting held on 22 March 2021", False),
        (100, "To approve the minutes as a correct record.", False),
        (60, "DECISION ITEMS", False),
        (60, "3. Membership of committees and outside bodies", False),
        (60, "Reports for Information", True),
        (60, "4. Feedback from Lead Members on Forums", False),
        (100, "Members to report on forums attended", False),
        (60, "5. Reports from Members on outside bodies", False),
    ])
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5"]
    descriptions = [i.description for i in doc.items]
    assert descriptions == [None, "To approve the minutes as a correct record.", None,
                            "Members to report on forums attended", None]


def test_a_bold_heading_set_apart_over_bold_items_groups_them():
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Minutes (Pages 1 - 4)", True),
        "",
        (60, "Key Decisions", True),
        (60, "3. Budget (Pages 5 - 10)", True),
    ])
    assert [(i.number, i.description) for i in doc.items] == [("1", None), ("2", None), ("3", None)]
    assert doc.items[1].pack_pages.end == 4


@pytest.mark.parametrize("label", ["Contact Details:", "Committee Administrator:", "Clerk to the Committee:",
                                   "Democratic Services Contact:"])
def test_contact_labels_councils_print(label):
    # 'Contact Details:' / 'Rebecca Hale, Member Services' / 'Tel: ... Email: ...' (national parks), and
    # the other names district councils give the officer who supports the meeting.
    doc = _extract([
        (60, "Planning Committee", True),
        (60, "Location: Memorial Hall, North Street, Midhurst", False),
        (60, "Date and time: 03 December 2024 2:00 PM", False),
        (60, label, False),
        (60, "Rebecca Hale, Member Services", False),
        (60, "Tel: 01730 811773 Email: committee.officer@downs.gov.uk", False),
        "",
        (60, "Agenda", True),
        (60, "1. Apologies", False),
        (60, "2. Declarations of Interests", False),
    ])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Rebecca Hale", "01730 811773", "committee.officer@downs.gov.uk")
    assert (doc.date, doc.start_time, doc.venue) == (
        dt.date(2024, 12, 3), "14:00", "Memorial Hall, North Street, Midhurst")


def test_a_page_reference_closing_a_wrapped_description():
    # '3. Minutes – to approve as a correct record the minutes of the meeting held on 19' / 'June 2024 (page 1)',
    # and a description over two lines under its title ending '(Pages 5 - 20)'.
    doc = _extract([
        (60, "Agenda", True),
        (60, "1. Apologies", False),
        (60, "2. Minutes – to approve as a correct record the minutes of the Authority meeting held on 19", False),
        (60, "June 2024 (page 1)", False),
        (60, "3. Revenue Budget Monitoring", False),
        (100, "Report of the Director of Finance setting out the forecast outturn for", False),
        (100, "2024/25. (Pages 5 - 20)", False),
        (60, "4. Planning Appeals", False),
        (100, "To note the appeals listed (see page 4 of the last report for the", False),
        (100, "earlier list) and the costs awarded.", False),
    ])
    pages = [(i.pack_pages.start, i.pack_pages.end) if i.pack_pages else None for i in doc.items]
    assert pages == [None, (1, 1), (5, 20), None]
    assert doc.items[2].description == (
        "Report of the Director of Finance setting out the forecast outturn for 2024/25.")


def test_members_with_their_council_after_a_dash_and_under_a_councillors_label():
    # Police and crime panels: 'Councillor Ann Allen - Northtown Borough Council (Chair)'; an independent
    # member's '- Independent Member' is a role, not a body; 'Councillors: J Allen (Chairman), K Brown'.
    doc = _extract([
        (60, "Northshire Police and Crime Panel", True),
        (60, "Date: Friday 7 June 2024", False),
        "",
        (60, "Membership:", True),
        (60, "Councillor Ann Allen - Northtown Borough Council (Chair)", False),
        (60, "Cllr Bob Brown – Southtown District Council", False),
        (60, "Cllr Cara Carter - Labour", False),
        (60, "Mr Dev Patel - Independent Member", False),
        (60, "Cllr Eve Evans - Leader of the Council", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [(m.honorific, m.name, m.affiliation) for m in doc.members] == [
        ("Councillor", "Ann Allen", "Northtown Borough Council"), ("Cllr", "Bob Brown", "Southtown District Council"),
        ("Cllr", "Cara Carter", "Labour"), ("Mr", "Dev Patel", None), ("Cllr", "Eve Evans", None)]


def test_a_councillors_label_is_the_title_of_the_names_under_it():
    doc = _extract([
        (60, "Planning Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "Councillors: J Allen (Chairman), K Brown (Vice-Chairman), L Carter, M Dawson", False),
        (60, "Substitutes: Mr N Evans", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Councillor", "J Allen"), ("Councillor", "K Brown"), ("Councillor", "L Carter"), ("Councillor", "M Dawson")]
    assert [(m.honorific, m.name) for m in doc.substitutes] == [("Mr", "N Evans")]


def test_dot_leaders_run_from_the_title_to_its_pages():
    # 'Minutes of the last meeting ............ 1 - 6', '... Page 21', and leaders to no page at all.
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies for Absence ...............................................", True),
        (60, "2. Minutes of the last meeting .................................. 1 - 6", True),
        (60, "3. Budget Report ........................................... 7 - 20", True),
        (60, "4. Treasury Management . . . . . . . . . . . . . . . . . . . Page 21", True),
    ])
    assert [(i.title, (i.pack_pages.start, i.pack_pages.end) if i.pack_pages else None) for i in doc.items] == [
        ("Apologies for Absence", None), ("Minutes of the last meeting", (1, 6)), ("Budget Report", (7, 20)),
        ("Treasury Management", (21, 21))]


@pytest.mark.parametrize("value, start", [
    ("7.00 pm or at the conclusion of the Planning Committee, whichever is the later", "19:00"),
    ("2.00 pm (pre-meeting for members at 1.30 pm)", "14:00"),
])
def test_a_time_label_with_words_after_the_time(value, start):
    doc = _extract([
        (60, "Audit Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, f"Time: {value}", False),
        (60, "1. Apologies", True),
    ])
    assert doc.start_time == start


def test_header_labels_in_a_column_of_their_own_without_colons():
    # CMIS and ModernGov frontsheets: 'Date        Monday 3 July 2023' / 'Time        10.00 am' / 'Venue ...'.
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date Monday 3 July 2023", False, 40),
        (60, "Time 10.00 am", False, 40),
        (60, "Venue Council Chamber, Town Hall", False, 40),
        (60, "Contact Jane Doe", False, 40),
        "",
        (60, "Time Item Lead", True, 40),
        (60, "1. Apologies", True),
    ])
    assert (doc.date, doc.start_time, doc.venue, doc.contact.name) == (
        dt.date(2023, 7, 3), "10:00", "Council Chamber, Town Hall", "Jane Doe")


def test_notes_after_the_last_item_are_not_its_description():
    # 'WEBCASTING NOTICE' / 'Information for the public' and the chief executive's signature and
    # publication date printed under the last item.
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies", True),
        (60, "2. Minutes (Pages 1 - 6)", True),
        (60, "3. Date of Next Meeting", True),
        (80, "To note the next meeting is on Monday 4 September 2023 at 10.00 am.", False),
        "",
        (60, "WEBCASTING NOTICE", False),
        (60, "This meeting may be filmed for live or subsequent broadcast via the Council's website.", False),
        "",
        (60, "Information for the public", True),
        (60, "Members of the public are welcome to attend.", False),
        "",
        (60, "Jane Smith", False),
        (60, "Chief Executive", False),
        (60, "Published: 23 June 2023", False),
    ])
    assert doc.items[-1].description == "To note the next meeting is on Monday 4 September 2023 at 10.00 am."
    assert [(f.date, f.start_time) for f in doc.future_meetings] == [(dt.date(2023, 9, 4), "10:00")]


_CLOSING = [
    (60, "Ashby Parva Parish Council", True),
    (60, "Date: Tuesday 5 March 2024 at 7.30 pm", False),
    "",
    (60, "1. Apologies for absence", True),
    (80, "To receive apologies.", False),
    (60, "2. Planning applications", True),
    (80, "To consider applications received.", False),
]


@pytest.mark.parametrize("tail", [
    [(60, "Distribution: All members of the Council, the Clerk", False)],
    [(60, "Members of the public are welcome to attend and may speak under item 2.", False)],
    [(60, "J Smith, Clerk to the Council", False), (60, "28 February 2024", False)],
    [(60, "Signed: J Smith", False), (60, "Clerk to the Council", False)],
])
def test_a_plain_paragraph_back_in_the_numbers_column_closes_the_agenda(tail):
    # Descriptions hang indented under the titles; a paragraph set apart below the last item in the
    # numbers' column (a distribution list, the clerk's signature, a note to the public) is no
    # part of that item's description.
    doc = _extract([*_CLOSING, "", *tail])
    assert [i.description for i in doc.items] == ["To receive apologies.", "To consider applications received."]


def test_a_second_indented_paragraph_stays_in_the_last_items_description():
    doc = _extract([*_CLOSING, "", (80, "Plans may be viewed at the Village Hall.", False)])
    assert doc.items[-1].description == "To consider applications received.\nPlans may be viewed at the Village Hall."


def test_a_date_before_the_meeting_under_the_next_meeting_item_is_no_future_meeting():
    doc = _extract([
        (60, "Parish Council", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies", False),
        (60, "2. Dates of future meetings", False),
        (80, "Monday 5 June 2023 (cancelled), Monday 4 September 2023, Monday 6 November 2023", False),
    ])
    assert [f.date for f in doc.future_meetings] == [dt.date(2023, 9, 4), dt.date(2023, 11, 6)]


def test_a_chair_label_naming_a_post_is_no_member_and_a_plain_agenda_heading_ends_the_list():
    # 'Chair: MCO' (a minister's office) names no person; 'Members: ...' then 'AGENDA' in plain type.
    doc = _extract([
        (60, "TRANSPORT BOARD", False),
        (60, "19 May 2024", False),
        (60, "Chair: MCO", False),
        (60, "Members: Ann Allen, Bob Brown", False),
        (60, "AGENDA", False),
        (60, "1. Welcome", True),
        (60, "2. Minutes", True),
    ])
    assert [m.name for m in doc.members] == ["Ann Allen", "Bob Brown"]


def test_constituent_and_non_constituent_members_of_a_combined_authority():
    doc = _extract([
        (60, "Combined Authority Board", True),
        (60, "Date: Friday 7 June 2024", False),
        "",
        (60, "Constituent Members:", True),
        (60, "Councillor Ann Allen (Chair)", False),
        (60, "Councillor Bob Brown (Northtown Council)", False),
        (60, "Non-Constituent Members:", True),
        (60, "Councillor Cara Carter (Westshire Council)", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [(m.name, m.affiliation) for m in doc.members] == [
        ("Ann Allen", None), ("Bob Brown", "Northtown Council"), ("Cara Carter", "Westshire Council")]


def test_a_cllrs_label_titles_the_names_under_it():
    doc = _extract([
        (60, "Planning Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "Cllrs: A Allen (Chair), B Brown, C Carter", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Cllr", "A Allen"), ("Cllr", "B Brown"), ("Cllr", "C Carter")]


def test_parish_items_worded_as_long_sentences():
    # '4. To consider the planning applications received since the last meeting of the Council.':
    # a long sentence with a full stop is still an item when it says what the meeting will do.
    doc = _extract([
        (60, "ASHLEY GREEN PARISH COUNCIL", True),
        (60, "Meeting of the Parish Council to be held on Tuesday 14th May 2024 at 7.30pm in the Village Hall.", False),
        (60, "AGENDA", True),
        (60, "1. To receive apologies for absence.", False),
        (60, "2. To receive declarations of interest from members on any item on this agenda.", False),
        (60, "3. To approve the minutes of the meeting held on 9th April 2024 as a true and accurate record.", False),
        (60, "4. To consider the planning applications received since the last meeting of the Council.", False),
        (60, "5. To note the date of the next meeting.", False),
    ])
    assert [i.number for i in doc.items] == ["1", "2", "3", "4", "5"]
    assert doc.items[3].title == (
        "To consider the planning applications received since the last meeting of the Council.")


def test_a_numbered_paragraph_in_a_description_is_still_no_item():
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies", True),
        (60, "2. Budget Monitoring (Pages 3 - 10)", True),
        (80, "1. The Committee is asked to note the forecast outturn and the savings set out in the report.", False),
        (60, "3. Treasury Management (Pages 11 - 20)", True),
    ])
    assert [i.number for i in doc.items] == ["1", "2", "3"]


def test_a_summons_letter_dated_by_a_date_label_above_the_salutation():
    # County summons letters: 'Our Ref' / 'Date: 5 February 2025' / 'Please ask for' in the letterhead,
    # then 'Dear Councillor' and the notice naming the meeting's (later) day.
    doc = _extract([
        (300, "Our Ref: CAB/2025", False),
        (300, "Date: 5 February 2025", False),
        (300, "Please ask for: Jane Doe", False),
        (300, "Direct line: 01234 567890", False),
        "",
        (60, "Dear Councillor,", False),
        "",
        (60, "CABINET - THURSDAY, 13 FEBRUARY 2025 AT 10.00 AM", True),
        "",
        (60, "A meeting of the Cabinet will be held in the Council Chamber, County Hall, Northtown on Thursday, "
             "13 February 2025 at 10.00 am.", False),
        "",
        (60, "AGENDA", True),
        (60, "1. Apologies", True),
    ])
    assert (doc.body, doc.date, doc.start_time) == ("Cabinet", dt.date(2025, 2, 13), "10:00")
    assert (doc.contact.name, doc.contact.phone) == ("Jane Doe", "01234 567890")


@pytest.mark.parametrize("issued", ["Despatched: Wednesday, 5 February 2025", "Date of Publication: 5 February 2025",
                                    "Published: 5 February 2025"])
def test_the_day_the_papers_went_out_is_not_the_meeting_s(issued):
    doc = _extract([
        (60, "Cabinet", True),
        (60, issued, False),
        (60, "Thursday, 13 February 2025 at 10.00 am", False),
        (60, "Council Chamber, County Hall", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert (doc.date, doc.start_time, doc.venue) == (dt.date(2025, 2, 13), "10:00", "Council Chamber, County Hall")


def test_a_title_line_naming_the_body_then_the_date_after_a_dash():
    doc = _extract([
        (60, "AUDIT AND GOVERNANCE COMMITTEE - THURSDAY, 13 FEBRUARY 2025 AT 10.00 AM", True),
        (60, "Council Chamber, County Hall, Northtown", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert (doc.body, doc.date, doc.start_time) == ("Audit and Governance Committee", dt.date(2025, 2, 13), "10:00")


@pytest.mark.parametrize("text, name, phone", [
    ("Contact: Jane Doe  01234 567890", "Jane Doe", "01234 567890"),
    ("Enquiries: Jane Doe | Tel: 01234 567890 | Email: jane.doe@northshire.gov.uk", "Jane Doe", "01234 567890"),
    ("Contact: Jane Doe - 01234 567890 - jane.doe@northshire.gov.uk", "Jane Doe", "01234 567890"),
    ("Contact: Democratic Services, tel 01234 567890", None, "01234 567890"),
    ("Contact: Committee Services 01234 567890", None, "01234 567890"),
])
def test_the_contact_name_ends_where_the_number_starts_and_a_team_is_no_name(text, name, phone):
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, text, False),
        "",
        (60, "1. Apologies", True),
    ])
    assert (doc.contact.name, doc.contact.phone) == (name, phone)


def test_a_distribution_list_of_councillors_at_the_foot_of_a_parish_agenda():
    # 'Distribution: Cllrs Hindle, Watson, ... and Reed.' after the items.
    doc = _extract([
        (60, "SHERWOOD PARISH COUNCIL", True),
        (60, "You are summoned to attend a meeting of Sherwood Parish Council to be held at the Sports Pavilion, "
             "Perry Lane, on Tuesday 7th May 2019 at 7.30pm.", False),
        (60, "AGENDA", True),
        (60, "1. RECEIVE AND ACCEPT APOLOGIES FOR ABSENCE", False),
        (60, "2. RECEIVE ANY DECLARATIONS OF INTEREST", False),
        (60, "3. DATE OF NEXT MEETING", False),
        (60, "Members: to note the date.", False),
        (60, "Distribution: Cllrs Hindle, Watson, S Crabtree and Reed.", False),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Cllr", "Hindle"), ("Cllr", "Watson"), ("Cllr", "S Crabtree"), ("Cllr", "Reed")]


def test_a_part_that_numbers_its_items_afresh():
    # 'PART II' then '1. Land Disposal', '2. Staffing' after Part I's items 1-3 (town councils).
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "PART I", True),
        (60, "1. Apologies", True),
        (60, "2. Minutes (Pages 1 - 6)", True),
        (60, "3. Budget (Pages 7 - 20)", True),
        (60, "PART II", True),
        (60, "1. Land Disposal (Pages 21 - 30)", True),
        (60, "2. Staffing (Pages 31 - 40)", True),
    ])
    assert [(i.number, i.title, i.part) for i in doc.items] == [
        ("1", "Apologies", "I"), ("2", "Minutes", "I"), ("3", "Budget", "I"),
        ("1", "Land Disposal", "II"), ("2", "Staffing", "II")]
    assert doc.items[3].pack_pages.start == 21


def test_part_1_of_schedule_12a_in_a_description_is_no_part_heading():
    # The exclusion item's description wraps onto a line starting 'Part 1 of Schedule 12A ...'.
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies", True),
        (60, "2. Exclusion of the Press and Public", True),
        (100, "To exclude the press and public for the next item as it involves exempt information under", False),
        (100, "Part 1 of Schedule 12A to the Local Government Act 1972.", False),
        (60, "3. Land Disposal (Pages 21 - 30)", True),
    ])
    assert doc.items[1].description.endswith("Part 1 of Schedule 12A to the Local Government Act 1972.")
    assert [i.part for i in doc.items] == ["I", "I", "II"]


@pytest.mark.parametrize("after", ["Officers: Jane Doe (Scrutiny Officer)", "In attendance: Jane Doe, Scrutiny Officer",
                                   "Also invited: Dr Sam Smith, Director of Public Health",
                                   "Non-voting observers: Mr Dev Patel (Healthwatch)"])
def test_officers_and_observers_listed_after_the_members_are_not_members(after):
    doc = _extract([
        (60, "Health Scrutiny Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "Members: Councillors Ann Allen (Chair), Bob Brown and", False),
        (60, "Cara Carter", False),
        (60, after, False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [(m.honorific, m.name) for m in doc.members] == [
        ("Councillor", "Ann Allen"), ("Councillor", "Bob Brown"), ("Councillor", "Cara Carter")]


@pytest.mark.parametrize("label", ["Members of the Committee:", "Panel Membership:", "Cabinet Members:",
                                   "Members of the Cabinet:", "Councillors (Chair in bold):", "Portfolio Holders:",
                                   "Town Councillors:"])
def test_the_labels_councils_put_over_their_membership(label):
    doc = _extract([
        (60, "Health Scrutiny Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, label, True),
        (60, "Ann Allen (Chair)", False),
        (60, "Councillor Bob Brown", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert [m.name for m in doc.members] == ["Ann Allen", "Bob Brown"]
    assert doc.members[1].honorific == "Councillor"
    if "Councillors" in label:
        assert doc.members[0].honorific == "Councillor"


def test_members_of_the_public_are_welcome_is_no_membership_label():
    doc = _extract([
        (60, "Health Scrutiny Committee", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "Members of the public are welcome to attend", False),
        (60, "Bob Brown", False),
        "",
        (60, "1. Apologies", True),
    ])
    assert doc.members == []


@pytest.mark.parametrize("foot, email", [
    ("Democratic Services Officer: Jane Doe, 01234 567890, jane.doe@northshire.gov.uk", "jane.doe@northshire.gov.uk"),
    ("For enquiries about this agenda please contact Jane Doe on 01234 567890", None),
    ("Please ask for Jane Doe on 01234 567890", None),
    ("Clerk: Jane Doe, 12 Mill Lane, Barford. Tel: 01234 567890", None),
])
def test_a_contact_printed_at_the_foot_of_the_agenda(foot, email):
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        "",
        (60, "1. Apologies", True),
        (60, "2. Minutes", True),
        "",
        (60, foot, False),
    ])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == ("Jane Doe", "01234 567890", email)


def test_a_bracketed_note_on_how_the_paper_comes_is_not_the_title():
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Monday 3 July 2023", False),
        (60, "1. Apologies", True),
        (60, "2. Budget Update (To Follow)", True),
        (60, "3. Leader's Update (Verbal Report)", True),
        (60, "4. Review of Fees (Licensing)", True),
    ])
    assert [(i.title, i.description) for i in doc.items] == [
        ("Apologies", None), ("Budget Update", "To Follow"), ("Leader's Update", "Verbal Report"),
        ("Review of Fees (Licensing)", None)]


def test_a_body_named_before_will_take_place():
    # 'the next meeting of the Community Council will take place on ...': the body ends at its verb
    from panelparse.extractors.common.meeting import read_meeting_text

    text = read_meeting_text("the next meeting of the Community Council will take place on Tuesday 9th April 2024")
    assert (text.body, text.date) == ("Community Council", dt.date(2024, 4, 9))


def test_future_dates_one_a_line_keep_their_own_times():
    # 'Friday 6 September 2024 at 10.00am' / 'Friday 4 October 2024 at 2pm' under the item: the
    # lines join into one paragraph, and each date keeps the time printed after it.
    doc = _extract([
        (60, "Police and Crime Panel", True),
        (60, "Date: Friday 5 July 2024", False),
        (60, "1. Apologies", False),
        (60, "2. Future meeting dates", False),
        (80, "Friday 6 September 2024 at 10.00am", False),
        (80, "Friday 4 October 2024 at 2pm", False),
    ])
    assert [(f.date, f.start_time) for f in doc.future_meetings] == [
        (dt.date(2024, 9, 6), "10:00"), (dt.date(2024, 10, 4), "14:00")]


def test_a_meeting_label_naming_the_kind_of_meeting_is_no_body():
    # 'Meeting: Annual General Meeting' under the authority's name: the name is the body
    doc = _extract([
        (60, "Exmoor Vale National Park Authority", True), (60, "Agenda", True),
        (60, "Meeting: Annual General Meeting", False), (60, "Date: Tuesday 4 June 2024", False),
        (60, "Time: 10.00 am", False), (60, "Venue: Park Office, Dulverton", False), "",
        (60, "1. Apologies", True), (60, "2. Election of Chair", True),
    ])
    assert (doc.body, doc.date, doc.venue) == ("Exmoor Vale National Park Authority", dt.date(2024, 6, 4),
                                               "Park Office, Dulverton")


def _two_columns(rows):
    """Lines of (left text, right text) at x 60 (75 for a sub-item) and 300: items set in two columns
    without rules, bold titles on the left, plain descriptions on the right."""
    from synthetic import line

    from panelparse.extractors.base import ExtractContext
    from panelparse.layout import Line, PageLayout
    from panelparse.span import DocumentSpan

    lines, top = [], 60.0
    for left, right in rows:
        words = []
        if left:
            words += line(top, 60 if not left.startswith("(") else 75, left, bold=True).words
        if right:
            words += line(top, 300, right).words
        lines.append(Line(tuple(words), 1))
        top += 13.0
    span = DocumentSpan(pages=(PageLayout(number=1, width=595, height=842, lines=tuple(lines)),), printed=(None,))
    return AgendaExtractor().extract(span, ExtractContext(document_index=0), 1.0)


def test_titles_wrapping_in_their_own_column_beside_the_descriptions():
    # A title column and a description column with no rules: each wraps in its own column, so the
    # title's last word comes back under the number with the description's next words beside it;
    # a sub-item's title wraps back to the cell's edge.
    doc = _two_columns([
        ("Audit Committee", None),
        ("Date: Tuesday 4 June 2024 at 2.00 pm", None),
        ("7) Finance Monitoring", "To receive"),
        ("(i) Complaints and Compliments", "To note the update."),
        ("Update", None),
        ("8) Treasury Management Mid-Year", "To note the treasury management activity for the"),
        ("Review", "first half of the year."),
        ("pp. 8-9", None),
        ("9) Date of Next Meeting", "To note the date."),
    ])
    assert [(i.number, i.title, i.description) for i in doc.items] == [
        ("7", "Finance Monitoring", "To receive"),
        ("8", "Treasury Management Mid-Year Review", "To note the treasury management activity for the first half "
                                                     "of the year."),
        ("9", "Date of Next Meeting", "To note the date.")]
    assert [(c.number, c.title) for c in doc.items[0].children] == [("7i", "Complaints and Compliments Update")]


def test_lettered_sections_numbered_afresh_are_one_run_of_items():
    # 'A1, A2' (committee business), then 'B1, B2' (items for decision): the letters count first.
    doc = _extract([
        (60, "Cabinet", True),
        (60, "Date: Thursday 6 June 2024 at 10.00 am", False),
        "",
        (60, "A1 Apologies and Substitutes", True),
        (60, "A2 Declarations of Interest", True),
        (60, "B1 Budget Monitoring Report", True),
        (60, "B2 Capital Programme Update", True),
        (60, "C1 Exclusion of the Press and Public", True),
    ])
    assert [(i.number, i.title) for i in doc.items] == [
        ("A1", "Apologies and Substitutes"), ("A2", "Declarations of Interest"), ("B1", "Budget Monitoring Report"),
        ("B2", "Capital Programme Update"), ("C1", "Exclusion of the Press and Public")]


def test_items_numbered_with_no_before_the_number():
    # 'Item No. 1 Apologies', 'Minute No. 45 Apologies': 'No.' between the word and the number.
    doc = _extract([
        (60, "Planning Committee", True),
        (60, "Date: Thursday 6 June 2024 at 10.00 am", False),
        "",
        (60, "Item No. 1 Apologies for Absence", True),
        (60, "Item No. 2 Declarations of Interest", True),
        (60, "Item No. 3 Planning Applications", True),
    ])
    assert [(i.number, i.title) for i in doc.items] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Planning Applications")]
