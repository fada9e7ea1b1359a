"""Numbered headings ('6a | HMICFRS PEEL ...', '76. Apologies', 'Item 5 Budget') shared by
the agenda and minutes extractors, and the column they are printed in."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Optional, Sequence

from ...errors import ParseError
from ...layout import Line, Word
from ...parsing import parse_item_number, parse_time, parse_time_range
from .vocabulary import INFINITIVE

# Words that may stand before the number itself ("Item 5", "Minute 23/15").
_LEAD_WORDS = {"item", "minute", "min", "min.", "agenda"}
# After a lead word: 'Minute No. 45', 'Item Number 5'.
_NUMBER_WORDS = {"no", "no.", "number", "nos", "nos."}
# Numbers in the same column sit within this many points of each other.
COLUMN_TOLERANCE = 8.0


# A run-in title ("2643. Police Report: Attached.") is at most this many words.
MAX_RUN_IN_TITLE_WORDS = 12
_DASHES = {"-", "–", "—"}


@dataclass(frozen=True)
class Numbered:
    """A line that starts with an item number: its title, and any text run in after the title."""

    line: Line
    number: str
    title_words: tuple[Word, ...]
    rest_words: tuple[Word, ...] = ()
    time: Optional[str] = None  # a time slot printed between number and title ('11.00 - 11.10')

    @property
    def title(self) -> str:
        text = " ".join(w.text for w in self.title_words)
        return re.sub(r"\s*(?::-?|[-–—])\s*$", "", text) or text

    @property
    def rest(self) -> str:
        """Text printed after a run-in title on the heading line ('' when none)."""
        return " ".join(w.text for w in self.rest_words)

    @property
    def x0(self) -> float:
        return self.line.x0

    @property
    def title_x0(self) -> float:
        return self.title_words[0].x0

    @property
    def apart(self) -> bool:
        """True when the number stands apart from its title (a tab stop), as headings print."""
        start = self.title_words[0].x0
        before = [w.x1 for w in self.line.words if w.x1 <= start + 0.01]  # the number's last word
        gap = start - before[-1] if before else 0.0  # '17.Farming': run in, no gap
        return gap > max(6.0, self.line.size * 0.8)


def numbered(line: Line, parent: Optional[str] = None) -> Optional[Numbered]:
    """The line read as 'number title', or None when it does not start with an item number.

    '(a)' and 'b.' count only with a parent number; the title must start like a title
    (capital, digit, quote or bracket), so '10 minutes prior to ...' is not an item.
    """
    words = _run_in_number(line.words)
    start = _lead_words(words)
    slot: Optional[str] = None
    if not start and item_number(words[0].text, parent) is None:
        slot, start = leading_time(words)  # '10.00  1. Welcome and apologies': the slot before the number
        if not start or len(words) <= start + 1:
            return None
    # 'Item 1: Minutes' prints a colon after the number.
    number = item_number(words[start].text.rstrip(":") if start else words[start].text, parent)
    if number is None:
        return None
    rest = words[start + 1 :]
    if len(rest) > 1 and rest[0].text in _DASHES | {":"}:  # 'Minute 12 - Apologies', '1 - Apologies'
        rest = rest[1:]
    time, skip = leading_time(rest)
    time = time or slot
    rest = rest[skip:]
    if not rest or not re.match(r"[A-Z0-9\"'‘“(]", rest[0].text):
        return None
    cut = run_in_split(rest)
    if cut is None:
        return Numbered(line=line, number=number, title_words=tuple(rest), time=time)
    return Numbered(line=line, number=number, title_words=tuple(rest[:cut]), rest_words=tuple(rest[cut:]),
                    time=time)


def _lead_words(words: Sequence[Word]) -> int:
    """How many words stand before the number: 'Item 5', 'Minute 23/15', 'Agenda Item 1', 'Minute No. 45'."""
    if len(words) > 2 and _COMMITTEE_CODE.fullmatch(words[0].text) and _SLASHED.fullmatch(words[1].text):
        return 1  # 'PCP 23/45 Apologies', 'NPA 45/24 ...': a committee's code before its minute number
    lead = 0
    for word in words[:3]:
        text = word.text.lower()
        if text not in _LEAD_WORDS and not (lead and text in _NUMBER_WORDS):
            break
        lead += 1
    return lead if len(words) > lead + 1 else 0


_COMMITTEE_CODE = re.compile(r"[A-Z]{2,5}")
_SLASHED = re.compile(r"\d{1,4}/\d{1,4}")


# '17.Farming in Protected Landscapes': a number run into its title's first word.
_RUN_IN = re.compile(r"([0-9]{1,3}\.)([A-Z][\w'’-]*)")


def _run_in_number(words: Sequence[Word]) -> Sequence[Word]:
    """The words with a number run into the first word split off it (its box shared by letters)."""
    match = _RUN_IN.fullmatch(words[0].text) if words else None
    if match is None:
        return words
    first = words[0]
    cut = first.x0 + (first.x1 - first.x0) * len(match.group(1)) / len(first.text)
    head = replace(first, text=match.group(1), x1=cut)
    tail = replace(first, text=match.group(2), x0=cut)
    return (head, tail, *words[1:])


# A dotted sub-item of a lettered item ('A7.1' under 'A7'): the lettered number, then '.N'.
_LETTERED_DOTTED = re.compile(r"([A-Z]\d{1,3})(\.\d{1,3})\.?")


def item_number(text: str, parent: Optional[str] = None) -> Optional[str]:
    """parse_item_number, or None; also 'A7.1', a lettered number with a dotted sub-item."""
    try:
        return parse_item_number(text, parent)
    except ParseError:
        pass
    match = _LETTERED_DOTTED.fullmatch(text)
    if match is None:
        return None
    try:
        return parse_item_number(match.group(1)) + match.group(2)
    except ParseError:
        return None


def leading_time(words: Sequence[Word]) -> tuple[Optional[str], int]:
    """A time slot opening the words ('11.00 - 11.10', '11.00-11.10', '10.30am'): (HH:MM start,
    words it takes), or (None, 0). Timed agendas print it between the number and the title."""
    for n in (3, 1):
        if len(words) <= n:
            continue
        text = " ".join(w.text for w in words[:n])
        try:
            return parse_time_range(text)[0], n
        except ParseError:
            pass
        if n == 1 and re.match(r"\d", text):
            try:
                return parse_time(text), 1
            except ParseError:
                pass
    return None, 0


def _reads_as_text(words: Sequence[Word]) -> bool:
    """After a colon: running text ('Attached. No Police presence.') or what the meeting will do
    ('Finance: To approve the payments list'), not the rest of a title ('Contract Award: Building
    Cleaning Services')."""
    if not words:
        return False
    text = " ".join(w.text for w in words)
    return (words[0].text[:1].islower() or text.rstrip()[-1:] in ".;!?" or len(words) > 6
            or bool(INFINITIVE.match(text)))


def run_in_split(words: Sequence[Word]) -> Optional[int]:
    """Where a run-in title ends and its text begins: 'Police Report: Attached.',
    '**Apologies** None received', 'Declarations of Interest - to receive any...'.

    Returns the index of the first word after the title, or None when the line is all title.
    A title ending in a colon with nothing after it is all title.
    """
    limit = min(len(words), MAX_RUN_IN_TITLE_WORDS + 1)
    if _opens_with_application(words):
        # '24/01234/FUL – 5 Bryn Road: two storey extension': a planning application's reference, its
        # site and the proposal are one title; its colon and dash part site from proposal, not title from text.
        return _bold_split(words, limit)
    colon = next((i for i in range(limit) if _ends_title(words[i].text)), None)
    if colon is not None and not _title_shaped(words[: colon + 1]):
        colon = None  # 'Jo Carpenter, Participation Officer, introduced the item:' is a sentence
    if colon is not None:
        rest = _same_column(words[colon + 1 :], words[colon])
        # The colon ends the title ('Updates: A466 Road Closures – Cllr X reported ...' is
        # titled 'Updates') unless a bold title runs on into a subtitle and stops there.
        bold_title = words[0].bold and any(not w.bold for w in rest)
        if rest and (bold_title or _reads_as_text(rest)):
            return colon + 1
        # The title runs past its colon to the column's edge; another column holds the text.
        end = colon + 1 + len(rest)
        return end if end < len(words) else None
    plain = _bold_split(words, limit)
    if plain is not None:
        return plain
    for i in range(1, limit):
        if i < len(words) - 1 and words[i].text in _DASHES and words[i + 1].text[:1].islower():
            return i + 1
    return None


def _bold_split(words: Sequence[Word], limit: int) -> Optional[int]:
    """'**Apologies** None received': where a bold title gives way to plain text, or None."""
    if words[0].bold:
        plain = next((i for i in range(1, limit) if not words[i].bold), None)
        if plain is not None and all(w.bold for w in words[:plain]) and not any(w.bold for w in words[plain:]):
            return plain
    return None


# A planning application's reference: three or more parts parted by slashes, with a serial of three or
# more digits and a letter code ('24/01234/FUL', 'DC/24/00123', 'P/2024/0456/HOU', 'HOU/2025/0031');
# a date ('13/02/2025') or a minute number ('23/15', '24/25/012') is none.
_APPLICATION_REFERENCE = re.compile(r"(?=.*\d{3})(?=.*[A-Z])[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,8}){2,4}[,:;.]?")


def application_reference(text: str) -> bool:
    """True when `text` is a planning application's reference ('24/01234/FUL', 'DC/24/00123')."""
    return bool(_APPLICATION_REFERENCE.fullmatch(text))


# What may stand before the reference: 'Application 24/01234/FUL', 'Ref: DC/24/00123'.
_REFERENCE_LEAD = {"application", "app", "app.", "ref", "ref.", "ref:", "reference", "reference:", "planning"}


def _opens_with_application(words: Sequence[Word]) -> bool:
    lead = 1 if words and words[0].text.lower() in _REFERENCE_LEAD else 0
    return len(words) > lead and application_reference(words[lead].text)


def _same_column(words: Sequence[Word], before: Word) -> Sequence[Word]:
    """`words` up to a gap wide enough to start another column ('Contract Award: Building
    Cleaning' then, a column away, 'To consider the tenders received.')."""
    previous = before
    for i, word in enumerate(words):
        if word.x0 - previous.x1 > max(7.0, word.size):
            return words[:i]
        previous = word
    return words


def _title_shaped(words: Sequence[Word]) -> bool:
    """A run-in title is bold, or short, or mostly capitalised, and has no comma."""
    text = " ".join(w.text for w in words)
    if all(w.bold for w in words):
        return True
    capitalised = sum(w.text[:1].isupper() for w in words)
    return "," not in text and (len(words) <= 4 or capitalised * 2 >= len(words))


def _ends_title(text: str) -> bool:
    """'Report:', 'Sub-Committees:-', a colon standing alone; not a time ('10:30')."""
    return text.endswith((":", ":-")) and not re.fullmatch(r"\d{1,2}[:.]\d{2}:?", text)


def number_scheme(number: str) -> str:
    """How a number is written: 'plain' (76), 'dotted' (6.1), 'coded' (18.05.1, 05.24.01),
    'slash' (23/15, 12/23-24), 'lettered' (A1, C.12), 'sub' (6a)."""
    if re.fullmatch(r"\d+", number):
        return "plain"
    if re.fullmatch(r"\d+\.\d+", number):
        return "dotted"
    if re.fullmatch(r"\d+(?:\.\d+){2,}", number):
        return "coded"
    if "/" in number:
        return "slash"
    if re.fullmatch(r"[A-Z]\d+|[A-Z]{1,4}\.\d+", number):
        return "lettered"
    return "sub"


def sequence_key(number: str, position: Optional[int] = None) -> tuple[int, ...]:
    """What rises from one minute to the next: the whole number, or for a coded or slashed one
    the part at `position` (default the last: '18.05.7' -> (7,), so a misprinted '1.05.8'
    still follows it; 'Min 43/24' counts in its first part, see varying_part); a lettered one
    counts its letters first ('A2' -> (1, 2), then 'B1' -> (2, 1))."""
    parts = [int(p) for p in re.findall(r"\d+", number)]
    if not parts:
        return (0,)
    if number_scheme(number) in ("coded", "slash"):
        index = position if position is not None and position < len(parts) else len(parts) - 1
        return (parts[index],)
    if number_scheme(number) == "lettered":  # 'A1, A2, B1': the letters count first (a section)
        letters = re.match(r"[A-Z]+", number)
        rank = 0
        for letter in letters.group(0) if letters else "":
            rank = rank * 27 + ord(letter) - 64
        return (rank, *parts)
    return tuple(parts)


def varying_part(numbers: Iterable[str]) -> Optional[int]:
    """Which part of coded or slashed numbers counts the minutes: the one taking most values
    ('43/24, 44/24, 45/24' -> 0; '23/14, 23/15' -> 1; '18.05.1, 18.05.2' -> 2)."""
    split = [[int(p) for p in re.findall(r"\d+", n)] for n in numbers]
    width = min((len(p) for p in split), default=0)
    if width < 2:
        return None
    return max(range(width), key=lambda k: (len({p[k] for p in split}), k))


def top_level(number: str) -> bool:
    return not re.search(r"[a-z]$", number)


def heading_column(candidates: Iterable[Numbered]) -> Optional[float]:
    """x of the leftmost column holding at least two numbered headings (else the leftmost one)."""
    xs = sorted(c.x0 for c in candidates)
    if not xs:
        return None
    clusters = Counter(round(x / COLUMN_TOLERANCE) for x in xs)
    for x in xs:
        if clusters[round(x / COLUMN_TOLERANCE)] >= 2:
            return x
    return xs[0]


def in_column(x0: float, column: Optional[float]) -> bool:
    return column is not None and abs(x0 - column) <= COLUMN_TOLERANCE


def mostly_bold(lines: Sequence[Line]) -> bool:
    return bool(lines) and sum(ln.bold for ln in lines) * 2 > len(lines)
