"""Minutes: the sample pack's minutes of 2 February 2023 (golden values from its seed text),
four real minutes from the corpus in other councils' wording (Kent Cabinet, Kent Corporate
Parenting Panel, Sutton Coldfield Town Council, East Palo Alto's US roll-call and
MOTION BY / SECOND / RESULT blocks), and wordings built line by line."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS, only_document
from synthetic import run_extractor

from panelparse.extractors.minutes import MinutesExtractor
from panelparse.layout import TableGrid

KENT_CABINET = CORPUS / "kent-cabinet-2025-01-09-minutes.pdf"
KENT_CPP = CORPUS / "kent-corporate-parenting-panel-2024-12-10-minutes.pdf"
SUTTON = CORPUS / "sutton-coldfield-tc-community-grant-minutes-2018-03-13.pdf"
EPA = CORPUS / "epa-ca-planning-commission-minutes-2020-01-27.pdf"


def _minutes(pack):
    return only_document(pack, "minutes")


def _names(people):
    return [p.name for p in people]


def _item(doc, number):
    return next(i for i in doc.items if i.number == number)


@pytest.fixture(scope="module")
def minutes(sample_pack):
    return _minutes(sample_pack)


# --- sample pack ---------------------------------------------------------------------------


def test_sample_header(minutes):
    assert minutes.body == "Wiltshire Police and Crime Panel"
    assert minutes.date == dt.date(2023, 2, 2)
    assert minutes.venue == "Committee Room A - Council Offices, Monkton Park, Chippenham SN15 1ER"
    assert (minutes.start_time, minutes.end_time) == ("10:00", "10:50")  # "Duration of meeting"
    assert (minutes.author.name, minutes.author.email) == (
        "Matt Hitch",
        "matthew.hitch@wiltshire.gov.uk",
    )


def test_sample_present(minutes):
    present = minutes.present
    assert _names(present) == [
        "Steve Bucknell",
        "Jenny Jeffries",
        "James Sheppard",
        "Elizabeth Threlfall",
        "Carol Shelley",
        "Ross Henning",
        "Abdul Amin",
        "Daniel Cave",
        "Brian Mathew",
        "Tony Pickernell",
    ]
    assert (present[0].honorific, present[0].role) == ("Cllr", "Chairman")
    assert present[1].role == "Vice-Chairman"
    assert present[8].honorific == "Cllr Dr"
    assert all(p.evidence.page == 7 and p.evidence.bbox for p in present)


def test_sample_also_present(minutes):
    also = [(a.name, a.role, a.organisation) for a in minutes.also_present]
    assert also == [
        ("Philip Wilkinson", "Police and Crime Commissioner", None),
        ("Naji Darwish", "Chief Executive and Monitoring Officer", "OPCC"),
        ("Clive Baker", "Chief Financial Officer", "OPCC"),
        ("Cameron Osborn", "Apprentice Democratic Services Officer", None),
        ("Matt Hitch", "Democratic Services Officer", None),
    ]


def test_sample_apologies(minutes):
    apologies = [(a.honorific, a.name, a.role, a.organisation) for a in minutes.apologies]
    assert apologies == [
        ("Cllr", "Kevin Parry", None, "Swindon Borough Council"),
        (None, "Louise Williams", "Co-Opted Independent Member", None),
        (None, "Denisa Ahmeti", "Co-Opted Independent Member", None),
        ("Chief Constable", "Kier Pritchard", None, "Wiltshire Police"),
    ]


def test_sample_items(minutes):
    assert [(i.number, i.title) for i in minutes.items] == [
        ("10", "Apologies for Absence"),
        ("11", "Minutes and matters arising"),
        ("12", "Declarations of interest"),
        ("13", "Chairman's Announcements"),
        ("14", "Public Participation"),
        ("15", "PCC Precept Proposal 2023/24 and Budget"),
        ("16", "Communications"),
        ("17", "Future meeting dates"),
    ]
    precept = _item(minutes, "15")
    assert len(precept.bullets) == 8
    assert precept.bullets[0] == (
        "The Chief Financial Officer was thanked for the update and for the recommendations in "
        "his report."
    )
    assert precept.text.startswith(
        "The Panel considered a report from the PCC's Chief Financial Officer"
    )
    assert _item(minutes, "13").text == "There were no announcements."
    assert all(i.evidence and i.evidence.bbox for i in minutes.items)


def test_sample_no_declarations(minutes):
    assert minutes.declarations == []


def test_sample_decisions(minutes):
    decisions = [(i.number, d) for i in minutes.items for d in i.decisions]
    assert [n for n, _ in decisions] == ["11", "15"]
    confirm, precept = decisions[0][1], decisions[1][1]
    assert (confirm.proposer, confirm.seconder, confirm.outcome) == (
        "Cllr Sheppard",
        "Cllr Amin",
        "resolved",
    )
    assert confirm.text == (
        "The minutes of the meeting held on 12 January 2023 were agreed as a correct "
        "record and signed by the Chairman."
    )
    assert (precept.proposer, precept.seconder) == ("the Chairman", "Cllr Sheppard")
    assert precept.text.startswith(
        "To support the recommendation of the PCC's office to set a precept of £69.428m"
    )
    assert precept.text.endswith("based at £256.27 for a Band D property.")
    assert precept.votes is None  # no vote was recorded
    assert precept.evidence.page == 8


def test_sample_events(minutes):
    events = [(e.time, e.kind, e.text) for e in minutes.events]
    assert events == [
        ("10:30", "arrival", "Cllr Cave arrived at 10:30am."),
        (
            "10:13",
            "adjournment",
            "At 10:13am the Panel voted to adjourn the meeting for a maximum of 15 minutes "
            "to allow the PCC time to arrive.",
        ),
        ("10:20", "resumption", "The meeting resumed upon his return at 10:20am."),
    ]
    assert [e.evidence.page for e in minutes.events] == [8, 9, 9]


def test_sample_future_meetings_and_date_check(sample_pack, minutes):
    assert [(f.date, f.start_time) for f in minutes.future_meetings] == [
        (dt.date(2023, 3, 9), "10:00"),
        (dt.date(2023, 6, 13), "14:30"),
        (dt.date(2023, 9, 14), "10:30"),
        (dt.date(2023, 12, 14), "10:30"),
    ]
    assert minutes.future_meetings[0].venue == "Salisbury Guildhall"
    checks = [c for c in sample_pack.checks if c.code == "minutes_date"]
    assert [c.status for c in checks] == ["pass"]


# --- Kent County Council Cabinet, 9 January 2025 -------------------------------------------


@pytest.fixture(scope="module")
def kent(extract_pack):
    return _minutes(extract_pack(KENT_CABINET))


def test_kent_cabinet_header_and_attendance(kent):
    assert (kent.body, kent.date) == ("Cabinet", dt.date(2025, 1, 9))
    assert kent.venue == "Council Chamber, Sessions House, County Hall, Maidstone"
    assert [(p.honorific, p.name) for p in kent.present[:2]] == [
        ("Mr", "R W Gough"),
        ("Mr", "N Baker"),
    ]
    assert kent.present[0].role == "Chairman"
    assert len(kent.present) == 10 and kent.present[-1].name == "R J Thomas"
    assert "R C Love" in _names(kent.present)  # ", OBE" is not a person
    assert len(kent.also_present) == 11
    assert (
        kent.also_present[0].honorific,
        kent.also_present[0].name,
        kent.also_present[0].role,
    ) == ("Dr", "A Ghosh", "Director of Public Health")
    assert kent.apologies == [] and kent.declarations == []  # "No apologies were received."


def test_kent_cabinet_minutes(kent):
    assert [(i.number, i.agenda_item) for i in kent.items] == [
        (str(n), str(n - 75)) for n in range(76, 84)
    ]  # "76. Apologies (Item 1)"
    assert _item(kent, "80").title == "Provisional Local Government Finance Settlement 2025-26"
    assert _item(kent, "78").decisions[0].text == (
        "RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record and "
        "that they "
        "be signed by the Chair"
    )
    assert _item(kent, "82").decisions[0].text == "RESOLVED that Cabinet note the report."


def test_kent_cabinet_numbered_resolution_is_one_decision(kent):
    decisions = _item(kent, "83").decisions
    assert len(decisions) == 1
    decision = decisions[0]
    assert decision.text.startswith(
        "RESOLVED that Cabinet:\n1. Agree to submit a request to Government"
    )
    assert "\n2. Note that acceptance onto the Devolution Priority Programme" in decision.text
    assert "\n3. Agree to request that the Minister for Local Government" in decision.text
    # "the Leader proposed and Mr Oakford, Deputy Leader ..., seconded the above motion"
    assert (decision.proposer, decision.seconder, decision.outcome) == (
        "the Leader",
        "Mr Oakford",
        "resolved",
    )


# --- Kent Corporate Parenting Panel, 10 December 2024 --------------------------------------


@pytest.fixture(scope="module")
def cpp(extract_pack):
    return _minutes(extract_pack(KENT_CPP))


def test_cpp_header_and_attendance(cpp):
    assert (cpp.body, cpp.date) == ("Corporate Parenting Panel", dt.date(2024, 12, 10))
    assert cpp.venue == "Darent Room, Sessions House, County Hall, Maidstone"
    assert [(p.name, p.role) for p in cpp.present[:2]] == [
        ("Shellina Prendergast", "Chair"),
        ("Paul Bartlett", "Vice-Chair"),
    ]
    assert "Tom Byrne" in _names(cpp.present)  # "Tom" and "Byrne" sit on two lines
    assert _names(cpp.apologies) == ["Dylan Jeffrey", "Rory Love", "Stephen Gray", "Nancy Sayer"]
    # "Nancy Sayer who was substituted by Roxanne Hills": the substitute attended, so is present
    hills = next(p for p in cpp.present if p.name == "Roxanne Hills")
    assert "Substitute for Nancy Sayer" in hills.role
    assert "Roxanne Hills" not in _names(cpp.also_present)
    assert cpp.also_present[0].name == "Sue Chandler"
    assert cpp.also_present[0].role == "Cabinet Member for Integrated Children's Services"


def test_cpp_unnumbered_minutes_record_their_agenda_item(cpp):
    # Headings print no number, only '(Item N)': number '' (none printed), agenda_item N.
    assert {i.number for i in cpp.items} == {""}
    assert [i.agenda_item for i in cpp.items] == [str(n) for n in range(1, 11)]
    item = {i.agenda_item: i for i in cpp.items}
    assert item["4"].title == "Participation Team Update"
    assert item["4"].decisions[0].text == "RESOLVED that the update be noted."
    assert item["9"].decisions == []
    assert [i.agenda_item for i in cpp.items if i.decisions] == ["3", "4", "5", "6", "7", "8", "10"]


# --- Sutton Coldfield Town Council, 13 March 2018 -------------------------------------------


@pytest.fixture(scope="module")
def sutton(extract_pack):
    return _minutes(extract_pack(SUTTON))


def test_sutton_header_and_attendance(sutton):
    assert sutton.body == "Amenities, Leisure and Community Services"
    assert (sutton.date, sutton.venue, sutton.end_time) == (
        dt.date(2018, 3, 13),
        "Sutton Coldfield Town Hall",
        "21:00",
    )  # "Meeting Closed 21:00pm"
    # "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood."
    assert [(p.honorific, p.name) for p in sutton.present] == [
        ("Cllr", "Hodivala"),
        ("Cllr", "Hewett"),
        ("Cllr", "Mosson"),
        ("Cllr", "Passey"),
        ("Cllr", "Wood"),
    ]
    assert sutton.present[0].role == "Chairman"
    assert sutton.present[4].role == "Substitute for Cllr Ellis"
    assert [(a.name, a.role) for a in sutton.also_present] == [
        ("Olive O'Sullivan", "Town Clerk"),
        ("Becki Leonard", "Assistant Town Clerk"),
    ]
    assert _names(sutton.apologies) == ["Ives", "Ward", "Ellis"]


def test_sutton_declaration(sutton):
    [declaration] = sutton.declarations
    assert (declaration.honorific, declaration.name, declaration.interest) == (
        "Councillor",
        "Hodivala",
        "non-pecuniary",
    )
    assert declaration.text.startswith(
        "Councillor Hodivala stated that she had a non-pecuniary interest"
    )


def test_sutton_minutes_and_decisions(sutton):
    assert [i.number for i in sutton.items] == [
        "52",
        "53",
        "54",
        "55",
        "6",
        "57",
        "58",
        "59",
        "60",
        "61",
        "62",
    ]
    assert _item(sutton, "52").decisions[0].text == "Committee resolved to note the apologies."
    bloom = _item(sutton, "59").decisions
    assert len(bloom) == 1  # "Committee resolved to: i) ... ii) ..." is one decision
    assert bloom[0].text.startswith("Committee resolved to: i) Approve the outlined proposals")
    assert "ii) Note the details of the traffic island planting" in bloom[0].text
    grants = _item(sutton, "6")
    # one table printed over six pages (its header repeated on each) is one table
    assert len(grants.tables) == 1 and grants.tables[0].header[0] == "Organisation"


# --- East Palo Alto Planning Commission, 27 January 2020 (US) -------------------------------


@pytest.fixture(scope="module")
def epa_pack(extract_pack):
    return extract_pack(EPA)


@pytest.fixture(scope="module")
def epa(epa_pack):
    return _minutes(epa_pack)


def test_epa_header_and_roll_call(epa):
    assert (epa.body, epa.date) == ("East Palo Alto Planning Commission", dt.date(2020, 1, 27))
    assert epa.venue == "EPA Government Center, City Council Chamber, East Palo Alto, CA 94303"
    # The header prints the meeting time (7:00 p.m.); "called to order at 7:07" is an event.
    assert (epa.start_time, epa.end_time) == ("19:00", "19:48")
    assert _names(epa.present) == [
        "Andrei Garcia",
        "Robert Allen Fisk",
        "Robert Sherrard",
        "Michael Mashack",
        "Javanni Brown",
        "Ofelia Bello",
        "Juan Mendez",
    ]
    assert epa.present[-1].role == "Alternate"
    assert [(a.name, a.role) for a in epa.absent] == [("Uriel Hernandez", "Commissioner")]
    assert [(e.time, e.kind) for e in epa.events] == [
        ("19:07", "start"),
        ("19:08", "arrival"),
        ("19:48", "end"),
    ]


def test_epa_items(epa):
    assert [(i.number, i.title) for i in epa.items] == [
        ("1", "CALL TO ORDER AND ROLL CALL"),
        ("2", "APPROVAL OF THE AGENDA"),
        ("3", "PUBLIC COMMENT"),
        ("4", "APPROVAL OF CONSENT CALENDAR"),
        ("5", "SPECIAL PRESENTATIONS"),
        ("6", "PUBLIC HEARINGS - NONE"),
        ("7", "INFORMATIONAL ITEMS"),
        ("8", "ADJOURNMENT"),
    ]


def test_epa_motion_blocks(epa):
    agenda = _item(epa, "2").decisions[0]
    assert (agenda.proposer, agenda.seconder, agenda.outcome) == ("Mashack", "Brown", "approved")
    assert agenda.votes.for_names == [
        "Mashack",
        "Brown",
        "Allen Fisk",
        "Bello",
        "Garcia",
        "Mendez",
        "Sherrard",
    ]
    assert agenda.votes.absent_names == ["Hernandez"]
    failed, approved = _item(epa, "5").decisions
    assert failed.text.startswith(
        "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, "
        "to postpone the election of Chair and Vice Chair to July 2020"
    )
    assert (failed.proposer, failed.seconder, failed.outcome) == ("Allen Fisk", "Mendez", "failed")
    votes = failed.votes
    assert (votes.for_, votes.against, votes.abstain, votes.printed) == (4, 2, 1, "[4-2-1-1]")
    assert votes.against_names == ["Brown", "Mashack"] and votes.abstain_names == ["Garcia"]
    assert (approved.seconder, approved.outcome) == ("Bello", "approved")
    assert (approved.votes.for_, approved.votes.against) == (7, 0)  # 'NAYS: None' is a count of 0


def test_epa_officer_named_at_an_item_is_in_attendance(epa):
    # 'Patrick Heisinger, Assistant City Manager, made a presentation ...' (no list names him).
    assert [(a.name, a.role) for a in epa.also_present] == [("Patrick Heisinger", "Assistant City Manager")]


def test_epa_vote_checks(epa_pack):
    checks = [c for c in epa_pack.checks if c.code == "recorded_vote"]
    assert len(checks) == 4 and all(c.status == "pass" for c in checks)
    assert any("[4-2-1-1]" in c.message for c in checks)


def test_vote_check_fails_when_names_disagree_with_the_tally(epa):
    item = _item(epa, "5").model_copy(deep=True)
    item.decisions[0].votes.for_names.pop()
    doc = epa.model_copy(update={"items": [item]})
    [check] = [c for c in MinutesExtractor().checks(doc) if "[4-2-1-1]" in c.message]
    assert check.status == "fail" and "for: printed 4, named 3" in check.message


# --- other wordings, built line by line ----------------------------------------------------

def _extract(rows, tables=()):
    """Minutes from (x, text, bold[, tab after the first word]) rows; "" leaves a gap."""
    return run_extractor(MinutesExtractor(), rows, tables)


HEAD = [
    (60, "Planning Committee", True),
    (60, "Minutes of the meeting held on 4 May 2022 at the Town Hall.", False),
    "",
]


def test_apologies_sentence_year_numbers_and_resolution_parts():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr A Smith (Chair), Cllr B Jones and Cllr C Brown", False),
            "",
            (60, "22/15 Apologies for absence", True, 20),
            (100, "Apologies for absence were received from Cllr D White and Cllr E Green.", False),
            "",
            (60, "22/16 Planning application 21/0001", True, 20),
            (100, "It was resolved that:", False),
            "",
            (110, "1. the application be approved; and", False),
            "",
            (110, "2. conditions be delegated to officers.", False),
            "",
            (60, "22/17 Close", True, 20),
            (100, "The meeting closed at 8.45pm.", False),
        ]
    )
    assert (doc.body, doc.date, doc.venue, doc.end_time) == (
        "Planning Committee",
        dt.date(2022, 5, 4),
        "Town Hall",
        "20:45",
    )
    assert [i.number for i in doc.items] == ["22/15", "22/16", "22/17"]
    assert [(p.name, p.role) for p in doc.present] == [
        ("A Smith", "Chair"),
        ("B Jones", None),
        ("C Brown", None),
    ]
    assert _names(doc.apologies) == ["D White", "E Green"]
    [decision] = _item(doc, "22/16").decisions
    assert decision.text == (
        "It was resolved that:\n1. the application be approved; and\n"
        "2. conditions be delegated to officers."
    )


def test_apology_bullets_movers_prose_counts_and_lost_motion():
    doc = _extract(
        HEAD
        + [
            (60, "84. Apologies for absence", True, 20),
            (100, "Apologies were received from:", False),
            "",
            (100, "• Cllr D White", False),
            (100, "• Cllr E Green (Town Council)", False),
            "",
            (60, "85. Budget", True, 20),
            (100, "Moved by Cllr Smith, seconded by Cllr Jones.", False),
            (100, "RESOLVED: that the report be noted.", False),
            "",
            (100, "For: 5, Against: 2, Abstentions: 1", False),
            "",
            (60, "86. Motion on parking", True, 20),
            (
                100,
                "Cllr Brown moved and Cllr Smith seconded that charges be frozen. On being put to "
                "the vote the motion was LOST.",
                False,
            ),
        ]
    )
    assert [(a.name, a.organisation) for a in doc.apologies] == [
        ("D White", None),
        ("E Green", "Town Council"),
    ]
    [budget] = _item(doc, "85").decisions
    assert (budget.text, budget.proposer, budget.seconder) == (
        "RESOLVED: that the report be noted.",
        "Cllr Smith",
        "Cllr Jones",
    )
    assert (budget.votes.for_, budget.votes.against, budget.votes.abstain) == (5, 2, 1)
    [motion] = _item(doc, "86").decisions
    assert (motion.proposer, motion.seconder, motion.outcome) == (
        "Cllr Brown",
        "Cllr Smith",
        "lost",
    )


def test_decision_heading_and_attendance_table():
    table = TableGrid(
        page=1,
        bbox=(60, 100, 400, 140),
        rows=(("Cllr Ann Lee", "Chair"), ("Jo Bloggs", "Clerk")),
        row_bboxes=((60, 100, 400, 120), (60, 120, 400, 140)),
    )
    doc = _extract(
        [(60, "Audit Panel minutes, 1 March 2021", True), "", (60, "Present:", True)]
        + [""] * 5
        + [
            (60, "5 Accounts", True, 20),
            (100, "On the proposal of Cllr Lee, seconded by the Chairman, it was resolved:", False),
            "",
            (100, "Decision", True),
            (100, "The accounts be approved.", False),
        ],
        tables=[table],
    )
    assert [(p.honorific, p.name, p.role) for p in doc.present] == [("Cllr", "Ann Lee", "Chair")]
    assert [(p.name, p.role) for p in doc.also_present] == [("Jo Bloggs", "Clerk")]  # staff attend, not members
    [decision] = _item(doc, "5").decisions
    assert (decision.text, decision.proposer, decision.seconder) == (
        "The accounts be approved.",
        "Cllr Lee",
        "the Chairman",
    )


# --- evidence on every record ----------------------------------------------------------------


def _records(doc):
    yield from doc.present + doc.also_present + doc.apologies + doc.absent
    yield from doc.declarations + doc.events + doc.future_meetings
    for item in doc.items:
        yield item
        yield from item.decisions


@pytest.mark.parametrize("path", [KENT_CABINET, KENT_CPP, SUTTON, EPA], ids=lambda p: p.stem)
def test_every_record_carries_evidence(extract_pack, path):
    doc = _minutes(extract_pack(path))
    records = list(_records(doc))
    assert len(records) > 20
    missing = [r for r in records if r.evidence is None or r.evidence.bbox is None]
    assert missing == []
    assert all(doc.pages.start <= r.evidence.page <= doc.pages.end for r in records)


def test_minutes_with_unnumbered_bold_headings(extract_pack):
    # A clerk's Word minutes with bold headings and no minute numbers (parish/town style).
    from conftest import PACKS

    pack = extract_pack(PACKS / "minutes-unnumbered-headings.pdf")
    (doc,) = pack.documents
    assert doc.kind == "minutes" and doc.date == dt.date(2023, 2, 2)
    assert len(doc.present) == 10 and doc.present[0].role == "Chairman"
    assert [(a.name, a.organisation, a.role) for a in doc.apologies] == [
        ("Kevin Parry", "Swindon Borough Council", None), ("Louise Williams", None, "Co-Opted Independent Member")]
    # 'Apologies for Absence' over a sentence that wraps ('Apologies were received from ...') is a minute.
    assert [(i.number, i.title) for i in doc.items] == [
        ("", "Apologies for Absence"), ("", "Minutes and matters arising"), ("", "Declarations of interest"),
        ("", "PCC Precept Proposal 2023/24 and Budget"), ("", "Future meeting dates")]
    precept = doc.items[3].decisions[0]
    assert (precept.proposer, precept.seconder) == ("the Chairman", "Cllr Sheppard")
    assert "£69.428m" in precept.text
    assert [(e.time, e.kind) for e in doc.events] == [("10:30", "arrival")]
    assert (doc.start_time, doc.end_time) == ("10:00", "10:50")


# --- declarations in more house styles (tests/fixtures/styles) ------------------------------

STYLES = CORPUS.parent / "styles"


def _declared(extract_pack, name):
    doc = next(d for d in extract_pack(STYLES / name).documents if d.kind == "minutes")
    return [(d.name, d.item, d.interest) for d in doc.declarations]


def test_declarations_two_to_a_paragraph_with_minute_references(extract_pack):
    # 'Mr Culverhouse declared a non-pecuniary interest in Min 48/24 ... Mrs Ashgrove declared
    # a disclosable pecuniary interest in Min 50/24 ...' printed as one paragraph.
    assert _declared(extract_pack, "minutes-cabinet-recorded.pdf") == [
        ("Culverhouse", "48/24", "non-pecuniary"), ("Ashgrove", "50/24", "disclosable pecuniary")]
    assert _declared(extract_pack, "minutes-town-table.pdf") == [
        ("Y Quenby", "23.04.06", "non-pecuniary"), ("A Vinecombe", "23.04.08", "disclosable pecuniary")]


def test_declarations_recorded_under_the_minute_they_concern(extract_pack):
    # 'Declarations of interest are recorded under the minutes to which they relate.' declares
    # nothing; 'Cllr Lovibond declared ... in this item' under minute 40 is about minute 40.
    assert _declared(extract_pack, "minutes-pcp-draft.pdf") == [
        ("Lovibond", "40", "non-pecuniary"), ("Netherby", "42", "disclosable pecuniary")]


def _minutes_of(extract_pack, name):
    return next(d for d in extract_pack(STYLES / name).documents if d.kind == "minutes")


def test_recorded_vote_with_names_under_each_count(extract_pack):
    # 'For (4)' / names / 'Against (2)' / names / 'Abstain (1)' / name under a resolution.
    doc = _minutes_of(extract_pack, "minutes-cabinet-recorded.pdf")
    [decision] = _item(doc, "50/24").decisions
    votes = decision.votes
    assert (decision.outcome, votes.for_, votes.against, votes.abstain) == ("resolved", 4, 2, 1)
    assert votes.against_names == ["Quillon Cheverton", "Yorick Culverhouse"]
    assert votes.abstain_names == ["Sorrel Hazeldene"]
    # '... and the unallocated balance be carried forward': a resolution, not a carried motion.
    assert _item(doc, "48/24").decisions[0].outcome == "resolved"


def test_one_sentence_two_events(extract_pack):
    doc = _minutes_of(extract_pack, "minutes-cabinet-recorded.pdf")
    paused = [(e.kind, e.time) for e in doc.events if e.kind in ("adjournment", "resumption")]
    assert paused == [("adjournment", "15:11"), ("resumption", "15:21")]


def test_movers_line_above_a_resolution_moves_it(extract_pack):
    # 'Proposed: NL   Seconded: EQ' then 'RESOLVED unanimously that the minutes ...'.
    doc = _minutes_of(extract_pack, "town-mayor-pack.pdf")
    [decision] = _item(doc, "03.24.03").decisions
    assert (decision.proposer, decision.outcome) == ("NL", "resolved")
    assert decision.text.startswith("RESOLVED unanimously that the minutes of the meeting held on 22 January 2024")


@pytest.mark.parametrize("name, apologies", [
    ("town-mayor-pack.pdf", ["Tamsin Juniper", "Aurelia Blackwell"]),  # 'Apologies: Cllr Mrs ...' under the heading
    ("parish-summons-pack.pdf", ["Ulric Quarrington", "Zebedee Ravensworth"]),  # 'received and accepted from'
    ("minutes-parish-unnumbered.pdf", ["Barnaby Quenby", "Tobias Esterhuizen"]),  # 'Apologies' over bullets
])
def test_apologies_in_more_wordings(extract_pack, name, apologies):
    assert _names(_minutes_of(extract_pack, name).apologies) == apologies


def test_unnumbered_minutes_apologies_heading_is_a_minute(extract_pack):
    # Bold 'Apologies' over names is a label; bold 'Apologies for Absence' over a sentence heads
    # a minute; 'Members of the public: 2' is neither.
    doc = _minutes_of(extract_pack, "minutes-parish-unnumbered.pdf")
    assert [i.title for i in doc.items[:2]] == ["Apologies for Absence", "Declarations of Interest"]


def test_attendance_table_of_names_and_roles_sets_officers_apart(extract_pack):
    # 'Attendance' over a Name | Role table: members with 'Member'/'Chair', staff with their posts.
    doc = _minutes_of(extract_pack, "cabinet-box-pack.pdf")
    assert _names(doc.present)[:2] == ["Romilly Upcott", "Dorian Dewhurst"] and len(doc.present) == 7
    assert [(a.name, a.role) for a in doc.also_present] == [
        ("Yasmin Abernant", "Chief Executive"), ("Kestrel Etheridge", "Director of Place"),
        ("Jasper Wolstenholme", "Head of Finance"), ("Piran Ashgrove", "Democratic Services Officer")]


def test_name_lists_wrapped_after_a_title_or_one_per_line(extract_pack):
    # '..., Mrs Rosalind Ashgrove and Dr' / 'Lysander Quenby.'
    assert _names(_minutes_of(extract_pack, "minutes-cabinet-recorded.pdf").present)[-2:] == [
        "Rosalind Ashgrove", "Lysander Quenby"]
    # One initial-and-surname per line: 'A Vinecombe' is a name, not the tail of 'U Orchardson'.
    assert "A Vinecombe" in _names(_minutes_of(extract_pack, "minutes-town-table.pdf").present)
    # 'Also present: ... (Clerk to the Authority).' then an apologies sentence: the list stops.
    assert _names(_minutes_of(extract_pack, "fire-centred-pack.pdf").also_present) == [
        "Ulric Hazeldene", "Tobias Trevaskis", "Griselda Harcastle"]


def test_bold_headings_over_numbered_paragraphs(extract_pack):
    # ODUG: bold unnumbered headings; paragraphs numbered 1-25 straight through are not minutes;
    # the agenda restated in an 'Item | Description' table is not minutes either.
    doc = only_document(extract_pack(CORPUS / "open-data-user-group-2013-06-11-minutes.pdf"), "minutes")
    assert [i.title for i in doc.items][:3] == [
        "Welcome and Updates", "Actions and Minutes", "Updates on Specific Benefits Cases"]
    assert len(_item_titled(doc, "Welcome and Updates").bullets) == 6
    assert (doc.start_time, doc.end_time) == ("14:00", "17:00")  # '11 June 2013, 14:00-17:00'
    [decision] = _item_titled(doc, "Actions and Minutes").decisions
    assert decision.text.endswith("The actions and minutes from the last meeting were approved.")


def _item_titled(doc, title):
    return next(i for i in doc.items if i.title == title)


def test_amendment_and_motion_each_keep_their_bracketed_count(extract_pack):
    # '... the amendment was LOST. (3 for, 6 against, 1 abstention) The substantive motion ...'
    doc = _minutes_of(extract_pack, "minutes-pcp-draft.pdf")
    decisions = _item(doc, "41").decisions
    assert [(d.outcome, d.votes.for_, d.votes.against, d.votes.abstain) for d in decisions] == [
        ("lost", 3, 6, 1), ("carried", 8, 2, 0)]
    assert [d.proposer for d in decisions] == ["Cllr Netherby", "Cllr Saltmarsh"]


def test_panel_minutes_with_name_organisation_columns(extract_pack):
    # Central-government panel: 'Chair: Kieron O'Hara' in the header, then 'Attendees' as a
    # Name | Organisation two-column list, the secretariat apart, '10:00-11:30' in the title block.
    doc = only_document(extract_pack(CORPUS / "crime-justice-sector-panel-2014-02-14-minutes.pdf"), "minutes")
    assert (doc.date, doc.start_time, doc.end_time) == (dt.date(2014, 2, 14), "10:00", "11:30")
    chair = doc.present[0]
    assert (chair.name, chair.organisation, chair.role) == ("Kieron O'Hara", "Southampton University", "Chair")
    assert [(p.name, p.organisation) for p in doc.present[1:3]] == [
        ("Allan Brimicombe", "University of East London"), ("Matthew Brown", "Cabinet Office")]
    assert len(doc.present) == 24
    assert [(a.name, a.role) for a in doc.also_present] == [("Claire Smith", "Secretariat")]
    # '5. Check that Bike and publication of stolen vehicle data.' is a heading though it ends
    # in a full stop (its paragraphs are numbered 5.1, 5.2 ...); item 3's title wraps.
    titles = {i.number: i.title for i in doc.items}
    assert titles["5"] == "Check that Bike and publication of stolen vehicle data."
    assert titles["3"].startswith("Update on the downgrading of police statistics") and titles["3"].endswith(
        "recorded crime outcomes framework.")
    assert [m.date for m in doc.future_meetings] == [dt.date(2014, 5, 2)]  # 'the next meeting was scheduled for'


def test_present_label_with_names_a_tab_away():
    # 'Present' then the names at a tab stop: the label matches the line's first segment only
    # (this used to raise on a None match).
    doc = _extract([
        (60, "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 4 MARCH 2024", True),
        "",
        (60, "Present Cllr Ann Lee (Chair), Cllr Bo Ray and Cllr Cy Dee", False, 60.0),
        "",
        (60, "1. Apologies", True),
        (60, "None were received.", False),
    ])
    assert [p.name for p in doc.present] == ["Ann Lee", "Bo Ray", "Cy Dee"]


def test_panel_minutes_opening_heading_address_line_and_sign_off(extract_pack):
    # LPDP: bold 'Welcome' over prose before 'Item 1: Minutes and Action Points' is a minute
    # with no number; the title block's second line is the venue (a postcode); the minutes
    # close 'DCLG Secretariat' / 'November 2013'.
    doc = only_document(extract_pack(CORPUS / "local-public-data-panel-2013-10-17-minutes.pdf"), "minutes")
    assert [(i.number, i.title) for i in doc.items[:2]] == [("", "Welcome"), ("1", "Minutes and Action Points")]
    assert any(b.startswith("Localism") for b in doc.items[0].bullets)
    assert doc.venue == "Open Data Institute, 65 Clifton Street, London EC2A 4JE"
    assert doc.author.name == "DCLG Secretariat"


def test_parish_minutes_initials_passive_decisions_and_a_dates_heading(extract_pack):
    # Souldern: '... agreed as a true record' and '• The AGAR was approved and signed' record
    # decisions; 'proposed by NO , seconded by HD' then 'Paidby standing order' on the next line
    # (members named by initials); 'Dates for 2024' over dates printed without a year; the
    # payments table's cells keep their spaces ('Nigel Prickett').
    doc = only_document(extract_pack(CORPUS / "souldern-pc-2024-05-23-minutes.pdf"), "minutes")
    assert "agreed as a true record" in _item(doc, "05.24.03").decisions[0].text
    finance = _item(doc, "05.24.12")
    assert [(d.proposer, d.seconder) for d in finance.decisions][0] == ("NO", "HD")
    assert any("The AGAR was approved and signed" in d.text for d in finance.decisions)
    assert any("Nigel Prickett" in row for t in finance.tables for row in t.rows)
    assert [m.date for m in doc.future_meetings] == [
        dt.date(2024, 6, 27), dt.date(2024, 7, 25), dt.date(2024, 8, 29), dt.date(2024, 9, 26),
        dt.date(2024, 10, 31), dt.date(2024, 11, 28)]


def test_community_council_minutes_above_council_close_and_pronoun_decision(extract_pack):
    # Tintern: 'Minutes of a meeting of the above Council' (the letterhead names it); 'There being
    # no further business the meeting closed at 20.40.' under 'Date of next meeting'; '... they
    # agreed to set aside £500 for the 2019 Village Fete' is a decision.
    pack = extract_pack(CORPUS / "tintern-cc-2019-02-25-minutes.pdf")
    doc = only_document(pack, "minutes")
    assert pack.meeting.body == "Tintern Community Council"
    assert [(e.kind, e.time) for e in doc.events if e.kind == "end"] == [("end", "20:40")]
    assert any("£500 for the 2019 Village Fete" in d.text for d in _item(doc, "2653").decisions)


def test_parish_agm_minutes_initials_apologies_and_a_close(extract_pack):
    # Milburn AGM: 'A Armstrong, EDC and M Armstrong (Councillors)' under 'Apologies' ('A' is an
    # initial, not the article); 'The Chairman brought the meeting to a close at 9.50pm'.
    doc = only_document(extract_pack(CORPUS / "milburn-pc-2018-05-08-agm-minutes.pdf"), "minutes")
    assert [(a.name, a.organisation) for a in doc.apologies] == [("A Armstrong", "EDC"), ("M Armstrong", None)]
    assert doc.end_time == "21:50"


def test_board_minutes_double_spaced_actions_and_wrapped_bold_headings(extract_pack):
    # Transparency Board: double-spaced 'Action:' paragraphs kept whole, also when one opens a
    # page; a bold heading wrapped onto a second bold line is one title.
    doc = only_document(extract_pack(CORPUS / "transparency-board-2011-07-19-minutes.pdf"), "minutes")
    titles = [i.title for i in doc.items]
    assert "Open Data Consultation and Consultation on Data Policy for a Public Data Corporation (PDC)" in titles
    actions = [d.text for i in doc.items for d in i.decisions if d.outcome == "action"]
    assert len(actions) == 10
    assert any(a.startswith("A meeting between MCO, DFID and FCO") and a.endswith("recipient countries.")
               for a in actions)
    assert any(a.startswith("MoJ to share briefing on EU work") for a in actions)


def test_a_minute_table_continued_over_pages_is_one_table(sutton):
    # Sutton: the grants table of minute 6 runs from page 2 to page 7, its header printed on
    # each page; rows the page break cut (blank first cell overleaf) are joined back.
    [table] = _item(sutton, "6").tables
    assert (table.page, table.page_end, len(table.rows)) == (2, 7, 15)
    assert [r[0] for r in table.rows][:4] == [
        "Friends of Mossy Bank", "Four Oaks Ladies and Leyhill Bowling Club", "St Peters Church – Maney", "FOLIO"]
    assert all(r[0] for r in table.rows)


def test_next_meeting_of_a_named_committee(sutton):
    # 'The next Amenities, Leisure & Community Service Committee meeting has been scheduled for
    # Tues 12th June 2018 at the Town Hall.'
    assert [m.date for m in sutton.future_meetings] == [dt.date(2018, 6, 12)]


def test_labelled_movers_then_resolution_and_a_capital_cue_after_a_table(extract_pack):
    # 'Proposed: NL   Seconded: EQ' over 'RESOLVED unanimously that ...': EQ is the seconder;
    # a payments table run into the paragraph, then 'AGREED unanimously that ...', is a decision.
    mayor = _minutes_of(extract_pack, "town-mayor-pack.pdf")
    assert _item(mayor, "03.24.03").decisions[0].seconder == "EQ"
    town = _minutes_of(extract_pack, "minutes-town-table.pdf")
    [payments] = _item(town, "23.04.09").decisions
    assert (payments.outcome, "totalling £3,508.93, be approved" in payments.text) == ("agreed", True)


def test_roles_in_capitals_and_a_list_without_a_full_stop(extract_pack):
    # 'Elspeth Ravensworth POLICE AND CRIME COMMISSIONER' is one person, who attends the panel
    # rather than sits on it; 'Apologies: ..., Councillor Dr Nerys Ashgrove' then 'The meeting
    # commenced at 7.15pm.' ends the list.
    pcp = _minutes_of(extract_pack, "pcp-centred-slides-pack.pdf")
    assert ("Elspeth Ravensworth", "POLICE AND CRIME COMMISSIONER") in [(a.name, a.role) for a in pcp.also_present]
    assert ("Crispin Mardle", "INDEPENDENT CO-OPTED MEMBER") in [(a.name, a.role) for a in pcp.present]
    community = _minutes_of(extract_pack, "community-summons-pack.pdf")
    assert _names(community.apologies) == ["Barnaby Jessop", "Nerys Ashgrove"]


def test_a_bracketed_tally_wrapped_over_two_lines(extract_pack):
    # '... brought to the next meeting. (5 for,' / '2 against, 1 abstention)'
    doc = _minutes_of(extract_pack, "fire-datecoded-pack.pdf")
    [decision] = _item(doc, "6").decisions
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (5, 2, 1)


def test_a_motion_result_with_its_tally_after_a_page_break(extract_pack):
    # Minutes in a No. | Minute | Action table: 'On being put to the vote the motion was
    # CARRIED. (6 for, 2 against, 0' opens the next page's rows; it closes the substantive motion.
    doc = _minutes_of(extract_pack, "town-docpages-pack.pdf")
    amendment, motion = _item(doc, "40").decisions
    assert (amendment.outcome, amendment.votes.for_) == ("lost", 2)
    assert (motion.outcome, motion.votes.for_, motion.votes.against) == ("carried", 6, 2)


def test_in_the_chair_attending_virtually_and_movers_in_prose():
    # 'In the Chair: Cllr A Smith' over a 'Present:' list that leaves the Chair out;
    # 'Attending virtually:' is attendance; 'Cllr Jones moved, and Cllr Brown seconded, that ...'.
    doc = _extract([
        (60, "MINUTES of a meeting of the Licensing Committee held on 4 March 2024", True),
        "",
        (60, "In the Chair: Cllr A Smith", False),
        (60, "Councillors present: Cllrs B Jones and C Brown", False),
        (60, "Attending virtually: Cllr D Green", False),
        "",
        (60, "48. Grants", True),
        (60, "Cllr Jones moved, and Cllr Brown seconded, that the grant be awarded. Voting: For 5, Against 3.", False),
    ])
    assert [(p.name, p.role) for p in doc.present] == [
        ("A Smith", "Chair"), ("B Jones", None), ("C Brown", None), ("D Green", None)]
    [decision] = _item(doc, "48").decisions
    assert (decision.proposer, decision.seconder, decision.votes.for_, decision.votes.against) == (
        "Cllr Jones", "Cllr Brown", 5, 3)


def test_minutes_printed_in_a_minute_action_table_without_numbers(extract_pack):
    # 'Minute | Action' table: each row a bold title over its text; a row continued on the next
    # page under the repeated header has no title and carries on the minute above.
    doc = _minutes_of(extract_pack, "scrutiny-pagecolumn-pack.pdf")
    titles = [i.title for i in doc.items]
    assert titles[:3] == ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"]
    assert "Community Grants Scheme 2024/25" in titles and all(i.number == "" for i in doc.items)
    waste = next(i for i in doc.items if i.title == "Household Waste Recycling Centre Opening Hours")
    [decision] = waste.decisions
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (5, 2, 1)


def test_an_adjournment_and_reconvening_is_not_the_end_of_the_meeting(extract_pack):
    # Header table 'Time | 7.00pm to 8.35pm'; 'The meeting was adjourned at 7.41pm and
    # reconvened at 7.51pm.' is a break, not the close.
    doc = _minutes_of(extract_pack, "parish-lettered-pack.pdf")
    assert (doc.start_time, doc.end_time) == ("19:00", "20:35")


def test_a_mover_whose_title_ends_in_a_full_stop():
    from panelparse.extractors.minutes.votes import movers

    assert movers("An amendment was moved by Cllr. Vinecombe and seconded by Cllr. Saltmarsh: that the "
                  "decision be deferred.") == ("Cllr. Vinecombe", "Cllr. Saltmarsh")
    assert movers("On the motion of Mrs Vellacott, seconded by Mr. Stubbington, it was RESOLVED") == (
        "Mrs Vellacott", "Mr. Stubbington")


def test_a_motion_cut_by_a_page_break_in_a_minutes_table(extract_pack):
    # '... seconded by U' / (page break, header repeated) / 'Orchardson: that the decision be
    # deferred ...'; and '... of £18,450 be' / 'accepted.' / 'On being put to the vote ... CARRIED.'
    town = _minutes_of(extract_pack, "minutes-town-table.pdf")
    amendment = _item(town, "23.04.07").decisions[0]
    assert (amendment.seconder, amendment.outcome) == ("U Orchardson", "lost")
    assert "the decision be deferred until the grant application is decided" in amendment.text
    community = _minutes_of(extract_pack, "community-presenter-pack.pdf")
    motion = _item(community, "37/25").decisions[1]
    assert motion.text.endswith("be accepted.") and (motion.outcome, motion.votes.for_) == ("carried", 6)


def test_a_resolved_label_over_numbered_parts_keeps_its_word(extract_pack):
    # 'RESOLVED :' / '(1) The corporate risk register be noted; (2) ...': resolved, not noted.
    doc = _minutes_of(extract_pack, "committee-purpose-pack.pdf")
    [decision] = _item(doc, "41").decisions
    assert decision.outcome == "resolved" and decision.text.startswith("(1) The corporate risk register be noted")


def test_unconfirmed_minutes_title_block_and_in_the_chair_in_brackets():
    # 'UNCONFIRMED MINUTES' / 'Meeting of the Finance and Resources Committee' / 'Tuesday 14 January
    # 2025 at 6.30pm, Committee Room 1, Town Hall'; 'Councillor Jane Smith (in the Chair)'.
    doc = _extract([
        (60, "UNCONFIRMED MINUTES", True),
        (60, "Meeting of the Finance and Resources Committee", True),
        (60, "Tuesday 14 January 2025 at 6.30pm, Committee Room 1, Town Hall", False),
        "",
        (60, "Members present:", True),
        (60, "Councillor Jane Smith (in the Chair)", False),
        (60, "Councillors Brown, Green and White", False),
        "",
        (60, "FR/24/01 Apologies for absence", True),
        (60, "Apologies were received from Councillor Blue.", False),
    ])
    assert (doc.body, doc.date, doc.start_time, doc.venue) == (
        "Finance and Resources Committee", dt.date(2025, 1, 14), "18:30", "Committee Room 1, Town Hall")
    assert (doc.present[0].name, doc.present[0].role) == ("Jane Smith", "Chair")


def test_parish_movers_without_by_and_after_the_resolution():
    # 'Proposed Cllr Baker, seconded Cllr Clarke, all in favour, that ...' and 'Resolved: to approve
    # ... Proposed Cllr Davies, seconded Cllr Adams. Unanimous.'; 'held ... in the Village Hall'.
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "",
        (60, "Present: Cllrs Adams (Chair), Baker, Clarke and Davies", False),
        "",
        (60, "124/24 Minutes of the last meeting", True),
        (60, "Proposed Cllr Baker, seconded Cllr Clarke, all in favour, that the minutes be signed as a true record.",
         False),
        "",
        (60, "125/24 Finance", True),
        (60, "Resolved: to approve payments totalling 1,234.56 pounds. Proposed Cllr Davies, seconded Cllr Adams. "
             "Unanimous.", False),
    ])
    assert doc.venue == "Village Hall"
    [minutes] = _item(doc, "124/24").decisions
    assert (minutes.proposer, minutes.seconder, minutes.text) == (
        "Cllr Baker", "Cllr Clarke", "the minutes be signed as a true record.")
    [payments] = _item(doc, "125/24").decisions
    assert (payments.outcome, payments.proposer, payments.seconder) == ("resolved", "Cllr Davies", "Cllr Adams")


@pytest.mark.parametrize("paragraph, text, movers, outcome", [
    # members named by their initials, no 'by'
    ("Proposed MP, seconded DP, all in favour. RESOLVED to accept the quote.",
     "RESOLVED to accept the quote.", ("MP", "DP"), "resolved"),
    # a resolution opening with its adverb; the clerk's shorthand labels after it
    ("Unanimously agreed to accept the quote. Prop: JS Sec: KJ",
     "Unanimously agreed to accept the quote. Prop: JS Sec: KJ", ("JS", "KJ"), "agreed"),
    # labels on one line, the vote's value ending at its sentence, the resolution after it
    ("Proposed: Cllr Smith Seconded: Cllr Jones Vote: Unanimous. Resolved to accept the quote.",
     "Resolved to accept the quote.", ("Cllr Smith", "Cllr Jones"), "unanimous"),
])
def test_parish_decision_shorthands(paragraph, text, movers, outcome):
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "",
        (60, "Present: Cllrs M Parker, D Price, J Smith, K Jones", False),
        "",
        (60, "126/24 Quotes for grass cutting", True),
        (60, paragraph, False),
    ])
    [decision] = _item(doc, "126/24").decisions
    assert (decision.text, (decision.proposer, decision.seconder), decision.outcome) == (text, movers, outcome)
    assert decision.votes is not None and decision.votes.printed == "UNANIMOUS"


def test_those_attending_and_staff_labels_public_apart():
    # 'THOSE ATTENDING:' over one name a line; 'Council Employees Present:' lists staff; the
    # public's own label ends the list before it and names no attendee.
    doc = _extract(
        HEAD
        + [
            (60, "THOSE ATTENDING:", True),
            (60, "Cllr R Fenwick", False),
            (60, "Cllr M Dunstan (Chair)", False),
            (60, "Council Employees Present: RFO Clive Baxter, Clerk Linda Evanson", False),
            (60, "Members of the Public Present: Mr T Quayle", False),
            "",
            (60, "1. Apologies", True, 20),
            (100, "None.", False),
            (60, "2. Planning", True, 20),
            (100, "RESOLVED that no objection be raised.", False),
        ]
    )
    assert [(p.honorific, p.name, p.role) for p in doc.present] == [
        ("Cllr", "R Fenwick", None), ("Cllr", "M Dunstan", "Chair")]
    assert [(p.name, p.role) for p in doc.also_present] == [("Clive Baxter", "RFO"), ("Linda Evanson", "Clerk")]
    assert doc.apologies == [] and [i.number for i in doc.items] == ["1", "2"]


@pytest.mark.parametrize("line", [
    "Cllr. A Eddows & Cllr B Hale sent their apologies.",
    "• Cllr A Eddows & Cllr B Hale sent apologies.",
    "Cllr A Eddows and Cllr B Hale had sent their apologies;",
])
def test_apologies_named_before_sent_apologies(line):
    # The names lead the sentence and 'sent (their) apologies' ends it.
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr P Norton (Chair), Cllr S Millar", False),
            "",
            (60, "59. To receive apologies for absence", True, 20),
            (70, line, False),
            (60, "60. Planning", True, 20),
            (70, "RESOLVED that no objection be raised.", False),
        ]
    )
    assert [(a.honorific, a.name) for a in doc.apologies] == [("Cllr", "A Eddows"), ("Cllr", "B Hale")]


def test_members_received_and_noted_and_meeting_agreed_the_minutes_are_decisions():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr P Norton (Chair), Cllr S Millar", False),
            "",
            (60, "C103/23 TO ADOPT THE MINUTES OF THE LAST MEETING", True, 20),
            (70, "The meeting agreed the minutes were a true record and authorised the Chair to sign them.", False),
            (60, "C104/23 TO RECEIVE THE MINUTES OF THE ALLOTMENT COMMITTEE", True, 20),
            (70, "Members received and noted the minutes.", False),
        ]
    )
    assert [[(d.text, d.outcome) for d in i.decisions] for i in doc.items] == [
        [("The meeting agreed the minutes were a true record and authorised the Chair to sign them.", "agreed")],
        [("Members received and noted the minutes.", "noted")],
    ]


def test_minute_reference_then_agenda_item_number():
    # 'C101/23  1.  APOLOGIES': the minute reference, then the agenda item it records.
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr P Norton (Chair), Cllr S Millar", False),
            "",
            (60, "C101/23 1. APOLOGIES FOR ABSENCE", True, 20),
            (70, "None.", False),
            (60, "C102/23 (2) DECLARATIONS OF INTEREST", True, 20),
            (70, "No declarations", False),
            (60, "C103/23 2024/25 Budget", True, 20),
            (70, "RESOLVED that the budget be approved.", False),
        ]
    )
    assert [(i.number, i.agenda_item, i.title) for i in doc.items] == [
        ("C101/23", "1", "APOLOGIES FOR ABSENCE"),
        ("C102/23", "2", "DECLARATIONS OF INTEREST"),
        ("C103/23", None, "2024/25 Budget"),
    ]


def test_year_coded_minute_numbers_that_read_like_clock_times():
    # '21.45' and '21.50' sit among '21.44', '21.46' ...: minute numbers of the 2021 series, not times.
    rows = [(60, "Present: Cllr P Norton (Chair), Cllr S Millar", False), ""]
    for number, title in [("21.44", "ELECTION OF CHAIR"), ("21.45", "DECLARATIONS OF INTEREST"),
                          ("21.46", "MINUTES"), ("21.47", "PLANNING"), ("21.48", "FINANCE"),
                          ("21.49", "HIGHWAYS"), ("21.50", "CLOSE")]:
        rows += [(60, f"{number} {title}", True, 20), (100, "The Council noted the report.", False)]
    doc = _extract(HEAD + rows)
    assert [i.number for i in doc.items] == ["21.44", "21.45", "21.46", "21.47", "21.48", "21.49", "21.50"]
    assert doc.items[1].title == "DECLARATIONS OF INTEREST"


def test_a_list_of_no_one_and_a_count_of_the_public_before_the_clerk():
    # 'Absent: There were no absences' records no one; 'In Attendance:' opens with a count of the
    # public ('One member of the public'), then the clerk.
    doc = _extract(
        HEAD
        + [
            (60, "Present:", True),
            (60, "Cllr Mr A H Quill (Chair)", False),
            (60, "Cllr Mrs B Arden", False),
            "",
            (60, "Absent:", True),
            (60, "There were no absences", False),
            "",
            (60, "In Attendance:", True),
            (60, "One member of the public", False),
            (60, "Mr W Gorse, Clerk to the Council", False),
            "",
            (60, "1. Apologies", True, 20),
            (100, "None.", False),
            (60, "2. Planning", True, 20),
            (100, "RESOLVED that no objection be raised.", False),
        ]
    )
    assert [(p.honorific, p.name, p.role) for p in doc.present] == [
        ("Cllr Mr", "A H Quill", "Chair"), ("Cllr Mrs", "B Arden", None)]
    assert doc.absent == []
    assert [(p.name, p.role) for p in doc.also_present] == [("W Gorse", "Clerk to the Council")]


def test_all_in_favour_and_a_proposal_agreed_by_all():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr A Bee (Chair), Cllr C Dee, Cllr E Eff", False),
            "",
            (60, "5. GRANTS", True, 20),
            (70, "It was proposed by Cllr Bee, seconded by Cllr Dee and RESOLVED that a grant be made. "
                 "(All in favour)", False),
            (60, "6. PLAY AREA", True, 20),
            (70, "Quotes for new swings were considered. The proposal was agreed by all.", False),
        ]
    )
    [grant] = _item(doc, "5").decisions
    assert (grant.proposer, grant.seconder, grant.outcome, grant.votes.printed) == (
        "Cllr Bee", "Cllr Dee", "resolved", "UNANIMOUS")
    [play] = _item(doc, "6").decisions
    assert (play.text, play.outcome, play.votes.printed) == ("The proposal was agreed by all.", "agreed", "UNANIMOUS")


def test_a_sentence_saying_no_public_attended_ends_the_list():
    doc = _extract(
        HEAD
        + [
            (60, "PRESENT: Councillor Mena Morton (Vice Chair); Councillor Jenny Bull & Councillor Peter Rudd;", False),
            (60, "Also Present: Clive Barker – Clerk to the Community Council;", False),
            (60, "There were NO members of the public present;", False),
            "",
            (60, "21/22 APOLOGIES FOR ABSENCE: Councillor Carol Edge had sent her apologies;", False),
            (60, "22/22 PLANNING: RESOLVED that no objection be raised;", False),
        ]
    )
    assert [(p.name, p.role) for p in doc.present] == [("Mena Morton", "Vice Chair"), ("Jenny Bull", None),
                                                       ("Peter Rudd", None)]
    assert [(p.name, p.role) for p in doc.also_present] == [("Clive Barker", "Clerk to the Community Council")]
    assert [a.name for a in doc.apologies] == ["Carol Edge"]


@pytest.mark.parametrize("letterhead", ["ASHFORD VALE PARISH COUNCIL", "Ashford Vale Parish Council"])
def test_letterhead_names_the_body_the_sentence_calls_the_parish_council(letterhead):
    doc = _extract([
        (60, letterhead, True),
        (60, "Minutes of the Parish Council meeting held on 14 November 2023 at the Village Hall", False),
        "",
        (60, "Present: Cllr P Norton (Chair), Cllr S Millar", False),
        "",
        (60, "1. Apologies", True, 20),
        (100, "None.", False),
        (60, "2. Planning", True, 20),
        (100, "RESOLVED that no objection be raised.", False),
    ])
    assert (doc.body, doc.date, doc.venue) == ("Ashford Vale Parish Council", dt.date(2023, 11, 14), "Village Hall")


def test_clerk_label_councillors_label_and_attended_sentences():
    # 'Clerk: Mr D Hinch' names the clerk; 'The Town Clerk and Deputy Town Clerk were in
    # attendance.' and 'District Cllrs X and Y were present' are those in attendance, not more apologies.
    doc = _extract(
        HEAD
        + [
            (60, "COUNCILLORS: J. SMITH, K. JONES", False),
            (60, "Clerk: Mr D Hinch", False),
            (60, "APOLOGIES: Cllr J Coll Cllr J Fulk", False),
            (60, "The Town Clerk and Deputy Town Clerk were in attendance.", False),
            (60, "District Cllrs Burden and Crane were present", False),
            (60, "No members of public were present", False),
            "",
            (60, "1358 DECLARATIONS OF INTEREST", True, 20),
            (100, "None.", False),
            (60, "1359 MINUTES OF THE LAST MEETING", True, 20),
            (100, "RESOLVED: The minutes were confirmed and signed as a true record", False),
        ]
    )
    assert [p.name for p in doc.present] == ["J. SMITH", "K. JONES"]
    assert [(a.honorific, a.name) for a in doc.apologies] == [("Cllr", "J Coll"), ("Cllr", "J Fulk")]
    assert [(p.honorific, p.name, p.role) for p in doc.also_present] == [
        ("Mr", "D Hinch", "Clerk"),
        (None, "Town Clerk", "Town Clerk"),
        (None, "Deputy Town Clerk", "Deputy Town Clerk"),
        ("District Cllr", "Burden", None),
        ("District Cllr", "Crane", None),
    ]


def test_mover_named_before_proposed_and_seconder_after_seconded_by():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr A Bee (Chair), Cllr C Dee", False),
            "",
            (60, "1. Approval of Previous Minutes", True, 20),
            (70, "Mrs. Sarah Brook proposed their approval, seconded by Mr. David Wilks. The motion was "
                 "unanimously carried.", False),
            (60, "2. Close", True, 20),
            (70, "The meeting closed at 8.45pm.", False),
        ]
    )
    [decision] = _item(doc, "1").decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == (
        "Mrs. Sarah Brook", "Mr. David Wilks", "carried")


def test_attendance_labelled_by_chair_councillors_and_other_tiers():
    # 'Chair:' / 'Parish Councillors:' / 'Also in attendance:' / 'City & County Cllrs:' /
    # 'Members of the public:' set as a label column, the names a tab away.
    doc = _extract(
        HEAD
        + [
            (60, "Chair: Cllr Brian Butler", False, 80),
            (60, "Parish Councillors: Cllrs Andrew Savory, Bob Tyler & Manya Barrett", False, 30),
            (60, "Also in attendance: Laura Walker (Parish Clerk)", False, 20),
            (60, "City & County Cllrs: City Cllr Dennis Willet", False, 20),
            (60, "Members of the public: 1 member of the public", False, 10),
            "",
            (60, "23/165 Apologies", True, 20),
            (100, "Apologies were received from County Cllr Lewis Barker.", False),
            (60, "23/166 Declarations of Interest", True, 20),
            (100, "There were no declarations of interest.", False),
        ]
    )
    assert [(p.honorific, p.name, p.role) for p in doc.present] == [
        ("Cllr", "Brian Butler", "Chair"), ("Cllr", "Andrew Savory", None), ("Cllr", "Bob Tyler", None),
        ("Cllr", "Manya Barrett", None)]
    assert [(p.honorific, p.name, p.role) for p in doc.also_present] == [
        (None, "Laura Walker", "Parish Clerk"), ("City Cllr", "Dennis Willet", None)]
    assert [(a.honorific, a.name) for a in doc.apologies] == [("County Cllr", "Lewis Barker")]


def test_a_time_in_brackets_after_a_member_is_an_arrival():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr A Bee (Chair), Cllr C Dee, Cllr G Hay (from 7.45pm)", False),
            "",
            (60, "1. Planning", True, 20),
            (100, "RESOLVED that no objection be raised.", False),
            (60, "2. Close", True, 20),
            (100, "The meeting closed at 9.05pm.", False),
        ]
    )
    assert [(p.name, p.organisation) for p in doc.present] == [("A Bee", None), ("C Dee", None), ("G Hay", None)]
    assert [(e.time, e.kind) for e in doc.events][0] == ("19:45", "arrival")


def test_a_post_wrapped_onto_the_next_line_and_a_list_ending_with_the_public():
    # '... Mr D L Nixon Deputy Parish' / 'Clerk, and one member of the public.'
    doc = _extract(
        HEAD
        + [
            (60, "THOSE ATTENDING:", True),
            (60, "Cllr K Barnes", False),
            (60, "Cllr G Hurst (Chair)", False),
            (60, "IN ATTENDANCE:", True),
            (60, "Mrs A Bramley, Parish Clerk/Responsible Finance Officer, Mr D L Nixon Deputy Parish", False),
            (60, "Clerk, and one member of the public.", False),
            "",
            (60, "C053/23 6. GRANT TO THE YOUTH CLUB", True, 20),
            (70, "Cllr Barnes proposed a grant, seconded by Cllr Hurst. Cllr K. L. Jones left the meeting at "
                 "7.40pm. RESOLVED that the grant be awarded.", False),
            (60, "C054/23 7. CLOSE", True, 20),
            (70, "The meeting closed at 8.05pm.", False),
        ]
    )
    assert [(p.name, p.role) for p in doc.also_present] == [
        ("A Bramley", "Parish Clerk/Responsible Finance Officer"), ("D L Nixon", "Deputy Parish Clerk")]
    [grant] = doc.items[0].decisions
    assert (grant.proposer, grant.seconder) == ("Cllr Barnes", "Cllr Hurst")


@pytest.mark.parametrize("present, also, apologies", [
    ("Present / Yn bresennol:", "In attendance / Hefyd yn bresennol:", "Apologies / Ymddiheuriadau:"),
    ("YN BRESENNOL / PRESENT:", "HEFYD YN BRESENNOL / IN ATTENDANCE:", "YMDDIHEURIADAU / APOLOGIES:"),
])
def test_bilingual_welsh_attendance_labels(present, also, apologies):
    doc = _extract(
        HEAD
        + [
            (60, f"{present} Cllr A Jones (Chair), Cllr B Evans", False),
            (60, f"{also} Mrs D Lloyd (Clerk)", False),
            (60, f"{apologies} Cllr E Hughes", False),
            "",
            (60, "1. Declarations of interest", True, 20),
            (100, "None.", False),
            (60, "2. Minutes", True, 20),
            (100, "RESOLVED that the minutes be approved.", False),
        ]
    )
    assert [(p.name, p.role) for p in doc.present] == [("A Jones", "Chair"), ("B Evans", None)]
    assert [(p.name, p.role) for p in doc.also_present] == [("D Lloyd", "Clerk")]
    assert [a.name for a in doc.apologies] == ["E Hughes"]


def test_minutes_proposed_as_a_correct_record_by_a_mover():
    doc = _extract(
        HEAD
        + [
            (60, "Present: Cllr A Jones (Chair), Cllr B Evans, Cllr C Price", False),
            "",
            (60, "29/21 Minutes of the previous meeting", True, 20),
            (100, "29.1/21 The minutes of the meeting held on 19 May 2021 were proposed as a correct record by "
                  "Cllr B Evans and seconded by Cllr C Price.", False),
            (60, "30/21 Matters arising", True, 20),
            (100, "30.1/21 The Clerk advised that the bin was now in place.", False),
        ]
    )
    [decision] = _item(doc, "29/21").decisions
    assert (decision.proposer, decision.seconder) == ("Cllr B Evans", "Cllr C Price")
    assert _item(doc, "30/21").decisions == []


def test_the_english_side_of_a_bilingual_letterhead_names_the_body():
    doc = _extract([
        (60, "Cyngor Cymuned Llanfair / Llanfair Community Council", True),
        (60, "Minutes of the meeting held on 12 March 2024 at the Community Hall", False),
        "",
        (60, "Present: Cllr A Jones (Chair), Cllr B Evans", False),
        "",
        (60, "1. Apologies", True, 20),
        (100, "None.", False),
        (60, "2. Minutes", True, 20),
        (100, "RESOLVED that the minutes be approved.", False),
    ])
    assert (doc.body, doc.date, doc.venue) == ("Llanfair Community Council", dt.date(2024, 3, 12), "Community Hall")


@pytest.mark.parametrize("lines, present, also", [
    # each post in capitals on its own line under 'Present'
    ([(50, "Present", True), (50, "CHAIRMAN: COUNCILLOR R. DENT", False),
      (50, "VICE CHAIRMAN: COUNCILLOR R. BIRCH", False), (50, "COUNCILLORS: J. SMITH, K. JONES", False),
      (50, "CLERK: MRS A. FELL", False)],
     [("R. DENT", "Chairman"), ("R. BIRCH", "Vice Chairman"), ("J. SMITH", None), ("K. JONES", None)],
     [("A. FELL", "Clerk")]),
    # a town council's posts, then the rest of the members on a line of their own
    ([(50, "Present:", True), (50, "Mayor: Cllr R Dent", False), (50, "Deputy Mayor: Cllr A Lee", False),
      (50, "Cllrs J Smith and K Jones", False)],
     [("R Dent", "Mayor"), ("J Smith", None), ("K Jones", None), ("A Lee", "Deputy Mayor")], []),
    # a district council's leader and deputy in hyphenated capitals (parsing.people.HOLDER_POSTS)
    ([(50, "Present:", True), (50, "DEPUTY-LEADER: COUNCILLOR A. LEE", False),
      (50, "Councillors J. Smith and K. Jones", False)],
     [("J. Smith", None), ("K. Jones", None), ("A. LEE", "Deputy-Leader")], []),
])
def test_posts_printed_before_their_holders_give_them_their_roles(lines, present, also):
    rows = [(50, "MINUTES OF THE MEETING OF ASHBY PARVA TOWN COUNCIL HELD ON 5 MARCH 2024", True), "", *lines,
            "", (50, "1. APOLOGIES FOR ABSENCE", True), (70, "None.", False)]
    doc = run_extractor(MinutesExtractor(), rows)
    assert [(p.name, p.role) for p in doc.present] == present
    assert [(p.name, p.role) for p in doc.also_present] == also


@pytest.mark.parametrize("sentence, time, kind", [
    ("Cllr Price returned at 8.20pm.", "20:20", "arrival"),
    ("Cllr Price rejoined the meeting at 8.25pm.", "20:25", "arrival"),
    ("Cllr Price came back into the meeting at 8.30pm.", "20:30", "arrival"),
    ("Cllr Price left the meeting at 8.10pm.", "20:10", "departure"),
])
def test_a_member_coming_back_is_an_arrival(sentence, time, kind):
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "",
        (60, "Present: Cllrs M Parker, D Price, J Smith", False),
        "",
        (60, "127/24 Finance", True),
        (60, sentence, False),
    ])
    assert [(e.time, e.kind) for e in doc.events if e.text == sentence] == [(time, kind)]


@pytest.mark.parametrize("head, body, date, start, end, venue", [
    # the title on a line of its own, date, time and place on labelled lines under it
    ([(60, "Minutes of a meeting of the Planning Committee", True), (60, "Date: Tuesday, 12 March 2024", False),
      (60, "Time: 6.30 pm", False), (60, "Venue: Council Chamber, Civic Centre, Newtown", False)],
     "Planning Committee", dt.date(2024, 3, 12), "18:30", None, "Council Chamber, Civic Centre, Newtown"),
    # a panel's dated title, 'Held at:' and start and finish on one line
    ([(60, "Police and Crime Panel", True), (60, "Minutes - 7 December 2023", False),
      (60, "Held at: County Hall, Trowbridge", False), (60, "Start: 10.30am   Finish: 12.45pm", False)],
     "Police and Crime Panel", dt.date(2023, 12, 7), "10:30", "12:45", "County Hall, Trowbridge"),
    # a fire authority's letterhead names it in full; the sentence names it by its kind
    ([(60, "NORTH WESSEX FIRE AUTHORITY", True),
      (60, "MINUTES of the meeting of the Fire Authority held at Fire Service Headquarters, Newtown on "
           "14 February 2024 at 10.30 am", False)],
     "North Wessex Fire Authority", dt.date(2024, 2, 14), "10:30", None, "Fire Service Headquarters, Newtown"),
])
def test_minutes_header_labels_and_titles(head, body, date, start, end, venue):
    doc = _extract([*head, "", (60, "Present: Cllrs M Parker (Chairman), D Price, J Smith", False), "",
                    (60, "1. Apologies", True), (60, "None.", False)])
    assert (doc.body, doc.date, doc.start_time, doc.end_time, doc.venue) == (body, date, start, end, venue)


@pytest.mark.parametrize("headings, numbers", [
    (["Minute 12 - Apologies", "Minute 13 - Finance"], ["12", "13"]),
    (["C.12 Apologies", "C.13 Finance"], ["C.12", "C.13"]),
    (["12/23-24 Apologies", "13/23-24 Finance"], ["12/23-24", "13/23-24"]),
])
def test_minute_numbering_styles(headings, numbers):
    rows = [(60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall",
             True), "", (60, "Present: Cllrs M Parker, D Price, J Smith", False), ""]
    for heading in headings:
        rows += [(60, heading, True), (60, "The council noted the report.", False)]
    doc = _extract(rows)
    assert [(i.number, i.title) for i in doc.items] == list(zip(numbers, ["Apologies", "Finance"], strict=True))


@pytest.mark.parametrize("paragraphs, declared", [
    # two members in one sentence: a declaration each
    (["Cllrs Smith and Jones declared personal interests in item 6."],
     [("Cllr", "Smith", "6", "personal"), ("Cllr", "Jones", "6", "personal")]),
    # set out in parts, one a line, the member first
    (["Cllr D Price – item 8 – non-registrable interest (neighbour of the applicant).",
      "Cllr K Jones – item 9 – pecuniary"],
     [("Cllr", "D Price", "8", "non-registrable"), ("Cllr", "K Jones", "9", "pecuniary")]),
    # run in after the minute's own label, the kind of interest alone
    (["Declarations of interest: Cllr Parker, Item 9, pecuniary."], [("Cllr", "Parker", "9", "pecuniary")]),
    # the member named after a post: the post is no declarer
    (["The Chairman, Cllr Smith, declared a personal interest in item 7."], [("Cllr", "Smith", "7", "personal")]),
    # 'nonpecuniary' written as one word
    (["Councillor Hodivala stated that she had a nonpecuniary interest in item 7."],
     [("Councillor", "Hodivala", "7", "nonpecuniary")]),
])
def test_declarations_of_several_members_and_set_out_in_parts(paragraphs, declared):
    rows = [(60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall",
             True), "", (60, "Present: Cllrs M Parker, D Price, J Smith, K Jones", False), "",
            (60, "24/049 Declarations of interest", True), *[(60, p, False) for p in paragraphs],
            (60, "24/050 Finance", True), (60, "Noted.", False)]
    doc = _extract(rows)
    assert [(d.honorific, d.name, d.item, d.interest) for d in doc.declarations] == declared


@pytest.mark.parametrize("paragraph, text, outcome", [
    # a recommendation to full council is a decision of its own kind
    ("RECOMMENDED to Council that the budget for 2024/25 be approved.",
     "RECOMMENDED to Council that the budget for 2024/25 be approved.", "recommended"),
    # the motion's wording, and the result sentence after it says how it went
    ("It was moved by Cllr Smith and seconded by Cllr Jones that the application be refused. Upon being put to "
     "the vote the motion was carried (7 for, 2 against).", "the application be refused.", "carried"),
    # a body that voted to do something decided it
    ("The Committee voted unanimously to approve the grant.", "The Committee voted unanimously to approve the grant.",
     None),
])
def test_recommendations_motions_with_results_and_votes_to(paragraph, text, outcome):
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "", (60, "Present: Cllrs M Parker, D Price, J Smith, K Jones", False), "",
        (60, "12. Business", True), (60, paragraph, False),
    ])
    [decision] = doc.items[0].decisions
    assert (decision.text, decision.outcome) == (text, outcome)


def test_a_vote_to_adjourn_is_no_decision():
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "", (60, "Present: Cllrs M Parker, D Price, J Smith, K Jones", False), "",
        (60, "12. Business", True), (60, "At 10:13am the Panel voted to adjourn the meeting for 15 minutes.", False),
    ])
    assert doc.items[0].decisions == []
    assert [e.kind for e in doc.events] == ["adjournment"]


def test_labelled_initials_and_a_majority_vote():
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "", (60, "Present: Cllrs A Smith (Chair), B Jones, C Brown", False), "",
        (60, "(2) Planning", True),
        (60, "Proposed: AS, Seconded: BJ. Resolved by a majority to object to the application.", False),
    ])
    [decision] = _item(doc, "2").decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("AS", "BJ", "resolved")
    assert decision.votes is not None and decision.votes.printed == "by a majority"
    assert (decision.votes.for_, decision.votes.against) == (None, None)


def test_the_chairs_signature_block_is_no_minutes_text():
    doc = _extract([
        (60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall", True),
        "", (60, "Present: Cllrs M Parker, D Price, J Smith, K Jones", False), "",
        (60, "24/51 Date of next meeting", True), (60, "Monday 7 April 2025 at 7.30pm.", False),
        (60, "The meeting closed at 9.05pm.", False), "",
        (60, "Signed: ........................ Chairman        Date: ..................", False),
    ])
    assert _item(doc, "24/51").text == "Monday 7 April 2025 at 7.30pm. The meeting closed at 9.05pm."


@pytest.mark.parametrize("head, body", [
    # a working group's notes: the sentence names no body, the title line does
    ([(60, "Allotments Working Group", True),
      (60, "Notes of the meeting held on 4 March 2024 at 7pm at the Pavilion", False)], "Allotments Working Group"),
    # a task group's action notes: the paper's name after a dash is no part of the body's
    ([(60, "Climate Emergency Task Group – Action Notes", True), (60, "Date: 4 March 2024", False)],
     "Climate Emergency Task Group"),
])
def test_notes_of_a_meeting_name_the_body_on_their_title(head, body):
    doc = _extract([*head, "", (60, "Present: Cllr A Smith (Chair), Cllr B Jones", False), "",
                    (60, "1. Plot rents", True), (60, "It was agreed to hold rents at £40.", False)])
    assert (doc.body, doc.date) == (body, dt.date(2024, 3, 4))


def test_a_record_of_decisions_is_read_as_minutes():
    from synthetic import span_of

    from panelparse.classify import classify
    from panelparse.extractors.registry import get_registry

    rows = [(60, "Cabinet", True), (60, "Record of Decisions", True), (60, "Thursday 9 January 2025", False), "",
            (60, "76. Budget Monitoring", True), (60, "RESOLVED that the report be noted.", False)]
    registry, _ = get_registry("builtin")
    assert classify(span_of(rows), registry).kind == "minutes"
    doc = _extract(rows)
    assert (doc.body, doc.date, [i.number for i in doc.items]) == ("Cabinet", dt.date(2025, 1, 9), ["76"])


@pytest.mark.parametrize("headings", [
    ["Agenda Item 1 Apologies", "Agenda Item 2 Finance"],  # two lead words
    ["1 - Apologies", "2 - Finance"],  # a dash between number and title
    ["19.00 1. Apologies", "19.10 2. Finance"],  # a time slot before the number
    ["1.Apologies", "2.Finance"],  # the number run into the title
])
def test_numbered_headings_in_more_styles(headings):
    rows = [(60, "Minutes of the Parish Council Meeting held on Thursday 6 March 2025 at 7.30pm in the Village Hall",
             True), "", (60, "Present: Cllrs M Parker, D Price, J Smith", False), ""]
    for heading in headings:
        rows += [(60, heading, True), (60, "The council noted the report.", False)]
    doc = _extract(rows)
    assert [(i.number, i.title) for i in doc.items] == [("1", "Apologies"), ("2", "Finance")]


@pytest.mark.parametrize("text, before", [
    ("Cllr A Smith, Cllr B Jones and two other members of the public", "Cllr A Smith, Cllr B Jones"),
    ("Mrs J Smith (Clerk), 8 other residents", "Mrs J Smith (Clerk)"),
    ("Mrs J Smith (Clerk), 3 parishioners", "Mrs J Smith (Clerk)"),
    ("Mr X (Residents Association), Cllr B Jones", None),
])
def test_where_a_list_of_those_present_turns_to_the_public(text, before):
    from panelparse.extractors.common.vocabulary import PUBLIC_MARK

    found = PUBLIC_MARK.search(text)
    assert (text[: found.start()] if found else None) == before


@pytest.mark.parametrize("text, counts", [
    ("The motion was carried by six votes to two, with nine abstentions.", (6, 2, 9)),
    ("RESOLVED (with nine abstentions) that the plan be approved.", (None, None, 9)),
    ("The amendment was lost by four votes to seven.", (4, 7, None)),
])
def test_vote_counts_written_in_words(text, counts):
    from panelparse.extractors.minutes.votes import read_votes

    votes = read_votes(text)
    assert (votes.for_, votes.against, votes.abstain) == counts


def test_welsh_first_attendance_label():
    # 'Presennol / Present:' (a Welsh community council's bilingual label, Welsh first).
    doc = run_extractor(MinutesExtractor(), [
        (60, "CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL", True),
        (60, "Minutes of the meeting held on Monday 4 March 2024 at 7.00 pm in the Village Hall", False), "",
        (60, "Presennol / Present: Cllr A Jones (Cadeirydd / Chair), Cllr B Evans, Cllr C Hughes", False), "",
        (60, "1. Ymddiheuriadau / Apologies", True), (60, "Cllr E Roberts.", False)])
    assert [p.name for p in doc.present] == ["A Jones", "B Evans", "C Hughes"]
    assert [p.name for p in doc.apologies] == ["E Roberts"]


def test_minute_numbers_after_a_committee_code():
    # 'PCP 23/45 Apologies': the panel's code, then its running minute number.
    doc = run_extractor(MinutesExtractor(), [
        (60, "Northshire Police and Crime Panel", True),
        (60, "Minutes of the meeting held on Thursday 6 June 2024 at 10.00 am at County Hall", False), "",
        (60, "Present: Cllr A Jones (Chair), Cllr B Evans", False), "",
        (60, "PCP 23/45 Apologies", True), (60, "Apologies were received from Cllr C Hughes.", False),
        (60, "PCP 23/46 Declarations of Interest", True), (60, "There were none.", False),
        (60, "PCP 23/47 Precept Proposal", True), (60, "RESOLVED that the precept be endorsed.", False)])
    assert [(i.number, i.title) for i in doc.items] == [
        ("23/45", "Apologies"), ("23/46", "Declarations of Interest"), ("23/47", "Precept Proposal")]
