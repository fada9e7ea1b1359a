"""Page furniture every council pack shares: 'Page N' stamps and blank separator pages."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from .text import is_blank_text  # noqa: F401  (re-exported: furniture is where callers look)
from .types import Word

# Stamps sit in the outer bands of the page; body text that says "Page 3" elsewhere is not one.
STAMP_BAND = 0.12
_PAGE_WORD = re.compile(r"^page(\d{1,4})?$", re.I)
_NUMBER = re.compile(r"^\d{1,4}$")
# A page number dressed in punctuation: '-1-', '– 1 –', '!1' (a glyph the font maps to '!').
_DRESSED_NUMBER = re.compile(r"^[-–—!|(\[]{0,2}(\d{1,4})[-–—|)\]]{0,2}$")
_PUNCTUATION = re.compile(r"^[-–—!|()\[\].]+$")


def _in_band(word: Word, page_height: float) -> bool:
    return word.top > page_height * (1 - STAMP_BAND) or word.bottom < page_height * STAMP_BAND


def _number_after(label: Word, words: list[Word]) -> Optional[Word]:
    # The stamp is often drawn over body text on the same baseline, so look for the nearest
    # number in the same font size just right of "Page", not for a clean "Page N" line.
    candidates = [
        w
        for w in words
        if _NUMBER.match(w.text)
        and abs(w.top - label.top) < 2.0
        and abs(w.size - label.size) < 0.6
        and -0.2 * label.size <= w.x0 - label.x1 < 3 * max(label.size, 1.0)  # kerned tight: may touch
    ]
    return min(candidates, key=lambda w: w.x0, default=None)


# A footer's text, then the page number tabbed to the margin ('Minutes – 3 March 2025 ........ 2'): the
# number is the line's last word, this many times its size from the next word, and the
# line sits apart below everything else in the band (a table's last row, 'Total    245', does not).
FOOTER_TAB = 3.0
FOOTER_APART = 1.5
# ... in the page's foot, below where body text ends (a contents row 'Acknowledgements ...... 31' near
# a slide's foot is not one).
FOOTER_BAND = 0.06
FOOTER_MAX_NUMBER = 999


def _lone_number(words: list[Word], page_height: float) -> Optional[Word]:
    """A page number alone on its line in the bottom band ('3', '- 3 -', '!3'), or tabbed away
    from the footer's text to the line's end."""
    for word in words:
        if not (_DRESSED_NUMBER.match(word.text) and word.top > page_height * (1 - STAMP_BAND)):
            continue
        company = [o for o in words if o is not word and abs(o.top - word.top) < 2.0]
        if all(_PUNCTUATION.match(o.text) for o in company) or _tabbed_footer(word, company, words, page_height):
            return word
    return None


def _tabbed_footer(word: Word, company: list[Word], words: list[Word], page_height: float) -> bool:
    match = _DRESSED_NUMBER.match(word.text)
    if match is None or int(match.group(1)) > FOOTER_MAX_NUMBER or not company \
            or word.top < page_height * (1 - FOOTER_BAND):
        return False
    size = max(word.size, 1.0)
    if not all(o.x1 <= word.x0 for o in company):  # the number ends the line (a numbered item starts one)
        return False
    gap = word.x0 - max(o.x1 for o in company)
    line = [word, *company]
    above = [o for o in words if o not in line and o.bottom <= word.top + 1.0]
    below = [o for o in words if o not in line and o.top > word.top + 1.0]
    apart = not above or word.top - max(o.bottom for o in above) >= FOOTER_APART * size
    return gap >= FOOTER_TAB * size and apart and not below and any(re.search(r"[A-Za-z]{2}", o.text) for o in company)


def _split_page_word_joined(band: list[Word]) -> list[Word]:
    """'P' + 'age' made 'Page': a stamp whose first letter is set apart from the rest, touching it
    (a run of its own in Word, a hair higher or lower)."""
    firsts = [w for w in band if len(w.text) == 1 and w.text.isalpha()]
    if not firsts:
        return band
    out = list(band)
    for first in firsts:
        rest = next((w for w in out if w is not first and abs(w.top - first.top) < 2.0
                     and abs(w.x0 - first.x1) < 0.5 * w.size and _PAGE_WORD.match(first.text + w.text)), None)
        if rest is not None and first in out:
            out.remove(first)
            out[out.index(rest)] = Word(first.text + rest.text, first.x0, min(first.top, rest.top), rest.x1,
                                        max(first.bottom, rest.bottom), rest.size, rest.bold)
    return out


def _spelled_out(band: list[Word]) -> list[Word]:
    """Letter-spaced words joined: 'P a g e | 1' (a browser print's header) has the word 'Page'."""
    band = _split_page_word_joined(band)
    out: list[Word] = []
    run: list[Word] = []

    def flush() -> None:
        if len(run) >= 3:
            out.append(Word("".join(w.text for w in run), run[0].x0, run[0].top, run[-1].x1, run[-1].bottom,
                            run[0].size, run[0].bold))
        else:
            out.extend(run)
        run.clear()

    for word in sorted(band, key=lambda w: (round(w.top), w.x0)):
        joins = run and len(word.text) == 1 and word.text.isalpha() and abs(word.top - run[-1].top) < 2.0 \
            and word.x0 - run[-1].x1 < word.size
        if joins or (not run and len(word.text) == 1 and word.text.isalpha()):
            run.append(word)
            continue
        flush()
        out.append(word)
    flush()
    return out


def _page_stamps(band: list[Word]) -> list[tuple[int, set[Word], bool]]:
    """Every 'Page N' / 'Page N of M' in the bands: (number, its words, whether it has 'of M')."""
    stamps = []
    for word in band:
        match = _PAGE_WORD.match(word.text)
        if match and match.group(1):
            stamps.append((int(match.group(1)), {word}, False))
        elif match:
            number = _number_after(word, band)
            if number is not None:
                total = _of_total(number, band)
                stamps.append((int(number.text), {word, number} | total, bool(total)))
    return stamps


def _stamp_total(stamp_words: set[Word]) -> Optional[int]:
    """M of a 'Page N of M' stamp's words (None for a 'Page N')."""
    numbers = sorted((w for w in stamp_words if _NUMBER.match(w.text)), key=lambda w: w.x0)
    return int(numbers[-1].text) if len(numbers) >= 2 else None


def find_printed_total(words: Iterable[Word], page_height: float) -> Optional[int]:
    """M of a 'Page N of M' stamp in the top or bottom band: how long the document is. Where a
    pack's 'Page 27 of 60' sits beside a document's own 'Page 2 of 3', the pack's (the larger
    count) is the one its page numbers belong to (see find_printed_page)."""
    band = [w for w in words if _in_band(w, page_height)]
    totals = [t for _, stamp_words, has_total in _page_stamps(band)
              if has_total and (t := _stamp_total(stamp_words)) is not None]
    return max(totals) if totals else None


def find_printed_page(words: Iterable[Word], page_height: float) -> tuple[Optional[int], set[Word]]:
    """Return the printed page number and the words of its stamp.

    "Page N" (or "Page N of M") in the top or bottom band wins; a number standing alone
    in the bottom band is accepted when no such stamp is there. Where a document's own
    "Page 3 of 5" footer sits beside the pack's "Page 27" stamp, the pack stamp wins: it is
    the numbering agenda references cite.
    """
    band = [w for w in words if _in_band(w, page_height)]
    joined = _spelled_out(band)
    stamps = _page_stamps(joined)
    if stamps:
        # A stamp without "of M" first; of 'Page N of M' stamps, the largest M: a pack's count
        # over a document's own 'Page 2 of 3' footer.
        number, _, _ = min(stamps, key=lambda s: (s[2], -(_stamp_total(s[1]) or 0)))
        used = set().union(*(s[1] for s in stamps))
        if all(s[2] for s in stamps):
            # Only the document's own 'Page 1 of 2': the pack's number standing alone beside or
            # below it (the numbering agenda references cite) wins.
            lone = _lone_number([w for w in band if w not in used], page_height)
            level = min(w.top for w in used)
            if lone is not None and lone.top >= level - 2.0:
                company = {o for o in band if abs(o.top - lone.top) < 2.0}
                dressed = _DRESSED_NUMBER.match(lone.text)
                if dressed is not None:
                    return int(dressed.group(1)), company | (used & set(band))
        # The letters of a spelled-out 'P a g e' are stamp words too; none of them is body text.
        originals = {w for w in band if any(u.x0 <= w.x0 and w.x1 <= u.x1 and abs(u.top - w.top) < 2 for u in used)}
        return number, (used & set(band)) | originals
    lone = _lone_number(band, page_height)
    if lone is None:
        return None, set()
    company = {o for o in band if abs(o.top - lone.top) < 2.0}
    dressed = _DRESSED_NUMBER.match(lone.text)
    assert dressed is not None  # _lone_number only returns a word that matches
    return int(dressed.group(1)), company


def _of_total(number: Word, band: list[Word]) -> set[Word]:
    after = sorted(
        (w for w in band if abs(w.top - number.top) < 2.0 and -0.2 * number.size <= w.x0 - number.x1 < 3 * number.size),
        key=lambda w: w.x0,
    )
    if len(after) >= 2 and after[0].text.lower() == "of" and _NUMBER.match(after[1].text):
        return {after[0], after[1]}
    return set()


# A protective marking, printed alone at the top or foot of every page of police, fire and
# central-government papers (the Government Security Classifications and the older markings,
# with a handling caveat after them): page furniture, never a title or a paragraph.
PROTECTIVE_MARKING = re.compile(
    r"^(?:official(?:\s*[-–—:]?\s*sensitive)?|not\s+protectively\s+marked|unclassified|restricted|protect"
    r"|(?:top\s+)?secret|npm)(?:\s*[-–—:]\s*[a-z][a-z ]{0,30}|\s*[(\[][a-z][a-z ]{0,30}[)\]])?$",
    re.I,
)


def find_markings(words: Iterable[Word], page_height: float) -> set[Word]:
    """The words of each line in the top or bottom band that is a protective marking alone."""
    band = sorted((w for w in words if _in_band(w, page_height)), key=lambda w: (w.top, w.x0))
    found: set[Word] = set()
    line: list[Word] = []
    for word in [*band, None]:
        if word is not None and line and abs(word.top - line[0].top) < 2.0:
            line.append(word)
            continue
        if line and PROTECTIVE_MARKING.match(" ".join(w.text for w in line)):
            found.update(line)
        line = [word] if word is not None else []
    return found
