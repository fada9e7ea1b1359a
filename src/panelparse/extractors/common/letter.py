"""The parts of a paper that make it a letter — salutation, close, signatory, the papers it
encloses — and who to contact about a paper: the letterhead's 'Please ask for', a 'Contact
officer' line among the endings, or a councillor's signature under a written report."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout.query import join_lines
from ...layout.types import Line
from ...models import PageRange
from ...models.documents.report import Enclosure, Letter, Section, Table
from ...models.values import Contact
from ...parsing import HONORIFICS, find_email, find_page_ranges, find_phone, parse_person
from ..base import evidence_of
from .body import SectionState
from .front import Front
from .header import CONTACT_NAME_LABELS, ENDING_LABELS, Header, label_key

PHONE_LABELS = ("direct dial", "direct dial/ext", "direct line", "tel", "telephone", "phone")
EMAIL_LABELS = ("e-mail", "email")
# 'Nye Juniper, Policy Officer. Tel: ...': the name ends at a comma, a full stop or a label.
_NAME_END = re.compile(r",|\.\s|\s(?:tel|telephone|email|e-mail|phone)\b|\S+@", re.I)
_CONTACT_HEADINGS = re.compile(
    r"^(?:contact officers?|contact details|contact|contacts|report authors?|lead officers?|contact information)$",
    re.I,
)


def person_name(text: str) -> Optional[str]:
    """The name a line starts with, honorific dropped ('Cllr David Rogers' -> 'David Rogers')."""
    raw = _NAME_END.split(text.strip(), maxsplit=1)[0].strip()
    if not raw or len(raw.split()) > 6:
        return None
    try:
        return parse_person(raw).name or None
    except ParseError:
        return None


def starts_with_honorific(text: str) -> bool:
    lowered = text.lower()
    return any(lowered.startswith(h.lower() + " ") for h in HONORIFICS)


def signature_section(sections: Sequence[SectionState]) -> Optional[str]:
    """The first line of a trailing heading with nothing under it that names a councillor
    ('Cllr David Rogers' over 'Cherwell District Council'): the signature of a written
    report, not a section."""
    if not sections:
        return None
    last = sections[-1]
    if last.paragraphs or last.tables or not last.heading_lines:
        return None
    first = last.heading_lines[0].text.strip()
    return first if starts_with_honorific(first) else None


def read_letter(front: Front, sign_off: Sequence[Line], sections: list[Section]) -> Optional[Letter]:
    """The letter parts, when the paper opens 'Dear ...' or closes 'Yours sincerely'; the
    sections listing enclosed papers are taken out of `sections`."""
    if front.salutation is None and not sign_off:
        return None
    close, signature = (sign_off[0].text.strip().rstrip(","), sign_off[1:]) if sign_off else (None, [])
    return Letter(
        addressee=front.addressee,
        salutation=front.salutation.text.strip().rstrip(",") if front.salutation else None,
        close=close,
        sender=person_name(signature[0].text) if signature else None,
        sender_role=join_lines(ln.text for ln in signature[1:]) or None,
        enclosures=_enclosures(sections),
        evidence=evidence_of(front.salutation.page, front.salutation.bbox) if front.salutation else None,
    )


def _enclosures(sections: list[Section]) -> list[Enclosure]:
    """Numbered lines citing pack pages ('7  24/00109 - Transfer ... (Pages 1 - 20)') are the
    papers enclosed; a bare column heading above them ('Agenda Item No') goes with them."""
    found: list[Enclosure] = []
    keep: list[Section] = []
    for section in sections:
        text = section.heading or ""
        pages = find_page_ranges(text)
        if section.number and pages and not section.paragraphs:
            start, end, (a, b) = pages[-1]
            title = (text[:a] + text[b:]).strip(" -–—,")
            found.append(Enclosure(item=section.number, title=title,
                                   pack_pages=PageRange(start=start, end=end), evidence=section.evidence))
        else:
            keep.append(section)
    if found:
        keep = [s for s in keep if s.paragraphs or s.tables or s.number]
        sections[:] = keep
    return found


def read_contact(header: Header, sections: Sequence[Section]) -> Optional[Contact]:
    """The letterhead's 'Ask for' / e-mail / direct line, else a contact officer's line."""
    name = _header_value(header, CONTACT_NAME_LABELS)
    email = _header_value(header, EMAIL_LABELS)
    phone = _header_value(header, PHONE_LABELS)
    if name:  # 'Contact officer: Jane Smith, Head of Finance, 01234 567890, jane.smith@...' on one line
        return Contact(
            name=person_name(name),
            email=find_email(email or name),
            phone=find_phone(f"tel {phone}") if phone else find_phone(name, bare=True),
        )
    for section in sections:
        if section.heading and _CONTACT_HEADINGS.match(section.heading) and section.paragraphs:
            text = " ".join(p.text for p in section.paragraphs)
            # the section gives contact details: a number needs no 'Tel' label ('..., Manager, 01632 960444, ...')
            return Contact(name=person_name(text), email=find_email(text), phone=find_phone(text, bare=True))
    return None


def author_contact(sections: Sequence[Section], tables: Sequence[Table], author: str) -> Optional[Contact]:
    """The author's e-mail from the contact details at the end ('13. Contact details' over a
    table of names, roles, numbers and addresses): the first address after the author's name."""
    name = person_name(author) or author
    for section in sections:
        if not (section.heading and _CONTACT_HEADINGS.match(section.heading)):
            continue
        cells = [c for i in section.tables if i < len(tables) for row in tables[i].rows for c in row]
        text = " ".join([p.text for p in section.paragraphs] + cells)
        at = text.find(name)
        if at >= 0:
            return Contact(name=name, email=find_email(text[at:]), phone=find_phone(text[at:]))
    return None


def letterhead_contact(letterhead: Sequence[str], sender: Optional[str]) -> Optional[Contact]:
    """The e-mail and telephone a letterhead prints ('Clerk: Mrs P Jones  Tel: ...  clerk@...'),
    with the signatory as the name."""
    text = "\n".join(letterhead)
    email, phone = find_email(text), find_phone(text)
    return Contact(name=sender, email=email, phone=phone) if email or phone else None


def _header_value(header: Header, labels: Sequence[str]) -> Optional[str]:
    for label, value in header.fields.items():
        if label_key(label) in labels and value:
            return value
    return None


def is_ending(section: Section) -> bool:
    """Background papers, appendices, contact officer: the endings of a report."""
    return bool(section.heading and ENDING_LABELS.match(section.heading))
