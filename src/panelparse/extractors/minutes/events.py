"""Timed events (one per sentence that records a time: arrivals, departures, adjournments)
and declarations of interest."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from ...errors import ParseError
from ...layout import Line
from ...layout.query import lines_bbox, span_evidence, strip_bullet
from ...models.documents import Declaration, TimedEvent
from ...models.documents.minutes import EventKind
from ...parsing import (
    clean_text,
    find_dates,
    find_times,
    parse_attendee,
    parse_item_number,
    split_names,
    split_sentences,
)
from ..base import evidence_of
from .items import run_paragraphs
from .settings import INTEREST_INITIALS

_KINDS: tuple[tuple[EventKind, str], ...] = (
    # 'Cllr G Hay (from 7.45pm)' in a list; 'Cllr Price returned at 8.20pm', 'rejoined the meeting'
    ("arrival", r"\b(?:arrived|(?:re-?)?joined|(?:re-?)?entered|returned|came\s+back)\b|\(\s*from\s+\d"),
    ("departure", r"\b(?:left|departed|withdrew|leaves|exited)\b"),
    # 'Standing Orders were suspended at 7.35pm ... and reinstated at 7.50pm' (public participation)
    ("resumption", r"\b(?:resumed|reconvened|recommenced|reinstated|re-instated)\b"),
    (
        "adjournment",
        r"\badjourn\w*\b.*\b(?:for|until|to\s+allow|briefly|break|recess)\b|\b(?:break|recess)\b"
        r"|\bstanding\s+orders\s+(?:were|was)\s+suspended\b|\bsuspended\b",
    ),
    ("start", r"\b(?:commenced|started|began|opened|called\s+to\s+order|convened)\b"),
    ("end", r"\b(?:closed|ended|concluded|finished|terminated|rose|to\s+a\s+close)\b|\badjourned\s+at\b"
            r"|\bclose\s+of\s+(?:the\s+)?meeting\b"),
    ("adjournment", r"\badjourn"),
)
# 'Duration of meeting: 10.00 - 10.50 am' is the meeting's times, not an event.
_NOT_EVENT = re.compile(r"\bduration\b|\bmeeting\s+times?\b", re.I)
_NONE_DECLARED = re.compile(
    r"\bno\s+(?:declarations|interests|disclosures)\b|\bthere\s+were\s+no(?:ne)?\b|^\W*none\W*$|\bnone\s+(?:were\s+)?"
    r"(?:declared|received|made)\b|\bno\s+\w+\s+(?:declarations|interests)\b",
    re.I,
)
_DECLARER = re.compile(
    r"^(?P<who>.+?)\s+(?:(?:both|also|each|all)\s+)?(?:declared|stated|indicated|advised|reported|said|made|has|had|wished|confirmed|noted"
    r"|explained|informed|disclosed|declares)\b",
    re.I,
)
_KIND_OF_INTEREST = (
    r"(?:disclosable\s+)?(?:non[- ]?)?(?:pecuniary|personal|prejudicial|registrable|registerable"
    r"|non-registrable|significant|other\s+regist(?:e)?rable|private|professional)"
)
_INTEREST = re.compile(rf"\b(?P<kind>{_KIND_OF_INTEREST}(?:\s+and\s+\w+)?)\s+interests?\b", re.I)
# A declaration set out in parts, the member first: 'Cllr D Price – item 8 – non-registrable
# interest (neighbour)', 'Cllr Parker, Item 9, pecuniary.'; a part may be the kind alone.
_PART_BREAK = re.compile(r"\s+[-–—]\s+|,\s+")
_KIND_ONLY = re.compile(rf"^(?P<kind>{_KIND_OF_INTEREST})\W*$", re.I)
# A kind of interest printed by its initials: 'DPI', '(ORI)'.
_INITIALS = re.compile(rf"\b(?P<kind>{'|'.join(INTEREST_INITIALS)})\b")
# 'Declarations of interest: Cllr Parker, ...' run in before the declarations.
_DECLARATIONS_LABEL = re.compile(r"^\W*(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+)?interests?\s*[:–-]\s*"
                                 # 'The following interests were declared: Cllr Lee, item 7, ...'
                                 r"|^\W*the\s+following\s+(?:\w+\s+){0,3}?(?:were|was)\s+(?:declared|made|received)\s*:\s*"
                                 r"(?=\S)", re.I)
# 'in item 6', 'in Minute 37', 'in Min 48/24', 'in minute 23.04.06', 'agenda item no. 5'.
# A committee's code may lead the number: 'in item FRA/25/04', 'in minute PC/24/117'.
_ITEM_NUMBER = r"(?:(?-i:[A-Z]{2,5})/)?\d{1,4}(?:[./]\d{1,4}){0,3}[a-z]?"
# ... and several at once: 'in items 7 and 8', 'agenda items 6, 9 & 12'.
_ITEM_REF = re.compile(
    rf"\b(?:agenda\s+)?(?:items?|minutes?|mins?\.?)\s+(?:nos?\.?\s*)?(?P<n>{_ITEM_NUMBER})\b"
    rf"(?P<more>(?:\s*(?:,|and|&)\s*{_ITEM_NUMBER}\b)*)", re.I
)
_THIS_ITEM = re.compile(r"\b(?:this|the\s+(?:next|following))\s+(?:item|minute|matter|application|report)\b", re.I)
# A declaration recorded under the minute it concerns: 'Cllr Lovibond declared a non-pecuniary
# interest in this item ...'.
_DECLARED_HERE = re.compile(r"\b(?:declared|declares|disclosed|discloses)\b.*\binterest", re.I)


def _kind(sentence: str) -> EventKind:
    return next((kind for kind, pattern in _KINDS if re.search(pattern, sentence, re.I)), "other")


def _sentence_evidence(sentence: str, lines: Sequence[Line]):
    where = span_evidence(sentence, lines) or lines_bbox(lines)
    return evidence_of(*where) if where else None


def _other_day(sentence: str, meeting_date: Optional[dt.date]) -> bool:
    """True when the sentence dates something other than the meeting ('next meeting at 10am
    on 9 March'): its time is not an event of this meeting."""
    return any(ref.start != meeting_date for ref, _ in find_dates(sentence))


def read_events(
    runs: Sequence[Sequence[Line]], meeting_date: Optional[dt.date] = None
) -> list[TimedEvent]:
    """One event per sentence that records a time of day on the meeting's own day."""
    events = []
    for para in run_paragraphs(runs):
        for sentence in split_sentences(clean_text(strip_bullet(para.text))):
            times = find_times(sentence)
            if not times or _other_day(sentence, meeting_date) or _NOT_EVENT.search(sentence):
                continue
            clauses = _clauses(sentence, times)
            for n, (clause, time) in enumerate(clauses):
                kind = _kind(clause)
                if kind == "end" and re.search(r"adjourn", clause, re.I) and any(
                        _kind(c) == "resumption" for c, _ in clauses[n + 1:]):
                    kind = "adjournment"  # 'adjourned at 3.11 pm and reconvened at 3.21 pm'
                events.append(
                    TimedEvent(
                        time=time,
                        text=_listed_entry(sentence, time) or sentence,
                        kind=_kind(sentence) if kind == "other" else kind,
                        evidence=_sentence_evidence(sentence, para.lines),
                    )
                )
    return events


# A time noted in brackets after someone in a list ('Cllr Hollick (arrived at 7.01pm)', 'PCSO M Hale (left at
# 7.45pm)'), and what parts the entries of a list.
_NOTED_TIME = re.compile(r"\((?P<note>[^()]*\d[^()]*)\)")
_ENTRY_BREAK = re.compile(r"[,;:)]|\s(?:and|&)\s", re.I)


def _listed_entry(sentence: str, time: str) -> Optional[str]:
    """The list entry a time is noted against ('Cllr Hollick (arrived at 7.01pm)') when the sentence
    is a list of people, not a sentence about one; else None."""
    for match in _NOTED_TIME.finditer(sentence):
        if not any(t == time for t, _ in find_times(match["note"])):
            continue
        before = _ENTRY_BREAK.split(sentence[: match.start()])[-1].strip()
        if before and before[:1].isupper() and len(before.split()) <= 6 and before != sentence[: match.start()].strip():
            return f"{before} ({match['note'].strip()})"
    return None


_CLAUSE_BREAK = re.compile(r",?\s+and\s+|;\s*|,\s+(?=\w+\s+(?:at|from)\b)", re.I)


def _clauses(sentence: str, times: list) -> list[tuple[str, str]]:
    """(clause, time) per event in the sentence: 'The meeting was adjourned at 3.11 pm and
    reconvened at 3.21 pm.' records two; a time range ('from 3.11 to 3.21 pm') or a sentence
    with one time records one."""
    if len(times) < 2:
        return [(sentence, times[0][0])]
    # 'Cllr L Smith (arrived at 7.41pm), ..., PCSO M Hale (left at 7.45pm)': each noted in its own brackets
    noted = [(m.group(0), found[0][0]) for m in _NOTED_TIME.finditer(sentence) if (found := find_times(m["note"]))]
    if len(noted) == len(times):
        return noted
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    timed = [(c, found[0][0]) for c in clauses if (found := find_times(c))]
    kinds = {_kind(c) for c, _ in timed}
    if len(timed) < 2 or len(kinds - {"other"}) < 2:
        return [(sentence, times[0][0])]
    return timed


def with_ends(events: list[TimedEvent]) -> list[TimedEvent]:
    """An adjournment followed by no resumption is the meeting's end."""
    out = list(events)
    for i, event in enumerate(out):
        later = [e for e in out[i + 1 :] if e.kind in ("resumption", "start")]
        if (
            event.kind == "adjournment"
            and not later
            and not re.search(r"\bfor\b|\buntil\b|\bsuspended\b", event.text, re.I)  # not standing orders
        ):
            out[i] = event.model_copy(update={"kind": "end"})
    return out


def _declarations(text: str, lines: Sequence[Line], minute: Optional[str] = None) -> list[Declaration]:
    """The declaration in `text`, one per member it names ('Cllrs Smith and Jones declared
    personal interests in item 6' is two); `minute` is the minute it is recorded under when not
    the declarations minute (so 'in this item' means that one)."""
    who = _DECLARER.match(text)
    parts = _PART_BREAK.split(text)
    declarers = _declarers(who["who"] if who else parts[0], titled_only=who is None)
    item = _ITEM_REF.search(text)
    numbers: list[Optional[str]] = [minute]
    if item:
        numbers = [_item_number(n) for n in [item["n"], *re.findall(_ITEM_NUMBER, item["more"])]]
    interest = _INTEREST.search(text) or next(filter(None, (_KIND_ONLY.match(p) for p in parts[1:])), None)
    kind = interest["kind"].lower() if interest else None
    if kind is None and (initials := _INITIALS.search(text)):
        kind = INTEREST_INITIALS[initials["kind"]]
    where = _sentence_evidence(text, lines)
    return [
        Declaration(name=name, honorific=honorific, item=number, interest=kind, text=text, evidence=where)
        for name, honorific in declarers
        for number in numbers  # one a member and an item
    ]


def _item_number(raw: str) -> str:
    try:
        return parse_item_number(raw.rstrip("."))
    except ParseError:
        return raw


def _declarers(who: str, titled_only: bool = False) -> list[tuple[Optional[str], Optional[str]]]:
    """(name, honorific) of each member in `who`; [(None, None)] when it names nobody.

    Where `who` lists several, only those printed with a title count ('The Chairman, Cllr
    Smith' is Cllr Smith; 'Mr Oakford, Deputy Leader' is Mr Oakford); titled_only: so too for
    one alone (the first part of a set-out declaration)."""
    parts = split_names(who)
    found: list[tuple[Optional[str], Optional[str]]] = []
    for part in parts:
        try:
            person = parse_attendee(part)
        except ParseError:
            continue
        if person.honorific or not (titled_only or len(parts) > 1):
            found.append((person.name, person.honorific))
    return found or [(None, None)]


def _set_out(text: str) -> bool:
    """A declaration printed in parts: a titled member, then the item or the kind of interest."""
    parts = _PART_BREAK.split(text)
    return (len(parts) >= 2 and _declarers(parts[0], titled_only=True)[0][0] is not None
            and bool(_ITEM_REF.search(text) or _INTEREST.search(text) or _INITIALS.search(text)
                     or any(_KIND_ONLY.match(p) for p in parts[1:])))


def _opens_declaration(sentence: str) -> bool:
    """A sentence that names who declares ('Cllr Dewhurst declared a non-pecuniary interest
    ...', 'Councillor Hodivala stated that she had a ... interest')."""
    return bool(_DECLARER.match(sentence)) and bool(_INTEREST.search(sentence) or _DECLARED_HERE.search(sentence)
                                                    or _INITIALS.search(sentence))


def _grouped(body: str) -> list[str]:
    """A paragraph's declarations: each sentence that names a declarer starts one, and the
    sentences after it ('They took no part in the vote.') belong to it."""
    groups: list[str] = []
    sentences = []
    for sentence in split_sentences(body):
        parts = [p.strip(" .") for p in sentence.split(";")]
        # 'Councillor Lee, item 7, personal; Councillor Khan, item 9, pecuniary': one a part
        sentences += parts if len(parts) > 1 and all(_set_out(p) for p in parts) else [sentence]
    for sentence in sentences:
        if _opens_declaration(sentence) or _set_out(sentence) or not groups:
            groups.append(sentence)
        else:
            groups[-1] = f"{groups[-1]} {sentence}"
    return groups


def read_declarations(runs: Sequence[Sequence[Line]]) -> list[Declaration]:
    """Declarations under a 'Declarations of interest' minute; [] when none were made.

    A paragraph that names no declarer and no kind of interest ('Declarations are recorded
    under the minutes to which they relate.') declares nothing."""
    paras = run_paragraphs(runs)
    text = " ".join(p.text for p in paras)
    if not text.strip() or _NONE_DECLARED.search(text):
        return []
    found = []
    for text, lines in _listed(paras):
        body = _DECLARATIONS_LABEL.sub("", clean_text(strip_bullet(text)))
        if re.search(r"\bresolved\b", body, re.I) or text.rstrip().endswith(":"):
            continue  # 'The following interests were declared:' leads the declarations
        for group in _grouped(body):
            if _opens_declaration(group) or _INTEREST.search(group) or _set_out(group):
                found.extend(_declarations(group, lines))
    return found


def _listed(paras) -> list[tuple[str, Sequence[Line]]]:
    """(text, lines) of each paragraph; a lead-in ending with a colon ('The following
    declarations were made:') and the declarations listed one a line under it, printed as one
    paragraph, apart: each line that names a member and their interest opens one."""
    out: list[tuple[str, Sequence[Line]]] = []
    for para in paras:
        lines = list(para.lines)
        lead = next((i for i, ln in enumerate(lines[:-1]) if ln.text.rstrip().endswith(":")), None)
        if lead is None or not any(_set_out(ln.text) or _opens_declaration(ln.text) for ln in lines[lead + 1:]):
            out.append((para.text, para.lines))
            continue
        out.append((" ".join(ln.text for ln in lines[: lead + 1]), lines[: lead + 1]))
        for line in lines[lead + 1:]:
            text = line.text
            if out and not (_set_out(text) or _opens_declaration(text)) and out[-1][0].rstrip()[-1:] != ":":
                out[-1] = (f"{out[-1][0]} {text}", [*out[-1][1], line])  # a declaration wrapped
            else:
                out.append((text, [line]))
    return out


def declarations_under(runs: Sequence[Sequence[Line]], minute: str) -> list[Declaration]:
    """Declarations recorded in the minute they concern rather than under their own heading."""
    found = []
    for para in run_paragraphs(runs):
        body = clean_text(strip_bullet(para.text))
        if not _DECLARED_HERE.search(body):
            continue
        for group in _grouped(body):
            if _opens_declaration(group) and _DECLARED_HERE.search(group):
                found.extend(_declarations(group, para.lines, minute))
    return found


def is_declarations_title(title: str) -> bool:
    return bool(
        re.search(
            r"\b(?:declarations?|disclosures?)\b.*\binterests?\b|\binterests?\b.*\bdeclar",
            title,
            re.I,
        )
    )
