"""Durations in seconds and day counts (Wiltshire scorecards and CJS charts)."""

import pytest

from panelparse.errors import ParseError
from panelparse.parsing import parse_days, parse_duration


@pytest.mark.parametrize(
    ("raw", "seconds"),
    [
        ("00:12:26", 746.0),
        ("01:42:53", 6173.0),
        ("-00:00:06", -6.0),
        ("-00:00:00", 0.0),
        ("+00:00:29", 29.0),
        ("12:37", 757.0),  # mm:ss, as in "averaged at 12:37 for the quarter"
        ("1 hour", 3600.0),
        ("1.5 hours", 5400.0),
        ("5 mins", 300.0),
        ("5 minutes", 300.0),
        ("5 secs", 5.0),
        ("1 hr 30 mins", 5400.0),
        ("2h 15m", 8100.0),
        ("1 hour and 5 minutes", 3900.0),
        ("-36 s", -36.0),  # a scorecard's change in seconds
        ("+12 s", 12.0),
        ("-1 min 5 s", -65.0),
    ],
)
def test_parse_duration(raw, seconds):
    result = parse_duration(raw)
    assert result == seconds
    assert str(result) == str(seconds)  # no -0.0


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        ("48 days", "parse_days"),
        ("banana", "as duration"),
        ("12", "as duration"),
        ("00:75:00", "as duration"),
        ("5 mins late", "as duration"),
        ("- 5 s", "as duration"),  # a spaced dash is not a minus sign
        ("5 s -", "as duration"),
    ],
)
def test_parse_duration_failures(raw, match):
    with pytest.raises(ParseError, match=match):
        parse_duration(raw)


@pytest.mark.parametrize(
    ("raw", "days"),
    [
        ("48 days", 48.0),
        ("48 median days", 48.0),
        ("37 mean days", 37.0),
        ("198 mean days", 198.0),
        ("1 day", 1.0),
        ("12 days", 12.0),
        ("2.5 working days", 2.5),
        ("-3 days", -3.0),
        # weeks, as waiting times print them, are held in days
        ("18 weeks", 126.0),
        ("1 week", 7.0),
        ("2.5 wks", 17.5),
        ("-2 weeks", -14.0),
    ],
)
def test_parse_days(raw, days):
    assert parse_days(raw) == days


@pytest.mark.parametrize("raw", ["45", "48 months", "weeks", "days", "national average (45 days)"])
def test_parse_days_failures(raw):
    with pytest.raises(ParseError, match="as days"):
        parse_days(raw)
