"""Segmentation and classification on real council PDFs and the sample pack."""

from __future__ import annotations

import pytest
from conftest import CORPUS, SAMPLE_PACK

from panelparse.classify import classify
from panelparse.extractors.registry import get_registry
from panelparse.layout.types import PageLayout
from panelparse.segment import find_item_references, segment, smooth_printed_pages


def kinds(read_pages, path):
    registry, _ = get_registry("builtin")
    spans = segment(read_pages(path))
    return [(s.start, s.end, classify(s, registry).kind, s.agenda_item) for s in spans]


def _page(number, printed):
    return PageLayout(number=number, width=595, height=842, lines=(), printed_page=printed)


def test_smoothing_fills_interior_gaps_only():
    pages = [_page(1, None), _page(2, None), _page(3, 3), _page(4, None), _page(5, 5), _page(6, 25), _page(7, 7)]
    assert smooth_printed_pages(pages) == [None, None, 3, 4, 5, 6, 7]


def test_supplementary_pack_splits_into_letter_report_appendix(read_pages):
    assert kinds(read_pages, CORPUS / "kent-cabinet-2025-01-30-item7-supplementary-pack.pdf") == [
        (1, 2, "report", None), (3, 12, "report", "7"), (13, 22, "report", "7")]


@pytest.mark.parametrize("name, kind", [
    ("kent-cabinet-2025-01-30-agenda-frontsheet.pdf", "agenda"),
    ("kent-cabinet-2025-01-09-minutes.pdf", "minutes"),
    ("kent-corporate-parenting-panel-2024-12-10-minutes.pdf", "minutes"),
    ("sutton-coldfield-tc-community-grant-minutes-2018-03-13.pdf", "minutes"),
    ("epa-ca-planning-commission-minutes-2020-01-27.pdf", "minutes"),
    ("kent-cabinet-2025-01-30-item5-budget-monitoring-cover-report.pdf", "report"),
])
def test_single_document_files_are_one_document_of_their_kind(read_pages, name, kind):
    result = kinds(read_pages, CORPUS / name)
    assert len(result) == 1 and result[0][2] == kind


def test_frontsheet_references_are_read_with_item_numbers(read_pages):
    pages = read_pages(CORPUS / "kent-cabinet-2025-01-30-agenda-frontsheet.pdf")
    refs = find_item_references(pages, smooth_printed_pages(pages))
    assert [(r.number, r.start, r.end) for r in refs] == [
        ("3", 1, 10), ("5", 11, 84), ("6", 85, 276), ("7", 277, 326), ("8", 327, 460), ("9", 461, 610)]


@pytest.mark.skipif(not SAMPLE_PACK.exists(), reason="sample pack not built")
def test_sample_pack_documents(read_pages):
    assert kinds(read_pages, SAMPLE_PACK) == [
        (1, 6, "agenda", None), (7, 10, "minutes", "2"), (11, 18, "report", "6a"),
        (19, 38, "highlight_report", "6c"), (39, 50, "commissioning_plan", "8"), (51, 52, "report", "10a")]


def _text_page(number, printed, text, landscape=False):
    from panelparse.layout.types import Line, Word

    width, height = (842, 595) if landscape else (595, 842)
    words = tuple(Word(t, 60 + 40 * i, 80, 95 + 40 * i, 92, 11.0) for i, t in enumerate(text.split()))
    return PageLayout(number=number, width=width, height=height, lines=(Line(words, number),), printed_page=printed)


def test_weak_cue_splits_only_where_a_document_opens():
    pages = [_text_page(1, 1, "Report Title: Budget"), _text_page(2, 2, "more prose here"),
             _text_page(3, 3, "Meeting: Cabinet", landscape=True), _text_page(4, 4, "slide text", landscape=True),
             _text_page(5, 5, "back to portrait prose")]
    spans = segment(pages)
    # 3 opens like a document (a header label); 5 is a continuation despite the orientation switch.
    assert [(s.start, s.end) for s in spans] == [(1, 2), (3, 5)]
    assert "orientation_change" in spans[1].cues


def test_references_in_a_table_agenda():
    from panelparse.layout.types import TableGrid

    rows = (("Item", "Subject"), ("2.", "Minutes (Pages 3 - 4)"), ("3.", "Budget report (Pages 5 - 6)"))
    table = TableGrid(page=1, bbox=(40, 100, 550, 160), rows=rows,
                      row_bboxes=tuple((40.0, 100.0 + 20 * i, 550.0, 120.0 + 20 * i) for i in range(3)))
    front = PageLayout(number=1, width=595, height=842, lines=(), tables=(table,), printed_page=None)
    pages = [front, _text_page(2, None, "This page is intentionally left blank"),
             _text_page(3, 3, "MINUTES of the Cabinet"), _text_page(4, 4, "more minutes"),
             _text_page(5, 5, "Report Title: Budget"), _text_page(6, 6, "more report")]
    refs = find_item_references(pages, smooth_printed_pages(pages))
    assert [(r.number, r.start, r.end) for r in refs] == [("2", 3, 4), ("3", 5, 6)]
    assert [(s.start, s.end, s.agenda_item) for s in segment(pages)] == [(1, 2, None), (3, 4, "2"), (5, 6, "3")]


def _stamped_page(number, stamp, text):
    from panelparse.layout.types import Line, Word

    lines = []
    if stamp:
        lines.append(Line((Word("Agenda", 450, 30, 490, 42, 12.0), Word("Item", 494, 30, 520, 42, 12.0),
                           Word(stamp, 524, 30, 532, 42, 12.0)), number))
    words = tuple(Word(t, 60 + 40 * i, 200, 95 + 40 * i, 212, 11.0) for i, t in enumerate(text.split()))
    lines.append(Line(words, number))
    return PageLayout(number=number, width=595, height=842, lines=tuple(lines), printed_page=number)


def test_agenda_item_stamps_start_documents_and_name_their_item():
    pages = [_stamped_page(1, "4", "report on parking"), _stamped_page(2, None, "more parking prose"),
             _stamped_page(3, "5", "report on libraries"), _stamped_page(4, None, "more library prose")]
    assert [(s.start, s.end, s.agenda_item) for s in segment(pages)] == [(1, 2, "4"), (3, 4, "5")]


def test_a_running_item_header_on_every_page_starts_nothing_new():
    pages = [_stamped_page(n, "4", f"page {n} prose") for n in (1, 2, 3)]
    assert [(s.start, s.end, s.agenda_item) for s in segment(pages)] == [(1, 3, "4")]


def _lines_page(number, rows, printed=None, total=None, landscape=False):
    """A page from (text, size, bold) rows, top to bottom."""
    from panelparse.layout.types import Line, Word

    width, height = (842, 595) if landscape else (595, 842)
    lines, top = [], 60.0
    for text, size, bold in rows:
        words = tuple(Word(t, 60 + 6 * size * i, top, 60 + 6 * size * i + 5 * len(t), top + size, size, bold)
                      for i, t in enumerate(text.split()))
        lines.append(Line(words, number))
        top += size * 1.6
    return PageLayout(number=number, width=width, height=height, lines=tuple(lines), printed_page=printed,
                      printed_total=total)


BODY = ("The committee considered the report and the options it set out in some detail.", 11.0, False)


def test_unstamped_pack_splits_where_documents_open():
    # No stamps, no blank pages, no page references: the openings alone tell.
    pages = [
        _lines_page(1, [("Ashby Parva Parish Council", 16, True), ("AGENDA", 14, True), BODY]),
        _lines_page(2, [("MINUTES of a meeting of Ashby Parva Parish Council held on 3 May 2024", 12, True), BODY]),
        _lines_page(3, [BODY, BODY]),
        _lines_page(4, [("Ashby Parva Parish Council", 16, True), ("Report of the Clerk", 12, True), BODY]),
        _lines_page(5, [("Financial Implications", 12, True), BODY]),
        _lines_page(6, [("Budget v Spend 2023/24", 17, True), BODY]),
    ]
    spans = segment(pages)
    assert [(s.start, s.end) for s in spans] == [(1, 1), (2, 3), (4, 5), (6, 6)]
    assert [c for c in spans[1].cues if c.startswith("opens:")] == ["opens:minutes"]


def test_a_page_n_of_m_count_holds_a_document_together():
    pages = [
        _lines_page(1, [("MINUTES", 14, True), BODY], printed=1, total=3),
        _lines_page(2, [BODY], printed=2, total=3),
        _lines_page(3, [("Report of the Clerk", 12, True), BODY]),  # no footer, but page 3 of 3
        _lines_page(4, [("Report of the Treasurer", 12, True), BODY]),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 3), (4, 4)]


def test_a_repeated_heading_is_not_a_new_document_but_a_second_meeting_is():
    frontsheet = [
        _lines_page(1, [("AGENDA", 20, True), ("Meeting: Police and Crime Panel", 11, False), BODY]),
        _lines_page(2, [("Information for the public", 12, True), BODY]),
        _lines_page(3, [("AGENDA", 16, True), ("Part I", 12, True), BODY]),
    ]
    assert [(s.start, s.end) for s in segment(frontsheet)] == [(1, 3)]
    two_meetings = [
        _lines_page(1, [("ASHBY PARVA PARISH COUNCIL", 16, True), ("Annual Parish Meeting", 14, True),
                        ("Wednesday 14th May 2025 at 7.00pm", 11, True), BODY]),
        _lines_page(2, [("ASHBY PARVA PARISH COUNCIL", 16, True), ("Annual Meeting of the Council", 14, True),
                        ("Wednesday 14th May 2025 at 7.45pm", 11, True), BODY]),
    ]
    assert [(s.start, s.end) for s in segment(two_meetings)] == [(1, 1), (2, 2)]


def test_a_second_meetings_agenda_half_way_down_a_page_is_a_document_of_its_own():
    page = _lines_page(1, [
        ("ASHBY PARVA PARISH COUNCIL", 16, True), ("Annual Parish Meeting Agenda", 14, True),
        ("1. To approve the minutes of the last Annual Parish Meeting", 12, False),
        ("2. To receive the Annual Report", 12, False),
        ("A.G.M. Agenda", 14, True),
        ("1. To elect a Chairperson", 12, False), ("2. To receive apologies", 12, False),
        ("3. Date of next meeting", 12, False),
    ])
    first, second = segment([page])
    assert (first.start, first.end, second.start, second.end) == (1, 1, 1, 1)
    assert [ln.text for ln in first.pages[0].lines][-1] == "2. To receive the Annual Report"
    assert second.pages[0].lines[0].text == "A.G.M. Agenda" and "opens:second_meeting" in second.cues


def _merged(tmp_path, *names):
    """The corpus PDFs `names` merged in a row into one file, as a clerk's pack is made."""
    import pikepdf

    merged = pikepdf.Pdf.new()
    for name in names:
        with pikepdf.open(CORPUS / f"{name}.pdf") as part:
            merged.pages.extend(part.pages)
    path = tmp_path / "merged.pdf"
    merged.save(path)
    return path


@pytest.mark.parametrize("names, expected", [
    # 'Page 1 of 3' under the minutes' first page: a count starting (the agenda before prints none;
    # it holds two meetings' agendas, so its one page is shared by two documents)
    (("milburn-pc-2018-05-08-annual-parish-meeting-and-agm-agenda", "milburn-pc-2018-05-08-agm-minutes"),
     [(1, 1, "agenda", None), (1, 1, "agenda", None), (2, 4, "minutes", None)]),
    # 'MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions' wraps at 13 words
    # in plain type under 'KENT COUNTY COUNCIL' / 'CABINET'
    (("kent-cabinet-2025-01-30-agenda-frontsheet", "kent-cabinet-2025-01-09-minutes"),
     [(1, 2, "agenda", None), (3, 11, "minutes", None)]),
    # 'UNCLASSIFIED' over every page of the second paper: its meeting header (title, date and time)
    # is read under the marking, and the action log's heading under it opens the log
    (("crime-justice-sector-panel-2014-02-14-minutes", "open-data-user-group-2013-06-11-minutes"),
     [(1, 4, "minutes", None), (5, 7, "minutes", None)]),
    (("transparency-board-2011-02-08-minutes", "transparency-board-2011-06-08-action-log"),
     [(1, 3, "minutes", None), (4, 6, "report", None)]),
    # numbering starting at '1' under 'TRANSPARENCY BOARD' (in capitals, under an 'UNCLASSIFIED'
    # marking) after another body's unnumbered agenda page
    (("local-public-data-panel-2013-10-17-agenda", "transparency-board-2011-05-19-agenda",
      "transparency-board-2010-06-24-agenda"),
     [(1, 1, "agenda", None), (2, 3, "agenda", None), (4, 4, "agenda", None)]),
    # no page numbers on either: the 9 pt agenda, then the report's bold title over 12 pt text
    (("souldern-pc-2026-03-26-agenda", "souldern-pc-2026-03-26-district-councillor-report",
      "souldern-pc-2024-05-23-minutes"),
     [(1, 1, "agenda", None), (2, 5, "report", None), (6, 8, "minutes", None)]),
    # a budget sheet numbered '1' under 'TINTERN COMMUNITY COUNCIL - BUDGET ...' after an agenda page
    (("souldern-pc-2026-03-26-agenda", "tintern-cc-2018-19-budget", "souldern-pc-2024-05-23-minutes"),
     [(1, 1, "agenda", None), (2, 2, "commissioning_plan", None), (3, 5, "minutes", None)]),
])
def test_real_papers_merged_in_a_row_split_where_each_starts(tmp_path, read_pages, names, expected):
    assert kinds(read_pages, _merged(tmp_path, *names)) == expected


def test_a_parish_clerks_pdfs_merged_in_a_row_split_into_their_documents(tmp_path):
    # Four real Souldern papers merged with no stamps and no blank pages between them: the
    # agenda (1 page), minutes numbered 1-3 in their footers, the district councillor's report
    # (unnumbered, opening with 'Cherwell District Council - March 2026' in bold), and the
    # landscape spending sheet. The minutes' numbering stops where the report's heading opens
    # its page; the sheet turns the page to landscape with no page count carried on.
    import pikepdf

    from panelparse.pipeline import extract

    merged = pikepdf.Pdf.new()
    for name in ("souldern-pc-2026-03-26-agenda", "souldern-pc-2024-05-23-minutes",
                 "souldern-pc-2026-03-26-district-councillor-report", "souldern-pc-2021-22-spending-v-budget"):
        with pikepdf.open(CORPUS / f"{name}.pdf") as part:
            merged.pages.extend(part.pages)
    path = tmp_path / "souldern-pack.pdf"
    merged.save(path)
    pack = extract(path)
    assert [(d.kind, d.pages.start, d.pages.end) for d in pack.documents] == [
        ("agenda", 1, 1), ("minutes", 2, 4), ("report", 5, 8), ("commissioning_plan", 9, 9)]
    assert pack.documents[2].title == "Cherwell District Council - March 2026"


def test_numbering_that_stops_under_a_heading_or_a_turn_to_landscape_starts_a_document():
    pages = [
        _lines_page(1, [("Minutes of the meeting", 14, True), BODY], printed=1),
        _lines_page(2, [BODY, BODY], printed=2),
        _lines_page(3, [("Highways Update - Spring", 16, True), BODY]),  # numbering stops, a heading opens
        _lines_page(4, [BODY, BODY]),
        _lines_page(5, [BODY], landscape=True),  # a spreadsheet: landscape, no count carried on
    ]
    spans = segment(pages)
    assert [(s.start, s.end) for s in spans] == [(1, 2), (3, 4), (5, 5)]
    assert "numbering_stops_at_heading" in spans[1].cues and "orientation_change_unnumbered" in spans[2].cues


def test_minutes_that_close_at_a_pages_foot_end_where_a_heading_opens_the_next():
    # A parish clerk's PDFs merged with no stamps: the minutes close ('The meeting closed at
    # 9.05pm', the chair's signature line) and a heading opens the next page; the clerk's report
    # is titled by its author's post. Body text under a heading inside minutes starts nothing.
    pages = [
        _lines_page(1, [("Minutes of the Parish Council Meeting held on 10 December 2024", 12, True), BODY]),
        _lines_page(2, [("Planning", 11, True), BODY, ("The meeting closed at 9.05pm.", 11, False),
                        ("Signed ........................ Chairman Date ..........", 11, False)]),
        _lines_page(3, [("Bank Reconciliation", 11, True), BODY]),
        _lines_page(4, [BODY]),
    ]
    spans = segment(pages)
    assert [(s.start, s.end) for s in spans] == [(1, 2), (3, 4)]
    assert "after_minutes_close" in spans[1].cues
    # a signature line printed at the foot of every page is furniture, not the minutes' end
    signed = ("Signed ........................ Chairman Date ..........", 11, False)
    footed = [_lines_page(1, [("Minutes of the Parish Council Meeting held on 10 December 2024", 12, True), BODY,
                              signed]),
              _lines_page(2, [("PLANNING MATTERS", 11, True), BODY, signed]),
              _lines_page(3, [("FINANCE AND ACCOUNTS", 11, True), BODY, signed])]
    assert [(s.start, s.end) for s in segment(footed)] == [(1, 3)]
    # the minutes' own action list after the signature stays with them
    pages[2] = _lines_page(3, [("Action Points", 11, True), BODY])
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 4)]


@pytest.mark.parametrize("heading, bold, starts", [
    ("Clerk's Report to the Parish Council Meeting on 14th January 2025", True, True),
    ("Chief Executive’s Report to Council", True, True),
    ("The Clerk's report to members was noted and questions answered.", False, False),
])
def test_a_report_titled_by_its_authors_post_opens_a_document(heading, bold, starts):
    pages = [_lines_page(1, [("Finance Committee", 14, True), ("AGENDA", 14, True), BODY]),
             _lines_page(2, [(heading, 11, bold), BODY])]
    assert (len(segment(pages)) == 2) is starts


def test_a_cover_over_a_body_numbered_from_one_is_one_document():
    # A title page of a few lines, then the body numbered from '1' under its heading: the cover
    # belongs with it (a statement of accounts, a budget book).
    pages = [
        _lines_page(1, [("Statement of Accounts", 20, True), ("Year ended 31 March", 14, True)]),
        _lines_page(2, [("ROYAL TOWN COUNCIL", 12, True), BODY, BODY], printed=1),
        _lines_page(3, [BODY, BODY], printed=2),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 3)]


def test_a_deck_whose_slides_change_size_stays_one_document():
    pages = [_lines_page(n, [(f"Slide heading {n}", 20, True), ("point " * 6, size, False)], landscape=True)
             for n, size in ((1, 18), (2, 12), (3, 24), (4, 12))]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 4)]


def test_numbering_that_stops_under_body_text_starts_nothing():
    # The last page of a document whose footer the reader missed: no heading opens it.
    pages = [
        _lines_page(1, [("Minutes of the meeting", 14, True), BODY], printed=1),
        _lines_page(2, [BODY, BODY], printed=2),
        _lines_page(3, [BODY, ("Signed ........ Chairman", 11, False)]),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 3)]


@pytest.mark.parametrize("names, pages", [
    (("town-docpages-pack", "fire-datecoded-pack"), 6),
    # the first pack stamped 'Page N of 6' over its summons letter, minutes, report and sheet:
    # in a file of 18 pages the count is shorter than the file, yet it is the pack's, since a
    # meeting's minutes open inside it
    (("community-summons-pack", "cabinet-box-pack"), 6),
])
def test_two_packs_in_one_file_read_as_each_alone(tmp_path, read_pages, names, pages):
    import pikepdf

    styles = CORPUS.parent / "styles"
    merged = pikepdf.Pdf.new()
    for name in names:
        with pikepdf.open(styles / f"{name}.pdf") as part:
            merged.pages.extend(part.pages)
    merged.save(tmp_path / "two-packs.pdf")
    first = kinds(read_pages, styles / f"{names[0]}.pdf")
    second = [(a + pages, b + pages, kind, item) for a, b, kind, item in kinds(read_pages, styles / f"{names[1]}.pdf")]
    assert kinds(read_pages, tmp_path / "two-packs.pdf") == first + second


@pytest.mark.parametrize("heading, opens", [
    ("SUMMONS", True), ("Summons to attend a meeting of the Council", True), ("Notice and Summons of Meeting", True),
    ("Agenda & Summons to Councillors", True),
    ("Charge and summons rate: all crime", False),  # a police KPI: 'summons' inside a measure's name
])
def test_summons_opens_an_agenda_only_as_its_heading(heading, opens):
    from panelparse.segment import OPENINGS

    assert bool(OPENINGS["agenda"].search(heading)) is opens


def test_a_kpi_named_for_summonses_does_not_open_an_agenda():
    pages = [
        _lines_page(1, [("Performance Report: Quarter 2", 16, True), BODY], printed=6),
        _lines_page(2, [("Charge and summons rate: all crime", 12, True), BODY], printed=7),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 2)]


@pytest.mark.parametrize("heading", ["C054/23 7. DATE OF NEXT MEETING", "Date of Next Meeting", "23/165 Next meeting"])
def test_the_next_meetings_date_at_the_top_of_a_page_opens_no_meeting(heading):
    # The last item of a set of minutes, at the top of its second page: a bold heading, then
    # the next meeting's date and time. It is no new meeting's header.
    pages = [
        _lines_page(1, [("Minutes of the meeting of Ashby Parva Parish Council", 14, True), BODY, BODY]),
        _lines_page(2, [(heading, 11, True),
                        ("The next meeting will be held on 13 December 2023 at 7.00pm.", 11, False), BODY]),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 2)]


def test_a_title_over_small_type_is_measured_against_the_body_to_the_half_point():
    # A pack printed at 60%: 11 pt body becomes 6.6 pt, a 16 pt title 9.6 pt. Rounded to whole
    # points the body would be 7 and the title under 1.4 times it.
    small = ("The committee considered the report and the options it set out in some detail.", 6.6, False)
    pages = [
        _lines_page(1, [("Minutes of the meeting", 8.4, True), small, small, small]),
        _lines_page(2, [small, small, small]),
        _lines_page(3, [("Budget v Spend April 2022 to March 2023", 9.6, True), small, small]),
    ]
    spans = segment(pages)
    assert [(s.start, s.end) for s in spans] == [(1, 2), (3, 3)]
    assert "opens:title" in spans[1].cues


def _short_paper(table_rows):
    from synthetic import span_of

    from panelparse.layout import TableGrid

    rows = tuple(tuple(r) for r in table_rows)
    grid = TableGrid(page=1, bbox=(60, 120, 540, 120 + 20 * len(rows)), rows=rows,
                     row_bboxes=tuple((60, 120 + 20 * i, 540, 140 + 20 * i) for i in range(len(rows))))
    span = span_of([(60, "Overview and Scrutiny Committee - Action Log", True), (60, "Updated: 12 March 2024", False)],
                   tables=[grid])
    registry, _ = get_registry("builtin")
    return classify(span, registry).kind


def test_a_short_paper_that_is_mostly_a_table_is_read_as_a_report():
    # An action log, a work programme, a list of planning applications: few words, but a ruled
    # table of rows is a paper to read (its table kept), not a cover or separator ('other').
    assert _short_paper([
        ["Ref", "Action", "Owner", "Status"],
        ["OS/23/14", "Circulate the repairs data by ward", "Head of Housing", "Complete"],
        ["OS/23/15", "Brief members on fly-tipping", "Environment Manager", "Ongoing"],
    ]) == "report"


@pytest.mark.parametrize("table_rows", [
    [["Contact", "Jane Doe"], ["Email", "jane.doe@example.gov.uk"], ["Phone", "01234 567890"]],
    [["Ref", "Action", "Owner"], ["OS/23/14", "Circulate the repairs data", "Head of Housing"]],
])
def test_a_short_page_with_a_small_table_stays_other(table_rows):
    # A two-column contact box, or a table of one row under its header, does not make a page a paper.
    assert _short_paper(table_rows) == "other"


@pytest.mark.parametrize("label", ["Presennol / Present:", "Present / Yn bresennol:", "YN BRESENNOL / PRESENT:"])
def test_welsh_and_english_attendance_labels_are_a_present_label(label):
    from synthetic import span_of

    span = span_of([(60, "Llanfair Community Council", True),
                    (60, "Minutes of the meeting held on Monday 4 March 2024 at 7.00 pm", False),
                    (60, f"{label} Cllr A Jones, Cllr B Evans", False)])
    registry, _ = get_registry("builtin")
    assert any(c.startswith("present_label") for c in classify(span, registry).cues)


def _money_paper(rows):
    from synthetic import span_of

    from panelparse.layout import TableGrid

    cells = (("Scheme", "Budget £000", "Forecast £000", "Variance £000"),
             ("Leisure centre refurbishment", "5,200", "5,350", "150"),
             ("Highways resurfacing", "4,100", "3,900", "(200)"),
             ("Total", "9,300", "9,250", "(50)"))
    grid = TableGrid(page=1, bbox=(60, 500, 540, 580), rows=cells,
                     row_bboxes=tuple((60, 500 + 20 * i, 540, 520 + 20 * i) for i in range(4)))
    registry, _ = get_registry("builtin")
    return classify(span_of(rows, tables=[grid]), registry).kind


def test_an_officer_report_with_a_money_table_is_a_report():
    # Header labels, numbered sections and recommendations, and a scheme-by-scheme money table:
    # the report's shape wins over the table's (was a commissioning plan).
    assert _money_paper([
        (60, "Report to: Cabinet", False), (60, "Date of meeting: 12 March 2025", False),
        (60, "Report of: Director of Finance", False), (60, "Title: Capital Programme Update", False), "",
        (60, "1. Purpose of the report", True), (60, "1.1 This report updates Cabinet on the programme.", False),
        (60, "2. Recommendations", True), (60, "2.1 That Cabinet notes the forecast outturn.", False),
        (60, "3. Background", True), (60, "3.1 Table 1 sets out the position by scheme.", False),
    ]) == "report"


def test_a_budget_sheet_stays_a_commissioning_plan():
    assert _money_paper([(60, "Capital Budget 2025/26", True), (60, "Budget monitoring to 31 December 2024", False)]) \
        == "commissioning_plan"


def _classified(rows, tables=()):
    from synthetic import span_of

    registry, _ = get_registry("builtin")
    return classify(span_of(rows, tables=tables), registry)


def test_an_agenda_whose_items_are_a_table_scores_as_one_by_its_cells():
    # A ruled No. | Item | Lead | Purpose | Pages agenda (Word tables): the standing items, the
    # purposes 'To receive' and the page ranges are cells, not numbered lines.
    from panelparse.layout import TableGrid

    rows = (("No.", "Item", "Lead", "Purpose", "Pages"), ("1", "Apologies for absence", "Chair", "To receive", ""),
            ("2", "Declarations of interest", "Chair", "To receive", ""),
            ("3", "Minutes of the meeting held on\n6 January 2025", "Chair", "To approve", "1 - 6"),
            ("4", "Tree Preservation Order consultation", "Cllr Diaz", "To consider", "7 - 12"))
    grid = TableGrid(page=1, bbox=(60, 160, 540, 260), rows=rows,
                     row_bboxes=tuple((60, 160 + 20 * i, 540, 180 + 20 * i) for i in range(len(rows))))
    result = _classified([(60, "Bramford Town Council", True), (60, "Planning Committee", True), "",
                          (60, "AGENDA", True)], tables=[grid])
    assert result.kind == "agenda" and result.confidence >= 0.9


def test_an_agenda_set_with_tab_stops_scores_as_one_by_its_purpose_column():
    # Item | Subject | Purpose set with tab stops, no rules: the purpose is a column of each line.
    from synthetic import line

    from panelparse.layout import Line, PageLayout
    from panelparse.span import DocumentSpan

    lines = [line(60, 60, "NORTHTOWN HEALTH AND WELLBEING BOARD", True), line(80, 60, "AGENDA", True)]
    for n, (title, purpose) in enumerate([("Welcome and apologies", "To note"), ("Minutes of the last meeting",
                                          "To approve"), ("Better Care Fund Plan", "To agree")], 1):
        top = 100 + 20 * n
        lines.append(Line(line(top, 60, f"{n}. {title}").words + line(top, 420, purpose).words, 1))
    span = DocumentSpan(pages=(PageLayout(number=1, width=595, height=842, lines=tuple(lines)),), printed=(None,))
    registry, _ = get_registry("builtin")
    result = classify(span, registry)
    assert result.kind == "agenda" and result.confidence >= 0.9


@pytest.mark.parametrize("wrapped", ["report of the Town Clerk.", "minutes of the meeting held on 18 November."])
def test_a_sentence_wrapped_onto_the_next_page_opens_nothing(wrapped):
    # Minutes whose paragraph runs over a page break: the next page's top lines finish its sentence
    # ('... and noted the' / 'report of the Town Clerk.'). In plain type only a capital opens a document.
    pages = [
        _lines_page(1, [("Minutes of the meeting of Thornbury Town Council", 14, True), BODY, BODY,
                        ("The Council discussed the matter at length and noted the", 11, False)]),
        _lines_page(2, [(wrapped, 11, False), BODY, ("7. Date of next meeting", 11, True), BODY]),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 2)]


def test_a_plain_report_label_at_a_pages_top_still_opens_a_report():
    pages = [
        _lines_page(1, [("Minutes of the meeting of Thornbury Town Council", 14, True), BODY, BODY]),
        _lines_page(2, [("Report of the Town Clerk", 11, False), BODY, BODY]),
    ]
    assert [(s.start, s.end) for s in segment(pages)] == [(1, 1), (2, 2)]


def test_a_letters_date_above_the_agenda_is_no_item_before_a_second_meeting():
    # A summons dated '14 January 2025', signed, then its AGENDA with items from 1: one agenda.
    # The date's day read as an item number made the heading look like a second meeting's.
    page = _lines_page(1, [
        ("THORNBURY TOWN COUNCIL", 16, True), ("14 January 2025", 11, False), ("Dear Councillor,", 11, False),
        ("You are hereby summoned to attend a meeting of the Full Council on Monday 20 January 2025.", 11, False),
        ("Town Clerk", 11, False), ("AGENDA", 14, True),
        ("1. Apologies for absence", 11, False), ("2. Declarations of interest", 11, False),
    ])
    assert [(s.start, s.end) for s in segment([page])] == [(1, 1)]


def _with_footer(page, text):
    from dataclasses import replace

    from panelparse.layout.types import Line, Word

    words = tuple(Word(t, 60 + 40 * i, 800, 60 + 40 * i + 5 * len(t), 810, 9.0, False)
                  for i, t in enumerate(text.split()))
    return replace(page, lines=page.lines + (Line(words, page.number),))


def test_a_footer_under_every_page_of_the_pack_is_furniture_of_each_document():
    # A town council's pack made as one Word file: one footer on every page, each document a page
    # long, so no document repeats it within itself. Its date is no next meeting, its text no minute.
    from panelparse.segment import without_pack_footers

    footer = "Thornbury Town Council – Full Council 20 January 2025 – page {}"
    pages = [
        _lines_page(1, [("AGENDA", 16, True), ("1. Apologies for absence", 11, False),
                        ("2. Declarations of interest", 11, False), ("3. Minutes", 11, False)]),
        _lines_page(2, [("Minutes of the meeting of Thornbury Town Council", 14, True), BODY, BODY]),
        _lines_page(3, [("Report of the Town Clerk", 14, True), BODY, BODY]),
    ]
    pages = [_with_footer(p, footer.format(p.number)) for p in pages]
    spans = segment(pages)
    assert [(s.start, s.end) for s in spans] == [(1, 1), (2, 2), (3, 3)]
    for span in spans:
        page = without_pack_footers(span).pages[0]
        assert not any("Thornbury Town Council –" in ln.text for ln in page.lines)
        assert [ln.text for ln in page.furniture] == [footer.format(page.number)]
        assert page.lines[0].text == span.pages[0].lines[0].text  # the body is kept


def test_a_footer_on_only_some_pages_stays_text():
    from panelparse.segment import without_pack_footers

    pages = [_lines_page(n, [("Report of the Town Clerk", 14, True), BODY]) for n in (1, 2, 3, 4, 5, 6, 7)]
    pages[:2] = [_with_footer(p, "Signed by the Chair on 3 March 2025") for p in pages[:2]]  # 2 of 7 pages
    span = segment(pages)[0]
    assert any("Signed" in ln.text for ln in without_pack_footers(span).pages[0].lines)


WELSH_MINUTES = [
    (60, "CYNGOR CYMUNED LLANDDEWI", True),
    (60, "Cofnodion cyfarfod Cyngor Cymuned Llanddewi a gynhaliwyd yn Neuadd y Pentref", False),
    (60, "nos Lun, 3 Chwefror 2025 am 7.00yh", False),
    (60, "Yn bresennol: Cyng. Aled Jones (Cadeirydd), Cyng. Mair Evans, Cyng. Dafydd Hughes", False),
    (60, "1. Ymddiheuriadau", True), (60, "Derbyniwyd ymddiheuriadau gan Cyng. Gareth Lloyd.", False),
    (60, "2. Datgan buddiant", True), (60, "Dim.", False),
    (60, "3. Cofnodion y cyfarfod diwethaf", True),
    (60, "PENDERFYNWYD derbyn cofnodion y cyfarfod a gynhaliwyd ar 6 Ionawr 2025 fel cofnod cywir.", False),
]


def test_welsh_only_minutes_are_minutes():
    # A Welsh community council's minutes with no English: 'Cofnodion cyfarfod ... a gynhaliwyd',
    # 'Yn bresennol', 'Ymddiheuriadau', 'Datgan buddiant', 'PENDERFYNWYD' (was a report, 0.55).
    result = _classified(WELSH_MINUTES)
    assert result.kind == "minutes" and any(c.startswith("minutes_heading") for c in result.cues)


@pytest.mark.parametrize("letterhead, sentence, heading", [
    ("ASHWELL PARISH COUNCIL", "Minutes of the meeting of Ashwell Parish Council held on 14 January 2025", True),
    ("ASHWELL PARISH COUNCIL", "Members are asked to approve the minutes of the meeting held on 14 January.", False),
])
def test_a_minutes_sentence_under_a_letterhead_says_minutes_only_from_its_own_line(letterhead, sentence, heading):
    from synthetic import span_of

    from panelparse.extractors.common.features import SpanFeatures

    span = span_of([(60, letterhead, True), (60, sentence, False), (60, "Apologies were received.", False)])
    assert SpanFeatures(span).minutes_heading == float(heading)


@pytest.mark.parametrize("heading, opens", [
    ("COFNODION", True), ("Cofnodion cyfarfod Cyngor Cymuned Llanddewi", True),
    ("Cofnodion y cyfarfod diwethaf", False),  # the item approving the last meeting's minutes
])
def test_welsh_minutes_headings_open_minutes(heading, opens):
    from panelparse.segment import OPENINGS

    assert bool(OPENINGS["minutes"].search(heading)) is opens
