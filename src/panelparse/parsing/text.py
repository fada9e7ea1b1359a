"""Text clean-up every parser runs first, so PDF typography never decides a parse."""

from __future__ import annotations

import bisect
import re

from ..errors import ParseError

# No printed value is longer than this: a longer input is refused before any pattern runs,
# so every value parser is bounded whatever a hostile cell holds.
MAX_VALUE_CHARS = 300


def check_length(raw: str, expected: str, limit: int = MAX_VALUE_CHARS) -> None:
    """Raise ParseError when raw is too long to be one `expected` value."""
    if len(raw) > limit:
        raise ParseError(raw, expected, f"longer than {limit} characters")

# En, em and horizontal-bar dashes are kept: in scorecards a lone dash is a "flat" trend mark
# and between two dates or times it is a range. Parsers match them with this set.
DASHES = "\u2013\u2014\u2015"

# Hyphen look-alikes that only ever stand for an ASCII minus or hyphen.
_HYPHENS = dict.fromkeys(map(ord, "\u2212\u2010\u2011\u2012\ufe63\uff0d"), "-")
_SPACES = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
    ),
    " ",
)
_QUOTES = {
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
}
_LIGATURES = {
    ord("\ufb00"): "ff",
    ord("\ufb01"): "fi",
    ord("\ufb02"): "fl",
    ord("\ufb03"): "ffi",
    ord("\ufb04"): "ffl",
    ord("\ufb05"): "st",
    ord("\ufb06"): "st",
}
# Soft hyphens and zero-width characters are invisible in the PDF and break regexes.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_TABLE = {**_HYPHENS, **_SPACES, **_QUOTES, **_LIGATURES, **_INVISIBLE}
_ONE_FOR_ONE = {**_HYPHENS, **_SPACES, **_QUOTES}
_SPACE_RUN = re.compile(r" {2,}")


def normalise(text: str) -> str:
    """Return text with PDF typography made plain.

    Unicode spaces become a space, minus/hyphen look-alikes become "-", smart quotes become
    ASCII quotes, ligatures are expanded, runs of spaces collapse to one, and the ends are
    stripped. Tabs and newlines are kept (they separate table cells and lines); en and em
    dashes are kept (see DASHES).
    """
    return _SPACE_RUN.sub(" ", text.translate(_TABLE)).strip()


def normalise_keep_offsets(text: str) -> str:
    """normalise() restricted to one-for-one replacements (spaces, hyphens, quotes).

    The result has the same length as text, so a span found in it indexes the original;
    the find_* functions search this form.
    """
    return text.translate(_ONE_FOR_ONE)


# Words that end with a dot without ending a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr cllr cllrs cyng st no nos prof rev revd e.g i.e etc vs approx para ref fig".split()
)
# A sentence keeps the quote or bracket that closes it ('... the following motion: "... neutral." Cllr Cole ...').
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"')\]”’]*)\s+(?=[\"'(“‘]?[A-Z0-9])")
_SMALL_WORDS = frozenset("and as at by for in of on or the to with".split())


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences; titles ('Cllr.', 'Mr.') and initials do not end one."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        last = _last_word(text, start, match.start()).rstrip(".").lower()
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : match.end("close")].strip())
        start = match.end()
    tail = text[start:].strip()
    return [s for s in out + ([tail] if tail else []) if s]


class TakenSpans:
    """Non-overlapping (start, end) spans already claimed in a text; overlap checks by bisection,
    so the find_* functions stay linear however many matches a text holds."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, span: tuple[int, int]) -> bool:
        """True when span shares a character with a claimed span."""
        index = bisect.bisect_left(self._starts, span[1])  # claimed spans starting before span ends
        return index > 0 and self._ends[index - 1] > span[0]

    def add(self, span: tuple[int, int]) -> None:
        """Claim span (which must not overlap a claimed one)."""
        index = bisect.bisect_left(self._starts, span[0])
        self._starts.insert(index, span[0])
        self._ends.insert(index, span[1])


def _last_word(text: str, start: int, end: int) -> str:
    """The word just before `end` (not before `start`), found by walking back over it only."""
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


def is_caps(text: str) -> bool:
    """True when every letter in text is upper case (and there is at least one)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_word(word: str, first: bool) -> str:
    if any(c.isdigit() for c in word) or len(word.strip(".,;:()")) == 1:
        return word  # postcodes, room letters ('ROOM A', 'SN15 1ER') stay as printed
    lower = word.lower()
    return lower if not first and lower in _SMALL_WORDS else lower[:1].upper() + lower[1:]


def title_case(text: str) -> str:
    """'POLICE AND CRIME PANEL' -> 'Police and Crime Panel'; mixed-case text is left alone."""
    if not is_caps(text):
        return text
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split()))


def clean_text(text: str) -> str:
    """Whitespace collapsed, typography made plain, stray edge punctuation dropped."""
    # 'room 4.10 , London': a space a PDF puts before a comma is not in the text.
    return _SPACE_BEFORE_COMMA.sub(r"\1", normalise(" ".join(text.split()))).strip(" ,;:")


_SPACE_BEFORE_COMMA = re.compile(r" ([,;])(?=\s|$)")
