"""The minutes header (body, date, venue, time), the meeting's start and end times, and
the officer who produced the minutes."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import Line
from ...layout.query import join_lines, paragraphs
from ...models.documents import Author
from ...parsing import (
    clean_text,
    find_date,
    find_dates,
    find_email,
    find_times,
    is_caps,
    parse_date,
    parse_person,
    parse_time_range,
    title_case,
)
from ..base import ExtractContext
from ..common.meeting import GENERIC_BODY, read_meeting_text
from ..common.names import looks_like_person
from .items import is_attendance_label

# "MINUTES of a meeting of the Cabinet held in ...", "Minutes of the X meeting held on ..."
# A line opening 'Held at The Pavilion on ...' / 'Held virtually via Microsoft Teams, 2pm – 4pm' under the
# title is that sentence with its subject in the title.
_MINUTES_SENTENCE = re.compile(r"\bminutes\b.*\b(?:meeting|held)\b|\bmeeting\b.*\bheld\b"
                               r"|^\W*held\s+(?:at|in|on|via|virtually|remotely|online)\b", re.I)
_BODY_IN_SENTENCE = re.compile(
    r"\bminutes\s+of\s+(?:a|an|the)\s+(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)(?:\s+meeting)?\s+held\b",
    re.I,
)
_VENUE_BEFORE_DATE = re.compile(r"\bheld\s+(?:in|at)\s+(?P<venue>.+?)\s+on\s+(?=\S)", re.I)
_VENUE_AFTER = re.compile(r"^\W*(?:at|in)\s+(?P<venue>.+?)\.?$", re.I)
# 'held remotely via Zoom', 'held virtually on Microsoft Teams': a meeting held online.
_HELD_ONLINE = re.compile(r"\bheld\s+(?:remotely\s+|virtually\s+|online\s+)?(?:via|on|by|using)\s+"
                          r"(?P<venue>(?:Microsoft\s+)?Teams|Zoom|Skype|Google\s+Meet|video\s*conference)\b", re.I)
_VENUE_ONLY = re.compile(r"\bheld\s+(?:in|at)\s+(?P<venue>.+?)\.?$", re.I)
# Not the body's name: a title naming the paper ('Minutes', 'Agenda', 'Notes of the meeting').
_NOT_BODY = re.compile(r"\b(?:minutes|agenda|notes)\b", re.I)
_DURATION = re.compile(
    r"\b(?:duration\s+of\s+(?:the\s+)?meeting|meeting\s+(?:duration|times?))\b", re.I
)
_STARTED = re.compile(
    r"\b(?:commenced|started|began|opened|called\s+to\s+order|convened|start(?:ed)?\s+at)\b", re.I
)
_ENDED = re.compile(
    r"\b(?:closed|ended|concluded|finished|terminated|rose|close\s+of\s+(?:the\s+)?meeting|to\s+a\s+close)\b"
    r"|\bmeeting\s+(?:was\s+)?adjourned\s+at\b|^\W*adjourned\s+at\b",
    re.I,
)
_AUTHOR = re.compile(
    r"(?:officer\s+who\s+(?:has\s+)?produced\s+these\s+minutes\s+is|minutes\s+(?:were\s+)?(?:taken|prepared|produced"
    r"|recorded|compiled)\s+by\s*:?|minute[- ]?taker\s*:?|minutes\s+by\s*:?|clerk\s*:"
    # the officer named at the foot: 'Contact Officer: ...', 'Democratic Services Officer: ...',
    # 'Clerk to the Council: ...'
    r"|(?:^|(?<=[.)]\s))\W*(?:contact\s+officer|officer\s+contact|democratic\s+services\s+officer|committee\s+(?:officer|clerk)"
    r"|(?:parish\s+|town\s+|community\s+)?clerk\s+to\s+the\s+(?:council|committee|panel|authority))\s*:)"
    r"\s+(?P<name>[^\n]+)",
    re.I,
)


def _sentence(lines: Sequence[Line]) -> tuple[Optional[str], list[Line]]:
    """The 'Minutes of the meeting held ...' paragraph and its lines, carried on into the next
    paragraph when a bold title line breaks it before its date ('... held at Council' /
    'Chamber, Town Hall on Monday, 27 March 2023')."""
    paras = paragraphs(lines)
    for index, para in enumerate(paras):
        if not _MINUTES_SENTENCE.search(para.text):
            continue
        taken = list(para.lines)
        # a labelled line or a line of the meeting's times set close under it is no part of it
        cut = next((k for k, ln in enumerate(taken) if k and (_HEADER_LABEL.match(ln.text) or _times_only(ln.text))),
                   len(taken))
        taken = taken[:cut]
        text = join_lines(ln.text for ln in taken)
        for nxt in paras[index + 1 : index + 3]:
            if find_date(text) or text.rstrip().endswith(".") or is_attendance_label(nxt.lines[0]):
                break
            text, taken = f"{text} {nxt.text}", taken + list(nxt.lines)
        return clean_text(text), taken
    return None, []


def _sentence_venue(sentence: str) -> Optional[str]:
    online = _HELD_ONLINE.search(sentence)
    if online and not _VENUE_BEFORE_DATE.search(sentence):  # 'held remotely via Zoom on ...'
        return online["venue"]
    dates = find_dates(sentence)
    match = _VENUE_BEFORE_DATE.search(sentence)
    if match and dates:
        return match["venue"]
    if dates:
        after = _VENUE_AFTER.match(sentence[dates[0][1][1] :])
        if after:
            return after["venue"]
    match = _VENUE_ONLY.search(sentence)
    return match["venue"] if match and not dates else None


def _body_candidates(
    zone: Sequence[Line], sentence: Optional[str], sentence_lines: list[Line]
) -> list[str]:
    """Names of the body in order of trust: from the minutes sentence, a larger headline,
    the text before a date ('CORPORATE PARENTING PANEL – 10 th December 2024'), the first line."""
    found = []
    match = _BODY_IN_SENTENCE.search(sentence or "")
    # 'the above Council': named by the letterhead above, which the candidates below find.
    # 'the Ordinary Meeting held on': the kind of meeting, not the body.
    if (match and match["body"].strip().lower() not in ("meeting", "committee")
            and not _MEETING_SORT.match(match["body"].strip())
            and not re.match(r"(?:above|said|same)\b", match["body"].strip(), re.I)):
        found.append(match["body"])
    # A title block set as one paragraph ('NORTHSHIRE POLICE AND CRIME PANEL' / 'MINUTES OF THE
    # MEETING HELD ON ...'): the lines above the one that opens the minutes sentence.
    opening = next((i for i, ln in enumerate(sentence_lines) if _MINUTES_SENTENCE.search(ln.text)
                    or re.match(r"\W*minutes\b", ln.text, re.I)), 0)
    above = [ln for ln in sentence_lines[:opening] if not _NOT_BODY.search(ln.text) and not find_date(ln.text)]
    if above:
        found.append(" ".join(ln.text for ln in above))
    plain = [
        ln
        for ln in zone
        if ln not in sentence_lines and not _NOT_BODY.search(ln.text) and not find_date(ln.text)
        and not _MEETING_SORT.match(ln.text.strip(" .")) and not re.match(r"\W*held\b", ln.text, re.I)
    ]
    biggest = max((ln.size for ln in plain), default=0)
    if plain and biggest > min(ln.size for ln in zone):
        found.append(" ".join(ln.text for ln in plain if ln.size == biggest))
    for line in zone:
        dates = find_dates(line.text)
        head = line.text[: dates[0][1][0]].strip(" -–,") if dates else ""
        # not 'Date: 12 March 2024', nor a sentence ('The meeting was held on 4 March')
        # ('Cofnodion cyfarfod a gynhaliwyd ar', Welsh for 'minutes of the meeting held on', neither)
        if head and not (_NOT_BODY.search(head) or _LABEL_ONLY.match(head) or _HELD.search(head)):
            found.append(head)
    if plain:
        found.append(plain[0].text)
    return [clean_text(f) for f in found if clean_text(f)]


# 'held', in English or Welsh ('a gynhaliwyd ar'): a sentence about the meeting, not its body's name.
_HELD = re.compile(r"\b(?:held|gynhaliwyd|cynhaliwyd)\b", re.I)


# A title line that names the body: 'Transparency Board Minutes', 'Minutes of the Audit Committee'.
# 'Minutes of a meeting of the Planning Committee' on a line of its own, its date and place on labelled
# lines below ('Date: ...', 'Venue: ...').
_TITLED = re.compile(r"^(?P<a>[A-Z][\w&'’ ,-]{2,60}?)\s*[-–—:]?\s+(?:meeting\s+)?(?:minutes|(?:action\s+)?notes)\W*$"
                     r"|^minutes\s+of\s+(?:(?:a|an|the)\s+(?:\w+\s+)?meeting\s+of\s+)?(?:the\s+)?(?P<b>[A-Z][^.]{2,60})$",
                     re.I)


# 'REGULAR MEETING MINUTES' names the kind of meeting, not the body.
_MEETING_SORT = re.compile(r"^(?:regular|special|extraordinary|annual|ordinary|full|draft|confirmed|unconfirmed|"
                           r"approved|signed|public|open|closed)$", re.I)


# 'Minutes – Audit and Governance Committee – 23 January 2025', 'Notes: Budget Working Group': the
# paper's kind, a dash or colon, then the body.
# (The name opens with a capital: 'DRAFT MINUTES – subject to approval at the next meeting' names none.)
_KIND_FIRST = re.compile(r"^\W*(?i:(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?:minutes|(?:action\s+)?notes))"
                         r"\s*[-–—:|]\s*(?P<name>[A-Z][^|]{2,80})$")


# 'Full Council Meeting', 'the Annual Council': the sort of meeting before a body named by its kind.
_SORT_WORDS = re.compile(r"^(?:the\s+)?(?:(?:full|ordinary|annual|extraordinary|special)\s+)+|\s+meeting$", re.I)


def _titled_bodies(zone: Sequence[Line]) -> list[str]:
    found = []
    for line in zone[:4]:
        kind_first = _KIND_FIRST.match(line.text.strip())
        match = _TITLED.match(line.text.strip()) or kind_first
        name = clean_text(match.groupdict().get("name") or match.groupdict().get("a") or match["b"]) if match else ""
        dates = find_dates(name)
        if dates and dates[0][1][0] > 0:  # 'Minutes of Parish Council 22 November 2023': the date apart
            name = name[: dates[0][1][0]].strip(" -–—,")
        name = re.sub(r"\s+(?:meeting|minutes)$", "", name, flags=re.I)
        if match and not re.search(r"\b(?:held|on)\b", line.text, re.I) and not _MEETING_SORT.match(name):
            found.append(name)
    return found


def _choose_body(candidates: list[str]) -> Optional[str]:
    """Prefer a name printed in mixed case ('Wiltshire Police and Crime Panel') over capitals,
    and a letterhead's full name ('Ashford Vale Parish Council') over the sentence's 'the
    Parish Council' that names the body by its kind only."""
    if not candidates:
        return None
    candidates = [_english_side(c) for c in candidates]
    generic = _SORT_WORDS.sub("", candidates[0]).strip()
    if GENERIC_BODY.match(generic):
        kind = generic.lower()
        fuller = [c for c in candidates[1:] if c.lower().endswith(" " + kind) and len(c.split()) <= 8
                  and not GENERIC_BODY.match(_SORT_WORDS.sub("", c).strip())]
        if fuller:
            return fuller[0] if not is_caps(fuller[0]) else title_case(fuller[0])
    mixed = [c for c in candidates if not is_caps(c)]
    return mixed[0] if mixed else title_case(candidates[0])


# The English side of a name printed in Welsh and English ('Cyngor Cymuned Llanfair / Llanfair
# Community Council'): the side that names its kind in English.
_ENGLISH_KIND = re.compile(r"\b(?:council|committee|panel|board|authority|meeting|forum|cabinet)\b", re.I)


def _english_side(name: str) -> str:
    sides = [side.strip() for side in re.split(r"\s/\s", name)]
    if len(sides) != 2:
        return name
    english = [side for side in sides if _ENGLISH_KIND.search(side)]
    return english[0] if len(english) == 1 else name


def _without_leading_time(venue: str) -> Optional[str]:
    """'6.30pm, Committee Room 1, Town Hall' -> 'Committee Room 1, Town Hall'."""
    times = find_times(venue)
    if times and times[0][1][0] == 0:
        venue = venue[times[0][1][1]:].lstrip(" ,;-–")
    return venue or None


def _trailing_time(venue: str) -> tuple[str, Optional[str]]:
    """'Council Chamber, Town Hall - 7.00 pm' -> ('Council Chamber, Town Hall', '19:00'): the
    start printed after the place on its line."""
    times = find_times(venue)
    if not times or venue[times[-1][1][1]:].strip(" .)"):
        return venue, None
    head = venue[: times[-1][1][0]]
    # '..., Heol Y Felin and via Zoom, commencing at 6.30 pm': the words leading to the time go too
    place = re.sub(r"(?:[\s,;(]|\s[-–—]|\bat|\b(?:commencing|starting|beginning))+$", "", head)
    return (place, times[-1][0]) if len(place) > 3 and not find_times(place) else (venue, None)


def _lines_venue(zone: Sequence[Line], body: Optional[str]) -> Optional[str]:
    """Venue lines printed below the date line (Sutton Coldfield, East Palo Alto)."""
    dated = [i for i, ln in enumerate(zone) if find_date(ln.text)]
    if not dated:
        return None
    parts = [
        clean_text(ln.text)
        for ln in zone[dated[0] + 1 :]
        if not find_date(ln.text)
        and not _MINUTES_SENTENCE.search(ln.text)
        and not _NOT_BODY.search(ln.text)
        and not _times_only(ln.text)
    ]
    parts = [p for p in parts if body is None or p.lower() != body.lower()]
    if not parts:  # an address line in the title block above the date line
        parts = [clean_text(ln.text) for ln in zone[: dated[0]] if _ADDRESS.search(ln.text)][:1]
    return ", ".join(parts) or None


def _times_only(text: str) -> bool:
    """A line of the meeting's times ('Commenced: 10.30 am  Concluded: 12.10 pm', 'Meeting
    started: 10.00 am'): its times and the words that say what they are, nothing else."""
    times = find_times(text)
    if not times:
        return False
    rest = text
    for _, (start, end) in reversed(times):
        rest = rest[:start] + " " + rest[end:]
    rest = re.sub(rf"{_STARTED.pattern}|{_ENDED.pattern}|\b(?:meeting|time|start|finish|end|at|and|to)\b", " ",
                  rest, flags=re.I)
    return not re.search(r"\w", rest)


# A line that gives an address: a UK postcode, or a number and a street.
_ADDRESS = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"
                      r"|\b\d{1,4}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|Road|Lane|Avenue|Square|Place|Way|Row|Terrace)\b")


# 'Date: Monday, 24 April 2023', 'Place: The Village Hall', 'Time: 7.00 pm to 8.18 pm', 'Held at: County
# Hall', 'Start: 10.30am  Finish: 12.45pm'. Each label word and the field it fills:
# 'Date of Meeting: ...', 'Meeting Date:', 'Time of Meeting:', 'Start Time:', 'End Time:', 'Place of Meeting:',
# 'Date and Time: Thursday 13 June 2024 at 10.00 am' (both, one label).
_OF_MEETING = r"(?:\s+of\s+(?:the\s+)?meeting)?"
_LABEL_FIELD = {"title": "body", "meeting": "body", "body": "body",
                rf"date\s*(?:and|&|/)\s*time{_OF_MEETING}": "date_time",
                rf"date{_OF_MEETING}|meeting\s+date": "date", "when": "date",
                rf"place{_OF_MEETING}": "venue", "venue": "venue", "location": "venue", "where": "venue",
                r"held\s+(?:at|in)": "venue",
                rf"time{_OF_MEETING}|meeting\s+time": "time",
                r"start(?:s|ed)?(?:\s+time)?|(?:meeting\s+)?(?:commenced|started)": "time",
                r"(?:finish(?:ed)?|end(?:ed|s)?|closed?)(?:\s+time)?"
                r"|(?:meeting\s+)?(?:ended|closed|finished|concluded)": "end"}
_LABEL_WORD = "|".join(f"(?:{word})" for word in _LABEL_FIELD)
_HEADER_LABEL = re.compile(rf"^\W*(?P<label>{_LABEL_WORD})\s*:\s*(?P<value>\S.*)$", re.I)
_LABEL_ONLY = re.compile(rf"^\W*(?:{_LABEL_WORD})\s*:?\s*$", re.I)
# 'Start: 10.30am Finish: 12.45pm' on one line: the finish label between the times reads as 'to'.
_END_LABEL = re.compile(r"\b(?:finish(?:ed)?|end(?:ed|s)?|closed?)\s*:", re.I)


def _labelled(zone: Sequence[Line]) -> dict[str, str]:
    found: dict[str, str] = {}
    for index, line in enumerate(zone):
        match = _HEADER_LABEL.match(line.text)
        if match:
            field = next(f for word, f in _LABEL_FIELD.items() if re.fullmatch(word, match["label"], re.I))
            value = match["value"].strip()
            if field in ("body", "venue"):
                value = " ".join([value, *_wrapped_on(zone[index:], line.text.index(match["value"]))])
            for one in ("date", "time") if field == "date_time" else (field,):
                found.setdefault(one, value)
    return found


def _wrapped_on(lines: Sequence[Line], value_at: int) -> list[str]:
    """The lines a label's value wraps onto ('Title | Community Safety Partnership' / 'Board – Minutes' in
    a header table's cell): set under the value, close below, no label of their own."""
    first, at, value_x0 = lines[0], 0, lines[0].x0
    for word in first.words:  # the value's first word: where its wrapped lines start
        if at >= value_at:
            value_x0 = word.x0
            break
        at += len(word.text) + 1
    out, last = [], first
    for line in lines[1:]:
        if (line.page != last.page or line.top - last.bottom > 0.6 * line.size or line.x0 < value_x0 - 2
                or _HEADER_LABEL.match(line.text) or is_attendance_label(line)):
            break
        out.append(line.text)
        last = line
    return out


def _from_labels(labels: dict[str, str]) -> dict:
    """body, date, venue and start time from labelled header lines (or a header table)."""
    date = find_date(labels.get("date", "")) if "date" in labels else None
    time = _END_LABEL.sub("to", labels.get("time", ""))
    times = find_times(time) if time else []
    ends = find_times(labels.get("end", ""))
    end = ends[0][0] if ends else None
    if time:
        try:  # 'Time | 09.30 to 10.48': the meeting's start and end
            start, end = parse_time_range(time)
            times = [(start, (0, 0))]
        except ParseError:
            pass
    body = labels.get("body")
    if body:
        # 'Community Safety Partnership Board – Minutes', 'Audit Panel: meeting notes': the paper's kind goes too
        body = re.sub(r"\s*[-–—:]?\s+(?:(?:meeting|minutes|(?:meeting\s+|action\s+)?notes)\b\s*)+$", "", body,
                      flags=re.I).strip(" -–—:") or body
    return {"body": body, "date": date.start if date and date.precision == "day" else None,
            "venue": labels.get("venue"), "start_time": times[0][0] if times else None, "end_time": end}


def read_header(zone: Sequence[Line]) -> dict:
    """body, date, venue and the time printed in the header."""
    labels = _labelled(zone)
    if {"date", "venue"} & set(labels):
        found = _from_labels(labels)
        if found["date"] is not None or found["venue"] is not None:  # the rest from the title and sentence
            rest = _read_header_text(zone)
            return {k: v if v is not None else rest.get(k) for k, v in found.items()}
    return _read_header_text(zone)


def _read_header_text(zone: Sequence[Line]) -> dict:
    """body, date, venue and the time from the minutes sentence and the lines around it."""
    sentence, sentence_lines = _sentence(zone)
    body = _choose_body(_titled_bodies(zone) + _body_candidates(zone, sentence, sentence_lines))
    date = find_date(sentence) if sentence else None
    date_line = next((ln.text for ln in zone if find_date(ln.text)), None)
    if date is None and date_line:
        date = find_date(date_line)
    if sentence and date is not None and date.start is not None \
            and find_date(sentence, reference_year=date.start.year) is not None:
        # 'held on 8 February' takes its year from the dated title line ('08.02.11').
        date = find_date(sentence, reference_year=date.start.year)
    if body is None and sentence:  # 'UNCONFIRMED MINUTES' / 'Meeting of the Finance and Resources Committee'
        body = read_meeting_text(sentence).body
    venue = _sentence_venue(sentence) if sentence else None
    venue = venue or (read_meeting_text(sentence).venue if sentence else None) or _lines_venue(zone, body)
    venue = _without_leading_time(venue) if venue else venue
    venue, venue_time = _trailing_time(venue) if venue else (venue, None)
    venue = re.sub(r"^(?:in|at)\s+(?=the\b|[A-Z])", "", venue, flags=re.I) if venue else venue
    time_text = date_line if date_line and find_times(date_line) else sentence or ""
    if sentence and date_line and find_times(sentence) and any(ln.text == date_line for ln in sentence_lines):
        time_text = sentence  # '... 11 March 2025 at 7.00' / 'pm in the Council Chamber': the time wrapped
    if not find_times(time_text) and sentence_lines:
        # '... held on 19th May 2025 in the Village Hall' / 'at 7pm.': the time wrapped onto a line of its own
        after = zone[zone.index(sentence_lines[-1]) + 1:][:1] if sentence_lines[-1] in zone else []
        time_text = next((ln.text for ln in after if _times_only(ln.text) and not _ENDED.search(ln.text)), time_text)
    times = find_times(time_text)
    ranged = len(times) >= 2 and re.fullmatch(r"\s*(?:-|–|—|to|until)\s*", time_text[times[0][1][1]:times[1][1][0]])
    return {
        "end_time": times[1][0] if ranged else None,  # '11 June 2013, 14:00-17:00'
        "body": body,
        "date": date.start if date and date.precision == "day" else None,
        "venue": title_case(re.sub(r"^the\s+", "", venue.strip(" ,."), flags=re.I))
        if venue
        else None,
        "start_time": times[0][0] if times else venue_time,
    }


def meeting_times(paras: Sequence[str], ctx: ExtractContext) -> tuple[Optional[str], Optional[str]]:
    """(start, end) from 'Duration of meeting: 10.00 - 10.50 am', 'called to order at 7:07 p.m.',
    'Meeting Closed 21:00pm', 'The meeting was adjourned at 7:48 p.m.'."""
    start = end = None
    for text in paras:
        if _DURATION.search(text):
            try:
                return parse_time_range(text)
            except ParseError:
                ctx.warn("unparsed_time_range", f"meeting duration: {text!r}")
        times = find_times(text)
        if not times:
            continue
        if start is None and _STARTED.search(text):
            start = times[0][0]
        if _ENDED.search(text) and not re.search(
            r"\badjourn\w*\s+(?:the\s+meeting\s+)?for\b", text, re.I
        ) and not _RESUMED.search(text):  # 'adjourned at 7.41pm and reconvened at 7.51pm' is a break
            end = times[-1][0]
    return start, end


_RESUMED = re.compile(r"\b(?:reconvened|resumed|recommenced)\b", re.I)


def read_author(lines: Sequence[Line], ctx: ExtractContext) -> Author:
    """'The Officer who has produced these minutes is Matt Hitch matthew.hitch@...'."""
    for para in paragraphs(lines):
        text = join_lines(ln.text for ln in para.lines)
        match = _AUTHOR.search(text)
        if not match:
            continue
        raw = re.split(
            r",|\s(?:of|on|tel|telephone|email|e-mail|direct)\b|\s\S+@",
            match["name"] + " ",
            maxsplit=1,
            flags=re.I,
        )[0]
        person = ctx.parse(parse_person, raw.strip(" ."), field="author.name", page=para.page)
        return Author(name=person.name if person else None, email=find_email(text[match.start() :]))
    return _signed_off(lines)


# Who signs minutes off at their foot: a person, or an office ('DCLG Secretariat', 'Clerk').
_SIGNER = re.compile(r"\b(?:secretariat|clerk|secretary|officer|team|services)\b", re.I)


def _month_year(text: str) -> bool:
    """'November 2013': a line that is a month and nothing else."""
    try:
        return parse_date(text.strip()).precision == "month"
    except ParseError:
        return False


def _signed_off(lines: Sequence[Line]) -> Author:
    """The sign-off closing the minutes: a short line naming who wrote them over the month
    they were written ('DCLG Secretariat' / 'November 2013'), among the last lines."""
    tail = list(lines[-6:])
    for i, line in enumerate(tail[:-1]):
        name = clean_text(line.text)
        if (_month_year(tail[i + 1].text) and len(name.split()) <= 4 and not name.endswith(".")
                and (_SIGNER.search(name) or looks_like_person(name))):
            return Author(name=name)
    for i, line in enumerate(tail):
        # 'Jane Doe' over 'Clerk to the Council', or 'Jane Doe, Clerk and RFO': the clerk signing off
        name, _, post = clean_text(line.text).partition(", ")
        if not post and i + 1 < len(tail):
            post = clean_text(tail[i + 1].text)
        if (len(name.split()) <= 4 and not name.endswith(".") and looks_like_person(name)
                and _SIGN_OFF_POST.match(post)):
            return Author(name=name, email=find_email(" ".join(ln.text for ln in tail[i:])))
    return Author()


# The post under (or after) the name signing minutes off: the clerk or the officer who wrote them.
# The post alone, or with the body and a second post: not an action ('Clerk to write to ...').
_SIGN_OFF_POST = re.compile(
    r"^\W*(?:(?:parish|town|community|deputy|assistant)\s+)?(?:clerk|minute[- ]?taker|democratic\s+services\s+officer"
    r"|committee\s+(?:officer|clerk)|secretary)"
    r"(?:\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){0,3}(?:council|committee|panel|authority|board)"
    r"|\s*(?:and|&|/)\s*(?:rfo|responsible\s+financ\w+\s+officer|proper\s+officer))*\W*$", re.I)
