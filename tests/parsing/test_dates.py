"""Dates, periods, financial years and dates in running text (rows from Wiltshire PCP packs)."""

import datetime as dt

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import find_date, find_dates, parse_date, parse_financial_year, parse_period

D = dt.date


@pytest.mark.parametrize(
    ("raw", "start", "end", "precision"),
    [
        # day
        ("Thursday 9 March 2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("9 th March 2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("9th March 2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("2 FEBRUARY 2023", D(2023, 2, 2), D(2023, 2, 2), "day"),
        ("09/03/2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("2023-03-09", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("16/01/23", D(2023, 1, 16), D(2023, 1, 16), "day"),
        ("30/04/2023", D(2023, 4, 30), D(2023, 4, 30), "day"),
        ("27th Feb 2023", D(2023, 2, 27), D(2023, 2, 27), "day"),
        ("Thursday, the 9th of March 2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("March 9, 2023", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("9-Mar-23", D(2023, 3, 9), D(2023, 3, 9), "day"),
        ("by 31 March 2024", D(2024, 3, 31), D(2024, 3, 31), "day"),
        ("w/c 13 March 2023", D(2023, 3, 13), D(2023, 3, 13), "day"),
        # month
        ("May 23", D(2023, 5, 1), D(2023, 5, 31), "month"),
        ("May 2023", D(2023, 5, 1), D(2023, 5, 31), "month"),
        ("Sept 2023", D(2023, 9, 1), D(2023, 9, 30), "month"),
        ("Sept. 2023", D(2023, 9, 1), D(2023, 9, 30), "month"),
        ("Jan-2023", D(2023, 1, 1), D(2023, 1, 31), "month"),
        ("Feb 2023", D(2023, 2, 1), D(2023, 2, 28), "month"),
        ("Mar 23", D(2023, 3, 1), D(2023, 3, 31), "month"),
        ("March 23", D(2023, 3, 1), D(2023, 3, 31), "month"),
        ("April 2023", D(2023, 4, 1), D(2023, 4, 30), "month"),
        ("June 2023", D(2023, 6, 1), D(2023, 6, 30), "month"),
        ("Jun-22", D(2022, 6, 1), D(2022, 6, 30), "month"),
        ("Contract start April 2023", D(2023, 4, 1), D(2023, 4, 30), "month"),
        ("from April 2023", D(2023, 4, 1), D(2023, 4, 30), "month"),
        ("Feb 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),  # leap year
        # seasons: three whole months, precision month
        ("Autumn 2022", D(2022, 9, 1), D(2022, 11, 30), "month"),
        ("Winter 2022/23", D(2022, 12, 1), D(2023, 2, 28), "month"),
        ("summer 2023", D(2023, 6, 1), D(2023, 8, 31), "month"),
        # quarter: calendar unless a financial year is printed
        ("Q4 2023", D(2023, 10, 1), D(2023, 12, 31), "quarter"),
        ("Q1 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
        ("Full capacity target Q1 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
        ("Q4 2023/24", D(2024, 1, 1), D(2024, 3, 31), "quarter"),
        ("Q1 2023-24", D(2023, 4, 1), D(2023, 6, 30), "quarter"),
        ("Q3 FY23-24", D(2023, 10, 1), D(2023, 12, 31), "quarter"),
        ("Quarter 2 2023", D(2023, 4, 1), D(2023, 6, 30), "quarter"),
        # budget monitoring's periods count the financial year's months from April
        ("Period 9 2023/24", D(2023, 12, 1), D(2023, 12, 31), "month"),
        ("P12 23/24", D(2024, 3, 1), D(2024, 3, 31), "month"),
        ("Month 6 of 2024/25", D(2024, 9, 1), D(2024, 9, 30), "month"),
        # year and financial year
        ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("Mid 2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
        ("2023/24", D(2023, 4, 1), D(2024, 3, 31), "year"),
        ("FY23-24", D(2023, 4, 1), D(2024, 3, 31), "year"),
    ],
)
def test_parse_date(raw, start, end, precision):
    ref = parse_date(raw)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)
    assert ref.raw == raw


def test_parse_date_uses_reference_year_only_when_no_year_is_printed():
    assert parse_date("Thursday 12 October", reference_year=2023).start == D(2023, 10, 12)
    assert parse_date("12 October 2022", reference_year=2023).start == D(2022, 10, 12)


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("Thursday 12 October", "no reference_year"),
        ("31/02/2023", "day is out of range"),
        ("banana", "as date"),
        ("Page 20", "as date"),
        ("", "as date"),
        ("2022-25", "not consecutive"),
        ("Tuesday 13 June 2023, 2:30pm", "as date"),
        ("June Sept 22", "as date"),  # a month name is never a skipped lead-in word
        ("Priority 1", "as date"),
        ("Period 13 2023/24", "periods 1 to 12"),
        ("Period 9 2023/25", "not consecutive"),
    ],
)
def test_parse_date_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_date(raw)


@pytest.mark.parametrize(
    ("raw", "start", "end", "start_raw", "end_raw"),
    [
        ("Dec 2022 – Feb 2023", D(2022, 12, 1), D(2023, 2, 28), "Dec 2022", "Feb 2023"),
        ("Dec 2022 - Feb 2023", D(2022, 12, 1), D(2023, 2, 28), "Dec 2022", "Feb 2023"),
        ("Nov-2022 to Jan-2023", D(2022, 11, 1), D(2023, 1, 31), "Nov-2022", "Jan-2023"),
        ("Feb-2022 to Jan-2023", D(2022, 2, 1), D(2023, 1, 31), "Feb-2022", "Jan-2023"),
        ("Sept-Oct 22", D(2022, 9, 1), D(2022, 10, 31), "Sept", "Oct 22"),
        ("June – Sept 22", D(2022, 6, 1), D(2022, 9, 30), "June", "Sept 22"),
        ("Nov 22–Jan 23", D(2022, 11, 1), D(2023, 1, 31), "Nov 22", "Jan 23"),
        ("Oct – Dec 22", D(2022, 10, 1), D(2022, 12, 31), "Oct", "Dec 22"),
        ("Dec – Feb 2023", D(2022, 12, 1), D(2023, 2, 28), "Dec", "Feb 2023"),  # year before
        ("March to May 2023", D(2023, 3, 1), D(2023, 5, 31), "March", "May 2023"),
        ("9 – 16 March 2023", D(2023, 3, 9), D(2023, 3, 16), "9", "16 March 2023"),
        ("9 February – 3 March 2023", D(2023, 2, 9), D(2023, 3, 3), "9 February", "3 March 2023"),
        ("2022-25", D(2022, 1, 1), D(2025, 12, 31), "2022", "25"),
        ("(Aug-2022 to Oct-2022)", D(2022, 8, 1), D(2022, 10, 31), "Aug-2022", "Oct-2022"),
        # a quarter named without its year, its months in brackets
        ("Quarter 2 (July - September 2024)", D(2024, 7, 1), D(2024, 9, 30), "July", "September 2024"),
        ("Q3 2023/24 (Oct - Dec 2023)", D(2023, 10, 1), D(2023, 12, 31), "Oct", "Dec 2023"),
    ],
)
def test_parse_period(raw, start, end, start_raw, end_raw):
    period = parse_period(raw)
    assert (period.start.start, period.end.end) == (start, end)
    assert (period.start.raw, period.end.raw) == (start_raw, end_raw)


@pytest.mark.parametrize(
    ("raw", "start", "end", "precision"),
    [
        ("Q4 2023", D(2023, 10, 1), D(2023, 12, 31), "quarter"),
        ("Jan-2023", D(2023, 1, 1), D(2023, 1, 31), "month"),
        ("2023/24", D(2023, 4, 1), D(2024, 3, 31), "year"),
    ],
)
def test_parse_period_lone_date_is_start_and_end(raw, start, end, precision):
    period = parse_period(raw)
    assert period.start == period.end
    assert (period.start.start, period.end.end, period.start.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("Dec 2020 and Mar-21", "as period"),
        ("Feb 2023 – Dec 2022", "as period"),
        ("2025-22", "ends before"),
        ("Quarter 2 (banana)", r"'Quarter 2 \(banana\)' as period"),  # the whole cell is named
    ],
)
def test_parse_period_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_period(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "2023/24",
        "2023-24",
        "FY23-24",
        "FY 2023/24",
        "2023-2024",
        "FY23/24",
        "2023–24",
        "FY2023/24",
        "financial year 2023-24",
        "April 2023 to March 2024",
        "1 April 2023 - 31 March 2024",
        "1st April 2023 – 31st March 2024",
    ],
)
def test_parse_financial_year(raw):
    assert parse_financial_year(raw) == "2023-24"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Budget v Spend April 2022 to March 2023", ["2022-23"]),
        ("Budget Monitoring FY24-25 and the 2023/24 outturn", ["2024-25", "2023-24"]),
        ("Budget 2018-19 against 2019-2020", ["2018-19", "2019-20"]),
        ("Pages 23-24, 13/02/2025, 2022-25, 2015/17", []),  # pages, a date, a plan period
    ],
)
def test_find_financial_years(text, expected):
    from panelparse.parsing import find_financial_years

    found = find_financial_years(text)
    assert [fy for fy, _ in found] == expected
    assert all(text[a:b] for _, (a, b) in found)


def test_parse_financial_year_century_turn():
    assert parse_financial_year("2099/00") == "2099-00"


@pytest.mark.parametrize(
    ("raw", "match"),
    [("2022-25", "not consecutive"), ("FY24", "financial year"), ("2023", "financial year"),
     ("April 2023 to March 2025", "not consecutive"), ("March 2023 to April 2024", "financial year")],
)
def test_parse_financial_year_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_financial_year(raw)


MINUTES_HEADING = (
    "MINUTES OF THE WILTSHIRE POLICE AND CRIME PANEL MEETING HELD ON 2 FEBRUARY 2023 AT COMMITTEE "
    "ROOM A - COUNCIL OFFICES, MONKTON PARK, CHIPPENHAM SN15 1ER."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MINUTES_HEADING, [("2 FEBRUARY 2023", D(2023, 2, 2))]),
        (
            "It was noted that the next meeting of the Police and Crime Panel would be at "
            "10:00am on "
            "Thursday 9 March 2023 at Salisbury Guildhall.",
            [("Thursday 9 March 2023", D(2023, 3, 9))],
        ),
        (
            "DA matter training (1650 officers) began 16/01/23. Performance to be audited.",
            [("16/01/23", D(2023, 1, 16))],
        ),
        (
            "This will be completed by 30/04/2023. Commenced 27th Feb 2023.",
            [("30/04/2023", D(2023, 4, 30)), ("27th Feb 2023", D(2023, 2, 27))],
        ),
        ("Date\t9 th March 2023", [("9 th March 2023", D(2023, 3, 9))]),
        (
            "- Tuesday 13 June 2023, 2:30pm – Corn Exchange\n- Thursday 14 September 2023, 10:30am",
            [
                ("Tuesday 13 June 2023", D(2023, 6, 13)),
                ("Thursday 14 September 2023", D(2023, 9, 14)),
            ],
        ),
        ("Updated on 2023-03-09.", [("2023-03-09", D(2023, 3, 9))]),
        # months, quarters, years and fiscal years alone are not dates in prose
        ("Q4 2023, May 23, FY23-24, 2022-23 and Sept 2022 and 1.5 and 3.5%", []),
        ("the meeting on 31 February 2023", []),  # impossible dates are skipped
        ("the meeting on 12 October", []),  # no year and no reference year
    ],
)
def test_find_dates(text, expected):
    found = find_dates(text)
    assert [(text[a:b], ref.start) for ref, (a, b) in found] == expected
    assert all(ref.precision == "day" for ref, _ in found)


def test_find_dates_with_reference_year():
    text = "Provisional Council meetings on Thursday 12 October and 9 November."
    found = find_dates(text, reference_year=2023)
    assert [ref.start for ref, _ in found] == [D(2023, 10, 12), D(2023, 11, 9)]


def test_find_date_returns_first_or_none():
    assert find_date(MINUTES_HEADING).start == D(2023, 2, 2)
    assert find_date("no dates here") is None


def test_find_dates_raw_is_the_original_text():
    text = "held on Thursday\u00a09\u00a0March 2023."
    ((ref, (a, b)),) = find_dates(text)
    assert ref.raw == text[a:b] == "Thursday\u00a09\u00a0March 2023"
    assert ref.start.isoformat() == "2023-03-09"


@pytest.mark.parametrize("raw, start, end, precision", [
    ("2023/24 Q3", dt.date(2023, 10, 1), dt.date(2023, 12, 31), "quarter"),
    ("Qtr 1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quarter"),
    ("Qtr. 4 2024", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "quarter"),
    ("H1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "month"),
    ("H2 2024/25", dt.date(2024, 10, 1), dt.date(2025, 3, 31), "month"),
    ("H1 2024", dt.date(2024, 1, 1), dt.date(2024, 6, 30), "month"),
    ("5th day of March 2024", dt.date(2024, 3, 5), dt.date(2024, 3, 5), "day"),
])
def test_more_ways_of_naming_quarters_halves_and_days(raw, start, end, precision):
    ref = parse_date(raw)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)


@pytest.mark.parametrize("raw, start, end, precision", [
    # Quarters and halves in words: before, the words were skipped as a lead-in and the whole year read.
    ("Quarter Two 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "quarter"),
    ("Second quarter 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "quarter"),
    ("Third Quarter of 2024-25", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "quarter"),
    ("4th quarter 2023/24", dt.date(2024, 1, 1), dt.date(2024, 3, 31), "quarter"),
    ("the first quarter of 2025", dt.date(2025, 1, 1), dt.date(2025, 3, 31), "quarter"),  # a calendar year
    ("First half of 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "month"),
    # A half-year report's period, no half numbered: the first six months, not the whole year.
    ("Half year 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "month"),
    ("Half-Year 2023-24", dt.date(2023, 4, 1), dt.date(2023, 9, 30), "month"),
    ("Mid-year 2024/25", dt.date(2024, 4, 1), dt.date(2024, 9, 30), "month"),  # a mid-year review's six months
    ("Mid Year 2023-24", dt.date(2023, 4, 1), dt.date(2023, 9, 30), "month"),
    ("Half year 2 2024/25", dt.date(2024, 10, 1), dt.date(2025, 3, 31), "month"),
])
def test_quarters_and_halves_named_in_words(raw, start, end, precision):
    ref = parse_date(raw)
    assert (ref.raw, ref.start, ref.end, ref.precision) == (raw, start, end, precision)


@pytest.mark.parametrize("raw, start, end", [
    ("Rolling 12 months to March 2024", dt.date(2023, 4, 1), dt.date(2024, 3, 31)),
    ("12 months to 31/03/2024", dt.date(2023, 4, 1), dt.date(2024, 3, 31)),
    ("the 3 months ending June 2024", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
])
def test_n_months_to_a_date_is_the_period_ending_then(raw, start, end):
    period = parse_period(raw)
    assert (period.start.start, period.end.end) == (start, end)


def test_h1_of_years_that_do_not_follow_is_refused():
    with pytest.raises(ParseError):
        parse_date("H1 2024/26")


@pytest.mark.parametrize("raw, day", [
    # Welsh dates, as community councils in Wales print them (bilingual or Welsh-only papers).
    ("12 Mawrth 2025", dt.date(2025, 3, 12)),
    ("Dydd Llun 3 Chwefror 2025", dt.date(2025, 2, 3)),
    ("nos Lun, 3ydd Chwefror 2025", dt.date(2025, 2, 3)),  # 'nos Lun': Monday evening
    ("Dydd Mawrth 4 Mawrth 2025", dt.date(2025, 3, 4)),  # Mawrth is Tuesday and March
    ("12fed o Fawrth 2025", dt.date(2025, 3, 12)),  # after 'o' the month mutates
    ("1af Mai 2024", dt.date(2024, 5, 1)),
    ("21ain Rhagfyr 2023", dt.date(2023, 12, 21)),
])
def test_welsh_dates(raw, day):
    ref = parse_date(raw)
    assert (ref.start, ref.end, ref.precision) == (day, day, "day")


def test_a_welsh_month_and_year_and_a_wrong_welsh_weekday():
    ref = parse_date("Mehefin 2024")
    assert (ref.start, ref.end, ref.precision) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30), "month")
    with pytest.raises(ParseError):
        parse_date("Dydd Iau 3 Chwefror 2025")  # 3 February 2025 was a Monday (Llun), not a Thursday (Iau)


def test_welsh_dates_in_running_text():
    text = ("Cofnodion cyfarfod a gynhaliwyd nos Lun, 3 Chwefror 2025 am 7.00yh. "
            "Cyfarfod nesaf: 12fed o Fawrth.")
    found = find_dates(text, reference_year=2025)
    assert [(ref.raw, ref.start) for ref, _ in found] == [
        ("nos Lun, 3 Chwefror 2025", dt.date(2025, 2, 3)), ("12fed o Fawrth", dt.date(2025, 3, 12))]
    assert [text[a:b] for _, (a, b) in found] == ["nos Lun, 3 Chwefror 2025", "12fed o Fawrth"]
