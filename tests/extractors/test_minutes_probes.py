"""Minutes in house styles the fixtures do not cover, found by probing with new documents (parish
clerks' Word minutes, run-in headings, shorthand movers), built line by line with invented names."""

from __future__ import annotations

import pytest
from synthetic import CHAR, line, run_extractor

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.minutes import MinutesExtractor
from panelparse.layout import Line, PageLayout, TableGrid, Word
from panelparse.span import DocumentSpan

_HEAD = [
    (60, "Minutes of the Meeting of Little Ashby Parish Council held on Monday 3 March 2025 at 7pm", True),
    "",
    (60, "Present: Cllrs P Ahmed (Chair), R Brook, S Carter, T Dunn", False),
    "",
]


def _extract(rows):
    return run_extractor(MinutesExtractor(), rows)


def _mixed(top: float, text: str) -> Line:
    """One line at x=60 whose words between ** and ** are bold ('**1. Apologies** – Cllr ...')."""
    words, cursor, bold = [], 60.0, False
    for token in text.split():
        starts, ends = token.startswith("**"), token.endswith("**") and len(token) > 2
        token = token.strip("*")
        bold = bold or starts
        words.append(Word(token, cursor, top, cursor + CHAR * len(token), top + 11, 11.0, bold))
        bold = bold and not ends
        cursor += CHAR * (len(token) + 1)
    return Line(tuple(words), 1)


def _extract_mixed(texts):
    lines, top = [], 60.0
    for text in texts:
        if text == "":
            top += 14
            continue
        lines.append(_mixed(top, text))
        top += 13.0
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines), tables=())
    span = DocumentSpan(pages=(page,), printed=(None,))
    return MinutesExtractor().extract(span, ExtractContext(document_index=0), 1.0)


_MIXED_HEAD = ["**Minutes of the Meeting of Little Ashby Parish Council held on Monday 3 March 2025 at 7pm**", "",
               "Present: Cllrs P Ahmed (Chair), R Brook, S Carter, T Dunn", ""]


def test_a_bold_run_in_title_then_a_dash_and_the_minute():
    # '**3. Minutes** – The minutes ... were approved': the dash parts title and text; the text is
    # no bullet and the decision does not open with the dash.
    doc = _extract_mixed([*_MIXED_HEAD,
                          "**1. Apologies** – Cllr Evans sent apologies.",
                          "**2. Minutes** – The minutes of the meeting held on 3 February 2025 were approved.",
                          "**3. Grass cutting** — Proposed Cllr Carter, Seconded Cllr Dunn, that the quote be"
                          " accepted. Carried."])
    assert [(i.number, i.title) for i in doc.items] == [("1", "Apologies"), ("2", "Minutes"), ("3", "Grass cutting")]
    assert [i.bullets for i in doc.items] == [[], [], []]
    assert doc.items[1].text == "The minutes of the meeting held on 3 February 2025 were approved."
    assert doc.items[1].decisions[0].text == "The minutes of the meeting held on 3 February 2025 were approved."
    [decision] = doc.items[2].decisions
    assert (decision.text, decision.proposer, decision.outcome) == (
        "the quote be accepted.", "Cllr Carter", "carried")


def test_apologies_listed_over_the_minutes_and_again_in_the_apologies_minute():
    # 'Apologies: Cllrs Cotton and Ash' in the header, then '1. Apologies' records the same two.
    doc = _extract([
        (60, "Minutes of the Full Council Meeting held on Wednesday 5 April 2023 at 7.15pm", True), "",
        (60, "Members Present:", True), (60, "Cllrs Hill, Crump, Harp and Mann", False),
        (60, "Apologies:", True), (60, "Cllrs Cotton and J Ash", False), "",
        (60, "1. Apologies", True),
        (60, "Apologies were received and accepted from Cllr Ash, Cllr Cotton and Cllr B Ward.", False), "",
        (60, "2. Declarations of interest", True), (60, "None.", False),
    ])
    assert [(a.honorific, a.name) for a in doc.apologies] == [("Cllr", "Cotton"), ("Cllr", "J Ash"), ("Cllr", "B Ward")]


def test_apologies_of_two_members_who_share_a_surname_are_both_kept():
    doc = _extract([
        *_HEAD[:2], (60, "Present: Cllrs P Ahmed (Chair), R Brook", False), (60, "Apologies: Cllr A Armstrong", False),
        "", (60, "1. Apologies", True), (60, "Apologies were received from Cllr M Armstrong.", False),
    ])
    assert [a.name for a in doc.apologies] == ["A Armstrong", "M Armstrong"]


@pytest.mark.parametrize("sentence", [
    "Councillors Evans and Ford sent apologies which were accepted.",
    "Cllr Evans and Cllr Ford had sent their apologies, and these were accepted.",
])
def test_names_then_sent_apologies_then_their_acceptance(sentence):
    doc = _extract([*_HEAD, (60, "1. Apologies for absence", True), (60, sentence, False)])
    assert [a.name for a in doc.apologies] == ["Evans", "Ford"]


@pytest.mark.parametrize("sentence, items", [
    ("Cllr Dunn declared an interest in items 7 and 8.", ["7", "8"]),
    ("Cllr Dunn declared a personal interest in agenda items 6, 9 & 12 as a member of the allotment society.",
     ["6", "9", "12"]),
    ("Cllr Dunn declared a pecuniary interest in item 7 and left the meeting for it.", ["7"]),
    # the minute referred to by its committee's code, as a fire authority or parish council numbers them
    ("Cllr Dunn declared a non-registerable interest in item FRA/25/04 as a retained firefighter's spouse.",
     ["FRA/25/04"]),
    ("Cllr Dunn declared an interest in minute PC/24/117.", ["PC/24/117"]),
])
def test_a_declaration_naming_several_items_is_one_per_item(sentence, items):
    doc = _extract([*_HEAD, (60, "2. Declarations of Interest", True), (60, sentence, False)])
    assert [(d.name, d.item) for d in doc.declarations] == [("Dunn", n) for n in items]


@pytest.mark.parametrize("paragraph, proposer, seconder", [
    # the mover and seconder named together after 'proposed by'
    ("It was proposed by Cllr Ahmed & Cllr Brook that the payments be approved.", "Cllr Ahmed", "Cllr Brook"),
    # no 'by', a dash or a clerk's abbreviation before each name
    ("Moved Cllr Carter, seconded Cllr Dunn, that the payments be approved.", "Cllr Carter", "Cllr Dunn"),
    ("Proposed – Cllr Carter, Seconded – Cllr Dunn, that the payments be approved.", "Cllr Carter", "Cllr Dunn"),
    ("RESOLVED that the payments be approved (Prop. Cllr Carter, Sec. Cllr Dunn).", "Cllr Carter", "Cllr Dunn"),
    ("Prop. PA, Sec. RB, that the payments be approved. All in favour.", "PA", "RB"),
    # the mover alone
    ("RESOLVED: That the payments be approved. This was proposed by Cllr Brook.", "Cllr Brook", None),
    ("Proposed by Cllr Brook that the payments be approved. Carried.", "Cllr Brook", None),
])
def test_movers_in_parish_shorthand(paragraph, proposer, seconder):
    [item] = _extract([*_HEAD, (60, "4. Finance", True), (60, paragraph, False)]).items
    [decision] = item.decisions
    assert (decision.proposer, decision.seconder) == (proposer, seconder)
    assert "payments be approved" in decision.text


def _table(page: int, top: float, rows) -> TableGrid:
    """A ruled No. | Minute | Action table, 40 points a row."""
    bboxes = tuple((60.0, top + 40 * k, 540.0, top + 40 * (k + 1)) for k in range(len(rows)))
    return TableGrid(page=page, bbox=(60.0, top, 540.0, top + 40 * len(rows)), rows=tuple(rows), row_bboxes=bboxes)


def test_a_minutes_table_carried_over_a_page_under_its_header_row_again():
    # 'No. | Minute | Action' on both pages; overleaf the cut minute's text goes on in a row whose
    # number cell is blank, and the next minute follows. Before, that page was read as a table of
    # data: the amendment and every later minute were lost.
    header = ("No.", "Minute", "Action")
    first = _table(1, 160, [
        header,
        ("25/01", "Apologies for absence\nApologies were received and accepted from Cllr H Tran.", ""),
        ("25/02", "Minutes\nRESOLVED that the minutes of the meeting held on 10 December 2024 be approved\n"
                  "and signed as a correct record.", ""),
        ("25/03", "Precept 2025/26\nThe Clerk presented the draft budget, which had been circulated.\n"
                  "Cllr Nair moved, seconded by Cllr Price, that the precept for 2025/26 be set at £412,000.", "RFO"),
    ])
    second = _table(2, 60, [
        header,
        ("", "Cllr Quinn moved an amendment, seconded by Cllr Rahman, that the precept be set at £398,000.\n"
             "On being put to the vote the amendment was LOST (2 for, 4 against).", ""),
        ("25/04", "Youth club grant\nRESOLVED that a grant of £1,500 be made to the Haverley Youth Club.", "RFO"),
    ])
    head = [line(60, 60, "Minutes of the meeting of Haverley Town Council held on 14 January 2025 at 7pm", True),
            line(90, 60, "Present: Cllrs A Moss (Mayor), B Nair, C Owusu, D Price, E Quinn, F Rahman")]
    pages = (PageLayout(number=1, width=595, height=842, lines=tuple(head), tables=(first,)),
             PageLayout(number=2, width=595, height=842, lines=(), tables=(second,)))
    doc = MinutesExtractor().extract(DocumentSpan(pages=pages, printed=(None, None)),
                                     ExtractContext(document_index=0), 1.0)
    assert [(i.number, i.title) for i in doc.items] == [
        ("25/01", "Apologies for absence"), ("25/02", "Minutes"), ("25/03", "Precept 2025/26"),
        ("25/04", "Youth club grant")]
    precept = doc.items[2]
    assert precept.tables == []
    motion, amendment = precept.decisions
    assert (motion.text, motion.proposer, motion.seconder) == (
        "the precept for 2025/26 be set at £412,000.", "Cllr Nair", "Cllr Price")
    assert (amendment.text, amendment.proposer, amendment.outcome) == (
        "the precept be set at £398,000.", "Cllr Quinn", "lost")
    assert amendment.votes is not None and (amendment.votes.for_, amendment.votes.against) == (2, 4)
    assert doc.items[3].decisions[0].text == "RESOLVED that a grant of £1,500 be made to the Haverley Youth Club."


@pytest.mark.parametrize("rows, titles, first_text", [
    # a title in capitals ending with a full stop, the minute run on after it, plain type
    ([(60, "1. APOLOGIES FOR ABSENCE. There were none.", False), "",
      (60, "2. ELECTION OF CHAIRMAN. Cllr Brook proposed and Cllr Carter seconded that Cllr Ahmed be Chairman.",
       False),
      (60, "There were no other nominations and Cllr Ahmed was elected unanimously.", False), "",
      (60, "3. MINUTES OF MEETING, 16 March 2021. It was proposed by Cllr Brook and seconded by Cllr Dunn that", False),
      (60, "these be accepted as Minutes.", False), "",
      (60, "4. CLOSE. The meeting closed at 8.15pm.", False)],
     ["APOLOGIES FOR ABSENCE", "ELECTION OF CHAIRMAN", "MINUTES OF MEETING, 16 March 2021", "CLOSE"],
     "There were none."),
    # a short title, a dash, then a sentence starting with a capital
    ([(60, "1. Apologies – Councillors Evans and Ford sent apologies which were accepted.", False),
      (60, "2. Correspondence – The Clerk reported a letter from the highways authority about the", False),
      (60, "closure of Mill Lane, which was noted.", False),
      (60, "3. Planning – Applications Received", False), "", (60, "None.", False)],
     ["Apologies", "Correspondence", "Planning – Applications Received"],
     "Councillors Evans and Ford sent apologies which were accepted."),
])
def test_a_plain_run_in_title(rows, titles, first_text):
    doc = _extract([*_HEAD, *rows])
    assert [i.title for i in doc.items] == titles
    assert [i.number for i in doc.items] == [str(n) for n in range(1, len(titles) + 1)]
    assert doc.items[0].text == first_text


def test_a_plain_run_in_title_keeps_its_minute_apart():
    doc = _extract([*_HEAD, (60, "1. APOLOGIES FOR ABSENCE. Cllr Evans sent apologies.", False), "",
                    (60, "2. DECLARATIONS OF INTEREST. Cllr Dunn declared a pecuniary interest in item 4.", False), "",
                    (60, "3. CLOSE. The meeting closed at 8.15pm.", False)])
    assert [a.name for a in doc.apologies] == ["Evans"]
    assert [(d.name, d.item, d.interest) for d in doc.declarations] == [("Dunn", "4", "pecuniary")]
    assert doc.end_time == "20:15"


def test_the_text_run_in_after_a_plain_title_wraps_back_to_the_margin():
    # '2. ELECTION OF CHAIRMAN. Cllr Brook proposed ... He was' / 'willing to stand. ...': one paragraph,
    # so the motion's wording and the bare result after it ('All agreed, ...') are read together.
    doc = _extract([*_HEAD,
                    (60, "1. APOLOGIES FOR ABSENCE. There were none.", False), "",
                    (60, "2. VIRTUAL MEETING. It was proposed by Cllr Dart and seconded by Cllr Camp that this meeting",
                     False),
                    (60, "continues as a virtual meeting. All agreed, the Resolution was passed.", False), "",
                    (60, "3. CLOSE. The meeting closed at 8.15pm.", False)])
    item = doc.items[1]
    assert item.text == ("It was proposed by Cllr Dart and seconded by Cllr Camp that this meeting continues as a "
                         "virtual meeting. All agreed, the Resolution was passed.")
    [decision] = item.decisions
    assert (decision.text, decision.proposer, decision.seconder, decision.outcome) == (
        "this meeting continues as a virtual meeting.", "Cllr Dart", "Cllr Camp", "agreed")


def test_a_paragraph_whose_first_line_is_indented_is_one_paragraph():
    doc = _extract([*_HEAD, (60, "7. Allotments", True),
                    (90, "The Clerk reported that two plots had been relet and that the water supply to the", False),
                    (60, "lower field had been repaired.", False), "",
                    (60, "8. Close", True), (60, "The meeting closed at 9pm.", False)])
    assert doc.items[0].text == ("The Clerk reported that two plots had been relet and that the water supply to the "
                                 "lower field had been repaired.")


def test_a_substitute_named_in_a_sentence_after_the_apologies():
    doc = _extract([
        (60, "MINUTES of a meeting of the Westshire Police and Crime Panel held on Thursday, 6 February 2025 at 10am",
         True), "",
        (60, "Present: Councillor A Hale (Chair), Councillors C Jay, D Kerr and E Lamb", False), "",
        (60, "12 Apologies and Substitutions", True),
        (60, "Apologies were received from Councillor L Shaw. Councillor E Lamb attended as a substitute for "
             "Councillor Shaw.", False),
    ])
    assert [(a.name, a.role) for a in doc.present][-1] == ("E Lamb", "Substitute for Councillor Shaw")
    assert [a.name for a in doc.apologies] == ["L Shaw"]


def test_a_recorded_vote_lead_in_is_no_part_of_the_motion():
    [item] = _extract([*_HEAD, (60, "14. Precept", True),
                       (60, "It was moved by Cllr Ahmed and seconded by Cllr Brook that the precept be £21,000. A "
                            "recorded vote was taken:", False),
                       "", (60, "For (3): Cllrs Ahmed, Brook and Carter", False), (60, "Against (1): Cllr Dunn", False),
                       ]).items
    [decision] = item.decisions
    assert (decision.text, decision.proposer) == ("the precept be £21,000.", "Cllr Ahmed")
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against) == (3, 1)


@pytest.mark.parametrize("paragraphs", [
    ["Following discussion it was proposed by Cllr Ahmed and seconded by Cllr Brook that the allotment rents be",
     "increased to £35 per plot. Votes: 3 for, 0 against, 1 abstention. Carried."],
    ["It was proposed by Cllr Ahmed and seconded by Cllr Brook that the allotment rents be increased to £35 per plot.",
     "Votes: 3 for, 0 against, 1 abstention", "Carried."],
])
def test_counts_then_the_result_under_a_motion(paragraphs):
    # the counts printed before 'Carried.': both belong to the motion
    [item] = _extract([*_HEAD, (60, "9. Allotments", True), *[(60, p, False) for p in paragraphs]]).items
    [decision] = item.decisions
    assert (decision.text, decision.outcome) == ("the allotment rents be increased to £35 per plot.", "carried")
    assert decision.votes is not None and (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (
        3, 0, 1)


def test_a_departure_printed_after_a_resolution_is_no_part_of_it():
    doc = _extract([*_HEAD, (60, "10. Planning", True),
                    (60, "P/25/0112 – Rose Cottage, Mill Lane – single storey rear extension. RESOLVED no objection.",
                     False),
                    (60, "Cllr Carter left the meeting at 8.20pm.", False)])
    [decision] = doc.items[0].decisions
    assert decision.text == "RESOLVED no objection."
    assert [(e.time, e.kind) for e in doc.events] == [("20:20", "departure")]


@pytest.mark.parametrize("label", ["Clerk / Clerc:", "Clerc / Clerk:"])
def test_a_welsh_community_councils_bilingual_clerk_label(label):
    # before, 'Clerk / Clerc: Mrs K Lloyd' was read as the role of the last member present
    doc = _extract([
        (60, "Minutes of the Meeting of Llanfair Community Council held on Tuesday 11 February 2025 at 7pm", True),
        (60, "Present / Yn bresennol: Cllr G Jones (Chair), Cllr H Davies, Cllr J Hughes", False),
        (60, f"{label} Mrs K Lloyd", False), "",
        (60, "1. Apologies / Ymddiheuriadau", True), (60, "Cllr L Morgan.", False),
    ])
    assert [(a.name, a.role) for a in doc.present] == [("G Jones", "Chair"), ("H Davies", None), ("J Hughes", None)]
    assert [(a.honorific, a.name, a.role) for a in doc.also_present] == [("Mrs", "K Lloyd", "Clerk")]


def test_an_attendance_label_over_a_roll_call_table_is_read_once():
    # 'Attendance' over Member | Authority | Attendance: each member once, by their status; before,
    # the table was also read as Name | Role, every member present with 'Authority Status' as role.
    rows = (("Member", "Authority", "Attendance"),
            ("Cllr M Ross (Chair)", "Keston County Council", "Present"),
            ("Cllr N Stead", "Keston County Council", "Present"),
            ("Cllr O Tate", "Barrow City Council", "Apologies"),
            ("Cllr P Underwood", "Barrow City Council", "Present (virtual)"),
            ("Mr Q Vance", "Independent", "Absent"))
    table = TableGrid(page=1, bbox=(60, 100, 500, 100 + 20 * len(rows)), rows=rows,
                      row_bboxes=tuple((60, 100 + 20 * k, 500, 120 + 20 * k) for k in range(len(rows))))
    doc = run_extractor(MinutesExtractor(), [
        (60, "Minutes of the meeting of the Audit Committee held on 22 January 2025 at 10.30 am", True), "",
        (60, "Attendance", True), *[""] * 9,
        (60, "1. Apologies for absence", True), (60, "Apologies were received from Cllr O Tate.", False),
    ], tables=(table,))
    assert [(a.name, a.role, a.organisation) for a in doc.present] == [
        ("M Ross", "Chair", "Keston County Council"), ("N Stead", None, "Keston County Council"),
        ("P Underwood", None, "Barrow City Council")]
    assert [(a.name, a.organisation) for a in doc.apologies] == [("O Tate", "Barrow City Council")]
    assert [a.name for a in doc.absent] == ["Q Vance"]


def test_it_was_recommended_to_the_parent_body():
    # a fire authority's committee recommending to the Authority: before, no outcome was read
    [item] = _extract([*_HEAD, (60, "4. Treasury Management Strategy", True),
                       (60, "On the motion of Cllr Ahmed, seconded by Cllr Brook, it was RECOMMENDED to the Authority "
                            "that the Strategy be approved.", False)]).items
    [decision] = item.decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Cllr Ahmed", "Cllr Brook", "recommended")
    assert decision.text.endswith("that the Strategy be approved.")


def _with_action(top: float, text: str, action: str) -> Line:
    """A minute's line with an entry of the right-hand Action column at x=480."""
    words = line(top, 60, text).words
    return Line((*words, Word(action, 480, top, 480 + CHAR * len(action), top + 11, 11.0, False)), 1)


def test_a_right_hand_action_column_is_no_part_of_the_minutes():
    # 'Action' over the column; 'Clerk' and 'AB/CD' beside the text. Before, they ran into the
    # sentences, and 'Clerk RESOLVED that ...' hid the resolution's start.
    lines = [line(60, 60, "Minutes of the Meeting of Oakley Parish Council held on 11 February 2025 at 7pm", True),
             line(76, 430, "11 February 2025"),
             line(88, 60, "Present: Cllrs A Bell (Chair), C Dale, E Fry, G Hunt"),
             line(110, 470, "Action", True),
             line(125, 60, "1. Footpaths", True),
             _with_action(138, "The Clerk reported that the stile on FP12 was broken.", "Clerk"),
             line(151, 60, "RESOLVED that the Clerk obtain a quote for its repair."),
             line(173, 60, "2. Grass cutting", True),
             _with_action(186, "RESOLVED that the quote from GreenCo be accepted.", "AB/CD"),
             line(199, 480, "RFO")]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(lines), tables=())
    doc = MinutesExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0),
                                     1.0)
    assert [i.text for i in doc.items] == [
        "The Clerk reported that the stile on FP12 was broken. RESOLVED that the Clerk obtain a quote for its repair.",
        "RESOLVED that the quote from GreenCo be accepted."]
    assert [d.text for i in doc.items for d in i.decisions] == [
        "RESOLVED that the Clerk obtain a quote for its repair.", "RESOLVED that the quote from GreenCo be accepted."]
    assert doc.date is not None and doc.date.isoformat() == "2025-02-11"


@pytest.mark.parametrize("paragraphs, text, proposer, seconder, outcome", [
    # both movers named together, in order, under one plural title
    (["Proposed and seconded by Cllrs Carter and Dunn that a grant of £500 be made to the Scouts. Motion carried."],
     "a grant of £500 be made to the Scouts.", "Cllr Carter", "Cllr Dunn", "carried"),
    (["Cllrs Ahmed and Brook proposed and seconded that the precept be set at £14,500.", "", "Resolution passed."],
     "the precept be set at £14,500.", "Cllr Ahmed", "Cllr Brook", "carried"),
    # the mover, then the seconder after a semicolon; a proposal named as the subject of its result
    (["Cllr Carter proposed the adoption of the budget; Cllr Dunn seconded. The motion was carried."],
     "the adoption of the budget", "Cllr Carter", "Cllr Dunn", "carried"),
    (["The proposal from Cllr Carter, seconded by Cllr Dunn, that allotment rents rise by 3% was agreed."],
     "allotment rents rise by 3%.", "Cllr Carter", "Cllr Dunn", "agreed"),
    (["On a proposal from Cllr Carter, seconded by Cllr Dunn, it was RESOLVED that the quote be accepted."],
     "On a proposal from Cllr Carter, seconded by Cllr Dunn, it was RESOLVED that the quote be accepted.",
     "Cllr Carter", "Cllr Dunn", "resolved"),
    # the seconding in the passive after the wording is no part of it
    (["Cllr Brook proposed that parking charges be frozen, seconded by Cllr Carter.", "",
      "The motion was passed unanimously."], "parking charges be frozen.", "Cllr Brook", "Cllr Carter", "carried"),
    # a mover with no seconder, and the motion falls
    (["Cllr Dunn proposed that the CCTV contract be renewed. There was no seconder and the motion fell."],
     "Cllr Dunn proposed that the CCTV contract be renewed. There was no seconder and the motion fell.",
     "Cllr Dunn", None, "lost"),
    # labelled movers on one line, parted by semicolons
    (["Proposed: Cllr Carter; Seconded: Cllr Dunn; All in favour. RESOLVED to renew the website hosting."],
     "RESOLVED to renew the website hosting.", "Cllr Carter", "Cllr Dunn", "resolved"),
    (["Cllr Ahmed moved an amendment that two benches be bought, seconded by Cllr Brook.", "",
      "The amendment was withdrawn."], "two benches be bought.", "Cllr Ahmed", "Cllr Brook", "withdrawn"),
])
def test_movers_and_results_in_town_council_wordings(paragraphs, text, proposer, seconder, outcome):
    [item] = _extract([*_HEAD, (60, "5. Business", True), *[(60, p, False) if p else "" for p in paragraphs]]).items
    decision = item.decisions[0]
    assert (decision.text, decision.proposer, decision.seconder, decision.outcome) == (
        text, proposer, seconder, outcome)


def test_a_title_in_capitals_wrapped_in_its_table_cell():
    # a Word table 'No. | Minute': the cell keeps no type style, so only the capitals tell the title's
    # second and third lines from the minute under them
    table = _table(1, 160, [
        ("No.", "Minute"),
        ("24/127", "TO RECEIVE THE REPORT OF THE COUNTY\nCOUNCILLOR AND TO CONSIDER ANY\nMATTERS ARISING\n"
                   "County Cllr Hill reported on the highways budget.\nThe report was noted."),
        ("24/130", "EXCLUSION OF THE PRESS AND\nPUBLIC\nRESOLVED that the press and public be excluded for the\n"
                   "following item due to the confidential nature of the business."),
        ("24/131", "STAFFING\nRESOLVED THAT THE SALARY REVIEW\nBE APPROVED."),
    ])
    head = [line(60, 60, "Minutes of the meeting of Bramley Town Council held on 10 February 2025 at 7.30pm", True),
            line(90, 60, "Present: Cllrs A Moss (Mayor), B Nair, C Owusu, D Price")]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(head), tables=(table,))
    span = DocumentSpan(pages=(page,), printed=(None,))
    doc = MinutesExtractor().extract(span, ExtractContext(document_index=0), 1.0)
    assert [(i.number, i.title) for i in doc.items] == [
        ("24/127", "TO RECEIVE THE REPORT OF THE COUNTY COUNCILLOR AND TO CONSIDER ANY MATTERS ARISING"),
        ("24/130", "EXCLUSION OF THE PRESS AND PUBLIC"),
        ("24/131", "STAFFING")]  # a resolution in capitals is no part of the title
    assert doc.items[0].text == "County Cllr Hill reported on the highways budget. The report was noted."
    assert doc.items[1].decisions[0].text == ("RESOLVED that the press and public be excluded for the following item "
                                              "due to the confidential nature of the business.")


def test_a_return_printed_after_a_moved_resolution_is_no_part_of_it():
    # 'Proposed by X, seconded by Y. Resolved: that ...' then the member who had left comes back
    doc = _extract([*_HEAD, (60, "6. Grants", True),
                    (60, "Cllr Ahmed left the meeting at 8.05pm.", False), "",
                    (60, "Proposed by Cllr Brook, seconded by Cllr Carter. Resolved: that a grant of £750 be", False),
                    (60, "awarded to the Youth Club. Cllr Ahmed returned to the meeting at 8.12pm.", False)])
    [decision] = doc.items[0].decisions
    assert (decision.text, decision.proposer) == (
        "Resolved: that a grant of £750 be awarded to the Youth Club.", "Cllr Brook")
    assert [(e.time, e.kind) for e in doc.events] == [("20:05", "departure"), ("20:12", "arrival")]


@pytest.mark.parametrize("lead_in", [[(60, "A recorded vote was requested.", False)],
                                     [(60, "The voting was as follows:", False)], []])
def test_a_recorded_vote_printed_before_the_resolution_is_its_vote(lead_in):
    [item] = _extract([*_HEAD, (60, "7. Precept 2025/26", True), *lead_in, "",
                       (60, "For: Cllrs Ahmed, Brook and Carter", False), (60, "Against: Cllr Dunn", False),
                       (60, "Abstained: Cllr Evans", False), "",
                       (60, "Resolved: that the precept for 2025/26 be set at £31,240.", False)]).items
    [decision] = item.decisions
    assert decision.text == "Resolved: that the precept for 2025/26 be set at £31,240."
    assert decision.votes is not None
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == (3, 1, 1)
    assert decision.votes.for_names == ["Cllr Ahmed", "Cllr Brook", "Cllr Carter"]


_FIRE_HEAD = [(60, "Minutes of the meeting of the Northshire Fire and Rescue Authority held on 19 June 2025 at 10.30am",
               True), "", (60, "Present: Councillors J Burnett, M Headley, S Hussain, A Sultan", False), ""]


@pytest.mark.parametrize("sentence, names", [
    ("An apology for absence was received from Councillor R Wenham.", [("Councillor", "R Wenham")]),
    ("An apology was received from Cllr Wenham and from the Police and Crime Commissioner David Keane.",
     [("Cllr", "Wenham"), (None, "David Keane")]),
])
def test_one_members_apology(sentence, names):
    doc = _extract([*_FIRE_HEAD, (60, "2. Apologies", True), (60, sentence, False)])
    assert [(a.honorific, a.name) for a in doc.apologies] == names


@pytest.mark.parametrize("nomination, proposer, seconder", [
    ("Councillor J Burnett was nominated by Councillor M Headley and seconded by Councillor A Sultan.",
     "Councillor M Headley", "Councillor A Sultan"),
    ("Councillor J Burnett was nominated for the position of Chair by Councillor Hussain and this was seconded by "
     "Councillor Sultan.", "Councillor Hussain", "Councillor Sultan"),
])
def test_an_election_nominated_and_seconded_then_resolved(nomination, proposer, seconder):
    [item] = _extract([*_FIRE_HEAD, (60, "1. Election of Chair 2025/26", True), (60, nomination, False), "",
                       (60, "RESOLVED:", True),
                       (60, "That Councillor J Burnett be elected Chair of the Authority for 2025/26.", False)]).items
    [decision] = item.decisions
    assert (decision.text, decision.proposer, decision.seconder) == (
        "That Councillor J Burnett be elected Chair of the Authority for 2025/26.", proposer, seconder)


def test_a_fire_authoritys_minute_references_year_then_body():
    # '25-26/FRA/1': the council year, the body's letters, then the running number
    doc = _extract([*_FIRE_HEAD, (60, "25-26/FRA/1 Apologies", True),
                    (60, "An apology for absence was received from Councillor R Wenham.", False), "",
                    (60, "25-26/FRA/2 Minutes", True),
                    (60, "RESOLVED that the minutes of the meeting held on 27 March 2025 be confirmed.", False)])
    assert [(i.number, i.title) for i in doc.items] == [("25-26/FRA/1", "Apologies"), ("25-26/FRA/2", "Minutes")]
    assert doc.items[1].decisions[0].outcome == "resolved"


@pytest.mark.parametrize("vote, counts, for_names", [
    # each count after its side, no punctuation between: '5 Against' is no count of its own
    ("For 5 Against 3 Abstain 0", (5, 3, 0), []),
    # 'voting' before each side of a recorded vote
    ("Voting in favour (3): Cllrs Ahmed, Brook and Carter; voting against (1): Cllr Dunn; abstaining (1): Cllr Evans",
     (3, 1, 1), ["Cllr Ahmed", "Cllr Brook", "Cllr Carter"]),
])
def test_vote_counts_printed_after_their_sides(vote, counts, for_names):
    [item] = _extract([*_HEAD, (60, "8. Precept", True),
                       (60, "RESOLVED that the precept for 2025/26 be set at £31,240.", False), "",
                       (60, vote, False)]).items
    [decision] = item.decisions
    assert decision.votes is not None
    assert (decision.votes.for_, decision.votes.against, decision.votes.abstain) == counts
    assert decision.votes.for_names == for_names


def test_a_welsh_community_councils_bilingual_minutes():
    # 'Cyng.' (Cynghorydd, councillor) before each name; bilingual decision and mover labels
    doc = _extract([
        (60, "Minutes of the meeting of Llanfair Community Council held on 12 March 2025 at 7.00pm", True), "",
        (60, "Yn bresennol / Present: Cyng. G Jones (Cadeirydd / Chair), Cyng. M Roberts, Cyng. E Hughes", False), "",
        (60, "1. Ymddiheuriadau / Apologies", True), (60, "Cyng. T Lloyd, Cyng. W Price", False), "",
        (60, "2. Cofnodion / Minutes", True),
        (60, "PENDERFYNWYD / RESOLVED: that the minutes of 12 February 2025 be approved. Cynigiwyd / Proposed: Cyng.",
         False), (60, "Roberts, Eiliwyd / Seconded: Cyng. Hughes", False)])
    assert [(a.honorific, a.name) for a in doc.present] == [("Cyng", "G Jones"), ("Cyng", "M Roberts"),
                                                             ("Cyng", "E Hughes")]
    assert [(a.honorific, a.name) for a in doc.apologies] == [("Cyng", "T Lloyd"), ("Cyng", "W Price")]
    [decision] = doc.items[1].decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Cyng. Roberts", "Cyng. Hughes", "resolved")
    assert decision.text.startswith("PENDERFYNWYD / RESOLVED: that the minutes of 12 February 2025 be approved.")


def test_a_minute_number_on_its_own_line_above_its_bold_title():
    # County councils' minutes set the number ('45/24') on a line of its own over the bold title.
    doc = _extract([*_HEAD,
                    (60, "45/24", True), (60, "Chair's Welcome", True),
                    (60, "The Chair welcomed everyone to the meeting.", False), "",
                    (60, "46/24", False), (60, "Apologies for Absence", True),
                    (60, "Apologies were received from Cllr Evans.", False)])
    assert [(i.number, i.title) for i in doc.items] == [("45/24", "Chair's Welcome"),
                                                         ("46/24", "Apologies for Absence")]
    assert doc.items[0].text == "The Chair welcomed everyone to the meeting."


def test_a_lone_number_over_plain_prose_is_no_heading():
    # A number over a plain sentence (no bold title) is not joined to it.
    doc = _extract([*_HEAD,
                    (60, "1. Apologies", True), (60, "12", False),
                    (60, "Apologies were received from Cllr Evans.", False)])
    assert [(i.number, i.title) for i in doc.items] == [("1", "Apologies")]


@pytest.mark.parametrize("paragraph", [
    "RESOLVED: that the budget be adopted. Proposed: Cllr Cole, Seconded: Cllr Birch",
    "RESOLVED that the budget be adopted. Proposed Cllr Cole, seconded Cllr Birch.",
])
def test_movers_printed_after_the_resolution_are_no_part_of_its_text(paragraph):
    # The movers after the resolved wording are read as proposer and seconder, not kept in the text.
    doc = _extract([*_HEAD, (60, "1. Budget", True), (60, paragraph, False)])
    [decision] = doc.items[0].decisions
    assert decision.text.endswith("the budget be adopted.")
    assert "roposed" not in decision.text
    assert (decision.proposer, decision.seconder) == ("Cllr Cole", "Cllr Birch")


def test_the_close_printed_under_a_table_of_minutes_is_no_part_of_the_last_minute():
    # 'The meeting closed at 8.47pm.' under the No. | Minute | Action table: an end event, not the
    # last row's text.
    table = _table(1, 160, [
        ("No.", "Minute", "Action"),
        ("25/01", "Apologies for absence\nApologies were received and accepted from Cllr H Tran.", ""),
        ("25/02", "Youth club grant\nRESOLVED that a grant of £1,500 be made to the Haverley Youth Club.", "RFO"),
    ])
    head = [line(60, 60, "Minutes of the meeting of Haverley Town Council held on 14 January 2025 at 7pm", True),
            line(90, 60, "Present: Cllrs A Moss (Mayor), B Nair, C Owusu, D Price, E Quinn, F Rahman"),
            line(300, 60, "The meeting closed at 8.47pm.")]
    page = PageLayout(number=1, width=595, height=842, lines=tuple(head), tables=(table,))
    doc = MinutesExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)),
                                     ExtractContext(document_index=0), 1.0)
    assert doc.items[-1].text == "RESOLVED that a grant of £1,500 be made to the Haverley Youth Club."
    assert [(e.time, e.kind) for e in doc.events] == [("20:47", "end")]
