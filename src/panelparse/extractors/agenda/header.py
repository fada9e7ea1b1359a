"""The agenda frontsheet header: body, date, time, venue and contact officer, printed as
'Label: value' rows, as a two-column block ('Ask for:' beside the venue) or as free lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from ...layout import Line, Word
from ...layout.query import headline
from ...models.values import Contact
from ...parsing import (
    clean_text,
    find_date,
    find_email,
    find_phone,
    find_times,
    parse_date,
    parse_person,
    parse_time,
    title_case,
)
from ...span import DocumentSpan
from ..base import ExtractContext

# Label (lower case, no colon) -> header field.
LABELS = {
    "meeting": "body", "committee": "body", "meeting of": "body", "body": "body", "panel": "body",
    "place": "venue", "venue": "venue", "location": "venue", "where": "venue",
    "meeting venue": "venue",
    "date": "date", "meeting date": "date", "date of meeting": "date", "when": "date",
    "time": "time", "start time": "time", "time of meeting": "time",
    "contact": "contact", "contact officer": "contact", "ask for": "contact",
    "enquiries to": "contact",
    "enquiries": "contact", "officer": "contact", "contact name": "contact", "clerk": "contact",
    "democratic services officer": "contact", "governance officer": "contact",
    "telephone": "phone", "tel": "phone", "phone": "phone", "direct line": "phone",
    "tel no": "phone",
    "email": "email", "e-mail": "email", "e mail": "email",
}  # fmt: skip
_MAX_LABEL_WORDS = 3
# A value continues onto the next line only within this many font sizes of vertical gap.
_CONTINUATION_GAP = 1.0
# Lines that name the document rather than the meeting.
_NOT_BODY = re.compile(
    r"^(agenda|notice of (the )?meeting|public document pack|supplementary|summons)\b", re.I
)
_CONTACT_SENTENCE = re.compile(
    r"\b(?:enquir\w*|queries|contact)\b[^.@]*?\b(?:to|contact)\s+(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3})"
)


@dataclass
class _Label:
    key: str
    words: list[Word] = field(default_factory=list)
    value_x: float = 0.0
    line: Optional[Line] = None

    @property
    def value(self) -> str:
        return clean_text(" ".join(w.text for w in self.words))


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


def _split_line(line: Line) -> tuple[list[Word], list[_Label]]:
    """Words left of the first label, and the labels on the line with their values."""
    left: list[Word] = []
    labels: list[_Label] = []
    i, words = 0, line.words
    while i < len(words):
        found = _label_at(words, i)
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


def _body(labels: dict[str, _Label], zone: Sequence[Line]) -> Optional[str]:
    if "body" in labels and labels["body"].value:
        return labels["body"].value
    candidates = [
        ln
        for ln in zone
        if not _NOT_BODY.match(ln.text)
        and not find_date(ln.text)
        and any(c.isalpha() for c in ln.text)
        and not _split_line(ln)[1]
    ]
    if not candidates:
        return None
    biggest = max(ln.size for ln in candidates)
    if biggest > min(ln.size for ln in zone):
        chosen = next(ln for ln in candidates if ln.size == biggest)
    else:  # one size throughout: the first bold line names the body
        chosen = next((ln for ln in candidates if ln.bold), None)
    return title_case(clean_text(chosen.text)) if chosen else None


def _date_and_time(labels: dict[str, _Label], leftovers, ctx: ExtractContext):
    date = time = None
    date_text = labels["date"].value if "date" in labels else None
    if date_text:
        ref = ctx.parse(parse_date, date_text, field="date", page=labels["date"].line.page)
        date = ref.start if ref and ref.precision == "day" else None
    else:
        date_text = next((text for text, _ in leftovers if find_date(text)), None)
        ref = find_date(date_text) if date_text else None
        date = ref.start if ref else None
    if "time" in labels and labels["time"].value:
        time = ctx.parse(
            parse_time, labels["time"].value, field="start_time", page=labels["time"].line.page
        )
    elif date_text and find_times(date_text):
        time = find_times(date_text)[0][0]
    return date, time, date_text


def _venue(labels, leftovers, date_text: Optional[str], body: Optional[str]) -> Optional[str]:
    if "venue" in labels and labels["venue"].value:
        return labels["venue"].value
    texts = [t for t, _ in leftovers]
    if date_text not in texts:
        return None
    parts = []
    for text in texts[texts.index(date_text) + 1 :]:
        if find_date(text) or find_email(text) or not any(c.isalpha() for c in text):
            continue
        if (
            body
            and clean_text(text).lower() == body.lower()
            or _NOT_BODY.match(text)
            or len(text.split()) > 12
        ):
            break
        parts.append(clean_text(text))
    return ", ".join(parts) or None


def _contact(labels, zone_text: str, ctx: ExtractContext) -> Contact:
    name = None
    raw = labels["contact"].value if "contact" in labels else None
    if not raw:
        match = _CONTACT_SENTENCE.search(zone_text)
        raw = match.group("name") if match else None
    if raw:
        raw = re.split(
            r",|\s(?:on|at|tel|telephone|email|e-mail)\b|\S+@", raw, maxsplit=1, flags=re.I
        )[0]
        person = ctx.parse(parse_person, raw, field="contact.name")
        name = f"{person.name}" if person else None
    email_text = re.sub(r"\s*([.@])\s*", r"\1", labels["email"].value) if "email" in labels else ""
    phone_text = labels["phone"].value if "phone" in labels else ""
    phone = find_phone(f"tel: {phone_text}") if phone_text else None
    return Contact(
        name=name,
        email=find_email(email_text) or find_email(zone_text),
        phone=phone or find_phone(zone_text),
    )


def read_header(zone: Sequence[Line], ctx: ExtractContext) -> dict:
    """body, date, start_time, venue and contact read from the frontsheet's header lines."""
    labels, leftovers = read_labels(zone)
    body = _body(labels, zone)
    date, time, date_text = _date_and_time(labels, leftovers, ctx)
    zone_text = "\n".join(ln.text for ln in zone)
    return {
        "body": body,
        "date": date,
        "start_time": time,
        "venue": _venue(labels, leftovers, date_text, body),
        "contact": _contact(labels, zone_text, ctx),
    }


def first_headline(span: DocumentSpan) -> Optional[str]:
    page = span.first_page
    line = headline(page) if page else None
    return line.text if line else None
