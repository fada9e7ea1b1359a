"""One reading of an officer report — header, sections, tables, recommendations — shared by
the report extractor and by the extractors of kinds that are also reports (plans)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...errors import ParseError
from ...layout.query import join_lines, table_rows
from ...models.documents.report import Letter, Paragraph, Section, Table
from ...models.values import Contact, DateRef
from ...parsing import find_dates, find_phone, is_caps, parse_date, title_case
from ...parsing.contact import EMAIL
from ...span import DocumentSpan
from ..base import ExtractContext
from .body import SectionState, read_body
from .front import AUTHORED_REPORT_TO, ORGANISATION, REPORT_TO, Front, read_front
from .glyphs import legend_from_rows, legend_from_text
from .header import (
    AUTHOR_LABELS,
    DATE_LABELS,
    MEETING_LABELS,
    PRESENTER_LABELS,
    TITLE_LABELS,
    Header,
    author_from_contacts,
    read_header,
)
from .letter import (
    author_contact,
    is_ending,
    letterhead_contact,
    person_name,
    read_contact,
    read_letter,
    signature_section,
)
from .running import running_lines
from .tables import TableBuilder

_RECOMMENDATION_HEADING = re.compile(r"\brecommendations?\b|\brecommendation\(s\)|^(?:it\s+is\s+)?recommended\b", re.I)
# Recommendation sentences in reports without a Recommendations section.
_RECOMMENDING = re.compile(
    r"\b(?:is|are) (?:asked|recommended|requested|invited) to\b"
    r"|\bit is recommended\b|\brecommends? that\b|^recommended\b",
    re.I,
)
# 'Reasons for the recommendations', 'Implications of the recommendation': not the list.
_NOT_RECOMMENDATIONS = re.compile(r"^(?:reasons?|grounds|background|implications?|summary of)\b", re.I)
_RECOMMENDATION_LABEL = re.compile(r"^(?:recommendations?|recommendation\(s\)|recommended)\s*:?$", re.I)
_LETTER = re.compile(r"^(?:[a-zA-Z]|[ivx]{1,4})$")
# A lead-in that stops mid-sentence: the items finish it ('The Panel is recommended to').
_OPEN_ENDED = re.compile(r"\b(?:that|to|and to)$|[-–—]$", re.I)
_SEPARATORS = " ,;:-–—"
# 'Cherwell District Council - March 2026': a title that ends with the date it is for.
_TITLE_DATE = re.compile(r"^(?P<name>.+?)\s*[-–—,]\s*(?P<date>[^-–—,]+)$")
MEETING_DATE_LABELS = ("date of meeting", "meeting date")
# An unnumbered recommendation is a sentence of at least this many words (or ends like one).
MIN_ITEM_WORDS = 4
# Papers a committee keeps for itself name it in their title: 'Audit Committee Action Log',
# 'Cabinet Forward Plan', 'Scrutiny Panel Work Programme'.
_BODY_PAPER = re.compile(
    r"(?P<body>[A-Z][A-Za-z&' ]*?)\s+(?i:action log|actions log|action tracker|actions tracker"
    r"|decision log|forward plan|work programme|work plan)$"
)

# A letterhead naming a body that meets ('Northshire Police and Crime Panel', 'Health and Wellbeing Board'):
# the paper goes to its meeting when nothing else names one.
_MEETING_BODY = re.compile(r"\b(?:panel|board)$", re.I)


@dataclass
class ReportReading:
    """Everything read from a report, as contract models (tables also with row evidence)."""

    header: Header
    title: Optional[str] = None
    meeting: Optional[str] = None
    date: Optional[DateRef] = None
    report_title: Optional[str] = None
    presented_by: Optional[str] = None
    author: Optional[str] = None
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    builders: list[TableBuilder] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    organisation: Optional[str] = None
    item: Optional[str] = None  # agenda item number printed with the title ('Item 9: ...')
    meeting_date: Optional[DateRef] = None
    contact: Optional[Contact] = None
    letter: Optional[Letter] = None

    def header_fields(self) -> dict:
        """The fields every report-like document model shares."""
        return {
            "meeting": self.meeting,
            "date": self.date,
            "report_title": self.report_title,
            "presented_by": self.presented_by,
            "author": self.author,
            "header": dict(self.header.fields),
            "sections": self.sections,
            "tables": self.tables,
            "recommendations": self.recommendations,
        }

    def report_fields(self) -> dict:
        """header_fields and what only the report model holds (letter, contact...)."""
        return {
            **self.header_fields(),
            "organisation": self.organisation,
            "meeting_date": self.meeting_date,
            "contact": self.contact,
            "letter": self.letter,
        }


def read_report(span: DocumentSpan, ctx: ExtractContext, unruled: bool = False) -> ReportReading:
    """Read the span as an officer report; `unruled`: also read tab-stopped tables."""
    header = read_header(span)
    running = running_lines(span.content_pages)
    front = read_front(span, header, _names_date, running)
    body = read_body(span, header, unruled, front.used | running, titled=bool(front.title_lines))
    reading = ReportReading(header=header, title=front.title or body.title, builders=body.tables)
    states = body.sections
    signature = signature_section(states)
    if signature is not None:
        states = states[:-1]
    reading.sections = [_section_model(s) for s in states]
    legend = _legend(span)
    reading.tables = [b.build(legend) for b in body.tables]
    reading.organisation, reading.item = front.organisation, front.item
    reading.letter = read_letter(front, body.sign_off, reading.sections)
    _fill_header(reading, front, span, ctx)
    _fill_people(reading, front, span, signature)
    reading.recommendations = (
        recommendations(reading.sections) or _header_recommendations(header) or _table_recommendations(reading.tables)
    )
    return reading


def _table_recommendations(tables: list[Table]) -> list[str]:
    """A 'Recommendation(s) | That Cabinet ...' row of a boxed summary table."""
    for table in tables:
        for row in [table.header, *table.rows]:
            cells = [c for c in row if c]
            label = cells[0] if cells else ""
            if len(cells) >= 2 and _RECOMMENDATION_LABEL.match(label):
                return [" ".join(cells[1:])]
    return []


def _header_recommendations(header: Header) -> list[str]:
    """A header table's 'Recommendation(s)' row, when the body has no such section."""
    for label, value in header.fields.items():
        if _RECOMMENDATION_LABEL.match(label.strip()) and value:
            return [value]
    return []


def _section_model(state: SectionState) -> Section:
    paragraphs = [
        Paragraph(
            number=p.number,
            text=p.text,
            parent=p.parent,
            bullets=[join_lines(b) for b in p.bullets],
            evidence=p.evidence,
        )
        for p in state.paragraphs
    ]
    return Section(
        number=state.number,
        heading=state.heading,
        paragraphs=paragraphs,
        date=state.date,
        tables=state.tables,
        evidence=state.evidence,
    )


def _legend(span: DocumentSpan) -> dict[str, str]:
    """Glyph meanings from every legend line or legend table the document prints."""
    meanings: dict[str, str] = {}
    for line in span.lines():
        meanings.update(legend_from_text(line.text))
    for grid in span.tables:
        rows = table_rows(grid)
        meanings.update(legend_from_rows(rows) or legend_from_rows(rows[1:]))
    return meanings


def _fill_header(reading: ReportReading, front: Front, span: DocumentSpan, ctx: ExtractContext) -> None:
    header = reading.header
    meeting, date_raw = header.value(MEETING_LABELS), header.value(DATE_LABELS)
    if meeting and not date_raw:
        meeting, date_raw = _split_meeting_date(meeting)
    caption = next((m for c in header.captions if (m := REPORT_TO.match(c.strip()))), None)
    if not meeting and caption:
        meeting = caption.group("meeting").strip()
    if not meeting and front.meeting_line:
        meeting, line_date = _split_meeting_date(front.meeting_line)
        date_raw = date_raw or line_date
    reading.meeting = title_case(meeting) if meeting and is_caps(meeting) else meeting
    date_raw = date_raw or front.date_line
    if date_raw:
        reading.date = ctx.parse(
            parse_date, date_raw, field="date", page=span.start, fallback=lambda r: DateRef(raw=r)
        )
    reading.report_title = header.value(TITLE_LABELS) or reading.title
    if reading.date is None and reading.report_title:
        reading.date = _title_date(reading.report_title)
        named = _TITLE_DATE.match(reading.report_title.strip()) if reading.date else None
        if named and reading.organisation is None and ORGANISATION.search(named.group("name")):
            reading.organisation = named.group("name").strip()  # 'Cherwell District Council - March 2026'
    if reading.meeting is None and reading.report_title:
        owner = _BODY_PAPER.search(reading.report_title.strip())
        reading.meeting = owner.group("body").strip() if owner else None
    authored = AUTHORED_REPORT_TO.match(reading.title.strip()) if reading.title and not reading.meeting else None
    if authored:  # "Clerk's Report to the Parish Council meeting on 12 March 2025" is the title
        reading.meeting, day = _split_meeting_date(authored.group("meeting").strip())
        if day and reading.date is None:
            reading.date = ctx.parse(parse_date, day, field="date", page=span.start, fallback=lambda r: DateRef(raw=r))
    if reading.meeting is None and reading.organisation and _MEETING_BODY.search(reading.organisation.strip()):
        reading.meeting = title_case(reading.organisation) if is_caps(reading.organisation) else reading.organisation
    reading.meeting_date = _meeting_date(reading, ctx, span.start)


def _meeting_date(reading: ReportReading, ctx: ExtractContext, page: int) -> Optional[DateRef]:
    """The meeting's own date: a 'Date of meeting' label; a letter's subject line ('CABINET -
    THURSDAY, 30 JANUARY 2025'), which also names the meeting; else the header's date when
    the header names the meeting."""
    raw = reading.header.value(MEETING_DATE_LABELS)
    if raw:
        return ctx.parse(parse_date, raw, field="meeting_date", page=page, fallback=lambda r: DateRef(raw=r))
    if reading.letter is not None and reading.title:
        name, day = _split_meeting_date(reading.title)
        if day:
            reading.meeting = reading.meeting or (title_case(name) if is_caps(name) else name)
            return ctx.parse(parse_date, day, field="meeting_date", page=page, fallback=lambda r: DateRef(raw=r))
        return None
    date = reading.date
    return date if reading.meeting and date and date.precision == "day" else None


def _fill_people(reading: ReportReading, front: Front, span: DocumentSpan, signature: Optional[str]) -> None:
    """Presenter, author and contact: from the header, the title block, the contact details
    at the end, the signature."""
    header = reading.header
    reading.presented_by = header.value(PRESENTER_LABELS) or front.presented_by
    signed = reading.letter.sender if reading.letter else None
    if signature is not None:
        signed = signed or person_name(signature)
    reading.contact = read_contact(header, reading.sections)
    # 'Contact officer: Nye Juniper, Policy Officer' among the endings names the author too
    # (a letterhead's 'Ask for' names the clerk, not who wrote the paper).
    officer = read_contact(Header(), reading.sections)
    named = header.value(AUTHOR_LABELS)
    reading.author = (
        (_without_contact_details(named) if named else None)
        or author_from_contacts(span.lines(), span.tables)
        or signed
        or (officer.name if officer else None)
    )
    contact = reading.contact
    if contact is not None and contact.name is None and reading.author:
        # 'Report Author | Relevant Director' over the names: the author's are the first details.
        contact.name = person_name(reading.author) or reading.author
    if contact is None and reading.author:
        reading.contact = author_contact(reading.sections, reading.tables, reading.author)
    if reading.contact is None and reading.letter is not None:
        reading.contact = letterhead_contact(front.letterhead, reading.letter.sender)


def _names_date(text: str) -> bool:
    """True when text names a day ('Cabinet – 13 June 2024') or ends with a month."""
    return bool(find_dates(text)) or _title_date(text) is not None


def _title_date(title: str) -> Optional[DateRef]:
    """The day or month a title ends with ('Cherwell District Council - March 2026')."""
    match = _TITLE_DATE.match(title.strip())
    if not match or not any(c.isdigit() for c in match.group("date")):
        return None
    try:
        date = parse_date(match.group("date").strip())
    except ParseError:
        return None
    if date.precision not in ("day", "month") or len(match.group("date").split()) > 4:
        return None
    return date


def _split_meeting_date(value: str) -> tuple[str, Optional[str]]:
    """'Cabinet, 30 January 2025' -> ('Cabinet', '30 January 2025'); 'Cabinet on 12 March 2025'
    -> ('Cabinet', '12 March 2025')."""
    found = find_dates(value)
    if not found:
        return value, None
    _, (start, end) = found[0]
    before = _DATE_LEAD.sub("", value[:start].strip(_SEPARATORS))
    meeting = (before.strip(_SEPARATORS) + " " + value[end:].strip(_SEPARATORS)).strip()
    return meeting or value, value[start:end]


# What leads into the date after a meeting's name: 'Cabinet on 12 March', 'Council meeting held on'.
_DATE_LEAD = re.compile(r"\s+(?:meeting\s+)?(?:(?:to\s+be\s+)?held\s+)?(?:on|of|dated)$", re.I)


def _without_contact_details(value: str) -> str:
    """'Tom Fox, tom.fox@example.gov.uk' -> 'Tom Fox': an author named with how to reach them."""
    text = EMAIL.sub(" ", value)
    phone = find_phone(text, bare=True)
    text = text.replace(phone, " ") if phone else text
    parts = [p.strip() for p in re.split(r"[,;|]", text)]
    kept = [p for p in parts if p and not re.fullmatch(r"(?:tel(?:ephone)?|phone|e-?mail|t|e|m|mobile)?\W*", p, re.I)]
    return ", ".join(kept) or value


def recommendations(sections: list[Section]) -> list[str]:
    """The items of the first Recommendation(s) section that has any; else sentences that
    recommend. An item printed twice counts once; the lead-in ('Cabinet is asked to:') is no
    item, and neither are the endings that follow (background papers, contact officer)."""
    for section in sections:
        heading = section.heading or ""
        if _RECOMMENDATION_HEADING.search(heading) and not _NOT_RECOMMENDATIONS.match(heading):
            items = _items(section.paragraphs) if not is_ending(section) else []
            if items:
                return _once(items)
    found = []
    for section in sections:
        for index, paragraph in enumerate(section.paragraphs):
            if _RECOMMENDING.search(paragraph.text):
                found.extend(
                    _items(section.paragraphs[index : index + 1] + _children(section, index))
                )
    return _once(found)


def _once(items: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for item in items:
        key = " ".join(item.lower().split()).rstrip(".;, ")
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _children(section: Section, index: int) -> list[Paragraph]:
    """Lettered sub-paragraphs printed right after paragraph `index`."""
    children = []
    for paragraph in section.paragraphs[index + 1 :]:
        if not (paragraph.number and _LETTER.match(paragraph.number)):
            break
        children.append(paragraph)
    return children


def _is_lead_in(paragraph: Paragraph) -> bool:
    """'Cabinet is asked to:', 'RECOMMENDED that the Committee:', 'It is recommended that
    Cabinet' — it introduces the items."""
    text = paragraph.text.rstrip()
    return not paragraph.bullets and (text.endswith(":") or bool(_OPEN_ENDED.search(text)))


def _items(paragraphs: list[Paragraph]) -> list[str]:
    """The items after a lead-in ('Cabinet is asked to: a) NOTE ... b) AGREE ...'), else
    lettered items, else bullets, else the paragraphs themselves."""
    lead = next((i for i, p in enumerate(paragraphs) if _is_lead_in(p)), None)
    if lead is not None and lead + 1 < len(paragraphs):
        return [p.text for p in paragraphs[lead + 1 :] if p.text]
    lettered = [p.text for p in paragraphs if p.number and _LETTER.match(p.number) and p.text]
    if lettered:
        return lettered
    bullets = [b for p in paragraphs for b in p.bullets]
    if bullets:
        return bullets
    # Plain paragraphs: the sentences, not a signature under them ('Town Clerk', 'May 2024').
    return [p.text for p in paragraphs if p.text and (p.number or _reads_as_sentence(p.text))]


def _reads_as_sentence(text: str) -> bool:
    return len(text.split()) >= MIN_ITEM_WORDS or text.rstrip().endswith((".", ";", ":", "!", "?"))
