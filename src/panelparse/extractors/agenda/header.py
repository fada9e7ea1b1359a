"""The agenda frontsheet header: body, date, time, venue and contact officer, printed as
'Label: value' rows, as a two-column block ('Ask for:' beside the venue) or as free lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional, Sequence, TypedDict, TypeVar

from ...errors import ParseError
from ...layout import Line, TableGrid, Word
from ...layout.query import Paragraph, headline, join_lines, paragraphs
from ...models.values import Contact
from ...parsing import (
    clean_text,
    find_date,
    find_dates,
    find_email,
    find_phone,
    find_times,
    parse_date,
    parse_person,
    parse_time,
    parse_time_range,
    title_case,
)
from ...span import DocumentSpan
from ..base import ExtractContext
from ..common import vocabulary as vocab
from ..common.meeting import GENERIC_BODY, MEETING_CUE, MEETING_KIND_ONLY, MeetingText, read_meeting_text
from ..common.names import NOT_NAME_WORDS, looks_like_person
from .settings import COLUMN_LABEL_GAP, FAX_NUMBER, FULL_COUNCIL, NOTICE_DATE_LABEL, NOTICE_DAYS, PLACE_MEETING

# Label (lower case, no colon) -> header field.
LABELS = {
    "meeting": "body", "committee": "body", "meeting of": "body", "body": "body", "panel": "body",
    "place": "venue", "venue": "venue", "location": "venue", "where": "venue",
    "meeting venue": "venue",
    "date": "date", "meeting date": "date", "date of meeting": "date", "when": "date",
    "date and time": "date", "date & time": "date", "date/time": "date", "time and date": "date",
    "time": "time", "start time": "time", "time of meeting": "time",
    "contact": "contact", "contact officer": "contact", "ask for": "contact",
    "enquiries to": "contact",
    "enquiries": "contact", "officer": "contact", "contact name": "contact", "clerk": "contact",
    "democratic services officer": "contact", "governance officer": "contact",
    "contact details": "contact", "committee officer": "contact", "committee administrator": "contact",
    "democratic services contact": "contact", "clerk to the committee": "contact", "contact person": "contact",
    "direct dial": "phone", "mobile": "phone",
    # the day the papers went out, not the meeting's: read as labels so their date is no one's
    "despatched": "issued", "dispatched": "issued", "date of despatch": "issued", "date of dispatch": "issued",
    "published": "issued", "date of publication": "issued", "publication date": "issued", "issued": "issued",
    "date published": "issued", "despatch date": "issued", "dispatch date": "issued", "circulated": "issued",
    "telephone": "phone", "tel": "phone", "phone": "phone", "direct line": "phone",
    "tel no": "phone",
    "email": "email", "e-mail": "email", "e mail": "email",
}  # fmt: skip
_MAX_LABEL_WORDS = 4  # 'Clerk to the Committee:'
# A value continues onto the next line only within this many font sizes of vertical gap.
_CONTINUATION_GAP = 1.0
# Lines that name the document rather than the meeting.
_NOT_BODY = re.compile(
    r"^(agenda|notice of (the )?meeting|public document pack|supplementary|summons)\b", re.I
)
# 'For further information please contact Sarah Black on 01234 567890': the name, then how to reach them.
_PLEASE_CONTACT = re.compile(
    r"\b(?i:please\s+(?:contact|ask\s+for))\s+(?P<name>(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2})"
    r"(?=\s*,|\s+(?:on|at|by|via|tel|telephone|email|e-mail)\b|\s*\()")
_CONTACT_SENTENCE = re.compile(
    r"\b(?:enquir\w*|queries|contact)\b[^.@]*?\b(?:to|contact)\s+(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})"
)


@dataclass
class _Label:
    key: str
    line: Line
    words: list[Word] = field(default_factory=list)
    value_x: float = 0.0

    @property
    def value(self) -> str:
        return clean_text(" ".join(w.text for w in self.words))

    @property
    def first_line(self) -> str:
        """The value's first line: the name under 'Contact Officer:', not the post and number below."""
        top = self.words[0].top if self.words else 0.0
        return clean_text(" ".join(w.text for w in self.words if abs(w.top - top) < 1))


def _label_at(words: Sequence[Word], i: int) -> Optional[tuple[str, int]]:
    """(field, words used) when words[i:] start with a known 'Label:'."""
    for n in range(1, _MAX_LABEL_WORDS + 1):
        chunk = words[i : i + n]
        if len(chunk) < n or not chunk[-1].text.endswith(":"):
            continue
        key = " ".join(w.text for w in chunk).rstrip(":").strip().lower()
        if key in LABELS:
            return LABELS[key], n
    return None


def _column_label(line: Line) -> Optional[tuple[str, int]]:
    """(field, words used) for a label printed without a colon in a column of its own, its value
    set apart to the right ('Date        Monday 3 July 2023', 'Venue       Council Chamber')."""
    segments = line.segments(min_gap=COLUMN_LABEL_GAP * line.size)
    if len(segments) < 2 or len(segments[0].words) > _MAX_LABEL_WORDS:
        return None
    key = segments[0].text.strip().lower()
    if key not in LABELS:
        return None
    value = " ".join(seg.text for seg in segments[1:])
    # A column heading row ('Time    Item    Lead    Pages') is no label: a date or time must follow.
    if (LABELS[key] == "date" and not find_date(value)) or (LABELS[key] == "time" and not find_times(value)):
        return None
    return LABELS[key], len(segments[0].words)


def _unglued(words: Sequence[Word]) -> list[Word]:
    """'Venue:Committee' read as one word where the label filled its tab stop: the label and its
    value's first word apart, each with its share of the width."""
    out: list[Word] = []
    for word in words:
        glued = _GLUED_LABEL.match(word.text)
        if not glued or glued["label"].lower() not in LABELS:
            out.append(word)
            continue
        cut = word.x0 + (word.x1 - word.x0) * (len(glued["label"]) + 1) / len(word.text)
        out += [replace(word, text=glued["label"] + ":", x1=cut), replace(word, text=glued["value"], x0=cut)]
    return out


_GLUED_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z-]{1,20}):(?P<value>[A-Z0-9]\S*)$")


def _split_line(line: Line) -> tuple[list[Word], list[_Label]]:
    """Words left of the first label, and the labels on the line with their values."""
    left: list[Word] = []
    labels: list[_Label] = []
    i, words = 0, _unglued(line.words)
    while i < len(words):
        found = _label_at(words, i) or (_column_label(line) if i == 0 else None)
        if found:
            key, used = found
            nxt = words[i + used] if i + used < len(words) else None
            labels.append(_Label(key=key, value_x=nxt.x0 if nxt else words[i].x0, line=line))
            i += used
            continue
        (labels[-1].words if labels else left).append(words[i])
        i += 1
    return left, labels


def _continuation(
    line: Line, label: _Label, previous: Line
) -> Optional[tuple[list[Word], list[Word]]]:
    """(left words, words continuing the label's value), or None when the line does not."""
    if line.page != previous.page or line.top - previous.bottom > _CONTINUATION_GAP * line.size:
        return None
    edge = label.value_x - 3
    left = [w for w in line.words if w.x1 < edge]
    right = [w for w in line.words if w.x0 >= edge]
    if not right or len(left) + len(right) < len(line.words):
        return None  # nothing in the value column, or a full-width line crossing it
    if left and right[0].x0 - left[-1].x1 < 8:
        return None
    return left, right


def read_labels(lines: Sequence[Line]) -> tuple[dict[str, _Label], list[tuple[str, Line]]]:
    """Labelled values (first of each field) and the unlabelled text left over, in order."""
    found: dict[str, _Label] = {}
    leftovers: list[tuple[str, Line]] = []
    open_label: Optional[_Label] = None
    previous: Optional[Line] = None
    for line in lines:
        left, labels = _split_line(line)
        if labels:
            for label in labels:
                found.setdefault(label.key, label)
            open_label = labels[-1]
        elif open_label and previous and (cont := _continuation(line, open_label, previous)):
            left, right = cont
            open_label.words.extend(right)
        else:
            open_label = None
        if left:
            leftovers.append((" ".join(w.text for w in left), line))
        previous = line
    return found, leftovers


# A title line naming the meeting itself ('Cabinet', 'Annual Meeting of X Parish Council') beats
# the council's letterhead above it.
_MEETING_WORD = re.compile(
    r"\b(?:committee|cabinet|panel|board|meeting|forum|authority|commission|assembly|group|sub-committee)\b", re.I
)


# A title line naming a committee of the body printed above it, not the body itself.
_COMMITTEE_WORD = re.compile(r"\b(?:committee|sub-committee|cabinet|panel|board|forum|commission|group)\b", re.I)


# 'Meeting of the Parish Council', 'Ordinary Meeting of the Full Council': a meeting of a body named
# only by its kind (the letterhead says which).
_MEETING_OF = re.compile(r"^(?:\w+\s+){0,2}meeting\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I)


def _names_no_one(text: str) -> bool:
    """'Meeting of the Parish Council', 'Annual Parish Meeting', 'EXTRAORDINARY MEETING': a meeting named
    only by its kind."""
    text = clean_text(text).strip(" .:")
    meeting = _MEETING_OF.match(text)
    return bool(meeting and (GENERIC_BODY.match(meeting["body"]) or FULL_COUNCIL.match(meeting["body"]))
                or MEETING_KIND_ONLY.match(text) or PLACE_MEETING.match(text))


# 'Annual Parish Meeting in the Village Hall': a meeting and where it is held, not the body.
_MEETING_HELD = re.compile(r"\bmeeting\s+(?:in|at)\s+(?:the\s+)?[A-Z]", re.I)


# 'CABINET - THURSDAY, 13 FEBRUARY 2025 AT 10.00 AM': the body, a dash, then the meeting's date.
_DATED_TITLE = re.compile(r"^(?P<body>[^\d]{3,80}?)\s+[-–—]\s+(?P<when>.*\d.*)$")


def _labelled_body(labels: dict[str, _Label]) -> Optional[str]:
    """A 'Meeting:' / 'Committee:' label's value, unless it names only the kind of meeting."""
    value = labels["body"].value if "body" in labels else None
    return value if value and not MEETING_KIND_ONLY.match(value.strip()) else None


def _body(labels: dict[str, _Label], zone: Sequence[Line]) -> Optional[str]:
    if _labelled_body(labels):
        return _labelled_body(labels)
    for line in zone[:6]:
        dated = _DATED_TITLE.match(clean_text(line.text))
        if dated and (line.bold or line.text.isupper()) and find_date(dated["when"]) and not _NOT_BODY.match(line.text):
            name = dated["body"].strip()
            return title_case(name) if name.isupper() else name
    titled = [ln for ln in zone[:6] if (ln.bold or ln.size > zone[0].size - 0.5) and _MEETING_WORD.search(ln.text)
              and not _NOT_BODY.match(ln.text) and not find_date(ln.text) and len(ln.text.split()) <= 10
              and not _split_line(ln)[1] and not _MEETING_HELD.search(ln.text) and not _names_no_one(ln.text)]
    if titled:
        # 'Audit and Governance Committee' under 'Northshire Fire and Rescue Authority': the committee meets
        committees = [ln for ln in titled if _COMMITTEE_WORD.search(ln.text) and not vocab.VENUE_WORD.search(ln.text)]
        chosen = max(committees or titled, key=lambda ln: ln.size)
        return clean_text(chosen.text) if not chosen.text.isupper() else title_case(clean_text(chosen.text))
    candidates = [
        ln
        for ln in zone
        if not _NOT_BODY.match(ln.text)
        and not find_date(ln.text)
        and any(c.isalpha() for c in ln.text)
        and not _split_line(ln)[1]
    ]
    # the letterhead names the body a title line names only by its kind
    candidates = [ln for ln in candidates if not _names_no_one(ln.text)] or candidates
    if not candidates:
        return None
    biggest = max(ln.size for ln in candidates)
    head: Optional[Line]
    if biggest > min(ln.size for ln in zone):
        head = next(ln for ln in candidates if ln.size == biggest)
    else:  # one size throughout: the first bold line names the body
        head = next((ln for ln in candidates if ln.bold), None)
    return title_case(clean_text(head.text)) if head else None


# 'Public Sector Transparency Board – Agenda 24.06.10': a title line's tail after the body.
_TITLE_TAIL = re.compile(r"\s*[-–—:]?\s*\b(?:agenda|minutes|notice|summons)\b.*$", re.I)


# 'To: Members of the Audit Committee', 'All Members of the Panel': words before the body that address its
# members, no longer name of it ('Annual Meeting of X Parish Council' is one).
_ADDRESSEES = re.compile(r"[:;]|\b(?:members\s+of|to)(?:\s+the)?\s*$", re.I)


def _fuller(named: Optional[str], zone: Sequence[Line]) -> Optional[str]:
    """The body as a title line prints it in full when prose names it shorter: a sentence says
    'the Transparency Board', the title 'Public Sector Transparency Board – Agenda'."""
    if not named:
        return named
    for line in zone[:3]:
        title = _TITLE_TAIL.sub("", clean_text(line.text)).strip()
        if re.search(r"\s/\s", title):
            continue  # 'CYNGOR CYMUNED LLANFAIR / LLANFAIR COMMUNITY COUNCIL': two languages, not a longer name
        extra = len(title.split()) - len(named.split())
        if (0 < extra <= 4 and title.lower().endswith(" " + named.lower()) and title[:1].isupper()
                and not _ADDRESSEES.search(title[: -len(named)])):
            return title
    return named


def _date_and_time(labels: dict[str, _Label], leftovers, ctx: ExtractContext, notices: Sequence[dt.date] = ()):
    date = time = None
    date_text = labels["date"].value if "date" in labels else None
    if date_text:
        # 'Date: Tuesday 5 March 2024 at 2pm' (the time after the date): the day in the text.
        found = find_date(date_text)
        settled = None if found else _settled_year([date_text], notices)  # 'Date: Thursday, 13 February'
        ref = found or (None if settled else ctx.parse(parse_date, date_text, field="date",
                                                       page=labels["date"].line.page))
        date = settled or (ref.start if ref and ref.precision == "day" else None)
    else:
        date_text = next((text for text, _ in leftovers if find_date(text)), None)
        ref = find_date(date_text) if date_text else None
        date = ref.start if ref else None
    if "time" in labels and labels["time"].value:
        value = labels["time"].value
        try:  # 'Time: 15:00-16:30': the meeting starts at the range's start
            time = parse_time_range(value)[0]
        except ParseError:
            # 'Time: 7.00 pm or at the conclusion of the Planning Committee', 'Time: 2.00 pm (pre-meeting
            # at 1.30 pm)': the first time printed is the meeting's.
            printed = find_times(value)
            time = printed[0][0] if printed else ctx.parse(
                parse_time, value, field="start_time", page=labels["time"].line.page)
    elif date_text and find_times(date_text):
        time = find_times(date_text)[0][0]
    elif date_text:
        time = _time_line_after(date_text, [text for text, _ in leftovers])
    return date, time, date_text


def _time_only(text: str) -> bool:
    """A line that is a time or a time range and nothing else ('10.00 am', '7.00pm to 8.35pm')."""
    found = find_times(text.strip())
    if not found:
        return False
    rest = text.strip()
    for _, (a, b) in reversed(found):
        rest = rest[:a] + rest[b:]
    return not re.sub(r"(?i)\b(?:to|until|at|from)\b|[-–—,.\s]", "", rest)


def _time_line_after(date_text: str, texts: list[str]) -> Optional[str]:
    """A title block's time on the line under its date: '19 May 2011' / '11.00 – 12.50'.
    The whole line must read as a time or a time range; a bare number is not one."""
    at = texts.index(date_text) if date_text in texts else -1
    line = texts[at + 1].strip() if 0 <= at < len(texts) - 1 else ""
    for parse in (lambda t: parse_time_range(t)[0], parse_time):
        try:
            return parse(line) if re.search(r"\d[.:]\d\d|[ap]\.?m\b", line, re.I) else None
        except ParseError:
            continue
    return None


def _venue(labels, leftovers, date_text: Optional[str], body: Optional[str]) -> Optional[str]:
    if "venue" in labels and labels["venue"].value:
        return labels["venue"].value
    texts = [t for t, _ in leftovers]
    if date_text not in texts:
        return None
    parts = []
    for text in texts[texts.index(date_text) + 1 :]:
        if find_date(text) or find_email(text) or not any(c.isalpha() for c in text) or _time_only(text):
            continue  # the time alone on its line ('10.00 am') is no part of the venue
        if (
            body
            and clean_text(text).lower() == body.lower()
            or _NOT_BODY.match(text)
            or _SIGNED.match(text)
            or len(text.split()) > 12
        ):
            break
        parts.append(clean_text(text))
    return ", ".join(parts) or None


# 'Signed, K Shaw, Clerk and RFO', 'Yours sincerely': the summons is signed off, no venue follows.
_SIGNED = re.compile(r"^\W*(?:signed\b|yours\s+(?:sincerely|faithfully)\b)", re.I)
_SIGNED_BY = re.compile(r"^\W*signed\s*[,:\-–]?\s+(?:by\s+)?(?P<name>[A-Z][^,;]{2,40})", re.I)
_SIGN_OFF = re.compile(r"^\W*yours\s+(?:sincerely|faithfully)\b", re.I)


def _signatory(zone: Sequence[Line]) -> Optional[str]:
    """The name signed under 'Yours sincerely' in a summons letter, or a name over the clerk's
    post ('J Bloggs' / 'Town Clerk') signing a notice of meeting."""
    for i, line in enumerate(zone):
        if _SIGN_OFF.match(line.text):
            return next((ln.text for ln in zone[i + 1 : i + 4] if looks_like_person(ln.text)), None)
        signed = _SIGNED_BY.match(line.text)
        if signed and looks_like_person(signed["name"].strip()):  # 'Signed, K Shaw, Clerk and RFO'
            return _typed_under(signed["name"].strip(), zone[i + 1] if i + 1 < len(zone) else None)
    for line, below in zip(zone, zone[1:], strict=False):
        post = below.text.strip(" ,.")
        if (looks_like_person(line.text.strip(" ,.")) and len(post.split()) <= 5
                and (vocab.STAFF_ROLE.search(post) or re.search(r"\bclerk\b", post, re.I))):
            return line.text.strip(" ,.")
    return None


def _typed_under(signed: str, below: Optional[Line]) -> str:
    """The name typed under a signature ('Signed  A. Patel' / 'Anita Patel, Town Clerk'): in full where
    it has the signature's surname."""
    typed = re.split(r"\s*[,|–—]\s*|\s{2,}|\s-\s", below.text.strip())[0].strip() if below else ""
    surname = signed.split()[-1].lower()
    if typed and looks_like_person(typed) and typed.split()[-1].lower() == surname and len(typed) > len(signed):
        return typed
    return signed


def _contact(labels, zone_text: str, zone: Sequence[Line], ctx: ExtractContext,
             boxed: Optional[str] = None) -> Contact:
    name = None
    raw = labels["contact"].first_line if "contact" in labels else boxed
    # What the contact label's value prints under the name ('Democratic Services Officer' /
    # '01234 567890'): a number there needs no 'Tel' label.
    given = labels["contact"].value if "contact" in labels else (boxed or "")
    if not raw:
        match = _CONTACT_SENTENCE.search(zone_text)
        please = None if match else _PLEASE_CONTACT.search(zone_text)
        if please and looks_like_person(please["name"]):
            raw, given = please["name"], zone_text[please.end():][:_NOTE_REACH]
        else:
            raw = match.group("name") if match else _signatory(zone)
    if raw:
        # The name ends where its post, number or address starts: 'Jane Doe, ...', 'Jane Doe on ...',
        # 'Jane Doe  01234 567890', 'Jane Doe | Tel: ...', 'Jane Doe (01234 567890)'.
        raw = re.split(
            r",|[|(]|\s(?:on|at|tel|telephone|email|e-mail)\b|\s(?=\+?\d)|\S+@", raw, maxsplit=1, flags=re.I
        )[0].strip(" -–—:;")
        # 'Contact: Democratic Services' / 'Committee Services': a team, not a named officer.
        team = not looks_like_person(raw) and any(w.lower() in NOT_NAME_WORDS for w in raw.split())
        person = None if team else ctx.parse(parse_person, raw, field="contact.name")
        name = f"{person.name}" if person else None
    email_text = re.sub(r"\s*([.@])\s*", r"\1", labels["email"].value) if "email" in labels else ""
    phone_text = labels["phone"].value if "phone" in labels else ""
    phone = find_phone(f"tel: {phone_text}") if phone_text else None
    return Contact(
        name=name,
        email=find_email(email_text) or find_email(zone_text),
        phone=phone or find_phone(zone_text) or (find_phone(given, bare=True) if given else None)
        or _phone_beside_email(zone),
    )


def _phone_beside_email(zone: Sequence[Line]) -> Optional[str]:
    """A number printed with no label on the line that gives the email ('... AW3 4QP   01632 960555
    townclerk@...', a letterhead's contact line), else in the block of lines set tight around it (the
    number on a line of its own over the email): those lines are known to give contact details."""
    beside = next((phone for ln in zone
                   if find_email(ln.text) and (phone := find_phone(FAX_NUMBER.sub(" ", ln.text), bare=True))), None)
    return beside or next((phone for block in paragraphs(zone) if find_email(block.text)
                           and (phone := find_phone(FAX_NUMBER.sub(" ", block.text), bare=True))), None)


# 'If you wish to add anything to the agenda, please inform the Clerk, Joan Connelly, Milburn
# Parish Council 017683 52469': a note naming the clerk to contact, anywhere on the agenda.
_CLERK_NOTE = re.compile(
    r"\b(?:inform|contact|tell|notify|ask|write\s+to|speak\s+to)\s+the\s+(?:\w+\s+)?(?:clerk|proper\s+officer)"
    r"(?:\s+to\s+the\s+\w+(?:\s+\w+)?)?\s*[,:(]?\s*(?P<name>(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2})",
    re.I)


# How far after the clerk's name the note's phone and email may be printed (characters).
_NOTE_REACH = 80


# 'Cathy Fleet – Parish Clerk 07989 398 838', 'Signed: Peter Marsh, Town Clerk': the clerk signing the
# agenda, on a line of its own.
_CLERK_SIGNATURE = re.compile(
    r"^(?:(?i:signed)\s*[:,.\-–]?\s*)?(?P<name>(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2})\s*[-–—,]\s*"
    r"(?i:(?:the\s+)?(?:\w+\s+)?(?:clerk|proper\s+officer|rfo)\b)")


def completed_contact(contact: Contact, lines: Sequence[Line]) -> Contact:
    """The header's contact with the email and phone a later block prints beside the same
    name ('Contact:' / 'Caris Merriweather, Democratic Services Officer' / 'Tel: ... E-mail: ...')."""
    if contact.name is None or (contact.email and contact.phone):
        return contact
    texts = [clean_text(p.text) for p in paragraphs(lines)]
    for i, text in enumerate(texts):
        if contact.name not in text:
            continue
        near = " ".join(texts[i : i + 2])[: 3 * _NOTE_REACH]
        email, phone = contact.email or find_email(near), contact.phone or find_phone(near)
        if email or phone:
            return contact.model_copy(update={"email": email, "phone": phone})
    return contact


# 'Enquiries to: Jane Doe, Democratic Services Officer, Tel: ...' printed at the foot of the agenda.
_CONTACT_LABEL = re.compile(
    r"(?:^|\s)(?i:enquiries\s+to|further\s+information|contact\s+officer|contact|please\s+ask\s+for|ask\s+for"
    r"|democratic\s+services\s+officer|committee\s+(?:officer|administrator)|governance\s+officer"
    r"|clerk(?:\s+to\s+the\s+(?:council|committee))?)"
    r"\s*:\s*(?P<name>(?:(?:Mrs?|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,2})")


def note_contact(lines: Sequence[Line], ctx: ExtractContext) -> Contact:
    """The contact a note on the agenda names ('... please inform the Clerk, Joan Connelly, ...
    017683 52469') or the clerk signing it ('Cathy Fleet – Parish Clerk 07989 398 838'), with the
    phone and email printed in the same paragraph."""
    for para in paragraphs(lines):
        text = clean_text(para.text)
        match = (_CLERK_NOTE.search(text) or _CLERK_SIGNATURE.match(text) or _CONTACT_LABEL.search(text)
                 or _PLEASE_CONTACT.search(text))
        if not match or not match["name"][:1].isupper() or not looks_like_person(match["name"]):
            continue
        person = ctx.parse(parse_person, match["name"], field="contact.name")
        if person is None:
            continue
        rest = text[match.end():][:_NOTE_REACH]
        return Contact(name=person.name, email=find_email(rest), phone=find_phone(rest, bare=True))
    return Contact()


def _meeting_texts(zone: Sequence[Line], leftovers) -> list[MeetingText]:
    """What the header says of the meeting in prose, best first: a sentence naming it ('A
    meeting of the X will be held on ...', a summons), then the title block's lines together."""
    found = [read_meeting_text(_announcement(p)) for p in paragraphs(zone)
             if MEETING_CUE.search(p.text) and not _ANOTHER_MEETING.search(p.text)]
    block = read_meeting_text(" ".join(text for text, _ in leftovers[:6] if not _NOT_BODY.match(text)))
    # A summons or notice sentence that dates the meeting outranks the block, whose first date
    # may be the letter's ('20 March 2023' above 'Dear Councillor').
    summons = _summonses(zone)
    rest = [t for t in found if t not in summons]
    return summons + ([block] + rest if block.date else rest + [block])


def _summonses(zone: Sequence[Line]) -> list[MeetingText]:
    """What the sentences announcing this meeting ('will be held', 'summoned') say, when they date it."""
    texts = [(read_meeting_text(_announcement(p)), p.text) for p in paragraphs(zone)
             if MEETING_CUE.search(p.text) and not _ANOTHER_MEETING.search(p.text)]
    return [t for t, text in texts if t.date and _SUMMONS.search(text)]


def _announcement(paragraph: Paragraph) -> str:
    """The paragraph from the line that announces the meeting, when the lines above it print a
    date of their own: 'To All Members of the Council   4th March 2025' set tight above 'You are
    hereby summoned ... on Tuesday 11th March 2025' dates the letter, not the meeting."""
    lines = paragraph.lines
    cue = next((i for i, ln in enumerate(lines) if MEETING_CUE.search(ln.text) or _SUMMONS.search(ln.text)), 0)
    head, tail = join_lines(ln.text for ln in lines[:cue]), join_lines(ln.text for ln in lines[cue:])
    return tail if cue and find_date(head) and find_date(tail) else paragraph.text


# 'will be held', 'to be held', 'summoned': the sentence announces this meeting.
_SUMMONS = re.compile(r"\b(?:will|is\s+to|shall)\s+be\s+held\b|\bto\s+be\s+held\b|\bsummoned\b|\bsummons\b", re.I)


# 'The meeting will be followed by the Annual Meeting of the Council at 7.45pm' names another.
_ANOTHER_MEETING = re.compile(r"\b(?:followed\s+by|following|preceded\s+by|after)"
                              r"\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\b", re.I)


_T = TypeVar("_T")


def _first(values: Iterable[Optional[_T]]) -> Optional[_T]:
    return next((v for v in values if v is not None), None)


class AgendaHeader(TypedDict):
    """What read_header hands to AgendaDocument."""

    body: Optional[str]
    date: Optional[dt.date]
    start_time: Optional[str]
    venue: Optional[str]
    contact: Contact


def read_header(zone: Sequence[Line], ctx: ExtractContext, tables: Sequence[TableGrid] = (),
                document: Sequence[Line] = ()) -> AgendaHeader:
    """body, date, start_time, venue and contact read from the frontsheet's header lines:
    labelled values first ('Date:', 'Venue:'), then a sentence or title block naming the
    meeting, then the lines around the date. `document`: all the agenda's lines, where the
    date the notice is dated with may be printed (beside the clerk's signature)."""
    labels, leftovers = read_labels(zone)
    texts = _meeting_texts(zone, leftovers)
    notices = _notice_dates([*zone, *document])
    date, time, date_text = _date_and_time(labels, leftovers, ctx, notices)
    named = _fuller(_first(t.body for t in texts
                           if t.body and not GENERIC_BODY.match(t.body) and not FULL_COUNCIL.match(t.body)), zone)
    body = _labelled_body(labels) or named or _body(labels, zone)
    full = _first(t.body for t in texts if t.body and FULL_COUNCIL.match(t.body))
    if full and not named and not (body and re.search(r"\bcouncil\b", body, re.I)):
        body = full  # no letterhead names the council: 'Full Council' it is
    boxed = box_values(tables)
    if boxed:  # a When / Where / Contact box
        texts = [read_meeting_text(boxed.get("date", "") + " " + boxed.get("time", ""))] + texts
    zone_text = "\n".join(ln.text for ln in zone)
    venue = labels["venue"].value if "venue" in labels and labels["venue"].value else boxed.get("venue")
    if "date" in labels and date is not None:
        # 'Date: 5 February 2025' over 'Dear Councillor': the letter's date when the summons under it
        # names a later day for the meeting.
        later = [t.date for t in _summonses(zone) if t.date and t.date > date]
        date = later[0] if later else date
    if "date" not in labels:
        date = _announced_date(zone, texts, date, notices, ctx)
    return {
        "body": body,
        "date": date,
        "start_time": time if "time" in labels else _first([t.start_time for t in texts] + [time]),
        "venue": venue or _first(t.venue for t in texts) or _venue(labels, leftovers, date_text, body),
        "contact": _contact(labels, zone_text + "\n" + "\n".join(boxed.values()), zone, ctx, boxed.get("contact")),
    }


def _announced_date(zone: Sequence[Line], texts: list[MeetingText], date: Optional[dt.date],
                   notices: Sequence[dt.date], ctx: ExtractContext) -> Optional[dt.date]:
    """The meeting's date from what the header says of it. A sentence announcing it on a day without a
    year ('... to be held on Thursday 13 February at 7.30pm') takes the year the notice's own date
    settles, or none: the date above it ('6th February 2025') is then the letter's, not the meeting's."""
    announced = [_from_cue(p) for p in paragraphs(zone)
                 if MEETING_CUE.search(p.text) and not _ANOTHER_MEETING.search(p.text)]
    yearless = [t for t in announced if _yearless(t)]
    if not yearless or any(find_date(t) and _SUMMONS.search(t) for t in announced):
        return _first([t.date for t in texts] + [date])
    settled = _settled_year(yearless, notices)
    if settled is None:
        ctx.warn("unparsed_date", f"date: the meeting's day is printed without its year and no date the notice is "
                 f"dated with settles it: {clean_text(yearless[0])[:120]!r}", zone[0].page if zone else None)
    return settled


def _from_cue(paragraph: Paragraph) -> str:
    """The paragraph from its line announcing the meeting: a letter's date and 'Dear Councillor' set tight
    above 'You are hereby summoned ...' are no part of it."""
    lines = paragraph.lines
    cue = next((i for i, ln in enumerate(lines) if MEETING_CUE.search(ln.text) or _SUMMONS.search(ln.text)), 0)
    return join_lines(ln.text for ln in lines[cue:])


def _yearless(text: str) -> bool:
    """A day and month without a year ('Thursday 13 February'): read in some year of any seven
    (which hold every weekday for the day), but not without one."""
    return find_date(text) is None and any(find_date(text, reference_year=y) for y in range(2001, 2009))


def _settled_year(texts: Sequence[str], notices: Sequence[dt.date]) -> Optional[dt.date]:
    """The day a text prints without its year ('Thursday, 13 February'), in the one year that puts it
    within NOTICE_DAYS after a date the notice is dated with (and on its printed weekday); None when no
    such date settles it, or two do differently."""
    for text in texts:
        if find_date(text):
            continue  # the year is printed: nothing to settle
        found = set()
        for notice in notices:
            for year in (notice.year, notice.year + 1):
                day = find_date(text, reference_year=year)
                if day and day.start and 0 <= (day.start - notice).days <= NOTICE_DAYS:
                    found.add(day.start)
        if found:
            return found.pop() if len(found) == 1 else None
    return None


def _notice_dates(lines: Sequence[Line]) -> list[dt.date]:
    """Days the notice is dated with: a date alone on its line ('4th March 2025'), or after a label
    dating the notice ('Dated: ...', 'Issued: ...', the clerk's 'Date: ...' beside the signature)."""
    out: list[dt.date] = []
    for line in lines:
        text = clean_text(line.text)
        for ref, (start, end) in find_dates(text):
            if (ref.precision == "day" and ref.start and not text[end:].strip(" .,")
                    and NOTICE_DATE_LABEL.search(text[:start])):
                out.append(ref.start)
    return out


def box_values(tables: Sequence[TableGrid]) -> dict[str, str]:
    """A header box ('When | Thursday ... at 10.30am', 'Where | Kingsmead Room ...', 'Contact |
    ...') as field -> text. Some boxes print every value in the first row's cell, one per line:
    the lines are then sorted into date, venue and contact by what they say."""
    found: dict[str, str] = {}
    for table in tables:
        for row in table.rows:
            cells = [c or "" for c in row]
            key = LABELS.get(cells[0].strip().rstrip(":").lower()) if cells else None
            value = " ".join(c for c in cells[1:] if c).strip()
            if key == "venue":  # 'Conference Room, Fire Service Headquarters,' / 'Station Road, Northtown'
                value = _address_lines(value)
            if key and value:
                found.setdefault(key, value)
    if "date" in found and "venue" not in found:
        found.update(_sorted_box_lines(found["date"]))
    return found


def _address_lines(text: str) -> str:
    """A cell's lines as one address: joined by a comma, or a space after a line that ends with one."""
    out = ""
    for line in (ln.strip() for ln in text.splitlines() if ln.strip()):
        out = line if not out else f"{out} {line}" if out.endswith(",") else f"{out}, {line}"
    return out


def _sorted_box_lines(text: str) -> dict[str, str]:
    """Lines of one box cell: the dated line, then the venue lines, then the contact's."""
    out: dict[str, str] = {}
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    dated = next((i for i, ln in enumerate(lines) if find_date(ln)), None)
    if dated is None:
        return out
    out["date"] = lines[dated]
    venue: list[str] = []
    for line in lines[dated + 1 :]:
        if "time" not in out and not venue and _time_only(line):
            out["time"] = line  # '10.00 am' on the line under the date
            continue
        person = looks_like_person(line.split(",")[0]) and not vocab.VENUE_WORD.search(line.split(",")[0])
        if find_email(line) or find_phone(line) or person:
            out.setdefault("contact", line)
            continue
        if "contact" not in out:
            venue.append(line)
    if venue:
        out["venue"] = ", ".join(venue)
    return out


def first_headline(span: DocumentSpan) -> Optional[str]:
    page = span.first_page
    line = headline(page) if page else None
    return line.text if line else None
