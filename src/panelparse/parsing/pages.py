"""Agenda page references ("(Pages 11 - 18)", "(Page 7)") and item numbers ("6a", "3.", "(b)")."""

from __future__ import annotations

import re
from typing import Optional

from ..errors import ParseError
from .text import check_length

# "(Pages 11 - 18)", "(Page 7)", "(pages 11-18)", "(pp. 11 - 18)", "(Pages 11 to 18)"
_PAGES = re.compile(r"\(\s*(?:pages?|pp?\.?)\s*([0-9]{1,4})(?:\s*(?:-|–|—|to)\s*([0-9]{1,4}))?\s*\)", re.I)
# Unbracketed, ending a line after the title: "Minutes   pp. 2-3", "Budget  p. 6", "Finance  Pages 7 - 9".
_TRAILING_PAGES = re.compile(
    r"(?<=\S)[^\S\n]+(?:Pages?|PAGES?|pp\.?|p\.)[^\S\n]*([0-9]{1,4})(?:[^\S\n]*(?:-|–|—|to)[^\S\n]*([0-9]{1,4}))?"
    r"[^\S\n]*$", re.M)  # case kept: 'as set out on page 6' ending a line of prose is no reference
# "3", "3.", "3)", "(3)", "2643." (running minute numbers), "6a", "6a)", "6(a)", "6 (a)".
_ITEM = re.compile(
    r"^(?:item\s+)?\(?([0-9]{1,4})(?:[.)]|\)\.)?$|^(?:item\s+)?([0-9]{1,3})(?:\.?([a-z])[.)]?|\s*\(([a-z])\))$", re.I
)
# "6.1", "6.1.2" (sections), and date-coded numbers kept as printed: "18.05.1", "05.24.01", "25.11.03".
_DOTTED = re.compile(r"^(?:item\s+)?([0-9]{1,4}(?:\.[0-9]{1,3}){1,3})\.?$", re.I)
# "A1", "B12." (lettered series).
_LETTERED = re.compile(r"^([A-Z])([0-9]{1,3})(?:[.)]?|\.?([a-z])[.)]?|\s*\(([a-z])\))$")
_SUB_ITEM = re.compile(r"^\(?([a-z]|[ivx]{2,4})[).]$", re.I)
# Minute references that carry the year or the committee, kept as printed: '23/15', 'PC/23/15',
# 'CAB 23/15', a council year '12/23-24' or '12/2023-24', a committee letter 'C.12', the year first
# then the body ('25-26/FRA/1', a fire authority's).
_MINUTE_REF = re.compile(
    r"^(?:min(?:ute)?\.?\s+)?((?:[A-Z]{1,5}[/ ]?)?[0-9]{1,4}/[0-9]{1,4}(?:/[0-9]{1,4}|-[0-9]{2})?"
    r"|[0-9]{2}-[0-9]{2}/(?-i:[A-Z]{1,6})/[0-9]{1,4}"
    r"|[A-Z]{2,6}/[0-9]{1,4}|(?-i:[A-Z]{1,4})\.[0-9]{1,4})\.?$", re.I
)


def find_page_ranges(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Every '(Pages N - M)' / '(Page N)' in text as (start, end, character span), and an
    unbracketed 'pp. N-M' / 'p. N' / 'Pages N - M' where it ends a line after other text; in
    the order they appear."""
    found = []
    matches = sorted([*_PAGES.finditer(text), *_TRAILING_PAGES.finditer(text)], key=lambda m: m.start())
    for match in matches:
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if end >= start:
            found.append((start, end, match.span()))
    return found


# A Pages column's cell, or a page reference standing alone after a title: '5 - 12', '6',
# 'pp. 2-3', 'Page 6', '(Pages 4 - 5)'.
_PAGE_CELL = re.compile(
    r"^\s*\(?\s*(?:pages?|pp?\.)?\s*([0-9]{1,4})(?:\s*(?:-|–|—|to)\s*([0-9]{1,4}))?\s*\)?\s*$", re.I)


def parse_page_cell(text: str) -> Optional[tuple[int, int, bool]]:
    """A page reference that is the whole of `text` (a Pages column, or a range set apart after
    a title) as (start, end, only_start), or None. `only_start` is True for a single page
    without brackets ('Page 6', '6'): where the paper starts, not its length."""
    if len(text) > 40:
        return None
    match = _PAGE_CELL.match(text)
    if not match:
        return None
    start = int(match.group(1))
    end = int(match.group(2) or start)
    if end < start:
        return None
    return start, end, match.group(2) is None and "(" not in text


def names_only_start(reference: str) -> bool:
    """True for an unbracketed single page ('Page 6', 'p. 6' after a title): where the paper
    starts, not its length; '(Page 6)' and 'pp. 6-9' give the whole range."""
    text = reference.strip()
    return not text.startswith("(") and _TRAILING_PAGES.search("x " + text) is not None and not re.search(
        r"[0-9]\s*(?:-|–|—|to)\s*[0-9]", text)


def parse_item_number(raw: str, parent: Optional[str] = None) -> str:
    """Normalise an agenda or minute number: '3.' -> '3', '(3)' -> '3', '6a' -> '6a',
    '6(a)' -> '6a', 'A1' -> 'A1', 'A7(a)' -> 'A7a'; dotted and date-coded numbers and minute references keep
    their form without a trailing dot: '6.1', '18.05.1', '23/15.' -> '23/15'.

    A bare sub-item label ('(a)', 'b.') needs the parent item number; raises ParseError
    when there is none or the text is not an item number.
    """
    check_length(raw, "item number")
    text = raw.strip()
    match = _ITEM.match(text)
    if match:
        if match.group(1):
            return str(int(match.group(1)))
        return f"{int(match.group(2))}{(match.group(3) or match.group(4)).lower()}"
    match = _DOTTED.match(text)
    if match and not _looks_like_time(match.group(1)):
        return match.group(1)
    match = _LETTERED.match(text)
    if match:  # 'A7', and its sub-items 'A7a', 'A7(a)'
        return f"{match.group(1)}{int(match.group(2))}{(match.group(3) or match.group(4) or '').lower()}"
    match = _SUB_ITEM.match(text)
    if match and parent:
        return f"{parent}{match.group(1).lower()}"
    match = _MINUTE_REF.match(text)
    if match:
        return match.group(1)
    raise ParseError(raw, "item number")


def _looks_like_time(dotted: str) -> bool:
    """'10.00', '7.30', '14.45': a clock time printed beside an item, not an item number."""
    parts = dotted.split(".")
    return len(parts) == 2 and len(parts[1]) == 2 and int(parts[0]) <= 24 and int(parts[1]) % 5 == 0
