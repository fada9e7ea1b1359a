"""E-mail addresses and telephone numbers in running text."""

from __future__ import annotations

import re
from typing import Optional

from .text import normalise

# The look-behind lets a match start only where a run of address characters starts, so a
# long run with no "@" is tried once, not once per character.
EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number only counts after a label: bare digit runs are years, amounts and codes.
_PHONE = re.compile(
    r"\b(?:tel(?:ephone)?|phone|direct\s+line|direct\s+dial|mobile|t)\b\.?(?:\s*/\s*ext(?:ension)?\.?)?\s*(?:no\.?|number)?\s*[:.]?\s*"
    r"(?:tel:?\s*)?(?P<number>\+?\(?\d[\d ()-]{6,}\d)",
    re.I,
)


# An address broken at the end of a line inside its last label ('...@council.gov.u' / 'k'): no
# domain ends in a one-letter label, so the next line's first letters finish it.
_BROKEN_TAIL = re.compile(r"\s+(?P<rest>[a-z]{1,3})\b(?![@'.-])")


def find_email(text: str) -> Optional[str]:
    """The first e-mail address in text, or None; one broken inside its last label at a line's
    end ('...gov.u' then 'k') is joined up."""
    match = EMAIL.search(text)
    if not match:
        return None
    address = match.group(0).rstrip(".")
    if re.search(r"\.[a-z]$", address, re.I) and (rest := _BROKEN_TAIL.match(text, match.end())):
        address += rest["rest"]
    return address


# A UK number printed with no label: 0 then 9 or 10 more digits in at most three groups
# ('017683 52469', '01225 713000', '07817 367076'), or +44 and the same without the 0.
_BARE_UK = re.compile(
    r"(?<![\d£$€.,/-])(?P<number>(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,10}(?:[ -]\d{3,6}){0,2})(?![\d%/-]|[.,]\d)")


def find_phone(text: str, *, bare: bool = False) -> Optional[str]:
    """The first telephone number that follows a label (Tel, Telephone, Direct line...), or None.

    bare=True also accepts a UK-shaped number with no label ('Milburn Parish Council 017683
    52469'), for text already known to give contact details; a labelled number is preferred."""
    normal = normalise(text)
    match = _PHONE.search(normal)
    if match:
        return " ".join(match.group("number").split())
    if bare:
        for found in _BARE_UK.finditer(normal):
            digits = re.sub(r"\D", "", found["number"])
            national = digits[2:] if digits.startswith("44") else digits[1:]
            if len(national) in (9, 10):
                return " ".join(found["number"].split())
    return None
