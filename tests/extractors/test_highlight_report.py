"""Highlight report extractor: golden values from the Wiltshire sample pack (pages 19-38, the
seed text in tests/fixtures/build/seed/), the Kent KPI slide deck, and small synthetic tables
for what the sample does not print (colour coding, reordered or header-less scorecards)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from conftest import CORPUS, FIXTURES, SAMPLE_PACK

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.highlight_report import HighlightReportExtractor
from panelparse.extractors.highlight_report.build import ReportBuilder
from panelparse.extractors.highlight_report.slides import Slide, priority_of, read_slide, repeated_lines
from panelparse.extractors.highlight_report.tabstops import with_unruled_scorecards
from panelparse.layout import Line, PageLayout, TableGrid, Word
from panelparse.models.documents import HighlightReportDocument
from panelparse.render.csv import write_csv_tables
from panelparse.span import DocumentSpan

SEED = FIXTURES / "build" / "seed" / "wiltshire-pcp-2023-03-09.txt"
KENT_DECK = CORPUS / "kent-cabinet-2025-01-30-item8-ics-priorities-measures-slides.pdf"
FIELDS = ("last_month", "last_3_months", "vs_previous_3_months", "vs_previous_year",
          "last_12_months", "vs_previous_12_months")


@pytest.fixture(scope="module")
def extracted(read_pages) -> tuple[HighlightReportDocument, ExtractContext]:
    """The extractor run on exactly the highlight report's pages (19-38) of the sample pack, so
    these golden values test this extractor whatever segmentation does."""
    pages = tuple(p for p in read_pages(SAMPLE_PACK) if 19 <= p.number <= 38)
    ctx = ExtractContext(document_index=0)
    span = DocumentSpan(pages, tuple(p.printed_page for p in pages))
    return HighlightReportExtractor().extract(span, ctx, 1.0), ctx


@pytest.fixture(scope="module")
def report(extracted) -> HighlightReportDocument:
    return extracted[0]


def _measure(doc: HighlightReportDocument, name: str):
    found = [(p.number, m) for p in doc.priorities for m in p.scorecards if m.name == name]
    assert len(found) == 1, f"{name!r} found {len(found)} times"
    return found[0]


def _priority(doc: HighlightReportDocument, number: int):
    return next(p for p in doc.priorities if p.number == number)


def _seed_scorecard_rows() -> list[list[str]]:
    """Every scorecard row of the seed text: 8 tab-separated cells, header rows left out."""
    text = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(text) if line.startswith("MAKING"))
    end = next(i for i, line in enumerate(text) if line.startswith("Terminology"))
    rows = [line.split("\t") for line in text[start:end]]
    return [r for r in rows if len(r) == 8 and r[0] != "Measure"]


# -- the sample pack -----------------------------------------------------------------------

def test_extracts_without_warnings(extracted):
    assert extracted[1].warnings == []


def test_title_and_period(report):
    assert report.title == "Quarterly Highlight report: Dec 2022 – Feb 2023"
    assert (report.period.start.raw, report.period.end.raw) == ("Dec 2022", "Feb 2023")
    assert report.period.start.start == dt.date(2022, 12, 1)
    assert report.period.end.end == dt.date(2023, 2, 28)


def test_measure_summary(report):
    summary = report.measure_summary
    assert (summary.total, summary.improving, summary.declining, summary.static) == (66, 37, 28, 1)
    assert [(g.priority, g.total, g.improving, g.declining) for g in summary.by_priority] == [
        (1, 43, 24, 18), (2, 11, 5, 6), (3, 7, 6, 1), (4, 5, 2, 3)]
    assert summary.by_priority[0].label == "P1 43 measures"
    assert summary.evidence.page == 22


def test_priorities_numbers_and_titles(report):
    assert [(p.number, p.title) for p in report.priorities] == [
        (1, "A police service that meets the needs of its community"),
        (2, "Reduce violence and serious harm"),
        (3, "Tackle crimes that matter to local communities"),
        (4, "Improve the experience of victims and deliver justice"),
    ]


def test_untitled_text_slide_starts_the_next_priority(report):
    # The Priority 3 outcomes slide prints no priority title: it follows Priority 2's scorecard.
    p3 = _priority(report, 3)
    assert p3.outcomes[0] == ("Wiltshire Police achieved Home Office target of attending 100% of "
                              "burglaries in Dec 2022 & Jan 2023.")
    assert len(p3.outcomes) == 8
    assert p3.risks[1].startswith("A location for the Salisbury hub has not been agreed.")
    assert _priority(report, 2).outcomes[-1].startswith("OPCC co funded EOTAS pilot")


def test_text_sections_of_each_priority(report):
    p1, p2, p4 = (_priority(report, n) for n in (1, 2, 4))
    assert [len(p.outcomes) for p in report.priorities] == [8, 7, 8, 4]
    assert [len(p.risks) for p in report.priorities] == [1, 2, 2, 1]
    assert [len(p.next_quarter_focus) for p in report.priorities] == [3, 2, 3, 3]
    assert [len(p.assessment) for p in report.priorities] == [2, 1, 2, 1]
    assert p1.outcomes[0] == "Recruitment of new Chief Constable by PCC endorsed by P&CP. Commenced 27th Feb 2023."
    assert p1.outcomes[-1] == "The OPCC continues to execute actions within the 2022 – 23 Delivery Plan."
    assert p1.next_quarter_focus[0] == "Produce and publish the OPCC Delivery Plan 2023-24."
    assert p2.risks[1] == ("VCOP compliance continues to be a challenge. In response the back 2 basics gold "
                           "group are introducing new measures Feb 2023.")
    assert p4.assessment[0].startswith("Force are instigating comprehensive governance")
    assert p4.assessment[0].endswith("overall effectiveness of the criminal justice system.")


def test_deliverables(report):
    progress = {d.action: (d.due.raw, d.due.start, d.progress_pct) for p in report.priorities
                for d in p.deliverables}
    assert [len(p.deliverables) for p in report.priorities] == [2, 4, 5, 4]
    assert progress["Tidworth police building site work started."] == ("Q4 2023", dt.date(2023, 10, 1), 30.0)
    assert progress["MOJ funding for female offenders expected"] == ("Feb 2023", dt.date(2023, 2, 1), 0.0)
    assert progress["Re-commissioning of MHTR service from April 2023 to start"] == (
        "Contract start April 2023", dt.date(2023, 4, 1), 95.0)
    mobile = _priority(report, 1).deliverables[1]
    assert mobile.action == ("Use of two mobile police stations to be introduced, (Unexpected vehicle "
                             "delivery delays caused short term setbacks)")
    assert (mobile.due.raw, mobile.progress_raw, mobile.evidence.page) == ("May 23", "40%", 23)


def test_scorecard_rows_per_priority(report):
    assert [len(p.scorecards) for p in report.priorities] == [49, 14, 9, 5]
    # Every scorecard slide of a priority repeats one header: one (merged) table per priority.
    assert {m.table for p in report.priorities for m in p.scorecards} == {0}


def test_every_scorecard_cell_matches_the_seed(report):
    expected = _seed_scorecard_rows()
    got = [m for p in report.priorities for m in p.scorecards]
    assert len(expected) == len(got) == 77
    for row, measure in zip(expected, got, strict=True):
        assert measure.name == row[0]
        cells = [getattr(measure, f).raw if getattr(measure, f) else "" for f in FIELDS]
        assert cells == row[2:], measure.name


def test_abandonment_rate_999(report):
    priority, m = _measure(report, "Abandonment Rate: 999")
    assert priority == 1
    assert (m.last_month.value, m.last_month.unit) == (0.3, "percent")
    change = m.vs_previous_3_months
    assert (change.value, change.unit, change.direction) == (-0.6, "percentage_points", "down")
    assert m.vs_previous_12_months.raw == "-2.3% points ▼"
    assert m.evidence.page == 24 and m.evidence.bbox is not None


def test_average_time_to_answer_crib_in_seconds(report):
    _, m = _measure(report, "Average Time to Answer: CRIB")
    assert (m.last_month.raw, m.last_month.value, m.last_month.unit) == ("00:06:59", 419.0, "seconds")
    assert (m.vs_previous_3_months.value, m.vs_previous_3_months.direction) == (73.0, "up")


def test_crime_volume_counts_and_undirected_changes(report):
    _, m = _measure(report, "Crime Volume")
    assert (m.last_12_months.value, m.last_12_months.unit) == (43780.0, "count")
    assert (m.vs_previous_12_months.value, m.vs_previous_12_months.unit) == (7.9, "percent")
    assert m.vs_previous_12_months.direction is None  # this table prints no arrows
    assert m.evidence.page == 26


def test_victim_satisfaction_without_monthly_data(report):
    _, m = _measure(report, "Overall Victim Satisfaction")
    assert (m.last_month.raw, m.last_month.value, m.last_month.unit) == ("Zero or No Data Available", None, None)
    assert m.last_3_months.raw == "Rolling 12 Month Data Only" and m.last_3_months.value is None
    assert m.vs_previous_3_months is None and m.vs_previous_year is None  # blank cells
    assert (m.last_12_months.value, m.last_12_months.unit) == (73.6, "percent")
    assert (m.vs_previous_12_months.value, m.vs_previous_12_months.direction) == (-4.1, "down")


def test_other_priorities_measures(report):
    assert _measure(report, "Crime Volume: RASSO")[0] == 2
    number, drug = _measure(report, "Arrest Volume: Drug Driving Offences")
    assert number == 3
    assert (drug.vs_previous_year.value, drug.vs_previous_year.direction) == (82.1, "up")
    number, treatment = _measure(report, "Victim Satisfaction: Treatment by Police")
    assert (number, treatment.last_12_months.value) == (4, 89.1)
    _, flat = _measure(report, "Average Time to Answer: 999")
    assert (flat.vs_previous_12_months.value, flat.vs_previous_12_months.direction) == (0.0, "flat")


def test_periods_keep_the_printed_column_periods(report):
    _, m = _measure(report, "Abandonment Rate: 101")
    assert m.periods == {
        "last_month": "Jan-2023", "last_3_months": "Nov-2022 to Jan-2023",
        "vs_previous_3_months": "Aug-2022 to Oct-2022", "vs_previous_year": "Nov-2021 to Jan-2022",
        "last_12_months": "Feb-2022 to Jan-2023", "vs_previous_12_months": "Feb-2021 to Jan-2022",
    }
    assert m.rag is None  # the sample's scorecards are not colour-coded


def test_commentary_blocks(report):
    p1 = _priority(report, 1)
    abandonment = p1.commentary[0]
    assert abandonment.heading == "ABANDONMENT RATES"
    assert abandonment.bullets[0] == ("999 - Average wait times have reduced significantly over last 2 month "
                                      "with wait times at 5 secs, a 3-yr. low.")
    headings = [c.heading for c in p1.commentary]
    assert {"THRIVE", "INTELLIGENCE", "CRIME VOLUME", "SERVICE DELIVERY"} <= set(headings)
    thrive = p1.commentary[headings.index("THRIVE")]
    assert len(thrive.bullets) == 6
    assert [c.heading for c in _priority(report, 3).commentary] == ["ROAD SAFETY", "VOLUME", "INVESTIGATION"]


def test_summary_slide_commentary_is_document_level(report):
    notes = {c.heading: c for c in report.commentary}
    assert notes["Positives"].bullets[0] == ("FAT outcome rates improving (14.8%). Violence with Injury FAT "
                                             "Outcome Rate 20.5%, YOY improvement of 9%.")
    assert len(notes["Persistent issues"].bullets) == 4
    assert notes["Persistent issues"].evidence.page == 22
    assert "If it matters to you, it matters to me." not in str(report.model_dump())  # slide footer


def test_glossary(report):
    assert len(report.glossary) == 34
    terms = {g.term: g.definition for g in report.glossary}
    assert terms["FAT"] == "Further Action Taken (charge/caution/penalty notice)"
    assert terms["Median"].endswith("might skew the average of the values.")
    assert report.glossary[-1].term == "VCOP" and report.glossary[-1].evidence.page == 38
    assert report.tables == []


def test_checks(report):
    checks = {c.code: c for c in HighlightReportExtractor().checks(report)}
    for code in ("measure_summary_total", "measure_summary_priorities_total",
                 "measure_summary_priorities_improving", "measure_summary_priorities_declining",
                 "measure_summary_static"):
        assert checks[code].status == "pass", checks[code].message
    assert checks["measure_summary_total"].message.endswith("printed 66, computed 66")
    # The summary counts 43 Priority 1 measures; its scorecards print 49 rows: a finding, not an error.
    assert checks["priority_1_measure_count"].status == "fail"
    assert "printed 43, computed 49" in checks["priority_1_measure_count"].message
    assert checks["priority_4_measure_count"].status == "pass"


# -- through the pipeline -------------------------------------------------------------------

def test_pipeline_finds_the_report(sample_pack):
    docs = [d for d in sample_pack.documents if d.kind == "highlight_report"]
    assert len(docs) == 1
    doc = docs[0]
    assert (doc.pages.start, doc.pages.end) == (19, 38)
    assert sum(len(p.scorecards) for p in doc.priorities) == 77
    assert any(c.code == "measure_summary_total" and c.status == "pass" for c in sample_pack.checks)


def test_scorecards_csv_reads_back(sample_pack, tmp_path: Path):
    written = {p.name for p in write_csv_tables(sample_pack, tmp_path)}
    assert {"scorecards.csv", "deliverables.csv"} <= written
    with open(tmp_path / "scorecards.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 77
    by_name = {r["measure"]: r for r in rows}
    abandonment = by_name["Abandonment Rate: 999"]
    assert (abandonment["priority"], abandonment["last_month"],
            abandonment["last_month_unit"]) == ("1", "0.3", "percent")
    assert abandonment["vs_previous_3_months_raw"] == "-0.6% points ▼"
    assert abandonment["vs_previous_3_months_direction"] == "down"
    assert abandonment["last_month_label"] == "Jan-2023" and abandonment["page"] == "24"
    assert by_name["Crime Volume"]["last_12_months"] == "43780.0"
    assert by_name["Overall Victim Satisfaction"]["last_month"] == ""
    with open(tmp_path / "deliverables.csv", encoding="utf-8-sig", newline="") as handle:
        deliverables = {r["action"]: r for r in csv.DictReader(handle)}
    assert deliverables["Tidworth police building site work started."]["progress_pct"] == "30.0"
    assert deliverables["MOJ funding for female offenders expected"]["due_start"] == "2023-02-01"


# -- a KPI deck with other columns ----------------------------------------------------------

def test_kpi_deck_groups_indicators_by_directorate(read_pages):
    pages = read_pages(KENT_DECK)
    assert len(pages) == 31
    ctx = ExtractContext(document_index=0)
    doc = HighlightReportExtractor().extract(DocumentSpan(pages, (None,) * len(pages)), ctx, 0.6)
    assert doc.measure_summary is None and ctx.warnings == []
    # No slide names a priority; the titles name the directorate after '~' on every slide type
    # ('Proposed Priorities ... ~ CYPE', 'Measures within the Logframe ~ CYPE'): one priority each.
    assert [(p.title, len(p.scorecards)) for p in doc.priorities] == [
        ("CYPE", 4), ("Public Health", 9), ("Communities", 1), ("HROD", 4), ("Procurement", 2),
        ("Adult Social Care", 6), ("GET", 4)]
    # 'Objectively Verifiable Indicators | Timescale | Progress': the indicators, dates as printed.
    life = doc.priorities[1].scorecards[0]
    assert life.name.startswith("By 2026-28, life expectancy at birth in Kent")
    assert life.values["Timescale"].raw == "2026" and life.values["Timescale"].value is None
    assert {m.rag for p in doc.priorities for m in p.scorecards} == {None}  # row shading is no RAG
    # The Shared Outcome | Number slide is the key to the SO codes.
    assert [g.term for g in doc.glossary] == ["SO1", "SO2", "SO3", "SO4", "SO5", "SO6"]
    # Commitments tables are not scorecards: they stay tables, with their columns as printed.
    titles = [t.title for t in doc.tables]
    assert len(titles) == 9 and "Measures within the Logframe ~ Public Health" not in titles
    health = next(t for t in doc.tables
                  if t.title == "Proposed Priorities to Improve Health and Wellbeing~ Public Health")
    assert health.header == ["What we have committed to", "Led by", "Timescale", "Measure", "Shared Outcome"]
    assert (health.page, health.page_end, len(health.rows)) == (7, 11, 27)  # one table across slides 7-11
    assert health.rows[1][2] == "March 2026"
    assert health.groups[0].label.startswith("Develop a system wide approach to reduce poor outcomes")
    assert [g.label for g in health.groups][-1] == "Enabler"
    contents = doc.tables[0]
    assert contents.header == ["Contents", "Pages"] and contents.rows[-1] == ["Acknowledgements", "31"]


def test_kpi_deck_through_the_pipeline(extract_pack):
    pack = extract_pack(KENT_DECK)
    assert not [w for d in pack.documents for w in d.warnings if w.code == "extractor_failed"]
    for doc in pack.documents:
        if doc.kind == "highlight_report":
            assert len(doc.tables) == 9 and len(doc.priorities) == 7


# -- synthetic tables: what the sample does not print ----------------------------------------

RED, AMBER, GREEN, WHITE = (0.93, 0.11, 0.14), (1.0, 0.75, 0.0), (0.0, 0.69, 0.31), (1.0, 1.0, 1.0)


def _grid(page: int, rows: list[list[str]], fills=None) -> TableGrid:
    boxes = tuple((0.0, 20.0 * i, 500.0, 20.0 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=page, bbox=(0.0, 0.0, 500.0, 20.0 * len(rows)), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes, fills=tuple(map(tuple, fills or ())))


def _slides(*tables_per_slide: list[TableGrid], title: str = "Score card - Priority 2: Safer roads"):
    slides = []
    for number, tables in enumerate(tables_per_slide, start=1):
        page = PageLayout(number=number, width=960, height=540, lines=(), tables=tuple(tables))
        slides.append(Slide(page=page, title=title if number == 1 else None, blocks=[]))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read(slides)
    return builder


def test_columns_are_found_by_header_text_not_position():
    header = ["Last 12 Months (Feb-22 to Jan-23)", "KPI", "vs Previous Year", "Last Month", "RAG"]
    table = _grid(1, [header, ["1,200", "Calls answered", "-3.0% ▼", "95", "Green"]])
    measure = _slides([table]).priorities[2].scorecards[0]
    assert measure.name == "Calls answered"
    assert (measure.last_12_months.value, measure.last_month.value) == (1200.0, 95.0)
    assert (measure.vs_previous_year.value, measure.vs_previous_year.direction) == (-3.0, "down")
    assert measure.periods == {"last_month": "Last Month", "last_12_months": "Feb-22 to Jan-23",
                               "vs_previous_year": "vs Previous Year"}
    assert measure.rag == "green"  # from the RAG column's word


def test_rag_read_from_cell_fills_and_headerless_continuation():
    header = ["Measure", "Last Month", "Last 3 Months", "vs. Previous 3 Months"]
    first = _grid(1, [header, ["Burglary", "171", "493", "3.4%"], ["Robbery", "12", "40", "-2.0%"]],
                  fills=[[WHITE] * 4, [WHITE, RED, WHITE, WHITE], [WHITE, WHITE, AMBER, WHITE]])
    # The next slide continues the table without repeating its header.
    second = _grid(2, [["Drug offences", "59", "142", "49.5% ▲"]], fills=[[GREEN, WHITE, WHITE, WHITE]])
    other = _grid(2, [["Measure", "Last Month", "Last 12 Months"], ["Arrests", "60", "670"]])
    cards = _slides([first], [second, other]).priorities[2].scorecards
    assert [(m.name, m.rag, m.table) for m in cards] == [
        ("Burglary", "red", 0), ("Robbery", "amber", 0), ("Drug offences", "green", 0), ("Arrests", None, 1)]
    assert cards[2].evidence.page == 2 and cards[2].vs_previous_3_months.direction == "up"
    assert cards[2].periods["last_month"] == "Last Month"  # the inherited header's label


@pytest.mark.parametrize("text, expected", [
    ("Priority 1: A police service that meets the needs of its community",
     (1, "A police service that meets the needs of its community")),
    ("Score card - Priority 3: Tackle crimes that matter to local communities",
     (3, "Tackle crimes that matter to local communities")),
    ("P2: Reduce violence and serious harm", (2, "Reduce violence and serious harm")),
    ("Priority Two – Thriving economy", (2, "Thriving economy")),
    ("P2 11 measures", None),
    ("Quarterly PCC Highlight Report", None),
])
def test_priority_headings(text, expected):
    assert priority_of(text) == expected


# -- a synthetic deck worded differently from the sample --------------------------------------

def _line(page: int, text: str, x: float, y: float, size: float = 10.0, bold: bool = False) -> Line:
    words, cursor = [], x
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, cursor, y, cursor + width, y + size, size, bold))
        cursor += width + size * 0.25
    return Line(tuple(words), page)


def _page(number: int, lines: list[Line], tables: tuple = ()) -> PageLayout:
    return PageLayout(number=number, width=960, height=540, lines=tuple(lines), tables=tables)


def _text_slide(number: int, title: str | None, left: list[str], right: list[str], tables=()) -> PageLayout:
    """Two columns of 'Heading' / '• bullet' lines under an optional 24 pt title."""
    lines = [_line(number, title, 32, 20, 24, True)] if title else []
    for x, column in ((32, left), (500, right)):
        for row, text in enumerate(column):
            heading = not text.startswith("•")
            lines.append(_line(number, text, x, 90 + 16 * row, 12 if heading else 10, heading))
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return _page(number, lines, tables)


def test_differently_worded_deck_reads_the_same_way():
    milestones = _grid(1, [["Milestone", "Target date", "% complete"],
                           ["New CCTV in the town centre", "June 2024", "60%"]])
    slides = (
        _text_slide(1, "Priority One – Safer streets",
                    ["Key achievements", "• Two new PCSOs started", "• Street lighting fixed",
                     "Risks", "• Recruitment delays"],
                    ["Next steps", "• Consult on CCTV", "Overall assessment", "• Good progress"],
                    (milestones,)),
        _page(2, [_line(2, "Priority 1 scorecard", 32, 20, 24, True)],
              (_grid(2, [["Indicator", "This month", "Previous 3 months", "Last 12 months"],
                         ["Burglaries", "12", "40", "150"]]),)),
        _text_slide(3, None, ["Key achievements", "• Youth club reopened"], ["Risks", "• Funding gap"]),
        _page(4, [_line(4, "Priority 2 scorecard: Young people", 32, 20, 24, True)]),
    )
    furniture = repeated_lines(slides)
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(page, furniture) for page in slides])
    one, two = builder.priorities[1], builder.priorities[2]
    assert one.title == "Safer streets" and two.title == "Young people"
    assert one.sections == {"outcomes": ["Two new PCSOs started", "Street lighting fixed"],
                            "risks": ["Recruitment delays"], "next_quarter_focus": ["Consult on CCTV"],
                            "assessment": ["Good progress"]}
    assert [(d.action, d.due.raw, d.progress_pct) for d in one.deliverables] == [
        ("New CCTV in the town centre", "June 2024", 60.0)]
    burglaries = one.scorecards[0]
    assert (burglaries.name, burglaries.last_month.value, burglaries.last_12_months.value) == (
        "Burglaries", 12.0, 150.0)
    # "Previous 3 months" over a plain count is that period's figure, one more value, not a change of 40.
    assert burglaries.vs_previous_3_months is None and burglaries.values["Previous 3 months"].value == 40.0
    # The untitled text slide after Priority 1's scorecard opens Priority 2.
    assert two.sections == {"outcomes": ["Youth club reopened"], "risks": ["Funding gap"]}


def test_unreadable_scorecard_value_is_kept_raw_with_a_warning():
    from panelparse.extractors.base import ExtractContext
    from panelparse.extractors.highlight_report.tables import _measure, _Place, scorecard_header
    from panelparse.layout.types import TableGrid

    rows = (("Measure", "Last Month (Jan-2023)", "vs. Previous 3 Months (Aug-2022 to Oct-2022)"),
            ("Crime Volume", "see note 4", "-7.5%"))
    table = TableGrid(page=26, bbox=(0, 0, 100, 40), rows=rows, row_bboxes=((0, 0, 100, 20), (0, 20, 100, 40)))
    ctx = ExtractContext(document_index=3)
    measure = _measure(table, 1, scorecard_header(table), ctx, _Place(0, None))
    assert measure.last_month.raw == "see note 4" and measure.last_month.value is None
    assert measure.vs_previous_3_months.value == -7.5
    assert [w.code for w in ctx.warnings] == ["unparsed_value"] and ctx.warnings[0].page == 26


def test_kpi_table_of_another_shape_gives_measures():
    # Another council's scorecard: Indicator | Target | Actual Q3 | RAG | Direction of travel | Timescale
    from panelparse.extractors.base import ExtractContext
    from panelparse.extractors.highlight_report.tables import kpi_header, read_measures
    from panelparse.layout.types import TableGrid

    rows = (("Indicator", "Target", "Actual Q3", "RAG", "Direction of travel", "Timescale"),
            ("Household waste recycled", "50%", "47.2%", "Amber", "▲", "2025"),
            ("Days to process new benefit claims", "20 days", "18 days", "Green", "▼", "2026"),
            ("Indicator", "Target", "Actual Q3", "RAG", "Direction of travel", "Timescale"),
            ("Missed bin collections per 100,000", "80", "Zero or No Data Available", "Red", "—", "2025"))
    boxes = tuple((0.0, 20.0 * i, 500.0, 20.0 * i + 20) for i in range(len(rows)))
    table = TableGrid(page=4, bbox=(0, 0, 500, 100), rows=rows, row_bboxes=boxes)
    header = kpi_header(table)
    assert header is not None and list(header.extra) == ["Target", "Actual Q3"]  # Timescale is years
    ctx = ExtractContext(document_index=0)
    measures = read_measures(table, header, 1, ctx, 0)
    assert [m.name for m in measures] == ["Household waste recycled", "Days to process new benefit claims",
                                          "Missed bin collections per 100,000"]
    waste, claims, bins = measures
    assert (waste.values["Actual Q3"].value, waste.values["Actual Q3"].unit) == (47.2, "percent")
    assert (claims.values["Target"].value, claims.values["Target"].unit) == (20.0, "days")
    assert [m.rag for m in measures] == ["amber", "green", "red"]
    assert [m.trend for m in measures] == ["up", "down", "flat"]
    assert bins.values["Actual Q3"].value is None and bins.last_month is None
    assert waste.evidence.page == 4


def test_kpi_header_needs_a_measure_column_and_figures():
    from panelparse.extractors.highlight_report.tables import kpi_header
    from panelparse.layout.types import TableGrid

    prose = TableGrid(page=1, bbox=(0, 0, 1, 1), rows=(("Measure", "Progress"), ("Youth hubs", "On track")),
                      row_bboxes=((0, 0, 1, 1), (0, 0, 1, 1)))
    no_name = TableGrid(page=1, bbox=(0, 0, 1, 1), rows=(("Area", "Actual"), ("North", "12")),
                        row_bboxes=((0, 0, 1, 1), (0, 0, 1, 1)))
    assert kpi_header(prose) is None and kpi_header(no_name) is None


# -- house styles (HOUSE-STYLES §4): summary rows, quarter tables, signs, Word headings --------

@pytest.mark.parametrize("total_first", [True, False])
def test_summary_table_of_rows_with_the_total_first_or_last(total_first):
    from panelparse.extractors.highlight_report.summary import summary_counts

    rows = [["Priority 1: A clean and green place", "6", "4", "2", "0"],
            ["P2: An efficient council", "5", "4", "1", "0"]]
    total = ["Total", "11", "8", "3", "0"]
    body = [total, *rows] if total_first else [*rows, total]
    table = _grid(1, [["Priority", "Measures", "Improving", "Declining", "Static"], *body])
    groups = {g.priority: g for g in summary_counts(table)}
    assert (groups[None].total, groups[None].improving, groups[None].declining, groups[None].static) == (11, 8, 3, 0)
    assert (groups[1].total, groups[2].total, groups[2].improving) == (6, 5, 4)
    builder = _slides([table])
    # a summary is not a scorecard: no measures named "6" or "5"
    assert [m for p in builder.priorities.values() for m in p.scorecards] == []
    assert len(builder.summary) == 3


def test_summary_table_needs_priority_or_total_rows():
    from panelparse.extractors.highlight_report.summary import summary_counts

    table = _grid(1, [["Area", "Measures", "Improving", "Declining"], ["North", "6", "4", "2"]])
    assert summary_counts(table) == []


def test_quarter_table_keeps_its_columns_by_label_and_reads_sign_directions():
    header = ["Measure", "This Quarter", "Last Quarter", "Change", "RAG", "Direction"]
    table = _grid(1, [header,
                      ["Council tax collected", "99.9%", "96.6%", "3.3 % points", "G", "+"],
                      ["Calls answered", "45,195", "48,235", "-6.3%", "R", "-"],
                      ["FOI answered in 20 days", "79.5%", "79.5%", "0.0 % points", "A", "="],
                      ["Complaints upheld", "Zero", "Zero", "-", "G", "n/a"]])
    cards = _slides([table]).priorities[2].scorecards
    tax, calls, foi, complaints = cards
    assert tax.last_3_months is None  # 'This Quarter' is a value by its label, not 'last 3 months'
    assert (tax.values["This Quarter"].value, tax.values["Last Quarter"].value) == (99.9, 96.6)
    assert [m.trend for m in cards] == ["up", "down", "flat", None]
    assert [m.rag for m in cards] == ["green", "red", "amber", "green"]
    assert (complaints.values["This Quarter"].value, complaints.values["This Quarter"].unit) == (0.0, "count")


def test_a_lone_dash_is_no_direction_where_the_column_prints_no_signs():
    table = _grid(1, [["Measure", "This Quarter", "Last Quarter", "Direction"],
                      ["Fires attended", "399", "421", "Better"], ["New survey", "TBC", "n/a", "-"]])
    assert [m.trend for m in _slides([table]).priorities[2].scorecards] == ["up", None]


def test_word_report_headings_name_the_priority_of_the_tables_below():
    kpis = ("Measure", "2022/23", "2023/24", "Target")

    def table(top: float, row: tuple[str, ...]) -> TableGrid:
        return TableGrid(page=1, bbox=(32, top, 500, top + 60), rows=(kpis, row),
                         row_bboxes=((32, top, 500, top + 30), (32, top + 30, 500, top + 60)))

    page = _page(1, [_line(1, "Priority 1: A clean and green place", 32, 100, 11, True),
                     _line(1, "Priority 2: An efficient council", 32, 300, 11, True)],
                 (table(120, ("Bins missed", "39", "37", "45")), table(320, ("Tax collected", "99%", "98%", "97%"))))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(page, set())])
    assert {n: [m.name for m in p.scorecards] for n, p in builder.priorities.items()} == {
        1: ["Bins missed"], 2: ["Tax collected"]}
    assert builder.priorities[2].title == "An efficient council"


def test_code_key_table_is_a_glossary():
    from panelparse.extractors.highlight_report.tables import code_glossary

    key = _grid(1, [["Shared Outcome", "Number"], ["Give children the best start", "SO1"],
                    ["Tackle the wider determinants", "SO2"], ["Support healthy living", "SO3"]])
    contents = _grid(1, [["Contents", "Pages"], ["Overview", "3"], ["Public Health", "7 – 13"], ["Adults", "21"]])
    assert code_glossary(key) == (1, 0) and code_glossary(contents) is None
    builder = _slides([key], title="Shared Outcomes")
    assert [(g.term, g.definition) for g in builder.glossary][0] == ("SO1", "Give children the best start")


# -- RAG printed only as a colour, on real PDFs ------------------------------------------------

STYLES = FIXTURES / "styles"


def _ratings(pack) -> dict[str, str | None]:
    doc = next(d for d in pack.documents if d.kind == "highlight_report")
    return {m.name: m.rag for p in doc.priorities for m in p.scorecards}


def test_rag_read_from_cell_fill_on_a_word_report(extract_pack):
    # scrutiny-table-pack: a Word KPI report (LibreOffice PDF) whose RAG column is blank cells
    # filled red, amber or green. Expected ratings: the generator's record (build/styles, seed 113).
    ratings = _ratings(extract_pack(STYLES / "scrutiny-table-pack.pdf"))
    assert [ratings[n] for n in ("Household waste sent for reuse, recycling and composting",
                                 "Missed bin collections per 100,000",
                                 "Average days to process new benefit claims",
                                 "Working days lost to sickness per employee",
                                 "Calls to the contact centre answered",
                                 "Households in temporary accommodation")] == [
        "red", "green", "amber", "red", "amber", "red"]
    assert len(ratings) == 14 and None not in ratings.values()


def test_rag_read_from_the_colour_of_a_mark():
    header = ["Measure", "2022/23", "2023/24", "RAG"]
    table = TableGrid(page=1, bbox=(0.0, 0.0, 500.0, 60.0),
                      rows=(tuple(header), ("Bins missed", "39", "37", "●"), ("Tax collected", "99%", "98%", "●")),
                      row_bboxes=((0.0, 0.0, 500.0, 20.0), (0.0, 20.0, 500.0, 40.0), (0.0, 40.0, 500.0, 60.0)),
                      inks=((None,) * 4, (None, None, None, RED), (None, None, None, (0.2, 0.4, 0.9))))
    cards = _slides([table]).priorities[2].scorecards
    assert [m.rag for m in cards] == ["red", "blue"]


def test_summary_by_rag_is_read_and_reconciled_with_the_ratings():
    from panelparse.extractors.highlight_report.checks import highlight_checks
    from panelparse.extractors.highlight_report.summary import summary_counts

    summary = _grid(1, [["Priority", "Measures", "Green", "Amber", "Red"],
                        ["Priority 2: Safer roads", "3", "1", "1", "1"], ["Total", "3", "1", "1", "1"]])
    groups = {g.priority: g for g in summary_counts(summary)}
    assert (groups[2].total, groups[2].green, groups[2].amber, groups[2].red) == (3, 1, 1, 1)
    scorecard = _grid(2, [["Measure", "Target", "Actual", "RAG"], ["Casualties", "80", "75", "Green"],
                          ["Speeding", "100", "120", "Red"], ["Cameras", "10", "9", "Red"]])
    doc = HighlightReportExtractor().extract(DocumentSpan((
        PageLayout(number=1, width=960, height=540, lines=(), tables=(summary,)),
        PageLayout(number=2, width=960, height=540, lines=(_line(2, "Priority 2: Safer roads", 32, 20, 24, True),),
                   tables=(scorecard,))), (None, None)), ExtractContext(document_index=0), 1.0)
    assert doc.measure_summary.green == 1 and doc.measure_summary.red == 1
    checks = {c.code: c for c in highlight_checks(doc)}
    assert checks["measure_summary_rag_total"].status == "pass"
    assert checks["priority_2_measure_count"].status == "pass"
    assert checks["priority_2_green_count"].status == "pass"
    red = checks["priority_2_red_count"]
    assert red.status == "fail" and red.message.endswith("printed 1, computed 2")  # both figures shown


def test_summary_list_of_statuses():
    from panelparse.extractors.highlight_report.summary import summary_counts

    table = _grid(1, [["RAG status", "Number of measures"], ["Green", "10"], ["Amber", "4"], ["Red", "3"],
                      ["Total", "17"]])
    (group,) = summary_counts(table)
    assert (group.priority, group.total, group.green, group.amber, group.red) == (None, 17, 10, 4, 3)
    assert summary_counts(_grid(1, [["Area", "Number"], ["North", "10"], ["South", "4"]])) == []


def test_rag_read_from_coloured_dots_on_a_word_report(extract_pack, read_pages):
    # kpi-word-civic: the RAG column prints '●' in red, amber or green (the answer key's ratings).
    grid = next(t for t in read_pages(STYLES / "kpi-word-civic.pdf")[0].tables if "RAG" in t.rows[0])
    assert grid.inks[1][grid.rows[0].index("RAG")] == pytest.approx((1.0, 0.0, 0.0))  # the layout sees the ink
    ratings = _ratings(extract_pack(STYLES / "kpi-word-civic.pdf"))
    assert [ratings[n] for n in ("Household waste sent for reuse, recycling and composting",
                                 "Missed bin collections per 100,000",
                                 "Average days to process new benefit claims",
                                 "Calls to the contact centre answered")] == ["red", "green", "amber", "red"]


# -- an appendix of indicator panels, and scorecards printed without rules ---------------------

def test_indicator_panels_of_label_value_pairs():
    lines = [_line(1, "Environment and Transport", 32, 20, 24, True),
             _line(1, "KPI 12: Household waste recycled", 32, 80, 12, True),
             _line(1, "Latest: 45.2% (Amber)", 32, 100), _line(1, "Target: 50%", 250, 100),
             _line(1, "Floor: 40%", 400, 100),
             _line(1, "Previous: 44.1%", 32, 116), _line(1, "Direction of travel: Improving", 250, 116),
             _line(1, "Polarity: Higher is better", 32, 132),
             _line(1, "KPI 13: Missed bins per 100,000", 32, 180, 12, True),
             _line(1, "Latest: 37 GREEN", 32, 200), _line(1, "Target: 45", 250, 200),
             _line(1, "Polarity: Lower is better", 32, 216),
             _line(1, "Commentary", 32, 260, 12, True),
             _line(1, "Tonnages rose over the winter; the target is reviewed in April.", 32, 280)]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(_page(1, lines), set())])
    (state,) = builder.priorities.values()
    waste, bins = state.scorecards
    assert waste.name == "KPI 12: Household waste recycled"
    assert {k: (v.value, v.unit) for k, v in waste.values.items()} == {
        "Latest": (45.2, "percent"), "Target": (50.0, "percent"), "Floor": (40.0, "percent"),
        "Previous": (44.1, "percent")}
    assert (waste.rag, waste.trend, waste.polarity) == ("amber", "up", "higher")
    assert (bins.values["Latest"].value, bins.rag, bins.polarity) == (37.0, "green", "lower")
    assert [c.heading for c in state.commentary] == ["Commentary"]  # prose stays commentary


def test_scorecard_printed_with_tab_stops_and_no_rules():
    def row(y: float, *cells: str) -> Line:
        words = []
        for x, text in zip((32, 300, 380, 460, 540), cells, strict=False):
            words.append(Word(text, x, y, x + len(text) * 5.0, y + 10, 10.0))
        return Line(tuple(words), 1)

    lines = [_line(1, "Priority 1: A clean and green place", 32, 20, 24, True),
             row(80, "Measure", "Target", "Actual", "RAG", "Polarity"),
             row(94, "Household waste recycled", "50.0%", "42.8%", "Red", "High"),
             row(108, "Missed bin collections", "45", "37", "Green", "Low"),
             row(122, "Fly-tipping cleared in 2 days", "95.0%", "92.1%", "Amber", "High")]
    page = with_unruled_scorecards(_page(1, lines))
    assert len(page.tables) == 1 and len(page.lines) == 1
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(page, set())])
    cards = builder.priorities[1].scorecards
    assert [(m.name, m.values["Actual"].value, m.rag, m.polarity) for m in cards] == [
        ("Household waste recycled", 42.8, "red", "higher"), ("Missed bin collections", 37.0, "green", "lower"),
        ("Fly-tipping cleared in 2 days", 92.1, "amber", "higher")]


def test_text_in_columns_is_not_a_scorecard():
    lines = [_line(1, text, x, y) for y in (80, 94, 108) for x, text in
             ((32, "Support families"), (300, "Address inequalities"), (560, "Grow our skills"))]
    page = _page(1, sorted(lines, key=lambda ln: (ln.top, ln.x0)))
    assert with_unruled_scorecards(page) is page


@pytest.mark.parametrize("titles, expected", [
    (["Overview", "Priorities ~ CYPE", "Measures ~ CYPE", "Priorities ~ Public Health", "Measures ~ Public Health",
      "Priorities ~ Public Health Education"],
     [None, "CYPE", "CYPE", "Public Health", "Public Health", "Public Health Education"]),
    (["Adults – Scorecard", "Adults – Commentary", "Children – Scorecard", "Children – Commentary", "Glossary"],
     ["Adults", "Adults", "Children", "Children", None]),  # the group before the separator
    (["Overview", "Summary of measures", "Glossary: terms"], [None, None, None]),
])
def test_slide_titles_that_name_a_group(titles, expected):
    from panelparse.extractors.highlight_report.slides import title_groups

    assert title_groups(titles) == expected


def test_priority_heading_set_tight_over_a_panel_name_is_two_headings():
    # A Word report's 'Priority 1: ...' heading (11 pt) with the first indicator's bold name (10 pt)
    # straight under it reads as one bold paragraph; the size change splits it.
    from panelparse.extractors.highlight_report.slides import _split_heading
    from panelparse.layout.query import Paragraph

    head = _line(1, "Priority 1: A clean and green place", 32, 80, 11, True)
    name = _line(1, "Household waste sent for reuse, recycling and composting", 32, 94, 10, True)
    wrapped = _line(1, "and the rest of a long priority title", 32, 94, 11, True)
    assert [p.text for p in _split_heading(Paragraph((head, name)))] == [
        "Priority 1: A clean and green place", "Household waste sent for reuse, recycling and composting"]
    assert len(_split_heading(Paragraph((head, wrapped)))) == 1  # one size: a title over two lines
    assert len(_split_heading(Paragraph((name, head)))) == 1  # only a priority heading is split


def test_word_report_of_indicator_panels(extract_pack):
    # kpi-panels-word: a Word performance report printing each indicator as a bold name over
    # 'Latest: 42.2% (Red)  Target: 50.0%  Previous: 45.0%' and 'Direction of travel: Declining  Good
    # performance is: High', no scorecard table. Expected values: the generator's record (seed 337).
    pack = extract_pack(STYLES / "kpi-panels-word.pdf")
    assert [d.kind for d in pack.documents] == ["highlight_report"]
    doc = pack.documents[0]
    assert [len(p.scorecards) for p in doc.priorities] == [6, 5, 3]
    waste = _measure(doc, "Household waste sent for reuse, recycling and composting")[1]
    assert {k: v.raw for k, v in waste.values.items()} == {"Latest": "42.2%", "Target": "50.0%", "Previous": "45.0%"}
    assert (waste.rag, waste.trend, waste.polarity) == ("red", "down", "higher")
    tax = _measure(doc, "Council tax collected")
    assert (tax[0], tax[1].values["Latest"].value, tax[1].rag) == (2, 96.0, "amber")
    wait = _measure(doc, "Average wait on the contact centre line")[1]
    assert (wait.values["Latest"].value, wait.values["Latest"].unit, wait.polarity) == (182.0, "seconds", "lower")


def test_panel_lines_are_a_classification_cue():
    from panelparse.extractors.common.vocabulary import KPI_PANEL_LINE

    assert KPI_PANEL_LINE.match("Latest: 42.2% (Red)   Target: 50.0%   Previous: 45.0%")
    assert KPI_PANEL_LINE.match("Current value - 96.0%  Baseline - 94.1%")
    assert not KPI_PANEL_LINE.match("Direction of travel: Declining   Good performance is: High")
    assert not KPI_PANEL_LINE.match("The latest figures show the target was met.")  # prose, no label pair


def test_a_row_cut_by_a_page_break_is_joined_to_its_measure():
    # A Word table whose last row breaks across the page: 'Households in temporary' and its figures
    # on page 1, 'accommodation' (and the rest of 'Lower is better') under the repeated header on
    # page 2 (as LibreOffice prints a row allowed to break across pages).
    header = ["Measure", "Target", "Actual", "RAG", "Direction of travel", "Polarity"]
    one = _grid(1, [header, ["Rough sleepers counted on a single night", "5", "3", "Green", "Same", "Lower is better"],
                    ["Households in temporary", "120", "151", "Red", "Worse", "Lower is"]])
    tail = _grid(2, [header, ["accommodation", "", "", "", "", "better"]])
    cards = _slides([one], [tail]).priorities[2].scorecards
    assert [(m.name, m.values["Actual"].value, m.rag, m.trend, m.polarity) for m in cards] == [
        ("Rough sleepers counted on a single night", 3.0, "green", "flat", "lower"),
        ("Households in temporary accommodation", 151.0, "red", "down", "lower")]
    # The same cut with further rows after it: the run-on row joins, the rows after it are measures.
    more = _grid(2, [header, ["accommodation", "", "", "", "", "better"],
                     ["Affordable homes delivered", "250", "219", "Red", "Better", "Higher is better"]])
    names = [m.name for m in _slides([one], [more]).priorities[2].scorecards]
    assert names == ["Rough sleepers counted on a single night", "Households in temporary accommodation",
                     "Affordable homes delivered"]
    # On the same page a row of words alone is a measure of its own (nothing was cut).
    same = _grid(1, [*one.rows, ("New survey measure", "", "", "", "", "")])
    assert [m.name for m in _slides([same]).priorities[2].scorecards][-1] == "New survey measure"


def test_indicator_panels_with_signed_directions_and_a_new_indicator():
    # Panels whose direction prints as a sign ('Direction of travel: -'), and a new indicator whose
    # panel has no figure yet ('Latest: TBC  Target: TBC'): still an indicator, its values null.
    lines = [_line(1, "Priority 1: A clean and green place", 32, 20, 14, True),
             _line(1, "Missed bin collections per 100,000", 32, 80, 11, True),
             _line(1, "Latest: 37 (Green)", 32, 96), _line(1, "Target: 45", 250, 96), _line(1, "Previous: 39", 400, 96),
             _line(1, "Direction of travel: -", 32, 112), _line(1, "Good performance is: Low", 250, 112),
             _line(1, "Household waste recycled", 32, 150, 11, True),
             _line(1, "Latest: 41.5% (Red)", 32, 166), _line(1, "Target: 50.0%", 250, 166),
             _line(1, "Direction of travel: =", 32, 182), _line(1, "Good performance is: High", 250, 182),
             _line(1, "Residents satisfied with their local area (new survey)", 32, 220, 11, True),
             _line(1, "Latest: TBC", 32, 236), _line(1, "Target: TBC", 250, 236), _line(1, "Previous: n/a", 400, 236),
             _line(1, "Direction of travel: n/a", 32, 252), _line(1, "Good performance is: High", 250, 252)]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(_page(1, lines), set())])
    bins, waste, survey = builder.priorities[1].scorecards
    assert (bins.name, bins.trend, bins.rag, bins.polarity) == ("Missed bin collections per 100,000", "down", "green",
                                                                "lower")
    assert (waste.trend, waste.values["Latest"].value) == ("flat", 41.5)
    assert survey.name == "Residents satisfied with their local area (new survey)"
    assert {k: (v.raw, v.value) for k, v in survey.values.items()} == {
        "Latest": ("TBC", None), "Target": ("TBC", None), "Previous": ("n/a", None)}
    assert (survey.rag, survey.trend, survey.polarity) == (None, None, "higher")


def test_a_labelled_block_of_prose_is_not_an_indicator():
    lines = [_line(1, "Looking ahead", 32, 80, 11, True),
             _line(1, "Latest: the survey closes in May.", 32, 96), _line(1, "Target: to be set by Cabinet.", 32, 112)]
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(_page(1, lines), set())])
    assert not any(state.scorecards for state in builder.priorities.values())


def test_a_panel_whose_name_holds_a_section_word_is_still_an_indicator():
    # 'high-risk' in an indicator's name must not turn its panel into a 'Risks' list.
    lines = [_line(1, "Priority 2: Respond effectively", 32, 20, 14, True),
             _line(1, "Fire safety audits of high-risk premises", 32, 80, 11, True),
             _line(1, "Latest: 272", 32, 96), _line(1, "Target: 300", 250, 96), _line(1, "Previous: 280", 400, 96),
             _line(1, "Direction of travel: ▼", 32, 112),
             _line(1, "Risks and issues", 32, 150, 11, True), _line(1, "• Recruitment to specialist posts.", 32, 166)]
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(_page(1, lines), set())])
    state = builder.priorities[2]
    (audits,) = state.scorecards
    assert (audits.name, audits.values["Latest"].value, audits.trend) == (
        "Fire safety audits of high-risk premises", 272.0, "down")
    assert state.sections == {"risks": ["Recruitment to specialist posts."]}


def test_days_printed_only_in_the_change_column_type_the_row():
    # 'This Quarter | Last Quarter | Change': '7.4' and '7.0' are days because the Change cell says so.
    table = _grid(1, [["Measure", "This Quarter", "Last Quarter", "Change", "RAG", "Direction"],
                      ["Working days lost to sickness per employee", "7.4", "7.0", "+0.4 days ↗", "Red", "↗"],
                      ["Average wait on the contact centre line", "00:03:02", "00:03:04", "-2 s ↘", "Amber", "↘"],
                      ["Calls answered", "47,133", "46,335", "+1.7% ↗", "Red", "↗"]])
    cards = _slides([table]).priorities[2].scorecards
    assert [(m.values["This Quarter"].value, m.values["This Quarter"].unit, m.values["Last Quarter"].unit)
            for m in cards] == [(7.4, "days", "days"), (182.0, "seconds", "seconds"), (47133.0, "count", "count")]


def test_header_words_broken_across_lines_of_a_narrow_column():
    # A narrow Word column breaks 'Previous' anywhere: 'vs\nPreviou\ns 3\nMonths' is still the
    # comparison with the previous 3 months, not a second 'Last 3 Months' column.
    header = ["Measure", "Last\nMonth\n(Mar-\n2023)", "Last 3\nMonths", "vs\nPreviou\ns 3\nMonths",
              "Last 12\nMonths", "vs\nPreviou\ns 12\nMonths", "RAG"]
    table = _grid(1, [header, ["Missed bin collections per 100,000", "36", "35", "+0.0% →", "35", "-2.8% ↓", "Green"]])
    (bins,) = _slides([table]).priorities[2].scorecards
    assert (bins.last_month.value, bins.last_3_months.value, bins.last_12_months.value) == (36.0, 35.0, 35.0)
    assert (bins.vs_previous_3_months.value, bins.vs_previous_12_months.value) == (0.0, -2.8)
    assert bins.vs_previous_12_months.direction == "down" and bins.rag == "green"


def test_years_and_words_broken_by_a_narrow_column():
    # Verdana in a narrow Word column: '2020/2' / '1', 'Directi' / 'on of' / 'travel', 'Declini' / 'ng'.
    header = ["Measure", "2020/2\n1", "2021/2\n2", "2022/2\n3", "Target", "RAG", "Directi\non of\ntravel",
              "Polarit\ny"]
    table = _grid(1, [header, ["Household waste sent for reuse,\nrecycling and composting", "42.2%", "43.2%",
                               "42.3%", "50.0%", "R", "Declini\nng", "Higher\nis\nbetter"],
                      ["Missed bin collections per 100,000", "37", "38", "37", "45", "G", "Improvi\nng",
                       "Lower\nis\nbetter"]])
    waste, bins = _slides([table]).priorities[2].scorecards
    assert {k: v.raw for k, v in waste.values.items()} == {
        "2020/21": "42.2%", "2021/22": "43.2%", "2022/23": "42.3%", "Target": "50.0%"}
    assert (waste.rag, waste.trend, waste.polarity) == ("red", "down", "higher")
    assert (bins.values["2022/23"].value, bins.trend, bins.polarity) == (37.0, "up", "lower")


def test_a_cut_row_whose_change_cells_run_on_too():
    # 'Freedom of information requests answered' / 'in 20 days', and '-1.1 %' / 'points' in the
    # change cells, either side of a page break.
    header = ["Measure", "Last Month", "Last 3 Months", "vs Previous 3 Months", "Last 12 Months",
              "vs Previous 12 Months", "RAG"]
    one = _grid(1, [header, ["Freedom of information requests answered", "81.6%", "83.8%", "-1.1 %", "86.0%",
                             "-0.1 %", "R"]])
    tail = _grid(2, [header, ["in 20 days", "", "", "points", "", "points", ""],
                     ["Complaints answered on time", "91.0%", "90.2%", "+0.4 % points", "89.9%", "-0.3 % points", "G"]])
    foi, complaints = _slides([one], [tail]).priorities[2].scorecards
    assert foi.name == "Freedom of information requests answered in 20 days"
    assert (foi.last_month.value, foi.rag) == (81.6, "red")
    assert (foi.vs_previous_3_months.raw, foi.vs_previous_3_months.value, foi.vs_previous_3_months.unit) == (
        "-1.1 % points", -1.1, "percentage_points")
    assert foi.vs_previous_12_months.value == -0.1
    assert (complaints.name, complaints.last_month.value) == ("Complaints answered on time", 91.0)
    # A first row on the next page with placeholders is a measure of its own, not a cut row.
    new = _grid(2, [header, ["Residents satisfied (new survey)", "TBC", "n/a", "-", "n/a", "-", ""]])
    names = [m.name for m in _slides([one], [new]).priorities[2].scorecards]
    assert names == ["Freedom of information requests answered", "Residents satisfied (new survey)"]
