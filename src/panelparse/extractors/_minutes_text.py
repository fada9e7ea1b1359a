"""Text helpers the agenda and minutes extractors share: sentences, e-mail and phone
look-ups, locating a phrase's words on the page, and line classification."""

from __future__ import annotations

import re
from typing import Callable, Iterable, Optional, Sequence, TypeVar

from ..layout import Line
from ..layout.query import union_bbox
from ..parsing import normalise

T = TypeVar("T")
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number only counts after a label: bare digit runs are years, amounts and codes.
_PHONE = re.compile(
    r"\b(?:tel(?:ephone)?|phone|direct\s+line|direct\s+dial|mobile|t)\b\.?\s*(?:no\.?|number)?\s*[:.]?\s*"
    r"(?:tel:?\s*)?(?P<number>\+?\(?\d[\d ()-]{6,}\d)",
    re.I,
)
# Words that end with a dot without ending a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr cllr cllrs st no nos prof rev revd e.g i.e etc vs approx para ref fig".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(]?[A-Z0-9])")


def find_email(text: str) -> Optional[str]:
    match = EMAIL.search(text)
    return match.group(0).rstrip(".") if match else None


def find_phone(text: str) -> Optional[str]:
    match = _PHONE.search(normalise(text))
    return " ".join(match.group("number").split()) if match else None


def sentences(text: str) -> list[str]:
    """Split running text into sentences; titles ('Cllr.', 'Mr.') and initials do not end one."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        before = text[start : match.start()].split()
        last = before[-1].rstrip(".").lower() if before else ""
        if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
            continue
        out.append(text[start : match.start()].strip())
        start = match.end()
    tail = text[start:].strip()
    return [s for s in out + ([tail] if tail else []) if s]


def _token(text: str) -> str:
    return re.sub(r"[^\w]", "", normalise(text).lower())


def locate(phrase: str, lines: Sequence[Line]) -> Optional[tuple[int, tuple]]:
    """(page, bbox) of the words spelling `phrase` in `lines`, or of the line holding its
    first word when the phrase wraps; None when it is not found."""
    wanted = [t for t in (_token(w) for w in phrase.split()) if t]
    if not wanted:
        return None
    fallback = None
    for line in lines:
        tokens = [_token(w.text) for w in line.words]
        for i, token in enumerate(tokens):
            if token != wanted[0]:
                continue
            run = tokens[i : i + len(wanted)]
            if run == wanted:
                return line.page, union_bbox(w_box(w) for w in line.words[i : i + len(wanted)])
            fallback = fallback or (line.page, line.bbox)
    return fallback


def line_of(phrase: str, lines: Sequence[Line], last: bool = False) -> Optional[int]:
    """Index of the line where `phrase` starts (its first or, with last=True, final match)."""
    wanted = [t for t in (_token(w) for w in phrase.split()) if t]
    hits = []
    for index, line in enumerate(lines):
        tokens = [_token(w.text) for w in line.words]
        if any(tokens[i : i + len(wanted)] == wanted for i in range(len(tokens))) or (
            wanted and tokens and tokens[-1] == wanted[0]
        ):
            hits.append(index)
    if not hits:
        return None
    return hits[-1] if last else hits[0]


def span_evidence(text: str, lines: Sequence[Line]) -> Optional[tuple[int, tuple]]:
    """(page, bbox) of the lines from where `text` starts to where it ends."""
    words = text.split()
    start = line_of(" ".join(words[:3]), lines)
    if start is None:
        return locate(" ".join(words[:3]), lines)
    end = line_of(" ".join(words[-2:]), lines[start:], last=False)
    chosen = lines[start : start + (end or 0) + 1]
    page = chosen[0].page
    return page, union_bbox(ln.bbox for ln in chosen if ln.page == page)


def w_box(word) -> tuple:
    return (word.x0, word.top, word.x1, word.bottom)


def lines_bbox(lines: Iterable[Line]) -> Optional[tuple[int, tuple]]:
    """(page, bbox) of lines, on the page of the first of them."""
    lines = list(lines)
    if not lines:
        return None
    page = lines[0].page
    return page, union_bbox(ln.bbox for ln in lines if ln.page == page)


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


_SMALL_WORDS = frozenset("and as at by for in of on or the to with".split())


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


def guarded(ctx, what: str, page: Optional[int], read: Callable[[], T], default: T) -> T:
    """read(), or default with a warning when one part of a document defeats the reader:
    the rest of the document is still worth returning."""
    try:
        return read()
    except Exception as exc:  # noqa: BLE001 - odd input must cost one field, not the document
        ctx.warn("extractor_part_failed", f"{what}: {type(exc).__name__}: {exc}", page)
        return default


def clean(text: str) -> str:
    """Whitespace collapsed, typography made plain, stray edge punctuation dropped."""
    return normalise(" ".join(text.split())).strip(" ,;:")
