"""Dates, periods and financial years as printed in council packs, read as ranges of days.

Times of day live in :mod:`.times` and are re-exported here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Callable, Optional

from ..errors import ParseError
from ..models.values import DateRef, Period, Precision
from ._atoms import MONTH, ORDINAL, RANGE_WORD, WEEKDAY, YEAR4, full_year, month_number
from .text import DASHES, TakenSpans, check_length, normalise, normalise_keep_offsets
from .times import find_times, parse_time, parse_time_range

__all__ = [
    "find_date",
    "find_dates",
    "find_financial_years",
    "find_times",
    "parse_date",
    "parse_financial_year",
    "parse_period",
    "parse_time",
    "parse_time_range",
    "spell_quarters",
]

_YEAR = rf"(?:{YEAR4}|'?[0-9]{{2}})"
# Welsh dates, as community councils in Wales print them, bilingual or Welsh only: '12 Mawrth 2025',
# 'Dydd Llun 3 Chwefror 2025', 'nos Lun, 3ydd Chwefror 2025', '12fed o Fawrth' (after 'o' the month
# mutates: Fawrth, Fai, Fehefin, Orffennaf, Fedi, Dachwedd, Ragfyr).
_WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "fawrth": 3, "ebrill": 4, "mai": 5, "fai": 5, "mehefin": 6,
    "fehefin": 6, "gorffennaf": 7, "gorffenaf": 7, "orffennaf": 7, "awst": 8, "medi": 9, "fedi": 9, "hydref": 10,
    "tachwedd": 11, "dachwedd": 11, "rhagfyr": 12, "ragfyr": 12,
}
# 'Dydd Llun' (day), 'nos Lun' (evening, the day's name mutated) -> Monday ... Sunday.
_WELSH_WEEKDAYS = {
    "llun": "mon", "lun": "mon", "mawrth": "tue", "fawrth": "tue", "mercher": "wed", "fercher": "wed", "iau": "thu",
    "gwener": "fri", "wener": "fri", "sadwrn": "sat", "sul": "sun",
}
_WELSH_MONTH = rf"(?:{'|'.join(sorted(_WELSH_MONTHS, key=len, reverse=True))})(?![a-z])"
_WELSH_WEEKDAY = rf"(?:dydd|nos)\s+(?P<wwd>{'|'.join(_WELSH_WEEKDAYS)})(?![a-z])"
# Welsh ordinals: 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain.
_WELSH_DAY = (rf"(?:{_WELSH_WEEKDAY},?\s+)?(?P<d>[0-9]{{1,2}})\s*(?:af|il|ydd|ed|fed|eg|ain)?(?:\s+o)?"
              rf"\s+(?P<wmon>{_WELSH_MONTH})")
_WEEKDAY_LEAD = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# "9 March 2023", "9th March", "9 th March 2023", "the 9th of March", "9-Mar-23".
_DAY_MONTH = rf"(?P<d>[0-9]{{1,2}})\s*{ORDINAL}?(?:\s+day)?(?:\s+of)?[\s-]+(?P<mon>{MONTH})"
_DAY_TEXT = rf"{_WEEKDAY_LEAD}?(?:the\s+)?{_DAY_MONTH}(?:,?[\s-]+(?P<y>{_YEAR}))?"
# US order only with an ordinal or comma, so "May 23" stays a month: "March 9, 2023".
_MONTH_DAY = (
    rf"{_WEEKDAY_LEAD}?(?P<mon>{MONTH})\s+(?P<d>[0-9]{{1,2}})(?:{ORDINAL},?|,)\s*(?P<y>{YEAR4})"
)
_ISO = r"(?P<y>[0-9]{4})[-/.](?P<m>[0-9]{1,2})[-/.](?P<d>[0-9]{1,2})"
_NUMERIC_DMY = r"(?P<d>[0-9]{1,2})[/.-](?P<m>[0-9]{1,2})[/.-](?P<y>[0-9]{4}|[0-9]{2})"
_FY_PAIR = rf"(?P<y>{YEAR4}|[0-9]{{2}})\s*[/{DASHES}-]\s*(?P<y2>{YEAR4}|[0-9]{{2}})"

# 'Q3', 'Qtr 3', 'Qtr. 3', 'Quarter 3'; 'H1', 'Half 1', 'Half-year 1'.
_QUARTER = r"(?:qtr\.?\s*|quarter\s*|Q)"
_HALF = r"(?:half(?:[\s-]year)?\s*|H)"
_FINANCIAL_YEAR = re.compile(rf"(?:(?:the\s+)?financial\s+year\s+)?(?:FY\s*)?{_FY_PAIR}", re.I)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_TRIM = " \t\n,.;:()[]"


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def _whole_month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _months(raw: str, year: int, month: int, count: int, precision: Precision) -> DateRef:
    """count whole months starting at year/month (month may run past December)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    end_index = year * 12 + month - 1 + count - 1
    start, _ = _whole_month(year, month)
    _, end = _whole_month(end_index // 12, end_index % 12 + 1)
    return DateRef(raw=raw, start=start, end=end, precision=precision)


def _day(raw: str, year: int, month: int, day: int) -> DateRef:
    try:
        date = dt.date(year, month, day)
    except ValueError as exc:
        raise ParseError(raw, "date", str(exc)) from None
    return DateRef(raw=raw, start=date, end=date, precision="day")


def _year_of(raw: str, m: re.Match[str], reference_year: Optional[int]) -> int:
    """The year printed with a day and month, else the reference year; a ParseError without either."""
    if m["y"]:
        return full_year(m["y"], reference_year)
    if reference_year is not None:
        return reference_year
    raise ParseError(raw, "date", "no year printed and no reference_year given")


def _text_day(raw: str, m: re.Match[str], reference_year: Optional[int]) -> DateRef:
    ref = _day(raw, _year_of(raw, m, reference_year), month_number(m["mon"]), int(m["d"]))
    _check_weekday(raw, ref, m.groupdict().get("wd"))
    return ref


def _welsh_day(raw: str, m: re.Match[str], reference_year: Optional[int]) -> DateRef:
    """'Dydd Llun 3 Chwefror 2025' -> 2025-02-03; the Welsh weekday, when printed, must be the date's."""
    ref = _day(raw, _year_of(raw, m, reference_year), _WELSH_MONTHS[m["wmon"].lower()], int(m["d"]))
    weekday = m.groupdict().get("wwd")
    if weekday and ref.start is not None and _WEEKDAYS[ref.start.weekday()] != _WELSH_WEEKDAYS[weekday.lower()]:
        raise ParseError(raw, "date", f"{ref.start.isoformat()} was a {ref.start.strftime('%A')}, not {weekday}")
    return ref


def _check_weekday(raw: str, ref: DateRef, weekday: Optional[str]) -> None:
    """A printed weekday must be the date's own: 'Monday 9 March 2023' (a Thursday) is refused."""
    if weekday and ref.start is not None and _WEEKDAYS[ref.start.weekday()] != weekday.lower()[:3]:
        day = ref.start.strftime("%A")
        raise ParseError(raw, "date", f"{ref.start.isoformat()} was a {day}, not a {weekday.strip('.')}")


def _quarter(raw: str, m: re.Match[str], _ref: Optional[int]) -> DateRef:
    year, quarter = full_year(m["y"], _ref), int(m["q"])
    if m.groupdict().get("y2") is None:  # calendar quarter
        return _months(raw, year, 3 * quarter - 2, 3, "quarter")
    _check_consecutive(raw, year, m["y2"])
    return _months(raw, year, 3 * quarter + 1, 3, "quarter")  # UK FY: Q1 starts in April


def _half(raw: str, m: re.Match[str], _ref: Optional[int]) -> DateRef:
    """'H1 2024/25' (April to September), 'H2 2024' (July to December): six whole months."""
    year, half = full_year(m["y"], _ref), int(m["h"])
    if m.groupdict().get("y2") is None:  # calendar half
        return _months(raw, year, 6 * half - 5, 6, "month")
    _check_consecutive(raw, year, m["y2"])
    return _months(raw, year, 6 * half - 2, 6, "month")  # UK FY: H1 starts in April


def _financial_month(raw: str, m: re.Match[str], _ref: Optional[int]) -> DateRef:
    """'Period 9 2023/24', 'Month 6 of 2024/25', 'P9 23/24': the financial year's Nth month
    (budget monitoring counts from April: period 1 is April, 9 December, 12 March)."""
    year = full_year(m["y"], _ref)
    _check_consecutive(raw, year, m["y2"])
    number = int(m["p"])
    if not 1 <= number <= 12:
        raise ParseError(raw, "date", f"a financial year has periods 1 to 12, not {number}")
    month = (number + 2) % 12 + 1
    return _months(raw, year + (month < 4), month, 1, "month")


def _season(raw: str, m: re.Match[str], _ref: Optional[int]) -> DateRef:
    # Meteorological seasons: three whole months; "Winter 2022" starts in December 2022.
    return _months(raw, full_year(m["y"], _ref), _SEASON_START[m["season"].lower()], 3, "month")


def _financial_year(raw: str, m: re.Match[str], _ref: Optional[int]) -> DateRef:
    year = full_year(m["y"], _ref)
    _check_consecutive(raw, year, m["y2"])
    return _months(raw, year, 4, 12, "year")


def _check_consecutive(raw: str, year: int, second: str) -> None:
    follows = int(second) == (year + 1 if len(second) == 4 else (year + 1) % 100)
    if not follows:
        raise ParseError(raw, "financial year", "the two years are not consecutive")


_Builder = Callable[[str, re.Match[str], Optional[int]], DateRef]
_FORMS: list[tuple[re.Pattern[str], _Builder]] = [
    (_c(_ISO), lambda raw, m, _r: _day(raw, int(m["y"]), int(m["m"]), int(m["d"]))),
    (_c(_NUMERIC_DMY), lambda raw, m, _r: _day(raw, full_year(m["y"], _r), int(m["m"]), int(m["d"]))),
    (_c(_DAY_TEXT), _text_day),
    (_c(_MONTH_DAY), _text_day),
    (_c(rf"{_WELSH_DAY}(?:,?\s+(?P<y>{YEAR4}))?"), _welsh_day),
    (
        _c(rf"(?P<wmon>{_WELSH_MONTH})\s+(?P<y>{YEAR4})"),
        lambda raw, m, _r: _months(raw, int(m["y"]), _WELSH_MONTHS[m["wmon"].lower()], 1, "month"),
    ),
    (
        _c(rf"(?P<mon>{MONTH})[\s\-/,']*(?P<y>{YEAR4}|[0-9]{{2}})"),
        lambda raw, m, _r: _months(raw, full_year(m["y"], _r), month_number(m["mon"]), 1, "month"),
    ),
    (_c(rf"{_QUARTER}(?P<q>[1-4])\s*(?:of\s+)?(?:FY\s*)?{_FY_PAIR}"), _quarter),
    (_c(rf"{_QUARTER}(?P<q>[1-4])\s*(?:of\s+)?(?P<y>{YEAR4}|[0-9]{{2}})"), _quarter),
    (_c(rf"(?:FY\s*)?{_FY_PAIR},?\s*{_QUARTER}(?P<q>[1-4])"), _quarter),  # '2023/24 Q3'
    (_c(rf"(?P<y>{YEAR4})\s*Q(?P<q>[1-4])"), _quarter),
    (_c(rf"{_HALF}(?P<h>[12])\s*(?:of\s+)?(?:FY\s*)?{_FY_PAIR}"), _half),
    (_c(rf"{_HALF}(?P<h>[12])\s*(?:of\s+)?(?P<y>{YEAR4})"), _half),
    (_c(rf"(?:period|month|(?-i:P))\s*(?P<p>[0-9]{{1,2}})\s*(?:of\s+)?(?:FY\s*)?{_FY_PAIR}"), _financial_month),
    (
        _c(rf"(?P<season>spring|summer|autumn|fall|winter)\s+(?P<y>{YEAR4})(?:\s*/\s*[0-9]{{2}})?"),
        _season,
    ),
    (_c(rf"(?:FY\s*)?(?P<y>{YEAR4})\s*[/{DASHES}-]\s*(?P<y2>{YEAR4}|[0-9]{{2}})"), _financial_year),
    (_c(r"FY\s*(?P<y>[0-9]{2})\s*[/-]\s*(?P<y2>[0-9]{2})"), _financial_year),
    (_c(rf"(?P<y>{YEAR4})"), lambda raw, m, _r: _months(raw, int(m["y"]), 1, 12, "year")),
]
# A quarter or half named in words ('Quarter Two', 'Third Quarter of', '2nd quarter', 'First half of'):
# read as 'Q3' / 'H1', so the lead words are never skipped to leave the year alone.
_ORDINAL_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_CARDINAL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4}
_WORD_PART = re.compile(
    rf"\b(?:(?P<ord>{'|'.join(_ORDINAL_NUMBERS)})\s+(?P<kind>quarter|half)(?:\s+of)?"
    rf"|(?P<kind2>quarter|half)\s+(?P<card>{'|'.join(_CARDINAL_NUMBERS)}))\b(?:\s+of)?",
    re.I,
)

# 'Half year 2024/25', 'Half-Year 2024-25', 'Mid-year 2024/25' with no half numbered: the report at the
# half-year point, the financial year's first six months (April to September), never the whole year.
_HALF_YEAR = re.compile(rf"\b(?:half|mid)[\s-]?year\s+(?:of\s+)?(?=(?:FY\s*)?{_FY_PAIR}\b)", re.I)


def spell_quarters(text: str) -> str:
    """text with quarters and halves named in words written as 'Q2' / 'H1' ('Quarter Two 2024/25' ->
    'Q2 2024/25', 'Third Quarter of 2024/25' -> 'Q3 2024/25', 'Half year 2024/25' -> 'H1 2024/25'); a half
    has only a first and second."""
    def short(m: re.Match[str]) -> str:
        number = _ORDINAL_NUMBERS[m["ord"].lower()] if m["ord"] else _CARDINAL_NUMBERS[m["card"].lower()]
        kind = (m["kind"] or m["kind2"]).lower()
        if kind == "half" and number > 2:
            return m.group(0)
        return f"{kind[0].upper()}{number}"

    return _HALF_YEAR.sub("H1 ", _WORD_PART.sub(short, text))


_MAX_LEAD_WORDS = 5
_LEAD_WORD = re.compile(r"[A-Za-z][A-Za-z/.'&-]*:?")


def parse_date(raw: str, *, reference_year: Optional[int] = None) -> DateRef:
    """Read a date, month, quarter, season, financial year or year as a DateRef (range of days).

    Up to five leading words without digits are skipped ("Contract start April 2023",
    "w/c 13 March 2023", "Mid 2023"); raw is kept whole. A printed weekday must match the
    date. Two-digit years are read near `reference_year` when given. Raises ParseError otherwise.
    """
    check_length(raw, "date")
    tokens = spell_quarters(normalise(raw)).split()
    for skip in range(min(len(tokens), _MAX_LEAD_WORDS + 1)):
        if skip and not _is_lead_word(tokens[skip - 1]):
            break
        ref = _parse_core(raw, " ".join(tokens[skip:]).strip(_TRIM), reference_year)
        if ref is not None:
            if ref.precision == "day" and skip:  # "Monday 09/03/2023": the weekday was a lead word
                _check_weekday(raw, ref, next((t for t in tokens[:skip] if re.fullmatch(WEEKDAY + ",?", t, re.I)),
                                              None))
            return ref
    raise ParseError(raw, "date")


def _is_lead_word(token: str) -> bool:
    """A word that may precede a date ("by", "w/c", "Contract start:"); a month name may not,
    so "June – Sept 22" is not read as "Sept 22", nor may a month range ("Apr-Jun 2023" is a
    period, not the year 2023)."""
    parts = re.split(rf"[-/{DASHES}]", token)
    return bool(_LEAD_WORD.fullmatch(token)) and not any(re.fullmatch(MONTH, p, re.I) for p in parts if p)


def _parse_core(raw: str, core: str, reference_year: Optional[int]) -> Optional[DateRef]:
    for pattern, build in _FORMS:
        match = pattern.fullmatch(core)
        if match:
            return build(raw, match, reference_year)
    return None


def parse_financial_year(raw: str) -> str:
    """'2023/24', 'FY23-24', 'FY 2023/24', '2023-2024', 'April 2023 to March 2024',
    '1 April 2023 - 31 March 2024' -> '2023-24'. Raises ParseError."""
    check_length(raw, "financial year")
    text = normalise(raw).strip(_TRIM)
    match = _FINANCIAL_YEAR.fullmatch(text) or _APRIL_TO_MARCH.fullmatch(text)
    if not match:
        raise ParseError(raw, "financial year")
    return _fy_label(raw, match)


def _fy_label(raw: str, match: re.Match[str]) -> str:
    year = full_year(match["y"])
    _check_consecutive(raw, year, match["y2"])
    return f"{year}-{(year + 1) % 100:02d}"


# The financial year written out: "April 2023 to March 2024", "1 April 2023 – 31 March 2024".
_APRIL_TO_MARCH = re.compile(
    rf"(?:1\s*(?:st)?\s+)?april\s+(?P<y>{YEAR4})\s*(?:\s{RANGE_WORD}\s|[-{DASHES}])\s*"
    rf"(?:31\s*(?:st)?\s+)?march\s+(?P<y2>{YEAR4})",
    re.I,
)
# In running text a two-digit first year needs "FY" ("FY23-24"); "23-24" alone may be pages.
_FIND_FY = [
    re.compile(rf"(?<![\w/.-])(?:FY\s*(?P<y>{YEAR4}|[0-9]{{2}})|(?P<y4>{YEAR4}))\s*[/{DASHES}-]\s*"
               rf"(?P<y2>{YEAR4}|[0-9]{{2}})(?![\w/]|[.-][0-9])", re.I),
    re.compile(rf"(?<![\w]){_APRIL_TO_MARCH.pattern}(?!\w)", re.I),
]


def find_financial_years(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every financial year in running text ('2023-24' form) with its (start, end) span, in order.

    Reads what parse_financial_year reads, but a two-digit first year only after 'FY' and never
    inside a date ('13/02/2025'); pairs of years that are not consecutive are skipped.
    """
    found: list[tuple[str, tuple[int, int]]] = []
    searchable = normalise_keep_offsets(text)
    for pattern in _FIND_FY:
        for match in pattern.finditer(searchable):
            first = match.groupdict().get("y4") or match["y"]
            year = full_year(first)
            second = match["y2"]
            if int(second) != (year + 1 if len(second) == 4 else (year + 1) % 100):
                continue
            found.append((f"{year}-{(year + 1) % 100:02d}", match.span()))
    return sorted(found, key=lambda item: item[1])


# Tried in order; a period's own dates may contain "-" ("Jan-2023"), so spaced forms come first.
_PERIOD_SEPARATORS = [
    _c(rf"\s+{RANGE_WORD}\s+"),
    _c(rf"\s*[{DASHES}]\s*"),
    _c(r"\s+-\s+"),
    _c(r"-"),
]
_YEAR_SPAN = _c(rf"(?P<a>{YEAR4})\s*[-/{DASHES}]\s*(?P<b>{YEAR4}|[0-9]{{2}})")


def parse_period(raw: str) -> Period:
    """'Dec 2022 – Feb 2023', 'Nov-2022 to Jan-2023', 'Sept-Oct 22' -> Period; a lone date gives
    start == end. The start may borrow the end's year ("June – Sept 22"). Raises ParseError."""
    check_length(raw, "period")
    text = normalise(raw).strip(_TRIM)
    try:
        lone = parse_date(text).model_copy(update={"raw": raw})
        return Period(start=lone, end=lone)
    except ParseError:
        pass
    if trailing := _MONTHS_TO.fullmatch(text):
        return _months_to(raw, trailing)
    for separator in _PERIOD_SEPARATORS:
        for match in separator.finditer(text):
            period = _pair(text[: match.start()], text[match.end() :])
            if period is not None:
                return period
    glossed = _GLOSSED.fullmatch(normalise(raw).strip(" \t\n,.;:"))
    if glossed and not _YEAR_SPAN.fullmatch(text):
        # 'Quarter 2 (July - September 2024)': the months in brackets say when; '2023/24 (draft)'
        for part in (glossed["inner"], glossed["outer"]):
            try:
                return parse_period(part)
            except ParseError:
                continue
        raise ParseError(raw, "period")
    return _year_span(raw, text)


# 'Rolling 12 months to March 2024', '12 months ending 31/03/2024', 'the 3 months to June 2024'.
_MONTHS_TO = _c(r"(?:the\s+)?(?:rolling\s+)?(?P<n>[0-9]{1,2})\s+months?\s+(?:to|ending|up\s+to)\s+(?P<end>\S.*)")


def _months_to(raw: str, match: re.Match[str]) -> Period:
    """The N months that end with the date or month named: '12 months to March 2024' is April 2023
    to March 2024; '12 months to 31/03/2024' starts on 1 April 2023."""
    end = parse_date(match["end"])
    count = int(match["n"])
    if end.end is None or not 1 <= count <= 60:
        raise ParseError(raw, "period")
    after = end.end + dt.timedelta(days=1)
    index = after.year * 12 + after.month - 1 - count
    year, month = index // 12, index % 12 + 1
    try:
        first = after.replace(year=year, month=month)
    except ValueError:  # '12 months to 29 February' from a 30th or 31st: no such day
        raise ParseError(raw, "period", "no such day to start from") from None
    if end.precision == "day":
        start = DateRef(raw=raw, start=first, end=first, precision="day")
    else:
        start = _months(raw, year, month, 1, "month")
    return Period(start=start, end=end)


# A name for a period with its months in brackets after it: 'Quarter 2 (July - September 2024)'.
_GLOSSED = re.compile(r"(?P<outer>[^()]{1,40}?)\s*\((?P<inner>[^()]{3,60})\)")


def _pair(left: str, right: str) -> Optional[Period]:
    try:
        end = parse_date(right)
    except ParseError:
        return None
    start = _start_borrowing(left.strip(_TRIM), end)
    if start is None or start.start is None or end.end is None or start.start > end.end:
        return None
    return Period(start=start, end=end)


def _start_borrowing(left: str, end: DateRef) -> Optional[DateRef]:
    """Read the start of a range, taking the missing year (or month) from its end."""
    try:
        return parse_date(left)
    except ParseError:
        pass
    assert end.start is not None
    # "June – Sept 22": June of the end's year, or of the year before ("Dec – Feb 2023").
    if re.fullmatch(MONTH, left, re.I):
        month = month_number(left)
        year = end.start.year - (month > end.start.month)
        return _months(left, year, month, 1, "month")
    if left.isdigit() and end.precision == "day":  # "9 – 16 March 2023"
        try:
            return _day(left, end.start.year, end.start.month, int(left))
        except ParseError:
            return None
    try:  # "9 February – 3 March 2023"
        return parse_date(left, reference_year=end.start.year)
    except ParseError:
        return None


def _year_span(raw: str, text: str) -> Period:
    """'2022-25' (a plan period) -> Period(2022, 2025) as whole years."""
    match = _YEAR_SPAN.fullmatch(text)
    if not match:
        raise ParseError(raw, "period")
    first, last = int(match["a"]), full_year(match["b"], int(match["a"]))
    if last < first:
        raise ParseError(raw, "period", "ends before it starts")
    return Period(
        start=_months(match["a"], first, 1, 12, "year"),
        end=_months(match["b"], last, 1, 12, "year"),
    )


# Running text: day-precision dates only; a month or year alone is too ambiguous in prose.
_FIND = [
    (_c(rf"(?<![\w/.-]){_ISO}(?![\w/-])"), "iso"),
    (_c(rf"(?<![\w/.-]){_NUMERIC_DMY}(?![\w/]|[.-][0-9])"), "numeric"),
    (
        _c(rf"(?<![\w/]){_WEEKDAY_LEAD}?(?:the\s+)?{_DAY_MONTH}(?:,?\s+(?P<y>{YEAR4}))?(?![\w/])"),
        "text",
    ),
    (_c(rf"(?<![\w/]){_MONTH_DAY}(?![\w/])"), "text"),
    (_c(rf"(?<![\w/]){_WELSH_DAY}(?:,?\s+(?P<y>{YEAR4}))?(?![\w/])"), "welsh"),
]


def find_dates(
    text: str, *, reference_year: Optional[int] = None
) -> list[tuple[DateRef, tuple[int, int]]]:
    """Every day-precision date in running text with its (start, end) character span, in order.

    Dates without a year count only when reference_year is given; impossible dates are skipped.
    text is not normalised first, so spans index into it exactly; raw is the matched text.
    """
    found: list[tuple[DateRef, tuple[int, int]]] = []
    taken = TakenSpans()
    searchable = normalise_keep_offsets(text)
    for pattern, kind in _FIND:
        for match in pattern.finditer(searchable):
            if taken.overlaps(match.span()):
                continue
            ref = _found_date(text[match.start() : match.end()], match, kind, reference_year)
            if ref is not None:
                found.append((ref, match.span()))
                taken.add(match.span())
    return sorted(found, key=lambda item: item[1])


def _found_date(
    raw: str, match: re.Match[str], kind: str, reference_year: Optional[int]
) -> Optional[DateRef]:
    try:
        if kind == "text":
            return _text_day(raw, match, reference_year)
        if kind == "welsh":
            return _welsh_day(raw, match, reference_year)
        return _day(raw, full_year(match["y"], reference_year), int(match["m"]), int(match["d"]))
    except ParseError:
        return None


def find_date(text: str, *, reference_year: Optional[int] = None) -> Optional[DateRef]:
    """The first date find_dates() finds, or None."""
    dates = find_dates(text, reference_year=reference_year)
    return dates[0][0] if dates else None
