"""The front of a report above its first section: a title block (the council, 'Cabinet –
13 June 2024', 'Report of the Director of Place', the title) or a letterhead (the council,
its address, 'Please ask for', the date, 'To: All Members', 'Dear Member' and the subject
line). Lines read here are left out of the body."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout.query import body_size, join_lines
from ...layout.types import Line
from ...parsing import parse_date
from ...span import DocumentSpan
from .header import BODY_LABELS, ENDING_LABELS, TITLE_LABELS, Header
from .lines import heading_text, is_emphasised, line_marker, sentence_like
from .vocabulary import PAPER_DATE

SALUTATION = re.compile(r"^dear\s+\S", re.I)
# 'Report of the Director of Place', 'Report by the Chief Executive'.
REPORT_OF = re.compile(r"^(?:joint\s+)?report\s+(?:of|by|from)\s+(?:the\s+)?(?P<who>\S.*)$", re.I)
REPORT_TO = re.compile(r"^report\s+to\s*:?\s+(?:the\s+)?(?P<meeting>[A-Za-z][\w&',()\-–— ]{2,60})$", re.I)
# A title naming its author's post and the meeting it goes to: "Clerk's Report to the Parish Council
# meeting on 12 March 2025", "Officers' report for the meeting of the Finance Committee, 4 June 2024".
AUTHORED_REPORT_TO = re.compile(
    r"^(?:[\w.&/-]+\s+){0,3}?[\w.&/-]+(?:['’]s|s['’])\s+report\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<meeting>[A-Za-z][\w&',()\-–— ]{2,60})$", re.I)
ADDRESSEE = re.compile(r"^to\s*:?\s+(?P<who>(?:all|the|each|every)\b.*)$", re.I)
# Names of the bodies that print papers: a letterhead or a title block's first line.
ORGANISATION = re.compile(
    r"\b(?:council|authority|commissioner|police|constabulary|fire and rescue service|"
    r"board|partnership|trust|panel)$",
    re.I,
)
# Stamps and labels above a title: 'Agenda Item 6', 'Item 7(a)', 'Appendix A', 'Annex 2'.
STAMP = re.compile(
    r"^(?:(?:agenda\s+)?item(?:\s+no\.?)?|appendix|annex|annexe|enclosure|schedule)\s+[\w.()/-]{1,8}$", re.I
)
# The item stamp's number: 'Agenda Item 7', 'Item No. 6(a)'.
ITEM_STAMP = re.compile(r"^(?:agenda\s+)?item(?:\s+no\.?)?\s+(?P<item>[\w.()/-]{1,8})$", re.I)
# A letter's subject line: 'Re: Allotment rents', 'Subject: ...'.
SUBJECT_PREFIX = re.compile(r"^(?:re|subject)\s*:\s*(?=\S)", re.I)
# 'Date: 5 February 2025' under the title, apart from any header block: the date, naming no meeting.
_DATE_LABEL = re.compile(
    r"^(?:date|date\s+of\s+(?:meeting|report)|meeting\s+date|report\s+date)\s*:\s*(?P<value>\S.*)$", re.I)
# A salutation is looked for among this many lines at the top of the first page.
LETTERHEAD_LINES = 20
# Lines of a title block are short.
MAX_BLOCK_WORDS = 16
MAX_MEETING_WORDS = 10
# 'CABINET – 30 JANUARY 2025': a meeting's name, a dash, then its date.
_DATED_MEETING = re.compile(r"^(?P<name>[^\d]{3,80}?)\s+[-–—]\s+(?P<date>.*\d.*)$")
_MEETING_NAME = re.compile(r"\b(?:committee|sub-committee|cabinet|council|panel|board|forum|commission|executive"
                           r"|authority|assembly|meeting)\b", re.I)
# 'Item 9: Review of Fees and Charges': the item number is furniture of the title.
ITEM_PREFIX = re.compile(
    r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<item>[\w.()]{1,8})\s*[:.\-–—]\s*(?P<title>\S.*)$", re.I
)


@dataclass
class Front:
    """What the front of the report says, and the lines it took."""

    title_lines: list[Line] = field(default_factory=list)
    organisation: Optional[str] = None
    meeting_line: Optional[str] = None
    presented_by: Optional[str] = None
    salutation: Optional[Line] = None
    addressee: Optional[str] = None
    date_line: Optional[str] = None
    organisation_line: Optional[Line] = None
    letterhead: list[str] = field(default_factory=list)  # lines above the salutation
    stamp: Optional[str] = None  # an item stamp above the title ('Agenda Item 7')
    used: set[int] = field(default_factory=set)

    @property
    def title(self) -> Optional[str]:
        text = join_lines(heading_text(ln.text) for ln in self.title_lines) or None
        text = SUBJECT_PREFIX.sub("", text) if text else None
        prefixed = ITEM_PREFIX.match(text) if text else None
        return prefixed.group("title").strip() if prefixed else text

    @property
    def item(self) -> Optional[str]:
        """The agenda item number a title is prefixed with ('Item 9: ...' -> '9'), else the one
        stamped above it ('Agenda Item 7' -> '7')."""
        text = join_lines(ln.text for ln in self.title_lines)
        prefixed = ITEM_PREFIX.match(text) if text else None
        stamped = ITEM_STAMP.match(self.stamp) if self.stamp else None
        found = prefixed or stamped
        return found.group("item").rstrip(".") if found else None


def _opens_body(line: Line) -> bool:
    """A numbered, lettered or bulleted line, or a body heading ('Summary', 'Recommendations')."""
    if line_marker(line).kind != "plain":
        return True
    label = heading_text(line.text.partition(":")[0])
    return bool(BODY_LABELS.match(label) or ENDING_LABELS.match(label))


_CALENDAR_WORDS = {w.lower() for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                         *calendar.day_abbr) if w} | {"sept"}


def _date_only(text: str) -> bool:
    """'14 November 2023', 'Tuesday 14th November 2023', 'November 2023': nothing but a date."""
    words = text.replace(",", " ").split()
    if not words or len(words) > 5:
        return False
    if not all(w[0].isdigit() or w.lower().rstrip(".") in _CALENDAR_WORDS for w in words):
        return False
    try:
        parse_date(text)
    except ParseError:
        return False
    return True


def _is_date_line(text: str, has_date) -> bool:
    return len(text.split()) <= 12 and not sentence_like(text) and has_date(text)


class _FrontReader:
    def __init__(self, lines: Sequence[Line], header: Header, body: float, has_date) -> None:
        self.lines = lines
        self.header_zone = header.lines_used
        # Lines above the first label are a title block ('CABINET – 9 APRIL 2025' / 'CAR PARKING CHARGES').
        self.labels_from = header.labels_from
        self.body = body
        self.has_date = has_date
        self.front = Front()
        self.titled = bool(header.value(TITLE_LABELS))  # a 'Report title:' label names the paper
        self.stamps: set[int] = set()  # ids of stamps above the title ('Agenda Item 8')

    def read(self) -> Front:
        top = self.lines[:LETTERHEAD_LINES]
        salute = next((i for i, ln in enumerate(top) if SALUTATION.match(ln.text)), None)
        start = 0
        if salute is not None:
            self._letterhead(salute)
            start = salute + 1
        self._title_block(start)
        front = self.front
        if not front.title_lines and front.organisation_line is not None and salute is None and not self.titled:
            # The only line set apart names a body: it is the title ('Annual Report of the Panel'), unless
            # a 'Report title:' label titles the paper under it ('Northshire Police and Crime Panel').
            front.title_lines, front.organisation = [front.organisation_line], None
        return front

    def _take(self, line: Line) -> None:
        self.front.used.add(id(line))

    def _letterhead(self, salute: int) -> None:
        """Everything down to 'Dear Member' is letterhead: the sender's body, address, contacts,
        the date and the addressee."""
        front = self.front
        for line in self.lines[:salute]:
            self._take(line)
            text = line.text.strip()
            front.letterhead.append(text)
            addressee = ADDRESSEE.match(text)
            if addressee:
                front.addressee = addressee.group("who").strip()
            elif front.date_line is None and _is_date_line(text, self.has_date) and len(text.split()) <= 5:
                front.date_line = text
            elif front.organisation is None and is_emphasised(line, self.body):
                front.organisation = text
        front.salutation = self.lines[salute]
        self._take(self.lines[salute])

    def _title_block(self, start: int) -> None:
        index = start
        while index < len(self.lines):
            line = self.lines[index]
            if self.labels_from <= index < self.header_zone and not self._larger(line):
                self._numbered_title_in_zone(line)
                index += 1
                continue  # a header label line (the header reader has it)
            if self._meeting_then_date(index):
                index += 2
                continue
            if self._dated_meeting_over_title(index):
                index += 1
                continue
            if not self._block_line(line):
                return
            self._take(line)
            index += 1

    def _numbered_title_in_zone(self, line: Line) -> None:
        """Above the header's labels: a title printed with its item number ('Agenda item 9: Speed
        Indicator Device' over 'Prepared by: ...'), and the council named in emphasis above it."""
        front, text = self.front, line.text.strip()
        if not front.title_lines and ITEM_PREFIX.match(text) and is_emphasised(line, self.body):
            front.title_lines.append(line)
            self._take(line)
        elif (not front.title_lines and not (front.used - self.stamps) and front.organisation is None
              and ORGANISATION.search(text) and is_emphasised(line, self.body)):
            front.organisation, front.organisation_line = text, line
            self._take(line)

    def _meeting_then_date(self, index: int) -> bool:
        """'Finance and General Purposes Committee' over '14 November 2023': the meeting, then
        its date on a line of its own."""
        front = self.front
        if front.meeting_line is not None or front.salutation is not None or index + 1 >= len(self.lines):
            return False
        line, below = self.lines[index], self.lines[index + 1]
        text, date = line.text.strip(), below.text.strip()
        if self.has_date(text) or _opens_body(line) or sentence_like(text) or len(text.split()) > MAX_MEETING_WORDS:
            return False
        if self._larger(line) or STAMP.match(text) or not _date_only(date):
            return False
        front.meeting_line = f"{text} – {date}"
        self._take(line)
        self._take(below)
        return True

    def _dated_meeting_over_title(self, index: int) -> bool:
        """'OVERVIEW AND SCRUTINY COMMITTEE – 15 MAY 2025' in bold over the title 'CAR PARKING CHARGES':
        the meeting and its date, a dash apart, above the paper's own title."""
        front = self.front
        if front.meeting_line is not None or front.title_lines or index + 1 >= len(self.lines):
            return False
        line, below = self.lines[index], self.lines[index + 1]
        dated = _DATED_MEETING.match(line.text.strip())
        if REPORT_TO.match(line.text.strip()) or AUTHORED_REPORT_TO.match(line.text.strip()):
            return False  # 'Report to Full Council – 12 March 2025' titles the paper by its meeting
        if not dated or not self.has_date(dated["date"]) or not _MEETING_NAME.search(dated["name"]):
            return False
        if not (is_emphasised(line, self.body) and is_emphasised(below, self.body)) or self.has_date(below.text):
            return False
        if _opens_body(below) or sentence_like(below.text.strip()) or STAMP.match(below.text.strip()):
            return False
        front.meeting_line = line.text.strip()
        self._take(line)
        return True

    def _larger(self, line: Line) -> bool:
        return line.size >= self.body + 0.9

    def _block_line(self, line: Line) -> bool:
        """Read one title-block line; False when the line opens the body."""
        front, text = self.front, line.text.strip()
        if STAMP.match(text):
            if front.stamp is None and ITEM_STAMP.match(text):
                front.stamp = text
            self.stamps.add(id(line))
            return True  # furniture above the title, not the title
        if _opens_body(line) or len(text.split()) > MAX_BLOCK_WORDS:
            return False
        report_to = REPORT_TO.match(text)
        if report_to and front.meeting_line is None:
            front.meeting_line = report_to.group("meeting").strip()  # 'REPORT TO CABINET'
            return True
        report_of = REPORT_OF.match(text)
        if report_of and front.presented_by is None:
            front.presented_by = report_of.group("who").strip()
            return True
        if is_emphasised(line, self.body) and not sentence_like(text):
            return self._emphasised(line, text)
        if front.salutation is not None and not front.title_lines and SUBJECT_PREFIX.match(text):
            front.title_lines.append(line)  # 'Re: Allotment rents' under 'Dear Member'
            return True
        if front.date_line is None and front.salutation is None and _date_only(text):
            front.date_line = text  # '21 February 2024' on a line of its own
            return True
        if (issued := PAPER_DATE.match(text) or _DATE_LABEL.match(text)) and _date_only(issued.group("value")):
            front.date_line = front.date_line or issued.group("value")  # 'Updated: 12 March 2024', 'Date: ...'
            return True
        if front.meeting_line is None and front.salutation is None and _is_date_line(text, self.has_date):
            front.meeting_line = text
            return True
        return False

    def _emphasised(self, line: Line, text: str) -> bool:
        front = self.front
        if front.title_lines:
            last = front.title_lines[-1]
            wraps = line.bold == last.bold and abs(line.size - last.size) < 0.5 and line.top - last.bottom < last.size
            if wraps:
                front.title_lines.append(line)
            return wraps
        first = not (front.used - self.stamps) and front.organisation is None  # a stamp above it aside
        if first and ORGANISATION.search(text) and front.salutation is None:
            front.organisation, front.organisation_line = text, line
            return True
        front.title_lines.append(line)
        return True


def read_front(span: DocumentSpan, header: Header, has_date, running: set[int]) -> Front:
    """The title block or letterhead at the top of the first content page (nothing when the
    page opens straight into the body). `has_date(text)` tells whether text names a date;
    `running` are ids of running heads to step over."""
    page = span.first_page
    if page is None or not page.lines:
        return Front()
    zone = page.lines[: header.lines_used]
    lines = list(zone) + [ln for ln in page.lines[header.lines_used :] if id(ln) not in running]
    return _FrontReader(lines, header, body_size(span.content_pages), has_date).read()
