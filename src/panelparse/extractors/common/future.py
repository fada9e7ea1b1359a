"""Future meeting dates ('Tuesday 13 June 2023, 2:30pm – Corn Exchange in Devizes'), as
listed under an agenda item or in the minutes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from ...layout import Line
from ...layout.query import paragraphs, strip_bullet
from ...models.documents import FutureMeeting
from ...parsing import find_dates, find_times, split_sentences
from ..base import evidence_of

_FUTURE_TITLE = re.compile(
    r"\b(?:future|next|forthcoming)\s+meetings?\b|\bdates?\s+of\s+(?:the\s+)?(?:future|next)\b|\bmeeting\s+dates\b",
    re.I,
)
# Words that join a date or time to the venue after it.
_LEAD = re.compile(
    r"^(?:[\s,;:.\-\u2013\u2014]|\b(?:at|in|on|to be held|held|commencing|starting|from)\b)+", re.I
)
_MAX_VENUE_WORDS = 15


def is_future_meetings_title(title: str) -> bool:
    return bool(_FUTURE_TITLE.search(title))


def _venue_after(text: str, end: int) -> Optional[str]:
    """The venue printed after the last date or time, without the joining words."""
    venue = _LEAD.sub("", text[end:]).strip(" .,;")
    named = re.sub(r"^the\s+", "", venue, flags=re.I)
    if not named or len(venue.split()) > _MAX_VENUE_WORDS or not named[:1].isupper():
        return None
    return venue


def future_meetings(
    lines: Sequence[Line], reference_year: Optional[int] = None
) -> list[FutureMeeting]:
    """One FutureMeeting per dated sentence or bullet; several dates in a sentence: one each."""
    found = []
    for para in paragraphs(lines):
        for text in split_sentences(strip_bullet(para.text)):
            found += _meetings(text, evidence_of(para.page, para.bbox), reference_year)
    return found


# 'The Panel were reminded that the next meeting was scheduled for Friday 2 May 2014.',
# 'Date of next meeting: Wed 18th Dec 2013' - said in passing, under any heading.
_NEXT_MENTION = re.compile(
    r"\b(?:next|future|following)\s+(?:[\w&’'-]+,?\s+){0,6}meetings?\b|\bdates?\s+of\s+(?:the\s+)?(?:next|future)\b",
    re.I)


def next_meeting_mentions(lines: Sequence[Line], reference_year: Optional[int] = None,
                          after: Optional[dt.date] = None) -> list[FutureMeeting]:
    """Future meetings named in a sentence about the next meeting, anywhere in `lines`; with
    `after` (the meeting's date), only dates later than it."""
    found = []
    for para in paragraphs(lines):
        for text in split_sentences(strip_bullet(para.text)):
            if _NEXT_MENTION.search(text):
                found += [m for m in _meetings(text, evidence_of(para.page, para.bbox), reference_year)
                          if after is None or (m.date is not None and m.date > after)]
    return found


# A heading or label over future dates is short: 'Date of next meetings', 'Future meeting dates:'.
_MAX_LABEL_WORDS = 8
# How many lines under such a heading may hold its dates.
_MAX_DATE_LINES = 6
_YEAR_NOTE = re.compile(r"\b(?:dates?|meetings?)\s+(?:for|in)\s+(?P<year>(?:19|20)\d\d)\b", re.I)


def listed_future_meetings(lines: Sequence[Line], reference_year: Optional[int] = None,
                           after: Optional[dt.date] = None) -> list[FutureMeeting]:
    """Dates under an unnumbered heading or label that names future meetings ('Date of next
    meetings' / 'Dates for 2026:' / '26 March, 30 April, 28 May ...'), or on the label's own line
    ('Future meeting dates: 20 May, 22 July'). A 'Dates for 2026' note gives a year to dates
    printed without one; with `after` (the meeting's date) only later dates count."""
    found: list[FutureMeeting] = []
    for i, line in enumerate(lines):
        head = line.text.split(":")[0]
        # 'Date of next meetings', 'Future meeting dates:', or a bare 'Dates for 2024'.
        dates_for = _YEAR_NOTE.fullmatch(head.strip()) and head.strip().lower().startswith("dates")
        if len(head.split()) > _MAX_LABEL_WORDS or not (is_future_meetings_title(head) or dates_for):
            continue
        block = [line] + [ln for ln in lines[i + 1 : i + 1 + _MAX_DATE_LINES] if ln.page == line.page]
        year = reference_year
        for ln in block:
            note = _YEAR_NOTE.search(ln.text)
            year = int(note["year"]) if note else year
        for ln in block:
            text = ln.text.split(":", 1)[1] if ln is line and ":" in ln.text else ("" if ln is line else ln.text)
            found += [m for m in _meetings(text, evidence_of(ln.page, ln.bbox), year)
                      if after is None or (m.date is not None and m.date > after)]
        if found:
            return found
    return found


def meetings_in_title(title: str, evidence, reference_year: Optional[int] = None) -> list[FutureMeeting]:
    """The dates an item's own title gives: 'Date of next meeting - 3rd July 2018'."""
    return _meetings(title, evidence, reference_year) if is_future_meetings_title(title) else []


def _times_of(dates: list, times: list, length: int) -> list[Optional[str]]:
    """Each date's time: one time printed once is every date's; dates each followed by their own
    time ('Friday 6 September 2024 at 10.00am Friday 4 October 2024 at 2pm') pair in order; any
    other arrangement ('10am on 6 September and 2pm on 4 October') gives none rather than a guess."""
    if len(times) == 1:
        return [times[0][0]] * len(dates)
    bounds = [span[1] for _, span in dates]
    nexts = [span[0] for _, span in dates[1:]] + [length]
    paired = len(times) == len(dates) and all(
        end <= span[0] < nxt for (_, span), end, nxt in zip(times, bounds, nexts, strict=True))
    return [time for time, _ in times] if paired else [None] * len(dates)


def _meetings(text: str, evidence, reference_year: Optional[int]) -> list[FutureMeeting]:
    dates = [
        (ref, span)
        for ref, span in find_dates(text, reference_year=reference_year)
        if ref.precision == "day"
    ]
    if not dates:
        return []
    times = find_times(text)
    if len(dates) > 1:
        return [
            FutureMeeting(date=ref.start, start_time=time, raw=text, evidence=evidence)
            for (ref, _), time in zip(dates, _times_of(dates, times, len(text)), strict=True)
        ]
    ref, span = dates[0]
    end = max([span[1]] + [t_span[1] for _, t_span in times])
    return [
        FutureMeeting(
            date=ref.start,
            start_time=times[0][0] if times else None,
            venue=_venue_after(text, end),
            raw=text,
            evidence=evidence,
        )
    ]
