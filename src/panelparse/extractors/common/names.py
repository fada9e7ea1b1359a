"""Lists of people as printed in attendance blocks and memberships: one per line, in
columns, or a wrapped paragraph of comma-separated names. Shared by agenda and minutes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional, Sequence, TypeVar

from ...errors import ParseError
from ...layout import Line
from ...layout.query import lines_bbox, locate_phrase, strip_bullet
from ...models import Evidence
from ...models.values import Attendee
from ...parsing import HONORIFICS, OFFICE_ONLY, normalise, parse_attendee, split_names
from ..base import ExtractContext, evidence_of
from . import vocabulary as vocab
from .features import has_any

T = TypeVar("T")
_MAX_NAME_WORDS = 4
# Capitalised words that make a phrase a title, an office or an organisation, not a name:
# 'Verbal Report', 'Part II', 'Wiltshire Council', 'To Follow', 'Chief Executive'.
NOT_NAME_WORDS = frozenset("""
a an and the of to for in on at by with from as or
report reports update updates verbal follow council councils committee board panel trust
authority service services department office team group forum partnership executive chief
officer director manager head clerk chair chairman chairperson member members meeting
minutes agenda item items page pages part appendix annex policy plan plans strategy budget
review draft final new other any business matters arising apologies declarations interest
interests public questions presentation note notes action actions date dates next time venue
police fire crime county district parish town city borough community national local unit
institute institution society association university college school gazette ltd limited plc
company foundation agency commission ministry government news
""".split())


def looks_like_person(text: str) -> bool:
    """True for 'Cllr Ross Henning', 'Denisa Ahmeti', 'Mr R W Gough (Chairman)'; False for
    'Services.', 'County Hall' or a sentence."""
    try:
        attendee = parse_attendee(text)
    except ParseError:
        return False
    if attendee.honorific:
        return True
    words = attendee.name.split()
    return (
        2 <= len(words) <= _MAX_NAME_WORDS
        and all(w[:1].isupper() for w in words)
        # 'A Armstrong': a lone capital is an initial, not the article.
        and not any(w.lower().strip(".,") in NOT_NAME_WORDS and not (len(w.strip(".")) == 1 and w[:1].isupper())
                    for w in words)
        and not any(len(w) > 1 and w.isupper() and not w.endswith(".") for w in words[1:])
    )


# A line ending in one of these titles carries on onto the next; police ranks written as
# initials ('PC', 'DC') are left out: 'Souldern PC' ends a parish council's name.
_TITLE_WORDS = frozenset(h.lower().rstrip(".") for h in HONORIFICS if " " not in h and not h.isupper())


def _continues(previous: str, text: str) -> bool:
    """True when `text` carries on the entry `previous` ends with rather than starting a new one."""
    if _open_ended(previous):  # '..., Mrs Rosalind Ashgrove and Dr' / 'Lysander Quenby.'
        return True
    if not text[:1].isupper() or has_any(text, r"^(and|&)\b"):
        return True
    head = text.split(",")[0]
    # 'Mr D L Nixon Deputy Parish' / 'Clerk, and ...': a post's last word wrapped onto the next line
    if (len(head.split()) == 1 and vocab.OFFICER_ROLE.fullmatch(head.strip(" .;"))
            and not previous.rstrip().endswith((",", ";", "."))):
        return True
    return not looks_like_person(head)


def _logical_lines(lines: Sequence[Line]) -> list[str]:
    """Line texts, with a line holding one person per column cut into its columns."""
    out = []
    split = [line.segments() for line in lines]
    pairs = [segs for segs in split if len(segs) == 2]
    # A Name | Organisation (or role) list in two columns: most two-column lines have no person
    # in the second column ('Professor Allan Brimicombe      University of East London').
    qualified = len(pairs) >= 3 and sum(not looks_like_person(p[1].text) for p in pairs) * 2 >= len(pairs)
    if qualified:  # a line whose gap to the second column is narrower than most is cut there too
        split = [_at_column(line, segs, [p[1].x0 for p in pairs]) for line, segs in zip(lines, split, strict=True)]
    for line, segments in zip(lines, split, strict=True):
        if qualified and len(segments) == 2 and looks_like_person(segments[0].text) and "(" not in segments[1].text:
            out.append(f"{segments[0].text} ({segments[1].text})")
        elif len(segments) > 1 and all(looks_like_person(s.text) for s in segments):
            out.extend(s.text for s in segments)
        else:
            out.append(line.text)
    return out


def _at_column(line: Line, segments: list[Line], starts: list[float]) -> list[Line]:
    """`segments`, or the line cut where a word starts at the second column's left edge."""
    if len(segments) != 1:
        return segments
    column = sorted(starts)[len(starts) // 2]
    cut = next((i for i, w in enumerate(line.words) if i and abs(w.x0 - column) <= 2.0), None)
    if cut is None or line.words[cut].x0 - line.words[cut - 1].x1 < 0.5 * line.size:
        return segments
    return [Line(line.words[:cut], line.page), Line(line.words[cut:], line.page)]


def join_name_lines(lines: Sequence[Line]) -> str:
    """One text for split_names: wrapped lines joined by a space, new entries by a newline."""
    parts = [normalise(p) for p in _logical_lines(lines)]
    # One name per line: when most lines read as a person, a short capitalised line is a name
    # of its own too ('A Vinecombe' under 'U Orchardson'), not the tail of the one above.
    listed = len(parts) >= 3 and sum(looks_like_person(strip_bullet(p)) for p in parts) >= 0.6 * len(parts)
    text = ""
    for part in parts:
        bare = strip_bullet(part)
        bulleted, part = bare != part, bare  # '• Cllr Barnaby Quenby': a bullet starts an entry
        if not text:
            text = part
        elif bulleted or (listed and _name_shaped(part) and not _open_ended(text)):
            text += "\n" + part
        else:
            text += (" " if _continues(text, part) else "\n") + part
    return text


def _name_shaped(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words)


def _open_ended(previous: str) -> bool:
    """The entry above is cut off: a trailing comma, 'and', a title or an open bracket."""
    prev = previous.rstrip()
    last_word = prev.rsplit(None, 1)[-1].rstrip(".").lower() if prev else ""
    return (prev.endswith((",", "-", "–", "&")) or has_any(prev, r"\band$") or last_word in _TITLE_WORDS
            or prev.count("(") > prev.count(")"))


@dataclass(frozen=True)
class Entry:
    """One person as printed and where."""

    raw: str
    evidence: Optional[Evidence]


def entries(text: str, lines: Sequence[Line]) -> list[Entry]:
    """split_names(text), each located on the page among `lines`."""
    found = []
    block = lines_bbox(lines)
    for raw in split_names(text):
        raw = raw.strip(" .;")
        if not raw:
            continue
        where = locate_phrase(_name_words(raw), lines) or block
        found.append(Entry(raw=raw, evidence=evidence_of(*where) if where else None))
    return found


def _name_words(raw: str) -> str:
    """The part of an entry most likely printed in one run: its text before any bracket/comma."""
    return raw.split("(")[0].split(",")[0].split(" – ")[0].split(" - ")[0]


def people(
    text: str,
    lines: Sequence[Line],
    ctx: ExtractContext,
    field: str,
    build: Callable[[Attendee, Optional[Evidence]], T],
) -> list[T]:
    """Parsed people of a list; entries that are not people become warnings, not records."""
    out = []
    for entry in entries(text, lines):
        office = OFFICE_ONLY.match(entry.raw)
        if office:  # 'the Clerk': the office attended, its holder unnamed
            title = office["office"].strip()
            title = title[:1].upper() + title[1:]
            out.append(build(Attendee(name=title, role=title), entry.evidence))
            continue
        attendee = ctx.parse(
            parse_attendee,
            entry.raw,
            field=field,
            page=entry.evidence.page if entry.evidence else None,
        )
        if attendee is not None:
            out.append(build(attendee, entry.evidence))
    return out


def shared_organisation(found: list[Attendee]) -> list[Attendee]:
    """'A, B, C and D (DCLG)': an organisation printed once after the last name of a list that
    prints none for the others belongs to them all."""
    if len(found) < 2 or not found[-1].organisation or found[-1].role:
        return found
    if any(a.organisation or a.role for a in found[:-1]):
        return found
    return [a.model_copy(update={"organisation": found[-1].organisation}) for a in found[:-1]] + [found[-1]]


def as_attendee(attendee: Attendee, evidence: Optional[Evidence]) -> Attendee:
    return attendee.model_copy(update={"evidence": evidence})
