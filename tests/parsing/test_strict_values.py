"""Issue 13: a value that cannot be read exactly is refused (kept raw with a warning by the
caller), never turned into a different number. Well-formed values still read as before."""

from __future__ import annotations

import pytest

from panelparse.errors import ParseError
from panelparse.extractors.base import ExtractContext
from panelparse.models.values import Change, DateRef, Money
from panelparse.parsing import (
    parse_change,
    parse_date,
    parse_direction,
    parse_money,
    parse_number,
    parse_period,
    parse_time,
    parse_value,
)

# The wrong-but-confident readings listed in the issue, each with what it used to give.
WRONG_BUT_CONFIDENT = [
    (parse_money, "£1,2,3m"),  # was £1
    (parse_money, "£1.2.3m"),  # was £1.20
    (parse_money, "£5mm"),  # was £5
    (parse_money, "£1 234 567"),  # was £1
    (parse_money, "((£5m))"),  # was +£5m
    (parse_date, "Apr-Jun 2023"),  # was the whole of 2023
    (parse_time, "13pm"),  # was 13:00
    (parse_direction, "▲▼"),  # was up
    (parse_change, "▲▼"),  # was up
    (parse_date, "Monday 9 March 2023"),  # 9 March 2023 was a Thursday
    (parse_date, "Monday 09/03/2023"),
]


@pytest.mark.parametrize(("parser", "raw"), WRONG_BUT_CONFIDENT, ids=[r for _, r in WRONG_BUT_CONFIDENT])
def test_wrong_but_confident_values_are_refused(parser, raw):
    with pytest.raises(ParseError):
        parser(raw)


@pytest.mark.parametrize(("parser", "raw", "null"), [
    (parse_money, "£1,2,3m", lambda r: Money(raw=r)),
    (parse_change, "▲▼", lambda r: Change(raw=r)),
    (parse_date, "Monday 9 March 2023", lambda r: DateRef(raw=r)),
])
def test_the_caller_keeps_raw_and_warns(parser, raw, null):
    ctx = ExtractContext(document_index=0)
    value = ctx.parse(parser, raw, field="cell", page=3, fallback=null)
    assert value.raw == raw
    assert [w.page for w in ctx.warnings] == [3]
    assert ctx.warnings[0].code.startswith("unparsed_")


def test_a_two_digit_year_is_read_near_the_document_date():
    assert parse_date("9 March 99").start.year == 1999
    assert parse_date("9 March 99", reference_year=2023).start.year == 1999
    assert parse_date("9 March 24", reference_year=2023).start.year == 2024
    assert parse_date("Mar 23").start.year == 2023


def test_a_month_range_is_a_period_not_a_year():
    period = parse_period("Apr-Jun 2023")
    assert (period.start.start.isoformat(), period.end.end.isoformat()) == ("2023-04-01", "2023-06-30")


def test_the_right_weekday_is_accepted():
    assert parse_date("Thursday 9 March 2023").start.isoformat() == "2023-03-09"
    assert parse_date("Thursday 09/03/2023").start.isoformat() == "2023-03-09"


@pytest.mark.parametrize("raw", ["£1" + "0" * 26, "£10000000000000", "£1e26"])
def test_an_amount_too_large_for_pennies_is_refused(raw):
    with pytest.raises(ParseError):
        parse_money(raw)


def test_a_number_with_more_digits_than_a_float_holds_is_refused():
    with pytest.raises(ParseError):
        parse_number("1234567890123456789")
    assert parse_value("9" * 24_000).unit == "text"
    assert parse_value("1234567890123456789").unit == "text"


@pytest.mark.parametrize("raw", ["£٣", "٣٣%", "３", "12:３0pm"])
def test_non_ascii_digits_are_not_figures(raw):
    assert parse_value(raw).value is None
    with pytest.raises(ParseError):
        parse_money(raw) if "£" in raw else parse_time(raw) if ":" in raw else parse_number(raw)


@pytest.mark.parametrize(("raw", "amount"), [
    ("£0.567m", 567000.0), ("c£0.270m", 270000.0), ("(£1.5m)", -1500000.0), ("£3 more", 3.0),
    ("£171,000", 171000.0), ("£1.5bn.", 1.5e9), ("£9,999,999,999,999.99", 9999999999999.99),
    ("£0.090m of c£0.270m (co-commissioned with SBC)", 90000.0),
])
def test_well_formed_amounts_still_read_exactly(raw, amount):
    assert parse_money(raw).amount_gbp == amount


def test_a_24_hour_time_with_pm_and_minutes_is_still_read():
    assert parse_time("14:30pm") == "14:30"
    assert parse_time("2pm") == "14:00"
