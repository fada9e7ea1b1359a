"""Agenda page references ("(Pages 11 - 18)", "(Page 7)") and item numbers ("6a", "3.", "(b)")."""

from __future__ import annotations

import re
from typing import Optional

from ..errors import ParseError

# "(Pages 11 - 18)", "(Page 7)", "(pages 11-18)", "(pp. 11 - 18)", "(Pages 11 to 18)"
_PAGES = re.compile(r"\(\s*(?:pages?|pp?\.)\s*(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\s*\)", re.I)
_ITEM = re.compile(r"^(?:item\s+)?(\d{1,3})(?:\.(?=\s|$)|\.?([a-z])(?:\)|\.)?|\s*\(([a-z])\))?$", re.I)
_SUB_ITEM = re.compile(r"^\(?([a-z])[\).]$", re.I)
# Minute references that carry the year or the committee: '23/15', 'PC/23/15', 'CAB 23/15'.
_MINUTE_REF = re.compile(
    r"^(?:min(?:ute)?\.?\s+)?((?:[A-Z]{1,5}[/ ]?)?\d{1,4}/\d{1,4}(?:/\d{1,4})?)\.?$", re.I
)


def find_page_ranges(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Every '(Pages N - M)' / '(Page N)' in text as (start, end, character span)."""
    found = []
    for match in _PAGES.finditer(text):
        start = int(match.group(1))
        end = int(match.group(2) or start)
        if end >= start:
            found.append((start, end, match.span()))
    return found


def parse_item_number(raw: str, parent: Optional[str] = None) -> str:
    """Normalise an agenda or minute number: '3.' -> '3', '6a' -> '6a', '6(a)' -> '6a';
    minute references keep their form without a trailing dot: '23/15.' -> '23/15'.

    A bare sub-item label ('(a)', 'b.') needs the parent item number; raises ParseError
    when there is none or the text is not an item number.
    """
    text = raw.strip()
    match = _ITEM.match(text)
    if match:
        letter = match.group(2) or match.group(3) or ""
        return f"{int(match.group(1))}{letter.lower()}"
    match = _SUB_ITEM.match(text)
    if match and parent:
        return f"{parent}{match.group(1).lower()}"
    match = _MINUTE_REF.match(text)
    if match:
        return match.group(1)
    raise ParseError(raw, "item number")
