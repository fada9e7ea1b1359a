# ruff: noqa: E501  (scorecard rows are kept exactly as printed)
"""Numbers, scorecard values and changes, including whole rows of the Wiltshire PCP scorecards."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import count_of, is_no_data, parse_change, parse_number, parse_value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("43,780", 43780.0),
        ("1,497", 1497.0),
        ("0.3", 0.3),
        ("-3.4", -3.4),
        ("+7.4", 7.4),
        ("-0", 0.0),
        (" 92 ", 92.0),
        ("1,250,000", 1250000.0),
    ],
)
def test_parse_number(raw, expected):
    assert parse_number(raw) == expected


@pytest.mark.parametrize("raw", ["3.5%", "abc", "1,2", "", "£15", "1.2.3"])
def test_parse_number_failures(raw):
    with pytest.raises(ParseError, match="as number"):
        parse_number(raw)


@pytest.mark.parametrize(
    ("raw", "value", "unit"),
    [
        ("3.5%", 3.5, "percent"),
        ("0.4%", 0.4, "percent"),  # numbers as printed, not fractions
        ("30%", 30.0, "percent"),
        ("\u20133.4%", -3.4, "percent"),  # a minus a word processor turned into an en dash
        ("\u20132,000", -2000.0, "count"),
        ("\u2013 3", None, "text"),  # a spaced dash is no sign
        ("54 percent", 54.0, "percent"),
        ("43,780", 43780.0, "count"),
        ("92", 92.0, "count"),
        ("00:12:26", 746.0, "seconds"),
        ("01:42:53", 6173.0, "seconds"),
        ("00:00:05", 5.0, "seconds"),
        ("12:37", 757.0, "seconds"),
        ("5 mins", 300.0, "seconds"),
        ("12 days", 12.0, "days"),
        ("23 days", 23.0, "days"),
        ("48 median days", 48.0, "days"),
        ("Zero", 0.0, "count"),  # a nought written as a word
        ("Nil", 0.0, "count"),
        ("Zero or No Data Available", None, None),
        ("Rolling 12 Month Data Only", None, None),
        ("", None, None),
        (None, None, None),
        ("—", None, None),
        ("-", None, None),
        ("N/A", None, None),
        ("n/a", None, None),
        ("TBC", None, None),
        ("On track", None, "text"),
        ("£0.567m", None, "text"),
    ],
)
def test_parse_value(raw, value, unit):
    result = parse_value(raw)
    assert (result.value, result.unit) == (value, unit)
    assert result.raw == (raw or "")


def test_parse_value_in_the_rows_unit():
    # '7.0' beside a change of '-0.1 days': the row's bare numbers are days.
    assert (parse_value("7.0", unit="days").value, parse_value("7.0", unit="days").unit) == (7.0, "days")
    assert parse_value("33", unit="seconds").unit == "seconds"
    assert parse_value("4.2%", unit="days").unit == "percent"  # a printed unit wins
    assert parse_value("n/a", unit="days").unit is None


@pytest.mark.parametrize(
    ("raw", "value", "unit", "direction"),
    [
        ("-1.5% points ▼", -1.5, "percentage_points", "down"),
        ("1.6% points ▲", 1.6, "percentage_points", "up"),
        ("-00:00:06 ▼", -6.0, "seconds", "down"),
        ("-00:00:00 —", 0.0, "seconds", "flat"),
        ("00:01:13 ▲", 73.0, "seconds", "up"),
        ("-16.4% ▼", -16.4, "percent", "down"),
        ("0.1% —", 0.1, "percent", "flat"),
        ("-7.5%", -7.5, "percent", None),
        ("0.7% points", 0.7, "percentage_points", None),
        ("5.6% points ▲", 5.6, "percentage_points", "up"),
        ("12.0% ▲", 12.0, "percent", "up"),
        ("+3%", 3.0, "percent", None),
        ("-1.6%pts", -1.6, "percentage_points", None),
        ("10.5% points ▲", 10.5, "percentage_points", "up"),
        ("0.0% points", 0.0, "percentage_points", None),
        ("2 pp", 2.0, "percentage_points", None),
        ("1.6 percentage points", 1.6, "percentage_points", None),
        ("+7.6 pts ▲", 7.6, "percentage_points", "up"),
        ("-5.6 pts", -5.6, "percentage_points", None),
        ("3.3 % points", 3.3, "percentage_points", None),
        ("-36 s", -36.0, "seconds", None),
        ("+26 s ▲", 26.0, "seconds", "up"),
        ("-0.1 days", -0.1, "days", None),
        ("up 5", 5.0, "count", "up"),
        ("down 5", -5.0, "count", "down"),  # a word carries the sign
        ("5.0% ▼", 5.0, "percent", "down"),  # an arrow never changes a printed number
        ("-1,200", -1200.0, "count", None),
        ("3 days ▲", 3.0, "days", "up"),
        ("▲", None, None, "up"),
        ("no change", None, None, "flat"),
        ("—", None, None, None),  # a lone dash in a vs-column means no data, not flat
        ("", None, None, None),
        (None, None, None, None),
        ("N/A", None, None, None),
    ],
)
def test_parse_change(raw, value, unit, direction):
    change = parse_change(raw)
    assert (change.value, change.unit, change.direction) == (value, unit, direction)
    assert change.raw == (raw or "")


def test_parse_change_zero_has_no_sign():
    assert str(parse_change("-00:00:00 —").value) == "0.0"


@pytest.mark.parametrize("raw", ["banana", "£0.5m ▲", "Q4 2023"])
def test_parse_change_failures(raw):
    with pytest.raises(ParseError, match="as change"):
        parse_change(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("", True),
        ("—", True),
        ("-", True),
        ("n/a", True),
        ("Zero or No Data Available", True),
        ("Rolling 12 Month Data Only", True),
        ("0", False),
        ("0%", False),
        ("On track", False),
    ],
)
def test_is_no_data(raw, expected):
    assert is_no_data(raw) is expected


# Whole scorecard rows, tab-separated exactly as extracted: measure, sparkline (empty), then
# last month, last 3 months, vs previous 3 months, vs previous year, last 12 months, vs previous
# 12 months. Columns 3, 4 and 7 are values; 5, 6 and 8 are changes.
V = (2, 3, 6)
C = (4, 5, 7)
ROWS = [
    (
        "Abandonment Rate: 101\t\t3.5%\t3.3%\t-1.5% points ▼\t1.6% points ▲\t3.4%\t0.7% points ▲",
        [(3.5, "percent"), (3.3, "percent"), (3.4, "percent")],
        [
            (-1.5, "percentage_points", "down"),
            (1.6, "percentage_points", "up"),
            (0.7, "percentage_points", "up"),
        ],
    ),
    (
        "Average Time to Answer: 999\t\t00:00:05\t00:00:04\t-00:00:06 ▼\t-00:00:03 ▼\t00:00:08\t-00:00:00 —",
        [(5.0, "seconds"), (4.0, "seconds"), (8.0, "seconds")],
        [(-6.0, "seconds", "down"), (-3.0, "seconds", "down"), (0.0, "seconds", "flat")],
    ),
    (
        "Thrive: Complete and Visible\t\t94.7%\t93.4%\t-1.2% points —\t—\t—\t—",
        [(94.7, "percent"), (93.4, "percent"), (None, None)],
        [(-1.2, "percentage_points", "flat"), (None, None, None), (None, None, None)],
    ),
    (
        "Average Response Time: Priority\t\t01:42:53\t01:38:34\t00:07:23 ▲\t00:29:21 ▲\t01:26:00\t00:19:40 ▲",
        [(6173.0, "seconds"), (5914.0, "seconds"), (5160.0, "seconds")],
        [(443.0, "seconds", "up"), (1761.0, "seconds", "up"), (1180.0, "seconds", "up")],
    ),
    (
        "Community Intelligence - County\t\t92\t290\t-16.4% ▼\t-39.3% ▼\t1,491\t0.1% —",
        [(92.0, "count"), (290.0, "count"), (1491.0, "count")],
        [(-16.4, "percent", "down"), (-39.3, "percent", "down"), (0.1, "percent", "flat")],
    ),
    (
        "Outstanding Suspects\t\t1,497\t1,540\t-2.4% —\t\t\t",
        [(1497.0, "count"), (1540.0, "count"), (None, None)],
        [(-2.4, "percent", "flat"), (None, None, None), (None, None, None)],
    ),
    (
        "Crime Volume\t\t3,513\t10,440\t-7.5%\t1.1%\t43,780\t7.9%",
        [(3513.0, "count"), (10440.0, "count"), (43780.0, "count")],
        [(-7.5, "percent", None), (1.1, "percent", None), (7.9, "percent", None)],
    ),
    (
        "FAT Outcome Rate: S&H\t\t7.1%\t7.4%\t-1.5% points\t0.0% points\t7.1%\t-0.6% points",
        [(7.1, "percent"), (7.4, "percent"), (7.1, "percent")],
        [
            (-1.5, "percentage_points", None),
            (0.0, "percentage_points", None),
            (-0.6, "percentage_points", None),
        ],
    ),
    (
        "Time to Summonsed / Postal Requisition (Median): Burglary\t\tZero or No Data Available\t215\t"
        "-47.5%\t-45.0%\t318\t-0.9%",
        [(None, None), (215.0, "count"), (318.0, "count")],
        [(-47.5, "percent", None), (-45.0, "percent", None), (-0.9, "percent", None)],
    ),
    (
        "Overall Victim Satisfaction: Hate Crimes\t\tZero or No Data Available\tRolling 12 Month Data Only"
        "\t\t\t85.5%\t10.5% points ▲",
        [(None, None), (None, None), (85.5, "percent")],
        [(None, None, None), (None, None, None), (10.5, "percentage_points", "up")],
    ),
    (
        "Volume of Complaints\t\t118\t354\t-14.3% ▼\t12.0% ▲\t1,376\t18.8% ▲",
        [(118.0, "count"), (354.0, "count"), (1376.0, "count")],
        [(-14.3, "percent", "down"), (12.0, "percent", "up"), (18.8, "percent", "up")],
    ),
    (
        "FAT Outcome Volume: RASSO\t\t10\t44\t100.0%\t109.5%\t131\t65.8%",
        [(10.0, "count"), (44.0, "count"), (131.0, "count")],
        [(100.0, "percent", None), (109.5, "percent", None), (65.8, "percent", None)],
    ),
]


@pytest.mark.parametrize(
    ("row", "values", "changes"), ROWS, ids=[r[0].split("\t")[0] for r in ROWS]
)
def test_every_cell_of_real_scorecard_rows(row, values, changes):
    cells = row.split("\t")
    assert len(cells) == 8
    assert [(v.value, v.unit) for v in (parse_value(cells[i]) for i in V)] == values
    assert [(c.value, c.unit, c.direction) for c in (parse_change(cells[i]) for i in C)] == changes


@pytest.mark.parametrize("raw, value, unit", [
    ("98.7%*", 98.7, "percent"), ("1,234\u2020", 1234.0, "count"), ("72.1% (r)", 72.1, "percent"),
    ("45 [p]", 45.0, "count"), ("Zero*", 0.0, "count"),
])
def test_a_footnote_or_status_marker_after_a_value_is_not_part_of_it(raw, value, unit):
    read = parse_value(raw)
    assert (read.raw, read.value, read.unit) == (raw, value, unit)


@pytest.mark.parametrize("raw", ["n/a*", "**"])
def test_a_marked_no_data_cell_is_still_no_data(raw):
    assert parse_value(raw).value is None and parse_value(raw).unit is None


@pytest.mark.parametrize("raw, value, unit", [
    ("(1.5%)", -1.5, "percent"), ("(1.5% points)", -1.5, "percentage_points"), ("(0:00:12)", -12.0, "seconds"),
    ("(3)", -3.0, "count"), ("+1.5%*", 1.5, "percent"),
])
def test_a_change_in_accounting_brackets_is_a_fall(raw, value, unit):
    read = parse_change(raw)
    assert (read.value, read.unit) == (value, unit)


@pytest.mark.parametrize("raw, value, unit", [("45.2% \u25b2", 45.2, "percent"), ("12 \u25bc", 12.0, "count")])
def test_an_arrow_beside_a_value_is_its_trend_not_part_of_it(raw, value, unit):
    read = parse_value(raw)
    assert (read.raw, read.value, read.unit) == (raw, value, unit)


@pytest.mark.parametrize("text, count", [("12", 12), ("nine", 9), ("No", 0), ("twenty", 20), ("many", None)])
def test_count_of_reads_figures_and_small_numbers_in_words(text, count):
    assert count_of(text) == count


@pytest.mark.parametrize(("raw", "value"), [
    ("+1.2 pts", 1.2), ("1.2 % points", 1.2), ("-0.5pp", -0.5), ("2.2 ppts", 2.2), ("0.4 percentage points", 0.4),
])
def test_parse_value_reads_percentage_points(raw, value):
    # a change printed in a figure column ('Change' over '+1.2 pts'): typed, not kept as text
    result = parse_value(raw)
    assert (result.value, result.unit) == (value, "percentage_points")


@pytest.mark.parametrize(("raw", "value", "unit"), [
    # a figure in accounting brackets is negative, in a value column as in a change column
    ("(3.1%)", -3.1, "percent"), ("(1,234)", -1234.0, "count"), ("(00:00:12)", -12.0, "seconds"),
    ("(provisional)", None, "text"),
    # placeholders: not known, not due yet, and a spreadsheet's error values
    ("N/K", None, None), ("Not known", None, None), ("Not due", None, None), ("Not yet due", None, None),
    ("#N/A", None, None), ("#DIV/0!", None, None),
    ("######", None, "text"),  # a figure too wide for its column: printed, but unreadable
])
def test_parse_value_brackets_and_placeholders(raw, value, unit):
    result = parse_value(raw)
    assert (result.value, result.unit) == (value, unit)
