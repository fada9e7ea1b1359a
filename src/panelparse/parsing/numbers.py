"""Numbers, scorecard values ("3.5%", "43,780", "00:12:26") and changes ("-1.5% points ▼")."""

from __future__ import annotations

import re
from typing import Literal, Optional

from ..errors import ParseError
from ..models.values import Change, Value
from ._atoms import SIGNED_NUMBER, is_exact, to_decimal
from .durations import parse_days, parse_duration
from .text import DASHES, MAX_VALUE_CHARS, check_length, normalise
from .trends import arrow_direction, conflicting_arrows, strip_arrows, strip_direction, word_direction

__all__ = ["COUNT_WORDS", "count_of", "is_no_data", "parse_change", "parse_number", "parse_value"]

_N = rf"(?P<n>{SIGNED_NUMBER})"
_NUMBER = re.compile(_N)
_PERCENT = re.compile(rf"{_N}\s*(?:%|per\s?cent)", re.I)
_POINTS = re.compile(
    rf"{_N}\s*(?:%\s*(?:points?|pts?|ppts?)|(?:%\s*)?(?:percentage\s+points?|p\.?p\.?|ppts?|pts?))", re.I
)
_CLOCK = re.compile(r"[+-]?[0-9]+:[0-5][0-9](?::[0-5][0-9])?")
# Cells that say there is nothing to read: blank, dashes, N/A, and the scorecards' own phrases
# ("Zero or No Data Available", "Rolling 12 Month Data Only").
# 'N/K' (not known), 'Not due' / 'Not yet due' (a period not reported yet), and the error values a
# spreadsheet printed to PDF shows ('#N/A', '#DIV/0!', '#VALUE!', '#REF!').
_NO_DATA = re.compile(
    rf"|[-{DASHES}*]+|n/?a|n\.a\.?|tbc|tbd|not applicable|n/k|not known|not (?:yet )?due"
    r"|#(?:n/a|div/0!|value!|ref!|null!|num!)"
    r"|.*\b(?:no data|data only|not available|data not|awaiting data)\b.*",
    re.I,
)


# A footnote or status marker after a figure ('98.7%*', '1,234†', '72.1% (r)', '45 [p]'): not part of
# the value, which is read without it (raw keeps it).
_MARKER = re.compile(r"\s*(?:\*{1,3}|[†‡¹²³⁴⁵⁶⁷⁸⁹]|[(\[][rpe][)\]])$", re.I)
# A change printed in accounting brackets ('(1.5%)', '(0:00:12)'): a fall.
_BRACKETED = re.compile(r"\((?P<inner>[^()+\-]+)\)")

# Small counts written out, as minutes print votes ('carried by six votes to two, with nine
# abstentions'); 'no' is none.
_WORD_COUNTS = {w: n for n, w in enumerate(
    "no one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
COUNT_WORDS = r"(?:" + "|".join(sorted(_WORD_COUNTS, key=len, reverse=True)) + r")"


def count_of(text: str) -> Optional[int]:
    """'12' -> 12, 'nine' -> 9, 'no' -> 0: a small count printed in figures or words; else None."""
    word = text.strip().lower()
    if word.isdigit():
        return int(word)
    return _WORD_COUNTS.get(word)


# A nought written as a word ("Zero" complaints upheld, "Nil" returns): the count 0.
_ZERO_WORDS = frozenset({"zero", "nil"})


class _Inexact(Exception):
    """A number with more significant digits than a float holds."""


def _float(number: str) -> float:
    value = to_decimal(number)
    if not is_exact(value):
        raise _Inexact(number)
    return float(value) + 0.0  # + 0.0: "-0.0" is printed, 0.0 is meant


def is_no_data(raw: Optional[str]) -> bool:
    """True for a cell that holds no figure: '', '-', '—', 'N/A', 'Zero or No Data Available'."""
    if raw is not None and len(raw) > MAX_VALUE_CHARS:
        return False
    return bool(_NO_DATA.fullmatch(normalise(raw or "")))


def parse_number(raw: str) -> float:
    """'43,780' -> 43780.0, '0.3', '-3.4', '+7.4'.

    Only a plain number (no %, £ or unit) of at most 15 significant digits; anything else
    raises ParseError.
    """
    check_length(raw, "number")
    match = _NUMBER.fullmatch(normalise(raw))
    if not match:
        raise ParseError(raw, "number")
    try:
        return _float(match["n"])
    except _Inexact:
        raise ParseError(raw, "number", "more digits than can be held exactly") from None


def parse_value(raw: Optional[str], *, unit: Optional[Literal["days", "seconds"]] = None) -> Value:
    """A scorecard value cell. Never raises.

    `unit` is the unit the rest of the row prints ('-0.1 days' beside '7.0'): a bare number
    is read in it instead of as a count.

    '3.5%' -> 3.5 percent; '43,780' -> count; '00:12:26' / '12:37' / '5 mins' -> seconds;
    '12 days' -> days; '+1.2 pts' / '1.2% points' (a change printed in a figure column) ->
    percentage_points; 'Zero' / 'Nil' -> 0 count; no-data cells (see is_no_data) -> value
    None, unit None; any other text -> value None, unit 'text'. A footnote or status marker
    after the figure ('98.7%*', '1,234†', '72.1% (r)') is not part of it, nor is an arrow
    beside it ('45.2% ▲'). A figure in accounting brackets is negative: '(3.1%)' -> -3.1 percent.
    """
    raw = raw or ""
    if len(raw) > MAX_VALUE_CHARS:
        return Value(raw=raw, unit="text")
    text = normalise(raw)
    text = _MARKER.sub("", text) or text
    if arrow_direction(text) and not conflicting_arrows(text):
        text = strip_arrows(text) or text  # '45.2% ▲': the arrow is the trend, not the value
    if is_no_data(text):
        return Value(raw=raw)
    if text.lower() in _ZERO_WORDS:
        return Value(raw=raw, value=0.0, unit="count")
    bracketed = _BRACKETED.fullmatch(text)  # '(3.1%)', '(1,234)': a negative, as accounts print it
    text = bracketed["inner"].strip() if bracketed else text
    try:
        for reader in (_percent, _points, _seconds, _days, _count):
            read = reader(text)
            if read is not None:
                figure = -read[0] + 0.0 if bracketed else read[0]
                return Value(raw=raw, value=figure, unit=unit if unit and read[1] == "count" else read[1])
    except _Inexact:  # a figure too long to hold exactly is kept as printed
        pass
    return Value(raw=raw, unit="text")


def _percent(text: str) -> Optional[tuple[float, Literal["percent"]]]:
    match = _PERCENT.fullmatch(text)
    return (_float(match["n"]), "percent") if match else None


def _points(text: str) -> Optional[tuple[float, Literal["percentage_points"]]]:
    match = _POINTS.fullmatch(text)
    return (_float(match["n"]), "percentage_points") if match else None


def _seconds(text: str) -> Optional[tuple[float, Literal["seconds"]]]:
    try:
        return parse_duration(text), "seconds"
    except ParseError:
        return None


def _days(text: str) -> Optional[tuple[float, Literal["days"]]]:
    try:
        return parse_days(text), "days"
    except ParseError:
        return None


def _count(text: str) -> Optional[tuple[float, Literal["count"]]]:
    match = _NUMBER.fullmatch(text)
    return (_float(match["n"]), "count") if match else None


def parse_change(raw: Optional[str]) -> Change:
    """A change cell: signed size, unit and printed direction.

    '-1.5% points ▼' -> -1.5 percentage_points down; '-16.4% ▼' -> percent down; '-00:00:06 ▼'
    -> -6 seconds down; '0.1% —' -> flat; '-7.5%' -> direction None; '▲' alone -> value None,
    up. No-data cells ('', a lone '—', 'N/A') -> all None. A number signed only by a word
    takes its sign from it ('down 5' -> -5); a printed sign is never changed by an arrow. A
    change in accounting brackets ('(1.5%)') is a fall; a footnote marker after it is dropped.
    Raises ParseError for text that is none of these.
    """
    raw = raw or ""
    check_length(raw, "change")
    text = normalise(raw)
    if is_no_data(text):
        return Change(raw=raw)
    if conflicting_arrows(text):
        raise ParseError(raw, "change", "arrows point both ways")
    direction = arrow_direction(text) or word_direction(text)
    core = _MARKER.sub("", strip_direction(text))
    if not core:
        return Change(raw=raw, direction=direction)
    bracketed = _BRACKETED.fullmatch(core)
    core = bracketed["inner"].strip() if bracketed else core
    try:
        for reader in (_points, _percent, _seconds, _days, _count):
            read = reader(core)
            if read is not None:
                value = -read[0] + 0.0 if bracketed else _signed_by_word(read[0], core, text)
                return Change(raw=raw, value=value, unit=read[1], direction=direction)
    except _Inexact:
        raise ParseError(raw, "change", "more digits than can be held exactly") from None
    raise ParseError(raw, "change", "expected %, % points, hh:mm:ss, days or a count")


def _signed_by_word(value: float, core: str, text: str) -> float:
    unsigned = core[:1] not in "+-"
    if unsigned and arrow_direction(text) is None and word_direction(text) == "down":
        return -value + 0.0
    return value
