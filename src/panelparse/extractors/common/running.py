"""Running heads and feet a document prints on every page ('UNCLASSIFIED', 'OFFICIAL',
the report's short title, 'Page 3 of 9'), so that the body reader can step over them: they
are neither paragraphs nor a break in a table that runs on to the next page."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from ...layout.types import Line, PageLayout

# Running lines sit in these outer shares of the page height.
BAND_SHARE = 0.1
# A line is running when its text recurs in the bands of at least this share of the pages.
RECUR_SHARE = 0.5
_DIGITS = re.compile(r"\d+")


def _key(line: Line) -> str:
    """The line's text with its numbers masked ('Page 3 of 9' and 'Page 4 of 9' agree)."""
    return _DIGITS.sub("#", " ".join(line.text.lower().split()))


def _in_band(line: Line, page: PageLayout) -> bool:
    return line.bottom < page.height * BAND_SHARE or line.top > page.height * (1 - BAND_SHARE)


def running_lines(pages: Sequence[PageLayout]) -> set[int]:
    """ids of the band lines whose text recurs on most pages (two pages at least)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(ln) for ln in page.lines if _in_band(ln, page)})
    needed = max(2, int(RECUR_SHARE * len(pages) + 0.5))
    recurring = {key for key, n in seen.items() if n >= needed}
    return {
        id(ln)
        for page in pages
        for ln in page.lines
        if _in_band(ln, page) and _key(ln) in recurring
    }
