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
