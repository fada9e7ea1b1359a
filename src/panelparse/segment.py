"""Split a pack into documents using what council packs carry.

Cues, strongest first: the agenda's "(Pages 11 - 18)" references matched against printed
page stamps; a printed-page sequence that restarts; a blank separator page followed by
content; a report header block at the top of a page; a switch between portrait and
landscape runs. Blank separators always stay with the document before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from .errors import ParseError
from .layout import PageLayout
from .parsing.pages import find_page_ranges, parse_item_number
from .span import DocumentSpan

_ITEM_START = re.compile(r"^(?:item\s+)?(\d{1,3}(?:\.|[a-z]\.?|\s*\([a-z]\))?|\([a-z]\))(?=\s|$)", re.I)
_START_HEADINGS = re.compile(
    r"^(agenda|minutes\b|minutes of|report title|report of|report to|from\s*:|to\s*:|subject\s*:"
    r"|meeting\b|dear member)",
    re.I,
)
_AGENDA_ITEM_STAMP = re.compile(r"^agenda item\s+(\d{1,3}[a-z]?)\b", re.I)
# ModernGov prints "Agenda Item 7" in the top band of the first page of an item's papers.
STAMP_TOP_SHARE = 0.12


def item_stamp(page: PageLayout) -> Optional[str]:
    """The agenda item number stamped at the top of the page ('Agenda Item 7'), or None."""
    for line in page.lines[:4]:
        if line.bottom > page.height * STAMP_TOP_SHARE:
            break
        for segment in line.segments():
            match = _AGENDA_ITEM_STAMP.match(segment.text.strip())
            if match and len(segment.text.split()) <= 4:
                return match.group(1).lower()
    return None


@dataclass(frozen=True)
class ItemReference:
    """An agenda item that names printed pack pages."""

    number: str
    start: int
    end: int
    page: int


def smooth_printed_pages(pages: Sequence[PageLayout]) -> list[Optional[int]]:
    """Printed page numbers with gaps filled where both neighbours agree.

    Unstamped blank separators between 'Page 10' and 'Page 12' become 11; a stray number
    that breaks an otherwise consecutive run is replaced. Pages before the first stamp
    stay None (an unstamped frontsheet).
    """
    printed = [p.printed_page for p in pages]
    for i in range(1, len(printed) - 1):
        before, after = printed[i - 1], printed[i + 1]
        if before is not None and after is not None and after - before == 2 and printed[i] != before + 1:
            printed[i] = before + 1
    return printed


def _item_number_near(lines, index: int, parent: Optional[str]) -> Optional[str]:
    # A reference sits on the item's heading line or on a continuation line below it.
    for j in range(index, max(index - 4, -1), -1):
        match = _ITEM_START.match(lines[j].text.strip())
        if match:
            try:
                return parse_item_number(match.group(1), parent)
            except ParseError:
                return None
    return None


def _parents(lines) -> list[Optional[str]]:
    # The top-level item number in force at each line, so "(a)" can become "6a".
    parents: list[Optional[str]] = []
    current: Optional[str] = None
    for line in lines:
        head = _ITEM_START.match(line.text.strip())
        if head and head.group(1)[0].isdigit():
            current = re.match(r"\d+", head.group(1)).group(0)
        parents.append(current)
    return parents


def _line_references(page: PageLayout, number: Optional[int]) -> list[ItemReference]:
    lines = list(page.lines)
    parents = _parents(lines)
    # A reference may wrap: "(Pages" at the end of one line, "461 - 610)" on the next.
    text, line_of = "", []
    for i, line in enumerate(lines):
        text += line.text + " "
        line_of.extend([i] * (len(line.text) + 1))
    refs = []
    for start, end, (pos, _) in find_page_ranges(text):
        if number is not None and start <= number:
            continue
        i = line_of[pos]
        item = _item_number_near(lines, i, parents[i])
        if item:
            refs.append(ItemReference(item, start, end, page.number))
    return refs


def _table_references(page: PageLayout, number: Optional[int]) -> list[ItemReference]:
    # Agendas printed as a ruled table: the item number in the first cell of the row.
    refs = []
    for table in page.tables:
        parent: Optional[str] = None
        for row in table.rows:
            cells = [c or "" for c in row]
            try:
                item = parse_item_number(cells[0].strip(), parent)
            except ParseError:
                continue
            parent = re.match(r"\d+", item).group(0)
            for start, end, _ in find_page_ranges(" ".join(cells[1:])):
                if number is None or start > number:
                    refs.append(ItemReference(item, start, end, page.number))
    return refs


def find_item_references(pages: Sequence[PageLayout], printed: Sequence[Optional[int]]) -> list[ItemReference]:
    """Agenda items that cite pack pages, read from pages printed before what they cite."""
    refs: list[ItemReference] = []
    for page, number in zip(pages, printed, strict=True):
        refs += _line_references(page, number) + _table_references(page, number)
    return refs


def _physical_for(printed: Sequence[Optional[int]], wanted: int) -> Optional[int]:
    for index, number in enumerate(printed):
        if number == wanted:
            return index + 1
    return None


def _starts_like_document(page: PageLayout) -> bool:
    top_lines = [ln for ln in page.lines[:6] if ln.top < page.height * 0.35]
    return any(_START_HEADINGS.match(ln.text.strip()) or _AGENDA_ITEM_STAMP.match(ln.text.strip()) for ln in top_lines)


def _page_cues(i: int, pages: Sequence[PageLayout], printed: Sequence[Optional[int]],
               stamps: Sequence[Optional[str]]) -> list[str]:
    """Why page i (0-based) might start a document, judged against the page before it."""
    prev, page = pages[i - 1], pages[i]
    cues = []
    # A stamp repeated as a running header on every page starts nothing.
    if stamps[i] and stamps[i] != stamps[i - 1]:
        cues.append(f"item_stamp:{stamps[i]}")
    if printed[i] is not None and printed[i - 1] is not None and printed[i] <= printed[i - 1]:
        cues.append("printed_restart")
    if prev.is_blank:
        cues.append("after_blank")
    if prev.landscape != page.landscape and not prev.is_blank:
        cues.append("orientation_change")
    if printed[i] is None and printed[i - 1] is not None:
        cues.append("stamp_stops")
    return cues


def _boundary_cues(pages: Sequence[PageLayout], printed: Sequence[Optional[int]], refs) -> dict[int, list[str]]:
    cues: dict[int, list[str]] = {1: ["first_page"]}

    def add(page_number: int, cue: str) -> None:
        if 1 <= page_number <= len(pages):
            cues.setdefault(page_number, []).append(cue)

    for ref in refs:
        start = _physical_for(printed, ref.start)
        end = _physical_for(printed, ref.end)
        if start:
            add(start, f"agenda_pages:{ref.number}")
        if end and end < len(pages) and not pages[end].is_blank:
            add(end + 1, "after_agenda_range")
    stamps = [item_stamp(p) for p in pages]
    for i in range(1, len(pages)):
        if not pages[i].is_blank:
            for cue in _page_cues(i, pages, printed, stamps):
                add(pages[i].number, cue)
    return cues


def _confirmed(cues: list[str], page: PageLayout) -> bool:
    strong = {"first_page", "printed_restart", "after_blank", "after_agenda_range"}
    if any(c in strong or c.startswith(("agenda_pages:", "item_stamp:")) for c in cues):
        return True
    # Weak cues only count when the page itself looks like the top of a document.
    return _starts_like_document(page)


def _agenda_item_for(span_printed: Sequence[Optional[int]], refs: Sequence[ItemReference]) -> Optional[str]:
    first = next((n for n in span_printed if n is not None), None)
    if first is None:
        return None
    matches = [r for r in refs if r.start <= first <= r.end]
    return min(matches, key=lambda r: r.end - r.start).number if matches else None


def segment(pages: Sequence[PageLayout]) -> list[DocumentSpan]:
    """Split pages into DocumentSpans that together cover every page, in order, once."""
    if not pages:
        return []
    printed = smooth_printed_pages(pages)
    refs = find_item_references(pages, printed)
    cues = _boundary_cues(pages, printed, refs)
    starts = sorted(n for n, c in cues.items() if _confirmed(c, pages[n - 1]))
    spans = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(pages)
        span_pages = tuple(pages[start - 1 : end])
        span_printed = tuple(printed[start - 1 : end])
        item = _agenda_item_for(span_printed, refs) or next(
            (stamp for p in span_pages if not p.is_blank for stamp in [item_stamp(p)]), None)
        spans.append(DocumentSpan(span_pages, span_printed, item, tuple(cues.get(start, ()))))
    assert sum(len(s.pages) for s in spans) == len(pages), "spans must partition the pack"
    return spans
