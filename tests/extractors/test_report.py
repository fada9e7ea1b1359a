"""Officer reports: the sample pack's PEEL progress report and Protocol 12 note, and the Kent
cover reports in the corpus. Values asserted are those printed in the PDFs."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import CORPUS, SAMPLE_PACK
from synthetic import run_extractor

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.common.body import heading_date
from panelparse.extractors.common.glyphs import legend_from_rows, legend_from_text
from panelparse.extractors.common.reading import recommendations
from panelparse.extractors.report import ReportExtractor
from panelparse.models.documents.report import Paragraph, Section
from panelparse.span import DocumentSpan

KENT_COVER = CORPUS / "kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.pdf"
KENT_SUPPLEMENT = CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf"


def _doc_at(pack, first_page: int):
    return next(d for d in pack.documents if d.pages.start == first_page)


def _span(read_pages, path, start: int, end: int) -> DocumentSpan:
    pages = read_pages(path)[start - 1 : end]
    return DocumentSpan(pages=pages, printed=tuple(p.printed_page for p in pages))


@pytest.fixture(scope="module")
def peel(sample_pack):
    doc = _doc_at(sample_pack, 11)
    assert doc.kind == "report"
    return doc


@pytest.fixture(scope="module")
def causes(peel):
    table = next(
        t for t in peel.tables if any(g.label.startswith("Cause of concern 1") for g in t.groups)
    )
    return table


def _group_rows(table, label_start: str, level: int = 1):
    group = next(g for g in table.groups if g.label.startswith(label_start) and g.level == level)
    return table.rows[group.row_start : group.row_end + 1]


def _activities(table, label_start: str):
    """Rows of an outer group up to its first sub-group: the activity | status | progress rows."""
    group = next(g for g in table.groups if g.label.startswith(label_start) and g.level == 1)
    inner = [
        g.row_start
        for g in table.groups
        if g.level == 2 and group.row_start <= g.row_start <= group.row_end
    ]
    end = min(inner) if inner else group.row_end + 1
    return table.rows[group.row_start : end]


# -- PEEL progress report -------------------------------------------------------------------


def test_peel_header_fields(peel):
    assert peel.meeting == "Police and Crime Panel"
    assert peel.date.start == dt.date(2023, 3, 9) and peel.date.precision == "day"
    assert peel.report_title == "OPCC's oversight of Wiltshire Police's PEEL progress"
    assert peel.title == peel.report_title
    assert peel.presented_by == "Naji Darwish, OPCC CEO"
    assert peel.header["Report presented by"] == "Naji Darwish, OPCC CEO"


def test_peel_sections_and_paragraphs(peel):
    assert [(s.number, s.heading) for s in peel.sections] == [
        ("1", "Purpose of Report"),
        ("2", "OPCC oversight and Governance"),
        ("3", "Performance update"),
        ("4", "Performance update"),
        ("5", "Causes of Concern"),
        ("6", "Area for Improvement"),
        ("7", "Force priority"),
    ]
    governance = peel.sections[1]
    assert [p.number for p in governance.paragraphs] == ["2.1", "2.2", "2.3", "2.4", "2.5"]
    scrutiny = governance.paragraphs[2]
    assert scrutiny.text.endswith("the force performance against PEEL includes:")
    assert len(scrutiny.bullets) == 9
    assert scrutiny.bullets[0].startswith(
        "Two monthly ELGs of which one focuses on Force performance"
    )
    assert (
        scrutiny.bullets[-1]
        == "Community feedback on force performance and links to improvements required."
    )
    phases = [p.text.split(":")[0] for p in peel.sections[2].paragraphs if p.number is None]
    assert phases == ["Build", "Embed", "Sustain"]
    assert peel.recommendations == []  # the report asks for nothing


def test_peel_causes_of_concern_are_table_groups(causes):
    outer = [g.label for g in causes.groups if g.level == 1]
    assert outer == [
        "Cause of concern 1: Q4 Effectively responding to the public",
        "Cause of concern 2: Question 6 - Protecting vulnerable people",
        "Cause of concern 3: Question 12 - Effectively planning and innovating to efficiently meet demand",
    ]
    assert causes.header == ["PEEL Specific Activity", "Activity status", "Summary of progress"]
    inner = [g.label for g in causes.groups if g.level == 2]
    assert inner == ["Additional supporting activity", "Progress summary"] * 2 + [
        "Additional supporting activity",
        "Summary",
    ]
    assert causes.page_end is not None and causes.page_end > causes.page  # re-joined across pages


def test_peel_activities_and_statuses(causes):
    first = _activities(causes, "Cause of concern 1")
    assert len(first) == 7
    assert first[0][:2] == ["Develop a new CCC repeat vulnerability procedure.", "✓"]
    assert ["Frontline training on the key strands of vulnerability.", "□"] == first[3][:2]
    second = _activities(causes, "Cause of concern 2")
    assert len(second) == 20
    assert (
        second[0][0]
        == "Introduce training and awareness products for DASH (Domestic Abuse Stalking and Harassment)."
    )
    assert second[0][1] == "✓"
    closure = next(r for r in second if r[0].startswith("Mandatory closure template"))
    assert closure[1] == "●"
    third = _activities(causes, "Cause of concern 3")
    assert [r[1] for r in third] == ["✓", "✓", "✓", "□", "✓"]
    assert third[3][0] == "Implement a refreshed Performance Strategy."
    supporting = _group_rows(causes, "Additional supporting activity", level=2)
    assert supporting[0][0].startswith("✓ The control room have implemented changes")


def test_peel_glyphs_kept_but_not_decoded(peel, causes):
    # The report names Build / Embed / Sustain phases but never says which mark is which.
    assert causes.glyphs == {}
    assert causes.undecoded_glyphs == ["✓", "□", "●"]
    assert causes.status_column == 1


def test_peel_other_tables(peel):
    areas, priority = peel.tables[1], peel.tables[2]
    assert [g.label for g in areas.groups][0] == (
        "Area for improvement: Effectively planning and innovating to efficiently meet demand"
    )
    assert len(areas.groups) == 6 and len(areas.rows) == 16
    assert areas.rows[0][0] == "Implement a revised Business Planning/FMS process."
    assert len(priority.groups) == 6 and len(priority.rows) == 11
    assert (
        priority.rows[0][0]
        == "Improve the use of scrutiny panels for Stop and Search and Use of Force."
    )


# -- Protocol 12 note ------------------------------------------------------------------------


def test_protocol_note_timeline(sample_pack):
    note = _doc_at(sample_pack, 51)
    assert note.kind == "report"
    assert (
        note.title
        == "Review of Protocol 12 – Police and Crime Panel Procedure Rules and Panel Arrangements"
    )
    assert note.sections[0].heading is None
    assert (
        note.sections[0]
        .paragraphs[0]
        .text.startswith("Protocol 12 of Wiltshire Council's Constitution")
    )
    timeline = [s for s in note.sections if s.date]
    assert [s.heading for s in timeline] == ["May 2023", "June 2023", "July 2023"]
    assert [s.date.start for s in timeline] == [
        dt.date(2023, 5, 1),
        dt.date(2023, 6, 1),
        dt.date(2023, 7, 1),
    ]
    assert (
        timeline[1].paragraphs[0].text.startswith("For a report on the implications of any changes")
    )
    assert "18 and 13 July" in timeline[2].paragraphs[0].text


# -- Kent cover reports (real council PDFs) ---------------------------------------------------


def test_kent_cover_report(extract_pack):
    doc = extract_pack(KENT_COVER).documents[0]
    assert doc.kind == "report"
    assert doc.header["Classification"] == "Unrestricted"
    assert doc.meeting == "Cabinet" and doc.date.start == dt.date(2025, 1, 30)
    assert doc.report_title == "Revenue and Capital Budget Monitoring Report – November 2024-25"
    assert doc.presented_by.startswith("Deputy Leader and Cabinet Member for Finance")
    assert doc.author == "Joe McKay"
    numbers = [p.number for s in doc.sections for p in s.paragraphs if p.number and "." in p.number]
    assert numbers[:4] == ["1.1", "2.1", "2.2", "2.3"] and "4.3" in numbers
    assert [s.heading for s in doc.sections][:3] == ["Summary", "Recommendation(s)", "Introduction"]
    assert len(doc.recommendations) == 6
    assert doc.recommendations[0].startswith(
        "NOTE the forecast revenue overspend of £23.3m (excluding Schools)"
    )
    assert doc.recommendations[4] == "AGREE the Capital budget changes."


def test_kent_supplementary_report(extract_pack):
    doc = next(d for d in extract_pack(KENT_SUPPLEMENT).documents if d.pages.start == 3)
    assert doc.kind == "report"
    assert doc.report_title.startswith(
        "Transfer the 18-25 section of the Strengthening Independence Service"
    )
    assert doc.header["Decision no"] == "24/00109"
    assert doc.header["Electoral Division"] == "All"
    assert doc.date.start == dt.date(2025, 1, 30) and doc.meeting == "Cabinet"
    assert doc.author == "Sharon Howard"
    numbered = [(s.number, s.heading) for s in doc.sections if s.number]
    assert numbered[0] == ("1", "Introduction") and ("10", "Conclusions") in numbered
    intro = next(s for s in doc.sections if s.number == "1")
    assert [p.number for p in intro.paragraphs] == [f"1.{i}" for i in range(1, 10)]
    assert len(intro.paragraphs[0].bullets) == 6
    assert len(doc.recommendations) == 2
    assert doc.recommendations[0].startswith("Agree to TRANSFER the statutory functions")
    assert doc.recommendations[1].startswith(
        "DELEGATE authority to the Corporate Director of Adult Social Care"
    )


def test_kent_covering_letter(extract_pack):
    pack = extract_pack(KENT_SUPPLEMENT)
    letter = pack.documents[0]
    assert letter.kind == "report" and letter.letter is not None
    assert letter.date.start == dt.date(2025, 1, 29)  # the day it was written
    assert letter.meeting == "Cabinet" and letter.meeting_date.start == dt.date(2025, 1, 30)
    assert letter.header["Ask for"] == "Georgina Little"
    assert (letter.contact.name, letter.contact.email) == ("Georgina Little", "Georgina.little@kent.gov.uk")
    assert (letter.letter.salutation, letter.letter.close) == ("Dear Member", "Yours sincerely")
    assert (letter.letter.sender, letter.letter.sender_role) == ("Benjamin Watts", "General Counsel")
    [enclosed] = letter.letter.enclosures
    assert enclosed.item == "7" and enclosed.title.startswith("24/00109 - Transfer the 18-25 section")
    assert (enclosed.pack_pages.start, enclosed.pack_pages.end) == (1, 20)
    # the meeting is the one the letter is for, on its own date, with the letter's contact
    assert pack.meeting.date == dt.date(2025, 1, 30) and pack.meeting.contact.name == "Georgina Little"


def test_kent_eqia_numbered_headings_and_unruled_table(extract_pack):
    eqia = extract_pack(KENT_SUPPLEMENT).documents[2]
    headings = {s.number: s.heading for s in eqia.sections if s.number}
    assert headings["19"] == "Negative Impacts and Mitigating actions for Age"  # '19.Negative'
    assert headings["20"] == "Negative impacts and Mitigating actions for Disability"  # body type
    table = next(t for t in eqia.tables if t.page == 16)
    assert table.header == ["Age", "Count", "%"]
    assert table.rows[0] == ["18", "40", "12.12%"] and table.rows[7] == ["25", "32", "9.70%"]


def test_kent_contact_table_labels_are_its_header(extract_pack):
    report = extract_pack(KENT_SUPPLEMENT).documents[1]
    contacts = next(t for t in report.tables if t.title == "Contact details")
    assert contacts.header == ["Report Authors", "Lead Directors"]
    assert contacts.rows[0][0].startswith("Sharon Howard") and contacts.page_end == 11


def test_extractor_reads_any_span_without_raising(read_pages):
    # The EqIA form is not an officer report; reading it must still give a document.
    span = _span(read_pages, KENT_SUPPLEMENT, 13, 22)
    doc = ReportExtractor().extract(span, ExtractContext(document_index=0), 0.5)
    assert doc.pages.start == 13 and doc.sections


def test_report_claims_prose_notes_and_letters_with_content(read_pages):
    # A briefing note and a covering letter to members are papers a reader wants read, not
    # 'other' (the answer keys of the corpus and the generated packs agree).
    note = _span(read_pages, SAMPLE_PACK, 51, 52)
    letter = _span(read_pages, KENT_SUPPLEMENT, 1, 2)
    assert ReportExtractor().score(note) >= 0.3
    assert ReportExtractor().score(letter) >= 0.3


# -- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key: ✓ Complete □ In progress ● Not started",
            {"✓": "Complete", "□": "In progress", "●": "Not started"},
        ),
        ("✓ = Complete", {"✓": "Complete"}),
        ("● – Not yet started", {"●": "Not yet started"}),
        ("✓ Peer review commissioned from Dorset Police.", {}),  # a row mark, not a legend
        ("Progress is shown with ✓ = done", {}),  # text before the glyph: a sentence
    ],
)
def test_legend_from_text(text, expected):
    assert legend_from_text(text) == expected


def test_legend_from_rows():
    assert legend_from_rows([["✓", "Complete"], ["□", "On track"]]) == {
        "✓": "Complete",
        "□": "On track",
    }
    assert legend_from_rows([["Develop a plan", "✓", "Plan agreed and rolled out."]]) == {}


@pytest.mark.parametrize(
    ("heading", "start"),
    [
        ("May 2023", dt.date(2023, 5, 1)),
        ("13 June 2023", dt.date(2023, 6, 13)),
        ("Q4 2023", dt.date(2023, 10, 1)),
        ("Police and Crime Plan 2022-25", None),
        ("Timeline 2023", None),
        ("Purpose of Report", None),
    ],
)
def test_heading_date(heading, start):
    found = heading_date(heading)
    assert (found.start if found else None) == start


def test_recommendations_fall_back_to_recommending_sentences():
    sections = [
        Section(
            heading="Background",
            paragraphs=[
                Paragraph(number="3.1", text="The Panel is asked to:"),
                Paragraph(number="a", parent="3.1", text="note the report;"),
                Paragraph(number="b", parent="3.1", text="agree the timetable."),
                Paragraph(number="3.2", text="Nothing else."),
            ],
        )
    ]
    assert recommendations(sections) == ["note the report;", "agree the timetable."]


def _grid(rows, page, top):
    from panelparse.layout import TableGrid

    boxes = tuple((50.0, top + 20 * i, 500.0, top + 20 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=page, bbox=(50.0, top, 500.0, boxes[-1][3]), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes)


def test_recommendations_leave_out_the_lead_in_and_repeats():
    recs = Section(
        heading="Recommendation",
        paragraphs=[
            Paragraph(text="RECOMMENDED that the Committee:"),
            Paragraph(number="1", text="notes the corporate risk register;"),
            Paragraph(number="2", text="requests a deep-dive report."),
            Paragraph(number="3", text="Notes the corporate risk register."),
        ],
    )
    endings = Section(heading="Background papers", paragraphs=[Paragraph(text="None.")])
    assert recommendations([recs, endings]) == [
        "notes the corporate risk register;",
        "requests a deep-dive report.",
    ]


def test_table_broken_across_pages_is_rejoined():
    # Word repeats the group and header rows on the next page and may split a row in two.
    from panelparse.extractors.common.tables import TableBuilder

    first = _grid([["Cause of concern 2: Protecting vulnerable people", None, None],
                   ["Activity", "Status", "Progress"],
                   ["Introduce training and awareness", "✓", "Training began"]], page=13, top=600)
    second = _grid([["Cause of concern 2: Protecting vulnerable people", None, None],
                    ["Activity", "Status", "Progress"],
                    ["products for DASH.", "", "16/01/23."],
                    ["Progress summary", None, None],
                    ["The force has invested in training.", None, None]], page=14, top=57)
    builder = TableBuilder(page=13, n_cols=3)
    builder.add(first)
    assert builder.continues_with(second, page_height=842)
    builder.add(second)
    table = builder.build({})
    assert table.header == ["Activity", "Status", "Progress"]
    assert table.rows == [["Introduce training and awareness products for DASH.", "✓", "Training began 16/01/23."],
                          ["The force has invested in training.", "", ""]]
    assert [(g.label, g.level, g.row_start, g.row_end) for g in table.groups] == [
        ("Cause of concern 2: Protecting vulnerable people", 1, 0, 1), ("Progress summary", 2, 1, 1)]
    assert (table.page, table.page_end, table.undecoded_glyphs) == (13, 14, ["✓"])


def test_a_first_row_printing_a_sum_is_no_header():
    # A bank reconciliation laid out as label | amount with no header row: its first line is a
    # figure, not column labels (before, 'Balance per bank statement | £18,204.51' was the header).
    from panelparse.extractors.common.tables import TableBuilder

    builder = TableBuilder(page=1, n_cols=2)
    builder.add(_grid([["Balance per bank statement", "£18,204.51"], ["Less unpresented cheques", "(£1,250.00)"],
                       ["Balance per cash book", "£16,954.51"]], page=1, top=100))
    table = builder.build({})
    assert table.header == []
    assert table.rows[0] == ["Balance per bank statement", "£18,204.51"] and len(table.rows) == 3


@pytest.mark.parametrize("header", [["Item", "£000"], ["Grant band", "£5,000+"], ["Item", "Up to £500"]])
def test_a_header_naming_amounts_stays_the_header(header):
    from panelparse.extractors.common.tables import TableBuilder

    builder = TableBuilder(page=1, n_cols=2)
    builder.add(_grid([header, ["Staffing", "120"]], page=1, top=100))
    assert builder.build({}).header == header


def test_legend_decodes_table_glyphs():
    from panelparse.extractors.common.tables import TableBuilder

    builder = TableBuilder(page=1, n_cols=2)
    builder.add(_grid([["Action", "Status"], ["Recruit staff", "●"], ["Open hub", "✓"]], page=1, top=100))
    table = builder.build(legend_from_text("Key: ✓ Complete ● Not started"))
    assert table.glyphs == {"●": "Not started", "✓": "Complete"} and table.undecoded_glyphs == []


def _line(text, bold=False, size=12.0):
    from panelparse.layout.types import Line, Word

    words, x = [], 56.0
    for token in text.split():
        words.append(Word(token, x, 100.0, x + 6 * len(token), 100.0 + size, size, bold))
        x += 6 * len(token) + 3
    return Line(tuple(words), page=1)


@pytest.mark.parametrize(("text", "bold", "kind", "number", "heading"), [
    ("1. Purpose of Report", True, "numbered", "1", True),
    ("1.0 Introduction", True, "numbered", "1.0", True),
    ("2.2 Shifting the balance of responsibility", True, "numbered", "2.2", False),
    ("10. Each portfolio has developed overall commissioning intentions, supported by", False,
     "numbered", "10", False),
    ("PURPOSE OF REPORT", True, "plain", None, True),
    ("CYPE", False, "plain", None, False),
    ("a) NOTE the forecast capital underspend of £111.6m.", False, "lettered", "a", False),
    ("B. DELEGATE authority to the Corporate Director", False, "lettered", "B", False),
    ("J. Smith reported on the work", False, "plain", None, False),
    ("Summary :", True, "plain", None, True),
    ("Section A: Purpose of the Report", True, "section", "A", True),
    ("(1) notes the corporate risk register;", False, "lettered", "1", False),
    ("19.Negative Impacts and Mitigating actions for Age", False, "numbered", "19", False),
])
def test_line_marker_and_heading(text, bold, kind, number, heading):
    from panelparse.extractors.common.lines import line_marker, looks_like_heading

    line = _line(text, bold)
    marker = line_marker(line)
    assert (marker.kind, marker.number) == (kind, number)
    assert looks_like_heading(line, marker, body=12.0) is heading


STYLES = CORPUS.parent / "styles"


@pytest.mark.parametrize(("name", "title", "presented_by", "organisation"), [
    ("report-director", "ESTATES STRATEGY 2025/26", "Director of Place", "Westershire County Council"),
    ("report-letter", "Defibrillator for the Pavilion", None, "Thornwick St Mary Parish Council"),
])
def test_title_blocks_and_letterheads(extract_pack, name, title, presented_by, organisation):
    doc = extract_pack(STYLES / f"{name}.pdf").documents[0]
    assert (doc.title, doc.presented_by, doc.organisation) == (title, presented_by, organisation)
    assert doc.sections[0].heading not in (title, organisation)


def test_letter_to_members_signature_and_endings(extract_pack):
    doc = extract_pack(STYLES / "report-letter.pdf").documents[0]
    assert doc.letter.salutation == "Dear Member" and doc.letter.addressee.startswith("All Members of")
    assert doc.letter.sender == "Perpetua Bellingham" and doc.date.start == dt.date(2025, 3, 24)
    assert doc.contact.name == "Perpetua Bellingham" and doc.contact.email.endswith(".gov.uk")
    assert doc.sections[-1].heading == "Conclusion" and len(doc.sections[-1].paragraphs) == 1
    assert doc.recommendations == ["install a defibrillator at the Pavilion."]


def test_section_letters_and_endings(extract_pack):
    doc = extract_pack(STYLES / "report-director.pdf").documents[0]
    assert doc.date.start == dt.date(2024, 6, 13) and doc.meeting == "Cabinet"
    assert [s.heading for s in doc.sections][-3:] == ["Background papers", "Appendices", "Contact officer"]
    assert doc.contact.name == "Nye Juniper" and doc.contact.phone == "01883 101280"
    assert doc.recommendations == ["support the draft estates strategy.", "approve the Mill Road disposal."]
    lettered = extract_pack(STYLES / "report-from-to.pdf").documents[0]
    assert [s.number for s in lettered.sections if s.number][:3] == ["A", "B", "C"]
    assert lettered.sections[1].heading == "Purpose of the Report"


def test_councillors_report_signature_and_month(extract_pack):
    doc = extract_pack(CORPUS / "souldern-pc-2026-03-26-district-councillor-report.pdf").documents[0]
    assert doc.author == "David Rogers"  # signed 'Cllr David Rogers': a signature, not a section
    assert (doc.date.start, doc.date.precision) == (dt.date(2026, 3, 1), "month")
    assert doc.sections[0].heading == "Planning" and doc.sections[-1].heading == "What’s coming up in April?"


def test_action_log_runs_over_pages_under_running_heads(extract_pack):
    pack = extract_pack(CORPUS / "transparency-board-2011-06-08-action-log.pdf")
    doc = pack.documents[0]
    assert doc.title == "TB (7)1.ii Transparency Board Action Log" and pack.meeting.body == "Transparency Board"
    first, done = doc.tables
    assert (first.page, first.page_end, len(first.rows)) == (1, 2, 16)  # no spacer rows
    assert (done.page, done.page_end, len(done.rows)) == (2, 3, 13)
    assert done.header[1] == "Actions completed"


def test_item_stamp_above_the_title_is_not_the_title(extract_pack):
    doc = extract_pack(STYLES / "pcp-moderngov-pack.pdf").documents[2]
    assert doc.title == "Complaints against the Commissioner"
    assert doc.sections[0].heading == "Recommendations"  # not an empty 'title' section
    assert doc.author == "Quillon Quarrington, Head of Commissioning"


def test_reasons_for_recommendations_are_not_the_recommendations():
    reasons = Section(heading="Reasons for Recommendations", paragraphs=[Paragraph(text="The law requires it.")])
    recs = Section(heading="Recommendations", paragraphs=[Paragraph(text="That the Panel notes the report.")])
    assert recommendations([reasons, recs]) == ["That the Panel notes the report."]


def test_header_rows_with_two_label_value_pairs():
    from panelparse.extractors.common.header import read_header
    from panelparse.layout.types import PageLayout

    grid = _grid([["Meeting:", "Cabinet", "Date:", "12 March 2024"],
                  ["Report of:", "Director of Finance", "Wards:", "All"]], page=1, top=60)
    page = PageLayout(number=1, width=595, height=842, lines=(), tables=(grid,))
    header = read_header(DocumentSpan(pages=(page,), printed=(None,)))
    assert header.fields == {"Meeting": "Cabinet", "Date": "12 March 2024", "Report of": "Director of Finance",
                             "Wards": "All"}


def test_recommendations_after_an_open_ended_lead_in_and_without_a_signature():
    recs = Section(heading="Recommendations", paragraphs=[
        Paragraph(number="2.1", text="It is recommended that Cabinet"),
        Paragraph(number="a", parent="2.1", text="approves the scheme; and"),
        Paragraph(number="b", parent="2.1", text="delegates minor changes."),
    ])
    assert recommendations([recs]) == ["approves the scheme; and", "delegates minor changes."]
    signed = Section(heading="Recommendation", paragraphs=[
        Paragraph(text="Members are asked to approve the fees set out above."),
        Paragraph(text="Town Clerk"), Paragraph(text="November 2023")])
    assert recommendations([signed]) == ["Members are asked to approve the fees set out above."]


@pytest.mark.parametrize(("text", "only"), [
    ("14 November 2023", True), ("Tuesday 14th November 2023", True), ("November 2023", True),
    ("Cabinet – 13 June 2024", False), ("Finance Committee", False),
])
def test_a_line_that_is_only_a_date(text, only):
    from panelparse.extractors.common.front import _date_only

    assert _date_only(text) is only


def test_contact_from_the_contact_details_at_the_end(extract_pack):
    report = extract_pack(KENT_SUPPLEMENT).documents[1]
    assert (report.contact.name, report.contact.email) == ("Sharon Howard", "sharon.howard@kent.gov.uk")
    cover = extract_pack(KENT_COVER).documents[0]
    assert (cover.contact.name, cover.contact.email) == ("Joe McKay", "joe.mckay@kent.gov.uk")


def _page(rows, number=1):
    """A page of lines (text, bold, size) stacked 16 pt apart from the top."""
    from panelparse.layout.types import Line, PageLayout, Word

    lines, top = [], 60.0
    for text, bold, size in rows:
        words, x = [], 56.0
        for token in text.split():
            words.append(Word(token, x, top, x + 6 * len(token), top + size, size, bold))
            x += 6 * len(token) + 3
        lines.append(Line(tuple(words), page=number))
        top += size + 6
    return PageLayout(number=number, width=595, height=842, lines=tuple(lines))


def test_letter_subject_line_and_letterhead_contact():
    page = _page([("Little Snoring Parish Council", True, 15), ("Clerk: Mrs P Jones Tel: 01328 000000", False, 9),
                  ("3 May 2024", False, 11), ("Dear Councillor,", False, 11), ("Re: Allotment rents", False, 11),
                  ("The Council is asked to agree the rents for the year at its next meeting.", False, 11),
                  ("Yours faithfully,", False, 11), ("Patricia Jones", False, 11), ("Clerk to the Council", False, 11)])
    doc = ReportExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 0.5)
    assert (doc.title, doc.organisation, doc.date.start) == ("Allotment rents", "Little Snoring Parish Council",
                                                             dt.date(2024, 5, 3))
    assert (doc.letter.sender, doc.letter.sender_role) == ("Patricia Jones", "Clerk to the Council")
    assert (doc.contact.name, doc.contact.phone) == ("Patricia Jones", "01328 000000")


def test_report_to_line_names_the_meeting():
    page = _page([("REPORT TO CABINET", True, 11), ("Leisure Centre Refurbishment", True, 14),
                  ("21 February 2024", False, 11), ("Purpose", True, 11),
                  ("This report asks Cabinet to approve the refurbishment of the leisure centre.", False, 11)])
    doc = ReportExtractor().extract(DocumentSpan(pages=(page,), printed=(None,)), ExtractContext(document_index=0), 0.5)
    assert (doc.meeting, doc.title) == ("Cabinet", "Leisure Centre Refurbishment")
    assert doc.sections[0].heading == "Purpose"


def test_recommendation_row_of_a_summary_table():
    from panelparse.extractors.common.reading import _table_recommendations
    from panelparse.models.documents.report import Table

    box = Table(page=1, header=["Purpose", "To set the budget"],
                rows=[["Recommendation(s)", "That Cabinet approves the budget for 2024/25."]])
    assert _table_recommendations([box]) == ["That Cabinet approves the budget for 2024/25."]


_BODY = [(60, "1. Purpose of the report", True), (60, "1.1 This report sets out the position.", False),
         (60, "2. Recommendations", True), (60, "2.1 That Cabinet approves the revised programme.", False)]


def test_contact_officer_on_one_labelled_line_gives_phone_and_email():
    doc = run_extractor(ReportExtractor(), [
        (60, "Report to: Cabinet", False), (60, "Date of meeting: 12 March 2025", False),
        (60, "Report of: Director of Finance", False), (60, "Title: Capital Programme Update", False),
        (60, "Contact officer: Jane Smith, Head of Finance, 01234 567890, jane.smith@newtown.gov.uk", False), "",
        *_BODY])
    assert (doc.contact.name, doc.contact.phone, doc.contact.email) == (
        "Jane Smith", "01234 567890", "jane.smith@newtown.gov.uk")
    assert (doc.meeting, doc.report_title, doc.presented_by) == ("Cabinet", "Capital Programme Update",
                                                                  "Director of Finance")


def test_item_stamp_above_the_title_is_the_agenda_item():
    doc = run_extractor(ReportExtractor(), [
        (60, "Agenda Item 7", True), (60, "Police and Crime Panel", True), (60, "15 January 2025", False),
        (60, "Proposed Precept 2025/26", True), (60, "Report of the Police and Crime Commissioner", False), "",
        *_BODY])
    assert (doc.agenda_item, doc.report_title, doc.meeting) == (
        "7", "Proposed Precept 2025/26", "Police and Crime Panel")


@pytest.mark.parametrize("dated", ["Updated: 12 March 2024", "Last updated 12 March 2024", "Published - 12 March 2024",
                                   "As at 12 March 2024"])
def test_a_papers_own_dated_label_is_its_date_not_a_meeting(dated):
    # An action log or tracker dated under a label: 'Updated' names no meeting.
    doc = run_extractor(ReportExtractor(), [
        (60, "Overview and Scrutiny Committee - Action Log", True), (60, dated, False), "", *_BODY])
    assert (doc.meeting, doc.date.start, doc.report_title) == (
        None, dt.date(2024, 3, 12), "Overview and Scrutiny Committee - Action Log")


def test_a_data_table_whose_column_headings_are_labels_is_no_header():
    # A work programme: 'Meeting date | Item | Lead officer | Purpose' heads four rows of data; its
    # first row is not 'Meeting date: Item', and the table is the paper's.
    table = _grid([["Meeting date", "Item", "Lead officer", "Purpose"],
                   ["23 July 2024", "Annual Governance Statement", "Monitoring Officer", "For approval"],
                   ["23 July 2024", "Internal Audit Annual Report", "Head of Internal Audit", "For information"],
                   ["24 September 2024", "Statement of Accounts", "Chief Finance Officer", "For approval"]], 1, 120)
    doc = run_extractor(ReportExtractor(), [(60, "Work Programme 2024/25", True), *_BODY], tables=[table])
    assert doc.date is None
    assert [t.header for t in doc.tables] == [["Meeting date", "Item", "Lead officer", "Purpose"]]
    assert [r[0] for r in doc.tables[0].rows] == ["23 July 2024", "23 July 2024", "24 September 2024"]


@pytest.mark.parametrize("labels, values", [
    (["Meeting", "Date", "Report Title", "Author"],
     ["Cabinet", "12 March 2025", "Capital Programme Update", "Jane Smith"]),
    (["Meeting", "Date", "Report Title", "Report presented by", "Author"],
     ["Cabinet", "12 March 2025", "Capital Programme Update", "Cllr A Lee", "Jane Smith"]),
])
def test_a_header_table_printed_across_reads_each_label_over_its_value(labels, values):
    # A row of labels over one row of values: not 'Meeting: Date' pairs side by side.
    doc = run_extractor(ReportExtractor(), [(60, "Capital Programme Update", True), *_BODY],
                        tables=[_grid([labels, values], 1, 40)])
    assert (doc.meeting, doc.date.start, doc.report_title, doc.author) == (
        "Cabinet", dt.date(2025, 3, 12), "Capital Programme Update", "Jane Smith")
    assert doc.tables == []


@pytest.mark.parametrize("meeting_line", ["Meeting and Date: Cabinet - 12 March 2025",
                                          "Report to: Cabinet on 12 March 2025"])
def test_a_meeting_printed_with_its_date_on_one_labelled_line(meeting_line):
    doc = run_extractor(ReportExtractor(), [
        (60, meeting_line, False), (60, "Report of: Director of Finance", False),
        (60, "Title: Capital Programme Update", False), (60, "Contact Officer: Tom Fox, tom.fox@ashby.gov.uk", False),
        "", *_BODY])
    assert (doc.meeting, doc.date.start, doc.author) == ("Cabinet", dt.date(2025, 3, 12), "Tom Fox")


def test_a_recommended_lead_in_under_the_header_opens_the_recommendations():
    # 'RECOMMENDED that Cabinet:' straight under the header's labels, its items numbered (1), (2):
    # not one more header label with no value.
    doc = run_extractor(ReportExtractor(), [
        (60, "Report to: Cabinet", False), (60, "Date: 12 March 2025", False),
        (60, "Title: Capital Programme Update", False), "",
        (60, "RECOMMENDED that Cabinet:", True), (80, "(1) notes the forecast outturn; and", False),
        (80, "(2) approves the reprofiling of £1.2m.", False), "", *_BODY])
    assert doc.recommendations == ["notes the forecast outturn; and", "approves the reprofiling of £1.2m."]
    assert (doc.meeting, doc.report_title) == ("Cabinet", "Capital Programme Update")


@pytest.mark.parametrize("heading", ["Decision(s) required", "DECISIONS REQUIRED", "Action required", "Key issues"])
def test_a_body_heading_straight_under_the_header_is_kept(heading):
    # Not taken for a second title line: the header's labels already gave the title.
    doc = run_extractor(ReportExtractor(), [
        (60, "Report to: Cabinet", False), (60, "Date: 12 March 2025", False),
        (60, "Title: Capital Programme Update", False), "",
        (60, heading, True), (60, "Cabinet is asked to approve the programme.", False), "", *_BODY])
    assert doc.sections[0].heading == heading and doc.report_title == "Capital Programme Update"


@pytest.mark.parametrize("presenter_label, author_label", [
    ("Lead Cabinet Member", "Report prepared by"),
    ("Responsible Director", "Written by"),
    ("Report Sponsor", "Contact name"),
])
def test_more_presenter_and_author_labels(presenter_label, author_label):
    doc = run_extractor(ReportExtractor(), [
        (60, "Meeting: Cabinet", False), (60, "Date: 12 March 2025", False),
        (60, f"{presenter_label}: Cllr A Lee", False), (60, f"{author_label}: Jane Smith", False),
        (60, "Subject: Capital Programme Update", False), "", *_BODY])
    assert (doc.presented_by, doc.author) == ("Cllr A Lee", "Jane Smith")


@pytest.mark.parametrize("title, meeting, day", [
    ("Clerk's Report to the Parish Council meeting on 12 March 2025", "Parish Council", dt.date(2025, 3, 12)),
    ("Clerk's report for the meeting of the Parish Council on Wednesday 12 March 2025", "Parish Council",
     dt.date(2025, 3, 12)),
    ("Town Clerk's Report to the Finance Committee meeting of 4 June 2024", "Finance Committee", dt.date(2024, 6, 4)),
    ("Report to Full Council – 12 March 2025", "Full Council", dt.date(2025, 3, 12)),
])
def test_a_title_line_naming_the_meeting_the_report_goes_to(title, meeting, day):
    # Parish and town councils title a clerk's report by the meeting it goes to; the title stays.
    doc = run_extractor(ReportExtractor(), [
        (60, "Little Snoring Parish Council", True), (60, title, True), "", (60, "Allotment rents", True), *_BODY])
    assert (doc.meeting, doc.date.start, doc.meeting_date.start) == (meeting, day, day)
    assert doc.organisation == "Little Snoring Parish Council"


def test_an_item_stamp_over_the_council_s_name_leaves_the_title_under_the_block():
    # ModernGov county reports: 'Agenda Item 8' stamped above the council's name, the meeting and its
    # date, 'Report of the Director ...', then the title set apart: the council is no title.
    doc = run_extractor(ReportExtractor(), [
        (60, "Agenda Item 8", True), (60, "NORTHSHIRE COUNTY COUNCIL", True), (60, "CABINET", True),
        (60, "14 January 2025", False), (60, "Report of the Director of Children's Services", False), "",
        (60, "Home to School Transport Policy", True), "", *_BODY])
    assert (doc.title, doc.organisation, doc.agenda_item) == (
        "Home to School Transport Policy", "NORTHSHIRE COUNTY COUNCIL", "8")
    assert (doc.meeting, doc.date.start, doc.presented_by) == (
        "Cabinet", dt.date(2025, 1, 14), "Director of Children's Services")


def test_a_title_numbered_as_its_agenda_item_above_the_header_labels():
    # Parish reports: the council, 'Agenda item 9: Speed Indicator Device', then 'Prepared by:' and
    # 'Meeting:' labels; the numbered title is no label, and the council is no title.
    doc = run_extractor(ReportExtractor(), [
        (60, "ASHCOMBE PARISH COUNCIL", True), (60, "Agenda item 9: Speed Indicator Device", True),
        (60, "Prepared by: Helen Walsh, Clerk", False), (60, "Meeting: Full Council, 11 March 2025", False), "",
        (60, "Purpose of report", True), (60, "To consider buying a second speed indicator device.", False),
        (60, "Recommendation", True),
        (60, "That the Council approves the purchase of a second device at a cost of £2,450 plus VAT.", False)])
    assert (doc.title, doc.agenda_item, doc.organisation) == ("Speed Indicator Device", "9", "ASHCOMBE PARISH COUNCIL")
    assert (doc.meeting, doc.date.start) == ("Full Council", dt.date(2025, 3, 11))
    assert "Agenda item 9" not in doc.header


@pytest.mark.parametrize("label", ["Date:", "Date of meeting:", "Report date:"])
def test_a_date_label_under_the_title_is_the_date_and_names_no_meeting(label):
    # A police and crime panel report: the panel, 'Report of the ...', the title, then 'Date: 5 February 2025'
    # alone (no header block): the label is no meeting's name; the panel at the top is the meeting.
    doc = run_extractor(ReportExtractor(), [
        (60, "NORTHMOOR POLICE AND CRIME PANEL", True), (60, "Report of the Police and Crime Commissioner", False), "",
        (60, "PROPOSED POLICE PRECEPT 2025/26", True), "", (60, f"{label} 5 February 2025", False), "", *_BODY])
    assert (doc.title, doc.date.start, doc.presented_by) == (
        "PROPOSED POLICE PRECEPT 2025/26", dt.date(2025, 2, 5), "Police and Crime Commissioner")
    assert doc.meeting == "Northmoor Police and Crime Panel"
