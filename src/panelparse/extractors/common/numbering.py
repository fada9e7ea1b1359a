"""Numbered headings ('6a | HMICFRS PEEL ...', '76. Apologies', 'Item 5 Budget') shared by
the agenda and minutes extractors, and the column they are printed in."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ...errors import ParseError
from ...layout import Line, Word
from ...parsing import parse_item_number

# Words that may stand before the number itself ("Item 5", "Minute 23/15").
_LEAD_WORDS = {"item", "minute", "min", "min."}
# Numbers in the same column sit within this many points of each other.
COLUMN_TOLERANCE = 8.0


@dataclass(frozen=True)
class Numbered:
    """A line that starts with an item number."""

    line: Line
    number: str
    title_words: tuple[Word, ...]

    @property
    def title(self) -> str:
        return " ".join(w.text for w in self.title_words)

    @property
    def x0(self) -> float:
        return self.line.x0

    @property
    def title_x0(self) -> float:
        return self.title_words[0].x0

    @property
    def apart(self) -> bool:
        """True when the number stands apart from its title (a tab stop), as headings print."""
        gap = (
            self.title_words[0].x0
            - self.line.words[len(self.line.words) - len(self.title_words) - 1].x1
        )
        return gap > max(6.0, self.line.size * 0.8)


def numbered(line: Line, parent: Optional[str] = None) -> Optional[Numbered]:
    """The line read as 'number title', or None when it does not start with an item number.

    '(a)' and 'b.' count only with a parent number; the title must start like a title
    (capital, digit, quote or bracket), so '10 minutes prior to ...' is not an item.
    """
    words = line.words
    start = 1 if words[0].text.lower() in _LEAD_WORDS and len(words) > 2 else 0
    try:
        number = parse_item_number(words[start].text, parent)
    except ParseError:
        return None
    rest = words[start + 1 :]
    if not rest or not re.match(r"[A-Z0-9\"'‘“(]", rest[0].text):
        return None
    return Numbered(line=line, number=number, title_words=tuple(rest))


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
