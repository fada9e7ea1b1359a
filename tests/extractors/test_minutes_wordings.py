"""Minutes wordings seen across councils (ModernGov districts and counties, police and crime
panels, fire authorities, combined authorities, national parks, parish, town and community
councils), built line by line with invented names: each test is one shape of wording many
councils print."""

from __future__ import annotations

import datetime as dt

import pytest
from synthetic import run_extractor

from panelparse.extractors.minutes import MinutesExtractor

_HEAD = [
    (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
    "",
    (60, "Present: Cllrs M Parker (Chair), D Price, J Smith, K Jones", False),
    "",
]


def _extract(rows):
    return run_extractor(MinutesExtractor(), rows)


def _minute(*paragraphs, title="12. Business"):
    """The decisions of one minute whose paragraphs are printed one a line under its heading."""
    rows = [*_HEAD, (60, title, True)]
    rows += [(60, p, False) if isinstance(p, str) and p else p for p in paragraphs]  # "": a gap
    [item] = _extract(rows).items
    return item


@pytest.mark.parametrize("paragraph, outcome, counts", [
    # 'by N votes to M': for, then against; an abstention may follow
    ("The motion was carried by 8 votes to 3 with 1 abstention.", "carried", (8, 3, 1)),
    ("The amendment was LOST by 4 votes to 6.", "lost", (4, 6, None)),
    ("RESOLVED by 7 votes to 2 that the application be refused.", "resolved", (7, 2, None)),
    ("The amendment was carried by 6 votes to 5, with no abstentions.", "carried", (6, 5, 0)),
    ("The motion was carried, 5 votes to 3.", "carried", (5, 3, None)),
    # abstentions alone: 'RESOLVED (with 2 abstentions) that ...'
    ("RESOLVED (with 2 abstentions) that the report be noted.", "resolved", (None, None, 2)),
    # the count names who voted: '10 Members voting for, 4 against and 2 abstaining'
    ("On being put to the vote, the motion was declared carried, 10 Members voting for, 4 against and 2 abstaining.",
     "carried", (10, 4, 2)),
    # the tally in colons, for:against:abstain, in brackets or three counts bare
    ("RESOLVED that the budget be adopted. Carried (7:2:1)", "carried", (7, 2, 1)),
    ("The motion was carried 8:3:0.", "carried", (8, 3, 0)),
    ("The amendment was lost (4:6).", "lost", (4, 6, None)),
])
def test_votes_counted_in_prose(paragraph, outcome, counts):
    [decision] = _minute(paragraph).decisions
    votes = decision.votes
    assert decision.outcome == outcome
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == counts


def test_a_clock_time_after_carried_is_no_tally():
    # 'carried 7:30' is no printed form of counts; only brackets or three counts are a tally.
    [decision] = _minute("RESOLVED that the meeting be adjourned; carried 7:30 on the clock.").decisions
    assert decision.votes is None


def test_a_vote_label_over_counts_records_no_outcome_word():
    # 'Vote: 5 in favour, 2 against, 1 abstention' under a motion: counts, not how it went.
    [decision] = _minute("It was proposed by Cllr Lee and seconded by Cllr Khan that the fence be repaired.",
                         "Vote: 5 in favour, 2 against, 1 abstention").decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Cllr Lee", "Cllr Khan", None)
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (
        5, 2, 1)


@pytest.mark.parametrize("label, outcome", [
    ("Recommended to Council:", "recommended"),
    ("RECOMMENDATION TO COUNCIL –", "recommended"),
    ("RECOMMENDED –", "recommended"),
    ("RESOLVED TO RECOMMEND TO COUNCIL:", "resolved"),
])
def test_a_recommendation_label_over_what_was_recommended(label, outcome):
    # A committee recommending to full council: the label on its own line, the wording below.
    [decision] = _minute((60, label, True), "That the Members' Allowances Scheme be adopted.").decisions
    assert (decision.text, decision.outcome) == ("That the Members' Allowances Scheme be adopted.", outcome)
    # a 'Recommendations' heading alone, over the report's, is no decision
    assert _minute((60, "Recommendations", True), "The officers' recommendations were set out in the report.",
                   ).decisions == []


def test_a_resolved_label_over_numbered_parts_keeps_the_first_number():
    # 'Resolved:' / '1. To note the report.' / '2. To approve ...': the first part keeps its '1.'.
    [decision] = _minute((60, "Resolved:", True), "1. To note the report.",
                         "2. To approve the revised budget.").decisions
    assert decision.text.startswith("1. To note the report.") and "2. To approve" in decision.text
    # the minute's own paragraph number before a resolution still goes
    [decision] = _minute("5. RESOLVED that the report be noted.").decisions
    assert decision.text == "RESOLVED that the report be noted."


@pytest.mark.parametrize("paragraphs, proposer, seconder, outcome, printed", [
    # the mover named first, 'proposed, seconded by' with nothing between
    (["Councillor Lee proposed, seconded by Councillor Khan, that the grant be approved. On being put to the vote "
      "the motion was carried."], "Councillor Lee", "Councillor Khan", "carried", None),
    # 'and it was seconded': nobody is named as seconder
    (["The Chairman moved, and it was seconded, that the report be noted."], "The Chairman", None, None, None),
    # the movers in brackets on the line after the resolution
    (["RESOLVED: That the application be approved.", "(Proposed by Cllr Lee, seconded by Cllr Khan)"],
     "Cllr Lee", "Cllr Khan", "resolved", None),
    # the result on a line of its own under the motion
    (["It was proposed by Cllr Lee and seconded by Cllr Khan that the quote be accepted.", "", "Carried."],
     "Cllr Lee", "Cllr Khan", "carried", None),
    (["It was proposed by Cllr Lee and seconded by Cllr Khan that the quote be accepted.", "", "Motion lost."],
     "Cllr Lee", "Cllr Khan", "lost", None),
    # 'All in favour.' under the 'Proposed: / Seconded:' lines
    (["Resolution: that the Council adopts the revised Standing Orders.", "Proposed: Cllr Lee",
      "Seconded: Cllr Khan", "All in favour."], "Cllr Lee", "Cllr Khan", None, "UNANIMOUS"),
])
def test_movers_and_results_printed_around_a_motion(paragraphs, proposer, seconder, outcome, printed):
    rows = [(60, "12. Business", True)] + [(60, p, False) if p else "" for p in paragraphs]
    [decision] = _extract([*_HEAD, *rows]).items[0].decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == (proposer, seconder, outcome)
    assert (decision.votes.printed if decision.votes else None) == printed


@pytest.mark.parametrize("paragraph, text, proposer, seconder", [
    # an annual meeting's nomination: the nominee between the proposer and 'seconded by'
    ("Cllr Tong proposed Cllr Williams, seconded by Cllr Holiday. As there were no further nominations it was "
     "resolved that Cllr Williams remain as Chairman.", None, "Cllr Tong", "Cllr Holiday"),
    # 'X proposed that ... and Y seconded it'
    ("Cllr Laura Williams proposed that the grant be paid and Cllr Richard Williams seconded the proposal.",
     "the grant be paid.", "Cllr Laura Williams", "Cllr Richard Williams"),
])
def test_proposals_at_a_parish_meeting(paragraph, text, proposer, seconder):
    [decision] = _minute(paragraph).decisions
    assert (decision.proposer, decision.seconder) == (proposer, seconder)
    assert text is None or decision.text == text


@pytest.mark.parametrize("paragraph, text, outcome", [
    # a community council's shorthand: members' initials in brackets, then a bare result
    ("Proposed (AH) & Seconded (SB) that the minutes be approved as correct. Unanimously agreed and signed by the "
     "Chair.", "the minutes be approved as correct.", "agreed"),
    ("It was moved by Cllr Lee and seconded by Cllr Khan that the grant be paid. Agreed by all.",
     "the grant be paid.", "agreed"),
])
def test_a_motion_and_a_bare_result_after_it(paragraph, text, outcome):
    [decision] = _minute(paragraph).decisions
    assert (decision.text, decision.outcome) == (text, outcome)
    assert decision.proposer is not None and decision.seconder is not None


_TITLE = (60, "Minutes of the meeting of the Planning Committee held on Tuesday 12 March 2024 at 6.30 pm in the "
              "Council Chamber", True)


@pytest.mark.parametrize("rows", [
    # remote and hybrid meetings: where each member attended, in brackets after the label
    [(60, "Present (in person): Councillors Ann Lee (Chair), Bob Khan", False),
     (60, "Present (remotely): Councillors Cara Diaz and Dan Eze", False),
     (60, "Also present (virtually): Fay Green (Clerk)", False)],
    [(60, "Members Present (in person):", True), (60, "Councillors Ann Lee (Chair), Bob Khan", False), "",
     (60, "Members Present (via Microsoft Teams):", True), (60, "Councillors Cara Diaz and Dan Eze", False), "",
     (60, "Officers Present (virtually):", True), (60, "Fay Green (Clerk)", False)],
])
def test_attendance_labels_saying_how_members_attended(rows):
    doc = _extract([_TITLE, "", *rows, "", (60, "1. Apologies", True), (60, "None.", False)])
    assert [a.name for a in doc.present] == ["Ann Lee", "Bob Khan", "Cara Diaz", "Dan Eze"]
    assert [(a.name, a.role) for a in doc.also_present] == [("Fay Green", "Clerk")]


def test_substitute_members_label_with_the_member_replaced_in_brackets():
    doc = _extract([
        _TITLE, "",
        (60, "Present: Councillors Ann Lee (Chair), Bob Khan, Cara Diaz", False),
        (60, "Substitute Members: Councillor Eve Fox (for Councillor Dan Eze), Councillor Gil Hart", False), "",
        (60, "1. Apologies", True), (60, "Apologies were received from Councillors Dan Eze and Ivy Jones.", False),
    ])
    assert [(a.name, a.role) for a in doc.present][-2:] == [
        ("Eve Fox", "Substitute for Councillor Dan Eze"), ("Gil Hart", "Substitute")]


@pytest.mark.parametrize("rows, present", [
    # a police and crime panel's independent members, a committee's co-opted members
    ([(60, "Present: Councillors Ann Lee (Chair), Bob Khan", False),
      (60, "Independent Members: Mr Cal Dunn, Mrs Dee Eve", False)],
     [("Ann Lee", "Chair"), ("Bob Khan", None), ("Cal Dunn", "Independent Member"), ("Dee Eve", "Independent Member")]),
    ([(60, "Present: Councillors Ann Lee (Chair), Bob Khan", False),
      (60, "CO-OPTED MEMBERS: Mr Cal Dunn (Vice-Chair) and Mrs Dee Eve", False)],
     [("Ann Lee", "Chair"), ("Bob Khan", None), ("Cal Dunn", "Vice-Chair"), ("Dee Eve", "Co-opted Member")]),
    # a national park authority's members by who appointed them
    ([(60, "Present:", True), (60, "Local Authority Members: Cllr Ann Lee (Chair), Cllr Bob Khan", False),
      (60, "Secretary of State Members: Mr Cal Dunn, Mrs Dee Eve", False), (60, "Parish Members: Mr Ed Fry", False)],
     [("Ann Lee", "Chair"), ("Bob Khan", None), ("Cal Dunn", None), ("Dee Eve", None), ("Ed Fry", "Parish Member")]),
    # a town council's mayor named by the post, the holder in brackets
    ([(60, "Present: The Mayor (Councillor Ann Lee) in the Chair; Councillors Bob Khan and Cara Diaz", False)],
     [("Ann Lee", "Mayor"), ("Bob Khan", None), ("Cara Diaz", None)]),
    ([(60, "Present: Town Mayor (Cllr Ann Lee), Deputy Town Mayor (Cllr Bob Khan), Cllrs Cara Diaz and Dan Eze",
       False)],
     [("Ann Lee", "Town Mayor"), ("Bob Khan", "Deputy Town Mayor"), ("Cara Diaz", None), ("Dan Eze", None)]),
])
def test_members_listed_by_the_sort_of_member_or_by_post(rows, present):
    doc = _extract([_TITLE, "", *rows, "", (60, "1. Apologies", True), (60, "None.", False)])
    assert [(a.name, a.role) for a in doc.present] == present
    assert doc.also_present == []


@pytest.mark.parametrize("rows, present, also", [
    # 'Present Members:' (the label's words the other way round)
    ([(60, "Present Members: Cllr Ann Lee (Chairman), Cllr Bob Khan and Cllr Cara Diaz.", False)],
     ["Ann Lee", "Bob Khan", "Cara Diaz"], []),
    # how someone attended after the label, no brackets
    ([(60, "Present: Councillors Ann Lee (Chair), Bob Khan", False),
      (60, "Also present via Teams virtually: Dr Ann Bis", False)], ["Ann Lee", "Bob Khan"], ["Ann Bis"]),
    # the public counted at the end of the list: 'two other members of the public', '8 other residents'
    ([(60, "Present: Cllrs Ann Lee (Chair), Bob Khan", False),
      (60, "Also in attendance: Phil Edge (Clerk) and two other members of the public.", False)],
     ["Ann Lee", "Bob Khan"], ["Phil Edge"]),
    ([(60, "Present: Cllrs Ann Lee (Chair), Bob Khan, Mrs Jo Cox (Clerk) and 3 parishioners", False)],
     ["Ann Lee", "Bob Khan"], ["Jo Cox"]),
])
def test_attendance_label_wordings_and_the_public_counted(rows, present, also):
    doc = _extract([_TITLE, "", *rows, "", (60, "1. Apologies", True), (60, "None.", False)])
    assert ([a.name for a in doc.present], [a.name for a in doc.also_present]) == (present, also)


@pytest.mark.parametrize("paragraphs", [
    # 'Apologies and valid reasons for absence were received from X and these were accepted.'
    ["Apologies and valid reasons for absence were received from Cllr Dan Eze and these were accepted.",
     "Cllr Eve Fox also sent her apologies."],
    ["Apologies and valid reasons for absence were received from Cllr Dan Eze and these were accepted.", "",
     "Cllr Eve Fox also sent her apologies."],
])
def test_apologies_given_in_more_than_one_sentence(paragraphs):
    rows = [*_HEAD, (60, "3. Apologies for absence", True), *[(60, p, False) if p else "" for p in paragraphs],
            (60, "4. Finance", True), (60, "Noted.", False)]
    assert [a.name for a in _extract(rows).apologies] == ["Dan Eze", "Eve Fox"]


_COMMUNITY = (60, "Minutes of the Community Council Meeting held at Church House on Tuesday, 14th May 2024.", True)


@pytest.mark.parametrize("rows", [
    # those present as a numbered minute of their own
    [(60, "1 Present", True),
     (60, "Councillors, Mr Tim Owen (Chair), Mrs Sara Barr, Mr Andy Hughes & Mr Alun Fox (Clerk).", False)],
    [(60, "1. Attendance", True), (60, "Cllr Tim Owen (Chair), Cllr Sara Barr, Cllr Andy Hughes", False),
     (60, "In attendance: Alun Fox (Clerk)", False)],
    # everyone under 'In Attendance', no 'Present' list: the councillors are the members present
    [(60, "In Attendance", True), (60, "Councillors Tim Owen (Chair), Sara Barr, Andy Hughes", False), "",
     (60, "Alun Fox (Clerk)", False)],
])
def test_attendance_as_a_minute_or_all_in_attendance(rows):
    doc = _extract([_COMMUNITY, "", *rows, (60, "2 Apologies", True),
                    (60, "Apologies were received from Councillor Gary Evans.", False)])
    assert [(a.name, a.role) for a in doc.present] == [
        ("Tim Owen", "Chair"), ("Sara Barr", None), ("Andy Hughes", None)]
    assert [(a.name, a.role) for a in doc.also_present] == [("Alun Fox", "Clerk")]
    assert [a.name for a in doc.apologies] == ["Gary Evans"]


@pytest.mark.parametrize("paragraphs, apologies, absent", [
    # reasons given with the apologies are no roles
    (["Cllr Dan Eze – work commitments; Cllr Eve Fox – holiday. RESOLVED that the reasons for absence be accepted."],
     [("Dan Eze", None), ("Eve Fox", None)], []),
    # an officer's apology after a second 'from'
    (["Apologies were received from Cllr Dan Eze and from Jo Bloggs (Clerk)."],
     [("Dan Eze", None), ("Jo Bloggs", "Clerk")], []),
    # the members the minute says were absent
    (["Apologies were received from Cllr Dan Eze. Cllrs Gil Hart and Ivy Jones were absent without apologies."],
     [("Dan Eze", None)], ["Gil Hart", "Ivy Jones"]),
    # the heading carried on in the first line: 'Apologies' / 'were received from: ...'
    (["were received from: Councillors Mr Gary Evans & Mr Les Thomas."], [("Gary Evans", None), ("Les Thomas", None)],
     []),
])
def test_apologies_with_reasons_officers_and_absences(paragraphs, apologies, absent):
    rows = [*_HEAD, (60, "3. Apologies", True), *[(60, p, False) for p in paragraphs],
            (60, "4. Finance", True), (60, "Noted.", False)]
    doc = _extract(rows)
    assert [(a.name, a.role) for a in doc.apologies] == apologies
    assert [a.name for a in doc.absent] == absent


def _declared(*paragraphs):
    rows = [*_HEAD, (60, "3. Declarations of Interest", True), *[(60, p, False) for p in paragraphs],
            (60, "4. Finance", True), (60, "Noted.", False)]
    return [(d.honorific, d.name, d.item, d.interest) for d in _extract(rows).declarations]


def test_declarations_listed_one_a_line_under_a_lead_in():
    # 'The following declarations were made:' then one member a line, printed as one paragraph.
    assert _declared("The following declarations were made:",
                     "Councillor Lee – personal interest in item 7 (Trustee, Village Hall)",
                     "Councillor Khan – pecuniary interest in item 9") == [
        ("Councillor", "Lee", "7", "personal"), ("Councillor", "Khan", "9", "pecuniary")]


def test_a_lead_in_naming_no_member_declares_nothing():
    assert _declared("Members declared the following interests:") == []


@pytest.mark.parametrize("paragraph, declared", [
    # the kind of interest by its initials
    ("Cllr Lee – DPI – item 5 (owns adjacent land).", [("Cllr", "Lee", "5", "disclosable pecuniary")]),
    ("Councillor Dan Eze declared an NRI in agenda item 10.", [("Councillor", "Dan Eze", "10", "non-registrable")]),
    # 'Registerable' spelt with an e keeps its 'Other'
    ("Councillor Cara Diaz declared an Other Registerable Interest (ORI) in item 9.",
     [("Councillor", "Cara Diaz", "9", "other registerable")]),
    # two members who 'both declared'
    ("Cllr Lee and Cllr Khan both declared an interest in item 7 as members of the Village Hall committee.",
     [("Cllr", "Lee", "7", None), ("Cllr", "Khan", "7", None)]),
    # set out after a lead-in, one a part between semicolons
    ("The following interests were declared: Councillor Lee, item 7, personal; Councillor Khan, item 9, pecuniary.",
     [("Councillor", "Lee", "7", "personal"), ("Councillor", "Khan", "9", "pecuniary")]),
])
def test_declarations_by_initials_both_and_set_out_after_a_lead_in(paragraph, declared):
    assert _declared(paragraph) == declared


_PRESENT = ["", (60, "Present: Councillors Ann Lee (Chair), Bob Khan and Cara Diaz", False), "",
            (60, "1. Apologies", True), (60, "None.", False)]


@pytest.mark.parametrize("head, body, date, start, end, venue", [
    # a police and crime panel's title block in capitals, set as one paragraph
    ([(60, "NORTHSHIRE POLICE AND CRIME PANEL", True),
      (60, "MINUTES OF THE MEETING HELD ON THURSDAY 7 DECEMBER 2023 AT 10.30 AM", True),
      (60, "AT COUNTY HALL, NEWTOWN", True)],
     "Northshire Police and Crime Panel", dt.date(2023, 12, 7), "10:30", None, "County Hall, Newtown"),
    # 'the Ordinary (Extraordinary, Annual) Meeting' names the kind of meeting; the letterhead the body
    ([(60, "Cyngor Cymuned Llanfair / Llanfair Community Council", True),
      (60, "Minutes of the Ordinary Meeting held on Monday 4 March 2024 at 7.00pm at the Memorial Hall", False)],
     "Llanfair Community Council", dt.date(2024, 3, 4), "19:00", None, "Memorial Hall"),
    ([(60, "ASHWELL PARISH COUNCIL", True),
      (60, "Minutes of the Extraordinary Meeting held on Tuesday 14th May 2024 at 7.30pm in the Village Hall", False)],
     "Ashwell Parish Council", dt.date(2024, 5, 14), "19:30", None, "Village Hall"),
    # the meeting's times on their own line under the date are no venue
    ([(60, "Northshire Fire and Rescue Authority", True),
      (60, "Minutes of the Meeting held on 14 February 2024", False),
      (60, "Commenced: 10.30 am     Concluded: 12.10 pm", False)],
     "Northshire Fire and Rescue Authority", dt.date(2024, 2, 14), "10:30", "12:10", None),
    # the place and then the time on one line under the date
    ([(60, "Overview and Scrutiny Committee", True), (60, "Tuesday, 16 January 2024", False),
      (60, "Council Chamber, Town Hall, Eastvale - 7.00 pm", False)],
     "Overview and Scrutiny Committee", dt.date(2024, 1, 16), "19:00", None, "Council Chamber, Town Hall, Eastvale"),
])
def test_minutes_title_blocks(head, body, date, start, end, venue):
    doc = _extract([*head, *_PRESENT])
    assert (doc.body, doc.date, doc.start_time, doc.end_time, doc.venue) == (body, date, start, end, venue)


@pytest.mark.parametrize("head, body, date, start, venue", [
    # a meeting held online: the service is the venue
    ([(60, "Minutes of the Ordinary Meeting of Ashwell Parish Council held remotely via Zoom on Monday 8th April "
           "2024 at 7pm", False)], "Ashwell Parish Council", dt.date(2024, 4, 8), "19:00", "Zoom"),
    # 'commencing at 6.30 pm' after the place: the start, no part of the venue
    ([(60, "Minutes of the Ordinary Meeting held on Thursday 19th October 2023, at the Welfare Hall, Heol Y Felin, "
           "commencing at 6.30 pm", False)], None, dt.date(2023, 10, 19), "18:30", "Welfare Hall, Heol Y Felin"),
    # the date on the title line is no part of the body's name
    ([(60, "Minutes of Parish Council 22 November 2023", True)], "Parish Council", dt.date(2023, 11, 22), None, None),
])
def test_minutes_sentences_naming_an_online_venue_a_commencing_time_or_a_dated_title(head, body, date, start, venue):
    doc = _extract([*head, *_PRESENT])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (body, date, start, venue)


@pytest.mark.parametrize("foot, name, email", [
    # a label with a colon after 'prepared by'
    (["Minutes prepared by: Jane Doe, Democratic Services Officer (jane.doe@eastvale.gov.uk)"],
     "Jane Doe", "jane.doe@eastvale.gov.uk"),
    # the officer labelled by their post at the foot
    (["Officer Contact: Jane Doe, Committee Officer, Tel: 01234 567890, Email: jane.doe@eastvale.gov.uk"],
     "Jane Doe", "jane.doe@eastvale.gov.uk"),
    (["Clerk to the Council: Jane Doe"], "Jane Doe", None),
    # the clerk signing off: the name over the post, or the post after a comma
    (["Jane Doe", "Clerk to the Council", "clerk@ashwellpc.org.uk"], "Jane Doe", "clerk@ashwellpc.org.uk"),
    (["Jane Doe, Clerk and RFO"], "Jane Doe", None),
])
def test_the_officer_who_wrote_the_minutes_named_at_their_foot(foot, name, email):
    doc = _extract([*_HEAD, (60, "14. Close", True), (60, "The meeting closed at 9.05pm.", False), "",
                    *[(60, line, False) for line in foot]])
    assert (doc.author.name, doc.author.email) == (name, email)
    # the Chairman signing is no author
    doc = _extract([*_HEAD, (60, "14. Close", True), (60, "The meeting closed at 9.05pm.", False), "",
                    (60, "Cllr Ann Lee", False), (60, "Chairman", False)])
    assert doc.author.name is None


@pytest.mark.parametrize("head, body, date, start, end, venue", [
    # '... of Meeting' labels
    ([(60, "Audit Committee", True), (60, "Minutes", True), (60, "Date of Meeting: Wednesday 5 June 2024", False),
      (60, "Time of Meeting: 2.00 pm", False), (60, "Place of Meeting: Committee Room 2, County Hall", False)],
     "Audit Committee", dt.date(2024, 6, 5), "14:00", None, "Committee Room 2, County Hall"),
    # 'Meeting Date:', 'Start Time:', 'End Time:'
    ([(60, "Joint Waste Board - Minutes", True), (60, "Meeting Date: 5 June 2024", False),
      (60, "Start Time: 10.00am", False), (60, "End Time: 11.45am", False),
      (60, "Venue: Online via Microsoft Teams", False)],
     "Joint Waste Board", dt.date(2024, 6, 5), "10:00", "11:45", "Online via Microsoft Teams"),
    # one label for the date and the time
    ([(60, "Police and Crime Panel", True), (60, "Minutes", True),
      (60, "Date and Time: Thursday 13 June 2024 at 10.00 am", False),
      (60, "Venue: Council Chamber, Town Hall", False)],
     "Police and Crime Panel", dt.date(2024, 6, 13), "10:00", None, "Council Chamber, Town Hall"),
    # the meeting's times labelled on the line set close under the minutes sentence
    ([(60, "Planning Committee", True), (60, "Minutes of the meeting held on 5 June 2024 in the Town Hall", False),
      (60, "Meeting commenced: 7.00 pm  Meeting ended: 9.15 pm", False)],
     "Planning Committee", dt.date(2024, 6, 5), "19:00", "21:15", "Town Hall"),
])
def test_minutes_header_labels(head, body, date, start, end, venue):
    doc = _extract([*head, *_PRESENT])
    assert (doc.body, doc.date, doc.start_time, doc.end_time, doc.venue) == (body, date, start, end, venue)


def test_an_action_line_under_a_resolution_is_an_action_of_its_own():
    # 'ACTION: Clerk to write ...' set close under the resolution it follows from
    decisions = _minute("The Panel RESOLVED to support the precept.", "ACTION: Clerk to write to the Commissioner.",
                        ).decisions
    assert [(d.text, d.outcome) for d in decisions] == [
        ("The Panel RESOLVED to support the precept.", "resolved"), ("Clerk to write to the Commissioner.", "action")]


@pytest.mark.parametrize("label", ["PENDERFYNWYD / RESOLVED:", "RESOLVED / PENDERFYNWYD"])
def test_a_welsh_councils_bilingual_resolved_label(label):
    [decision] = _minute((60, label, True), "That the minutes be approved.").decisions
    assert (decision.text, decision.outcome) == ("That the minutes be approved.", "resolved")


def test_resolved_dash_that_over_its_parts_in_its_own_column():
    # ModernGov: 'RESOLVED – That:' then '(1) ...' and '(2) ...' set apart in the same column
    [decision] = _minute("RESOLVED – That:", "", "(1) the table of fares at Appendix A be approved; and", "",
                         "(2) the Licensing Manager be authorised to advertise the new fares.").decisions
    assert decision.text == ("RESOLVED – That:\n(1) the table of fares at Appendix A be approved; and\n"
                             "(2) the Licensing Manager be authorised to advertise the new fares.")
    assert decision.outcome == "resolved"


def test_a_planning_decision_refused():
    [decision] = _minute("24/00123/FUL – Land at Mill Lane, Newtown – Erection of 4 dwellings.", "Decision: Refused",
                         "(For 6, Against 2, Abstain 1)", title="12. Planning Applications").decisions
    assert decision.outcome == "refused"
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (
        6, 2, 1)


@pytest.mark.parametrize("sentence, events", [
    # a parish council suspends its standing orders for the public to speak
    ("Standing Orders were suspended at 7.35pm to allow public participation and reinstated at 7.50pm.",
     [("19:35", "adjournment"), ("19:50", "resumption")]),
    # suspended and never said to be reinstated: still no end of the meeting
    ("Standing Orders were suspended at 7.35pm to allow public participation.", [("19:35", "adjournment")]),
    ("Close of meeting: 9.12pm", [("21:12", "end")]),
])
def test_standing_orders_suspended_and_the_close_of_the_meeting(sentence, events):
    doc = _extract([*_HEAD, (60, "12. Public participation", True), (60, sentence, False)])
    assert [(e.time, e.kind) for e in doc.events] == events


@pytest.mark.parametrize("foot, name", [
    # an action for the clerk under a member's name is no sign-off
    (["Cllr Ann Smith", "Clerk to write to the County Council"], None),
    (["Cllr Ann Smith", "Clerk to contact County Council"], None),
    # the clerk of a council named in full
    (["Jane Doe", "Clerk to Ashwell Parish Council"], "Jane Doe"),
])
def test_a_clerk_signing_off_and_an_action_for_the_clerk(foot, name):
    doc = _extract([*_HEAD, (60, "14. Footpaths", True), (60, "The stile on FP12 is broken.", False),
                    *[(60, line, False) for line in foot]])
    assert doc.author.name == name


def test_resolutions_in_paragraphs_numbered_within_the_minute():
    # '1.1 ...' / '1.2 RESOLVED: That ...': the paragraph's number is no part of the resolution
    item = _minute("1.1 There were no declarations of substitutes.",
                   "1.2 RESOLVED: That the press and public be excluded from the meeting.",
                   title="1 Procedural Business")
    assert [d.text for d in item.decisions] == ["RESOLVED: That the press and public be excluded from the meeting."]
    [decision] = _minute("2.1 RESOLVED – That the minutes be approved as a correct record.",
                         title="2 Minutes").decisions
    assert decision.text == "RESOLVED – That the minutes be approved as a correct record."


@pytest.mark.parametrize("paragraph, title", [
    ("Miss Jones was elected as Vice-Chair for the ensuing year.", "3. Election of Vice-Chair"),
    ("Cllr Price was duly re-elected Chairman of the Council and signed the declaration of acceptance of office.",
     "2. Election of Chairman"),
    ("Cllr Smith was unanimously elected as the Town Mayor for 2025/26.", "1. Election of Town Mayor"),
])
def test_an_election_at_an_annual_meeting_is_a_decision(paragraph, title):
    # Annual meetings record elections with no 'RESOLVED': the election is what was decided.
    [decision] = _minute(paragraph, title=title).decisions
    assert (decision.text, decision.outcome) == (paragraph, "elected")


def test_a_member_elected_to_the_council_is_no_election_of_a_post():
    # 'was elected' naming no office the meeting fills (a by-election) is no decision.
    assert _minute("Cllr Hughes was elected at the by-election on 2 May and was welcomed.").decisions == []


@pytest.mark.parametrize("paragraphs, text, proposer, seconder, outcome", [
    # the motion worded as what the mover proposed, the seconder after a comma, a semicolon or a full stop
    (["Cllr Cole moved acceptance of the quote from GreenCo, Cllr Birch seconded and it was carried unanimously."],
     "acceptance of the quote from GreenCo", "Cllr Cole", "Cllr Birch", "carried"),
    (["Cllr Cole proposed the purchase of two grit bins at £240 each, seconded by Cllr Birch. All in favour."],
     "the purchase of two grit bins at £240 each", "Cllr Cole", "Cllr Birch", None),
    (["Councillor Reed moved the recommendation in the report. Councillor Shaw seconded. On being put to the vote "
      "the motion was carried."], "the recommendation in the report", "Councillor Reed", "Councillor Shaw", "carried"),
    # the seconding in a sentence of its own after the motion, the result in it
    (["Cllr Cole moved that the tree survey be commissioned. Cllr Birch seconded the motion, which was carried "
      "unanimously."], "the tree survey be commissioned.", "Cllr Cole", "Cllr Birch", "carried"),
    (["It was proposed by Cllr Cole that the verge be cut twice a year. This was seconded by Cllr Birch and carried."],
     "the verge be cut twice a year.", "Cllr Cole", "Cllr Birch", "carried"),
    (["Cllr Smith proposed that the fencing quote be accepted, this was seconded by Cllr Nathan and agreed by "
      "majority vote with 9 in favour and 2 against."], "the fencing quote be accepted.", "Cllr Smith", "Cllr Nathan",
     "agreed"),
    # 'proposed the motion' names no wording: the sentence stays whole
    (["Cllr Cole proposed the motion; Cllr Birch seconded. The motion was lost."],
     "Cllr Cole proposed the motion; Cllr Birch seconded.", "Cllr Cole", "Cllr Birch", "lost"),
])
def test_the_motion_in_the_movers_own_words(paragraphs, text, proposer, seconder, outcome):
    [decision] = _minute(*paragraphs).decisions
    assert (decision.text, decision.proposer, decision.seconder, decision.outcome) == (
        text, proposer, seconder, outcome)


def test_attendance_with_a_mayor_in_state_police_officers_and_a_count_of_the_public():
    doc = _extract([
        (60, "Minutes of the Town Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Guildhall", True),
        "",
        (60, "Present: Cllrs M Parker (Chair), D Price, J Smith", False),
        (60, "In attendance: His Worship the Mayor Cllr J Brown; PC 1234 Amy Hart; Ch Supt R Lee; "
             "5 parishioners and Denise Gascoyne Parish Clerk", False),
        (60, "Substitutes: Cllr A Lamb (substitute for Cllr B Hill)", False),
        "",
        (60, "12. Business", True),
        (60, "RESOLVED that the report be noted.", False),
    ])
    assert [(a.honorific, a.name, a.role) for a in doc.also_present] == [
        ("Cllr", "J Brown", "Mayor"), ("PC", "Amy Hart", None), ("Ch Supt", "R Lee", None),
        (None, "Denise Gascoyne", "Parish Clerk")]
    # a substitute named in the list and again by its label has the substitution once
    assert [(a.name, a.role) for a in doc.present][-1] == ("A Lamb", "substitute for Cllr B Hill")


def test_a_licensing_hearing_lists_its_parties_apart_from_the_officers():
    doc = _extract([
        (60, "Minutes of the Licensing Sub-Committee held on Wednesday 12 February 2025 at 10.00 am", True),
        "",
        (60, "Present: Councillors A Khan (Chair), B Lowe and C Moss", False),
        (60, "Also present: D Nash (Licensing Officer), F Pike (Democratic Services Officer)", False),
        (60, "Parties present: Mr G Quinn (Applicant), PC 4417 Ian Shaw (Sussex Police), Ms J Todd (Interested Party)",
         False),
        "",
        (60, "1. Application for a new premises licence", True),
        (60, "RESOLVED that the application be granted.", False),
    ])
    assert [(a.name, a.role, a.organisation) for a in doc.also_present] == [
        ("D Nash", "Licensing Officer", None), ("F Pike", "Democratic Services Officer", None),
        ("G Quinn", "Applicant", None), ("Ian Shaw", None, "Sussex Police"), ("J Todd", "Interested Party", None)]


def test_a_recorded_vote_between_the_debate_and_the_resolution_is_the_resolutions():
    # '... A recorded vote was taken:' / 'For (6): ...' / 'Abstain (0)' / 'RESOLVED that ...'
    [decision] = _minute("The Commissioner presented her proposal. Members asked about the use of reserves. "
                         "A recorded vote was taken:",
                         "For (3): Councillors Ford, Gale and Hunt", "Against (1): Councillor Vine", "Abstain (0)",
                         "RESOLVED that the Panel supports the proposed precept of £265.45 for a Band D property.",
                         ).decisions
    votes = decision.votes
    assert decision.text == "RESOLVED that the Panel supports the proposed precept of £265.45 for a Band D property."
    assert votes is not None and (votes.for_, votes.against, votes.abstain, votes.abstain_names) == (3, 1, 0, [])
    assert votes.against_names == ["Councillor Vine"]


def test_a_substitute_named_only_in_the_apologies_is_present():
    doc = _extract([
        _HEAD[0], "", (60, "Present: Cllrs M Parker (Chair), D Price", False),
        (60, "Apologies: Cllr R Quail, substituted by Cllr S Rowe", False), "",
        (60, "12. Business", True), (60, "RESOLVED that the report be noted.", False)])
    assert [(a.name, a.role) for a in doc.present] == [
        ("M Parker", "Chair"), ("D Price", None), ("S Rowe", "Substitute for Cllr R Quail")]
    assert [a.name for a in doc.apologies] == ["R Quail"]


def test_a_time_noted_against_someone_in_the_attendance_list_is_their_event():
    doc = _extract([
        _HEAD[0], "",
        (60, "Present: Cllr Mrs J Adams (Chairman), Cllr R Carr, Cllr L Smith (arrived at 7.41pm), Cllr S Dyer", False),
        (60, "In attendance: Mrs K Frost (Clerk/RFO), PCSO 6631 M Hale (left at 7.45pm) and 3 members of the public",
         False),
        (60, "Apologies: Cllr U Inns (work), Cllr V Jones (holiday) – accepted", False), "",
        (60, "12. Business", True), (60, "RESOLVED that the report be noted.", False)])
    assert [(e.time, e.kind, e.text) for e in doc.events] == [
        ("19:41", "arrival", "Cllr L Smith (arrived at 7.41pm)"),
        ("19:45", "departure", "PCSO 6631 M Hale (left at 7.45pm)")]
    # 'accepted' after the last apology is what the meeting did, not that member's role
    assert [(a.name, a.role) for a in doc.apologies] == [("U Inns", None), ("V Jones", None)]
    assert [(a.name, a.honorific) for a in doc.also_present] == [("K Frost", "Mrs"), ("M Hale", "PCSO")]


@pytest.mark.parametrize("rows", [
    [(60, "Present:", False), (60, "Eastvale District Council: Councillors A Ford (Chair) and B Gale", False),
     (60, "Westbury BC: Councillor C Hunt", False), (60, "Northmoor County Council:", False),
     (60, "Councillor E Jones, Councillor F Lowe", False)],
    [(60, "Present: Eastvale District Council: Councillors A Ford (Chair) and B Gale", False),
     (60, "Westbury BC: Councillor C Hunt", False),
     (60, "Northmoor County Council: Councillor E Jones, Councillor F Lowe", False)],
])
def test_a_joint_committees_members_grouped_by_their_councils(rows):
    doc = _extract([
        (60, "Minutes of the Joint Waste Committee held on Wednesday 5 March 2025 at 2.00 pm at Eastvale House", True),
        "", *rows, (60, "Officers: F King (Head of Waste)", False), "",
        (60, "1. Apologies", True), (60, "Apologies were received from Councillor H Moss.", False)])
    assert [(a.name, a.role, a.organisation) for a in doc.present] == [
        ("A Ford", "Chair", "Eastvale District Council"), ("B Gale", None, "Eastvale District Council"),
        ("C Hunt", None, "Westbury BC"), ("E Jones", None, "Northmoor County Council"),
        ("F Lowe", None, "Northmoor County Council")]
    assert [(a.name, a.role) for a in doc.also_present] == [("F King", "Head of Waste")]


@pytest.mark.parametrize("quoted", [
    "\u201cThis Council declares a climate emergency and commits to becoming carbon neutral.\u201d",
    '"This Council declares a climate emergency and commits to becoming carbon neutral."',
])
def test_a_motion_quoted_under_its_movers_and_an_amendment_moved_to_add_words(quoted):
    decisions = _minute(
        "Councillor Adams moved and Councillor Bell seconded the following motion:", quoted,
        "Councillor Cole moved an amendment, seconded by Councillor Dean, to add \u201cby 2030\u201d at the end.",
        "On being put to the vote the amendment was LOST.").decisions
    assert [(d.text, d.proposer, d.seconder, d.outcome) for d in decisions] == [
        ("This Council declares a climate emergency and commits to becoming carbon neutral.",
         "Councillor Adams", "Councillor Bell", None),
        ("Councillor Cole moved an amendment, seconded by Councillor Dean, to add \u201cby 2030\u201d at the end.",
         "Councillor Cole", "Councillor Dean", "lost")]


def test_a_vote_set_out_side_by_side_with_dashes():
    # 'For – names (3); Against – names (1); Abstained – none.'
    [decision] = _minute("RESOLVED that the precept for 2025/26 be set at £42,000.",
                         "Voting was as follows: For – Cllrs Parker, Price and Smith (3); Against – Cllr Jones (1); "
                         "Abstained – none.").decisions
    votes = decision.votes
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == (3, 1, 0)
    assert (votes.for_names, votes.against_names) == (["Cllr Parker", "Cllr Price", "Cllr Smith"], ["Cllr Jones"])
    # one side alone with a dash is no vote: 'Provision for – highways'
    [decision] = _minute("RESOLVED that the budget be approved, with provision for – highways – of £5,000.").decisions
    assert decision.votes is None


@pytest.mark.parametrize("sentence, proposer, outcome", [
    ("Christine Tamplin – proposed by Cllr Edwarde seconded by Cllr Smith and unanimously co-opted.", "Cllr Edwarde",
     "co-opted"),
    ("Giles Horner - proposed by Cllr Smith seconded by Cllr Higgins and unanimously appointed.", "Cllr Smith",
     "appointed"),
])
def test_a_member_co_opted_or_appointed_on_a_proposal(sentence, proposer, outcome):
    [decision] = _minute(sentence).decisions
    assert (decision.proposer, decision.outcome) == (proposer, outcome)


def test_a_nomination_then_the_election_in_the_next_sentence():
    [decision] = _minute("Cllr Laura Williams proposed that Cllr Mike Cain take up the position of Chairman and Cllr "
                         "Richard Williams seconded it. As there were no other proposals, Cllr M Cain was elected.",
                         title="1. Election of Chairman").decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == (
        "Cllr Laura Williams", "Cllr Richard Williams", "elected")
