"""Performance-report wordings and layouts seen across councils (ModernGov districts and counties,
police and crime panels, fire authorities, combined authorities), built as small tables with
invented measures: each test is one shape of scorecard or measure summary many councils print."""

from __future__ import annotations

import pytest

from panelparse.extractors.base import ExtractContext
from panelparse.extractors.highlight_report import HighlightReportExtractor
from panelparse.extractors.highlight_report.build import ReportBuilder
from panelparse.extractors.highlight_report.slides import Slide, read_slide
from panelparse.extractors.highlight_report.summary import summary_counts
from panelparse.layout import Line, PageLayout, TableGrid, Word
from panelparse.span import DocumentSpan


def _grid(rows: list[list[str]], page: int = 1) -> TableGrid:
    boxes = tuple((0.0, 20.0 * i, 500.0, 20.0 * (i + 1)) for i in range(len(rows)))
    return TableGrid(page=page, bbox=(0.0, 0.0, 500.0, 20.0 * len(rows)), rows=tuple(map(tuple, rows)),
                     row_bboxes=boxes)


def _read(table: TableGrid) -> ReportBuilder:
    page = PageLayout(number=1, width=960, height=540, lines=(), tables=(table,))
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([Slide(page=page, title="Priority 1: A well-run council", blocks=[])])
    return builder


def _cards(rows: list[list[str]]):
    return [m for p in _read(_grid(rows)).priorities.values() for m in p.scorecards]


def _whole(rows: list[list[str]]):
    """The whole report's counts read from a summary table, as (total, green, amber, red)."""
    groups = summary_counts(_grid(rows))
    assert [g.priority for g in groups] == [None]
    return groups[0].total, groups[0].green, groups[0].amber, groups[0].red


# -- measure summaries --------------------------------------------------------------------------

def test_a_list_of_ratings_with_each_share_beside_its_count():
    # 'RAG status | Number of indicators | % of indicators': the shares are no measures.
    rows = [["RAG status", "Number of indicators", "% of indicators"], ["Green", "20", "67%"],
            ["Amber", "5", "17%"], ["Red", "5", "17%"], ["Total", "30", "100%"]]
    assert _whole(rows) == (30, 20, 5, 5)
    builder = _read(_grid(rows))
    assert [m for p in builder.priorities.values() for m in p.scorecards] == []


@pytest.mark.parametrize("rows", [
    [["", "Green", "Amber", "Red", "Total"], ["Number of KPIs", "20", "5", "3", "28"]],
    [["Status", "Green", "Amber", "Red", "Total"], ["Performance indicators", "20", "5", "3", "28"]],
])
def test_one_row_of_counts_under_the_ratings(rows):
    # A one-row summary labelled by what it counts: the whole report's count.
    assert _whole(rows) == (28, 20, 5, 3)


def test_the_count_of_measures_printed_first_in_a_one_row_summary():
    # 'Number of indicators | Green | Amber | Red' over '30 | 20 | 5 | 5': no measure named '30'.
    rows = [["Number of indicators", "Green", "Amber", "Red"], ["30", "20", "5", "5"]]
    assert _whole(rows) == (30, 20, 5, 5)
    assert _cards(rows) == []


def test_a_summary_by_directorate_gives_the_total_row():
    # Rows of directorates (no priorities) and a Total row: the total is the whole report's count.
    rows = [["Directorate", "Green", "Amber", "Red", "Total"], ["Adults", "5", "2", "1", "8"],
            ["Children", "4", "1", "2", "7"], ["Total", "9", "3", "3", "15"]]
    assert _whole(rows) == (15, 9, 3, 3)
    assert summary_counts(_grid([["Area", "Green", "Amber"], ["North", "5", "2"], ["South", "4", "1"]])) == []



@pytest.mark.parametrize("rows, counts", [
    ([["Green", "Amber", "Red", "Total"], ["12", "5", "3", "20"]], (20, 12, 5, 3)),
    ([["Green", "Amber", "Red"], ["12 (60%)", "5 (25%)", "3 (15%)"]], (None, 12, 5, 3)),
])
def test_tiles_of_ratings_over_their_counts(rows, counts):
    # Summary tiles: the ratings in a row, the count (and its share) under each.
    assert _whole(rows) == counts


def test_tiles_of_directions_over_their_counts():
    (group,) = summary_counts(_grid([["Improving", "Declining", "No change"], ["37", "28", "1"]]))
    assert (group.improving, group.declining, group.static) == (37, 28, 1)
    assert summary_counts(_grid([["Green", "Amber", "Red"], ["≥95%", "90-95%", "<90%"]])) == []  # bands

# -- scorecard columns ----------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["PI", "Short Name", "PI Code & Short Name", "Crime type"])
def test_measure_columns_named_as_performance_systems_and_police_reports_name_them(label):
    rows = [[label, "Q1 2024/25", "Target", "Status"], ["Calls answered in 60 seconds", "81%", "85%", "Amber"],
            ["Missed bins per 100,000", "45", "50", "Green"]]
    cards = _cards(rows)
    assert [(m.name, m.values["Q1 2024/25"].value, m.rag) for m in cards] == [
        ("Calls answered in 60 seconds", 81.0, "amber"), ("Missed bins per 100,000", 45.0, "green")]


def test_a_code_column_before_the_short_name():
    # 'Code | Short Name | Value | Target | Status | Short Trend | Long Trend'.
    rows = [["Code", "Short Name", "Value", "Target", "Status", "Short Trend", "Long Trend"],
            ["HS01", "Rent collected", "97.1%", "98%", "Amber", "Getting Worse", "Improving"]]
    (card,) = _cards(rows)
    assert (card.name, card.values["Value"].value, card.rag, card.trend) == ("Rent collected", 97.1, "amber", "down")


def test_a_description_column_beside_a_target_names_the_measure():
    rows = [["Description", "Target", "Actual", "RAG"], ["Calls answered in 60 seconds", "85%", "84%", "Amber"]]
    (card,) = _cards(rows)
    assert (card.name, card.values["Actual"].value, card.rag) == ("Calls answered in 60 seconds", 84.0, "amber")
    # alone, 'Description' heads any list of figures
    assert _cards([["Description", "2023/24", "2024/25"], ["Bins emptied", "1,200", "1,250"]]) == []


@pytest.mark.parametrize("label, word, rag", [
    ("BRAG", "Blue", "blue"), ("BRAG Status", "Red", "red"), ("Traffic Light", "Amber", "amber"),
    ("Traffic-light rating", "G", "green")])
def test_rating_columns_headed_brag_or_traffic_light(label, word, rag):
    (card,) = _cards([["Measure", "Target", "Actual", label], ["Calls answered", "85%", "84%", word]])
    assert card.rag == rag


def test_a_rating_cell_that_names_its_colour_among_other_words():
    rows = [["Measure", "Target", "Actual", "RAG"], ["Calls answered", "85%", "84%", "Amber ↑"],
            ["Missed bins", "50", "39", "On track (Green)"], ["Complaints", "5", "5", "GREEN - on target"],
            ["Sickness days", "8", "9", "Amber/Green"]]
    assert [m.rag for m in _cards(rows)] == ["amber", "green", "green", None]  # two colours: no one rating


def test_a_rating_printed_after_the_figure_in_its_cell():
    # No RAG column: the figure cell prints it ('84.0% (Amber)', '39 (G)', '9.1 Red').
    rows = [["Measure", "Target", "Actual"], ["Calls answered", "85%", "84.0% (Amber)"],
            ["Missed bins", "50", "39 (G)"], ["Sickness days", "8.0", "9.1 Red"]]
    cards = _cards(rows)
    assert [(m.values["Actual"].raw, m.values["Actual"].value, m.values["Actual"].unit, m.rag) for m in cards] == [
        ("84.0% (Amber)", 84.0, "percent", "amber"), ("39 (G)", 39.0, "count", "green"),
        ("9.1 Red", 9.1, "count", "red")]


@pytest.mark.parametrize("label", ["Change", "Compared to last quarter", "Better or worse than last year?"])
def test_a_column_of_arrows_or_direction_words_under_another_header_is_the_trend(label):
    rows = [["Measure", "Target", "Actual", label], ["Calls answered", "85%", "84%", "↑"],
            ["Missed bins", "50", "39", "Worse"], ["Complaints", "5", "5", "No change"]]
    cards = _cards(rows)
    assert [m.trend for m in cards] == ["up", "down", "flat"]
    assert all(label not in m.values for m in cards)


def test_a_column_of_higher_or_lower_under_another_header_is_the_polarity():
    # 'Better if | Higher': which way is better, not which way the figure went.
    rows = [["Measure", "Target", "Actual", "Better if", "Change"], ["Calls answered", "85%", "84%", "Higher", "↓"],
            ["Missed bins", "50", "39", "Lower is better", "↓"]]
    assert [(m.polarity, m.trend) for m in _cards(rows)] == [("higher", "down"), ("lower", "down")]


def test_a_column_of_no_data_dashes_is_no_trend():
    rows = [["Measure", "Target", "Actual", "Comparator"], ["Calls answered", "85%", "84%", "—"],
            ["Missed bins", "50", "39", "—"]]
    assert [m.trend for m in _cards(rows)] == [None, None]



def test_a_header_of_two_rows_labels_each_column_by_both():
    # A period spanning the columns under it: '2024/25' over 'Q1 | Q2 | Q3', 'Quarter 2 2024/25' over
    # 'Target | Actual' (ruled tables: the cells a span covers are None).
    cards = _cards([["Measure", "2024/25", None, None, "Target"], [None, "Q1", "Q2", "Q3", None],
                    ["Calls answered", "81%", "84%", "86%", "85%"]])
    assert {k: v.value for k, v in cards[0].values.items()} == {
        "2024/25 Q1": 81.0, "2024/25 Q2": 84.0, "2024/25 Q3": 86.0, "Target": 85.0}
    cards = _cards([["", "Quarter 2 2024/25", None, "Quarter 3 2024/25", None, ""],
                    ["Performance Indicator", "Target", "Actual", "Target", "Actual", "RAG"],
                    ["Calls answered", "85%", "81%", "85%", "86%", "G"], ["Missed bins", "50", "45", "50", "52", "R"]])
    assert [(m.name, m.values["Quarter 3 2024/25 Actual"].value, m.rag) for m in cards] == [
        ("Calls answered", 86.0, "green"), ("Missed bins", 52.0, "red")]
    assert list(cards[0].values) == ["Quarter 2 2024/25 Target", "Quarter 2 2024/25 Actual",
                                     "Quarter 3 2024/25 Target", "Quarter 3 2024/25 Actual"]


def test_a_caption_across_the_table_over_its_header():
    cards = _cards([["Safer streets", None, None, None], ["Measure", "Target", "Actual", "RAG"],
                    ["Burglaries", "100", "90", "G"]])
    assert [(m.name, m.values["Actual"].value, m.rag) for m in cards] == [("Burglaries", 90.0, "green")]


def test_a_group_row_under_the_header_is_no_second_header_row():
    cards = _cards([["Measure", "Target", "Actual", "RAG"], ["Housing", None, None, None],
                    ["Rent collected", "98%", "97.1%", "A"]])
    assert [(m.name, m.group, m.values["Actual"].value) for m in cards] == [("Rent collected", "Housing", 97.1)]


@pytest.mark.parametrize("label", ["Polarity", "Good is", "Desired direction", "Preferred direction", "Aim"])
def test_which_way_is_better_under_other_headers_and_words(label):
    # 'Good is | High', 'Desired direction | ↑' (a direction wanted, not a trend), 'Aim | Minimise'.
    rows = [["Measure", "Target", "Actual", label], ["Calls answered", "85%", "84%", "High"],
            ["Missed bins", "50", "39", "Low"], ["Sickness days", "8", "9", "Minimise"],
            ["Recycling", "50%", "45%", "Maximise"], ["Complaints", "5", "4", "↓"]]
    cards = _cards(rows)
    assert [m.polarity for m in cards] == ["higher", "lower", "lower", "higher", "lower"]
    assert [m.trend for m in cards] == [None] * 5


def test_a_word_whose_last_letters_a_narrow_column_broke_onto_their_own_line():
    # Excel and Word exports in narrow columns: 'Targe' / 't', 'BRA' / 'G' (ruled cells keep the break).
    cards = _cards([["Performance Indicator", "Q2 2024/25", "Targe\nt", "BRA\nG"],
                    ["Home fire safety visits", "2,140", "2,000", "Blue"]])
    assert [(list(m.values), m.rag) for m in cards] == [(["Q2 2024/25", "Target"], "blue")]
    cards = _cards([["Measure", "Last\nmonth", "Last 3\nmonths"], ["Calls answered", "84%", "83%"]])
    assert cards[0].periods == {"last_month": "Last month", "last_3_months": "Last 3 months"}


def test_counts_near_two_thousand_printed_with_a_thousands_comma_are_no_years():
    cards = _cards([["Measure", "Target", "Actual"], ["Home fire safety visits", "2,000", "2,050"],
                    ["Smoke alarms fitted", "1,950", "2,010"]])
    assert [(m.name, m.values["Target"].value, m.values["Actual"].value) for m in cards] == [
        ("Home fire safety visits", 2000.0, 2050.0), ("Smoke alarms fitted", 1950.0, 2010.0)]


# -- what the priorities are called -------------------------------------------------------------------

@pytest.mark.parametrize("word", ["Theme", "Strategic Objective", "Ambition", "Priority"])
def test_numbered_themes_objectives_and_ambitions_are_the_priorities(word):
    def slide(number: int, title: str, measure: str) -> Slide:
        table = _grid([["Measure", "Target", "Actual"], [measure, "85%", "84%"]], page=number)
        return Slide(page=PageLayout(number=number, width=960, height=540, lines=(), tables=(table,)),
                     title=title, blocks=[])

    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([slide(1, f"{word} 1: A thriving economy", "Business rates collected"),
                  slide(2, f"{word} 2 – Safer streets", "Anti-social behaviour reports")])
    assert {n: (p.title, [m.name for m in p.scorecards]) for n, p in builder.priorities.items()} == {
        1: ("A thriving economy", ["Business rates collected"]),
        2: ("Safer streets", ["Anti-social behaviour reports"])}


def test_a_summary_by_theme():
    rows = [["Theme", "Measures", "Green", "Amber", "Red"], ["Theme 1: A thriving economy", "6", "4", "1", "1"],
            ["Theme 2: Safer streets", "5", "3", "2", "0"], ["Total", "11", "7", "3", "1"]]
    groups = {g.priority: g for g in summary_counts(_grid(rows))}
    assert (groups[1].total, groups[2].green, groups[None].total) == (6, 3, 11)


@pytest.mark.parametrize("text", ["Our goal 2 years on", "Outcome 1: Charged", "P2 11 measures"])
def test_other_numbered_words_name_no_priority(text):
    from panelparse.extractors.highlight_report.slides import priority_of

    assert priority_of(text) is None

# -- the reporting period ---------------------------------------------------------------------------

def _line(text: str, y: float, size: float = 12.0, bold: bool = False, x: float = 40.0) -> Line:
    words, cursor = [], x
    for token in text.split():
        width = len(token) * size * 0.5
        words.append(Word(token, cursor, y, cursor + width, y + size, size, bold))
        cursor += width + size * 0.25
    return Line(tuple(words), 1)


def _period_of(*cover: str):
    lines = [_line(cover[0], 40, 24, True), *(_line(text, 100 + 20 * i) for i, text in enumerate(cover[1:]))]
    page = PageLayout(number=1, width=960, height=540, lines=tuple(lines),
                      tables=(_grid([["Measure", "Target", "Actual"], ["Calls answered", "85%", "84%"]]),))
    doc = HighlightReportExtractor().extract(DocumentSpan((page,), (None,)), ExtractContext(document_index=0), 1.0)
    period = doc.period
    return (period.start.raw, str(period.start.start), period.end.raw, str(period.end.end)) if period.start else None


@pytest.mark.parametrize("cover, raw", [
    (("Corporate Performance Report", "Quarter 3 2024/25"), "Quarter 3 2024/25"),
    (("Q2 2023/24 Performance Scorecard",), "Q2 2023/24"),
    (("Corporate Scorecard", "Northshire Council", "Q2 2023/24"), "Q2 2023/24"),  # alone on the cover
])
def test_a_report_of_one_quarter_has_that_quarter_as_its_period(cover, raw):
    start, end = ("2024-10-01", "2024-12-31") if "2024/25" in raw else ("2023-07-01", "2023-09-30")
    assert _period_of(*cover) == (raw, start, raw, end)


def test_a_period_label_is_no_part_of_the_period():
    # 'Period: Apr-24 to Jun-24': the label is not kept in the start's text.
    assert _period_of("Performance Report", "Period: Apr-24 to Jun-24") == (
        "Apr-24", "2024-04-01", "Jun-24", "2024-06-30")


# -- indicator panels ('Latest: 45.2%   Target: 50%') ---------------------------------------------

def _panel(*pairs: tuple[str, ...]):
    """One indicator's panel on the second slide of a deck (the first is its cover): under the slide's
    title, a bold name, then rows of 'label: value' pairs side by side."""
    lines = [_line("Environment", 20, 24, True), _line("KPI 12: Household waste recycled", 80, 12, True)]
    for row, texts in enumerate(pairs):
        for column, text in enumerate(texts):
            lines.append(_line(text, 100 + 16 * row, 10, x=40.0 + 210.0 * column))
    cover = PageLayout(number=1, width=960, height=540, lines=(_line("Performance Report", 40, 24, True),), tables=())
    page = PageLayout(number=2, width=960, height=540, lines=tuple(sorted(lines, key=lambda ln: (ln.top, ln.x0))),
                      tables=())
    builder = ReportBuilder(ExtractContext(document_index=0))
    builder.read([read_slide(cover, set()), read_slide(page, set())])
    (measure,) = [m for p in builder.priorities.values() for m in p.scorecards]
    return measure


@pytest.mark.parametrize("pairs, values", [
    ((("Year to date: 45.2%", "Target: 50%"), ("Status: Amber",)), {"Year to date": 45.2, "Target": 50.0}),
    ((("Performance: 45.2%", "Target: 50%", "RAG: Amber"),), {"Performance": 45.2, "Target": 50.0}),
    ((("Actual to date: 45.2%", "Year-end forecast: 47%"), ("Annual target: 50%", "RAG: Amber")),
     {"Actual to date": 45.2, "Year-end forecast": 47.0, "Annual target": 50.0}),
])
def test_panel_labels_for_the_year_so_far_a_forecast_and_an_annual_target(pairs, values):
    measure = _panel(*pairs)
    assert {k: v.value for k, v in measure.values.items()} == values
    assert measure.rag == "amber"


def test_panel_labels_that_name_their_period():
    # 'Outturn 2023/24: 44.1%   Target 2024/25: 50%' / 'Q3 2024/25: 45.2%   RAG: Amber': each value under
    # its label as printed, the period with it.
    measure = _panel(("Outturn 2023/24: 44.1%", "Target 2024/25: 50%"), ("Q3 2024/25: 45.2%", "RAG: Amber"))
    assert {k: v.value for k, v in measure.values.items()} == {
        "Outturn 2023/24": 44.1, "Target 2024/25": 50.0, "Q3 2024/25": 45.2}
    assert measure.rag == "amber"
    measure = _panel(("Q3 actual: 45.2%", "Q3 target: 50%"), ("Q2 actual: 44.0%", "RAG: Green"))
    assert {k: v.value for k, v in measure.values.items()} == {"Q3 actual": 45.2, "Q3 target": 50.0, "Q2 actual": 44.0}


# -- glossaries ------------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Abbreviation / Acronym", "Acronyms and abbreviations", "Term used", "Key term"])
def test_glossary_tables_under_longer_headers(label):
    rows = [[label, "Meaning"], ["ASB", "Anti-social behaviour"], ["KSI", "Killed or seriously injured"]]
    builder = _read(_grid(rows))
    assert [(g.term, g.definition) for g in builder.glossary] == [
        ("ASB", "Anti-social behaviour"), ("KSI", "Killed or seriously injured")]
