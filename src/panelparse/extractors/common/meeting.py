"""A meeting named in a sentence or a title block: body, date, start time and venue.

Summons letters and notices say it in prose ('A meeting of the X Panel will be held on Monday,
10 February 2025 at 2.00 pm in Council Chamber, Town Hall.', 'You are hereby summoned to
attend a meeting of X to be held at VENUE on DATE at TIME'); parish agendas in a centred
title block ('Meeting of the Parish Council' / '26th March 2026 at 7.30pm in the Village
Hall'). Values are read with the shared parsers; a field the text does not print is None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from ...parsing import clean_text, find_date, find_times, is_caps, title_case

# "meeting of (the) X will be held / to be held / held / on / at ..."
_BODY = re.compile(
    r"\b(?i:meeting\s+of\s+(?:the\s+)?)(?P<body>[A-Z][^.;:]*?)"
    r"(?=\s+(?:will\s+be|is\s+to\s+be|to\s+be|shall\s+be|was|held|on|at|in|which|will\s+take\s+place|takes\s+place"
    r"|took\s+place)\b|\s+\d|[.;:,]|\s[-–—]\s|$)",
)
_MEETING_OF = re.compile(r"\bmeeting\s+of\s+", re.I)
# A 'Meeting:' value that names the kind of meeting, not who meets: 'Annual General Meeting',
# 'Extraordinary meeting', 'Ordinary Meeting'.
MEETING_KIND_ONLY = re.compile(
    r"^(?:the\s+)?(?:(?:annual|extraordinary|ordinary|special|general|full|public|statutory|budget|additional"
    r"|reconvened|adjourned|informal|virtual|remote|hybrid)\s+)+meeting$",
    re.I,
)
# A body named only by its kind ('the Parish Council', 'the Committee'): the letterhead says which.
GENERIC_BODY = re.compile(
    r"^(?:(?:parish|town|community|district|county|borough|city|fire(?:\s+and\s+rescue)?|police(?:\s+and\s+crime)?"
    r"|combined|national\s+park)\s+)?(?:council|committee|panel|board|authority)$",
    re.I,
)
# Where: 'in Council Chamber, Town Hall', 'at The Pavilion, Recreation Ground', 'via Zoom', before the
# next clause (' on Monday', ' at 7.30pm', '. You are ...') or the end.
_VENUE = re.compile(
    r"\b(?:held\s+)?(?:in|at|via)\s+(?:the\s+)?(?P<venue>[A-Z0-9][^.;]*?)"
    r"(?=\s+(?:on|at|commencing|starting|beginning|from|to\s+transact|for\s+the|(?i:signed|yours))\b|\.\s|\.?$|;)",
)
# At most this many 'in' / 'at' phrases are tried as the venue (keeps a long paragraph linear).
_VENUE_TRIES = 8
MEETING_CUE = re.compile(r"\bmeeting\s+of\b|\bwill\s+be\s+held\b|\bto\s+be\s+held\b|\bsummoned\b", re.I)


@dataclass(frozen=True)
class MeetingText:
    """What a sentence or title block says of the meeting."""

    body: Optional[str] = None
    date: Optional[dt.date] = None
    start_time: Optional[str] = None
    venue: Optional[str] = None


# Words that join the clauses of a summons; in a summons set in capitals they are read in
# lower case, so 'TO BE HELD IN THE HALL' ends the body and opens the venue as in prose.
_CLAUSE_WORDS = frozenset(
    "a an and are as at attend be beginning business by commencing for from following hereby held in is of on or "
    "purpose shall starting summoned the to transact transacting via was which will with you".split()
)
# A text is set in capitals when at least this share of its letters are upper case.
_CAPS_SHARE = 0.8


def _uncapitalised(text: str) -> str:
    """A summons printed in capitals ('YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF X PARISH
    COUNCIL TO BE HELD IN THE CEDAR ROOM ON ...') as prose: names title-cased, joining words
    in lower case; other text is returned as it is."""
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < _CAPS_SHARE * len(letters):
        return text
    words = []
    for word in text.split(" "):
        core = word.strip(".,;:()")
        if not is_caps(word) or len(core) < 2 or any(c.isdigit() for c in word):
            words.append(word)
        elif core.lower() in _CLAUSE_WORDS:
            words.append(word.lower())
        else:
            words.append(title_case(word))
    return " ".join(words)


def read_meeting_text(text: str) -> MeetingText:
    """Body, date, time and venue named in `text` (one sentence or a title block's lines)."""
    text = _uncapitalised(clean_text(text))
    body = _BODY.search(text)
    date = find_date(text)
    times = find_times(text)
    # 'a meeting of the above Council': the body is named above (a letterhead), not here.
    named = _tidy(body["body"]) if body and not re.match(r"(?:above|said|same)\b", body["body"], re.I) else None
    if named and body and (again := list(_MEETING_OF.finditer(named))):
        # 'MEETING OF THE FULL COUNCIL Councillors are summoned to attend the meeting of the Full Council to be
        # held ...' (a title block run into its summons): the body is the one named last, before the clause.
        body = _BODY.search(text, body.start("body") + again[-1].start()) or body
        named = _tidy(body["body"])
    date_at = text.find(date.raw) if date is not None else -1
    if named and body and 0 <= date_at < body.end("body"):
        # 'Meeting of Sutton Orlebar Parish Council Wednesday 14th May, 2025': the date (its
        # weekday included) is no part of the body.
        named = _tidy(text[body.start("body") : date_at]) if date_at > body.start("body") else None
    return MeetingText(
        body=named,
        date=date.start if date is not None and date.precision == "day" else None,
        start_time=times[0][0] if times else None,
        venue=_venue(text),
    )


def _venue(text: str) -> Optional[str]:
    # Candidates may overlap: 'at 10:00 in Council Chamber' is no venue, 'in Council Chamber' is.
    match, tries = _VENUE.search(text), 0
    while match and tries < _VENUE_TRIES:
        tries += 1
        venue = _tidy(match["venue"])
        if venue and not find_date(venue) and not find_times(venue) and not re.match(r"\d{1,2}\b", venue):
            return venue
        match = _VENUE.search(text, match.start() + 1)
    return None


def _tidy(text: str) -> Optional[str]:
    text = re.sub(r"\s+", " ", text).strip(" ,.:;-–")
    return text or None
