"""Times of day ("10.00 am", "2:30pm", "12 noon") and time ranges, as 24-hour "HH:MM"."""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

from ..errors import ParseError
from ._atoms import RANGE_WORD
from .text import DASHES, TakenSpans, check_length, normalise, normalise_keep_offsets

__all__ = ["find_times", "parse_time", "parse_time_range"]

# "am", "a.m." - the final dot only with the first, so a full stop after "10am." is left alone.
# Welsh papers print "yb" (y bore, morning) for am, and "yh" (yr hwyr, evening) or "yp" (y prynhawn,
# afternoon) for pm: "10.00 yb", "7.00yh", "7.00 Y.H.".
_WELSH_MERIDIEM = r"y\.?\s?[bhp]\b\.?"
_MERIDIEM = rf"(?:[ap]\s?m\b|[ap]\.\s?m\b\.?|{_WELSH_MERIDIEM})"
_NOON = r"(?:(?:12(?:[:.]00)?\s*)?(?:noon|midday|midnight)\b)"
# One time: "10.00 am", "10:00am", "5pm", "14:30", "1400hrs", "12 noon".
_CLOCK = (
    rf"(?:{_NOON}|[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*{_MERIDIEM}|[0-9]{{1,2}}[:.][0-9]{{2}}(?:\s*(?:hrs?|hours)\b)?"
    r"|[0-9]{4}\s*(?:hrs?|hours)\b)"
)
_SEPARATOR = rf"\s*(?:-|[{DASHES}]|\b{RANGE_WORD}\b)\s*"
# In a range one side may be a bare hour ("10 - 11am"); it borrows am/pm from the other.
_RANGE_SIDE = rf"(?:{_CLOCK}|[0-9]{{1,2}}(?![0-9:.]))"
_RANGE = re.compile(rf"(?P<a>{_RANGE_SIDE})(?P<sep>{_SEPARATOR})(?P<b>{_RANGE_SIDE})", re.I)
_PARTS = re.compile(
    r"(?P<h>[0-9]{1,2})(?:[:.]?(?P<m>[0-9]{2}))?\s*(?:(?P<mer>[ap])(?:\s?m\b|\.\s?m\b\.?)|y\.?\s?(?P<cy>[bhp])\b\.?"
    r"|(?P<hrs>hrs?|hours)\b)?",
    re.I,
)
_LABEL = re.compile(r"^[^0-9:]*:\s*")  # "Duration of meeting: "


class _Clock(NamedTuple):
    hour: int
    minute: int
    meridiem: Optional[str]  # "a", "p", or None when printed without am/pm
    explicit_24h: bool  # minutes or "hrs" printed, so the hour can stand without am/pm


def _read(raw: str, text: str) -> _Clock:
    lowered = text.strip().lower()
    word = re.fullmatch(_NOON, lowered)
    if word:
        return _Clock(12, 0, "a" if "midnight" in lowered else "p", True)
    match = _PARTS.fullmatch(lowered)
    # "1030" needs "hrs"; otherwise four bare digits are more likely a year than a time.
    if not match or (match["m"] and not match["hrs"] and not re.search(r"[:.]", lowered)):
        raise ParseError(raw, "time")
    minute = int(match["m"] or 0)
    explicit = match["m"] is not None or match["hrs"] is not None
    meridiem = match["mer"] or (match["cy"] and ("a" if match["cy"] == "b" else "p"))
    return _Clock(int(match["h"]), minute, meridiem or None, explicit)


def _minutes(raw: str, clock: _Clock) -> int:
    """Minutes after midnight; a 12-hour clock needs am/pm unless minutes were printed."""
    hour, minute, meridiem, explicit = clock
    if minute > 59:
        raise ParseError(raw, "time", "minutes above 59")
    if meridiem is None:
        if not explicit or hour > 23:
            raise ParseError(raw, "time", "no am/pm and not a 24-hour time")
        return hour * 60 + minute
    if hour > 12 and meridiem == "p" and hour <= 23 and explicit:  # "14:30pm": the 24-hour reading is meant
        return hour * 60 + minute
    if not 1 <= hour <= 12:
        raise ParseError(raw, "time", "hour out of range for am/pm")
    return (hour % 12 + (12 if meridiem == "p" else 0)) * 60 + minute


def _hhmm(total: int) -> str:
    return f"{total // 60:02d}:{total % 60:02d}"


def parse_time(raw: str) -> str:
    """'10.00 am' -> '10:00', '2:30pm' -> '14:30', '12 noon' -> '12:00', '14:30' -> '14:30'; Welsh
    '10.00yb' -> '10:00', '7.00yh' -> '19:00', '2.00 y.p.' -> '14:00'.

    An hour alone needs am/pm ("5pm"); "10.00" with no am/pm is read as 24-hour. Raises ParseError.
    """
    check_length(raw, "time")
    return _hhmm(_minutes(raw, _read(raw, normalise(raw))))


def parse_time_range(raw: str) -> tuple[str, str]:
    """'10.00 - 10.50 am' -> ('10:00', '10:50'); '2.00pm to 4.30pm'; '7:00 PM – 9:12 PM'.

    A side printed without am/pm takes the other side's, or the opposite one when that would
    put the start after the end ("11.00 - 1.00 pm" -> 11:00, 13:00). A leading label ending
    in ':' and surrounding brackets are ignored. Raises ParseError, also when end < start.
    """
    check_length(raw, "time range")
    text = _LABEL.sub("", normalise(raw).strip(" ()[]."))
    match = _RANGE.fullmatch(text)
    if not match:
        raise ParseError(raw, "time range")
    return _resolve(raw, _read(raw, match["a"]), _read(raw, match["b"]))


def _resolve(raw: str, start: _Clock, end: _Clock) -> tuple[str, str]:
    start, end = _borrow_meridiem(raw, start, end), _borrow_meridiem(raw, end, start, is_end=True)
    first, last = _minutes(raw, start), _minutes(raw, end)
    if last < first:
        raise ParseError(raw, "time range", "ends before it starts")
    return _hhmm(first), _hhmm(last)


def _borrow_meridiem(raw: str, clock: _Clock, other: _Clock, *, is_end: bool = False) -> _Clock:
    if clock.meridiem is not None or other.meridiem is None or not 1 <= clock.hour <= 12:
        return clock
    anchor = _minutes(raw, other)
    same = clock._replace(meridiem=other.meridiem)
    in_order = _minutes(raw, same) >= anchor if is_end else _minutes(raw, same) <= anchor
    return same if in_order else clock._replace(meridiem="a" if other.meridiem == "p" else "p")


# Running text. A time with am/pm (or noon) always counts; a bare "10.00"/"14:30" counts only
# straight after "at", "from", "until", "till" or "between", and not after measuring verbs
# ("averaged at 12:37" is a duration), or as the start of a range whose end has am/pm.
_FIND_RANGE = re.compile(rf"(?<![\w.,:£$]){_RANGE.pattern}(?![\w%]|[.:][0-9])", re.I)
_FIND_MERIDIEM = re.compile(
    rf"(?<![\w.,:£$])(?:{_NOON}|[0-9]{{1,2}}(?:[:.][0-9]{{2}})?\s*{_MERIDIEM})", re.I
)
_FIND_BARE = re.compile(r"(?<![\w.,:£$/-])[0-9]{1,2}[:.][0-9]{2}(?![\w%]|[.:][0-9])", re.I)
# '1930hrs', '0930 hrs': four digits and 'hrs' are a 24-hour clock time wherever they stand.
_FIND_HRS = re.compile(r"(?<![\w.,:£$/-])[0-9]{4}\s?hrs?\b", re.I)
_CUE = re.compile(
    r"\b(?P<verb>\w+\s+)?(?:at|from|until|till|between)\s+$"
    # ... or straight after a date or a 'Time:' label: '11 June 2013, 14:00-17:00', 'Time: 15:00'
    r"|\b[0-9]{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"(?:\s+(?:19|20)[0-9]{2}\s*,|\s*,)?\s+$|\btimes?\s*:\s*$"
    # 'The meeting closed 20:15', 'Commenced 10.30', 'Meeting commenced: 19:02': an event verb with no
    # 'at' ('started', 'began', 'finished' only as a label: 'response times started 10.30' is none);
    # 'Start: 19:00', 'Finish time: 21.15': a label of the meeting's times
    r"|\b(?:closed|ended|commenced|concluded|reconvened|adjourned)\s*:?\s+$|\b(?:started|began|finished)\s*:\s*$"
    r"|\b(?:start|finish|end|close)(?:\s+time)?\s*:\s*$|\b(?:start|close|end)\s+of\s+(?:the\s+)?meeting\s*:?\s*$",
    re.I,
)
_MEASURING = {
    "averaged",
    "average",
    "stands",
    "stood",
    "remained",
    "remains",
    "reached",
    "peaked",
    "recorded",
    "is",
    "was",
}


def find_times(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every time of day in running text as ('HH:MM', (start, end)), in order. See rule above."""
    found: dict[tuple[int, int], str] = {}
    taken = TakenSpans()
    text = normalise_keep_offsets(text)  # same length, so spans still index the caller's text
    for match in _FIND_RANGE.finditer(text):
        if _range_counts(text, match):
            try:
                first, last = parse_time_range(match.group(0))
            except ParseError:
                continue
            found[match.span("a")], found[match.span("b")] = first, last
            taken.add(match.span("a"))
            taken.add(match.span("b"))
    for pattern in (_FIND_MERIDIEM, _FIND_HRS, _FIND_BARE):
        for match in pattern.finditer(text):
            if taken.overlaps(match.span()) or (pattern is _FIND_BARE and not _cued(text, match.start())):
                continue
            try:
                found[match.span()] = parse_time(match.group(0))
            except ParseError:
                continue
            taken.add(match.span())
    return sorted(((value, span) for span, value in found.items()), key=lambda item: item[1])


def _range_counts(text: str, match: re.Match[str]) -> bool:
    with_meridiem = re.search(rf"{_MERIDIEM}|{_NOON}", match.group(0), re.I)
    # '10:00-11:30': two 24-hour clock times (two-digit hours, colons) make a time range on their own.
    clocks = re.fullmatch(r"[0-9]{2}:[0-9]{2}", match["a"]) and re.fullmatch(r"[0-9]{2}:[0-9]{2}", match["b"])
    return bool(with_meridiem) or bool(clocks) or _cued(text, match.start())


def _cued(text: str, start: int) -> bool:
    """A bare 'HH.MM' is a time of day only when cued: 'at', a date or a 'Time:' label before
    it, or a meeting's event verb straight before it ('closed 20:15'). Not 'hrs' after it:
    '19.00 hrs' is a clock time but '1.30 hrs' a duration."""
    cue = _CUE.search(text[max(0, start - 40) : start])
    return cue is not None and (cue["verb"] or "").strip().lower() not in _MEASURING



