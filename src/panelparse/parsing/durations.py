"""Durations in seconds ("00:12:26", "5 mins") and day counts ("48 median days", "18 weeks")."""

from __future__ import annotations

import re
from decimal import Decimal

from ..errors import ParseError
from ._atoms import NUMBER, as_float, is_exact, to_decimal
from .text import check_length, normalise

__all__ = ["parse_days", "parse_duration"]

# "hh:mm:ss" or "mm:ss", optionally signed. Two parts are minutes:seconds (scorecard response
# times such as "12:37"), never hours:minutes.
_CLOCK = re.compile(r"(?P<sign>[+-])?(?P<a>[0-9]{1,9}):(?P<b>[0-5][0-9])(?::(?P<c>[0-5][0-9]))?")
_UNIT_SECONDS = {"h": 3600, "m": 60, "s": 1}
# A part starts only where a number starts (not inside a digit run), so finditer stays linear.
_PART = re.compile(
    rf"(?<![0-9.,])(?P<n>{NUMBER})\s*(?P<unit>h(?:ours?|rs?)?|m(?:in(?:ute)?s?)?|s(?:ec(?:ond)?s?)?)(?![a-z])",
    re.I,
)
_DAYS = re.compile(
    rf"(?P<sign>[+-])?(?P<n>{NUMBER})\s*(?:(?:median|mean|average|avg|working|calendar|clear)\s+)?"
    r"(?:(?P<days>days?)|(?P<weeks>weeks?|wks?\.?))",
    re.I,
)
DAYS_IN_WEEK = 7


def parse_duration(raw: str) -> float:
    """Seconds: '00:12:26' -> 746.0, '-00:00:06' -> -6.0, '12:37' (mm:ss) -> 757.0,
    '1 hour' -> 3600.0, '5 mins' -> 300.0, '1 hr 30 mins' -> 5400.0, '-36 s' -> -36.0.

    Days are not durations here: use parse_days(). Raises ParseError.
    """
    check_length(raw, "duration")
    text = normalise(raw)
    clock = _CLOCK.fullmatch(text)
    if clock:
        return _clock_seconds(clock)
    return _worded_seconds(raw, text)


def _clock_seconds(clock: re.Match[str]) -> float:
    if clock["c"] is None:
        seconds = int(clock["a"]) * 60 + int(clock["b"])
    else:
        seconds = int(clock["a"]) * 3600 + int(clock["b"]) * 60 + int(clock["c"])
    return -float(seconds) + 0.0 if clock["sign"] == "-" else float(seconds)


def _worded_seconds(raw: str, text: str) -> float:
    if _DAYS.fullmatch(text):
        raise ParseError(raw, "duration", "days are read by parse_days(), not as seconds")
    # A sign before the first part signs the whole ("-36 s", "+1 min 5 s"), as on a change cell.
    sign, body = (text[0], text[1:]) if text[:1] in "+-" and text[1:2].isdigit() else ("", text)
    parts = list(_PART.finditer(body))
    leftover = re.sub(r"[\s,]|\band\b", "", _PART.sub("", body))
    if not parts or leftover:
        raise ParseError(raw, "duration", "expected hh:mm:ss, mm:ss or a number with a time unit")
    total = sum((to_decimal(p["n"]) * _UNIT_SECONDS[p["unit"][0].lower()] for p in parts), Decimal(0))
    seconds = _seconds(raw, "duration", total)
    return -seconds + 0.0 if sign == "-" else seconds


def _seconds(raw: str, expected: str, value: Decimal) -> float:
    if not is_exact(value, 3):
        raise ParseError(raw, expected, "more digits than can be held exactly")
    return as_float(value, 3)


def parse_days(raw: str) -> float:
    """'48 days', '48 median days', '37 mean days', '1 day' -> days as a float; weeks, as waiting
    times print them, in days too: '18 weeks' -> 126.0, '2.5 wks' -> 17.5.

    Raises ParseError (also for a bare number: the unit must be printed).
    """
    check_length(raw, "days")
    match = _DAYS.fullmatch(normalise(raw))
    if not match:
        raise ParseError(raw, "days")
    number = to_decimal(match["n"])
    days = _seconds(raw, "days", number * DAYS_IN_WEEK if match["weeks"] else number)
    return -days + 0.0 if match["sign"] == "-" else days
