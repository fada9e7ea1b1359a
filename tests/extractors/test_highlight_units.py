"""Units printed once for a whole measure or column: in brackets after the measure's name ('Emergency
response - urban average (mins)') or over a figure column ('Q2 (days)', 'Target (%)'), the figures
below printed bare. Invented measures and figures throughout."""

from __future__ import annotations

from test_highlight_probes import _cards


def _read(value) -> tuple:
    return value.raw, value.value, value.unit


def test_a_unit_in_brackets_after_the_name_types_the_rows_bare_figures():
    rows = [["Measure", "Q2 2024/25", "Target", "Status"],
            ["Emergency response - urban average (mins)", "11.2", "12", "Green"],
            ["Average time to re-let empty homes (days)", "34.5", "30", "Red"],
            ["Staff turnover (%)", "9.1", "10", "Green"],
            ["Calls answered (in hours)", "1.5", "2", "Green"]]
    response, relet, turnover, calls = _cards(rows)
    # minutes are durations, held in seconds as the contract says; the text stays as printed
    assert _read(response.values["Q2 2024/25"]) == ("11.2", 672.0, "seconds")
    assert _read(response.values["Target"]) == ("12", 720.0, "seconds")
    assert _read(relet.values["Q2 2024/25"]) == ("34.5", 34.5, "days")
    assert _read(turnover.values["Target"]) == ("10", 10.0, "percent")
    assert _read(calls.values["Q2 2024/25"]) == ("1.5", 5400.0, "seconds")


def test_a_unit_over_a_column_types_that_column_only():
    rows = [["Measure", "Q2 (working days)", "Q1", "Status"],
            ["Time to process housing benefit changes", "6.5", "7", "Green"]]
    (claims,) = _cards(rows)
    assert _read(claims.values["Q2 (working days)"]) == ("6.5", 6.5, "days")
    assert _read(claims.values["Q1"]) == ("7", 7.0, "count")


def test_a_figure_printing_its_own_unit_and_names_without_a_unit_keep_their_reading():
    rows = [["Measure", "Q2 2024/25", "Target", "Status"],
            ["Sickness absence per FTE (days)", "2.1%", "8", "Amber"],
            ["Invoices paid within 30 days", "96", "95", "Green"],
            ["Complaints answered (Stage 1)", "42", "40", "Green"]]
    sickness, invoices, complaints = _cards(rows)
    assert _read(sickness.values["Q2 2024/25"]) == ("2.1%", 2.1, "percent")
    assert _read(sickness.values["Target"]) == ("8", 8.0, "days")
    assert _read(invoices.values["Q2 2024/25"]) == ("96", 96.0, "count")
    assert _read(complaints.values["Q2 2024/25"]) == ("42", 42.0, "count")


def _change(change) -> tuple:
    return change.raw, change.value, change.unit, change.direction


def test_a_stated_unit_types_the_bare_changes_too():
    # 'vs previous quarter' beside a name stating '(mins)' or '(days)': the change is in that unit
    rows = [["Measure", "This Quarter", "vs previous quarter", "Target"],
            ["Average response time (mins)", "11.2", "-0.8", "12"],
            ["Average time to re-let (days)", "34.5", "+4.5 ▲", "28"]]
    response, relet = _cards(rows)
    assert _change(response.vs_previous_3_months) == ("-0.8", -48.0, "seconds", None)
    assert _change(relet.vs_previous_3_months) == ("+4.5 ▲", 4.5, "days", "up")


def test_a_change_column_headed_in_points_is_percentage_points():
    # 'vs previous quarter (pts)', '(% pts)': bare changes in percentage points, whatever the name says
    rows = [["Measure", "This Quarter", "vs previous quarter (pts)", "vs same quarter last year (% pts)"],
            ["Invoices paid in 30 days", "96.2%", "+2.2", "-1.0"],
            ["Staff turnover (%)", "9.1", "0.4", "1.0 ▲"]]
    invoices, turnover = _cards(rows)
    assert _change(invoices.vs_previous_3_months) == ("+2.2", 2.2, "percentage_points", None)
    assert _change(invoices.vs_previous_year) == ("-1.0", -1.0, "percentage_points", None)
    assert _change(turnover.vs_previous_year) == ("1.0 ▲", 1.0, "percentage_points", "up")


def test_a_name_stating_per_cent_leaves_a_bare_change_a_count():
    # '+0.4' beside 'Staff turnover (%)' may be points or a per cent change: not guessed
    rows = [["Measure", "This Quarter", "vs previous quarter", "Target"],
            ["Staff turnover (%)", "9.1", "0.4", "10"]]
    (turnover,) = _cards(rows)
    assert _change(turnover.vs_previous_3_months) == ("0.4", 0.4, "count", None)
    assert _read(turnover.values["This Quarter"]) == ("9.1", 9.1, "percent")


def test_weeks_stated_over_a_column_or_after_a_name_are_held_in_days():
    # waiting times print weeks: '(weeks)' after the name or over the column; a cell may print its own
    rows = [["Measure", "Q2 (weeks)", "Q1", "Target", "vs previous quarter"],
            ["Average wait for a disabled facilities grant", "12.5", "14", "12 weeks", "-1.5"],
            ["Average time to complete adaptations (weeks)", "20", "22", "18", "-2"]]
    grant, adaptations = _cards(rows)
    assert _read(grant.values["Q2 (weeks)"]) == ("12.5", 87.5, "days")
    assert _read(grant.values["Q1"]) == ("14", 98.0, "days")  # beside '12 weeks': the row measures weeks
    assert _read(grant.values["Target"]) == ("12 weeks", 84.0, "days")
    assert _read(adaptations.values["Target"]) == ("18", 126.0, "days")
    assert _change(adaptations.vs_previous_3_months) == ("-2", -14.0, "days", None)


def test_a_year_end_target_column_holds_figures():
    # 'Year-end target' / 'Full year forecast' name a year that qualifies the figure: not a column of when
    rows = [["Performance Indicator", "Q1", "Q2", "Q3", "Year-end target", "Full year forecast", "Target year"],
            ["Percentage of household waste recycled", "48.2%", "50.1%", "47.9%", "50%", "49%", "2026"],
            ["Visits to leisure centres", "212,460", "1,234*", "198,300", "800,000", "805,000", "2025"]]
    recycling, visits = _cards(rows)
    assert _read(recycling.values["Year-end target"]) == ("50%", 50.0, "percent")
    assert _read(recycling.values["Full year forecast"]) == ("49%", 49.0, "percent")
    assert _read(visits.values["Year-end target"]) == ("800,000", 800000.0, "count")
    assert _read(visits.values["Q2"]) == ("1,234*", 1234.0, "count")  # a footnote marker is no part of it
    assert _read(visits.values["Target year"]) == ("2025", None, "text")  # a year, kept as printed


def test_a_quarter_not_yet_reported_keeps_its_placeholders():
    # 'Q4' over '-', 'n/a' and blanks: the column is the measures' Q4, with no figure yet
    rows = [["Performance Indicator", "Q1", "Q2", "Q3", "Q4", "Year-end target"],
            ["Percentage of household waste recycled", "48.2%", "50.1%", "47.9%", "-", "50%"],
            ["Visits to leisure centres", "212,460", "201,004", "198,300", "n/a", "800,000"],
            ["Missed bins per 100,000 collections", "62", "58", "71", "", "60"]]
    recycling, visits, bins = _cards(rows)
    assert _read(recycling.values["Q4"]) == ("-", None, None)
    assert _read(visits.values["Q4"]) == ("n/a", None, None)
    assert "Q4" not in bins.values
    assert _read(bins.values["Q3"]) == ("71", 71.0, "count")


def test_a_change_column_of_points_holds_percentage_points():
    # 'This Quarter | Last Quarter | Change': '+0.5 pts' printed, or bare under 'Change (pts)' / 'pp'
    rows = [["Measure", "This Quarter", "Last Quarter", "Change", "Change (pts)", "pp"],
            ["Charge / summons rate (violence)", "8.4%", "7.9%", "+0.5 pts", "+0.5", "0.5"],
            ["Knife crime offences", "96", "88", "+9.1%", "", ""]]
    charges, knives = _cards(rows)
    assert _read(charges.values["Change"]) == ("+0.5 pts", 0.5, "percentage_points")
    assert _read(charges.values["Change (pts)"]) == ("+0.5", 0.5, "percentage_points")
    assert _read(charges.values["pp"]) == ("0.5", 0.5, "percentage_points")
    assert _read(knives.values["Change"]) == ("+9.1%", 9.1, "percent")


def test_a_direction_of_travel_printed_in_a_symbol_font():
    # 'DoT' over Wingdings arrows that the text layer gives as 'é', 'ê', 'è'
    rows = [["Indicator", "Q3 2024/25", "Q3 2023/24", "Target", "DoT"],
            ["Household waste recycled", "47.9%", "46.0%", "50%", "é"],
            ["Missed bins per 100,000 collections", "71", "58", "60", "ê"],
            ["Council tax collected", "84.1%", "84.1%", "85%", "è"]]
    assert [m.trend for m in _cards(rows)] == ["up", "down", "flat"]


def test_a_bare_change_in_a_row_printing_days_or_weeks_is_in_that_unit():
    # '+0.3' beside '7.4 days' is a change of days; beside '4.5 mins' the unit of a bare change is not said
    rows = [["Measure", "This Quarter", "vs previous quarter", "Target"],
            ["Time to process new benefit claims", "7.4 days", "+0.3", "8 days"],
            ["Wait for adaptations", "12 weeks", "-2", "10 weeks"],
            ["Average answer time", "4.5 mins", "-0.5", "5 mins"],
            ["Complaints received", "42", "+3", "40"]]
    claims, adaptations, answer, complaints = _cards(rows)
    assert _change(claims.vs_previous_3_months) == ("+0.3", 0.3, "days", None)
    assert _change(adaptations.vs_previous_3_months) == ("-2", -14.0, "days", None)
    assert _change(answer.vs_previous_3_months) == ("-0.5", -0.5, "count", None)
    assert _change(complaints.vs_previous_3_months) == ("+3", 3.0, "count", None)
