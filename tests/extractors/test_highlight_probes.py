"""Performance-report shapes found by probing house styles the fixtures do not print: BRAG summaries
with 'Data only' / 'Not due' columns, ratings named by what council legends say ('On target', 'Off
target'), report periods named in the title. Invented measures and figures throughout."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from synthetic import run_extractor

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.highlight_report.build import ReportBuilder
from panelparse.extractors.highlight_report.checks import summary_checks
from panelparse.extractors.highlight_report.slides import Slide, read_slide
from panelparse.extractors.highlight_report.summary import summary_counts
from panelparse.layout import Line, PageLayout, TableGrid, Word
from panelparse.models.documents import MeasureSummary


def _grid(rows: list[list[str]], page: int = 1) -> TableGrid:
    boxes = tuple((0.0, 20.0 * i, 500.0, 20.0 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=page, bbox=(0.0, 0.0, 500.0, 20.0 * len(rows)), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes)


def _counts(group) -> tuple:
    return group.total, group.blue, group.green, group.amber, group.red, group.other


def _checks(group) -> dict[str, str]:
    summary = MeasureSummary(**group.model_dump(exclude={"priority", "label"}))
    return {c.code: c.status for c in summary_checks(summary)}


# -- measure summaries with statuses beyond Red / Amber / Green -----------------------------------

def test_a_list_of_brag_statuses_with_data_only_measures():
    # 'Exceeded target (Blue)', 'On target (Green)', ... 'Data only', 'Total': each line is read, and
    # the total reconciles with every status counted.
    rows = [["Status", "Number of indicators"], ["Exceeded target (Blue)", "3"], ["On target (Green)", "11"],
            ["Within tolerance (Amber)", "4"], ["Off target (Red)", "2"], ["Data only", "5"], ["Total", "25"]]
    (group,) = summary_counts(_grid(rows))
    assert _counts(group) == (25, 3, 11, 4, 2, 5)
    assert _checks(group) == {"measure_summary_rag_total": "pass"}


def test_ratings_named_by_what_they_mean():
    # No colour printed: 'On target' is green, 'Near target' amber, 'Off target' red, as legends say.
    rows = [["Status", "No. of PIs"], ["On target", "10"], ["Near target", "4"], ["Off target", "2"],
            ["Total", "16"]]
    (group,) = summary_counts(_grid(rows))
    assert _counts(group) == (16, None, 10, 4, 2, None)


def test_rows_by_priority_with_blue_and_not_due_columns_total_last():
    rows = [["Priority", "Blue", "Green", "Amber", "Red", "Data only", "Not due", "Total"],
            ["Priority 1: Homes", "1", "5", "2", "1", "1", "1", "11"],
            ["Priority 2: Places", "0", "4", "1", "2", "0", "0", "7"],
            ["Total", "1", "9", "3", "3", "1", "1", "18"]]
    groups = {g.priority: g for g in summary_counts(_grid(rows))}
    assert _counts(groups[1]) == (11, 1, 5, 2, 1, 2)  # 'Data only' and 'Not due' together
    assert _counts(groups[2]) == (7, 0, 4, 1, 2, 0)
    assert _counts(groups[None]) == (18, 1, 9, 3, 3, 2)


def test_the_whole_count_first_above_the_priorities():
    rows = [["", "Total", "Green", "Amber", "Red", "No target"], ["All measures", "20", "12", "4", "2", "2"],
            ["Priority 1", "10", "6", "2", "1", "1"], ["Priority 2", "10", "6", "2", "1", "1"]]
    groups = {g.priority: g for g in summary_counts(_grid(rows))}
    assert _counts(groups[None]) == (20, None, 12, 4, 2, 2)
    assert _counts(groups[1]) == (10, None, 6, 2, 1, 1)


def test_tiles_of_target_words_and_a_not_due_tile():
    (group,) = summary_counts(_grid([["Exceeded", "On target", "Near target", "Off target", "Data only"],
                                     ["3", "10", "4", "2", "5"]]))
    assert _counts(group) == (None, 3, 10, 4, 2, 5)
    (group,) = summary_counts(_grid([["Green", "Amber", "Red", "Not due", "Total"], ["10", "4", "2", "3", "19"]]))
    assert _counts(group) == (19, None, 10, 4, 2, 3)
    assert _checks(group) == {"measure_summary_rag_total": "pass"}


def test_on_and_off_target_columns_by_directorate():
    rows = [["Directorate", "On Target", "Off Target", "Total"], ["Adults", "5", "2", "7"],
            ["Place", "3", "1", "4"], ["Total", "8", "3", "11"]]
    (group,) = summary_counts(_grid(rows))
    assert _counts(group) == (11, None, 8, None, 3, None)


def test_directions_with_a_not_applicable_column_reconcile():
    # 'Improved | Same | Worse | N/A | Total': the N/A measures are part of the total.
    rows = [["Portfolio", "Improved", "Same", "Worse", "N/A", "Total"], ["Housing", "3", "2", "1", "1", "7"],
            ["Total", "3", "2", "1", "1", "7"]]
    (group,) = summary_counts(_grid(rows))
    assert (group.total, group.improving, group.static, group.declining, group.other) == (7, 3, 2, 1, 1)
    assert _checks(group) == {"measure_summary_total": "pass"}


def test_a_status_list_with_an_unknown_line_is_no_summary():
    rows = [["Status", "Number"], ["Green", "10"], ["Amber", "4"], ["Bins", "2"], ["Total", "16"]]
    assert summary_counts(_grid(rows)) == []



# -- ratings printed as what they mean ------------------------------------------------------------

def _cards(rows: list[list[str]]):
    page = PageLayout(number=1, width=960, height=540, lines=(), tables=(_grid(rows),))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([Slide(page=page, title="Priority 1: A well-run council", blocks=[])])
    return [m for p in builder.priorities.values() for m in p.scorecards]


def test_a_status_column_of_target_words_rates_each_measure():
    rows = [["Measure", "Target", "Actual", "Status", "Direction of travel"],
            ["Invoices paid within 30 days", "95%", "96.2%", "On target", "Improving"],
            ["Days to process new benefit claims", "20 days", "23.4 days", "Off Target", "Worse"],
            ["Rent arrears as % of rent due", "2.5%", "2.6%", "Within tolerance", "Same"],
            ["Affordable homes delivered", "35", "38", "Exceeded", "Better"],
            ["Fly-tipping incidents", "-", "287", "Data only", "Better"],
            ["Calls answered in 60 seconds", "85%", "84%", "Amber/Green", "Worse"]]
    assert [(m.name, m.rag) for m in _cards(rows)] == [
        ("Invoices paid within 30 days", "green"), ("Days to process new benefit claims", "red"),
        ("Rent arrears as % of rent due", "amber"), ("Affordable homes delivered", "blue"),
        ("Fly-tipping incidents", None), ("Calls answered in 60 seconds", None)]  # two colours: none


def test_an_indicator_panel_rated_in_words():
    def line(text: str, x: float, y: float, bold: bool = False, size: float = 10.0) -> Line:
        words, cursor = [], x
        for token in text.split():
            words.append(Word(token, cursor, y, cursor + size * 0.5 * len(token), y + size, size, bold))
            cursor += size * 0.5 * len(token) + size * 0.25
        return Line(tuple(words), 1)

    lines = [line("Environment and Transport", 32, 20, True, 24),
             line("KPI 4: Missed bins per 100,000 collections", 32, 80, True, 12),
             line("Latest: 39", 32, 100), line("Target: 50", 250, 100), line("Status: On target", 400, 100),
             line("KPI 5: Fly-tips cleared in 2 working days", 32, 160, True, 12),
             line("Latest: 81%", 32, 180), line("Target: 90%", 250, 180), line("Status: Off target", 400, 180),
             line("Commentary", 32, 240, True, 12), line("Crews were short over the summer.", 32, 260)]
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(PageLayout(number=1, width=960, height=540, lines=tuple(lines), tables=()), set())])
    cards = [m for p in builder.priorities.values() for m in p.scorecards]
    assert [(m.values["Latest"].raw, m.rag) for m in cards] == [("39", "green"), ("81%", "red")]


# -- figures the value parser keeps as printed ----------------------------------------------------

def test_a_target_column_of_amounts_and_weeks_is_kept():
    # Some Target cells are amounts (no Value unit reads them) or weeks (held in days): the column is
    # still the measures' targets, kept as printed, with a warning for each figure left unread.
    rows = [["Indicator", "Target", "Actual", "RAG"],
            ["Invoices paid within 30 days", "95%", "96.2%", "G"],
            ["Income from car parking", "£1.15m", "£1.2m", "G"],
            ["Time taken to re-let void properties", "4 weeks", "6 weeks", "R"],
            ["Calls answered in 60 seconds", "85% (target 90%)", "n/a", ""]]
    ctx = ExtractContext(document_index=0)
    page = PageLayout(number=1, width=960, height=540, lines=(), tables=(_grid(rows),))
    builder = ReportBuilder(ctx)
    builder.read([Slide(page=page, title="Priority 1: A well-run council", blocks=[])])
    cards = [m for p in builder.priorities.values() for m in p.scorecards]
    assert [(m.values["Target"].raw, m.values["Target"].value, m.values["Target"].unit) for m in cards] == [
        ("95%", 95.0, "percent"), ("£1.15m", None, "text"), ("4 weeks", 28.0, "days"),
        ("85% (target 90%)", 85.0, "percent")]  # the note in brackets is no part of the figure
    assert cards[1].values["Actual"].raw == "£1.2m"
    assert [w.message for w in ctx.warnings if "car parking" in w.message] == [
        "Income from car parking: Target: cannot read '£1.15m' as a value",
        "Income from car parking: Actual: cannot read '£1.2m' as a value"]


def test_a_column_of_comments_is_still_no_figures():
    rows = [["Measure", "Target", "Actual", "Comment"],
            ["Invoices paid within 30 days", "95%", "96.2%", "Two suppliers paid late after a system fault"],
            ["Missed bins", "50", "39", "12 crews redeployed to the new rounds in the north"]]
    assert all("Comment" not in m.values for m in _cards(rows))


# -- the report's period ---------------------------------------------------------------------------

_KPIS = [["Indicator", "Q2 2023/24", "Q1 2024/25", "Q2 2024/25", "Target", "Status"],
         ["Council Tax collected", "56.1%", "28.9%", "56.4%", "56.0%", "Green"],
         ["Days to process new benefit claims", "18.2", "17.5", "21.3", "19.0", "Red"]]


def _period(rows):
    from panelparse.extractors.highlight_report import HighlightReportExtractor

    doc = run_extractor(HighlightReportExtractor(), rows, tables=(_grid(_KPIS),))
    return (doc.period.start.start, doc.period.end.end) if doc.period.start and doc.period.end else None


def test_a_quarter_named_in_the_title_with_its_year_apart():
    # Not the first quarter a column header prints ('Q2 2023/24', last year's): the title's.
    rows = [(40, "Agenda Item 8", False), (40, "Quarter 2 Performance Report 2024/25", True),
            (40, "Report of the Head of Corporate Services", True)]
    assert _period(rows) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


@pytest.mark.parametrize("title, start, end", [
    ("Quarter Two Performance Report 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
    ("Performance Report - Third Quarter 2024/25", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("Performance Report for the Second Quarter of 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
])
def test_a_quarter_named_in_words_in_the_title(title, start, end):
    # Before, the quarter in words was missed and the first column's quarter (last year's) taken.
    rows = [(40, "Agenda Item 8", False), (40, title, True), (40, "Report of the Head of Corporate Services", True)]
    assert _period(rows) == (start, end)


def test_a_period_sentence_wrapped_over_two_lines():
    rows = [(40, "Performance Report", True), "",
            (40, "1.1 This report sets out performance against the key indicators for the period July to", False),
            (40, "September 2024 and the action taken where a target was missed.", False)]
    assert _period(rows) == (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


# -- measure names and rows that a spreadsheet's layout moves ---------------------------------------

def _slide_cards(*tables: TableGrid):
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([Slide(page=PageLayout(number=t.page, width=842, height=595, lines=(), tables=(t,)),
                        title="Priority 1: A well-run council" if t.page == 1 else None, blocks=[]) for t in tables])
    return [m for p in builder.priorities.values() for m in p.scorecards]


@pytest.mark.parametrize("ref, label", [("PI Ref", "Performance Indicator"), ("KPI No.", "KPI description"),
                                        ("Ref", "Measure"), ("Indicator code", "Description")])
def test_the_name_column_after_a_reference_column(ref, label):
    rows = [[ref, label, "Q2 Actual", "Q2 Target", "RAG"],
            ["PI101", "Invoices paid within 30 days", "96.2%", "95%", "G"],
            ["PI102", "Days to process new benefit claims", "21.3", "19.0", "R"]]
    assert [(m.name, m.values["Q2 Actual"].raw, m.rag) for m in _slide_cards(_grid(rows))] == [
        ("Invoices paid within 30 days", "96.2%", "green"), ("Days to process new benefit claims", "21.3", "red")]


def test_a_reference_and_name_in_one_column_stays_the_name():
    rows = [["PI Code & Short Name", "Q2 Actual", "Q2 Target"], ["PI101 Invoices paid within 30 days", "96.2%", "95%"]]
    assert [m.name for m in _slide_cards(_grid(rows))] == ["PI101 Invoices paid within 30 days"]


def test_a_row_cut_by_a_page_break_keeps_its_rating_fill_on_the_next_page():
    # Word lets a row break across pages: the rest of the name goes on under the repeated header, and
    # the rating cell's fill goes on with it (no rating of a row of its own).
    header = ["Measure", "Q2 Actual", "Q2 Target", "RAG", "DoT"]
    amber, white = (1.0, 0.75, 0.0), None
    one = replace(_grid([header, ["Invoices paid within 30 days", "96.2%", "95%", "", "↑"],
                         ["Affordable homes delivered", "38", "35", "", "↓"]]),
                  fills=((white,) * 5, (white, white, white, (0.0, 0.69, 0.31), white),
                         (white, white, white, amber, white)))
    two = replace(_grid([header, ["(gross, all tenures)", "", "", "", ""], ["Staff turnover", "12%", "10%", "", "→"]],
                        page=2), fills=((white,) * 5, (white, white, white, amber, white), (white,) * 5))
    cards = _slide_cards(one, two)
    assert [(m.name, m.rag) for m in cards] == [
        ("Invoices paid within 30 days", "green"), ("Affordable homes delivered (gross, all tenures)", "amber"),
        ("Staff turnover", None)]


def _text(text: str, x: float, y: float, size: float = 10.0, bold: bool = False) -> Line:
    words, cursor = [], x
    for token in text.split():
        words.append(Word(token, cursor, y, cursor + size * 0.5 * len(token), y + size, size, bold))
        cursor += size * 0.5 * len(token) + size * 0.25
    return Line(tuple(words), 1)


def test_a_cover_title_wrapped_over_two_lines_is_whole():
    # A slide's title box wraps 'Police and Crime Plan Performance Report'; the subtitle under it is
    # smaller and no part of it.
    from panelparse.extractors.highlight_report import HighlightReportExtractor
    from panelparse.span import DocumentSpan

    cover = PageLayout(number=1, width=960, height=540, lines=(
        _text("Police and Crime Plan", 200, 172, 44), _text("Performance Report", 200, 225, 44),
        _text("Quarter 3 2024/25", 200, 310, 32)), tables=())
    cards = PageLayout(number=2, width=960, height=540, lines=(_text("Priority 1: Cutting crime", 40, 40, 32),),
                       tables=(_grid(_KPIS, page=2),))
    doc = HighlightReportExtractor().extract(DocumentSpan((cover, cards), (None, None)),
                                             ExtractContext(document_index=0), 1.0)
    assert doc.title == "Police and Crime Plan Performance Report"


def test_a_list_of_statuses_in_target_words_with_shares():
    rows = [["Performance status", "Number of indicators", "Percentage"], ["Target achieved", "14", "56%"],
            ["Target not achieved but within tolerance", "6", "24%"], ["Target not achieved", "5", "20%"],
            ["Total", "25", "100%"]]
    (group,) = summary_counts(_grid(rows))
    assert _counts(group) == (25, None, 14, 6, 5, None)


def test_a_list_of_directions_with_measures_not_comparable():
    rows = [["Direction of travel", "Number"], ["Improved", "12"], ["Stayed the same", "4"], ["Got worse", "6"],
            ["Not comparable", "3"], ["Total", "25"]]
    (group,) = summary_counts(_grid(rows))
    assert (group.total, group.improving, group.static, group.declining, group.other) == (25, 12, 4, 6, 3)
    assert _checks(group) == {"measure_summary_total": "pass"}


def test_a_list_of_statuses_counted_for_two_quarters_gives_the_latest():
    rows = [["RAG", "Q1", "Q2"], ["GREEN", "10", "12"], ["AMBER", "5", "4"], ["RED", "3", "2"], ["TOTAL", "18", "18"]]
    assert _counts(summary_counts(_grid(rows))[0]) == (18, None, 12, 4, 2, None)
    rows = [["Status", "This quarter", "Last quarter"], ["Green", "12", "10"], ["Amber", "4", "5"], ["Red", "2", "3"]]
    assert _counts(summary_counts(_grid(rows))[0]) == (None, None, 12, 4, 2, None)


# -- a column of an earlier period's figures beside the change columns -----------------------------

def test_the_same_quarter_last_year_is_a_value_and_the_change_on_it_the_change():
    # A police scorecard: 'Same quarter last year' prints last year's figure (89.9%), 'Change on last
    # year' the change in % points; before, the figure was read as a change of 89.9 and the change left as text.
    rows = [["Measure", "This quarter", "Same quarter last year", "Change on last year", "RAG"],
            ["999 calls answered within 10 seconds", "88.3%", "89.9%", "-1.6% points", "Amber"],
            ["Crimes per 1,000 population", "45.2", "47.0", "-1.8", "Green"]]
    calls, crimes = _cards(rows)
    assert calls.values["Same quarter last year"].value == 89.9
    assert (calls.vs_previous_year.value, calls.vs_previous_year.unit) == (-1.6, "percentage_points")
    assert (crimes.values["Same quarter last year"].value, crimes.vs_previous_year.value) == (47.0, -1.8)


def test_the_previous_twelve_months_printed_as_plain_figures_are_values():
    rows = [["Indicator", "Last 12 months", "Previous 12 months", "Change", "Direction"],
            ["All crime", "54,321", "55,010", "-1.3%", "Improving"],
            ["Average urban response time", "08:52", "09:10", "-18 s", "Improving"]]
    crime, response = _cards(rows)
    assert crime.vs_previous_12_months is None and crime.values["Previous 12 months"].value == 55010.0
    assert (crime.last_12_months.value, crime.trend) == (54321.0, "up")
    assert (response.values["Previous 12 months"].value, response.values["Previous 12 months"].unit) == (550.0,
                                                                                                       "seconds")


def test_a_previous_twelve_months_column_of_signed_changes_stays_the_change():
    # The same header over changes ('+0.7% points ▲'): a change, as Wiltshire-style scorecards print it.
    rows = [["Measure", "Last 12 months", "Previous 12 months"],
            ["Abandoned 101 calls", "3.4%", "0.7% points ▲"], ["Abandoned 999 calls", "0.2%", "-0.1% points ▼"]]
    first, second = _cards(rows)
    assert (first.vs_previous_12_months.value, first.vs_previous_12_months.direction) == (0.7, "up")
    assert second.vs_previous_12_months.value == -0.1


def test_a_last_year_column_holds_figures_not_dates():
    # 'Last year' names a period; its column is last year's figures (before: kept as text, a column of when).
    rows = [["Indicator", "Q2 2024/25", "Last year", "Target", "Status"],
            ["999 calls answered within 10 seconds", "91.2%", "89.0%", "90%", "Green"],
            ["Sickness days per FTE", "5.1", "4.8", "4.5", "Red"]]
    calls, sickness = _cards(rows)
    assert (calls.values["Last year"].value, calls.values["Last year"].unit) == (89.0, "percent")
    assert sickness.values["Last year"].value == 4.8


def test_a_target_and_a_change_beside_the_period_columns_are_kept():
    # 'Last month | Last 12 months | Target | Change': the figures no field names are the row's values
    # (before, a table with two period columns dropped them).
    rows = [["Measure", "Last month", "Last 12 months", "Target", "Change"],
            ["Calls answered within 60 seconds", "88.3%", "89.9%", "90%", "+1.2%"]]
    (calls,) = _cards(rows)
    assert (calls.last_month.value, calls.last_12_months.value) == (88.3, 89.9)
    assert (calls.values["Target"].value, calls.values["Change"].value) == (90.0, 1.2)


# -- action plans: owner, rating and commentary beside each action ----------------------------------

def _deliverables(rows: list[list[str]]):
    page = PageLayout(number=1, width=960, height=540, lines=(), tables=(_grid(rows),))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([Slide(page=page, title="Priority 1: A well-run council", blocks=[])])
    return [d for p in builder.priorities.values() for d in p.deliverables]


def test_an_action_plan_with_owner_rag_and_commentary():
    # Before, a table with a RAG column and no progress column was no deliverables table at all.
    rows = [["Action", "Owner", "Due date", "RAG", "Commentary"],
            ["Adopt the new Local Plan", "Head of Planning", "March 2025", "Amber", "Examination delayed to spring"],
            ["Open the Riverside leisure centre", "Director of Place", "Q3 2024/25", "G", "Fit-out under way"]]
    plan, centre = _deliverables(rows)
    assert (plan.action, plan.owner, plan.due.start, plan.rag, plan.commentary) == (
        "Adopt the new Local Plan", "Head of Planning", dt.date(2025, 3, 1), "amber", "Examination delayed to spring")
    assert (centre.owner, centre.due.start, centre.due.end, centre.rag) == (
        "Director of Place", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "green")


def test_projects_with_a_lead_officer_and_a_status_in_words():
    rows = [["Ref", "Project", "Lead officer", "Target date", "Status", "Comments"],
            ["CP1", "Deliver 120 affordable homes", "Housing Manager", "31/03/2025", "On track", "86 delivered so far"],
            ["CP2", "Replace the fleet with EVs", "Fleet Manager", "Dec 2025", "At risk", "Supplier delays"]]
    homes, fleet = _deliverables(rows)
    assert (homes.action, homes.owner, homes.progress_raw, homes.rag, homes.commentary) == (
        "Deliver 120 affordable homes", "Housing Manager", "On track", "green", "86 delivered so far")
    assert (fleet.owner, fleet.rag, fleet.due.start) == ("Fleet Manager", "amber", dt.date(2025, 12, 1))


def test_milestones_with_progress_and_a_rag_column_keep_both():
    rows = [["Milestone", "Due", "% complete", "RAG"], ["Consultation closes", "June 2024", "100%", "G"],
            ["Cabinet decision", "Sept 2024", "50%", "A"]]
    assert [(d.progress_pct, d.rag) for d in _deliverables(rows)] == [(100.0, "green"), (50.0, "amber")]


def test_what_who_when_status():
    rows = [["What", "Who", "When", "Status"], ["Publish the tenant satisfaction survey", "Housing Services",
                                                 "July 2024", "Complete"]]
    (survey,) = _deliverables(rows)
    assert (survey.action, survey.owner, survey.due.raw, survey.progress_raw) == (
        "Publish the tenant satisfaction survey", "Housing Services", "July 2024", "Complete")


# -- a Word report's numbered sections naming the priorities ----------------------------------------

def _grid_at(rows: list[list[str]], top: float) -> TableGrid:
    boxes = tuple((40.0, top + 20.0 * i, 550.0, top + 20.0 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=1, bbox=(40.0, top, 550.0, top + 20.0 * len(rows)), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes)


def test_priority_headings_after_a_section_number_claim_the_tables_below():
    # '2. Priority 1: Reducing crime' over one table, '3. Priority 2: ...' over the next (a police and crime
    # panel's report in Word); before, the section number hid the priority and both tables went to one.
    from panelparse.extractors.highlight_report import HighlightReportExtractor

    rows = [(40, "Police and Crime Plan Performance Report", True), (40, "1. Purpose", True),
            (40, "1.1 This report updates the Panel on performance for July to September 2024.", False),
            (40, "2. Priority 1: Reducing crime", True), *[""] * 5,  # heading at 99, table at 120-180
            (40, "3. Priority 2: Responding to the public", True)]  # at 183; its table at 200-260
    crime = _grid_at([["Measure", "Last 12 months", "Previous 12 months", "Change"],
                      ["All crime", "54,321", "55,010", "-1.3%"], ["Burglary", "2,114", "2,390", "-11.5%"]], 120.0)
    calls = _grid_at([["Measure", "Target", "Q2 2024/25", "RAG"],
                      ["999 calls answered within 10 seconds", "90%", "92.3%", "Green"],
                      ["Average 101 call wait", "05:00", "06:12", "Red"]], 200.0)
    doc = run_extractor(HighlightReportExtractor(), rows, tables=(crime, calls))
    assert [(p.number, p.title, [m.name for m in p.scorecards]) for p in doc.priorities] == [
        (1, "Reducing crime", ["All crime", "Burglary"]),
        (2, "Responding to the public", ["999 calls answered within 10 seconds", "Average 101 call wait"])]


def test_a_table_of_sums_with_no_header_row_keeps_its_first_line():
    # A budget box printed label | amount with no header row: its first line is a figure, not column
    # labels (before, 'Revenue budget 2024/25 | £4,512,300' became the header). A labelled table keeps its own.
    rows = [["Revenue budget 2024/25", "£4,512,300"], ["Forecast outturn", "£4,610,900"],
            ["Forecast overspend", "£98,600"]]
    labelled = [["Scheme", "Budget £000"], ["Leisure centre roof", "1,250"], ["Depot upgrade", "430"]]
    pages = [PageLayout(number=n, width=960, height=540, lines=(), tables=(_grid(r, page=n),))
             for n, r in ((1, rows), (2, labelled))]
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([Slide(page=p, title=f"Finance {p.number}", blocks=[]) for p in pages])
    sums, schemes = builder.tables()
    assert (sums.header, sums.rows) == ([], rows)
    assert (schemes.header, schemes.rows) == (labelled[0], labelled[1:])


def test_a_direction_summary_improved_maintained_declined():
    # 'Improved / Maintained / Declined': maintained is static
    rows = [["Direction of travel", "Number of indicators"], ["Improved", "20"], ["Maintained", "10"],
            ["Declined", "16"], ["Total", "46"]]
    (group,) = summary_counts(_grid(rows))
    assert (group.total, group.improving, group.static, group.declining) == (46, 20, 10, 16)
